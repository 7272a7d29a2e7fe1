"""Show a sympy expression in a learner's plain notation: `2x`, `x^2`, `e^(-x)`, `ln(x)`, `a/b`."""

from __future__ import annotations

import re
import unicodedata

import sympy as sp
from sympy.printing.precedence import PRECEDENCE
from sympy.printing.str import StrPrinter

from tutor.compat import AppliedUndef
from tutor.derive.shown_events import GIVEN, SIGNS, with_conditionals
from tutor.judge.caching import per_object
from tutor.judge.matrix_reading import CAPITAL
from tutor.judge.sum_ranges import UNBOUNDED
from tutor.names import PERCENT, written_name
from tutor.read.events import CONDITIONED_NAMES, unconditioned_name
from tutor.vectors import Gradient

GREEK = {name: chr(code) for name, code in (
    ("alpha", 0x3B1), ("beta", 0x3B2), ("gamma", 0x3B3), ("delta", 0x3B4), ("epsilon", 0x3B5),
    ("zeta", 0x3B6), ("eta", 0x3B7), ("theta", 0x3B8), ("iota", 0x3B9), ("kappa", 0x3BA),
    ("lambda", 0x3BB), ("mu", 0x3BC), ("nu", 0x3BD), ("xi", 0x3BE), ("rho", 0x3C1),
    ("sigma", 0x3C3), ("tau", 0x3C4), ("upsilon", 0x3C5), ("phi", 0x3C6), ("chi", 0x3C7),
    ("psi", 0x3C8), ("omega", 0x3C9), ("Gamma", 0x393), ("Delta", 0x394), ("Theta", 0x398),
    ("Lambda", 0x39B), ("Xi", 0x39E), ("Pi", 0x3A0), ("Sigma", 0x3A3), ("Phi", 0x3A6),
    ("Psi", 0x3A8), ("Omega", 0x3A9))}
_NAME_PART = re.compile(r"[A-Za-z]+")
_ACCENTS = {"hat": "\u0302", "bar": "\u0304", "tilde": "\u0303", "star": "*",  # w*: w_star
            "dot": "\u0307", "ddot": "\u0308"}  # ẋ, ẍ: a time derivative as written
_ACCENTED = re.compile(r"(?<![^_])([^\W\d_])_(hat|bar|tilde|star|dot|ddot)(?![^_])")
_NUMBER = re.compile(r"-?\d+(?:\.\d*)?")
_OVER_A_LAW = re.compile(r"([A-Z])_([A-Za-z])sim([A-Za-z]\w*)")  # E_{x \sim p}: E_xsimp
_FUNCTION_NAMES = {"log": "ln", "sigmoid": "σ", "binomial": "binom", "asin": "arcsin",
                   "acos": "arccos", "atan": "arctan", "asinh": "arsinh", "acosh": "arcosh",
                   "atanh": "artanh"}


def over_a_law(name: str) -> str | None:
    """`E_{x~p}` for the name E_xsimp (`\\mathbb{E}_{x \\sim p}` as read), else None."""
    law = _OVER_A_LAW.fullmatch(name)
    return f"{law.group(1)}_{{{_name(law.group(2))}~{_name(law.group(3))}}}" if law else None


def _name(name: str) -> str:
    """`eta_1` → `η_1`, `y_hat_i` → `ŷ_i`: Greek names as letters, accents over their letter,
    the rest as written (x_{n+1}, not x_n_2b_1)."""
    written = written_name(name)
    if written.startswith("nabla_"):  # a bare ∇L of an update (tutor.read): the name ∇L
        written = "∇" + written[len("nabla_"):]
    greek = _NAME_PART.sub(lambda m: GREEK.get(m.group(), m.group()), written)
    return unicodedata.normalize("NFC", _ACCENTED.sub(lambda m: m.group(1) + _ACCENTS[m.group(2)],
                                                      greek))  # Ŷ as one letter where there is one


_LEIBNIZ = re.compile(r"\(?[d∂](\^\d+)?[^\s/]*/[d∂]")


def _juxtaposable(left: str, right: str) -> bool:
    """`2x`, `2(x+1)`, `x(x+1)`, `(a+b)(a-b)`, `ab`: the product reads the same without a sign."""
    if not left or not right or right[0] in "-+.0123456789":
        return False
    if _LEIBNIZ.match(right) or _LEIBNIZ.match(left):  # h·(dL/do), never h(dL/do)
        return False
    if _NUMBER.fullmatch(left):  # 2x, 3ln(x); but 0.98·log2(0.98), 3·log10(x): digits apart
        return "." not in left and not re.match(r"[A-Za-z]+\d", right)
    single = len(left) == 1 and left.isalpha()
    if right[0] == "(":
        return single or left[-1] == ")"
    return (single or left[-1] == ")") and len(right) == 1 and right.isalpha()


def _evaluated_between(expr):
    """(F, x, a, b) when expr is F at x = b less F at x = a, else None."""
    if len(expr.args) != 2:
        return None
    at = {}
    for term in expr.args:
        sign, rest = (-1, term.args[1]) if isinstance(term, sp.Mul) and len(term.args) == 2 \
            and term.args[0] == -1 else (1, term)
        if not (isinstance(rest, sp.Subs) and len(rest.variables) == 1):
            return None
        at[sign] = rest
    if set(at) != {1, -1} or at[1].expr != at[-1].expr or at[1].variables != at[-1].variables:
        return None
    return at[1].expr, at[1].variables[0], at[-1].point[0], at[1].point[0]


class NotationPrinter(StrPrinter):
    """sympy's StrPrinter in the notation the learner types (never `**`, never `E`)."""

    printmethod = "_tutor_notation"  # not `_sympystr`: Indexed would print itself as x[i]
    _default_settings = {**StrPrinter._default_settings, "order": "none", "full_prec": False}

    def _print_Symbol(self, expr) -> str:
        if expr.name and set(expr.name) <= set(SIGNS):  # P(D | ++): two positive tests
            return "".join(SIGNS[c] for c in expr.name)
        return _name(expr.name)

    def _print_Dummy(self, expr) -> str:
        return {"ellipsis": "…", "plus_minus": "±"}.get(expr.name, _name(expr.name))

    def _print_Exp1(self, expr) -> str:
        return "e"

    def _print_Pi(self, expr) -> str:
        return "π"

    def _print_Infinity(self, expr) -> str:
        return "∞"

    def _print_NegativeInfinity(self, expr) -> str:
        return "-∞"

    def _print_ImaginaryUnit(self, expr) -> str:
        return "i"

    def _print_Pow(self, expr, rational=False) -> str:
        base, power = expr.as_base_exp()
        if power is sp.S.One and base is not sp.E:  # Pow(2b, 1), made for a denominator;
            return self.parenthesize(base, PRECEDENCE["Add"] + 1)  # (1 - p)^1 keeps its brackets
        if power is sp.S.Half:
            return f"sqrt({self._print(base)})"
        if power.is_Number and power.is_negative and base is not sp.E and base.is_commutative:
            shown = base if power == -1 else sp.Pow(base, -power, evaluate=False)
            return f"1/{self.parenthesize(shown, PRECEDENCE['Mul'] + 1)}"
        shown_base = "e" if base is sp.E else self.parenthesize(base, PRECEDENCE["Pow"] + 1)
        shown_power = self._print(power)
        if not (power.is_Symbol or (power.is_Integer and power >= 0)):
            shown_power = f"({shown_power})"
        return f"{shown_base}^{shown_power}"

    def _print_exp(self, expr) -> str:
        return self._print_Pow(sp.Pow(sp.E, expr.args[0], evaluate=False))

    def _print_Mul(self, expr) -> str:
        args = expr.args
        if len(args) == 2 and args[0] == -1 and args[1].is_Number:
            return "-" + self._print(args[1])
        if len(args) == 2 and args[1] == PERCENT and args[0].is_Number:  # 28% as written
            return f"{self._print(args[0])}%"
        if len(args) > 1 and args[0] is sp.S.One:  # `\frac{1}{2}x` keeps a 1 in front
            if len(args) == 2:
                return self._print(args[1])
            expr = sp.Mul(*args[1:], evaluate=False)
        # e^(-x) stays a factor as written (sympy's printer would make it 1/e^x), also inside
        # a product in this one, which sympy's printer flattens into it
        if any(isinstance(a, sp.Mul) and any(map(_negative_exp, a.args)) for a in expr.args):
            expr = sp.Mul(*[b for a in expr.args for b in sp.Mul.make_args(a)], evaluate=False)
        inverted = sum(map(_inverted_capital, expr.args)) > 1  # A⁻¹B⁻¹ is no 1/(AB)
        held = {a: sp.Symbol(f"HELD{k}") for k, a in enumerate(expr.args)
                if _negative_exp(a) or inverted and _inverted_capital(a)}
        if held:
            expr = sp.Mul(*[held.get(a, a) for a in expr.args], evaluate=False)
        pieces = super()._print_Mul(expr).split("*")
        out = pieces[0]
        for before, piece in zip(pieces, pieces[1:], strict=False):
            out += piece if _juxtaposable(before.lstrip("(-"), piece) else "·" + piece
        for factor, mark in held.items():
            shown = f"{self._print(factor.base)}^(-1)" if _inverted_capital(factor) else \
                self._print(factor)
            out = out.replace(str(mark), shown)
        return out

    def _print_factorial(self, expr) -> str:
        inner = self._print(expr.args[0])
        simple = expr.args[0].is_Symbol or expr.args[0].is_Integer
        return f"{inner}!" if simple else f"({inner})!"

    def _print_Function(self, expr) -> str:
        name = expr.func.__name__
        if expr.func == GIVEN:  # P(A | B), held by the reader as P(A, B)/P(B)
            event, given = (", ".join(self._print(a) for a in part.args) for part in expr.args)
            return f"P({event} | {given})"
        if name in CONDITIONED_NAMES and len(expr.args) == 2:  # H(X | Y), read as H_cond(X, Y)
            given = " | ".join(self._print(a) for a in expr.args)
            return f"{unconditioned_name(name)}({given})"
        law = over_a_law(name) if isinstance(expr, AppliedUndef) else None
        if law:  # \mathbb{E}_{x\sim p}[…] read as E_xsimp: shown E_{x~p}
            name = law
        elif isinstance(expr, AppliedUndef):
            name = _name(name)
        else:
            name = _FUNCTION_NAMES.get(name, name)
        return f"{name}({', '.join(self._print(a) for a in expr.args)})"

    def _print_Abs(self, expr) -> str:
        return f"|{self._print(expr.args[0])}|"

    def _print_Indexed(self, expr) -> str:
        indices = ",".join(self._print(i) for i in expr.indices)
        label = str(expr.base.label)
        if label.endswith("_2c"):  # a_j^{(L)} in Σ_j: the base a_{L,…}, its index last
            return _name(f"{label}_{indices}")
        return f"{self._print(expr.base)}_{indices if len(indices) == 1 else '{' + indices + '}'}"

    def _print_IndexedBase(self, expr) -> str:
        return _name(str(expr.label))

    def _print_Limit(self, expr) -> str:
        e, z, z0 = expr.args[:3]
        side = str(expr.args[3]) if len(expr.args) > 3 and z0.is_finite else ""
        side = side if side in ("+", "-") else ""   # 0+ and 0- as written; ±∞ need none
        return f"lim {self._print(z)}→{self._print(z0)}{side} ({self._print(e)})"

    def _print_normal_cdf(self, expr) -> str:
        return f"Φ({self._print(expr.args[0])})"

    def _print_normal_quantile(self, expr) -> str:
        return f"Φ⁻¹({self._print(expr.args[0])})"

    def _print_gamma(self, expr) -> str:
        return f"Γ({self._print(expr.args[0])})"

    def _print_ArgOptimum(self, expr) -> str:
        body, var, kind = expr.args
        return f"{'argmax' if kind == 1 else 'argmin'}_{self._print(var)} ({self._print(body)})"

    def _print_Derivative(self, expr) -> str:
        leibniz = self._leibniz(expr)
        if leibniz:
            return leibniz
        variables = "".join(f"d{self._print(v)}" + (f"^{n}" if n > 1 else "")
                            for v, n in expr.variable_count)
        order = sum(int(n) for _, n in expr.variable_count)
        top = "d" if order == 1 else f"d^{order}"
        return f"{top}/{variables} ({self._print(expr.expr)})"

    def parenthesize(self, item, level, strict=False) -> str:
        leibniz = self._leibniz(item) if isinstance(item, sp.Derivative) else None
        if leibniz and level >= PRECEDENCE["Mul"]:
            return f"({leibniz})"  # (dL/do)·h, 1/(dL/do), (dL/do)^2
        return super().parenthesize(item, level, strict)

    def _leibniz(self, expr) -> str | None:
        """dL/do, ∂L/∂w_1, d^2f/dx^2: a derivative of a named function as Leibniz wrote it (∂
        when the function has several arguments); None for a derivative of a formula."""
        if not isinstance(expr.expr, AppliedUndef):
            return None
        d = "∂" if len(expr.expr.args) > 1 else "d"
        order = sum(int(n) for _, n in expr.variable_count)
        below = "".join(f"{d}{self._print(v)}" + (f"^{n}" if n > 1 else "")
                        for v, n in expr.variable_count)
        return f"{d}{'' if order == 1 else f'^{order}'}{_name(expr.expr.func.__name__)}/{below}"

    def _print_Subs(self, expr) -> str:
        """f'(x_0), sin''(2x): a derivative of a function at a point, as written."""
        inner, variables, points = expr.args
        body = inner.expr if isinstance(inner, sp.Derivative) else None
        if len(variables) == 1 and isinstance(body, sp.Function) and body.args == variables \
                and set(inner.variables) == set(variables):
            name = body.func.__name__ if isinstance(body, AppliedUndef) else self._print(
                body.func)
            name = _FUNCTION_NAMES.get(name, _name(name))  # σ'(0), not sigmoidʹ(0)
            return f"{name}{'ʹ' * len(inner.variables)}({self._print(points[0])})"
        if isinstance(inner, Gradient) and isinstance(inner.args[0], AppliedUndef):  # ∇h(1, 1)
            f, order = inner.args[0], "^2" if inner.args[2] == 2 else ""
            at = ", ".join(self._print(p) for p in points)
            return f"∇{order}{f.func.__name__}({at})"
        return f"[{self._print(inner)}]_({', '.join(self._print(v) for v in variables)}" \
            f"={', '.join(self._print(p) for p in points)})"

    def _print_Add(self, expr, order=None) -> str:
        """[F]_a^b, as written: F at b less F at a (sympy prints two Subs)."""
        bounds = _evaluated_between(expr)
        if bounds is None:
            return super()._print_Add(expr, order=order)
        inner, x, low, high = bounds
        return f"[{self._print(inner)}]_({self._print(x)}={self._print(low)})^({self._print(high)})"

    def _print_Sum(self, expr) -> str:
        """sum(i=1..n, f); a sum written with its index only (Σ_j) as it was: sum(j, f)."""
        limits = ", ".join(self._limits(*limit) for limit in expr.limits)
        return f"sum({limits}, {self._print(expr.function)})"

    def _limits(self, index, low, high) -> str:
        if getattr(high, "name", "") != UNBOUNDED:
            return f"{self._print(index)}={self._print(low)}..{self._print(high)}"
        return self._print(index) if low == 1 else f"{self._print(index)}={self._print(low)}.."

    def _print_Product(self, expr) -> str:
        return "prod" + self._print_Sum(expr)[3:]

    def _print_Integral(self, expr) -> str:
        """∫_0^1 x^2 dx, ∫ x dx (never sympy's Integral(x**2, (x, 0, 1)))."""
        text = self._print(expr.function)
        for limit in expr.limits:
            bounds = "".join(f"{mark}{_grouped(self._print(v))}"
                             for mark, v in zip("_^", limit[1:], strict=False))
            text = f"∫{bounds} {text} d{self._print(limit[0])}"
        return text

    def _print_Relational(self, expr) -> str:
        op = {"==": "=", "!=": "≠", "<=": "≤", ">=": "≥"}.get(expr.rel_op, expr.rel_op)
        return f"{self._print(expr.lhs)} {op} {self._print(expr.rhs)}"

    def _print_Piecewise(self, expr) -> str:
        """{x if x > 0; 0 otherwise}: a function given by cases, as written."""
        rows = [f"{self._print(value)} " + ("otherwise" if condition is sp.true else
                                             f"if {self._print(condition)}")
                for value, condition in expr.args]
        return "{" + "; ".join(rows) + "}"

    def _print_Float(self, expr) -> str:
        text = sp.Float(expr, 15).__str__() if expr._prec > 53 else str(expr)
        if "e-" in text and 1e-9 <= abs(expr) < 1e-4:  # 1.00000000000000e-6: 0.000001
            text = f"{float(expr):.12f}"
        text = re.sub(r"(\.\d*?)0+e", r"\1e", text).replace(".e", "e")  # 1.000e-12: 1e-12
        if "e" not in text and "." in text:
            text = text.rstrip("0").rstrip(".") or "0"
        return text


_BASED_LOGS = {2: sp.Function("log2"), 10: sp.Function("log10")}


def _grouped(text: str) -> str:
    """A bound as written after _ or ^: bare when one number or name (0, n, ∞), else in ()."""
    return text if re.fullmatch(r"[\w.∞]+", text) else f"({text})"


def _with_based_logs(expr):
    """ln(x)·ln(2)^-1 inside a product as log2(x) (the reader's reading of log2 x), log10 too."""
    def based(node):
        if not isinstance(node, sp.Mul):
            return None
        bases = [a for a in node.args if isinstance(a, sp.Pow) and a.exp == -1
                 and isinstance(a.base, sp.log) and a.base.args[0] in _BASED_LOGS]
        logs = [a for a in node.args if isinstance(a, sp.log)]
        if len(bases) != 1 or len(logs) != 1:
            return None
        log = _BASED_LOGS[bases[0].base.args[0]](logs[0].args[0])
        rest = [log if a is logs[0] else a for a in node.args if a is not bases[0]]
        return rest[0] if len(rest) == 1 else sp.Mul(*rest, evaluate=False)

    def rebuild(node):   # as written: nothing evaluated on the way back up
        if not node.args or not node.has(sp.log):
            return node
        args = [rebuild(a) for a in node.args]
        if any(a is not b for a, b in zip(args, node.args, strict=True)):
            try:
                node = node.func(*args, evaluate=False)
            except TypeError:
                node = node.func(*args)
        return based(node) or node

    return rebuild(expr) if expr.has(sp.log) else expr


def _negative_exp(e) -> bool:
    """e^(-x), as exp(-x) or as E**(-x) (sympy counts both as exp: `.exp` is the power)."""
    return isinstance(e, sp.exp) and e.exp.could_extract_minus_sign()


def _inverted_capital(e) -> bool:
    """A⁻¹ of a capital, a matrix in notes on ML (tutor.judge.matrix_reading)."""
    return isinstance(e, sp.Pow) and e.exp == -1 and isinstance(e.base, sp.Symbol) \
        and CAPITAL.match(e.base.name) is not None


_PRINTERS = {True: NotationPrinter(), False: NotationPrinter({"order": None})}


@per_object(4096)
def notation(expr, written: bool = False) -> str:
    """How `expr` reads in plain learner notation (`2x^2 + e^(-x)`, `ln(x)/ln(2)`, `σ(x)`);
    `written`: terms in the order they were written (a step as read), else in sympy's order."""
    try:
        shown = with_conditionals(_with_based_logs(expr))
        return _single_parentheses(_PRINTERS[written].doprint(shown))
    except Exception:  # noqa: BLE001 - display must never fail a step: fall back to sympy's form
        return sp.sstr(expr).replace("**", "^")


def _single_parentheses(text: str) -> str:
    """`a/((2b))` → `a/(2b)`: a bracket pair right inside another says nothing more."""
    close, stack = {}, []
    for index, char in enumerate(text):
        if char == "(":
            stack.append(index)
        elif char == ")" and stack:
            close[stack.pop()] = index
    drop = {i for i, j in close.items()
            if text[i + 1:i + 2] == "(" and close.get(i + 1) == j - 1}
    drop |= {close[i] for i in drop}
    return "".join(char for index, char in enumerate(text) if index not in drop)


def approximately(number) -> str:
    """` ≈ -0.5` after a right result that is a number not written as one (-1 + σ(0))."""
    if not number.is_number or number.is_Rational or number.is_Float:
        return ""
    try:
        value = complex(sp.N(number, 15))
    except (TypeError, ValueError):
        return ""
    return f" ≈ {value.real:.6g}" if value.imag == 0 else ""

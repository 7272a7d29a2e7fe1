"""Calculus: derivatives, limits, sums, products and integrals from the parse tree to sympy."""

from __future__ import annotations

import re

import sympy as sp
from lark import Token

from tutor.errors import ParseError, Undecidable
from tutor.functions import sigmoid
from tutor.indices import entry, indexed_derivative, same_family, split_name
from tutor.names import safe_name, symbol
from tutor.read.brackets import bracket_variable
from tutor.read.calls import inline, inverse, opaque_function, subscript_name
from tutor.read.chain_rules import chain_rule_in_line
from tutor.read.leibniz import greek_spelled
from tutor.read.prime_rules import PrimeRules
from tutor.read.sums_above import sum_above
from tutor.vocabulary import ACCENTS, ALIAS_NAMES, FONT_COMMANDS, FONTS, FUNCTIONS


def _fraction_parts(token: str) -> tuple[str, str]:
    """The numerator and the denominator of `\\frac{…}{…}`, without their braces."""
    parts, depth, start, token = [], 0, 0, token.replace("∂", "\\partial ")  # \\frac{∂L}{∂s}
    for k, ch in enumerate(token):
        if ch == "{":
            depth += 1
            if depth == 1:
                start = k + 1
        elif ch == "}":
            depth -= 1
            if depth == 0:
                parts.append(token[start:k])
    return parts[0], parts[1]


# an accent or a font around the name in ∂ŷ/∂z: `\\partial \\hat{y}`, `\\partial \\mathbf{w}`
WORD_FONTS = ("text", "textrm", "mathrm", "operatorname")  # ∂\\text{Loss}/∂w: the name Loss
_ACCENT = r"(?:\\(" + "|".join(ACCENTS + FONTS + WORD_FONTS) + r")(?![a-zA-Z])\s*\{?\s*)?"


def _accented(accent: str | None, name: str) -> str:
    """The name the builder gives `\\hat{y}` (y_hat) and `\\mathbf{w}` (w), as for any name."""
    name = ALIAS_NAMES.get(name, name)
    plain = accent is None or accent in FONT_COMMANDS or accent in WORD_FONTS
    return name if plain else f"{name}_{accent}"


# Greek names a plain d/dθ may take (d/dmu, d/dtheta)
PLAIN_GREEK = ("alpha|beta|gamma|delta|epsilon|zeta|eta|theta|kappa|lambda|mu|nu|xi|rho|sigma|"
               "tau|phi|chi|psi|omega")


def argument_name(written: str) -> str:
    """The name of an argument written in ∂f(x, \\theta_{0})/∂…: theta_0."""
    base, _, sub = re.sub(r"[\\{}\s]", "", written).partition("_")
    return ALIAS_NAMES.get(base, base) + (f"_{sub}" if sub else "")


def _parameter_name(parameter: str) -> str:
    return parameter.partition("^")[0]


def _parameter(parameter: str):
    """A defined function's parameter: a name, or `sigma^2` for ℓ(μ, σ^2) = … (a power)."""
    name, _, power = parameter.partition("^")
    return symbol(name) ** int(power) if power else symbol(name)


class CalculusRules(PrimeRules):
    """The Builder's calculus rules (a mixin: it needs `text` and CallRules' `_name_of`)."""

    text: str

    def _derivative(self, f, var: sp.Symbol, order: int):
        f = self._defined_called(f, [var])
        f, variables = indexed_derivative(f, [(var, order)], self.text)
        return sp.Derivative(f, *variables, evaluate=False)

    @inline
    def derivative(self, token, operand):
        order, var = self._deriv_token(greek_spelled(token))  # d/dλ: in λ
        return self._derivative(operand, var, order)

    @inline
    def derivative_of(self, token):
        token = re.sub(r"(?<=\bd[a-zA-Z])(\d+)", r"_\1", greek_spelled(token))  # dz1/dw1: z_1
        order, var = self._deriv_token(token)
        m = re.search(r"(?:^|\{)\s*(?:d|\\partial)\s*(?:\^\s*\{?\s*\d\s*\}?)?\s*"
                      r"(?:\\(?:text|textrm|mathrm|operatorname)\s*\{\s*([a-zA-Z]+)\s*\}|"
                      r"([a-zA-Z]+)(?=\s*\()|([a-zA-Z]|\\[a-zA-Z]+))"
                      r"(?:_\{?\s*([a-zA-Z0-9]+)\s*\}?)?", token)
        fname = next(g for g in m.groups()[:3] if g).lstrip("\\")
        fname = ALIAS_NAMES.get(fname, fname) + (f"_{m.group(4)}" if m.group(4) else "")
        if fname == "sigma":
            return self._derivative(sigmoid(var), var, order)
        known = fname.replace("_", "") if fname in ("log_2", "log_10") else fname
        if getattr(FUNCTIONS.get(known), "sympy", None) is not None and len(known) > 1:  # log
            return self._derivative(self._known(known, [var]), var, order)
        return self._derivative(opaque_function(fname)(*self._parameters(fname, [var])), var, order)

    @staticmethod
    def _deriv_token(token: str) -> tuple[int, sp.Symbol]:
        order = re.search(r"\^\s*\{?\s*(\d)", token)
        # the variable is the last name after a d or \partial in the denominator (w, w1, w_1)
        name = r"(" + PLAIN_GREEK + r"|[a-zA-Z]|\\[a-zA-Z]+)(_\{?\s*[a-zA-Z0-9]*\s*\}?|\d*)"
        var = re.findall(r"(?:d|\\partial)\s*" + name +
                         r"\s*(?:\^\s*\{?\s*\d\s*\}?)?\s*\}?\s*$", token.replace("/", " "))
        base, sub = var[-1] if var else ("x", "")
        base, sub = base.lstrip("\\"), sub.strip("_{} ")
        variable = ALIAS_NAMES.get(base, base) + (f"_{sub}" if sub else "")
        return (int(order.group(1)) if order else 1), symbol(variable)

    @inline
    def partial_derivative(self, token, operand):
        """`\\frac{\\partial^2}{\\partial x \\partial y} E`: E differentiated in each variable."""
        order, variables = self._partials(*_fraction_parts(str(token)))
        return self._partial(operand, variables)

    @inline
    def partial_derivative_of(self, token):
        """`\\frac{\\partial f}{\\partial x}`: f of the variables below the bar (or those written
        after it, `\\partial f(x, y)`), differentiated in each of them."""
        return self._partial_of(*_fraction_parts(str(token)))

    @inline
    def plain_partial_of(self, token):
        """`∂f/∂x`, `∂L/∂w_1`: as `\\frac{\\partial f}{\\partial x}`."""
        numerator, denominator = (part.strip() for part in greek_spelled(token).split("/"))
        name = re.sub(r"^∂\s*", "", numerator)
        variable = re.sub(r"^∂\s*", "", denominator)
        digits = re.fullmatch(r"([a-zA-Z]+)(\d+)", variable)
        if digits:  # plain ∂L/∂w1 is in w_1
            variable = f"{digits.group(1)}_{digits.group(2)}"
        return self._partial_of(f"\\partial {name}", f"\\partial {variable}")

    def _partial_of(self, numerator: str, denominator: str):
        _, variables = self._partials(numerator, denominator)
        m = re.match(r"\\partial\s*(?:\^\s*\{?\s*\d\s*\}?)?\s*" + _ACCENT +
                     r"\\?([a-zA-Z]+)\s*\}?(_(?:\{[^{}]*\}|\w))?\s*(?:\((.*)\))?",
                     numerator.strip())
        accent, name, sub, written = m.groups()
        name = _accented(accent, name) + ("_" + subscript_name(sub) if sub else "")
        if not written and same_family(symbol(name), [v for v, _ in variables]):
            return self._partial(symbol(name), variables)  # ∂z_j/∂z_i: δ_ij, z_j no function
        self.__dict__.setdefault("partial_names", set()).add(name)
        args = ([symbol(argument_name(a)) for a in written.split(",")] if written
                else self._parameters(name, [v for v, _ in variables]))
        if name == "sigma" and len(args) == 1:
            return self._partial(sigmoid(args[0]), variables)
        if written and len(args) == 1 and name in FUNCTIONS and FUNCTIONS[name].sympy is not \
                None and "\\" + name in numerator:  # ∂ \log(x)/∂x: the logarithm, no name
            return self._partial(self._known(name, args), variables)
        return self._partial(opaque_function(name)(*args), variables)

    def _defined_called(self, expr, variables: list):
        """Names of functions defined above in the variables, written bare in what is
        differentiated (d/dp ln L with L(p) = … above): each is that function of its parameters."""
        if not isinstance(expr, sp.Basic) or not self.context.signatures:
            return expr
        called = {s: opaque_function(s.name)(*parameters) for s in expr.free_symbols - set(
            variables) if (parameters := self._signature(s.name, variables))}
        return expr.xreplace(called) if called else expr

    def _parameters(self, name: str, variables: list) -> list:
        """The arguments of f in ∂f/∂x: the parameters of a defined f(x, y) when the variables
        below the bar are among them, else those variables."""
        return self._signature(name, variables) or list(dict.fromkeys(variables))

    def _signature(self, name: str, variables: list) -> list | None:
        """The parameters of a function `name` defined above in (at least) `variables`."""
        below = {v.name for v in variables}
        for defined, parameters in getattr(self.context, "signatures", ()):
            if defined == name and below <= {_parameter_name(p) for p in parameters}:
                return [_parameter(p) for p in parameters]
        return None

    @inline
    def partial_sub(self, token, operand):
        """`\\partial_x f`, `\\partial_{w_1} L`, `∂/∂x f`: f differentiated in the variable."""
        token = greek_spelled(token).strip()  # ∂/∂μ: in μ
        if "/" in token:
            inner = re.sub(r"^(∂|\\partial)\s*", "", token.split("/", 1)[1].strip())
        else:
            inner = re.sub(r"^(∂|\\partial)\s*_\s*", "", token).strip()
            inner = inner[1:-1].strip() if inner.startswith("{") else inner
        digits = re.fullmatch(r"([a-zA-Z]+)(\d+)", inner)
        if digits:  # plain ∂/∂x1 is x_1
            inner = f"{digits.group(1)}_{digits.group(2)}"
        _, variables = self._partials("\\partial", "\\partial " + inner)
        if isinstance(operand, sp.Symbol) and operand not in {v for v, _ in variables}:
            # \partial_x f: f is an unknown function of x, as in \frac{\partial f}{\partial x}
            self.__dict__.setdefault("partial_names", set()).add(operand.name)
            operand = opaque_function(operand.name)(*self._parameters(  # ∂_x L of L(x, y, λ)
                operand.name, [v for v, _ in variables]))
        return self._partial(operand, variables)

    @inline
    def evaluated_bar(self, body, values):
        """`… \\Big|_{x=1}`, `\\left. … \\right|_{x=1, y=2}`: the body at those values."""
        # z_i = 0 in an expression of z_j: the entry z[i] (when j = i, z_j is 0 there too)
        body, variables = indexed_derivative(body, [(v, 1) for v, _ in values], self.text)
        return sp.Subs(body, tuple(v for v, _ in variables), tuple(x for _, x in values))

    def at_values(self, children):
        pairs = list(zip(children[::2], children[1::2], strict=True))
        if not all(isinstance(v, sp.Symbol) for v, _ in pairs):
            raise ParseError("an evaluation bar takes values of variables: |_{x=1}", self.text)
        return pairs

    def check_partials(self, chains) -> None:
        """∂x/∂y with x also a variable of the line ((∂x/∂y)(∂y/∂z)(∂z/∂x)) is refused: what
        is held constant decides it (a chain rule written out, ∂L/∂w = ∂L/∂a · ∂a/∂w, said so)."""
        both = self.__dict__.get("partial_names", set()) & self.__dict__.get(
            "partial_variables", set())
        both -= self.context.values  # defined above: ∂L/∂a · ∂a/∂w (tutor.derive.graph)
        if both:
            raise Undecidable(chain_rule_in_line(chains) or f"a partial derivative of "
                              f"{sorted(both)[0]}, which is also a variable here, depends on "
                              "what is held constant: not supported yet", self.text)

    def _partial(self, expr, variables):
        # the variable written last is differentiated in first: ∂²f/∂x∂y = ∂/∂x (∂f/∂y)
        expr = self._defined_called(expr, [v for v, _ in variables])
        expr, variables = indexed_derivative(expr, variables, self.text)
        derivative = sp.Derivative(expr, *reversed(variables), evaluate=False)
        if self.__dict__.pop("in_square", False):  # d/d(σ²) = (d/dσ)/(2σ), either sign of σ
            return sp.Mul(derivative, inverse(sp.Mul(2, variables[0][0])), evaluate=False)
        return derivative

    def _partials(self, numerator: str, denominator: str):
        """(order, [(variable, times)]) of a partial derivative; the order above the bar must be
        the number of variables below it."""
        order = re.match(r"\s*\\partial\s*(?:\^\s*\{?\s*(\d))?", numerator)
        written = int(order.group(1)) if order.group(1) else 1
        variables = []
        for m in re.finditer(r"\\partial\s*" + _ACCENT + r"\\?([a-zA-Z]+)\s*\}?"
                             r"(_(?:\{[^{}]*\}|\w))?(?:\s*\^\s*\{?\s*(\d))?", denominator):
            accent, name, sub, times = m.groups()
            name = _accented(accent, name) + ("_" + subscript_name(sub) if sub else "")
            variables.append((symbol(name), int(times) if times else 1))
        self.__dict__.setdefault("partial_variables", set()).update(v.name for v, _ in variables)
        if written == 1 and len(variables) == 1 and variables[0][1] == 2:  # ∂ℓ/∂σ^2: in σ²
            self.__dict__["in_square"] = True
            return 1, [(variables[0][0], 1)]
        if sum(n for _, n in variables) != written:
            raise ParseError(f"the order of this partial derivative ({written}) is not the "
                             "number of variables below the bar", self.text)
        return written, variables

    @inline
    def lim_point(self, point, direction=None):
        return point, "+-" if direction is None else ("+" if str(direction)[-1] in "+⁺" else "-")

    lim_point_negative = inline(lambda self, point, direction=None: self.lim_point(
        -point, direction))

    lim_spec = inline(lambda self, var, *rest: (var, *rest[-1]))  # `\\Rightarrow` as `\\to`

    @inline
    def limit(self, spec, body):
        var, point, direction = spec
        if point in (sp.oo, -sp.oo):
            direction = "-" if point == sp.oo else "+"
        if isinstance(body, sp.Symbol) and body.name in ("sigma", "f", "g"):  # `\lim \sigma`
            body = sigmoid(var) if body.name == "sigma" else opaque_function(body.name)(var)
        return sp.Limit(body, var, point, direction)

    range_bounds = inline(lambda self, var, low, high=None: (var, low, high))
    primed_range_bounds = inline(lambda self, var, prime, low, high=None: (
        self.primed_name(var, prime), low, high))  # \sum_{x'=0}: the index named x'
    set_bounds = inline(lambda self, var, values: (var, None, None))
    # \\sum_{k \\neq i}: every index of the range but i
    excluded_bounds = inline(lambda self, var, _ne, excluded: (var, None, None, excluded))
    indices_bounds = inline(lambda self, *names: (names, None, None))

    @inline
    def index_bounds(self, item):
        if isinstance(item, Token):  # plain `sum_i`
            return symbol(subscript_name(str(item))), None, None
        return item, None, None

    bigop = inline(lambda self, token, bounds, body: self._bigop(str(token), bounds, body))
    bigop_unbounded = inline(lambda self, token, body: self._bigop(str(token), (None,) * 3, body))
    bigop_call = inline(lambda self, token, var, low, high, body: self._bigop(
        str(token), (var, low, high), body))

    def _bigop(self, token: str, bounds, body):
        var, lo, hi, *excluded = bounds
        if isinstance(var, tuple):  # \sum_{x,y} f: \sum_x \sum_y f
            for name in reversed(var):
                body = self._bigop(token, (name, None, None), body)
            return body
        op = sp.Product if ("prod" in token.lower() or token == "∏") else sp.Sum
        if var is None:  # \\sum x_i: the index is the subscript letter of the summand
            var = self.summand_index(body)
        if var is None:  # Σ (e^t λ)^x/x! under Σ_{x=0}^∞ e^{tx} …: the index of the row above
            var, lo, hi = sum_above(op, body, self.context.sums) or (None, lo, hi)
        if var is None:
            raise Undecidable("a sum needs an index, e.g. \\sum_{i=1}^{N} or \\sum_i x_i",
                              self.text)  # read clearly, what it adds not said: unchecked
        if not isinstance(var, sp.Symbol):
            raise ParseError("the index of a sum must be a name", self.text)
        lo = sp.Integer(1) if lo is None else lo
        # no limits: the one range every such sum runs over (Σ_i x_i is Σ_j x_j)
        hi = symbol("n_max", integer=True, positive=True) if hi is None else hi
        body = self._index(body, var)
        if excluded:
            body = self._excluding(op, body, var, excluded[0])
        return op(body, (var, lo, hi))

    def _excluding(self, op, body, var: sp.Symbol, excluded):
        """The summand of Σ_{k≠i}: 0 at k = i (never the full sum less a term: 1/(x_i - x_k)
        has no term at k = i)."""
        if op is not sp.Sum:
            raise ParseError("a product over all indices but one (\\prod_{k \\neq i}) is not "
                             "supported yet", self.text)
        return sp.Piecewise((sp.Integer(0), sp.Eq(var, excluded)), (body, True))

    def _index(self, body, var: sp.Symbol):
        """x_i inside a sum over i becomes the indexed x[i]; x_{i+1}, x_{2i} are x[i+1], x[2i]."""
        subs = {}
        compound = self.__dict__.get("subscripts", {})
        for s in body.free_symbols:
            base, _, sub = s.name.rpartition("_")
            if s in compound:  # x_{n-i} is named x_n_2d_i: its last part is not its index
                if var in compound[s][1].free_symbols:
                    subs[s] = sp.Indexed(sp.IndexedBase(safe_name(compound[s][0])),
                                         compound[s][1])
            elif base and sub == var.name and not base.endswith("_2c"):  # x_{L,j}: below
                subs[s] = sp.Indexed(sp.IndexedBase(safe_name(str(base))), var)
            elif (split := split_name(s)) is not None and var in split[1]:  # x_{ij} in Σ_i
                subs[s] = entry(*split)
        return body.xreplace(subs) if subs else body

    @inline
    def integral(self, body, dx):
        var = self._integration_variable(dx)
        return sp.Integral(_function_bare(body, var), var)

    @inline
    def integral_in_differential(self, body, inner):
        """`\\int e^{3x-1}\\,d(3x-1)`: ∫ f dg is ∫ f·g'(x) dx in the variable x of g (d(e^{-pt}):
        t, the letter written for a variable beside a parameter's, tutor.read.brackets)."""
        var = bracket_variable(inner, "")
        if var is None:
            raise ParseError("a differential d(…) after an integral needs exactly one variable "
                             "inside, e.g. \\int e^{3x} \\, d(3x)", self.text)
        return sp.Integral(sp.Mul(body, sp.diff(inner, var), evaluate=False), var)

    @inline
    def integral_in_power(self, body, dx_power):
        """`\\int e^{x^2} dx^2`: the differential d(x^2)."""
        m = re.fullmatch(r"(?:\\mathrm\s*\{\s*d\s*\}|d)\s*([a-zA-Z])\s*\^\s*\{?\s*(\d)\s*\}?",
                         str(dx_power))
        inner = sp.Pow(self._integration_variable(m.group(1)), sp.Integer(m.group(2)))
        return self.integral_in_differential(body, inner)

    @inline
    def definite_integral(self, low, high, body, dx):
        var = self._integration_variable(dx)
        return sp.Integral(_function_bare(body, var), (var, low, high))

    @inline
    def integral_of_fraction(self, numerator, denominator):
        """`\\int \\frac{3\\,dz}{z}`: the integral of 3/z in z."""
        body, variable = self._fraction_integrand(str(numerator), denominator)
        return sp.Integral(body, variable)

    @inline
    def definite_integral_of_fraction(self, low, high, numerator, denominator):
        body, variable = self._fraction_integrand(str(numerator), denominator)
        return sp.Integral(body, (variable, low, high))

    def _fraction_integrand(self, numerator: str, denominator):
        """(the integrand, the variable) of `\\frac{3\\,dz}{…}` after an integral sign."""
        inner = _fraction_parts(numerator + "{}")[0]
        m = re.match(r"\s*(\d+(?:\.\d+)?)?\s*(?:\\[,;:!]\s*)?(.*)$", inner, re.S)
        coefficient, dx = m.groups()
        body = sp.Pow(denominator, -1, evaluate=False)
        if coefficient:
            number = sp.Float(coefficient) if "." in coefficient else sp.Integer(coefficient)
            body = sp.Mul(number, body, evaluate=False)
        return body, self._integration_variable(dx.strip())

    @staticmethod
    def _integration_variable(dx) -> sp.Symbol:
        name = re.sub(r"^(\\mathrm\s*\{\s*d\s*\}|d)\s*\\?", "", greek_spelled(dx).strip())
        return symbol(ALIAS_NAMES.get(name, name))


def _function_bare(body, var):
    """`\\int_0^a f\\,dx`: f, g or h alone as the integrand is the function at the variable,
    f(x) (a constant named f is not written so)."""
    if isinstance(body, sp.Symbol) and body.name in ("f", "g", "h") and body != var:
        return opaque_function(body.name)(var)
    return body

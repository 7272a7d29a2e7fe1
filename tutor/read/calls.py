"""Names and calls: read a name, and resolve `f(x)`, `P(A | B)`, `sin x`, `log_2 x` to sympy."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import sympy as sp
from lark import Token

from tutor.errors import ParseError
from tutor.functions import logit, sigmoid, softplus
from tutor.names import function, symbol

# single letters read as a function when followed by (args) that do not contain the letter
FUNCTION_LETTERS = set("fgpqPQEHLlFGDJRVK")
VALUE_LETTERS = set("pqPQE")
# names whose `|` is conditioning: P(A|B) = P(A,B)/P(B)
PROBABILITY_NAMES = {"P", "p", "Pr", "q", "Q"}
GREEK_UNICODE = dict(zip(
    "αβγδεζηθικλμνξοπρστυφχψωΓΔΘΛΞΠΣΦΨΩ",
    "alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron pi rho "
    "sigma tau upsilon phi chi psi omega Gamma Delta Theta Lambda Xi Pi Sigma Phi Psi "
    "Omega".split(), strict=True))
ALIAS_NAMES = {"varepsilon": "epsilon", "vartheta": "theta", "varphi": "phi", "varrho": "rho",
               "ell": "l", "varsigma": "sigma"}
FONT_COMMANDS = {"mathbf", "boldsymbol", "bm", "mathcal", "mathbb", "mathit", "mathsf", "mathrm",
                 "operatorname"}


def _log(arg, base=None):
    if base is None:
        return sp.log(arg, evaluate=False)
    return sp.Mul(sp.log(arg, evaluate=False), sp.Pow(sp.log(base, evaluate=False), -1,
                                                       evaluate=False), evaluate=False)


ONE_ARG = {
    "sin": sp.sin, "cos": sp.cos, "tan": sp.tan, "cot": sp.cot, "sec": sp.sec, "csc": sp.csc,
    "arcsin": sp.asin, "arccos": sp.acos, "arctan": sp.atan, "asin": sp.asin, "acos": sp.acos,
    "atan": sp.atan, "sinh": sp.sinh, "cosh": sp.cosh, "tanh": sp.tanh, "coth": sp.coth,
    "arcsinh": sp.asinh, "arccosh": sp.acosh, "arctanh": sp.atanh, "asinh": sp.asinh,
    "acosh": sp.acosh, "atanh": sp.atanh, "exp": sp.exp, "ln": sp.log, "sqrt": sp.sqrt,
    "abs": sp.Abs, "floor": sp.floor, "ceil": sp.ceiling, "sgn": sp.sign, "sign": sp.sign,
    "sigmoid": sigmoid, "logit": logit, "softplus": softplus, "erf": sp.erf,
}
INVERSES = {"sin": "arcsin", "cos": "arccos", "tan": "arctan", "sinh": "arcsinh",
            "cosh": "arccosh", "tanh": "arctanh"}
KNOWN_FUNCTIONS = set(ONE_ARG) | {"log", "log2", "log10", "lg", "max", "min", "binom", "relu",
                                  "ReLU", "sigma"}


@dataclass
class Given:
    """`A | B` inside P(…): the event and its condition, before the call is built."""

    event: tuple
    condition: tuple


@dataclass(frozen=True)
class ParseContext:
    """What a line is read with: defined function names, the base of bare log, declared i."""

    functions: frozenset[str] = frozenset()
    symbols: frozenset[str] = frozenset()
    log_base: int | None = None
    imaginary: bool = False


@lru_cache(maxsize=1)
def _printer_names() -> frozenset[str]:
    """Class names sympy's printers dispatch on (Rational, Sum, Max, beta, ...)."""
    from sympy.printing.latex import LatexPrinter
    from sympy.printing.precedence import PRECEDENCE_FUNCTIONS
    from sympy.printing.pretty.pretty import PrettyPrinter
    from sympy.printing.str import StrPrinter

    names = set(PRECEDENCE_FUNCTIONS)
    for printer in (LatexPrinter, PrettyPrinter, StrPrinter):
        names |= {m[len("_print_"):] for m in dir(printer) if m.startswith("_print_")}
    return frozenset(names)


def _opaque(name: str):
    """An unknown function. A name a printer dispatches on gets a trailing underscore:
    `Rational(1,9)` must not become a function the printers take for a rational number."""
    if name in _printer_names():
        name += "_"
    return function(name)


def _strip_tokens(children):
    return [c for c in children if not isinstance(c, Token)]


def _inverse(x):
    return sp.Pow(x, -1, evaluate=False)


def _sub_name(sub: str) -> str:
    """`_{\\text{max}}` -> `max`, `_{12}` -> `12`, `_i` -> `i`."""
    body = sub[1:]
    body = re.sub(r"\\(text|mathrm|textrm|operatorname)\s*", "", body)
    return re.sub(r"[{}\\\s]", "", body)


class CallRules:
    """The Builder's rules for names and calls (a mixin: it needs `text` and `context`)."""

    text: str
    context: ParseContext

    def name(self, c):
        token = c[0]
        text = str(token)
        kind = token.type
        if kind in ("INDEXED", "GREEK_INDEXED"):  # plain x2, theta0
            letters, digits = re.match(r"([A-Za-z]+)(\d+)", text).groups()
            return symbol(f"{letters}_{digits}")
        if kind == "PI":
            base = "pi"
        elif kind == "GREEK":
            base = GREEK_UNICODE.get(text, text.lstrip("\\"))
        elif kind in ("ACCENTED", "OPNAME"):
            m = re.match(r"\\(\w+)\s*\{?\s*\\?([a-zA-Z]+)", text)
            accent, letter = m.group(1), m.group(2)
            base = letter if accent in FONT_COMMANDS else f"{letter}_{accent}"
        else:
            base = text
        base = ALIAS_NAMES.get(base, base)
        if len(c) > 1:
            return symbol(f"{base}_{_sub_name(str(c[1]))}")
        if base == "pi":
            return sp.pi
        if base == "e" and "e" not in self.context.symbols:
            return sp.E
        if base == "i" and self.context.imaginary:
            return sp.I
        return symbol(base)

    def _name_of(self, head) -> str:
        if head is sp.E:
            return "e"
        if head is sp.pi:
            return "pi"
        return head.name if isinstance(head, sp.Symbol) else str(head)

    def args(self, c):
        out = []
        for a in c:
            if isinstance(a, tuple):  # KL(p || q): two arguments
                out.extend(a)
            elif not isinstance(a, Token):
                out.append(a)
        return out

    def pair(self, c):
        return (c[0], c[2])

    def given(self, c):
        event, _, condition = c
        return Given(self._events(event), self._events(condition))

    def joint(self, c):
        return Given(self._events(c[0]) + self._events(c[2]), ())

    @staticmethod
    def _events(x) -> tuple:
        return x.event if isinstance(x, Given) else (x,)

    def call(self, c):
        head, args = c[0], c[-1]
        return self._call(self._name_of(head), args, head)

    def bracket_call(self, c):
        """`E[X^2]`, `P[A]`, `Var[X]`: square brackets after a function letter always call."""
        head, args = c[0], c[-1]
        name = self._name_of(head)
        if name.split("_")[0] in VALUE_LETTERS and not any(isinstance(a, Given) for a in args):
            return _opaque(name)(*args)
        return self._call(name, args, head)

    def _call(self, name: str, args: list, head=None):
        given = any(isinstance(a, (Given, sp.core.relational.Relational)) for a in args)
        if name in PROBABILITY_NAMES and (given or len(args) > 1):
            return self._probability(name, args)
        if given:  # L(theta | x), E[X | Y]: an opaque function of the event and the condition
            return _opaque(name)(*[e for a in args for e in self._events(a) + (
                a.condition if isinstance(a, Given) else ())])
        if name in self.context.functions:
            return _opaque(name)(*args)
        if name in KNOWN_FUNCTIONS and head is not None and len(name) > 1:
            return self._known(name, args)
        if name == "C" and len(args) == 2:
            return sp.binomial(*args, evaluate=False)
        letter = name.split("_")[0]
        simple_arg = isinstance(args[0], (sp.Symbol, sp.Indexed, sp.Number))
        # p, q, P, E are values of a distribution on an outcome (p(x_i)); p(1 + e^z) is a product
        letter_fn = (letter in FUNCTION_LETTERS - VALUE_LETTERS or (
            letter in VALUE_LETTERS | {"h"} and simple_arg))
        named = head if head is not None else symbol(name)
        contains_self = any(a.has(named) for a in args if isinstance(a, sp.Basic))
        if len(args) > 1 or len(name.split("_")[0]) > 1 or (letter_fn and not contains_self):
            return _opaque(name)(*args)
        # n(n+1), x(x+1), p(1-p): a product, not a call
        return sp.Mul(named, args[0], evaluate=False)

    def _probability(self, name, args):
        event: tuple = ()
        condition: tuple = ()
        for a in args:
            if isinstance(a, Given):
                event += a.event
                condition += a.condition
            elif condition:  # P(A | B, C): what follows the bar is all condition
                condition += (a,)
            else:
                event += (a,)
        f = _opaque(name)
        joint = f(*sorted(set(event + condition), key=sp.default_sort_key))
        if not condition:
            return joint
        return sp.Mul(joint, _inverse(f(*sorted(set(condition), key=sp.default_sort_key))),
                      evaluate=False)

    def _known(self, name: str, args: list):
        if name in ONE_ARG:
            if len(args) != 1:
                raise ParseError(f"{name} takes one argument, not {len(args)}", self.text)
            fn = ONE_ARG[name]
            return fn(args[0], evaluate=False)
        if name == "sigma":
            return (sigmoid(args[0], evaluate=False) if len(args) == 1
                    else _opaque("sigma")(*args))
        if name == "log":
            if len(args) == 2:
                return _log(args[0], args[1])
            return _log(args[0], self.context.log_base)
        if name in ("log2", "log10", "lg"):
            return _log(args[0], 2 if name == "log2" else 10)
        if name in ("max", "min"):
            fn = sp.Max if name == "max" else sp.Min
            return fn(*args, evaluate=False)
        if name in ("relu", "ReLU"):
            return sp.Max(0, args[0], evaluate=False)
        if name == "binom" and len(args) == 2:
            return sp.binomial(*args, evaluate=False)
        return _opaque(name)(*args)

    def paren_args(self, c):
        return [a for a in c if not isinstance(a, Token)][0]

    def _fn_name(self, token) -> str:
        m = re.match(r"\\(?:operatorname|mathrm)\s*\{\s*(\w+)", str(token))
        return m.group(1) if m else str(token).lstrip("\\")

    def apply(self, c):
        args = c[-1] if isinstance(c[-1], list) else [c[-1]]
        return self._known(self._fn_name(c[0]), args)

    def apply_word(self, c):
        name = self._fn_name(c[0])
        if name in KNOWN_FUNCTIONS:
            return self._known(name, c[-1])
        return self._call(name, c[-1])

    def apply_power(self, c):
        name = self._fn_name(c[0])
        power, arg = c[2], c[3]
        args = arg if isinstance(arg, list) else [arg]
        if power == -1 and name in INVERSES:
            return self._known(INVERSES[name], args)
        return sp.Pow(self._known(name, args), power, evaluate=False)

    def apply_log_base(self, c):
        base, arg = c[1], c[2]
        args = arg if isinstance(arg, list) else [arg]
        return _log(args[0], base)

    def apply_log_sub(self, c):
        sub = _sub_name(str(c[1]))
        base = sp.Integer(int(sub)) if sub.isdigit() else symbol(sub)
        arg = c[2]
        return _log(arg[0] if isinstance(arg, list) else arg, base)

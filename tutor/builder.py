"""Turn a parse tree of either grammar into unevaluated sympy objects and relation chains."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

import sympy as sp
from lark import Token, v_args
from lark.visitors import Transformer_NonRecursive

from tutor.errors import ParseError
from tutor.functions import logit, sigmoid, softplus
from tutor.model import Span

ELLIPSIS = sp.Symbol("…")
PLUS_MINUS = sp.Symbol("±")

# single letters read as a function when followed by (args) that do not contain the letter
FUNCTION_LETTERS = set("fgpqPQEHLlFGDJRVK")
VALUE_LETTERS = set("pqPQE")
# names whose `|` is conditioning: P(A|B) = P(A,B)/P(B)
PROBABILITY_NAMES = {"P", "p", "Pr", "q", "Q"}
RELATIONS = {
    "=": "=", "≠": "!=", "!=": "!=", "/=": "!=", "\\neq": "!=", "\\ne": "!=",
    "<": "<", ">": ">", "≤": "<=", "<=": "<=", "≥": ">=", ">=": ">=",
    "≈": "~=", "~=": "~=", "~": "~=", "≃": "~=", "≡": "===", "===": "===",
    ":=": ":=", "⇒": "=>", "⟹": "=>", "=>": "=>", "==>": "=>", "⇔": "<=>", "⟺": "<=>",
    "<=>": "<=>", "<==>": "<=>", "→": "->", "->": "->",
}
GREEK_UNICODE = dict(zip(
    "αβγδεζηθικλμνξοπρστυφχψωΓΔΘΛΞΠΣΦΨΩ",
    "alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron pi rho "
    "sigma tau upsilon phi chi psi omega Gamma Delta Theta Lambda Xi Pi Sigma Phi Psi "
    "Omega".split(), strict=True))
ALIAS_NAMES = {"varepsilon": "epsilon", "vartheta": "theta", "varphi": "phi", "varrho": "rho",
               "ell": "l", "varsigma": "sigma"}
# what a trailing \\text{…} must look like to be read as a unit: bits, MB, m/s, s^2
UNIT_WORD = re.compile(r"[A-Za-zµ°%]+(/[A-Za-z]+)?(\^?-?\d)?")
SUPERSCRIPTS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁻", "0123456789-")
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
class Part:
    """One side of a relation chain: the expression and where it stands."""

    expr: sp.Basic
    span: Span
    unit: str | None = None


@dataclass
class Link:
    """The relation between two neighbouring parts, e.g. '=' or '->' with a label."""

    op: str
    span: Span
    label: str | None = None


@dataclass
class Chain:
    """`A = B = C`: parts joined by links; a lone expression is a chain of one part."""

    parts: list[Part]
    links: list[Link] = field(default_factory=list)

    def steps(self) -> list[tuple[Part, Link, Part]]:
        return [(self.parts[k], self.links[k], self.parts[k + 1]) for k in range(len(self.links))]


@dataclass
class Given:
    """`A | B` inside P(…): the event and its condition, before the call is built."""

    event: tuple
    condition: tuple


@dataclass
class TexDigits:
    """A NUMBER token standing where TeX takes one character: `\\frac{a}23` is (a/2)*3."""

    text: str


@dataclass
class Continuation:
    """`&= B = C` on a row of its own: links and parts that extend the chain of the row above."""

    parts: list
    links: list


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
    return sp.Function(name)


def _relation_op(token: str) -> str:
    """The normal spelling of a relation token: `\\leq` and `≤` are both "<="."""
    return RELATIONS.get(token) or {
        "leq": "<=", "le": "<=", "leqslant": "<=", "geq": ">=", "ge": ">=",
        "geqslant": ">=", "approx": "~=", "simeq": "~=", "sim": "~=", "cong": "~=",
        "equiv": "===", "coloneqq": ":=", "triangleq": ":=", "implies": "=>",
        "Rightarrow": "=>", "Longrightarrow": "=>", "therefore": "=>", "iff": "<=>",
        "Leftrightarrow": "<=>", "Longleftrightarrow": "<=>", "neq": "!=", "ne": "!=",
    }.get(token.lstrip("\\"), token)


def _strip_tokens(children):
    return [c for c in children if not isinstance(c, Token)]


def _neg(x):
    if isinstance(x, sp.Number):  # -1 is a number, not the product of -1 and 1
        return -x
    return sp.Mul(sp.S.NegativeOne, x, evaluate=False)


# a + b + c is one flat sum of up to FLAT terms, then a new level: a line of a thousand terms
# must not nest a thousand deep (sympy's printers recurse), nor cost a thousand-squared steps
FLAT = 64


def _sum(left, right):
    """a + b + c as one flat unevaluated sum."""
    terms = left.args if isinstance(left, sp.Add) and len(left.args) < FLAT else (left,)
    return sp.Add(*terms, right, evaluate=False)


def _product(left, right):
    """a b c as one flat unevaluated product."""
    factors = left.args if isinstance(left, sp.Mul) and len(left.args) < FLAT else (left,)
    return sp.Mul(*factors, right, evaluate=False)


def _inverse(x):
    return sp.Pow(x, -1, evaluate=False)


def _sub_name(sub: str) -> str:
    """`_{\\text{max}}` -> `max`, `_{12}` -> `12`, `_i` -> `i`."""
    body = sub[1:]
    body = re.sub(r"\\(text|mathrm|textrm|operatorname)\s*", "", body)
    return re.sub(r"[{}\\\s]", "", body)


class Builder(Transformer_NonRecursive):
    """One method per grammar rule; each returns sympy or a small carrier object.

    Non-recursive: a line of a thousand terms is a tree a thousand deep (left-recursive sums).
    """

    def __init__(self, text: str, context: ParseContext, line_offset: int = 0):
        super().__init__()
        self.text = text
        self.context = context

    # --- chains ----------------------------------------------------------------------------
    def _span(self, meta) -> Span:
        if getattr(meta, "empty", True):
            return Span(1, 1, 1, 1, "")
        return Span(meta.line, meta.column, meta.end_line, meta.end_column,
                    self.text[meta.start_pos:meta.end_pos])

    def start(self, children):
        chains: list[Chain] = []
        for c in children:
            if isinstance(c, Chain):
                chains.append(c)
            elif isinstance(c, Continuation):
                chains[-1].parts.extend(c.parts)
                chains[-1].links.extend(c.links)
        return chains

    def continuation(self, children):
        return Continuation([c for c in children if isinstance(c, Part)],
                            [c for c in children if isinstance(c, Link)])

    def statement(self, children):
        parts = [c for c in children if isinstance(c, Part)]
        links = [c for c in children if isinstance(c, Link)]
        return Chain(parts, links)

    @v_args(meta=True)
    def side(self, meta, children):
        unit = None
        for c in children[1:]:
            text = str(c)
            m = re.match(r"\\\w+\s*\{\s*(.*?)\s*\}$", text)
            word = (m.group(1) if m else text).strip()
            if UNIT_WORD.fullmatch(word):  # `\\text{(by symmetry)}` is a remark, not a unit
                unit = word
        return Part(children[0], self._span(meta), unit)

    @v_args(meta=True)
    def rel(self, meta, children):
        token = str(children[0])
        if token.startswith("\\overset") or token.startswith("\\stackrel"):
            label = re.search(r"\{(.*)\}\s*\{\s*=\s*\}$", token)
            text = re.sub(r"\\\w+\s*\{([^{}]*)\}", r"\1", label.group(1)) if label else None
            return Link("=", self._span(meta), text)
        return Link(_relation_op(token), self._span(meta))

    @v_args(meta=True)
    def labeled_step(self, meta, children):
        label = re.match(r"\\\w+\s*\{(.*)\}$", str(children[1]))
        return Link("->", self._span(meta), label.group(1).strip() if label else None)

    @v_args(meta=True)
    def step(self, meta, children):
        return Link("->", self._span(meta))

    # --- arithmetic ------------------------------------------------------------------------
    def add(self, c):
        return _sum(c[0], c[2])

    def sub(self, c):
        return _sum(c[0], _neg(c[2]))

    def plus_minus(self, c):
        return _sum(c[0], sp.Mul(PLUS_MINUS, c[2], evaluate=False))

    def neg(self, c):
        return _neg(c[-1])

    def pm(self, c):
        return sp.Mul(PLUS_MINUS, c[-1], evaluate=False)

    def pos(self, c):
        return c[-1]

    def mul(self, c):
        return _product(c[0], c[2])

    def implicit_mul(self, c):
        return _product(c[0], c[1])

    def div(self, c):
        return _product(c[0], _inverse(c[2]))

    def frac(self, c):
        num, den = (self._tex_arg(x) for x in _strip_tokens(c))
        if num[1] is not None:
            raise ParseError("put a numerator of more than one digit in braces: \\frac{12}{…}",
                             self.text)
        return self._times(sp.Mul(num[0], _inverse(den[0]), evaluate=False), den[1])

    def frac_digits(self, c):
        num, den = re.findall(r"\d", str(c[0]))
        return sp.Mul(sp.Integer(num), _inverse(sp.Integer(den)), evaluate=False)

    def tex_digits(self, c):
        return TexDigits(str(c[0]))

    def _tex_arg(self, x):
        """(argument, factor after it): TeX reads one digit of `23` as the argument."""
        if not isinstance(x, TexDigits):
            return x, None
        text = x.text
        if not text[0].isdigit():
            raise ParseError(f"put {text} in braces", self.text)
        head = sp.Integer(int(text[0]))
        return head, (self.number([text[1:]]) if len(text) > 1 else None)

    @staticmethod
    def _times(x, factor):
        return x if factor is None else sp.Mul(x, factor, evaluate=False)

    def pow(self, c):
        base, exp = c[0], c[-1]
        if isinstance(base, sp.Symbol) and base.name.startswith("C_") and isinstance(
                exp, sp.Symbol):
            return sp.binomial(sp.Symbol(base.name[2:]), exp, evaluate=False)
        return sp.Pow(base, exp, evaluate=False)

    def pow_unicode(self, c):
        return sp.Pow(c[0], sp.Integer(int(str(c[1]).translate(SUPERSCRIPTS))), evaluate=False)

    def factorial(self, c):
        return sp.factorial(c[0], evaluate=False)

    def number(self, c):
        text = str(c[0])
        if len(text) > 300:
            raise ParseError("this number has more than 300 digits", self.text)
        if "." in text or "e" in text.lower():
            return sp.Float(text, max(15, len(text)))
        return sp.Integer(int(text))

    def sqrt(self, c):
        (x,) = _strip_tokens(c)
        x, factor = self._tex_arg(x)
        return self._times(sp.Pow(x, sp.Rational(1, 2), evaluate=False), factor)

    def root(self, c):
        n, x = _strip_tokens(c)
        x, factor = self._tex_arg(x)
        return self._times(sp.Pow(x, _inverse(n), evaluate=False), factor)

    def binom(self, c):
        n, k = (self._tex_arg(x) for x in _strip_tokens(c))
        if n[1] is not None:
            raise ParseError("put an upper index of more than one digit in braces: \\binom{10}{k}",
                             self.text)
        return self._times(sp.binomial(n[0], k[0], evaluate=False), k[1])

    def abs(self, c):
        (x,) = _strip_tokens(c)
        return sp.Abs(x, evaluate=False)

    def primed_name(self, c):
        """`y'` with no argument: an opaque name (the variable is not written)."""
        return sp.Symbol(self._name_of(c[0]) + str(c[1]).replace("′", "'"))

    def infinity(self, c):
        return sp.oo

    def ellipsis(self, c):
        return ELLIPSIS

    @v_args(meta=True)
    def text_side(self, meta, c):
        """`\\text{odds} = …`: a word standing alone as one side is a name."""
        return Part(self.text_atom(c), self._span(meta))

    def text_atom(self, c):
        m = re.match(r"\\\w+\s*\{(.*)\}$", str(c[0]))
        return sp.Symbol(re.sub(r"\s+", "_", m.group(1).strip()) if m else str(c[0]))

    # --- names and calls -------------------------------------------------------------------
    def name(self, c):
        token = c[0]
        text = str(token)
        kind = token.type
        if kind in ("INDEXED", "GREEK_INDEXED"):  # plain x2, theta0
            letters, digits = re.match(r"([A-Za-z]+)(\d+)", text).groups()
            return sp.Symbol(f"{letters}_{digits}")
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
            return sp.Symbol(f"{base}_{_sub_name(str(c[1]))}")
        if base == "pi":
            return sp.pi
        if base == "e" and "e" not in self.context.symbols:
            return sp.E
        if base == "i" and self.context.imaginary:
            return sp.I
        return sp.Symbol(base)

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

    def outcome_relation(self, c):
        """`X=k` inside P(…): the event that X equals k."""
        left, op, right = c
        kind = {"=": sp.Eq, "<": sp.Lt, ">": sp.Gt, "<=": sp.Le, ">=": sp.Ge, "!=": sp.Ne}
        return kind[_relation_op(str(op))](left, right, evaluate=False)

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
        symbol = head if head is not None else sp.Symbol(name)
        contains_self = any(a.has(symbol) for a in args if isinstance(a, sp.Basic))
        if len(args) > 1 or len(name.split("_")[0]) > 1 or (letter_fn and not contains_self):
            return _opaque(name)(*args)
        # n(n+1), x(x+1), p(1-p): a product, not a call
        return sp.Mul(symbol, args[0], evaluate=False)

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
        base = sp.Integer(int(sub)) if sub.isdigit() else sp.Symbol(sub)
        arg = c[2]
        return _log(arg[0] if isinstance(arg, list) else arg, base)

    # --- calculus --------------------------------------------------------------------------
    def _derivative(self, f, var: sp.Symbol, order: int):
        return sp.Derivative(f, (var, order), evaluate=False)

    def prime_call(self, c):
        head, args = c[0], c[-1]
        primes = [t for t in c if isinstance(t, Token)]
        order = max(1, sum(len(str(t)) for t in primes if t.type == "PRIME")) if primes else 1
        name = self._name_of(head)
        if len(args) != 1:
            raise ParseError(f"{name}' with {len(args)} arguments is not supported", self.text)
        arg = args[0]
        fn_expr = self._call_as_function(name, head)
        if isinstance(arg, sp.Symbol):
            return self._derivative(fn_expr(arg), arg, order)
        t = sp.Symbol("t_")
        return sp.Subs(self._derivative(fn_expr(t), t, order), t, arg)

    def _call_as_function(self, name, head):
        if name == "sigma":
            return sigmoid
        if name in ONE_ARG and len(name) > 1:
            return ONE_ARG[name]
        return _opaque(name)

    def prime_of(self, c):
        expr = c[0]
        free = sorted(expr.free_symbols, key=lambda s: s.name)
        if len(free) != 1:
            raise ParseError("a prime on a bracket needs exactly one variable inside it", self.text)
        return self._derivative(expr, free[0], len(str(c[1])))

    def derivative(self, c):
        token, operand = str(c[0]), c[-1]
        order, var = self._deriv_token(token)
        return self._derivative(operand, var, order)

    def derivative_of(self, c):
        token = str(c[0])
        order, var = self._deriv_token(token)
        m = re.search(r"(?:d|\\partial)\s*(?:\^\s*\{?\s*\d\s*\}?)?\s*([a-zA-Z]|\\[a-zA-Z]+)",
                      token)
        fname = m.group(1).lstrip("\\")
        fname = ALIAS_NAMES.get(fname, fname)
        if fname == "sigma":
            return self._derivative(sigmoid(var), var, order)
        return self._derivative(_opaque(fname)(var), var, order)

    @staticmethod
    def _deriv_token(token: str) -> tuple[int, sp.Symbol]:
        order = re.search(r"\^\s*\{?\s*(\d)", token)
        # the variable is the last letter after a d or \partial in the denominator
        var = re.findall(r"(?:d|\\partial)\s*([a-zA-Z]|\\[a-zA-Z]+)\s*(?:\^\s*\{?\s*\d\s*\}?)?"
                         r"\s*\}?\s*$", token.replace("/", " "))
        name = var[-1].lstrip("\\") if var else "x"
        return (int(order.group(1)) if order else 1), sp.Symbol(ALIAS_NAMES.get(name, name))

    def lim_point(self, c):
        point = c[0]
        direction = "+-"
        for t in c[1:]:
            if isinstance(t, Token) and t.type in ("LIMDIR", "LIMDIR_WS"):
                direction = "+" if "+" in str(t) else "-"
        return point, direction

    def lim_point_plain(self, c):
        negative = any(isinstance(x, Token) and x.type == "MINUS" for x in c)
        point, direction = self.lim_point([x for x in c if not (
            isinstance(x, Token) and x.type == "MINUS")])
        return (-point if negative else point), direction

    def lim_spec(self, c):
        return tuple(_strip_tokens(c))

    def limit(self, c):
        items = _strip_tokens(c)
        if len(items) == 2:  # plain: (var, point) then the body
            items = [*items[0], items[1]]
        var, (point, direction), body = items[0], items[1], items[2]
        if point in (sp.oo, -sp.oo):
            direction = "-" if point == sp.oo else "+"
        return sp.Limit(body, var, point, direction)

    def range_bounds(self, c):
        items = _strip_tokens(c)
        var, lo = items[0], items[1]
        hi = items[2] if len(items) > 2 else None
        return var, lo, hi

    def index_bounds(self, c):
        item = c[0]
        if isinstance(item, Token):  # plain `sum_i`
            return sp.Symbol(_sub_name(str(item))), None, None
        return item, None, None

    set_bounds = index_bounds

    def bigop(self, c):
        token = str(c[0])
        items = _strip_tokens(c)
        bounds, body = (items[0], items[1]) if len(items) == 2 else ((None, None, None), items[0])
        return self._bigop(token, bounds, body)

    def bigop_call(self, c):
        items = _strip_tokens(c)
        return self._bigop(str(c[0]), (items[0], items[1], items[2]), items[3])

    def _bigop(self, token: str, bounds, body):
        var, lo, hi = bounds
        if var is None:
            raise ParseError("a sum needs an index, e.g. \\sum_{i=1}^{N}", self.text)
        if not isinstance(var, sp.Symbol):
            raise ParseError("the index of a sum must be a name", self.text)
        lo = sp.Integer(1) if lo is None else lo
        hi = sp.Symbol(f"{var.name}_max", integer=True, positive=True) if hi is None else hi
        body = self._index(body, var)
        op = sp.Product if ("prod" in token or token == "∏") else sp.Sum
        return op(body, (var, lo, hi))

    @staticmethod
    def _index(body, var: sp.Symbol):
        """x_i inside a sum over i becomes the indexed x[i]."""
        subs = {}
        for s in body.free_symbols:
            base, _, sub = s.name.rpartition("_")
            if base and sub == var.name:
                subs[s] = sp.Indexed(sp.IndexedBase(base), var)
        return body.xreplace(subs) if subs else body

    def integral(self, c):
        items = _strip_tokens(c)
        dx = [t for t in c if isinstance(t, Token) and t.type == "DX"][-1]
        var_name = re.sub(r"^(\\mathrm\s*\{\s*d\s*\}|d)\s*\\?", "", str(dx))
        var = sp.Symbol(ALIAS_NAMES.get(var_name, var_name))
        if len(items) == 3:
            return sp.Integral(items[2], (var, items[0], items[1]))
        return sp.Integral(items[0], var)

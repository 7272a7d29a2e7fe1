"""Turn a parse tree of either grammar into unevaluated sympy objects and relation chains."""

from __future__ import annotations

import re
from dataclasses import dataclass

import sympy as sp
from lark import v_args
from lark.exceptions import VisitError
from lark.visitors import Transformer_NonRecursive

from tutor.errors import NotAClaim, ParseError
from tutor.model import Chain, Link, Part, Span
from tutor.names import ELLIPSIS, PLUS_MINUS, symbol
from tutor.read.braces import SPLICING, braced, close, splice_product, splice_sign, splice_sum
from tutor.read.calculus import CalculusRules
from tutor.read.calls import (
    CallRules,
    ParseContext,
    inline,
    inverse,
    opaque_function,
    subscript_name,
)
from tutor.read.cases import CasesRules
from tutor.read.decimal_commas import DECIMAL_BRACE
from tutor.read.glued_calls import GluedCallRules
from tutor.read.limit_scope import limit_running_on
from tutor.read.notation import NotationRules
from tutor.read.number_calls import number_inverse
from tutor.read.operator_d import powered_inside
from tutor.read.optima import OptimumRules, optimum_running_on
from tutor.read.orders import epsilon_remainders
from tutor.read.sum_scope import sum_running_on
from tutor.read.superscripts import euler_base, superscript_value
from tutor.read.thousands import THOUSANDS
from tutor.read.vector_rules import VectorRules
from tutor.vectors import MatrixLiteral
from tutor.vocabulary import INVERSES, KNOWN_FUNCTIONS, RELATION_CLASSES, RELATIONS  # noqa: F401

MAX_EXPONENT = 1000  # 1e1000 is still a number to check; 1e8585827 is refused

# what a trailing \\text{…} must look like to be read as a unit: bits, MB, m/s, s^2
UNIT_WORD = re.compile(r"[A-Za-zµ°%]+(/[A-Za-z]+)?(\^?-?\d)?")
VULGAR_FRACTIONS = {ch: sp.Rational(n, d) for ch, n, d in zip(  # ½, ⅛ typed as one character
    "½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞", (1, 1, 2, 1, 3, 1, 2, 3, 4, 1, 5, 1, 3, 5, 7),
    (2, 3, 3, 4, 4, 5, 5, 5, 5, 6, 6, 8, 8, 8, 8), strict=True)}


@dataclass
class TexDigits:
    """A NUMBER token standing where TeX takes one character: `\\frac{a}23` is (a/2)*3."""

    text: str


@dataclass
class Continuation:
    """`&= B = C` on a row of its own: links and parts that extend the chain of the row above."""

    parts: list
    links: list


def _relation_op(token: str) -> str:
    """The normal spelling of a relation token: `\\leq` and `≤` are both "<="."""
    return RELATIONS.get(token, token)


def _unwrapped(label: str) -> str:
    """A relation's label without its commands (`\\underset{\\mathrm{def}}{}`: def)."""
    while (bare := re.sub(r"\\\w+\s*\{([^{}]*)\}|\{\s*\}", r"\1", label)) != label:
        label = bare
    return label.strip()


def _pm(x):
    return sp.Mul(PLUS_MINUS, x, evaluate=False)


def _mp(x):  # ∓: the sign opposite to the ± beside it
    return sp.Mul(-1, PLUS_MINUS, x, evaluate=False)


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


class Builder(CallRules, CalculusRules, NotationRules, VectorRules, CasesRules, OptimumRules,
              GluedCallRules, Transformer_NonRecursive):
    """One method per grammar rule; each returns sympy or a small carrier object.

    Chains and arithmetic are here; names and calls come from CallRules (tutor.read.calls),
    derivatives, limits, sums and integrals from CalculusRules (tutor.read.calculus).

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
            elif isinstance(c, list):  # (x_0, y_0) = (1, 1): one statement per name
                chains.extend(c)
            elif isinstance(c, Continuation):
                chains[-1].parts.extend(c.parts)
                chains[-1].links.extend(c.links)
        self.check_partials(chains)
        if len(chains) > 1 and "," in self.text and not any(c.links for c in chains):
            raise NotAClaim("a list of values (X_1, …, X_n): not a claim", self.text)
        return chains

    def continuation(self, children):
        return Continuation([c for c in children if isinstance(c, Part)],
                            [c for c in children if isinstance(c, Link)])

    def statement(self, children):
        parts = [c for c in children if isinstance(c, Part)]
        links = [c for c in children if isinstance(c, Link)]
        if any(isinstance(p.expr, sp.Tuple) for p in parts):
            return self._names_given(parts, links)
        return Chain(parts, links)

    def _names_given(self, parts: list[Part], links: list[Link]) -> list[Chain]:
        """`(x_0, y_0) = (1, 1)`: x_0 = 1 and y_0 = 1 (numbers given to names); any other
        tuple claims nothing (`(x, y) = (r\\cos\\theta, r\\sin\\theta)` is a change of
        variables, not values)."""
        names, values = (p.expr for p in parts) if len(parts) == 2 else (None, None)
        if not (links[0].op == "=" and isinstance(names, sp.Tuple) and isinstance(
                values, sp.Tuple) and len(names) == len(values)
                and all(isinstance(n, sp.Symbol) for n in names)
                and len(set(names)) == len(names) and not values.free_symbols):
            raise NotAClaim("a tuple or interval: not a claim", self.text)
        return [Chain([Part(n, parts[0].span), Part(v, parts[1].span)], [links[0]])
                for n, v in zip(names, values, strict=True)]

    @v_args(meta=True, inline=True)
    def side(self, meta, expr, *annotations):
        unit = None
        for c in annotations:
            text = str(c)
            m = re.match(r"\\\w+\s*\{\s*(.*?)\s*\}$", text)
            word = (m.group(1) if m else text).strip()
            if UNIT_WORD.fullmatch(word):  # `\\text{(by symmetry)}` is a remark, not a unit
                unit = word
        return Part(epsilon_remainders(expr), self._span(meta), unit)  # x^n ε(x): o(x^n)

    @v_args(meta=True, inline=True)
    def rel(self, meta, token):
        token = str(token)
        if token.startswith("\\overset") or token.startswith("\\stackrel"):
            label = re.search(r"\{(.*)\}\s*\{\s*=\s*\}$", token)
            text = _unwrapped(label.group(1)) if label else None  # \underset{\mathrm{def}}{}
            return Link("=", self._span(meta), text)
        if token.startswith("\\xrightarrow"):  # \xrightarrow{\text{L'H}}: a step, its label
            label = re.search(r"\{(.*)\}$", token)
            text = _unwrapped(label.group(1)) if label else None
            return Link("->", self._span(meta), text or None)
        return Link(_relation_op(token), self._span(meta))

    @v_args(meta=True, inline=True)
    def labeled_step(self, meta, text):
        label = re.match(r"\\\w+\s*\{(.*)\}$", str(text))
        return Link("->", self._span(meta), label.group(1).strip() if label else None)

    @v_args(meta=True)
    def step(self, meta, children):
        return Link("->", self._span(meta))

    @inline
    def outcome_relation(self, left, op, right):
        """`X=k` inside P(…): the event that X equals k."""
        return RELATION_CLASSES[_relation_op(str(op))](left, right, evaluate=False)

    @inline
    def outcome_between(self, low, op1, middle, op2, high):
        """`1 < X \\leq 3` inside P(…): the event that X lies between the two ends."""
        return sp.And(RELATION_CLASSES[_relation_op(str(op1))](low, middle, evaluate=False),
                      RELATION_CLASSES[_relation_op(str(op2))](middle, high, evaluate=False))

    # --- arithmetic ------------------------------------------------------------------------
    # a braced group {…} may arrive as Spliced terms (tutor.read.braces): these rules splice it
    add = inline(lambda self, a, b: splice_sum(lambda t: t, self._add_term, a, b))
    sub = inline(lambda self, a, b: splice_sum(_neg, self._add_term, a, b))
    plus_minus = inline(lambda self, a, b: splice_sum(_pm, self._add_term, a, b))
    neg = inline(lambda self, x: splice_sign(_neg, x))
    pm = inline(lambda self, x: splice_sign(_pm, x))
    minus_plus = inline(lambda self, a, b: splice_sum(_mp, self._add_term, a, b))
    mp = inline(lambda self, x: splice_sign(_mp, x))
    pos = inline(lambda self, x: x)
    mul = inline(lambda self, a, b: splice_product(_product, a, b, self.text))

    @inline
    def implicit_mul(self, a, b):
        """a b; `Tanh^2(x)` of a function defined here: Tanh(x)², as `\\tanh^2(x)` is; `E^2(X)`
        or `\\sigma^2(X)` of a random variable: E(X)², σ(X)²; `\\Phi^{-1}(0.975)`: the quantile."""
        quantile = number_inverse(a, b, self.__dict__.get("bracketed", set()),
                                  self.context.functions, self.text)
        if quantile is not None:
            return quantile
        if isinstance(a, sp.Pow) and isinstance(a.base, sp.Symbol) and a.exp.is_Integer and \
                a.exp > 0 and id(b) in self.__dict__.get("bracketed", set()) and (
                    a.base.name in self.context.functions or (a.base.name in ("E", "sigma")
                                                              and isinstance(b, sp.Symbol)
                                                              and b.name[:1].isupper())):
            name = a.base.name
            called = self._call(name, [b], a.base) if name == "sigma" else opaque_function(name)(b)
            return sp.Pow(called, a.exp, evaluate=False)
        return splice_product(_product, a, b, self.text, implicit=True)
    div = inline(lambda self, a, b: splice_product(
        lambda p, q: _product(p, inverse(q)), a, b, self.text, divide=True))

    paren = inline(lambda self, x: self.bracketed_whole(x))

    def _add_term(self, left, right):
        """left + right; a Σ/∏ ending `left` runs on over a `right` that names its index."""
        bracketed = self.__dict__.get("bracketed", set())
        ran_on = sum_running_on(left, right, bracketed, self._index, _sum)
        if ran_on is None:
            ran_on = optimum_running_on(left, right, bracketed, self._add_term)
        if ran_on is None:  # lim_{h→0} 2x + h: one limit of both terms
            ran_on = limit_running_on(left, right, bracketed, self._add_term)
        return _sum(left, right) if ran_on is None else ran_on

    def _call_userfunc(self, tree, new_children=None):
        """Close a braced group into one value before every rule that does not splice it."""
        children = new_children if new_children is not None else tree.children
        try:
            if tree.data == "braced":
                return braced(children[0], tree.children[0], self.text)
            if tree.data not in SPLICING:
                children = [close(c, tree.data, self.text) for c in children]
        except ParseError as exc:
            raise VisitError(tree.data, tree, exc) from None
        return super()._call_userfunc(tree, children)

    @inline
    def frac(self, num, den):
        num, den, factor = self._tex_args(
            num, den, "put a numerator of more than one digit in braces: \\frac{12}{…}")
        derivative = self.frac_derivative(num, den)  # \frac{dL}{d\hat{y}}: never d·L/(d·ŷ)
        return self._times(sp.Mul(num, inverse(den), evaluate=False) if derivative is None
                           else derivative, factor)

    @inline
    def frac_digits(self, token):
        num, den = re.findall(r"\d", str(token))
        return sp.Mul(sp.Integer(num), inverse(sp.Integer(den)), evaluate=False)

    tex_digits = inline(lambda self, token: TexDigits(str(token)))

    def _tex_arg(self, x):
        """(argument, factor after it): TeX reads one digit of `23` as the argument."""
        if not isinstance(x, TexDigits):
            return x, None
        text = x.text
        if not text[0].isdigit():
            raise ParseError(f"put {text} in braces", self.text)
        return sp.Integer(int(text[0])), (self._number(text[1:]) if len(text) > 1 else None)

    def _tex_args(self, first, second, braces: str):
        """(first, second, factor after them) of a two-argument command: `\\frac12`; a first
        argument of more than one digit (`\\frac123`) must be in braces, as `braces` says."""
        (first, after), (second, factor) = self._tex_arg(first), self._tex_arg(second)
        if after is not None:
            raise ParseError(braces, self.text)
        return first, second, factor

    @staticmethod
    def _times(x, factor):
        return x if factor is None else sp.Mul(x, factor, evaluate=False)

    pow_of_negative = inline(lambda self, base, exp: self._power(base, _neg(exp)))

    @inline
    def apply_negative_power(self, token, power, arg):
        """`\\sin^-1 x`, `sin^-1(ax)`: a function to a power written `^-1` with no braces, as
        `^{-1}` (an inverse for -1)."""
        name, args = self._fn_name(token), arg if isinstance(arg, list) else [arg]
        if power == 1 and name in INVERSES:
            return self._known(INVERSES[name], args)
        return sp.Pow(self._known(name, args), -power, evaluate=False)

    @inline
    def pow(self, base, exp):
        if isinstance(base, sp.Symbol) and base.name.startswith("C_") and isinstance(
                exp, sp.Symbol):
            return sp.binomial(symbol(base.name[2:]), exp, evaluate=False)
        top = base.name[2:] if isinstance(base, sp.Symbol) and base.name.startswith("C_") else ""
        if top.isdigit() and exp.is_Integer and 0 <= exp <= int(top):  # C_5^2 = 10, as C_n^k
            return sp.binomial(sp.Integer(int(top)), exp, evaluate=False)
        return self._power(base, exp)

    def _power(self, base, exp):
        """base^exp; for a letter times a bracket, x(x+1)^2, the bracket's power."""
        if id(base) in self.letter_products():  # x(x+1)^2; D(x^2+1)^3: D of the power
            return powered_inside(base, exp)
        return sp.Pow(euler_base(base, exp, self.context.symbols), exp, evaluate=False)

    superscript = inline(lambda self, sup: superscript_value(str(sup)))
    pow_unicode = inline(lambda self, base, sup: self._power(base, superscript_value(str(sup))))
    factorial = inline(lambda self, x: sp.factorial(x, evaluate=False))
    number = inline(lambda self, token: self._number(str(token)))
    vulgar_fraction = inline(lambda self, token: VULGAR_FRACTIONS[str(token)])

    @inline
    def unicode_definite_integral(self, low, high, body, dx):
        """`∫₀¹ x² dx`: the bounds written as Unicode scripts (a whole number or a letter)."""
        bound = subscript_name(str(low))
        low = sp.Integer(int(bound)) if bound.isdigit() else symbol(bound)
        return sp.Integral(body, (self._integration_variable(dx), low,
                                  superscript_value(str(high))))

    def _number(self, text: str):
        text = text.replace(THOUSANDS, "").replace(DECIMAL_BRACE, "")  # 1,000 and 0{,}3
        if re.search(r"\d\s+[\d.]", text):
            joined = "".join(text.split())
            raise ParseError(f"digits separated by a space ({text.strip()}): write {joined} for "
                             "one number, or a × between numbers", self.text)
        if text.count(".") > 1:
            raise ParseError(f"a number with two decimal points: {text}", self.text)
        if len(text) > 300:
            raise ParseError("this number has more than 300 digits", self.text)
        if "." in text or "e" in text.lower():
            mantissa, _, power = text.lower().partition("e")
            if power and abs(int(power)) > MAX_EXPONENT:
                raise ParseError(f"the power of ten of this number is beyond ±{MAX_EXPONENT}",
                                 self.text)
            return sp.Float(text, max(15, len(mantissa)))
        return sp.Integer(int(text))

    @inline
    def sqrt(self, x):
        x, factor = self._tex_arg(x)
        return self._times(sp.Pow(x, sp.Rational(1, 2), evaluate=False), factor)

    @inline
    def root(self, n, x):
        x, factor = self._tex_arg(x)
        return self._times(sp.Pow(x, inverse(n), evaluate=False), factor)

    @inline
    def binom(self, n, k):
        n, k, factor = self._tex_args(
            n, k, "put an upper index of more than one digit in braces: \\binom{10}{k}")
        return self._times(sp.binomial(n, k, evaluate=False), factor)

    # |A| of a matrix written out is its determinant, as a vmatrix is
    abs = inline(lambda self, x: sp.Function("det")(x) if isinstance(x, MatrixLiteral)
                 else sp.Abs(x, evaluate=False))
    # |A ∩ B| of two sets: the size of their intersection, one name (its value given above)
    set_size = inline(lambda self, a, b: sp.Abs(symbol(f"{a}{b}"), evaluate=False))  # AB
    primed_name = inline(lambda self, head, prime: symbol(self._name_of(head) + str(prime)))
    infinity = inline(lambda self, token: sp.oo)
    ellipsis = inline(lambda self, token: ELLIPSIS)

    @v_args(meta=True)
    def text_side(self, meta, c):
        """`\\text{odds} = …`: a word standing alone as one side is a name."""
        return Part(self.text_atom(*c), self._span(meta))

    @inline
    def text_atom(self, token):
        m = re.match(r"\\\w+\s*\{(.*)\}$", str(token))
        return symbol(re.sub(r"\s+", "_", (m.group(1) if m else str(token)).strip()))

"""LaTeX braces are invisible: a bare {…} or \\cancel{…} splices its terms into the expression."""

from __future__ import annotations

from dataclasses import dataclass

import sympy as sp

from tutor.errors import ParseError

BRACES = "braces {…} are not brackets in LaTeX: write ( ) or \\left( \\right)"
SUMS = frozenset({"add", "sub", "plus_minus", "minus_plus"})
PRODUCTS = frozenset({"mul", "implicit_mul", "div"})
# rules that splice a braced group into their result; every other rule closes it into one value
SPLICING = SUMS | PRODUCTS | frozenset({"neg", "pos", "pm", "mp", "braced"})
# rules whose operand TeX shows without any bracket: `\lim {a + b}` shows lim a + b
ENDLESS = frozenset({"limit", "bigop", "bigop_of_negative", "bigop_unbounded", "derivative",
                     "partial_derivative", "pow", "factorial", "prime_of", "transpose"})
BIG_OPERATORS = frozenset({"bigop", "bigop_of_negative", "bigop_unbounded"})


@dataclass(frozen=True)
class Spliced:
    """Terms of a sum whose braces TeX does not show: `-{1+x}` is the terms (-1, x); the first
    term still takes what stands before it, the last what follows. `product`: a braced product
    `{2x}`, whose factors a power or a division would split."""

    terms: tuple
    product: bool = False
    signed: bool = False  # `{-yh}`, `\\cancel{+ yh}`: a term written with its sign


def braced(content, tree_child, text: str):
    """`{…}` in an expression: its terms spliced if it is a sum written inside the braces."""
    if isinstance(content, Spliced):
        return content
    rule = getattr(tree_child, "data", None)
    if rule in ("neg", "pos"):  # y \cancel{- y h}: TeX shows y - yh, a term of the sum
        return Spliced((content,), signed=True)
    if rule in SUMS and isinstance(content, sp.Add):
        return Spliced(tuple(content.args))
    if rule in PRODUCTS:
        return Spliced((content,), product=True)
    return content


def close(x, rule: str, text: str):
    """A braced group reaching a rule that does not splice: one value, or refused where TeX would
    show it running into what follows (`{a+b}^2` shows a+b²)."""
    if not isinstance(x, Spliced):
        return x
    if rule in ENDLESS and (len(x.terms) > 1 or x.product and rule not in BIG_OPERATORS):
        raise ParseError(BRACES, text)  # Σ_x {p(x) log p(x)}: Σ takes a whole product anyway
    if len(x.terms) == 1:
        return x.terms[0]
    return sp.Add(*x.terms, evaluate=False)


def _terms(x) -> tuple:
    return x.terms if isinstance(x, Spliced) else (x,)


def splice_product(op, a, b, text: str, divide: bool = False, implicit: bool = False):
    """a·b, a/b with either side braced: the last term of a meets the first term of b; a
    signed group written right after (`y {-yh}`, no operator) is a term of its own."""
    if not isinstance(a, Spliced) and not isinstance(b, Spliced):
        return op(a, b)
    if implicit and isinstance(b, Spliced) and b.signed:
        return Spliced(_terms(a) + b.terms)
    if divide and isinstance(b, Spliced) and (b.product or len(b.terms) > 1):
        raise ParseError(BRACES, text)
    ta, tb = _terms(a), _terms(b)
    return Spliced(ta[:-1] + (op(ta[-1], tb[0]),) + tb[1:])


def splice_sign(sign, x):
    """-{1+x} is -1 + x: the sign takes the first term only."""
    if not isinstance(x, Spliced):
        return sign(x)
    return Spliced((sign(x.terms[0]),) + x.terms[1:])


def splice_sum(sign, add, a, b):
    """a - {b+c} is a - b + c: the operator's sign takes the first term of b only."""
    ta, tb = _terms(a), _terms(b)
    total = ta[0]
    for t in ta[1:]:
        total = add(total, t)
    total = add(total, sign(tb[0]))
    for t in tb[1:]:
        total = add(total, t)
    return total

"""Leibniz fractions of a higher order or at a point (`\\frac{d^2 (x^3)}{dx^2}`, `d f(a)/dx`);
primes on a bracket in a statement of a rule (`(fg)' = f'g + fg'`)."""

from __future__ import annotations

import re
import unicodedata

import sympy as sp

from tutor.compat import AppliedUndef
from tutor.errors import ParseError, Undecidable
from tutor.names import PRIME, function
from tutor.vocabulary import GREEK_UNICODE

_ACCENTS = {"\u0302": "hat", "\u0304": "bar", "\u0303": "tilde"}  # ŷ, x̄, w̃ (decomposed)
_ACCENT = re.compile("(\\\\[a-zA-Z]+ |[A-Za-z])([\u0302\u0304\u0303])")

MAX_ORDER = 3


def greek_spelled(token) -> str:
    """A Leibniz token with its Greek letters spelled as TeX's (`dℓ/dλ`: `dl/d\\lambda`) and a
    Unicode accent as the name's subscript (`dL/dŷ`: in y_{hat}, as \\hat{y} is named), the
    way the readers of `d…/d…` and `∂…/∂…` name a variable."""
    text = unicodedata.normalize("NFD", str(token))
    text = "".join(f"\\{GREEK_UNICODE[ch]} " if ch in GREEK_UNICODE else ch for ch in text)
    if not _ACCENT.search(text):
        return text
    return _ACCENT.sub(lambda m: f"{m.group(1).rstrip()}_{{{_ACCENTS[m.group(2)]}}}", text)


def _is_d(x) -> bool:
    return isinstance(x, sp.Symbol) and x.name == "d"


def _d_power(x) -> int:
    """k when x is d^k (d alone: 1), else 0."""
    if _is_d(x):
        return 1
    if isinstance(x, sp.Pow) and _is_d(x.base) and x.exp.is_Integer and 1 < x.exp <= MAX_ORDER:
        return int(x.exp)
    return 0


def _variable(den) -> tuple[sp.Symbol, int] | None:
    """(x, k) of a denominator d·x^k (d·x for k = 1), else None."""
    if not (isinstance(den, sp.Mul) and len(den.args) == 2 and _is_d(den.args[0])):
        return None
    var = den.args[1]
    if isinstance(var, sp.Symbol):
        return var, 1
    if isinstance(var, sp.Pow) and isinstance(var.base, sp.Symbol) and var.exp.is_Integer \
            and 1 < var.exp <= MAX_ORDER:
        return var.base, int(var.exp)
    return None


def refuse_letter_order(num, den, text: str) -> None:
    """`\\frac{d^{n-1}}{dx^{n-1}}`: a derivative whose order is a letter, not a number; never
    the fraction d^(n-1)/(d·x^(n-1)). Not worked out here (Undecidable), so not claimed."""
    if not (isinstance(num, sp.Pow) and _is_d(num.base) and num.exp.free_symbols):
        return
    if isinstance(den, sp.Mul) and len(den.args) == 2 and _is_d(den.args[0]) and isinstance(
            den.args[1], sp.Pow) and den.args[1].exp == num.exp:
        raise Undecidable(f"a derivative of order {num.exp} (a letter, not a number) is not "
                          "worked out here", text)


def leibniz_at_order(num, den):
    """The derivative a fraction d^k(…)/(d·x^k) writes for k ≥ 2, or a function of another
    point (`\\frac{d LL(\\hat\\lambda)}{d\\lambda}`: the derivative taken at that point); None
    otherwise (first order: NotationRules.leibniz). A product d·(…)/(d·x) is never meant."""
    found = _variable(den)
    if found is None or not isinstance(num, sp.Mul) or len(num.args) < 2:
        return None
    var, order = found
    if _d_power(num.args[0]) != order:
        return None
    operand = sp.Mul(*num.args[1:], evaluate=False) if len(num.args) > 2 else num.args[1]
    if isinstance(operand, AppliedUndef) and len(operand.args) == 1 and \
            var not in operand.free_symbols:
        return sp.Subs(sp.Derivative(operand.func(var), (var, order)), var, operand.args[0])
    if order == 1:  # dL/dŷ, d(x^2 + 1)/dx: the first-order rule (NotationRules.leibniz)
        return None
    return sp.Derivative(operand, (var, order), evaluate=False)  # as \frac{d}{dx}(y^2) is


def rule_prime(expr, order: int, text: str, names: list | None = None):
    """`(fg)'`, `(f/g)'` in a statement of a rule: f and g are functions of one variable and
    f' their derivative (the name fʹ, as `f'` alone is read), so (fg)' is fʹg + fgʹ; `names`:
    the functions when given (u of `(u^a)' = a·u^(a-1)·u'`, a a constant)."""
    names = names or sorted(expr.free_symbols, key=lambda s: s.name)
    if not names and getattr(expr, "is_number", False):  # (3)' = 0: a number's, in any variable
        return sp.Derivative(expr, (sp.Symbol("x"), order), evaluate=False)
    if not names or order > 2 or not all(
            len(s.name) == 1 and s.name.islower() and s.name not in "xyzte" for s in names):
        raise ParseError("a prime on a bracket needs exactly one variable inside it", text)
    t = sp.Dummy("t")
    calls = {s: function(s.name)(t) for s in names}  # the names the reader made: safe
    derivative = sp.diff(expr.xreplace(calls), t, order)
    primed = {sp.Derivative(c, (t, k)): sp.Symbol(s.name + PRIME * k)
              for s, c in calls.items() for k in (2, 1)}
    return derivative.xreplace(primed).xreplace({c: s for s, c in calls.items()})

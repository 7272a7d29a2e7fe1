"""`dσ/dx = dσ/du · du/dx`, `∂L/∂w = ∂L/∂ŷ · ∂ŷ/∂z · ∂z/∂w`: the chain rule written out in
Leibniz's notation, told from a product of derivatives that does not link up.

Each fraction is read as the derivative of a function of its own lower letter (dσ/du as σ(u)),
but in the chain rule the letters stand for quantities along one chain of dependence (σ of u,
u of x): the product is the chain rule when it telescopes from the left side's quantity to
its variable, each factor's variable the next factor's quantity.
"""

from __future__ import annotations

import unicodedata

import sympy as sp

from tutor.compat import AppliedUndef
from tutor.names import written_name
from tutor.vocabulary import GREEK

MOST_FACTORS = 6  # a chain dL/dŷ · dŷ/dz · dz/dw of a network is a few links long
_ACCENT_MARKS = {"hat": "\u0302", "bar": "\u0304", "tilde": "\u0303"}
_LETTERS = {"sigmoid": "σ", **{name: letter for name, letter, _ in GREEK if letter}}


def _link(expr) -> tuple[str, sp.Symbol] | None:
    """(the quantity's name, the variable) of a first derivative d/dv F(v), else None."""
    if not isinstance(expr, sp.Derivative) or len(expr.variable_count) != 1:
        return None
    (var, order), inner = expr.variable_count[0], expr.expr
    if order != 1 or not isinstance(var, sp.Symbol) or not isinstance(
            inner, (AppliedUndef, sp.Function)) or inner.args != (var,):
        return None
    return getattr(inner.func, "__name__", None), var


def _chain_links(a, b) -> list[tuple[str, sp.Symbol]] | None:
    """The links (quantity, variable) of b when a is dF/dx and b a product of 2 to 6 first
    derivatives of quantities (in any order); None when a or b has another shape."""
    start = _link(a)
    factors = list(b.args) if isinstance(b, sp.Mul) else []
    links = [_link(f) for f in factors]
    if start is None or not 1 < len(links) <= MOST_FACTORS or None in links:
        return None
    return [start, *links]


def chain_walk(a, b) -> tuple[list[sp.Symbol], bool] | None:
    """The quantities b leads through from a's quantity, factor by factor ([L(w), ŷ, z, w] for
    ∂L/∂w = ∂L/∂ŷ · ∂ŷ/∂z · ∂z/∂w), and whether it telescopes to a's variable with every
    factor used; None when a, b have another shape."""
    links = _chain_links(a, b)
    if links is None:
        return None
    (name, end), rest = links[0], links[1:]
    path = [a.expr]  # the quantity as applied: σ(t), L(w)
    while rest:
        nxt = next((k for k in rest if k[0] == name), None)
        if nxt is None:
            return path, False
        rest.remove(nxt)
        name = nxt[1].name
        path.append(nxt[1])
    return path, name == end.name


def chain_rule_said(a, b) -> str | None:
    """What a = b is when it has the shape of a chain rule in Leibniz's notation: the chain
    rule written out (its factors lead from a's quantity to a's variable), or a product that
    does not link up (where it breaks named); None for any other shape."""
    walk = chain_walk(a, b)
    if walk is None:
        return None
    path, whole = walk
    start = _shown(a.expr.func.__name__)
    if whole:
        through = ", ".join(_shown(q.name) for q in path[1:-1])
        return (f"the chain rule written out ({start} through {through} to "
                f"{_shown(path[-1].name)}): right when each quantity depends on the one "
                "before it only through the next, which the text does not say")
    stuck = _shown(path[-1].name) if len(path) > 1 else start
    return (f"not the chain rule as written: the factors do not lead from {start} to "
            f"{_shown(a.variables[0].name)} (nothing goes on from {stuck}); a factor missing or "
            "one too many?")


def chain_rule_in_line(chains) -> str | None:
    """chain_rule_said of a line whose one claim is a chain rule's shape (∂L/∂w = ∂L/∂a ·
    ∂a/∂w, nothing after it); None otherwise."""
    if len(chains) != 1 or len(chains[0].parts) != 2:
        return None
    return chain_rule_said(chains[0].parts[0].expr, chains[0].parts[1].expr)


def _shown(name: str) -> str:
    """ŷ of y_hat, σ of sigmoid, A_2 of A_2: a quantity's name as the learner writes it."""
    base, _, accent = written_name(name).rpartition("_")
    if accent in _ACCENT_MARKS and base:
        name = unicodedata.normalize("NFC", base + _ACCENT_MARKS[accent])
    return _LETTERS.get(name, name)

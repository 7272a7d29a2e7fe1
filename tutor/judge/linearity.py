"""Expectations by linearity alone: E_{x∼p}[a f(x) + b g(x)] = a E[f(x)] + b E[g(x)] for any f, g
(the KL divergence split into two expectations of logs), with constants taken out."""

from __future__ import annotations

import re

import sympy as sp

from tutor.compat import AppliedUndef
from tutor.judge.quick_zero import proved_zero
from tutor.model import Verdict
from tutor.trees import nodes_of

# E, 𝔼 with the variable drawn below it (`\mathbb{E}_{x \sim p}` reads as E_xsimp, E_x; P(x))
_EXPECTATION = re.compile(r"E(?:_(?P<drawn>[a-zA-Z])(?:sim[a-zA-Z]*(?:_28_[a-zA-Z]_29_)?)?)?")
_RANDOM_LETTER = re.compile(r"[A-DF-Z](_\w+)?")


def by_linearity(a, b, same=None) -> Verdict | None:
    """`equal` when `a` and `b` agree once every expectation is split over the terms of its
    argument (constants, free of the random variables, taken out), or when the expectations
    left are of arguments that combine to 0 (`same(f, 0)`: E[ln(N₁/N₂)] = E[½ ln(σ₂²/σ₁²) −
    …]); None otherwise (no such expectation, or a difference linearity alone cannot remove:
    no refutation)."""
    calls = [c for side in (a, b) for c in nodes_of(side, AppliedUndef) if _drawn(c) is not None]
    if not calls or len({c.func.__name__ for c in calls}) > 1:
        return None
    try:
        difference = sp.expand(_split(a) - _split(b))
    except (TypeError, ValueError, sp.PolynomialError):
        return None
    if difference == 0:
        return Verdict("equal", LINEAR)
    return _arguments_cancel(difference, same) if same is not None else None


def _arguments_cancel(difference, compared) -> Verdict | None:
    """The split expectations of `difference` as one of the sum of their arguments, a constant
    outside them counted as its own mean (E[c] = c): equal when that sum is 0; when it holds
    nothing drawn, it is its own mean, so the comparison of it with 0 decides (a slip in a
    constant, ½ ln(σ₂²/σ₁²) for ½ ln(σ₁²/σ₂²), is found). None otherwise."""
    means = [e for e in nodes_of(difference, AppliedUndef) if e.func.__name__.startswith("𝔼")]
    named = [e for e in means if (m := _EXPECTATION.fullmatch(e.func.__name__[1:]))
             and m.group("drawn")]
    drawn = {sp.Symbol(_EXPECTATION.fullmatch(e.func.__name__[1:]).group("drawn"))
             for e in named} | {s for e in means for s in e.args[0].free_symbols
                                if _RANDOM_LETTER.fullmatch(s.name)}
    if any(not difference.coeff(e).is_number for e in means if e not in named):
        return None  # E[m log X] - m E[log X]: under a bare E, m may be random too
    split = _weighed(difference, {e: e.args[0] for e in means})
    if split is None or split[0].free_symbols & drawn:
        return None  # not linear in the means, or a drawn variable outside them
    total = split[1] + split[0]
    if _zero_as_densities(total):
        return Verdict("equal", LINEAR)
    verdict = compared(total, sp.Integer(0))
    if verdict.status == "equal" or verdict.status == "not_equal" and not (
            total.free_symbols & drawn):
        return Verdict(verdict.status, LINEAR if verdict.status == "equal" else verdict.method,
                       reason=verdict.reason, witness=verdict.witness)
    return None


def _drawn(call) -> frozenset | None:
    """The random variables of an expectation call (x of E_{x∼p}; the capital letters of E[…]),
    or None when the call is no expectation: E(w) of lowercase names may be an error or energy
    function of w, never split."""
    m = _EXPECTATION.fullmatch(call.func.__name__)
    if m is None or len(call.args) != 1:
        return None
    if m.group("drawn"):
        return frozenset({sp.Symbol(m.group("drawn"))})
    capitals = {s for s in call.args[0].free_symbols if _RANDOM_LETTER.fullmatch(s.name)}
    return frozenset(capitals) if capitals else None


def _split(expr):
    """`expr` with each expectation written as a sum of constants times expectations of terms:
    under E_{x∼p} every factor free of x is a constant (the subscript says what is drawn); under
    a bare E only numbers are (a lowercase name may be a random variable declared above)."""
    def linear(call):
        drawn = _drawn(call)
        if drawn is None:
            return call
        mean = sp.Function(f"𝔼{call.func.__name__}")
        total = sp.Integer(0)
        named = _EXPECTATION.fullmatch(call.func.__name__).group("drawn") is not None
        for term in sp.Add.make_args(sp.expand(call.args[0], deep=False)):
            constant, rest = term.as_independent(*drawn, as_Add=False)
            if constant.free_symbols and not named:  # E[m log X]: m may be random too
                constant, rest = term.as_coeff_Mul()
            total += constant * (mean(rest) if rest != 1 else 1)
        return total
    return expr.replace(lambda e: isinstance(e, AppliedUndef) and _drawn(e) is not None, linear)


INTEGRANDS_AGREE = "the integrands agree (integrals over one range)"
LINEAR = "by linearity of the expectation (constants taken out, sums split)"


def by_integrands(a, b, same) -> Verdict | None:
    """`equal` when `a` and `b` are sums of constants times integrals over one range and the
    integrands so combined are the same function (`same(f, g)`): ∫_x p log(1/p) dx is
    -∫_x p log p dx whatever the range. None otherwise: integrals of unequal functions may
    still agree over some range, so this never refutes."""
    integrals = nodes_of(a, sp.Integral) | nodes_of(b, sp.Integral)
    if not integrals or len({i.limits for i in integrals}) != 1:
        return None
    variables = {v[0] for v in next(iter(integrals)).limits}
    split = _weighed(a - b, {i: i.function for i in integrals})
    if split is None or split[0] != 0 or variables & (a.free_symbols | b.free_symbols):
        return None  # a term outside the integrals, or one not linear in them
    weight = split[1]
    if _zero_as_densities(weight) or same(weight, sp.Integer(0)).status == "equal":
        return Verdict("equal", INTEGRANDS_AGREE)  # (where each is defined: judged so)
    return None


def _weighed(expr, insides: dict) -> tuple | None:
    """(what stands outside, the sum of the insides with their coefficients) of `expr`, a sum
    of constants times the nodes of `insides` (integrals, means) and of terms without them;
    None when it is not linear in them."""
    measure = sp.Dummy("measure")
    try:
        inside = sp.expand(expr.xreplace({node: measure * body for node, body in insides.items()}))
    except (TypeError, ValueError):
        return None
    rest, weight = inside.subs(measure, 0), inside.coeff(measure)
    return None if weight.has(measure) else (rest, weight)


def _zero_as_densities(expr) -> bool:
    """`-p log p - p log(1/p)` is 0 with each unknown function's value a positive number (the
    log of a density is taken where it is positive): a quick proof before points are drawn."""
    calls = nodes_of(expr, AppliedUndef)
    if not calls:
        return False
    positive = {c: sp.Dummy(c.func.__name__, positive=True) for c in calls}
    return proved_zero(sp.expand_log(expr.xreplace(positive)))

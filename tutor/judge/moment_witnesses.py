"""A witness for a claim about moments: a random finite distribution for which its sides
differ, tried only when no non-degenerate rescaling of that distribution makes them agree."""

from __future__ import annotations

import random
from dataclasses import dataclass
from fractions import Fraction

import sympy as sp

from tutor.judge.moments import is_moment, monomial_of
from tutor.model import Verdict

ATOMS, TRIES = 5, 4  # support points of a random distribution, distributions tried


def refuted(diff, rvs: set) -> Verdict:
    """A witness distribution for an arbitrary random variable, or unknown."""
    rng = random.Random(12)
    constants = {s: sp.Rational(rng.randint(2, 9), rng.randint(1, 4))
                 for s in diff.free_symbols if not is_moment(s)}
    for _ in range(TRIES):
        law = _random_law(sorted(rvs, key=sp.default_sort_key), rng)
        if _holds_when_rescaled(diff.xreplace(constants), law):
            return Verdict("unknown", reason="holds for some distributions only: it depends on "
                           "which distribution the text means")
        value = _at(diff.xreplace(constants), law, sp.Integer(1), sp.Integer(0))
        if value != 0:
            return Verdict("not_equal", f"rules of expectation: a counterexample is {_shown(law)}",
                           witness={"distribution": _shown(law)})
    return Verdict("unknown", reason="no counterexample found among random distributions")


@dataclass
class _Law:
    names: list
    atoms: list  # (probability, values of the names)


def _random_law(names: list, rng: random.Random) -> _Law:
    weights = [rng.randint(1, 6) for _ in range(ATOMS)]
    total = sum(weights)
    atoms = [(Fraction(w, total), [rng.randint(-3, 5) for _ in names]) for w in weights]
    return _Law(names, atoms)


def _at(diff, law: _Law, scale, shift, only=None):
    """diff with its moments taken under the law of scale·X + shift (each random variable, or
    the variable `only` alone)."""
    values = {}
    for s in diff.free_symbols:
        if not is_moment(s):
            continue
        monomial = monomial_of(s)
        total = sp.Integer(0)
        for p, point in law.atoms:
            at = {n: scale * v + shift if only in (None, n) else v
                  for n, v in zip(law.names, point, strict=True)}
            total += sp.Rational(p.numerator, p.denominator) * monomial.xreplace(at)
        values[s] = total
    return sp.expand(diff.xreplace(values))


def _holds_when_rescaled(diff, law: _Law) -> bool:
    """Whether diff vanishes for some non-degenerate scale·X + shift of the law, of all the
    variables or of one alone (Var(Y) = 9Var(X) holds for Y = 3X): then the claim may be true
    of the distribution the text means."""
    return any(_holds_when_one_rescaled(diff, law, only)
               for only in [None, *(law.names if len(law.names) > 1 else [])])


def _holds_when_one_rescaled(diff, law: _Law, only) -> bool:
    t, s = sp.Symbol("t"), sp.Symbol("s")
    rescaled = _at(diff, law, t, s, only)
    if rescaled.free_symbols - {t, s}:
        return True  # something not instantiated: do not refute
    for fixed_t in (1, -1, 2, sp.Rational(1, 3)):
        if _has_real_root(rescaled.subs(t, fixed_t), s):
            return True
    for fixed_s in (0, 1, -2):
        if _has_real_root(rescaled.subs(s, fixed_s), t, avoid_zero=True):
            return True
    return False


def _has_real_root(expr, var, avoid_zero: bool = False) -> bool:
    expr = sp.expand(expr)
    if expr == 0:
        return True
    try:
        poly = sp.Poly(expr, var)
    except sp.PolynomialError:  # |t| of σ(tX) = √(t²)…: not a polynomial, so never refuted
        return True
    if poly.degree() <= 0:
        return False
    roots = sp.real_roots(poly)
    return any(r != 0 for r in roots) if avoid_zero else bool(roots)


def _shown(law: _Law) -> str:
    names = ", ".join(n.name for n in law.names)
    points = "; ".join(f"({', '.join(map(str, v))}) with probability {p}" for p, v in law.atoms)
    return f"({names}) taking {points}" if len(law.names) > 1 else \
        f"{names} taking " + "; ".join(f"{v[0]} with probability {p}" for p, v in law.atoms)

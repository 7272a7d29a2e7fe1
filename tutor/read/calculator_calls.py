"""`dbinom(3, 10, 0.5)`, `ppois(2, 4)`, `binompdf(10, 0.5, 3)`: an R or TI-84 distribution
function called on numbers is the probability it computes (its exact value), never an unknown."""

from __future__ import annotations

import sympy as sp

from tutor.functions import binomial_mass, normal_cdf, poisson_mass


def _sum_to(term, top, *rest):
    """term(0, …) + … + term(top, …): a distribution function as its masses added."""
    return sp.Add(*(term(i, *rest) for i in range(int(top) + 1)))


def _pnorm(x, mean=sp.S.Zero, sd=sp.S.One):
    return normal_cdf((x - mean) / sd, evaluate=False) if sd > 0 else None


# name -> (how many arguments it takes (fewest, most), the value, which arguments are counts)
_CALLS = {
    "dbinom": ((3, 3), binomial_mass, (0, 1)),
    "pbinom": ((3, 3), lambda q, n, p: _sum_to(binomial_mass, q, n, p), (0, 1)),
    "dpois": ((2, 2), poisson_mass, (0,)),
    "ppois": ((2, 2), lambda q, rate: _sum_to(poisson_mass, q, rate), (0,)),
    "dgeom": ((2, 2), lambda k, p: p * (1 - p) ** k, (0,)),  # R counts the failures first
    "pgeom": ((2, 2), lambda k, p: 1 - (1 - p) ** (k + 1), (0,)),
    "pnorm": ((1, 3), _pnorm, ()),
    "pexp": ((1, 2), lambda x, rate=sp.S.One: 1 - sp.exp(-rate * x), ()),
    # TI-84: the parameters first, the outcome last
    "binompdf": ((3, 3), lambda n, p, k: binomial_mass(k, n, p), (0, 2)),
    "binomcdf": ((3, 3), lambda n, p, k: _sum_to(binomial_mass, k, n, p), (0, 2)),
    "poissonpdf": ((2, 2), lambda rate, k: poisson_mass(k, rate), (1,)),
    "poissoncdf": ((2, 2), lambda rate, k: _sum_to(poisson_mass, k, rate), (1,)),
    "geometpdf": ((2, 2), lambda p, k: p * (1 - p) ** (k - 1), (1,)),  # trials to the first
    "geometcdf": ((2, 2), lambda p, k: 1 - (1 - p) ** k, (1,)),
}
_CHANCES = {"dbinom": 2, "pbinom": 2, "dgeom": 1, "pgeom": 1, "binompdf": 1, "binomcdf": 1,
            "geometpdf": 0, "geometcdf": 0}  # the argument that is a probability
_RATES = {"dpois": 1, "ppois": 1, "poissonpdf": 0, "poissoncdf": 0, "pexp": 1}  # positive
_MOST_TERMS = 1000  # a distribution function summed over more outcomes is not worked out


def calculator_call(name: str, args: list, defined) -> sp.Basic | None:
    """The value of an R / TI-84 distribution function on numbers it accepts; None for
    anything else (a name the document defines, an argument that is no number, a count that
    is no whole number, a probability outside [0, 1], a rate that is not positive)."""
    known = _CALLS.get(name)
    if known is None or name in defined:
        return None
    (fewest, most), value, counts = known
    if not fewest <= len(args) <= most or not all(
            isinstance(a, sp.Expr) and a.is_number and a.is_real for a in args):
        return None
    exact = [sp.nsimplify(a, rational=True) if a.is_Float else a for a in args]
    return value(*exact) if _accepted(name, exact, counts) else None


def _accepted(name: str, exact: list, counts: tuple) -> bool:
    """Whether the function takes these numbers: whole counts (not too many outcomes), a
    probability in [0, 1], no more successes than trials, a positive rate, one trial at least."""
    if any(not (exact[i].is_integer and 0 <= exact[i] <= _MOST_TERMS) for i in counts):
        return False
    chance, rate = _CHANCES.get(name), _RATES.get(name)
    if chance is not None and not bool(0 <= exact[chance] <= 1):
        return False
    if rate is not None and rate < len(exact) and not bool(exact[rate] > 0):
        return False
    if name in ("dbinom", "pbinom") and exact[0] > exact[1]:
        return False  # more successes than trials
    if name in ("binompdf", "binomcdf") and exact[2] > exact[0]:
        return False
    return not (name.startswith("geomet") and exact[1] < 1)  # the trials up to a success

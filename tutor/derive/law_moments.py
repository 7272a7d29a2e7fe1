"""The families of laws by name, with the mean and variance of their parameters, and the moments
of laws described in words (`X is binomial with n = 10 and p = 0.3`), read by the grammar."""

from __future__ import annotations

from functools import lru_cache

import sympy as sp

from tutor.compat import AppliedUndef
from tutor.derive.finite_laws import FAMILY as FINITE
from tutor.derive.finite_laws import finite_moments
from tutor.errors import TutorError
from tutor.judge.decimals import exact
from tutor.judge.moments import moment
from tutor.read.parser import parse_chains

# family -> (parameter names as usually written, mean, variance) of its parameters
_FAMILIES = {
    ("Bin", "Binomial", "Binom", "B"): (("n", "p"), lambda n, p: n * p,
                                       lambda n, p: n * p * (1 - p)),
    ("Bern", "Ber", "Bernoulli"): (("p",), lambda p: p, lambda p: p * (1 - p)),
    ("Poisson", "Poiss", "Pois", "Poi", "Po"): (("lambda",), lambda lam: lam, lambda lam: lam),
    ("N", "Normal", "Gaussian"): (("mu", "sigma^2"), lambda mu, v: mu, lambda mu, v: v),
    ("Uniform_", "Uniform", "Unif", "U"): (("a", "b"), lambda a, b: (a + b) / 2,
                                          lambda a, b: (b - a) ** 2 / 12),
    ("Exp", "Exponential"): (("lambda",), lambda lam: 1 / lam, lambda lam: 1 / lam ** 2),
    ("Geom", "Geometric", "Geo"): (("p",), lambda p: 1 / p, lambda p: (1 - p) / p ** 2),
    ("GeomTrials",): (("p",), lambda p: 1 / p, lambda p: (1 - p) / p ** 2),  # said in words
    ("DUniform",): (("a", "b"), lambda a, b: (a + b) / 2,  # each of a, a + 1, …, b
                    lambda a, b: ((b - a + 1) ** 2 - 1) / 12),
    ("Moments",): (("m_1", "m_2"), lambda m1, m2: m1, lambda m1, m2: m2 - m1 ** 2),  # a table
}
FAMILIES = {name: law for names, law in _FAMILIES.items() for name in names}


def described_moments(described: tuple) -> dict:
    """{E[X]: mean, E[X²]: second moment} of each law described in words, its arguments
    read by the grammar (`p`, `0.3`, `\\lambda`); a law that cannot be read gives nothing."""
    known = {}
    for name, law in described:
        moments = _law_moments(name, *law)
        if moments:
            known.update(moments)
    return known


@lru_cache(maxsize=256)
def _law_moments(name: str, family: str, texts: tuple) -> dict | None:
    if family == FINITE:  # values with their probabilities, in words
        return finite_moments(name, texts)
    args = law_arguments(family, texts)
    if args is None:
        return None
    _, mean, variance = FAMILIES[family]
    m, v = sp.simplify(mean(*args)), sp.simplify(variance(*args))
    x = sp.Symbol(name)
    return {moment(x): m, moment(x ** 2): sp.expand(v + m ** 2)}


@lru_cache(maxsize=64)
def named_law(family: str) -> tuple:
    """(family, mean, variance) in the family's usual letters (n, p; λ) of a family the prose
    names with no variable ("binomial"), or () (see tutor.judge.named_laws)."""
    if family == "Die":  # a fair die: each of 1, …, 6
        return family, sp.Rational(7, 2), sp.Rational(35, 12)
    params = FAMILIES.get(family, ((),))[0]
    args = law_arguments(family, tuple(_USUAL_LETTERS.get(p, p) for p in params))
    if not params or args is None:
        return ()
    _, mean, variance = FAMILIES[family]
    return family, sp.simplify(mean(*args)), sp.simplify(variance(*args))


_USUAL_LETTERS = {"lambda": "\\lambda", "mu": "\\mu", "sigma^2": "\\sigma^2"}


@lru_cache(maxsize=256)
def law_arguments(family: str, texts: tuple) -> tuple | None:
    """The arguments of a law described in words, read by the grammar; None when one cannot
    be read or the family is not known."""
    if family not in FAMILIES or len(texts) != len(FAMILIES[family][0]):
        return None
    args = []
    for text in texts:
        try:
            chains = parse_chains(text, "latex")
        except (TutorError, RecursionError, ValueError):
            return None
        if len(chains) != 1 or chains[0].links or chains[0].parts[0].expr.atoms(AppliedUndef):
            return None
        args.append(exact(chains[0].parts[0].expr))
    return tuple(args)

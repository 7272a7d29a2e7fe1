"""μ beside a random variable with no value given: its mean, by the letter (`⟨(X − μ)²⟩ =
E[(X − E(X))²]`), a reading a refutation must rule out."""

from __future__ import annotations

import sympy as sp

from tutor.judge.random_variables import Knowledge, judge_moments, random_names
from tutor.model import Verdict


def unless_mu_is_the_mean(verdict: Verdict, a, b, known: Knowledge) -> Verdict:
    """`verdict`, made unknown (with why) when it refutes a = b only if μ is not the mean."""
    if verdict.status != "not_equal" or not _mean_reading_holds(a, b, known):
        return verdict
    return Verdict("unknown", reason="holds if μ is the mean of the random variable (E[X]), as "
                                     "its letter says: not checked")


def _mean_reading_holds(a, b, known: Knowledge) -> bool:
    """`⟨(X − μ)²⟩ = E[(X − E(X))²]` with no μ given: a slip only if μ is not X's mean, which
    the letter says it is (one random variable X; μ or μ_X with no value stated)."""
    letters = {s for side in (a, b) for s in random_names(side)}
    mus = {s for side in (a, b) for s in side.free_symbols if s.name in ("mu", "mu_X")
           and s not in known.values}
    if len(letters) != 1 or not mus:
        return False
    mean = sp.Function("E")(next(iter(letters)))
    verdict = judge_moments(a.xreplace(dict.fromkeys(mus, mean)),
                            b.xreplace(dict.fromkeys(mus, mean)), known)
    return verdict is not None and verdict.status != "not_equal"

"""A moment confirmed by a family of laws the prose names with no variable ("## Binomial", then
`E[X] = np`): the family's mean and variance, in its usual letters, close the difference.

A name in the prose only confirms: a difference left is no refutation (the name may be of
another variable, or the writer's letters may mean other things), so then nothing is said."""

from __future__ import annotations

import sympy as sp

from tutor.judge.moment_checks import float_noise
from tutor.judge.moments import moment
from tutor.model import Verdict

_SPOKEN = {"Binomial": "binomial law", "Geom": "geometric law", "Exp": "exponential law",
           "Die": "fair die"}
_DECLARED = {"Binomial": "Bin(n, p)", "Bernoulli": "Bern(p)", "Poisson": "Poisson(λ)",
             "Geom": "Geom(p)", "Exp": "Exp(λ)"}


def by_named_family(firm, undeclared: set, named: tuple, values: dict) -> Verdict | None:
    """equal when the moments of the one random variable left, taken from the family `named`
    (family, mean, variance), make `firm` (the difference of the sides) vanish; else unknown,
    saying what the family has (its letters may have values the text does not give); None
    when no family is named or the claim is not about one variable."""
    if not named or len(undeclared) != 1:
        return None
    family, mean, variance = named
    x = next(iter(undeclared))
    moments = {moment(x): mean, moment(x ** 2): sp.expand(variance + mean ** 2)}
    closed = sp.expand(firm.xreplace(moments).xreplace(values))
    spoken = _SPOKEN.get(family, f"{family} law")
    if closed != 0 and not (closed.is_number and float_noise(closed)):
        return Verdict("unknown", reason=f"a value of a distribution described in the text: not "
                       f"checked (the {spoken} it names has mean {_written(mean)} and "
                       f"variance {_written(variance)}; {_how_to_declare(family, x)} to "
                       "have it checked)")
    letters = ", ".join(sp.pretty(s) for s in sorted((mean + variance).free_symbols, key=str))
    return Verdict("equal", f"by the mean and variance of the {spoken} the text names "
                   "here" + (f", in its usual letters ({letters})" if letters else ""))


def _how_to_declare(family: str, x) -> str:
    if family == "Die":
        return f"say '{x} is the score of a fair die'"
    return f"declare {x} ~ {_DECLARED[family]}"


def _written(expr) -> str:
    """A moment as notes write it: `n·p·(1 - p)`, `(1 - p)/p^2`, `1/λ^2`."""
    top, bottom = sp.fraction(sp.together(expr))
    text = _plain(top, top.is_Add) + ("" if bottom == 1 else "/" + _plain(bottom, bottom.is_Add
                                                                          or bottom.is_Mul))
    return text.replace("lambda", "λ")


def _plain(expr, wrapped: bool) -> str:
    text = sp.sstr(expr).replace("**", "^").replace("*", "·")
    return f"({text})" if wrapped else text

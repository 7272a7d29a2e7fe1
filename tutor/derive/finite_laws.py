"""A law given by its values and their probabilities in words ("$X$ takes the values $0, 1, 2$
with probabilities $\\frac14, \\frac12, \\frac14$"): its mean and second moment."""

from __future__ import annotations

import sympy as sp

from tutor.compat import AppliedUndef
from tutor.errors import TutorError
from tutor.judge.decimals import exact
from tutor.judge.moments import moment
from tutor.read.parser import parse_chains

FAMILY = "Finite"   # the family name of such a law in tutor.notes.described_laws
MAX_VALUES = 12


def finite_moments(name: str, texts: tuple) -> dict | None:
    """{E[X]: Σ v·p, E[X²]: Σ v²·p} of values and probabilities (texts: the values, then as
    many probabilities), read by the grammar; None unless each is a number, the
    probabilities lie in [0, 1] and add up to 1 exactly."""
    half = len(texts) // 2
    if len(texts) % 2 or not 2 <= half <= MAX_VALUES:
        return None
    numbers = [_number(t) for t in texts]
    if any(n is None for n in numbers):
        return None
    values, chances = numbers[:half], numbers[half:]
    if any(not (0 <= p <= 1) for p in chances) or sp.Add(*chances) != 1:
        return None
    x = sp.Symbol(name)
    return {moment(x): sp.Add(*(v * p for v, p in zip(values, chances, strict=True))),
            moment(x ** 2): sp.Add(*(v ** 2 * p for v, p in zip(values, chances, strict=True)))}


def _number(text: str):
    """The exact number a text writes (`\\frac{1}{4}`, `0.25`, `-1`), else None."""
    try:
        chains = parse_chains(text, "latex")
    except (TutorError, RecursionError, ValueError):
        return None
    if len(chains) != 1 or chains[0].links:
        return None
    value = exact(chains[0].parts[0].expr).doit()   # \frac{1}{4} is read unevaluated
    if value.atoms(AppliedUndef) or not value.is_number or not value.is_real:
        return None
    return value if value.is_Rational else None

"""P(X = k), P(X > k) under a family the prose names with no variable (`## Binomial`, then
`P(X = 0) = (1-p)^n`): its masses in the family's usual letters, with the numbers given, confirm
a step; they never refute it (the name may be another variable's), as its moments do."""

from __future__ import annotations

from functools import lru_cache

import sympy as sp

from tutor.judge.decimals import exact
from tutor.judge.equivalence import compare
from tutor.judge.moments import RANDOM_NAME
from tutor.judge.probabilities import probability_atoms, probability_masses
from tutor.model import StepResult
from tutor.read.parser import parse

_SPOKEN = {"Binomial": "binomial", "Geom": "geometric", "Poisson": "Poisson",
           "Bernoulli": "Bernoulli"}
# a geometric law named so counts the trials to the first success (one of failures is left
# unnamed: tutor.notes.named_families), as a law described in words does
_AS_DECLARED = {"Geom": "GeomTrials"}
_LETTERS = {"Binomial": ("n", "p"), "Geom": ("p",), "Poisson": ("\\lambda",), "Bernoulli": ("p",)}


def named_mass(walker, ln, ea, op: str, eb, b) -> StepResult | None:
    """ok when `ea` (probabilities of one random variable whose law is not declared) is `eb`
    by the masses of the family named where the walk stands (`walker.described`), its letters
    given the numbers in force; else None (the step is judged as before)."""
    family = dict(walker.described).get("", ("",))[0]
    if op not in ("=", "~=") or family not in _SPOKEN or not probability_atoms(ea):
        return None
    variables = {x for atom in probability_atoms(ea) for event in atom.args
                 for x in getattr(event, "free_symbols", ())
                 if isinstance(x, sp.Symbol) and RANDOM_NAME.fullmatch(x.name)}
    if len(variables) != 1 or variables & set(walker.ctx.distributions):
        return None
    values = {k: exact(v) for k, v in walker.ctx.values.items() if isinstance(k, sp.Symbol)
              and isinstance(v, sp.Basic) and v.is_number and k not in walker.ctx.stale}
    law = (_AS_DECLARED.get(family, family),
           tuple(exact(a.xreplace(values)) for a in _letters(family)))
    worked = probability_masses(ea, {variables.pop(): law})
    if probability_atoms(worked):
        return None  # an event its masses do not give
    verdict = compare(worked, exact(eb.xreplace(values)), walker.ctx.assumptions,
                      approx=op == "~=", budget=walker.budget)
    if verdict.status != "equal":
        return None
    return walker._result(ln, b, "ok", f"follows by the masses of the {_SPOKEN[family]} law "
                          "the text names here, in its usual letters", method=verdict.method)


@lru_cache(maxsize=8)
def _letters(family: str) -> tuple:
    """The family's usual letters as the reader makes them (n, p; λ)."""
    return tuple(parse(text, "latex") for text in _LETTERS[family])

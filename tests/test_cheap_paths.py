"""Cheaper paths tried first (issue 13, speed): each keeps the verdicts of the path it spares."""

from __future__ import annotations

import pytest
import sympy as sp

from tutor.budget import Clock
from tutor.judge.expressions import _as_written_if_rational, cheap_proof, prepare
from tutor.read.parser import parse


def _prepared(text: str):
    return prepare(parse(text), Clock(2.0))


# (a, b, what cheap_proof says, the difference cancelled is the one as written)
CHEAP_PROOFS = [
    ("(d/dp (ln(p/(1 - p))))^2 p (1 - p)/n", "(1/(p (1 - p)))^2 p (1 - p)/n",
     ("equal", "algebra (cancel)"), True),
    ("d/dp logit(p)", "1/(p(1-p))", ("equal", "algebra (cancel)"), True),
    ("d/dx (x/(1+x))", "1/(1+x)^2", ("equal", "algebra (cancel)"), True),
    ("d/dx (x/(1+x))", "1/(1+x)", None, True),          # rational, not equal: no proof
    ("1/(p (1 - p))", "1/(p^2 (1 - p)^2)", None, True),
    ("(x+1)^2", "x^2 + 2x + 1", ("equal", "algebra (expand)"), True),
    ("(x+1)^2", "x^2 + 2x", ("differ", sp.Integer(1)), True),
    ("logit(sigma(x))", "x", None, False),                # not rational: expanded, as before
]


@pytest.mark.parametrize(("a", "b", "proof", "as_written"), CHEAP_PROOFS)
def test_cancel_works_on_the_difference_as_written_when_it_is_rational(a, b, proof,
                                                                        as_written):
    pa, pb = _prepared(a), _prepared(b)
    assert cheap_proof(pa, pb) == proof
    written = sp.Add(pa, -pb)
    chosen = _as_written_if_rational(written, sp.expand(written))
    assert (chosen is written) == as_written

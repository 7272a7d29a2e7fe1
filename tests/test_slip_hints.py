"""The hint after a slip: a listed mistake's own hint only for that mistake, else the general."""

from __future__ import annotations

import pytest

from tutor.bank.lookup import problem as find_problem
from tutor.bank.slips import SLIP_HINTS, slip_hint
from tutor.practice.commands import same_value

BINOMIAL = "binomial-pmf"

ROWS = [
    # (problem, line, code, expected: "mistake:<fragment>" or "general:<code>" or None)
    (BINOMIAL, "(n!/(k! (n-k)!)) p^k (1-p)^(n-p)", "exponent", "mistake:not n - p"),
    (BINOMIAL, "(n!/(k!(n-k)!)) * p^k * (1-p)^(n-p)", "exponent", "mistake:not n - p"),
    (BINOMIAL, "binom(n,k) p^k (1-p)^(n-p)", "exponent", "mistake:not n - p"),
    (BINOMIAL, "binom(n, k) p^(n-k) (1-p)^k", "exponent", "mistake:swapped"),
    (BINOMIAL, "binom(n,k) p^k (1-p)^(n+k)", "exponent", "general:exponent"),
    (BINOMIAL, "binom(n,k) p^(k+1) (1-p)^(n-k)", "exponent", "general:exponent"),
    (BINOMIAL, "2 binom(n,k) p^k (1-p)^(n-k)", "factor", "general:factor"),
    (BINOMIAL, "p^k (1-p)^(n-k)", "factor", "mistake:one particular ordering"),
    (BINOMIAL, "binom(n,k) p^k", None, None),
]


@pytest.mark.parametrize("problem_id, line, code, expected", ROWS)
def test_the_hint_answers_the_line_typed(problem_id, line, code, expected):
    problem = find_problem(problem_id)
    hint = slip_hint(problem, line, code, same_value)
    if expected is None:
        assert hint is None
    elif expected.startswith("general:"):
        assert hint == SLIP_HINTS[expected.split(":", 1)[1]]
    else:
        assert expected.split(":", 1)[1] in hint

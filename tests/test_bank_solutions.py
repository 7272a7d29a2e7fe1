"""Every problem's reference solution checks out step by step; every listed mistake is caught."""

from __future__ import annotations

import pytest

from tutor.bank.generators import FAMILIES, generate
from tutor.bank.loader import problems
from tutor.derive.answers import reaches_target
from tutor.derive.incremental import check_derivation

BANK = problems()
VARIANTS = [generate(family, seed) for family in FAMILIES for seed in (1, 2)]
ALL = BANK + VARIANTS
# correctness, not speed: a budget no loaded machine can turn into "time budget spent"
BUDGET = 10.0


@pytest.mark.parametrize("problem", ALL, ids=lambda p: p.id)
def test_reference_solution_checks_out(problem):
    results = check_derivation(problem.solution, problem, budget=BUDGET)
    bad = [r for r in results if r.verdict not in ("ok",)]
    assert not bad, "\n".join(f"{r.source}: {r.verdict} {r.message}" for r in bad)
    assert reaches_target(problem.solution, problem), f"does not reach {problem.target}"


MISTAKES = [pytest.param(p, m, id=f"{p.id}:{k}") for p in ALL for k, m in enumerate(p.mistakes)]


@pytest.mark.parametrize("problem, mistake", MISTAKES)
def test_listed_mistake_is_flagged_with_its_code(problem, mistake):
    lines = list(problem.solution[:mistake.after]) + [mistake.step]
    result = check_derivation(lines, problem, budget=BUDGET)[-1]
    wanted = ("error", "warning") if mistake.expect == "limit-dropped" else ("error",)
    assert result.verdict in wanted, f"{mistake.step}: {result.verdict} {result.message}"
    assert result.code == mistake.expect, f"{mistake.step}: {result.code} {result.diagnosis}"

"""tutor.Derivation: adding lines one by one judges them as the whole-file walk does."""

from __future__ import annotations

import pytest

import tutor
from tutor.bank.loader import problems
from tutor.derive.derivation import DerivationChecker, Line

BUDGET = 10.0  # correctness, not speed
CASES = [pytest.param(p, p.solution, id=p.id) for p in problems()] + [
    pytest.param(p, list(p.solution[:m.after]) + [m.step], id=f"{p.id}:mistake{k}")
    for p in problems() for k, m in enumerate(p.mistakes)]
# sequences of equations: a premise is known only by the line after it
EQUATIONS = [
    ["3x + 6 = 12", "3x = 6", "x = 2"],
    ["3x + 6 = 12", "3x = 6", "x = 3"],
    ["log(p/(1-p)) = -1", "p/(1-p) = e^(-1)", "p = 1/(1+e)"],
    ["x^2 = 4", "x = 2"],
    ["g(x) = x^2", "g(3) = 9", "g(3) = 10"],
    ["(a+b)^2 = a^2 + b^2"],
]


def _walked(problem, lines):
    checker = DerivationChecker(problem, [], None, BUDGET)
    return checker.run([Line(t, line=k + 1) for k, t in enumerate(lines)])


def _shown(results):
    return [(r.line, r.source, r.verdict, r.code, r.message) for r in results]


def _verdicts(results):
    """What must agree even on a loaded machine, where a diagnosis may run out of its time."""
    return [(r.line, r.source, r.verdict) for r in results]


@pytest.mark.parametrize(("problem", "lines"), CASES)
def test_line_by_line_equals_the_whole_walk(problem, lines):
    derivation = tutor.Derivation(problem, budget=BUDGET)
    for text in lines:
        derivation.add(text)
    assert _verdicts(derivation.finish()) == _verdicts(_walked(problem, lines))


@pytest.mark.parametrize("lines", EQUATIONS, ids=lambda ls: " | ".join(ls))
def test_equation_sequences_and_undo(lines):
    derivation = tutor.Derivation(budget=BUDGET)
    for text in lines:
        derivation.add(text)
    whole = _shown(_walked(None, lines))
    assert _shown(derivation.finish()) == whole
    taken = derivation.undo()
    assert _shown(derivation.finish()) == _shown(_walked(None, lines[:-1]))
    assert taken == [r for r in taken if r.line == len(lines)]
    derivation.add(lines[-1])
    assert _shown(derivation.finish()) == whole


def test_add_returns_the_results_of_that_line_only():
    derivation = tutor.Derivation()
    assert derivation.add("(x+1)^2") == []
    first = derivation.add("= x^2 + 2x + 1")
    assert [(r.line, r.verdict) for r in first] == [(2, "ok")]
    chain = derivation.add("= (x+1)(x+1) = x^2 + 1")
    assert [(r.line, r.verdict) for r in chain] == [(3, "ok"), (3, "error")]
    assert len(derivation.results) == 3
    assert derivation.undo() == chain and len(derivation.results) == 1
    assert derivation.undo() == first and derivation.undo() == [] and derivation.undo() == []


def test_a_definition_is_taken_back_with_its_line():
    derivation = tutor.Derivation()
    derivation.add("g(x) = x^2")
    assert derivation.add("g(3) = 9")[-1].verdict == "ok"
    derivation.undo()
    derivation.undo()
    assert derivation.add("g(3) = 9")[-1].verdict != "ok"  # g means nothing any more


def test_read_once_then_add():
    derivation = tutor.Derivation()
    derivation.add("x + x")
    parsed = derivation.read("2x")
    assert derivation.add(parsed=parsed)[-1].verdict == "ok"


def test_a_line_read_before_an_undo_is_numbered_where_it_is_added():
    derivation = tutor.Derivation()
    derivation.add("x + x")
    derivation.add("= 3x")
    parsed = derivation.read("= 2x")  # read while the wrong line is still there
    derivation.undo()
    results = derivation.add(parsed=parsed)
    assert [(r.line, r.verdict) for r in results] == [(2, "ok")]


@pytest.mark.parametrize(("lines", "undone", "verdict"), [
    # a bound said on a line holds for the lines after it, and goes with it on undo
    (["\\lambda > 0", "\\log(\\lambda^2) = 2\\log\\lambda"], 0, "ok"),
    (["\\lambda > 0", "\\log(\\lambda^2) = 2\\log\\lambda"], 2, "unchecked"),
])
def test_a_bound_is_taken_back_with_its_line(lines, undone, verdict):
    derivation = tutor.Derivation()
    for line in lines:
        derivation.add(line)
    for _ in range(undone):
        derivation.undo()
    assert derivation.add(lines[-1])[-1].verdict == verdict

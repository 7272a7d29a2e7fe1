"""The Python API of DESIGN.md: strings in, plain dataclasses out, names stable after imports."""

from __future__ import annotations

import tutor
import tutor.bank.loader  # noqa: F401 - importing the module must not hide tutor.problems()


def test_public_names_work_together():
    assert tutor.problem("prb-33").id == "binomial-pmf"
    assert len(tutor.problems()) >= 40
    assert tutor.compare("(x+1)^2", "x^2 + 2x + 1").status == "equal"
    result = tutor.check_derivation(["(a+b)^2", "a^2 + b^2"])[-1]
    assert (result.verdict, result.code) == ("error", "expansion")
    parsed = tutor.parse("2+3")
    assert parsed.is_Add and parsed != 5


def test_parse_error_is_ours():
    try:
        tutor.parse("(x+")
    except tutor.ParseError as exc:
        assert exc.column == 4
    else:
        raise AssertionError("no ParseError")


def _verdicts(results) -> list[str]:
    return [r.verdict for r in results]


def test_a_problem_named_by_id_is_looked_up():
    steps = ["lim h->0 ((x+h)^3 - x^3)/h", "lim h->0 (x^3 + h^3 - x^3)/h"]
    by_id = tutor.check_derivation(steps, problem="first-principles-cubic")
    by_object = tutor.check_derivation(steps, problem=tutor.problem("first-principles-cubic"))
    assert _verdicts(by_id) == _verdicts(by_object) == ["ok", "error"]
    assert tutor.Derivation("first-principles-cubic").problem.id == "first-principles-cubic"


def test_a_problem_not_in_the_bank_is_a_clear_error():
    for ref, error in (("no-such-problem", tutor.TutorError), (33, TypeError)):
        try:
            tutor.check_derivation(["x"], problem=ref)
        except error as exc:
            assert "problem" in str(exc)
        else:
            raise AssertionError(f"no error for problem={ref!r}")

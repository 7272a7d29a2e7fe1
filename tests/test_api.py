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

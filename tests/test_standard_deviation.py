"""SD(X), sd(X), Std(X): the standard deviation of a random variable, √Var(X), by the rules of
expectation and a declared law (they were new definitions: a wrong value went unseen)."""

from __future__ import annotations

import pytest

from tutor.batch import check_document

LAW = "Let $X \\sim \\text{Bin}(20, 0.05)$.\n\n"


@pytest.mark.parametrize(("claim", "verdicts"), [
    (r"\mathrm{SD}(X) = \sqrt{20 \times 0.05 \times 0.95} = \sqrt{0.95}", ["ok", "ok"]),
    (r"\operatorname{sd}(X) = 0.95", ["error"]),
    (r"\mathrm{SD}(2X) = 2\,\mathrm{SD}(X)", ["ok"]),
    (r"\mathrm{SD}(X + 3) = \mathrm{SD}(X) + 3", ["error"]),
    (r"\mathrm{Var}(X) = \mathrm{SD}(X)^2", ["ok"]),
])
def test_a_standard_deviation_of_a_declared_law(claim, verdicts):
    steps = [s for s in check_document(LAW + f"$${claim}$$\n", kind="md").steps if s.line == 3]
    assert [s.verdict for s in steps] == verdicts, [(s.verdict, s.message) for s in steps]


def test_a_standard_deviation_stated_is_no_internal_error():
    text = "Then $\\mathrm{SD}(Y) = 2$ and $\\mathrm{Var}(Y) = 4$.\n"
    assert all("internal error" not in s.message for s in check_document(text, kind="md").steps)

"""One number given to several calls at once, `H(X) = H(Y) = 1` or `P(A) = P(B) = 0.5`: each
is given it (was a claim H(X) = H(Y) left unchecked, and H(Y) never given a value)."""

from __future__ import annotations

import pytest

from tutor.batch import check_document


@pytest.mark.parametrize(("given", "then", "verdicts"), [
    (r"($H(X) = H(Y) = 1$)", r"$$I(X;Y) = H(X) + H(Y) - H(X,Y) = 1 + 1 - 1.722 = 0.278$$",
     ["ok", "ok", "ok"]),
    (r"($H(X) = H(Y) = 1$)", r"$$I(X;Y) = H(X) + H(Y) - H(X,Y) = 1 + 2 - 1.722$$",
     ["ok", "error"]),
    (r"$P(A) = P(B) = 0.5$", r"$$P(A) + P(B) = 1$$", ["ok"]),
    (r"$P(A) = P(B) = 0.5$", r"$$P(A) + P(B) = 0.5 + 0.4$$", ["error"]),
])
def test_a_number_given_to_several_calls(given, then, verdicts):
    text = f"Given {given}.\n\n$$H(X,Y) = 1.722$$\n\n{then}\n"
    steps = [s for s in check_document(text, kind="md").steps if s.line == 5]
    assert [s.verdict for s in steps] == verdicts, [(s.verdict, s.message) for s in steps]


def test_calls_with_a_meaning_are_a_claim():
    text = "Let $f(x) = x^2$.\n\nThen $f(1) = f(-1) = 2$.\n"
    assert [s.verdict for s in check_document(text, kind="md").steps][-2:] == ["ok", "error"]

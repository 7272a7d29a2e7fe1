"""Independence stated in prose: which sentences state it (a table of prose → names) and the
claims about variances it makes right (a table of documents → verdicts)."""

from __future__ import annotations

import pytest

from tutor import check_document
from tutor.notes.independence import independence_events

SENTENCES = [
    ("Let $X$ and $Y$ be independent.", {"X", "Y"}),
    ("Take $X_1, \\dots, X_n$ i.i.d. with mean $\\mu$.", {"X_*"}),
    ("The draws $X_i$ are iid.", {"X_*"}),
    ("$X_1$ and $X_2$ are independent copies.", {"X_1", "X_2"}),
    ("Assume $U$, $V$ independent.", {"U", "V"}),
    # a denial or a hypothesis states nothing
    ("$X$ and $Y$ are not independent.", None),
    ("If $X$ and $Y$ are independent, the variances add.", None),
    ("When $X$ and $Y$ are independent the covariance is 0.", None),
    ("$X$ and $Y$ are dependent, so they are not independent.", None),
    # one name is no statement about two variables
    ("$X$ is independent of the noise.", None),
]


@pytest.mark.parametrize(("prose", "names"), SENTENCES)
def test_independence_sentences(prose: str, names: set | None) -> None:
    found = independence_events(prose, [])
    assert ({n for *_, stated in found for n in stated} or None) == names


VAR = "$$Var(X - Y) = Var(X) + Var(Y)$$"
DOCUMENTS = [
    pytest.param("Let $X$ and $Y$ be independent.\n\n" + VAR, [(3, "ok")], id="stated"),
    pytest.param(VAR, [(1, "unchecked")], id="not-stated"),
    pytest.param("Let $X$ and $Y$ be independent.\n\n## Next\n\n" + VAR, [(5, "unchecked")],
                 id="a-heading-ends-it"),
    pytest.param("If $X$ and $Y$ are independent:\n\n" + VAR, [(3, "unchecked")],
                 id="hypothesis"),
    pytest.param("Let $X$ and $Y$ be independent.\n\n$$Var(X - Y) = Var(X) - Var(Y)$$",
                 [(3, "error")], id="stated-and-wrong"),
    pytest.param("Take $X_1, \\dots, X_n$ i.i.d.\n\n$$E[X_1 X_2] = E[X_1]E[X_2]$$",
                 [(3, "ok")], id="iid"),
    pytest.param("Let $X$ and $Z$ be independent.\n\n" + VAR, [(3, "unchecked")],
                 id="other-names"),
]


@pytest.mark.parametrize(("text", "expected"), DOCUMENTS)
def test_independence_in_documents(text: str, expected: list) -> None:
    report = check_document(text, kind="md")
    assert [(s.line, s.verdict) for s in report.steps] == expected

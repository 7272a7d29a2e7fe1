"""A law given in words by its values and their probabilities: its moments confirm and refute."""

import pytest
import sympy as sp
from document_steps import assert_verdicts

from tutor.derive.finite_laws import finite_moments
from tutor.judge.moments import moment
from tutor.notes.described_laws import described_laws

LAW = (r"Let $X$ take the values $0, 1, 2$ with probabilities "
       r"$\frac{1}{4}, \frac{1}{2}, \frac{1}{4}$.")

SENTENCES = [
    # (sentence, the law read, or None)
    (LAW, ("Finite", ("0", "1", "2", r"\frac{1}{4}", r"\frac{1}{2}", r"\frac{1}{4}"))),
    ("$Y$ takes values $-1, 1$ with respective probabilities $0.3, 0.7$.",
     ("Finite", ("-1", "1", "0.3", "0.7"))),
    ("$Y$ assumes the values $1, 2$ with probability $q, 1 - q$.",
     ("Finite", ("1", "2", "q", "1 - q"))),
    # a hedge, or lists of different lengths: nothing
    ("If $X$ takes the values $0, 1$ with probabilities $0.5, 0.5$, then …", None),
    ("$X$ takes the values $0, 1, 2$ with probabilities $0.5, 0.5$.", None),
]


@pytest.mark.parametrize("sentence, law", SENTENCES)
def test_values_with_probabilities_read(sentence, law):
    found = described_laws(sentence, [])
    assert (found[0][3] if found else None) == law


X = sp.Symbol("X")
MOMENTS = [
    # (texts, {E[X], E[X²]} or None)
    (("0", "1", "2", r"\frac{1}{4}", r"\frac{1}{2}", r"\frac{1}{4}"),
     {moment(X): 1, moment(X ** 2): sp.Rational(3, 2)}),
    (("-1", "1", "0.3", "0.7"), {moment(X): sp.Rational(2, 5), moment(X ** 2): 1}),
    # probabilities that do not add up to 1, a letter, a probability above 1: nothing
    (("0", "1", "0.3", "0.6"), None),
    (("1", "2", "q", "1 - q"), None),
    (("0", "1", "1.5", "-0.5"), None),
]


@pytest.mark.parametrize("texts, moments", MOMENTS)
def test_finite_law_moments(texts, moments):
    assert finite_moments("X", texts) == moments


DOCUMENTS = [
    (LAW + "\n\n$$E[X] = 0 \\cdot \\tfrac{1}{4} + 1 \\cdot \\tfrac{1}{2} + 2 \\cdot \\tfrac{1}{4}"
     " = 1$$\n", [("ok", None), ("ok", None)]),
    (LAW + "\n\n$$E[X^2] = \\tfrac{1}{2} + 4 \\cdot \\tfrac{1}{4} = \\tfrac{3}{2}$$\n",
     [("ok", None), ("ok", None)]),
    # a slip in the second moment: refuted by the law (before: "described in the text")
    (LAW + "\n\n$$E[X^2] = 2$$\n", [("error", None)]),
]


@pytest.mark.parametrize("text, verdicts", DOCUMENTS)
def test_finite_law_in_notes(text, verdicts):
    assert_verdicts(text, verdicts)

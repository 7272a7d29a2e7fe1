"""Finite sums written with `…`: read as the run their terms show, or left unchecked."""

import pytest
from document_steps import assert_verdicts

import tutor

COMPARE = [
    # (left, right, status)
    (r"1 + 2 + 3 + \dots + 100", "5050", "equal"),
    (r"1 + 2 + 3 + \dots + 100", "5000", "not_equal"),
    (r"1 + 3 + 5 + \dots + 99", "2500", "equal"),
    (r"10 + 9 + 8 + \dots + 1", "55", "equal"),
    (r"1^2 + 2^2 + 3^2 + \dots + 6^2", "91", "equal"),
    (r"1^2 + 2^2 + 3^2 + \dots + 6^2", "90", "not_equal"),
    (r"\frac{1}{6} 1 + \frac{1}{6} 2 + \frac{1}{6} 3 + \dots + \frac{1}{6} 6", r"\frac{7}{2}",
     "equal"),
    (r"1 \cdot 2 + 2 \cdot 3 + 3 \cdot 4 + \dots + 9 \cdot 10", "330", "equal"),
    (r"1 + 2 + \cdots + n", r"\frac{n(n+1)}{2}", "equal"),
    (r"1 + 2 + 3 + \cdots + n", r"\frac{n(n-1)}{2}", "not_equal"),
    # powers of one letter, the first written bare (1, x), the last with any exponent
    (r"x + x^2 + x^3 + \dots + x^n", r"\frac{x(1-x^n)}{1-x}", "equal"),
    (r"1 + x + x^2 + \dots + x^{n-1}", r"\frac{1-x^n}{1-x}", "equal"),
    (r"1 + x + x^2 + \dots + x^{n-1}", r"\frac{1-x^{n+1}}{1-x}", "not_equal"),
    (r"1 + 3 + 5 + \dots + (2n-1)", "n^2", "equal"),
    (r"2 + 4 + 6 + \dots + 2n", "n(n+1)", "equal"),
    (r"2 + 4 + 6 + \dots + 2n", "n(n+2)", "not_equal"),
    # two terms before …: counting or doubling? the reading only confirms
    (r"1^2 + 2^2 + \dots + 6^2", "91", "equal"),
    (r"1 + 2 + \dots + 64", "127", "unknown"),
    (r"1 + 2 + \cdots + n", "n^2", "unknown"),
    # no even step, no end, or terms of other shapes: not read
    (r"1 + 2 + 4 + \dots + 64", "127", "unknown"),
    (r"1 + 2 + 3 + \dots", "6", "unknown"),
    (r"1 + 2 + 4 + \dots", "10", "unknown"),
    (r"1 + 2 + 3 + \dots + 3", "6", "unknown"),
    (r"x_1 + x_2 + \dots + x_n", "n", "unknown"),
    (r"0.1 + 0.2 + 0.3 + \dots + 0.9", "4.5", "unknown"),
]


@pytest.mark.parametrize("left, right, status", COMPARE)
def test_finite_sum_with_ellipsis(left, right, status):
    assert tutor.compare(left, right).status == status


DOCUMENTS = [
    # a fair die's mean written out term by term
    ("Let $X$ be the score of a fair die.\n\n"
     r"$E(X) = 1 \cdot \frac{1}{6} + 2 \cdot \frac{1}{6} + 3 \cdot \frac{1}{6} + \dots"
     r" + 6 \cdot \frac{1}{6} = 3.5$" "\n", [("ok", None), ("ok", None)]),
    ("$1 + 2 + 3 + \\dots + 100 = 5000$\n", [("error", None)]),
]


@pytest.mark.parametrize("text, verdicts", DOCUMENTS)
def test_finite_sums_in_notes(text, verdicts):
    assert_verdicts(text, verdicts)


@pytest.mark.parametrize("text, verdicts", [
    # first in a document, with an equation below: still arithmetic, never a premise
    ("$$1 + 2 + 3 + \\dots + 100 = 5150$$\n\n$$1^2 + 2^2 + 3^2 + \\dots + 10^2 = 395$$\n",
     [("error", None), ("error", None)]),
    # the slip is named as arithmetic, not as a factor of a sum that holds `…`
    ("$$1 + 2 + 3 + \\dots + 100 = 5000$$\n", [("error", "arithmetic slip")]),
    # two terms before …: only confirmed
    ("$$1 + 2 + \\dots + 64 = 127$$\n\n$$1 + 2 + \\dots + 64 = 2080$$\n",
     [("unchecked", "write three"), ("ok", None)]),
])
def test_finite_sums_are_arithmetic_in_notes(text, verdicts):
    got = [(s.verdict, f"{s.message} | {s.diagnosis}") for s in
           tutor.check_document(text, kind="md").steps]
    assert [v for v, _ in got] == [v for v, _ in verdicts], got
    for (_, said), (_, fragment) in zip(got, verdicts, strict=True):
        assert fragment is None or fragment in said, got


@pytest.mark.parametrize(("text", "verdict"), [
    # one term before … and the last: its whole numbers step by 1 between them (a reading
    # that only confirms: a total it does not give is not an error)
    (r"1 \frac{1}{6} + \dots + 6 \frac{1}{6} = \frac{7}{2}", "ok"),
    (r"1^2 \cdot \frac{1}{6} + \dots + 6^2 \cdot \frac{1}{6} = \frac{91}{6}", "ok"),
    (r"1 \cdot \frac{1}{6} + \dots + 6 \cdot \frac{1}{6} = 3", "unchecked"),
    (r"2 + \dots + 10 = 30", "unchecked"),  # 2, 4, …, 10 or 2, 3, …, 10?
    (r"1 + \dots + 1 = 6", "unchecked"),
])
def test_a_run_between_its_ends(text, verdict):
    assert_verdicts(f"$${text}$$\n", [(verdict, None)])

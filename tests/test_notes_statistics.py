"""Statistics, probability and information-theory notes as learners write them (issue 12,
third round): a table of documents → the verdict of each step."""

from __future__ import annotations

import pytest
from document_steps import assert_steps

LOGISTIC = ("$w = 0.5$, $b = -1$\n\n$\\hat y_1 = 0.5$\n\n"
            "$\\ell = \\sum_i \\left[y_i \\log \\hat y_i + (1 - y_i)\\log(1 - \\hat y_i)\\right]$"
            "\n\n")

CASES = [
    # ∂ℓ/∂w of an ℓ written in fitted values, with w given a value: how ℓ depends on w is not
    # written, so the derivative is not 0 (a false alarm before)
    pytest.param(LOGISTIC + "$\\frac{\\partial \\ell}{\\partial w} = "
                 "\\sum_i (y_i - \\hat y_i) x_i$",
                 [(1, "unchecked", "definition"), (1, "unchecked", "definition"),
                  (3, "unchecked", "definition"), (5, "unchecked", "definition"),
                  (7, "unchecked", "does not hold w")], id="gradient-at-a-given-weight"),
    # `\therefore` opens a consequence like `\implies`; `\because` and a lone arrow are prose
    pytest.param("$$\\begin{align*} 2u &= 4 \\\\ \\therefore u &= 2 \\end{align*}$$",
                 [(1, "unchecked", "holds when"), (1, "ok", "equivalent")], id="therefore-row"),
    pytest.param("So $2z = 6$, $\\therefore$ half of it is $3$.",
                 [(1, "unchecked", "holds when")], id="therefore-alone"),
    pytest.param("$\\because$ $a = 1$, and $\\implies$ as a word.",
                 [(1, "unchecked", "definition")], id="because-and-a-lone-arrow"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_statistics_notes(text: str, expected: list) -> None:
    assert_steps(text, expected)

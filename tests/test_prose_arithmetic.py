"""Arithmetic written in a sentence with no `$` (`the probability is 1/16 = 0.0625`) is read,
each run of numbers a claim; a run is left alone when what stands beside it could belong to it
(`x + 3 * 2 = 7`, `2 x 3 + 1 = 7`, `= 6x`), in code, and beside math."""

from __future__ import annotations

import pytest
from document_steps import assert_verdicts

from tutor.notes.prose_arithmetic import prose_arithmetic_regions


def _runs(text: str) -> list[str]:
    return [text[a:b] for a, b in prose_arithmetic_regions(text, [])]


@pytest.mark.parametrize(("text", "runs"), [
    ("so, probability is 1/16 = 0.0625", ["1/16 = 0.0625"]),
    ("It should be 1 - 21/45 = 0.53 or just 24/45 = 0.53", ["1 - 21/45 = 0.53", "24/45 = 0.53"]),
    ("The total probability is = 0.1 * 0.00005 = 0.000005", ["0.1 * 0.00005 = 0.000005"]),
    ("* branch_1: thripshaw and positive | 0.005 * 0.98 = 0.0049", ["0.005 * 0.98 = 0.0049"]),
    ("Test pos |(0.005*0.98) = 0.0049|", ["(0.005*0.98) = 0.0049"]),
    ("a remark (that is 3/4 = 0.75) here", ["3/4 = 0.75"]),
    ("the mean is 12/4 = 3.", ["12/4 = 3"]),
    # something beside the numbers could belong to them: not the whole of a side
    ("then x + 3 * 2 = 7 here", []),
    ("so 2 x 3 + 1 = 7 here", []),
    ("it gives 3 * 2 = 6x here", []),
    ("the cost 1,000 * 2 = 2,000 here", []),
    ("a^2 + 1 = 5 here", []),
    # no sign of operation: a value, not arithmetic
    ("Probability of Travel is 10% = 0.10", []),
    # math, code, headings are read elsewhere or not at all
    ("so $1/16 = 0.0625$ here", []),
    ("run `1/16 = 0.0625` here", []),
    ("### 1. It is 1/16 = 0.0625", []),
    ("```\nis 1/16 = 0.0625\n```", []),
    # a chain written a line a step, each line opening with =: the lines of numbers
    ("P = P(a) + P(b)\n= (4/7)(1/2) + (3/7)(1/2)\n= 4/14 + 3/14\n= 1/2",
     ["= (4/7)(1/2) + (3/7)(1/2)", "= 4/14 + 3/14", "= 1/2"]),
    ("the answer is\n= 1/2 + 1/4\n= 3/4 here", ["= 1/2 + 1/4"]),
    # one line opening with = alone: a sentence's
    ("so it is\n= 3/4\nand more", []),
    ("Title\n===\n= 3/4", []),
    # an indented line right under a sentence goes on with its paragraph (no code block)
    ("of the same suit is:\n                    P(E) = 12/51 = 4/17.", ["12/51 = 4/17"]),
    # after a blank line, or under another indented line, it is code
    ("of the same suit is:\n\n    P(E) = 12/51 = 4/17.", []),
    ("    x = 1\n    y = 12/51 = 4/17", []),
])
def test_runs_of_arithmetic_in_prose(text, runs):
    assert _runs(text) == runs


@pytest.mark.parametrize(("sentence", "verdict"), [
    ("so the probability is 1/16 = 0.0625", "ok"),
    ("It should be 1 - 21/45 = 0.53 here", "ok"),
    ("The total is 0.1 * 0.00005 = 0.00005 here", "error"),
    ("which is 0.02 * 0.5 = 0.1 here", "error"),
])
def test_arithmetic_in_prose_is_checked(sentence, verdict):
    assert_verdicts(sentence + "\n", [(verdict, None)])


@pytest.mark.parametrize(("last", "verdicts"), [
    ("= 17/42", ["unchecked", "ok", "ok", "ok"]),
    ("= 17/40", ["unchecked", "ok", "ok", "error"]),
])
def test_a_chain_of_lines_opening_with_equals_is_checked(last, verdicts):
    text = ("Ans:\n\n=> P(two red)\n= (4/7)(5/9)(1/2) + (4/7)(4/9)(1/2) + (3/7)(5/9)(1/2)\n"
            f"= 20/126 + 16/126 + 15/126\n= 51/126\n{last}\n")
    assert_verdicts(text, [(v, None) for v in verdicts])

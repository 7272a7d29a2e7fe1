"""The ninth round of real-notes habits (probability and information theory, helper notes9): a
German decimal comma in braces beside another (`\\sqrt{1{,}6} \\approx 1{,}265`) and a lone one
after ≈ (`\\approx 2{,}917`: 2.917 or 2917? refused, not guessed); `λ = 0.5` after a formula
over an integral is an example's value, not a solution; a forum answer's plain-text math in an
indented code block (`    P(H) = 0.5*0.8 + 0.5*0.5 = 0.65`), read with the plain syntax, code
left alone; `T \\sim Exp(λ)` makes λ a positive rate (its integrals are worked out); a name
worked out from rounded numbers, restated exactly (no false errors)."""

from __future__ import annotations

import pytest
from document_steps import assert_reading, assert_steps, assert_verdicts

# (text, what it is read as; "!" and a fragment: refused with that message)
READINGS = [
    # a braced comma that can only be decimal makes the others beside it decimal too
    (r"1{,}5 + 1{,}265", "1.265 + 1.5"),
    # no other braced comma to tell: thousands as before, or refused after ≈
    (r"1{,}000", "1000"),
    (r"12{,}345 - 345", "-345 + 12345"),
    (r"x \approx 2{,}917", "!a decimal comma or a comma of thousands"),
    # a plain decimal comma as the value of a computation or under a root (German solutions)
    (r"\sqrt{0,222}", "sqrt(0.222)"),
    (r"\sqrt{0,222} + 0,5", "sqrt(0.222) + 0.5"),
]


@pytest.mark.parametrize(("text", "read"), READINGS)
def test_readings(text, read):
    assert_reading(text, read)


# (document, verdicts of its steps in order)
DOCUMENTS = [
    # German: `= 0,333` after 1/3 and `\sqrt{0,222} = 0,471.` (a full stop after it) are decimals
    ("\\[\nE(X) = \\frac{1}{3} = 0,333\n\\]\n", [("unchecked", None), ("ok", None)]),
    ("\\[\n\\sigma = \\sqrt{0,222} = 0,471.\n\\]\n",
     [("unchecked", "definition"), ("ok", None)]),
    ("\\[\n\\sigma = \\sqrt{0,222} = 0,571.\n\\]\n",
     [("unchecked", "definition"), ("error", None)]),
    ("$k = 0,12$\n", [("unchecked", None)]),                      # a name's values: not read
    # T ~ Exp(λ) makes λ a rate, λ > 0: the mean's integral is worked out, a wrong power caught
    ("$T \\sim \\mathrm{Exp}(\\lambda)$.\n\n$$\\int_0^\\infty t \\lambda e^{-\\lambda t} \\, dt = "
     "\\frac{1}{\\lambda^2}$$\n", [("unchecked", "declaration"), ("error", None)]),
    ("$T \\sim \\mathrm{Exp}(\\lambda)$.\n\n$$\\int_0^\\infty t \\lambda e^{-\\lambda t} \\, dt = "
     "\\frac{1}{\\lambda}$$\n", [("unchecked", "declaration"), ("ok", None)]),
    # German: the σ line is no false error (1{,}265 is 1.265 beside 1{,}6)
    ("Es ist $\\sigma = \\sqrt{1{,}6} \\approx 1{,}265$.\n",
     [("unchecked", "definition"), ("ok", None)]),
    ("Es ist $\\sigma = \\sqrt{1{,}6} \\approx 1{,}165$.\n",
     [("unchecked", "definition"), ("error", None)]),
    ("$$\\frac{35}{12} \\approx 2{,}917$$\n", [("parse_error", "2.917 or 2917")]),
    # a number for the parameter of a formula over an integral: an example, not a solution.
    # The integral is worked out where it converges (λ > 0): 1/λ² is wrong; E[T] = 2 below
    # it, at λ = 0.5, is then not worked out from a chain with a slip in it
    ("$$\n\\mathbb{E}[T] = \\int_0^\\infty t \\lambda e^{-\\lambda t} \\, dt = "
     "\\frac{1}{\\lambda^2}\n$$\n\nWith $\\lambda = 0.5$ per minute: $\\mathbb{E}[T] = 2$.\n",
     [("unchecked", None), ("error", None), ("unchecked", "a value given"),
      ("unchecked", None)]),
    ("$$\n\\mathbb{E}[T] = \\int_0^\\infty t \\lambda e^{-\\lambda t} \\, dt = "
     "\\frac{1}{\\lambda}\n$$\n\nWith $\\lambda = 0.5$ per minute: $\\mathbb{E}[T] = 2$.\n",
     [("unchecked", None), ("ok", None), ("unchecked", "a value given"),
      ("ok", None)]),
]


@pytest.mark.parametrize(("text", "expected"), DOCUMENTS)
def test_documents(text, expected):
    assert_verdicts(text, expected)


REDDIT = """Here's the arithmetic.

    P(H) = 0.5*0.8 + 0.5*0.5 = 0.4 + 0.25 = 0.65
    P(HH) = 0.5*0.64 + 0.5*0.25 = 0.32 + 0.125 = 0.455

and in bits:

    H(p, q) = -(1/2)log2(1/4) - (1/2)log2(3/4) = 2 - (1/2)log2(3)
"""


def test_indented_plain_math_is_read():
    assert_steps(REDDIT, [(3, "unchecked", "given"), (3, "ok", None), (3, "ok", None),
                          (4, "unchecked", "given"), (4, "ok", None), (4, "error", "0.445"),
                          (8, "unchecked", "definition"), (8, "ok", None)])


@pytest.mark.parametrize("code", [
    "Code:\n\n    x = x + 1\n    y = 2*x\n",                           # a program's assignments
    "Code:\n\n    import numpy as np\n    p = np.mean(x)\n",
    "Steps:\n\n    total = price * 3\n",                               # words: not a formula
    "```\n    x = x + 1\n```\n",                                         # inside a fence
])
def test_indented_code_is_left_alone(code):
    assert_verdicts(code, [])


def test_a_value_from_rounded_numbers_restated_exactly():
    text = ("Joint table.\n\n    H(X, Y) = -2*0.4*log2(0.4) - 2*0.1*log2(0.1) = 1.7219\n"
            "    I(X; Y) = H(X) + H(Y) - H(X, Y) = 1 + 1 - 1.7219 = 0.2781\n\nOr directly:\n\n"
            "    I(X; Y) = 2*0.4*log2(0.4/0.25) + 2*0.1*log2(0.1/0.25) = 0.2781\n")
    assert_steps(text, [(3, "unchecked", "definition"), (3, "ok", None),
                        (4, "ok", "identities of information"), (4, "unchecked", None),
                        (4, "ok", None),
                        (8, "unchecked", "rounded numbers"), (8, "ok", None)])


def test_a_restated_value_off_by_more_than_rounding_is_not_excused():
    text = ("Joint table.\n\n    I(X; Y) = 1 + 1 - 1.7219 = 0.2781\n\nOr directly:\n\n"
            "    I(X; Y) = 2*0.4*log2(0.4/0.25)\n")
    assert_steps(text, [(3, "unchecked", "definition"), (3, "ok", None),
                        (7, "unchecked", "a new value")])  # not "agrees … rounded numbers"

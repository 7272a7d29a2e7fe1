"""The twelfth round of real-notes habits (calculus and ML calculus): an Anki plain-text export,
an ox-hugo export, a Russian LaTeX seminar summary."""

from __future__ import annotations

import pytest

import tutor
from tests.document_steps import assert_reading

ANKI_HEADER = "#separator:tab\n#html:true\n#notetype column:1\n#deck column:2\n#tags column:5\n"


def _anki(*cards: str) -> str:
    return ANKI_HEADER + "".join("\t".join(card.split(" | ")) + "\n" for card in cards)


def _steps(text: str, kind: str) -> list[tuple[int, str]]:
    return [(s.line, s.verdict) for s in tutor.check_document(text, kind=kind).steps]


# An Anki export (`#separator:tab`, `#html:true`): each note a line of fields holding HTML and
# MathJax; its math is read (it was a parse error per line), HTML blanked in place
@pytest.mark.parametrize(("card", "expected"), [
    (r"Basic | Calc | \(\sin 3x\)' | \(\frac{d}{dx}\sin(3x) = 3\cos(3x)\) | calc",
     [(6, "ok")]),
    (r"Basic | Calc | \(\sin 3x\)' | \(\frac{d}{dx}\sin(3x) = 3\cos(x)\) | calc",
     [(6, "error")]),
    (r"Basic | Calc | lim | L'H:<br>\(\lim_{x \to 0}\frac{e^{x} - 1}{2x}\)<br>"
     r"\(= \frac{1}{2}\) | c",
     [(6, "ok")]),
    (r"Basic | Calc | geometric | \(\frac{1}{1 - x} = 1 + x + x^2 + \dots\) for \(|x| &lt; 1\) | c",
     [(6, "ok"), (6, "unchecked")]),
    (r"Cloze | Calc | \(\frac{d}{dx}\tan x = {{c1::\sec^2 x}}\) |  | calc", [(6, "ok")]),
    (r"Cloze | Calc | \(\frac{d}{dx}\tan x = {{c1::\sec^2 x::a square}}\) |  | calc",
     [(6, "ok")]),
    (r"Cloze | Calc | \(\frac{d}{dx}\tan x = {{c1::\sec x}}\) |  | calc", [(6, "error")]),
    (r"Basic | ML | LS | \[\begin{aligned}\nabla_w \lVert Xw - y\rVert^2 &amp;= 2X^\top(Xw - y)"
     r"\end{aligned}\] | ml", [(6, "ok")]),
    (r"Basic | Calc | <b>parts</b> | <div>\(\int \ln x\,dx = x\ln x - x + C\)</div> | c",
     [(6, "ok")]),
])
def test_an_anki_export_is_read_card_by_card(card, expected):
    assert _steps(_anki(card), "txt") == expected


# a value one card gives is not the next card's (each card stands under a heading of its own)
def test_an_anki_card_does_not_take_the_values_of_the_card_above():
    text = _anki(r"Basic | ML | logistic loss | \(z = 0\), \(\hat{y} = \sigma(0) = 0.5\) | ml",
                 r"Basic | ML | BCE | \(\hat{y} = 0.8\), \(y = 1\): \(\frac{\partial L}{\partial z}"
                 r" = 0.8 - 1 = -0.2\) | ml")
    assert "error" not in [verdict for _, verdict in _steps(text, "txt")]


# a plain step file that merely starts with a comment is still a plain step file
def test_a_step_file_with_a_comment_on_top_stays_plain():
    text = "# drills: separator lines below\nx^2 - 1 = (x - 1)(x + 1)\n"
    assert _steps(text, "txt") == [(2, "ok")]


# Markdown's escaped underscore `\_` (Hugo and ox-hugo exports) is a subscript mark (it was
# "unexpected character '\'")
@pytest.mark.parametrize(("text", "read"), [
    (r"w\_1 + w\_2", "w_1 + w_2"),
    (r"\sum\_k e^{z\_k}", "Sum(exp(z[k]), (k, 1, n_max))"),
    (r"s\_i (\delta\_{ij} - s\_j)", "s_i*(-s_j + KroneckerDelta(i, j))"),
    (r"\hat{y}\_i - y\_i", "y_hat_i - y_i"),
    (r"x\_{10}", "x_10"),
    (r"x\_\alpha", "x_alpha"),
])
def test_an_escaped_underscore_is_a_subscript(text, read):
    assert_reading(text, read)


OX_HUGO = r"""+++
title = "Gradients"
+++

## Logistic regression {#logistic-regression}

-   \\(z = 0.1\\), \\(p = 0.525\\), \\(y = 1\\)
-   \\(\partial L / \partial w\_2 = -0.475 \cdot 2 = {}\\)
"""


@pytest.mark.parametrize(("value", "verdict"), [("-0.95", "ok"), ("-0.85", "error")])
def test_an_ox_hugo_export_with_escaped_underscores_is_checked(value, verdict):
    steps = tutor.check_document(OX_HUGO.replace("{}", value), kind="md").steps
    assert [s.verdict for s in steps][-1] == verdict

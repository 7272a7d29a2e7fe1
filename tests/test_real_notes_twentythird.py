"""The twenty-third held-out set of real notes (outside the repository): habits found there,
each written here in our own words as a construct and the verdict or reading it must get."""

from __future__ import annotations

import pytest
from document_steps import assert_verdicts_on_line

from tutor import check_document

# a scalar w valued in a worked example above, then a bold vector w in a matrix rule: the
# derivative is taken in w, so w is never put in by its number (was ∂/∂w(0.64A) = 0 against
# 1.6A: a false error)
VECTOR_AFTER_NUMBER = """Worked example: $x = 2$, $w = 0.8$, $b = 0$.

With $A$ symmetric:
$\\frac{{\\partial}}{{\\partial \\mathbf{{w}}}} \\mathbf{{w}}^TA\\mathbf{{w}} = {rhs}$.
"""

# section 1 gives x, y, w, b numbers (one gradient-descent step); section 2 derives the
# logistic loss in p = σ(z) with z = wᵀx + b: the right ∂ℓ/∂p is never an error (it was
# 'does not round to the decimal written', an earlier section's w put into wᵀ as a float)
TWO_SECTIONS = """## 1. One step

Data: $x = 2$, $y = 3$, start at $w = 0.5$, $b = 1$, $\\eta = 0.1$.

- $w \\leftarrow 0.5 - 0.1 \\cdot (-4) = 0.9$
- $b \\leftarrow 1 - 0.1 \\cdot (-2) = 1.2$

## 2. Logistic loss

With $p = \\sigma(z)$ and $z = \\mathbf{{w}}^\\top \\mathbf{{x}} + b$:

$$\\ell = -y\\log p - (1 - y)\\log(1 - p)$$
$$\\frac{{\\partial \\ell}}{{\\partial p}} = {rhs}$$
"""

# a rest O(…) inside an exponential or times a constant: the rest is a different function on
# each side, so no point where the sides differ is a witness (was 'numeric witness x=1,
# O(x**3)=2.066': a false error on a right expansion)
REST_INSIDE = """Let $y(x) = (1+x)^{{1/x}}$. Then

$$
(1+x)^{{1/x}} = e\\,\\exp\\Big(-\\tfrac{{x}}{{2}} + \\tfrac{{x^2}}{{3}} + O(x^3)\\Big) = {rhs}
$$
"""


@pytest.mark.parametrize(("text", "line", "verdicts"), [
    (VECTOR_AFTER_NUMBER.format(rhs="2A\\mathbf{w}"), 4, ["unchecked"]),
    (TWO_SECTIONS.format(rhs="-\\frac{y}{p} + \\frac{1 - y}{1 - p}"), 13, ["unchecked"]),
    (REST_INSIDE.format(rhs="e\\Big(1 - \\tfrac{x}{2} + \\tfrac{11}{24}x^2 + O(x^3)\\Big)"),
     4, ["unchecked", "unchecked"]),
])
def test_real_habits(text, line, verdicts):
    assert_verdicts_on_line(text, line, verdicts)


# a series the reader takes apart keeps its verdict beside the rule above: a wrong
# coefficient of a top-level Taylor polynomial is still an error
@pytest.mark.parametrize(("text", "verdict"), [
    ("$$\\cos x = 1 - \\frac{x^2}{2} + \\frac{x^4}{24} + O(x^6)$$", "ok"),
    ("$$\\cos x = 1 + \\frac{x^2}{2} + \\frac{x^4}{24} + O(x^6)$$", "error"),
])
def test_top_level_series_keep_their_verdict(text, verdict):
    assert [s.verdict for s in check_document(text, kind="md").steps] == [verdict]


# words of notes inside math: the event "not A" is its complement; words in \text beside an
# operator are one name; a word after ∂ is what is differentiated; `\quad (x \to 0)` is a
# remark on the limit; `\text{softmax(x)}_i` is the call; `\theta{_k}` the subscript (each was
# a parse error, or hid the display it stood in)
@pytest.mark.parametrize(("text", "verdicts"), [
    ("$P(A) = 0.02$, $P(\\text{not } A) = 0.98$", ["unchecked", "ok"]),
    ("$P(A) = 0.02$, $P(\\text{not } A) = 0.9$", ["unchecked", "unchecked"]),  # set aside
    ("$$w = w - \\text{learning rate} \\cdot dw$$", ["unchecked"]),
    # the same words read as the same name wherever they stand: a value given to the name
    # is used beside an operator (0.5 - 0.1·0.2 is 0.48)
    ("$$\\text{learning rate} = 0.1$$\n\n$$w = 0.5 - \\text{learning rate} \\cdot 0.2 = 0.48$$",
     ["unchecked", "unchecked", "ok"]),
    ("$$\\text{learning rate} = 0.1$$\n\n$$w = 0.5 - \\text{learning rate} \\cdot 0.2 = 0.46$$",
     ["unchecked", "unchecked", "error"]),
    ("$$\\frac{1}{\\text{mean time to failure}} = \\frac{1}{5}$$", ["unchecked"]),
    ("$$\\frac{\\log x}{1/x} \\quad (x\\to 0^+).$$", []),
    ("$$\\frac{\\partial \\text{Loss}}{\\partial w} = \\frac{\\partial \\text{Loss}}"
     "{\\partial \\text{out}} \\cdot \\frac{\\partial \\text{out}}{\\partial w}$$", ["unchecked"]),
    ("$$\\frac{e^{x_i+c}}{\\sum_{j=1}^n e^{x_j+c}} = \\frac{e^{x_i}}{\\sum_{j=1}^n e^{x_j}}"
     " = \\text{softmax(x)}_i$$", ["ok", "unchecked"]),
    ("$$a = \\theta{_k} + 1 = 1 + \\theta_k$$", ["unchecked", "ok"]),
    # words that start with a connecting word stay prose
    ("$$x = 2 \\quad \\text{for all} \\quad y$$", ["parse_error"]),
])
def test_words_read_as_math(text, verdicts):
    assert [s.verdict for s in check_document(text, kind="md").steps] == verdicts, [
        (s.verdict, s.message) for s in check_document(text, kind="md").steps]

"""The twenty-fourth held-out set of real notes (outside the repository): habits found there,
each written here in our own words as a construct and the verdict it must get."""

from __future__ import annotations

import pytest
from document_steps import assert_verdicts_on_line

from tutor import check_document

# a product rule with the trigonometric names glued to their letter, no backslash, no space:
# sinx is sin(x), not a name of four letters that x leaves alone (the right derivative was
# 'not equal to the previous expression')
GLUED_PRODUCT = """$$ f(x) = e^{{x}}(sinx + cosx) $$
$$ f'(x) = {rhs} $$
"""

# a quotient whose last form is rewritten with sec glued to x: (1/secx)² is cos²x
GLUED_SECANT = """$$ g(x) = \\frac{{sinx}}{{cosx}} $$
$$ g'(x) = \\frac{{1}}{{cos^{{2}}x}} = {rhs} $$
"""

# words that only start like a function: cost, sinh x, secs stay what they were
GLUED_WORDS = """$$ h(x) = lnx + {word} $$
$$ h(x) = {word} + lnx $$
"""

# |a_n - L| worked out under a sequence's limit n → ∞: n is an index (n ≥ 1), so
# |-5/(n+2)| = 5/(n+2) (was an error with the witness n = -3)
SEQUENCE_BOUND = """$$
\\lim_{{n \\to \\infty}} \\frac{{3n + 1}}{{n + 2}} = 3
$$

Proof:

$$
\\left| \\frac{{3n+1}}{{n+2}} - 3 \\right| = {rhs}
$$
"""

# a log-likelihood summed over four observations the text lists as pairs (x_i, y_i): the sum
# is written out with the y's put in (was 'not equal': the y_i were left free)
DATA_SUM = """Data: $(x_1, y_1) = (1, 0)$, $(x_2, y_2) = (2, 0)$, $(x_3, y_3) = (3, 1)$,
$(x_4, y_4) = (4, 1)$.

$\\ell = \\sum_{{i=1}}^4 \\left[y_i \\log p_i + (1-y_i)\\log(1-p_i)\\right]$

$= {rhs}$
"""


# TeX's one-token fraction arguments with π (`\\frac\\pi4`), as `\\frac12` already was
PI_TOKEN = """$$t = \\frac\\pi4 + \\frac\\pi4 = {rhs}$$
"""

# money in a worked example: `\\$50,000` is the number 50000 (was 'unexpected character')
MONEY = """$$E[R] = 50 \\cdot E[N] = 50(1000) = {rhs}$$
"""


# an estimator's label written above the name, θ̂^{MLE}: the name of the solution, never the
# power θ̂^(M·L·E) (a right solve was 'E, L, M: new here')
ESTIMATOR = """$$
\\begin{{align*}}
 &\\Rightarrow 0 = \\frac{{\\alpha_H}}{{\\theta}} - \\frac{{\\alpha_T}}{{1 - \\theta}} \\\\
 &\\Rightarrow {rhs}
\\end{{align*}}
$$
"""
SOLVED = "\\frac{\\alpha_H}{\\alpha_H + \\alpha_T}"
SLIPPED = "\\frac{\\alpha_T}{\\alpha_H + \\alpha_T}"  # the count of tails above


@pytest.mark.parametrize(("text", "line", "verdicts"), [
    (ESTIMATOR.format(rhs=f"\\hat{{\\theta}}^{{MLE}} = {SOLVED}"), 4, ["ok"]),
    (ESTIMATOR.format(rhs=f"\\hat{{\\theta}}^{{\\text{{MLE}}}} = {SOLVED}"), 4, ["ok"]),
    (ESTIMATOR.format(rhs=f"\\hat{{\\theta}}^{{MLE}} = {SLIPPED}"), 4, ["error"]),
    (PI_TOKEN.format(rhs="\\frac\\pi2"), 1, ["unchecked", "ok"]),
    (PI_TOKEN.format(rhs="\\frac\\pi3"), 1, ["unchecked", "error"]),
    (MONEY.format(rhs="\\$50,000"), 1, ["unchecked", "unchecked", "ok"]),
    (MONEY.format(rhs="\\$5,000"), 1, ["unchecked", "unchecked", "error"]),
    (GLUED_PRODUCT.format(rhs="e^{x} (sinx + cosx) + e^{x} (cosx - sinx)"), 2, ["ok"]),
    (GLUED_PRODUCT.format(rhs="2e^{x} cosx"), 2, ["ok"]),
    (GLUED_PRODUCT.format(rhs="2e^{x} sinx"), 2, ["error"]),
    (GLUED_SECANT.format(rhs="secx^{2}"), 2, ["ok", "unchecked"]),
    (GLUED_SECANT.format(rhs="(\\frac{1}{secx})^{2}"), 2, ["ok", "error"]),
    (SEQUENCE_BOUND.format(rhs="\\frac{5}{n+2}"), 8, ["ok"]),
    (SEQUENCE_BOUND.format(rhs="\\frac{7}{n+2}"), 8, ["error"]),
    (DATA_SUM.format(rhs="\\log(1-p_1) + \\log(1-p_2) + \\log p_3 + \\log p_4"), 6, ["ok"]),
    (DATA_SUM.format(rhs="\\log(1-p_1) + \\log p_2 + \\log p_3 + \\log p_4"), 6, ["error"]),
])
def test_real_habits(text, line, verdicts):
    assert_verdicts_on_line(text, line, verdicts)


@pytest.mark.parametrize(("word", "reading"), [
    ("cost", "cost"),
    ("sinh x", "sinh(x)"),
    ("secs", "secs"),
    ("sinx", "sin(x)"),
])
def test_glued_names_read(word, reading):
    steps = check_document(GLUED_WORDS.format(word=word), kind="md").steps
    read = [s.read_as for s in steps if s.line == 2]
    assert any(reading in (r or "") for r in read), [(s.line, s.read_as) for s in steps]

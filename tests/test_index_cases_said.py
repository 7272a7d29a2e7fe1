"""A case of the indices said in words (`When $i = k$, …`) holds for the rest of its line and
the display below it; ∂ of an entry A_k in another entry A_i is a derivative in the family."""

from __future__ import annotations

import pytest
from document_steps import assert_reading, assert_verdicts

READINGS = [
    (r"\frac{\partial \log(\sigma(A_k))}{\partial A_i}", "Derivative(log(sigmoid(A[k])), A[i])"),
    (r"\sum_{k=1}^{C} Y_k \frac{\partial \log(\sigma(A_k))}{\partial A_i}",
     "Sum(Derivative(log(sigmoid(A[k])), A[i])*Y[k], (k, 1, C))"),
    (r"\frac{\partial \log(\sigma(B))}{\partial A_i}", "!needs what is above the bar"),
    # a known function after the d of a Leibniz fraction is that function (was opaque log_)
    (r"\frac{d \log(x)}{dx}", "Derivative(log(x), x)"),
    (r"\frac{d \ln(x)}{dx}", "Derivative(log(x), x)"),
    (r"\frac{d \log_2(x)}{dx}", "Derivative(log(x)/log(2), x)"),
    (r"\frac{\partial \tanh(z)}{\partial z}", "Derivative(tanh(z), z)"),
    (r"\frac{d f(x)}{dx}", "Derivative(f(x), x)"),
    # a bracket after a Kronecker delta multiplies (it was a function with a mangled name)
    (r"\delta_{ik}(1 - \sigma(A_i))", "(1 - sigmoid(A_i))*KroneckerDelta(i, k)"),
    # the indicator of an event written below it, as 𝟙[i = k] is (was a name I_i_3d_k)
    (r"\mathbb{1}_{i=k}", "KroneckerDelta(i, k)"),
    (r"\mathbb{1}_{\{i = k\}}", "KroneckerDelta(i, k)"),
    (r"\mathbb{1}_{y=k}", "I(Eq(y, k))"),
    (r"\mathbb{1}_{2}", "I_2"),
]


@pytest.mark.parametrize(("text", "read"), READINGS)
def test_reading(text, read):
    assert_reading(text, read)


CASE_IN_WORDS = r"""When $i = k$, by $\frac{{d \log(x)}}{{dx}} = \frac{{1}}{{x}}$, we get:

$$\frac{{\partial \log(\sigma(A_k))}}{{\partial A_i}} = {}$$

Then the next part.

$$\frac{{\partial \log(\sigma(A_k))}}{{\partial A_i}} = {}$$
"""


@pytest.mark.parametrize(("first", "then", "verdicts"), [
    # in the case said: the diagonal entry; below it, no case any more: it holds for i = k only
    (r"1 - \sigma(A_i)", r"1 - \sigma(A_i)", ["ok", "ok", "error"]),
    # a slip inside the case is still wrong; below it, the Kronecker delta says every case
    (r"1 + \sigma(A_i)", r"\delta_{ik}(1 - \sigma(A_i))", ["ok", "error", "ok"]),
])
def test_case_said_in_words(first, then, verdicts):
    assert_verdicts(CASE_IN_WORDS.format(first, then), [(v, None) for v in verdicts])

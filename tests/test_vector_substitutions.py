"""A vector step that writes other names than the row before (σ(z_i), then σ(w^T x_i), with z_i
never defined) is a substitution, as for numbers; a slip in the same names stays an error."""

from __future__ import annotations

import pytest
from document_steps import assert_verdicts

SIGMA_OF_SCORE = r"""The derivative of the sigmoid is $\sigma'(z) = \sigma(z)(1 - \sigma(z))$.

$$\frac{\partial \ell}{\partial w_j} = [y_i(1-\sigma(z_i)) - (1-y_i)\sigma(z_i)]x_{{ij}} = {}$$
"""

DEFINED_SCORE = r"""Let $\mathbf{{p}} = \operatorname{{softmax}}(\mathbf{{z}})$.

$$\nabla_{{\mathbf{{z}}}} \operatorname{{softmax}}(\mathbf{{z}}) = {}$$
"""


@pytest.mark.parametrize(("right", "verdict", "words"), [
    # z_i undefined, w and x_i new: the names were changed, nothing to refute
    (r"(y_i - \sigma(\mathbf{w}^T\mathbf{x}_i))x_{ij}", "unchecked", "a substitution"),
    # the same names, a sign slipped: wrong
    (r"(y_i + \sigma(z_i))x_{ij}", "error", None),
])
def test_names_changed_beside_vectors(right, verdict, words):
    text = SIGMA_OF_SCORE.replace("{}", right).replace("{{", "{").replace("}}", "}")
    assert_verdicts(text, [("ok", None), ("unchecked", "not defined here"), (verdict, words)])


# p is defined above: the step is in the same names, and the diagonal term is missing
def test_a_defined_name_is_no_new_name():
    text = DEFINED_SCORE.format(r"-\mathbf{p}\mathbf{p}^T")
    assert_verdicts(text, [("unchecked", "definition"), ("error", None)])


RIDGE = r"""$$J(w) = \lVert Xw - y \rVert^2 + \lambda \lVert w \rVert^2$$

$$\nabla_w J = {}$$
"""


# ∇_w J of a J(w) defined above is the gradient of its body (was 'J is not defined here')
@pytest.mark.parametrize(("gradient", "verdict"), [
    (r"2 X^\mathsf{T} X w - 2 X^\mathsf{T} y + 2 \lambda w", "ok"),
    (r"2 X^\mathsf{T} X w - 2 X^\mathsf{T} y + \lambda w", "error"),
])
def test_gradient_of_a_function_named_bare(gradient, verdict):
    assert_verdicts(RIDGE.replace("{}", gradient), [("unchecked", "definition"), (verdict, None)])

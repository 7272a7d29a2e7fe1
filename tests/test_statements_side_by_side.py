"""Two claims side by side on one line (`∂L/∂w = …, \\qquad ∂L/∂b = …`) after definitions: the
second is judged from its own left, a slip in the first is not carried into it, and an entry of
a vector (x_j beside wᵀx) is no new name that makes a wrong gradient 'a substitution'."""

from __future__ import annotations

import pytest

from tutor import check_document

SCALAR = r"""Let $a = w x + b$ and $L = (a - y)^2$.

$$\frac{{\partial L}}{{\partial w}} = {first}, \qquad \frac{{\partial L}}{{\partial b}} = {second}$$
"""
VECTOR = r"""The model is $\hat{{y}} = \sigma(z)$ with $z = w^T x + b$ and the loss is
$L = -y \log \hat{{y}} - (1 - y)\log(1 - \hat{{y}})$.

""" + r"$$\frac{{\partial L}}{{\partial w_j}} = {first}, \qquad " + \
    r"""\frac{{\partial L}}{{\partial b}} = {second}$$
"""


@pytest.mark.parametrize(("doc", "first", "second", "verdicts"), [
    (SCALAR, "2(a - y) x", "2(a - y)", ["ok", "ok"]),
    (SCALAR, "2(y - a) x", "2(a - y)", ["error", "ok"]),   # was: the second 'carried forward'
    (SCALAR, "2(a - y) x", "2(y - a)", ["ok", "error"]),
    (VECTOR, r"(\hat{y} - y) x_j", r"\hat{y} - y", ["ok", "ok"]),
    (VECTOR, r"(y - \hat{y}) x_j", r"\hat{y} - y", ["error", "ok"]),  # was a substitution
    (VECTOR, r"(\hat{y} - y) x_j", r"y - \hat{y}", ["ok", "error"]),
])
def test_claims_side_by_side(doc, first, second, verdicts):
    steps = check_document(doc.format(first=first, second=second), kind="md").steps
    claims = [s.verdict for s in steps if s.method not in ("definition",)
              and s.line == steps[-1].line]
    assert claims == verdicts, [(s.line, s.verdict, s.message) for s in steps]

"""A name a line ties to another variable (`sin x = x - sin(ξ)x²/2, 0 < ξ < x`: ξ between 0
and x, a mean-value point) cannot be refuted by values of its own: steps in it are unchecked."""

from __future__ import annotations

import pytest
from document_steps import assert_verdicts

REMAINDER = r"""$$\sin(x) = x - \sin(\xi)x^2/2, \quad 0 < \xi < x$$

$$\lim_{{x \to 0}} \frac{{\sin(x)}}{{x}} = {}$$
"""


@pytest.mark.parametrize(("step", "verdict"), [
    # equal only through the line above (ξ depends on x): never an error
    (r"\lim_{x\to 0} \frac{x - \sin(\xi) x^2/2}{x}", "unchecked"),
    # a slip that holds no ξ is still wrong
    (r"\lim_{x \to 0} \frac{\cos(x)}{2}", "error"),
])
def test_a_name_tied_by_a_bound(step, verdict):
    got_verdicts = [("unchecked", None), ("unchecked", None), (verdict, None)]
    assert_verdicts(REMAINDER.format(step), got_verdicts)

"""A step between two sides that both hold ± (`(1 ± √(1 + 49))/7 = (1 ± 5√2)/7`, the quadratic
formula worked out) is checked as the two values each side stands for: ok when they agree
(side by side, or ± against ∓), an error when neither pairing does; one ± alone stays
unchecked (it was "'±' cannot be checked" for every such step)."""

from __future__ import annotations

import pytest
from document_steps import assert_verdicts


@pytest.mark.parametrize(("text", "verdict"), [
    (r"\frac{1\pm\sqrt{1+49}}7=\frac{1\pm5\sqrt 2}7", "ok"),
    (r"\frac{-2 \pm \sqrt{4 + 12}}{2} = \frac{-2 \pm 4}{2}", "ok"),
    (r"\frac{-2 \pm 4}{2} = -1 \pm 2", "ok"),
    (r"(3 \pm 1) \cdot 2 = 6 \pm 2", "ok"),
    (r"\frac{-2 \pm \sqrt{4 + 12}}{2} = \frac{-2 \pm 5}{2}", "error"),
    (r"1 \pm 2 = 3", "unchecked"),
    (r"3 \pm 1 = 3 \mp 1", "ok"),  # the same two values: ∓ pairs with ±
    (r"x \pm 1 = x \mp 2", "error"),
])
def test_both_sides_with_plus_minus(text, verdict):
    assert_verdicts(f"$${text}$$\n", [(verdict, None)])

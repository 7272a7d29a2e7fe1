"""Right steps of real notes that were called wrong (the twentieth look at other people's notes),
each beside a wrong step of the same shape that must stay an error."""

from __future__ import annotations

import pytest

from tutor.batch import check_document


def _last_verdict(text: str) -> str:
    return check_document(text, kind="md").steps[-1].verdict


# a rewrite under a limit is judged where the limit looks: x > 0 as x → +∞, close to the point
@pytest.mark.parametrize(("left", "right", "verdict"), [
    (r"\lim_{x\to +\infty} \frac{x}{\sqrt{x^2+x}+x}",
     r"\lim_{x\to +\infty} \frac{1}{\sqrt{1+\tfrac{1}{x}}+1}", "ok"),   # equal for x > 0 only
    (r"\lim_{x\to\infty} \frac{|x-1|}{x}", r"\lim_{x\to\infty} \frac{x-1}{x}", "ok"),
    (r"\lim_{x\to 0} \frac{|x-1| \sin x}{x}", r"\lim_{x\to 0} \frac{(1-x)\sin x}{x}", "ok"),
    (r"\lim_{x\to 0^+} \frac{\sqrt{x^2}}{x}", r"\lim_{x\to 0^+} 1", "ok"),
    (r"\lim_{h\to 0} \frac{2xh + h^2}{h}", r"\lim_{h\to 0} (2x + 7h)", "error"),  # by luck
    (r"\lim_{x\to 0} \frac{\sin 2x}{x}", r"\lim_{x\to 0} \frac{\sin 7x}{x}", "error"),
    (r"\lim_{x\to\infty} \frac{|x-1|}{x}", r"\lim_{x\to\infty} \frac{x-3}{2x}", "error"),
])
def test_rewrites_under_a_limit(left, right, verdict):
    assert _last_verdict(f"$${left} = {right}$$\n") == verdict

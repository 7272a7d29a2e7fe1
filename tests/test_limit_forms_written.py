"""The point put into a limit to show its form (`lim_{x→1} (x⁴ − 5x² + 4)/(x² − 2x + 1) =
(1 − 5 + 4)/(1 − 2 + 1) = 0/0 FI`): the form is checked as a form (ok when it is the form at
the point, an error when the numbers put in are wrong), one form worked out to the next is ok,
and Italian notes' mark FI (forma indeterminata) is ink (each was "undefined: no value")."""

from __future__ import annotations

import pytest
from document_steps import assert_verdicts

LIMIT = r"\lim_{x \to 1}\frac{x^4-5x^2+4}{x^2-2x+1}"


@pytest.mark.parametrize(("text", "verdicts"), [
    (LIMIT + r"=\frac{1-5+4}{1-2+1}", ["ok"]),
    (LIMIT + r"=\frac{1-5+4}{1-2+1}=\frac00FI", ["ok", "ok"]),
    (LIMIT + r"=\frac{1-5+3}{1-2+1}", ["error"]),  # the numerator put in wrongly
    (r"\lim_{x\to 25}\frac{\sqrt{x}-5}{x-25}=\frac{5-5}{25-25}=\frac00 \quad FI", ["ok", "ok"]),
    (r"\lim_{x\to 1}\frac{\sin 10\pi x}{\sin 5 \pi x}=\frac{\sin 10 \pi}{\sin 5 \pi}", ["ok"]),
    (r"\lim_{x \to 1}\frac{x-2}{(x-1)^2}=\frac{1-2}{(1-1)^2}", ["ok"]),
    (r"\frac{1-5+4}{1-2+1} = \frac{0}{1}", ["unchecked"]),  # no value: not a form worked out
])
def test_a_form_written_for_a_limit(text, verdicts):
    assert_verdicts(f"$${text}$$\n", [(v, None) for v in verdicts])

"""The sixteenth round of real-notes habits (calculus, ML calculus): Markdown exported from
Google Docs with its backslash escapes, and Dev.to's Liquid `{% katex %}` math tags."""

from __future__ import annotations

import pytest

import tutor
from tests.document_steps import assert_steps, assert_verdicts
from tutor.notes.docs_escapes import docs_escapes_removed
from tutor.notes.liquid_katex import liquid_katex_as_dollars

DOCS_EXPORT = r"""**2\. Gradients**

Numbers: x = 2, y = 3, w = 1

dL/dw = 2 \* (2 - 3) \* 2 = {}

$\\int\_0\^1 x\^2 dx = {}$
"""


# Google Docs escapes `^`, `*`, `_`, `.` and doubles TeX's backslash: the math is read
@pytest.mark.parametrize(("product", "integral", "verdicts"), [
    ("-4", "1/3", ["ok", "ok"]),
    ("4", "1/3", ["error", "ok"]),      # the sign
    ("-4", "1/2", ["ok", "error"]),     # the number
])
def test_a_google_docs_export_is_read(product, integral, verdicts):
    steps = tutor.check_document(DOCS_EXPORT.format(product, integral), kind="md").steps
    judged = [s.verdict for s in steps if s.verdict in ("ok", "error")]
    assert judged == verdicts, [(s.line, s.verdict, s.message) for s in steps]
    assert all(s.verdict != "parse_error" for s in steps)


# the escapes come off only in an export (two escapes no TeX writes), never in code, and each
# line keeps its length
@pytest.mark.parametrize(("text", "expected"), [
    ("a x\\^2 and 2 \\* 3\n`x\\^2`\n", "a x^2 and 2 * 3  \n`x\\^2`\n"),
    ("$\\\\frac{1}{2} = 0\\.5$ \\* \\*", "$\\frac{1}{2} = 0.5$ * *    "),
    ("$$\\[ x \\]$$ and x\\_1", "$$\\[ x \\]$$ and x\\_1"),   # no export: as is
    ("x\\^2 \\^3\n```\ny = a\\*b\n```\n", "x^2 ^3  \n```\ny = a\\*b\n```\n"),
])
def test_docs_escapes_come_off_only_in_an_export(text, expected):
    assert docs_escapes_removed(text) == expected


LIQUID = """Chain rule: {{% katex inline %}}\\frac{{d}}{{dx}} e^{{x^2}} = {}{{% endkatex %}} and

{{% katex %}}
\\frac{{d}}{{dx}} \\ln(1 + e^{{x}}) = {}
{{% endkatex %}}

```python
grad_w = (y_hat - y) * x
```
"""


# Dev.to's Liquid tags hold the math: inline and display are read and checked, code is not
@pytest.mark.parametrize(("chain", "log", "verdicts"), [
    ("2x e^{x^2}", "\\frac{e^{x}}{1 + e^{x}}", ["ok", "ok"]),
    ("x e^{x^2}", "\\frac{e^{x}}{1 + e^{x}}", ["error", "ok"]),   # the factor 2 dropped
    ("2x e^{x^2}", "\\frac{1}{1 + e^{x}}", ["ok", "error"]),
])
def test_liquid_katex_tags_are_math(chain, log, verdicts):
    assert_verdicts(LIQUID.format(chain, log), [(v, None) for v in verdicts])


# positions stay: the dollars stand next to the math, the rest of each tag is blanked
def test_liquid_tags_keep_positions():
    text = "so {% katex inline %}x^2{% endkatex %} and {% katex %}\ny = 1\n{% endkatex %}"
    done = liquid_katex_as_dollars(text)
    assert len(done) == len(text) and done.count("\n") == text.count("\n")
    assert "$x^2$" in done and done.split("\n")[1] == "y = 1"
    assert liquid_katex_as_dollars("{% katex %} never closed") == "{% katex %} never closed"


def test_a_liquid_display_reports_its_own_line():
    assert_steps("intro\n\n{% katex %}\n(x^2)' = 2x\n{% endkatex %}\n", [(4, "ok", None)])


SERIES_LIST = """Taylor series around 0:

- e^x = 1 + x + x^2/2 + x^3/6 + ...
- sin x = x - x^3/6 + x^5/{} - ...
"""


# a bare series in a bullet list ends in `...`: its dots stay (no parse error), terms checked
@pytest.mark.parametrize(("factorial", "verdict"), [("120", "ok"), ("100", "error")])
def test_a_bare_series_keeps_its_closing_dots(factorial, verdict):
    assert_steps(SERIES_LIST.format(factorial), [(3, "ok", None), (4, verdict, None)])


CONTINUED = """Chain rule:

h(x) = 5(3x^2 + 1)^4 * 6x

= 30x(3x^2 + 1)^{}
"""


# a `= …` line under a bare formula with a blank line between (a paragraph break, as an
# export writes it) goes on from the formula above
@pytest.mark.parametrize(("power", "verdict"), [("4", "ok"), ("5", "error")])
def test_a_continuation_after_a_blank_line(power, verdict):
    assert_steps(CONTINUED.format(power), [(3, "unchecked", None), (5, verdict, None)])


# a blank line and then prose (no `=` first) leaves the formula behind
def test_prose_after_a_blank_line_is_not_continued():
    assert_steps(CONTINUED.replace("= 30x", "so 30x").format("4"), [(3, "unchecked", None)])


# `Product rule: f(x) = …`: a two-word label before a bare formula; the function is defined
@pytest.mark.parametrize(("derivative", "verdict"), [
    ("2x * sin(x) + x^2 * cos(x)", "ok"),
    ("2x * sin(x) - x^2 * cos(x)", "error"),    # the sign
])
def test_a_two_word_label_before_a_bare_definition(derivative, verdict):
    text = f"Product rule: f(x) = x^2 * sin(x)\n\nf'(x) = {derivative}\n"
    assert_steps(text, [(1, "unchecked", "definition"), (3, verdict, None)])

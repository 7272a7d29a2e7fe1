"""KaTeX's and MathJax's HTML wrappers (`\\htmlClass{salmon}{t(x)}`, `\\class{step}{…}`,
`\\cssId`, `\\style`) are ink around their content, as `\\textcolor` is ("unknown command
\\htmlClass" on a quotient-rule lesson of held-out real29); `\\sqrt(x + 1)`, a root written as a
call, is √(x + 1), not TeX's √( x + 1) (a parse error)."""

from __future__ import annotations

import pytest
import sympy as sp

from tutor.read.parser import parse


@pytest.mark.parametrize(("written", "plain"), [
    ("\\htmlClass{salmon}{t(x)} + 1", "t(x) + 1"),
    ("\\frac{\\htmlClass{blue}{x^2 + 1}}{\\htmlClass{red}{2x}}", "\\frac{x^2 + 1}{2x}"),
    ("\\class{step}{x^2} - 1", "x^2 - 1"),
    ("\\htmlId{a}{x} \\cdot \\htmlStyle{color: red}{y}", "x \\cdot y"),
    ("\\cssId{k}{3x}", "3x"),
    ("\\sqrt(x)", "\\sqrt{x}"),
    ("\\sqrt(x + 1) \\cdot 2", "\\sqrt{x + 1} \\cdot 2"),
    ("\\sqrt((x+1)^2)", "\\sqrt{(x+1)^2}"),
    ("\\sqrt (4)", "\\sqrt{4}"),
])
def test_a_wrapper_or_a_root_call_reads_as_its_plain_form(written, plain):
    got, expected = parse(written), parse(plain)
    assert got == expected and sp.srepr(got) == sp.srepr(expected)

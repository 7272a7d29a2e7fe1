"""A power typed as a Unicode superscript right after a function's name: `\\sin² x`,
`cos³(x)`, `tan⁻¹(x)` (phones, Obsidian, pasted text) read as (sin x)², …, arctan x."""

from __future__ import annotations

import pytest

from tutor.read.parser import parse


@pytest.mark.parametrize(("syntax", "text", "read"), [
    ("latex", r"\sin² x", "sin(x)**2"),
    ("latex", r"\cos²(2x)", "cos(2*x)**2"),
    ("latex", r"\tan³ x + 1", "tan(x)**3 + 1"),
    ("latex", r"\sin⁻¹ x", "asin(x)"),
    ("latex", r"\sinh² x", "sinh(x)**2"),
    ("plain", "sin²(x)", "sin(x)**2"),
    ("plain", "cos³(x) + 1", "cos(x)**3 + 1"),
    ("plain", "tan⁻¹(x)", "atan(x)"),
])
def test_a_superscript_after_a_function_name(syntax, text, read):
    assert str(parse(text, syntax)) == read

"""Plain-text math in a one-line HTML `<pre>` of a note (`<pre><b>E(X) = 1*0,5 = 0,5</b></pre>`),
read as a formula of an indented block is."""

from __future__ import annotations

import re

from tutor.notes.indented_math import plain_formula

# `<pre align="center"><b>…</b></pre>` on one line, its bold (or code) tags around the formula
_PRE_LINE = re.compile(r"<pre\b[^>\n]*>[ \t]*(?:<(b|strong|code)>)?[ \t]*([^<>\n]+?)[ \t]*"
                       r"(?:</\1>)?[ \t]*</pre>", re.IGNORECASE)


def pre_math_regions(text: str, taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The formula of each one-line `<pre>` element whose text is a plain formula (a relation,
    no mark of code, no word but math's), outside the `taken` regions."""
    regions = []
    for m in _PRE_LINE.finditer(text):
        start, end = m.span(2)
        if plain_formula(m.group(2)) and not any(s < end and start < e for s, e in taken):
            regions.append((start, end))
    return regions

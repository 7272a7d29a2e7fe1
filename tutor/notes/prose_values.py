"""Values given in the words of a Markdown note, outside its math: `Let p = 0.3 be …`, `where
p = 0.8`, `with n = 10 trials`, `### Case n = 10`, a setup list's `` `x = 1.0` ``: the `p = 0.3`
is read as math (a value given, as `Let $p = 0.3$` would be)."""

from __future__ import annotations

import re

from tutor.notes.frontmatter import front_matter
from tutor.notes.indented_math import FENCE

# `Let p = 0.3 be`, `Take n = 20.`, `Suppose λ = 2,`: a word that gives a value, one letter (a
# Greek one too, or with a digit subscript), `=` and a plain number, then no more math
_VALUE = (r"(?<![\w\\${_^])(?P<value>[A-Za-zα-ωΑ-Ω](?:_\d)?[ \t]*=[ \t]*-?\d{1,9}(?:\.\d{1,12})?)"
          r"(?![\w$^*/+=(){}\-]|\.\d|[ \t]*[=<>^*/+×·\-])")
_GIVES = re.compile(r"(?<![\w\\$])(?:let|take|suppose|assume|given|case|now|where|with|and|if"
                    r"|when|probability)[ \t]+" + _VALUE, re.IGNORECASE)  # `where p = 0.8`
# `toss it n = 10 times`, `n = 50 trials`: a count said with what it counts
_COUNTED = re.compile(r"(?<![\w\\$])" + _VALUE + r"(?=[ \t]+(?:times|trials|tosses|flips|rolls"
                      r"|draws|samples|observations|coins|dice|people|students|days)\b)",
                      re.IGNORECASE)
_IN_HEADING = re.compile(_VALUE)
# `x = 1.0`, `w1 = 0.5`, `y_true = 0.0` in inline code: a setup list's values, as typed
_IN_CODE = re.compile(r"(?<!`)`[ \t]*(?P<value>[A-Za-z](?:_?[A-Za-z0-9]{1,8})?[ \t]*=[ \t]*"
                      r"-?\d{1,9}(?:\.\d{1,12})?)[ \t]*`(?!`)")
_HEADING = re.compile(r"[ \t]{0,3}#{1,6}[ \t]")
_LEFT_ALONE = re.compile(r"(?: {4,}|\t)|[ \t]*(?:\||<|!\[|\[\^)")
MAX_LINE = 400  # longer lines are paragraphs of prose: a value is given in a short one


def prose_value_regions(text: str, taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """(start, end) of each value given in the words of a heading or of a line of prose, none
    inside a `taken` region (math already found, code) nor in a code fence or front matter."""
    lines = text.split("\n")
    body, _ = front_matter(lines)
    regions: list[tuple[int, int]] = []
    offset, fence = sum(len(line) + 1 for line in lines[:body]), None
    for line in lines[body:]:
        start = offset
        offset += len(line) + 1
        opener = FENCE.match(line)
        if opener and (fence is None or opener.group(1).startswith(fence)):
            fence = None if fence else opener.group(1)
            continue
        if fence or len(line) > MAX_LINE or _LEFT_ALONE.match(line):
            continue
        patterns = [_IN_CODE] if "`" in line else [_IN_HEADING] if _HEADING.match(line) \
            else [_GIVES, _COUNTED]
        for m in (m for pattern in patterns for m in pattern.finditer(line)):
            span = (start + m.start("value"), start + m.end("value"))
            if not any(a < span[1] and span[0] < b for a, b in taken + regions):
                regions.append(span)
    return regions

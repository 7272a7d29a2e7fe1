"""Section titles of an article pasted as plain text (Medium, Substack): `3. Binary
cross-entropy (logistic regression)` on a line of its own between blank lines, the heading the
page showed; a new section, as a `##` heading is (its names may be defined anew)."""

from __future__ import annotations

import re

from tutor.notes.indented_math import FENCE

# a number, a dot, a capitalised title of words (no math, no sentence's end)
_TITLE = re.compile(r" {0,3}\d{1,2}\.[ \t]+[A-Z][A-Za-z0-9 ,'()+&/-]{2,70}")
MAX_WORDS = 8


def numbered_title_starts(text: str) -> list[int]:
    """The offsets of the lines that are such titles (outside code fences)."""
    lines, starts, offset, fence = text.split("\n"), [], 0, None
    for k, line in enumerate(lines):
        opener = FENCE.match(line)
        if opener and (fence is None or opener.group(1).startswith(fence)):
            fence = None if fence else opener.group(1)
        elif fence is None and _TITLE.fullmatch(line.rstrip()) and len(line.split()) <= \
                MAX_WORDS + 1 and _blank(lines, k - 1) and _blank(lines, k + 1):
            starts.append(offset)
        offset += len(line) + 1
    return starts


def _blank(lines: list[str], k: int) -> bool:
    return not 0 <= k < len(lines) or not lines[k].strip()

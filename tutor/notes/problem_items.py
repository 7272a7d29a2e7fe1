"""Numbered homework problems with parts (`7.` then an indented `a.`, `b.` or `1.`, `2.`): each
top-level numbered item of such a list is a problem, a new section as a heading is (the f of
problem 7, given by its values, may be another than the f defined in problem 5); so is each
lettered part written at the margin (`a. Inner function …`, then `b. …`): part b may give its
names other formulas than part a did."""

from __future__ import annotations

import re

from tutor.notes.fences import FENCE

_ITEM = re.compile(r" {0,3}\d{1,2}[.)](?:[ \t]|$)")  # `7. `, `12)` at the margin
_PART = re.compile(r"[ \t]+\(?(?:[a-h]|\d{1,2})[.)][ \t]")  # `\ta. `, `  (b) `, `\t1. ` under it
# `a. `, `(b) `, `**c)** ` at the margin, then words or math
_MARGIN_PART = re.compile(r" {0,3}(?:\*\*)?(?:\(?([a-hа-з])[.)]|\((\d{1,2})\))(?:\*\*)?"
                          r"(?:(?:[ \t]+|\\[ ,;]|\\q?quad(?![a-zA-Z]))\S|[ \t]*$)",  # `(a)\ y`
                          re.M)


def problem_item_starts(text: str) -> list[int]:
    """The offsets of the top-level numbered items (outside code fences), when at least one
    of them holds parts, lettered or numbered; [] otherwise (a numbered list of steps of one
    answer)."""
    starts, offset, fence, parted, in_item = [], 0, None, False, False
    for line in text.split("\n"):
        opener = FENCE.match(line)
        if opener and (fence is None or opener.group(1).startswith(fence)):
            fence = None if fence else opener.group(1)
        elif fence is None and _ITEM.match(line):
            starts.append(offset)
            in_item = True
        elif fence is None and in_item and _PART.match(line):
            parted = True
        offset += len(line) + 1
    return starts if parted else []


def lettered_part_starts(text: str) -> list[int]:
    """The offsets of the lettered parts written at the margin (`a. …`, `(b) …`, outside code
    fences), when a part b follows a part a; [] otherwise (one `a.` is a sentence's, not a
    part's)."""
    starts, letters, offset, fence = [], [], 0, None
    for line in text.split("\n"):
        opener = FENCE.match(line)
        if opener and (fence is None or opener.group(1).startswith(fence)):
            fence = None if fence else opener.group(1)
        elif fence is None and (part := _MARGIN_PART.match(line)):
            starts.append(offset)
            letters.append(part.group(1) or part.group(2))  # `(2)`: a numbered part
        offset += len(line) + 1
    pairs = zip(letters, letters[1:], strict=False)
    parted = any(pair in (("a", "b"), ("а", "б"), ("1", "2")) for pair in pairs)
    return starts if parted else []

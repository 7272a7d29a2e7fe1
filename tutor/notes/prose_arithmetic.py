"""Arithmetic written inside a sentence with no `$` around it (`the probability is 1/16 = 0.0625`,
`It should be 1 - 21/45 = 0.53 or …`): a run of numbers and signs of operation with `=` between,
each run a claim of its own. Numbers only, so nothing in it depends on what a name means; a run
is left alone when what stands next to it could belong to it (`x + 3 * 2 = 7`, `2 x 3 + 1 = 7`,
`= 6x`): then the written numbers are not the whole of either side.
"""

from __future__ import annotations

import re

from tutor.notes.fences import FENCE

_NUMBER = r"(?:\d+(?:\.\d+)?|\.\d+)%?"
_TERM = rf"\(?[ \t]*{_NUMBER}[ \t]*\)?"
_SIDE = rf"{_TERM}(?:[ \t]*[-+*/×÷][ \t]*{_TERM})*+"  # possessive: no way back into a side
_RUN = re.compile(rf"(?<![\w.,%^()*/+\-=<>$\\_'])({_SIDE}(?:[ \t]*=[ \t]*{_SIDE})+)")
_OPERATOR = re.compile(r"[-+*/×÷]")
# what may stand before a run: the start, a word of prose (two letters or more), `=`, `:`, `|`
_BEFORE = re.compile(r"(?:^|[A-Za-z]{2,}|[=:|,(]|\*\*)[ \t]*$")
# what may stand after it: the end or a `|`, a space then a word of prose, a closing `.` or `,`
_AFTER = re.compile(r"(?:[ \t]*[|$]|[.,;!?)]?(?:[ \t]+(?:[A-Za-z]{2,}|[-–(*_]|or\b)|[ \t]*$))")
_LEFT_ALONE = re.compile(r"(?: {4,}|\t)|[ \t]*#")  # an indented code block, a heading
_MATH_OR_CODE = re.compile(r"[$`]|\\[(\[]")
LONGEST_LINE = 400  # a sentence; a longer line (a pasted table, data) is not searched


def prose_arithmetic_regions(text: str, taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """(start, end) of each run of arithmetic in the prose lines of `text`, none inside or
    beside a `taken` region and none in code."""
    regions, offset, fence = [], 0, None
    for line in text.split("\n"):
        start, offset = offset, offset + len(line) + 1
        opener = FENCE.match(line)
        if opener and (fence is None or opener.group(1).startswith(fence)):
            fence = None if fence else opener.group(1)
            continue
        if fence or "=" not in line or len(line) > LONGEST_LINE or _LEFT_ALONE.match(line) \
                or _MATH_OR_CODE.search(line):
            continue
        for m in _RUN.finditer(line):
            first, last = _balanced(line, m.start(1), m.start(1) + len(m.group(1).rstrip()))
            if _claim(line, m) and not any(a < start + last and start + first < b
                                           for a, b in taken):
                regions.append((start + first, start + last))
    return regions


def _balanced(line: str, first: int, last: int) -> tuple[int, int]:
    """The run without a bracket at either end that the run does not close (`(1/16 = 0.0625`
    of a remark in brackets)."""
    first += len(line[first:last]) - len(line[first:last].lstrip())
    written = line[first:last]
    if written.startswith("(") and written.count("(") > written.count(")"):
        first += 1
    elif written.endswith(")") and written.count(")") > written.count("("):
        last -= 1
    return first, last


def _claim(line: str, run: re.Match) -> bool:
    """Whether a run found in `line` stands alone: a sign of operation in it, and nothing that
    could belong to it before or after."""
    written = run.group(1).rstrip()
    return bool(_OPERATOR.search(written.lstrip("-"))) and bool(
        _BEFORE.search(line[:run.start(1)])) and bool(_AFTER.match(line, run.start(1)
                                                                   + len(written)))

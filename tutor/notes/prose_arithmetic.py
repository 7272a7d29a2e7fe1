"""Arithmetic written inside a sentence with no `$` around it (`the probability is 1/16 = 0.0625`,
`It should be 1 - 21/45 = 0.53 or …`): a run of numbers and signs of operation with `=` between,
each run a claim of its own. Numbers only, so nothing in it depends on what a name means; a run
is left alone when what stands next to it could belong to it (`x + 3 * 2 = 7`, `2 x 3 + 1 = 7`,
`= 6x`): then the written numbers are not the whole of either side. A line that is only
`= 20/126 + 16/126` under another opening with `=` goes on from it (a chain written a line a step).
"""

from __future__ import annotations

import re

from tutor.notes.fences import FENCE

_NUMBER = r"(?:\d+(?:\.\d+)?|\.\d+)%?"
_TERM = rf"\(?[ \t]*{_NUMBER}[ \t]*\)?"
# possessive: no way back into a side; (4/7)(5/9), 2(3): a product (no lookbehind here: Python
# 3.11.2's engine ends such a run early, `1/16 = 0.062`)
_SIDE = rf"{_TERM}(?:(?:[ \t]*[-+*/×÷][ \t]*|(?=\())_TERM_)*+".replace("_TERM_", _TERM)
_RUN = re.compile(rf"(?<![\w.,%^()*/+\-=<>$\\_'])({_SIDE}(?:[ \t]*=[ \t]*{_SIDE})+)")
_OPERATOR = re.compile(r"[-+*/×÷]")
# what may stand before a run: the start, a word of prose (two letters or more), `=`, `:`, `|`
_BEFORE = re.compile(r"(?:^|[A-Za-z]{2,}|[=:|,(]|\*\*)[ \t]*$")
# what may stand after it: the end or a `|`, a space then a word of prose, a closing `.` or `,`
_AFTER = re.compile(r"(?:[ \t]*[|$]|[.,;!?)]?(?:[ \t]+(?:[A-Za-z]{2,}|[-–(*_]|or\b)|[ \t]*$))")
_HEADING = re.compile(r"[ \t]*#")
_INDENTED = re.compile(r" {4,}|\t")  # code, unless it goes on with a paragraph's sentence
_MATH_OR_CODE = re.compile(r"[$`]|\\[(\[]")
_EQUALS_LINE = re.compile(rf"[ \t]{{0,3}}(=[ \t]*{_SIDE})[ \t]*$")  # `= 51/126`, a whole line
_OPENS_WITH_EQUALS = re.compile(r"[ \t]{0,3}=(?!=)")
LONGEST_LINE = 400  # a sentence; a longer line (a pasted table, data) is not searched


def prose_arithmetic_regions(text: str, taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """(start, end) of each run of arithmetic in the prose lines of `text`, none inside or
    beside a `taken` region and none in code."""
    regions, offset, fence, lines = [], 0, None, text.split("\n")
    for k, line in enumerate(lines):
        start, offset = offset, offset + len(line) + 1
        opener = FENCE.match(line)
        if opener and (fence is None or opener.group(1).startswith(fence)):
            fence = None if fence else opener.group(1)
            continue
        if fence or "=" not in line or len(line) > LONGEST_LINE or _HEADING.match(line) or (
                _INDENTED.match(line) and not _in_paragraph(lines, k)) \
                or _MATH_OR_CODE.search(line):
            continue
        if (equals := _equals_line(lines, k)) is not None:
            if not any(a < start + equals[1] and start + equals[0] < b for a, b in taken):
                regions.append((start + equals[0], start + equals[1]))
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


def _equals_line(lines: list[str], k: int) -> tuple[int, int] | None:
    """(first, last) of line k when it is only `= numbers` with an operation or a number on
    each line (`= 20/126 + 16/126 + 15/126`, `= 17/42`) and the line above or below opens
    with `=` too: a step of a chain written one line a step; else None."""
    m = _EQUALS_LINE.match(lines[k])
    if m is None or not any(0 <= j < len(lines) and _OPENS_WITH_EQUALS.match(lines[j])
                            for j in (k - 1, k + 1)):
        return None
    return m.start(1), m.start(1) + len(m.group(1).rstrip())


def _in_paragraph(lines: list[str], k: int) -> bool:
    """Whether the indented line k goes on with a sentence of prose right above it (Markdown:
    an indented code block cannot break into a paragraph, so `    P(E) = 12/51 = 4/17.` under
    `… of the same suit is:` is the paragraph's)."""
    above = lines[k - 1] if k else ""
    return bool(above.strip()) and not _INDENTED.match(above) and not _HEADING.match(above) \
        and not FENCE.match(above) and bool(re.search(r"[A-Za-z]{2,}", above))

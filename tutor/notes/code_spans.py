"""Code in Markdown: where a backtick span ends, and notes whose math stands only in code."""

from __future__ import annotations

import re

BACKTICKS = re.compile("`+")
_CODE = re.compile(r"^ {0,3}(`{3,}|~{3,})[^\n]*\n.*?^ {0,3}\1|(`+)[^`\n]*?\2", re.S | re.M)


def dollars_only_in_code(text: str) -> bool:
    """Whether every `$` of a note stands in code (fences, spans) and some span is `$…$`."""
    if "`$" not in text:
        return False
    return "$" not in _CODE.sub(" ", text)


DOLLARS_ONLY = re.compile(r"(\$\$?)(?=[^\s$])([^$`\n]*[^\s$])\1")  # `$x = 1$` in a code span


def backtick_span_ends(text: str, start: int, end: int) -> dict[int, int | None]:
    """For each backtick run in text[start:end]: where the code span it opens ends (None: none)."""
    runs = [(run.start(), run.end()) for run in BACKTICKS.finditer(text, start, end)]
    ends: dict[int, int | None] = {}
    nearest_later: dict[int, int] = {}  # run length -> end of the nearest later run that long
    for run_start, run_end in reversed(runs):
        ends[run_start] = nearest_later.get(run_end - run_start)
        nearest_later[run_end - run_start] = run_end
    return ends

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


# `tanh(x) = (e^x - 1) / (e^x + 1)` alone on its line in a code span: a function of the
# library written out as math (no program assigns to a call), read as math in any note
_FUNCTION_WRITTEN_OUT = re.compile(
    r"\s*(?:tanh|sinh|cosh|sin|cos|tan|exp|sigmoid|softplus|relu|ReLU)\s*\(\s*[a-z]\s*\)\s*"
    r"=(?!=)[^=;:\[\]\"'#`]*[^\s=;:\[\]\"'#`]\s*")


def function_written_out(text: str, start: int, end: int) -> bool:
    """Whether text[start:end], the inside of a code span, is a library function written out
    as a formula of its letter (`tanh(x) = …`) and the span stands alone on its line."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    if text[line_start:start].strip(" \t`>*-") or text[end:line_end].strip(" \t`.,"):
        return False
    return _FUNCTION_WRITTEN_OUT.fullmatch(text, start, end) is not None

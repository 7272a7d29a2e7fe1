"""The options of a multiple-choice question (`a. $y = x - 1$`, `b. $y = 1$`, … under "Select
the correct answer"): candidates, not claims nor values given, so they are not read as math."""

from __future__ import annotations

import re

# a line that is a letter and one formula: `a. $…$`, `(b) $…$`, `C) $…$`, `- d. $…$`
_OPTION = re.compile(r"^[ \t]*(?:[-*+][ \t]+)?(?:\(([a-eA-E])\)|([a-eA-E])[.)])[ \t]+"
                     r"(?:\*\*)?\$(?P<math>[^$\n]+)\$(?:\*\*)?[ \t.]*$", re.M)
# what an option holds: a bare expression, or one letter given a bare expression (`y = x - 1`);
# a lettered short answer claims something of a limit, a derivative, a call (`(a) $\lim … = 1$`)
_RELATION = re.compile(r"=|<|>|\\(?:[lg]eq?|approx|to)(?![a-zA-Z])")
_LETTER_GIVEN = re.compile(r"\s*[A-Za-z]\s*=\s*[^=<>]*$")
MIN_OPTIONS = 3  # a, b, c at least: two lettered formulas may be the parts of an exercise


def without_choices(text: str, regions: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """`regions` without those on the lines of a list of options: three lines or more, each a
    letter (a, b, c, … in order, blank lines between) and one formula that claims nothing (an
    expression, or a letter given one)."""
    spans = _option_runs(text)
    if not spans:
        return regions
    return [(start, end) for start, end in regions
            if not any(first <= start < last for first, last in spans)]


def _option_runs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each run of lettered option lines."""
    runs, current = [], []
    for m in _OPTION.finditer(text):
        if _RELATION.search(m.group("math")) and not _LETTER_GIVEN.match(m.group("math")):
            continue  # `(a) $\lim_{x \to 0} … = 1$`: a short answer, a claim
        letter = (m.group(1) or m.group(2)).lower()
        follows = current and ord(letter) == ord(current[-1][0]) + 1 and \
            not text[current[-1][2]:m.start()].strip()
        if not follows:
            runs.append(current)
            current = []
        if follows or letter == "a":
            current.append((letter, m.start(), m.end()))
    runs.append(current)
    return [(run[0][1], run[-1][2]) for run in runs if len(run) >= MIN_OPTIONS]

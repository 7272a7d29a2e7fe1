"""The questions of a LaTeX exam-class sheet (`\\question`, `\\titledquestion`) as headings."""

from __future__ import annotations

import re

# a question's \part, \subpart are items of it (part (b) uses what part (a) found): no heading
_EXAM_HEADING = re.compile(
    r"\\(?:question|titledquestion|bonusquestion|bonustitledquestion)(?![a-zA-Z])")


def exam_headings(masked: str, start: int, end: int) -> list[tuple[int, int, None]]:
    """(offset, heading level, no problem id) of each exam-class question between start and end:
    a name given in one question (p = 0.2) is not the p of the next one."""
    return [(match.start(), 2, None) for match in _EXAM_HEADING.finditer(masked, start, end)]

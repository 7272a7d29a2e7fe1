"""The questions of a LaTeX exam-class sheet (`\\question`, `\\subpart`) as section headings."""

from __future__ import annotations

import re

# \part is a section already (tutor.notes.latex); its questions and subparts are met here
_EXAM_HEADING = re.compile(
    r"\\(?P<kind>question|titledquestion|bonusquestion|bonustitledquestion|subpart|subsubpart)"
    r"(?![a-zA-Z])")
_LEVELS = {"question": 2, "titledquestion": 2, "bonusquestion": 2, "bonustitledquestion": 2,
           "subpart": 4, "subsubpart": 5}


def exam_headings(masked: str, start: int, end: int) -> list[tuple[int, int, None]]:
    """(offset, heading level, no problem id) of each exam-class question between start and end:
    a name given in one question (p = 0.2) is not the p of the next one."""
    return [(match.start(), _LEVELS[match.group("kind")], None)
            for match in _EXAM_HEADING.finditer(masked, start, end)]

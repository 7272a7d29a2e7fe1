"""Headings that start a new exercise: one at the level of the heading before it, or above it."""

from __future__ import annotations

import re
from bisect import bisect_right

from tutor.model import SIBLING_SECTION

# a heading that goes on with the exercise above it: its solution, answer, proof, or a part
# of it (`### Solution` after `### Problem`, `### (b)` after `### (a)`, `## Uitwerking`)
_GOES_ON = re.compile(r"[#=*_\s]*(?:\\?[a-z]+\s*\{\s*)?(?:\(?[a-h]\)|[a-h][.)]|\d+\s*[a-h]\b"
                      r"|(?:part|deel|teil|onderdeel|partie|parte|część|step|stap|schritt)\b"
                      r"|solutions?\b|answers?\b|worked\b|proof\b|hints?\b|l[öo]sung|uitwerking"
                      r"|antwoord|oplossing|bewijs|beweis|soluci[oó]n|respuesta|r[ée]ponse"
                      r"|soluzione|risposta|rozwi[aą]zanie|odpowied|решение|ответ|доказательство"
                      r"|çözüm|cevap|λύση|απάντηση|פתרון|解|答|풀이|해답|증명)",
                      re.IGNORECASE)


def sibling_starts(events: list[tuple[int, int | None, str | None]], text: str = "") -> list[int]:
    """The offsets of the headings at the level of the heading before them or above it
    (`## Opgave 2` after `## Opgave 1`, `## Problem 4` after `### Solution`): a new exercise;
    `### Solution` after `### Problem`, `### (b)` after `### (a)` go on with the one above."""
    starts, previous, solved = [], None, None
    for offset, level, _ in sorted(event for event in events if event[1] is not None):
        title = text[offset:text.find("\n", offset) % (len(text) + 1)]
        numbered = _NUMBERED_SOLUTION.match(title)
        if previous is not None and level <= previous and (not _GOES_ON.match(title) or (
                numbered and solved not in (None, numbered.group(1)))):
            starts.append(offset)
        previous, solved = level, numbered.group(1) if numbered else None
    return starts


# `### Solución 2.5.6` right after `### Solución 2.5.3`: the solution of another exercise
_NUMBERED_SOLUTION = re.compile(r"[#=*_\s]*(?:solutions?|answers?|l[öo]sung|soluci[oó]n"
                                r"|solu[çc][ãa]o|soluzione|r[ée]ponse|respuesta|risposta|решение|ответ)"
                                r"\s+(?:to\s+|of\s+|de\s+|del?\s+)?(?:problem\s+|exercise\s+)?"
                                r"(\d+(?:\.\d+)*)", re.IGNORECASE)


def section_at(sections: list[int], siblings: list[int], offset: int) -> int:
    """How many headings and labels stand above `offset`, and SIBLING_SECTION more for each
    heading that started a new exercise (the walk tells the two apart by the jump)."""
    return bisect_right(sections, offset) + SIBLING_SECTION * bisect_right(siblings, offset)


def level_at(events: list[tuple[int, int | None, str | None]], sections: list[int],
             offset: int) -> int:
    """The level of the heading whose section `offset` stands in (`###`: 3); 0 when none
    stands above it or its section opens at a problem label (`**Q7.**`), which has none."""
    k = bisect_right(sections, offset)
    if k == 0:
        return 0
    return next((level for start, level, _ in events
                 if start == sections[k - 1] and level is not None), 0)


def sibling_labels(sections: list[int], labels: list[int], text: str = "") -> list[int]:
    """The problem labels (`**Example 2:**`, `**Problem 3.**`, offsets in `labels`) that come
    right after another label with no heading between: a new exercise, as a sibling heading
    is (the values stated under `**Example 1:**` are not those of Example 2); a label that
    goes on with the one above (`**Solution:**`, `**(b)**`) is none."""
    starts, previous = [], None
    labelled = set(labels)
    for offset in sections:
        title = text[offset:text.find("\n", offset) % (len(text) + 1)]
        if offset in labelled and previous in labelled and not _GOES_ON.match(title):
            starts.append(offset)
        previous = offset
    return starts

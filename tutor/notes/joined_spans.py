"""Two spans of math joined by an `=` written in the prose between them (`Set $g(x)$ = $3x^2 +
2x$`, `Let $u$ = $5$`): one statement, as `$g(x) = 3x^2 + 2x$` would be (a definition)."""

from __future__ import annotations

import re
from dataclasses import replace

from tutor.notes.fragments import Fragment

# what stands between the two spans: the closing `$`, an `=` alone, the opening `$`
_JOINING = re.compile(r"[ \t]*\$[ \t]*=[ \t]*\$[ \t]*")
_RELATION = re.compile(r"=|<|>|≤|≥|\\[lg]eq?(?![a-zA-Z])|\\neq?(?![a-zA-Z])|\\approx|\\sim")


def spans_joined_by_equals(text: str, fragments: list[Fragment]) -> list[Fragment]:
    """The fragments with each pair of one-line spans on one source line that only an `=`
    of the prose joins (neither holding a relation of its own) made one fragment: the first,
    the `=` (its `$` signs blanks) and the second, each character where it stood."""
    lines = text.split("\n")
    done: list[Fragment] = []
    for row in fragments:
        before = done[-1] if done else None
        joined = _joined(lines, before, row) if before is not None else None
        if joined is None:
            done.append(row)
        else:
            done[-1] = joined
    return done


def _joined(lines: list[str], first: Fragment, second: Fragment) -> Fragment | None:
    """`first` and `second` as one fragment, or None when the prose between them is more
    than an `=`, either spans lines, or either states a relation already."""
    if first.line != second.line or first.end_line != first.line or \
            second.end_line != second.line or second.continues or \
            not 0 < first.line <= len(lines) or \
            any(_RELATION.search(f.text) for f in (first, second)):
        return None
    written_first, written_second = (f.written or f.text for f in (first, second))
    gap_start = first.column - 1 + len(written_first)
    gap = lines[first.line - 1][gap_start:second.column - 1]
    if not gap or _JOINING.fullmatch(gap) is None:
        return None
    middle = gap.replace("$", " ")
    origins_first = first.origins or tuple(range(len(first.text)))
    shift = second.column - first.column
    origins_second = tuple(shift + k for k in (second.origins or range(len(second.text))))
    return replace(first, text=first.text + middle + second.text,
                   written=written_first + gap + written_second,
                   origins=(*origins_first, *range(len(written_first), shift), *origins_second))

"""Two spans of math joined by an `=` written in the prose between them (`Set $g(x)$ = $3x^2 +
2x$`, `Let $u$ = $5$`) or by its words (`$a$ gelijk aan $1$`, `$n$ is equal to $2$`): one
statement, as `$g(x) = 3x^2 + 2x$` would be (a definition)."""

from __future__ import annotations

import re
from dataclasses import replace

from tutor.notes.fragments import Fragment

# what stands between the two spans: the closing `$`, an `=` alone, the opening `$`
_JOINING = re.compile(r"[ \t]*\$[ \t]*=[ \t]*\$[ \t]*")
# or the words of `=`: `$a$ gelijk aan $1$`, `$n$ is equal to $2$`, `$x$ ist gleich $3$`
_WORDED = re.compile(r"[ \t]*\$[ \t]+(?P<words>(?:(?:is|ist|es|est|é|è)[ \t]+)?"
                     r"(?:gelijk[ \t]+aan|equal[ \t]+to|equals|gleich|igual[ \t]+a|égale?[ \t]+à"
                     r"|uguale[ \t]+a|равн[оаы]|равен))[ \t]+\$[ \t]*", re.IGNORECASE)
# an operator in the prose beside a span: `$\\frac{4}{36}$ + $\\frac{6}{36}$ = …`
_OPERATOR_BEFORE = re.compile(r"[-+−*/×·][ \t]*\$$")
_OPERATOR_AFTER = re.compile(r"\$[ \t]*[-+−*/×·]")
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
    worded = _WORDED.fullmatch(gap) if gap else None
    if not gap or (_JOINING.fullmatch(gap) or worded) is None or _in_prose_arithmetic(
            lines[first.line - 1], first.column - 1, second.column - 1 + len(written_second)):
        return None
    middle = gap.replace("$", " ")
    if worded:  # the words as `=`, each character where it stood
        start, end = worded.span("words")
        middle = middle[:start] + "=".ljust(end - start) + middle[end:]
    origins_first = first.origins or tuple(range(len(first.text)))
    shift = second.column - first.column
    origins_second = tuple(shift + k for k in (second.origins or range(len(second.text))))
    text_first, origins_first = _own_group(first.text, origins_first)
    text_second, origins_second = _own_group(second.text, origins_second)
    return replace(first, text=text_first + middle + text_second,
                   written=written_first + gap + written_second,
                   origins=(*origins_first, *range(len(written_first), shift), *origins_second))


def _in_prose_arithmetic(line: str, start: int, end: int) -> bool:
    """Does an operator of the prose stand right before the first span (its `$` at `start`
    - 1) or right after the second (its text ending at `end`)? Then the `=` joins a sum
    written in the prose, not the two spans alone."""
    return bool(_OPERATOR_BEFORE.search(line, 0, start)) or bool(_OPERATOR_AFTER.match(line, end))


def _own_group(text: str, origins: tuple) -> tuple[str, tuple]:
    """A span that holds TeX's infix `\\over` braced (`$4 \\over 36$ = $1 \\over 9$`: each
    span its own fraction, as its `$` signs made it), each brace where the span's ends stood."""
    if "\\over" not in text or not origins:
        return text, origins
    return "{" + text + "}", (origins[0], *origins, origins[-1])

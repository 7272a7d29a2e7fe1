"""A remark in brackets between a row and the row that goes on from it (`$R < …<$`, then
`(using $e^{1/3} < 3/2$)`, then `$< …$`): an aside, so the next row never goes on from it."""

from __future__ import annotations

from dataclasses import replace

from tutor.notes.fragments import Fragment

_BETWEEN = frozenset(("", "$$", "\\[", "\\]", "$"))  # blank lines, a display's delimiters


def bracketed_remarks(text: str, fragments: list[Fragment]) -> list[Fragment]:
    """The fragments with each inline formula of a prose line wholly in brackets, standing
    between a row and a row that goes on from it (opens with a relation), marked an aside."""
    lines = text.split("\n")
    done = list(fragments)
    for k in range(1, len(done) - 1):
        before, remark, after = done[k - 1], done[k], done[k + 1]
        if remark.continues or not after.continues or not _in_brackets(remark, lines):
            continue
        if not before.end_line < remark.line < after.line or any(
                lines[n - 1].strip() not in _BETWEEN for n in range(
                    before.end_line + 1, after.line) if n != remark.line):
            continue  # only blank lines and a display's delimiters beside the remark
        if any(done[j].line == remark.line and done[j].continues
               for j in range(len(done))):  # never a row of the chain itself
            continue
        done[k] = replace(remark, reason=True, block=before.block)
    return done


def _in_brackets(fragment: Fragment, lines: list[str]) -> bool:
    """Does the fragment stand on a line of prose that opens with `(` and closes with `)`
    (a full stop after it allowed), one bracket pair around the whole line?"""
    if not 0 < fragment.line <= len(lines) or fragment.end_line != fragment.line:
        return False
    line = lines[fragment.line - 1].strip().rstrip(".")
    if not (line.startswith("(") and line.endswith(")")):
        return False
    depth = 0
    for at, char in enumerate(line):
        depth += (char == "(") - (char == ")")
        if depth == 0 and at < len(line) - 1:
            return False  # `(a) … (b)`: two brackets, not one remark
    return True

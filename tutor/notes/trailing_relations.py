"""A row that ends with `=` (`$-(0.5\\log_2 0.5 + 0.5\\log_2 0.5) =$`) goes on in the next row
of math (`$= 1$` written without its `=`): the `=` is carried over to it."""

from __future__ import annotations

import re
from dataclasses import replace

from tutor.notes.fragments import Fragment

_TRAILING_EQUALS = re.compile(r"(?<![<>!:=\\])=\s*$")


def carried_relations(fragments: list[Fragment]) -> list[Fragment]:
    """The fragments with each trailing `=` moved to the start of the row after it, when that
    row follows closely and does not open with a relation of its own."""
    done = list(fragments)
    for k in range(len(done) - 1):
        row, after = done[k], done[k + 1]
        trailing = _TRAILING_EQUALS.search(row.text)
        if trailing is None or not row.text[:trailing.start()].strip() or after.continues:
            continue
        if after.block != row.block and not after.adjacent:  # no words between
            continue
        blanked = row.text[:trailing.start()] + " " * (len(row.text) - trailing.start())
        done[k] = replace(row, text=blanked)
        done[k + 1] = _with_equals(after)
    return done


def _with_equals(row: Fragment) -> Fragment:
    """The row with an `=` before it (it stands nowhere in the source: it points at the row's
    first character)."""
    written = row.written or row.text
    origins = row.origins or tuple(range(len(row.text)))
    return replace(row, text="=" + row.text, written=written, origins=(0, *origins),
                   continues=True)

"""A row that goes on (`= 0.5 × 3/144`) right under a line of prose holding a relation that
was not read as math (`* Spam score = P(S) × likelihood`): the value of that line's left side,
never a step on from the math before it."""

from __future__ import annotations

import re
from dataclasses import replace

from tutor.notes.fragments import Fragment

_RELATION = re.compile(r"[=<>≤≥≈]")
_MARKER = re.compile(r"^\s*(?:>\s*)*(?:[-*+]|\d+[.)])?\s+|^\s*(?:>\s*)*")  # a bullet, a quote
_LONGEST_NAME = 40


def unread_rows_named(text: str, fragments: list[Fragment]) -> list[Fragment]:
    """The fragments with each one that opens with a relation, right under a line of prose with
    a relation in it that no fragment covers, named by that line's left side."""
    lines = text.split("\n")
    covered = {n for f in fragments for n in range(f.line, f.end_line + 1)}
    done = list(fragments)
    for k, fragment in enumerate(done):
        if not fragment.continues or fragment.named or not 1 < fragment.line <= len(lines):
            continue
        if lines[fragment.line - 1][:max(0, fragment.column - 1)].strip(" \t>*-+"):
            continue  # words before it on its own line: the prose there names it
        above = fragment.line - 1
        while above > 1 and not lines[above - 1].strip():
            above -= 1
        if above in covered:
            continue
        prose = _MARKER.sub("", lines[above - 1], count=1)
        m = _RELATION.search(prose)
        if m is None or not prose[:m.start()].strip():
            continue
        name = prose[:m.start()].strip().strip("*_")[:_LONGEST_NAME]
        done[k] = replace(fragment, named=name or "the line above")
    return done

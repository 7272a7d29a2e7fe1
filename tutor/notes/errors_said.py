"""A value the prose after it calls approximate (`$f(1/3) = (1/3)e^{1/3} = 25/54$ with an error
of at most $0.005$`): its last `=` is read as ≈, never as an exact claim."""

from __future__ import annotations

import re
from dataclasses import replace

from tutor.notes.fragments import Fragment

_SAID_APPROXIMATE = re.compile(r"\$*\s*(?:,\s*)?(?:(?:with|up\s+to|within)\s+(?:an?\s+)?"
                               r"(?:absolute\s+)?error|approximately|roughly)\b", re.I)
_LAST_EQUALS = re.compile(r"=(?!.*=)", re.S)


def approximations_said(text: str, fragments: list[Fragment]) -> list[Fragment]:
    """The fragments with the last `=` of each one-line fragment that the prose right after it
    calls approximate (`with an error of at most …`) read as ≈."""
    lines = text.split("\n")
    done = list(fragments)
    for k, fragment in enumerate(done):
        if fragment.end_line != fragment.line or not 0 < fragment.line <= len(lines) \
                or "=" not in fragment.text or "\n" in fragment.text:
            continue
        line = lines[fragment.line - 1]
        after = fragment.column - 1 + len(fragment.written or fragment.text)
        if line[fragment.column - 1:after] != (fragment.written or fragment.text):
            continue  # the text was rewritten: where it ends in the line is not known
        if _SAID_APPROXIMATE.match(line, after) is None:
            continue
        done[k] = replace(fragment, text=_LAST_EQUALS.sub("≈", fragment.text, count=1))
    return done

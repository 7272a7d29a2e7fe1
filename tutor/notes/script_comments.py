"""Notes copied out of a script's comment block (Octave/MATLAB `% …`, `%% …`): every line opens
with the comment mark, which is no part of the math; it is blanked (columns kept)."""

from __future__ import annotations

import re

_MARK = re.compile(r"[ \t]*%{1,2}(?=[ \t]|$)")  # `% `, `%% `, a lone `%`
SHARE = 0.8  # of the lines with text that open with the mark: a comment block copied out


def comment_marks_blanked(lines: list[str]) -> list[str]:
    """`lines` with the leading `%` of each line blanked when most lines with text open with
    it (a percent sign inside a line, `5 %`, is left); unchanged otherwise."""
    written = [line for line in lines if line.strip()]
    marked = [_MARK.match(line) for line in lines]
    if not written or sum(m is not None for m in marked) < SHARE * len(written):
        return lines
    return [" " * m.end() + line[m.end():] if m else line for line, m in zip(lines, marked,
                                                                             strict=True)]

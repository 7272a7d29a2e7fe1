"""Where the inline and display math of a text stands ($…$, $$…$$, \\(…\\), \\[…\\]), found in
one pass over its delimiters: linear however many openers stand unclosed."""

from __future__ import annotations

import re

_DELIMITER = re.compile(r"\$\$|\$|\\\(|\\\)|\\\[|\\\]")
_CLOSER = {"$$": "$$", "$": "$", "\\(": "\\)", "\\[": "\\]"}


def math_spans(text: str) -> list[tuple[int, int, int, int]]:
    """(start, end, body start, body end) of each math span, delimiters paired in order."""
    spans, opened = [], None
    for match in _DELIMITER.finditer(text):
        token = match.group(0)
        if opened is None and token in _CLOSER:
            opened = match
        elif opened is not None and token == _CLOSER[opened.group(0)]:
            spans.append((opened.start(), match.end(), opened.end(), match.start()))
            opened = None
    return spans


def math_blanked(text: str) -> str:
    """The text with its math blanked (the same length: offsets keep their places)."""
    pieces, done = [], 0
    for start, end, _, _ in math_spans(text):
        pieces += [text[done:start], " " * (end - start)]
        done = end
    return "".join(pieces) + text[done:]

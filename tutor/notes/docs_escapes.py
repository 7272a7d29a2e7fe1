"""Markdown exported from Google Docs: its backslash escapes (`x\\^2`, `2 \\* x`, `w\\_new`,
`0\\.1`, `\\= …`, `$\\\\int\\_0\\^1 …$`) taken off, each line keeping its length and place."""

from __future__ import annotations

import re

from tutor.notes.fences import FENCE

# an escape no LaTeX writes before a non-letter: `\^2`, `\*`; two of them mark the export
_SIGNATURE = re.compile(r"\\[\^*](?![A-Za-z])")
# what the export escapes: Markdown's punctuation (never `\{`, `\}`, `\(`, `\)`, `\,`: TeX's)
_ESCAPE = re.compile(r"\\([\^*_.=\[\]\-+#!<>~|])")
# a TeX command whose backslash the export doubled: `\\int`, `\\frac{…}`
_DOUBLED = re.compile(r"\\\\(?=[A-Za-z])")
_CODE_SPAN = re.compile(r"(`+)[^`\n]*?\1")


def docs_escapes_removed(text: str) -> str:
    """`text` with a Google Docs export's escapes taken off; each line padded at its end with
    the spaces it lost, so lines keep their lengths (a note not exported is returned as is)."""
    if len(_SIGNATURE.findall(_CODE_SPAN.sub(" ", text))) < 2:
        return text
    lines = text.split("\n")
    fence: str | None = None
    for number, line in enumerate(lines):
        opened = FENCE.match(line)
        if fence is not None or opened:
            if opened and (fence is None or opened.group(1).startswith(fence)):
                fence = None if fence else opened.group(1)[:3]
            continue
        lines[number] = _line_unescaped(line)
    return "\n".join(lines)


def _line_unescaped(line: str) -> str:
    """One line's escapes taken off outside code spans, padded back to its length."""
    pieces, at = [], 0
    for span in _CODE_SPAN.finditer(line):
        pieces.append(_unescaped(line[at:span.start()]))
        pieces.append(span.group())
        at = span.end()
    pieces.append(_unescaped(line[at:]))
    done = "".join(pieces)
    return done + " " * (len(line) - len(done))


def _unescaped(text: str) -> str:
    """A piece of a line with its escapes and doubled backslashes taken off."""
    return _ESCAPE.sub(r"\1", _DOUBLED.sub(r"\\", text))

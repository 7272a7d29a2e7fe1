"""`2x + 3 = 7 \\quad | -3`, `2x = 4 \\quad |:2`, `4·2^{x-5} = 12 \\ , /4`: the operation done to
both sides, noted after an equation (German and Spanish school notes): ink, the next line says
what it gives."""

from __future__ import annotations

import re

_OPERATION = r"(?:[-+:/*÷·×]|\\cdot(?![a-zA-Z])|\\div(?![a-zA-Z])|\\times(?![a-zA-Z]))"
# the note at the end: spacing, a bar (or a comma), an operation and what it is done with
_NOTE = re.compile(r"(?:\s|\\q?quad(?![a-zA-Z])|\\[ ,;:!])*"
                   r"(?:(?:\||\\mid(?![a-zA-Z])|\\vert(?![a-zA-Z]))\s*" + _OPERATION
                   + r"|,\s*[/:÷*])\s*[^=|<>,]{1,24}$")  # `x = 2, -1`: two roots, no note
_RELATION = re.compile(r"=|<|>|\\[lg]eq?(?![a-zA-Z])")


def operation_notes_blanked(text: str) -> str:
    """`text` without the note of an operation done to both sides at its end (the same
    length); as it is when there is none, or no relation comes before it."""
    if "|" not in text and "," not in text and "\\mid" not in text and "\\vert" not in text:
        return text
    m = _NOTE.search(text)
    if m is None or not _RELATION.search(text[:m.start()]) or text.count("|", 0, m.start()) % 2:
        return text
    return text[:m.start()] + " " * (len(text) - m.start())

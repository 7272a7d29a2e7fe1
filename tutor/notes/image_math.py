"""Math kept in the address of an image, as READMEs did before GitHub rendered math:
`<img src="https://latex.codecogs.com/svg.latex?p_i%20=%20%5Csigma(z_i)">`,
`![](https://render.githubusercontent.com/render/math?math=x%5E2)`: the formula, URL-decoded
in place (each character where its code stood, the rest of the code blank)."""

from __future__ import annotations

import re

# the address up to the formula, then the formula up to the end of the address
IMAGE_MATH = re.compile(
    r"https?://(?:latex\.codecogs\.com/(?:[a-z]+\.)?(?:latex|image|download)"
    r"|(?:render\.githubusercontent\.com|[\w.-]+)/render/math)\?(?:math=)?")
_CODE = re.compile(r"%([0-9A-Fa-f]{2})")


def formula_span(text: str, start: int, end: int, opener: str) -> int:
    """Where the formula that starts at `start` ends (at the latest `end`): at the closing
    quote of `src="…"`, else at the `)` that closes a Markdown image `![](…)` (the formula's
    own brackets are counted) or at a space."""
    if opener in "\"'":
        stop = text.find(opener, start, end)
        return end if stop < 0 else stop
    depth = 0
    for k in range(start, end):
        char = text[k]
        if char.isspace() or char in "<>\"" or (char == ")" and depth == 0):
            return k
        depth += {"(": 1, ")": -1}.get(char, 0)
    return end


def decoded_in_place(text: str, spans: list[tuple[int, int]]) -> str:
    """`text` with the formulas at `spans` URL-decoded, each character written at the end of
    its code (`%5C` becomes two blanks and a backslash), so every offset holds."""
    if not spans:
        return text
    pieces, last = [], 0
    for start, end in spans:
        pieces += [text[last:start], _CODE.sub(_decoded, text[start:end])]
        last = end
    pieces.append(text[last:])
    return "".join(pieces)


def _decoded(m: re.Match) -> str:
    char = chr(int(m.group(1), 16))
    return "  " + (" " if char in "\n\r\t" or not char.isprintable() else char)

"""Tell the double bars of a norm ‖w‖ from the separator of KL(p‖q) before lexing."""

from __future__ import annotations

import re

NORM_OPEN, NORM_CLOSE = "\ue003", "\ue004"
# a double bar: \| \Vert \lVert \rVert ‖ || (a closing one may carry the 2 of ‖w‖_2, or the
# F of ‖W‖_F: the Frobenius norm, a matrix's entries as one vector, the norm ‖W‖ is read as)
_DOUBLE_BAR = re.compile(r"\\\||\\[lr]?Vert(?![a-zA-Z])|‖|\|\|")
_TWO = re.compile(r"\s*_\s*(\{\s*(?:2|F|\\mathrm\s*\{\s*F\s*\})\s*\}|2|F(?![a-zA-Z]))")
_OPENERS, _CLOSERS = "([{", ")]}"


def mark_norms(text: str) -> str:
    """Double bars that pair up at the same bracket depth become ‖…‖ markers, padded with
    spaces so that every position stays where it was; a lone double bar inside brackets
    (`KL(p \\| q)`, `D(p || q)`) is left as it is."""
    if not _DOUBLE_BAR.search(text):
        return text
    pairs = _pairs(text)
    if not pairs:
        return text
    chars = list(text)
    for start, end in pairs:
        for (at, length), marker in ((start, NORM_OPEN), (end, NORM_CLOSE)):
            chars[at:at + length] = [marker] + [" "] * (length - 1)
    return "".join(chars)


def _pairs(text: str) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """((offset, length) of an opening double bar, of its closing one) for each pair."""
    depth, open_at = 0, {}
    pairs = []
    bars = {m.start(): m for m in _DOUBLE_BAR.finditer(text)}
    k = 0
    while k < len(text):
        ch = text[k]
        if k in bars:
            m = bars[k]
            if depth in open_at:
                two = _TWO.match(text, m.end())
                length = (two.end() if two else m.end()) - k
                pairs.append((open_at.pop(depth), (k, length)))
                k += length
                continue
            open_at[depth] = (k, m.end() - k)
            k = m.end()
            continue
        if ch == "\\" and k + 1 < len(text) and text[k + 1] in "{}":
            k += 2
            continue
        if ch in _OPENERS:
            depth += 1
        elif ch in _CLOSERS:
            open_at.pop(depth, None)
            depth = max(0, depth - 1)
        k += 1
    return pairs

"""Math shown as a mistake (`❌ $\\frac{d}{dx}\\sin(x^2) = \\cos(x^2)$`, "Wrong: $…$", a callout
titled "Common mistake"): an example of what not to write, not a claim, so it is not read."""

from __future__ import annotations

import re

from tutor.notes.prose_around import apply_blanks

# words that call math wrong: in a callout's title anywhere, on the math's own line as a label
# (`Wrong: $…$`, `❌ $…$`; "I keep getting $p$ wrong" is no label: its math stays)
_WRONG_WORDS = re.compile(r"❌|✗|✘|✖|\b(?:wrong|incorrect|mistakes?|pitfall|not\s+correct|"
                          r"don'?t\s+write|never\s+write|falsch|faux|sai|ผิด)\b", re.IGNORECASE)
_WRONG_LABEL = re.compile(r"❌|✗|✘|✖|(?:\b(?:wrong|incorrect|mistakes?|pitfall|falsch|faux|sai)\b"
                          r"|ผิด)\**[ \t]*[:：—–]|\b(?:don'?t|never)\s+write\b", re.IGNORECASE)
# `> [!warning] Common mistake`: a callout (Obsidian) whose title calls its math wrong
_CALLOUT = re.compile(r"^[ \t]*>[ \t]*\[!\w+\][-+]?[ \t]*(?P<title>[^\n]*)$", re.M)


def without_shown_mistakes(text: str, regions: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """`regions` without the math that its own line's words, or the title of the callout it
    stands in, show as a mistake."""
    if not _WRONG_WORDS.search(text):
        return regions
    prose = apply_blanks(text, regions)  # the words around the math, the math blanked
    wrong_callouts = [_callout_span(text, m) for m in _CALLOUT.finditer(text)
                      if _WRONG_WORDS.search(m.group("title"))]
    kept = []
    for start, end in regions:
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", end)
        line = prose[line_start:len(text) if line_end < 0 else line_end]
        if _WRONG_LABEL.search(line) or any(a <= start < b for a, b in wrong_callouts):
            continue
        kept.append((start, end))
    return kept


def _callout_span(text: str, header: re.Match) -> tuple[int, int]:
    """(start, end) of the callout whose header is `header`: its `>` lines."""
    end = header.end()
    for line in re.finditer(r"\n([^\n]*)", text[end:]):
        if not line.group(1).lstrip().startswith(">"):
            break
        end = header.end() + line.end()
    return header.start(), end

"""What a code cell displayed, as nbconvert's Markdown keeps it: a `$\\displaystyle …$` line (a
sympy result) right under the cell's closing fence is the program's output, not the learner's
math; it is blanked in place (every position kept)."""

from __future__ import annotations

import re

# a closing fence, blank lines, then `$\displaystyle …$` alone on its lines
_DISPLAYED = re.compile(r"^ {0,3}(?:`{3,}|~{3,})[ \t]*\n(?:[ \t]*\n)*"
                        r"(\$\\displaystyle\b[^$]*\$)[ \t]*$", re.M)


def displayed_outputs_blanked(text: str) -> str:
    """`text` with each sympy result displayed under a code cell blanked (same length)."""
    if "\\displaystyle" not in text or "```" not in text and "~~~" not in text:
        return text
    chars = list(text)
    for m in _DISPLAYED.finditer(text):
        if _closes_a_cell(text, m.start()):
            for k in range(m.start(1), m.end(1)):
                if chars[k] != "\n":
                    chars[k] = " "
    return "".join(chars)


def _closes_a_cell(text: str, at: int) -> bool:
    """Whether the fence at `at` closes a code block (an odd number of fences up to it)."""
    fences = re.findall(r"^ {0,3}(?:`{3,}|~{3,})", text[:at + 4], re.M)
    return len(fences) % 2 == 0

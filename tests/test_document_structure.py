"""Document structure: delimiters real notes use, rows, chains across blocks, notebooks, read_as."""

from __future__ import annotations

import pytest

from tutor.notes.documents import read_text


def fragments(text: str) -> list[tuple[str, int, int]]:
    """(text with runs of spaces squeezed, line, block) per fragment of a Markdown note."""
    return [(" ".join(f.text.split()), f.line, f.block) for f in read_text(text, "md").fragments]


# ---------------------------------------------------------------- delimiters

DELIMITERS = [
    # \[ … \] and \( … \), on one line and across lines
    (r"\[ (x+1)^2 = x^2+2x+1 \]", [("(x+1)^2 = x^2+2x+1", 1, 0)]),
    ("\\[\n a = b\n\\]", [("a = b", 2, 0)]),
    (r"so \( a^2 = b \) and \(c\).", [("a^2 = b", 1, 0), ("c", 1, 1)]),
    # a bare environment outside $$ (MyST, Jupyter): rows split, the wrapper is not math
    ("\\begin{align}\na &= b \\\\\n&= c\n\\end{align}", [("a = b", 2, 0), ("= c", 3, 0)]),
    ("\\begin{equation*} y = 2 \\end{equation*}", [("y = 2", 1, 0)]),
    ("\\begin{gather}\nu = 1 \\\\\nv = 2\n\\end{gather}", [("u = 1", 2, 0), ("v = 2", 3, 0)]),
    # an `aligned` only lives inside math: bare, it is prose
    ("\\begin{aligned} a = b \\end{aligned}", []),
    # GitHub ```math fences are math; other fences are code
    ("```math\n(y+1)^2 = y^2+1\n```", [("(y+1)^2 = y^2+1", 2, 0)]),
    ("```math\na = b\\\\\n= c\n```\nafter $d$", [("a = b", 2, 0), ("= c", 3, 0), ("d", 5, 1)]),
    ("```python\nx = 1 ** 2  # $a=b$\n```\n$c$", [("c", 4, 0)]),
    ("~~~\n$$a = b$$\n~~~", []),
    ("```math\na = b", [("a = b", 2, 0)]),  # unclosed: runs to the end
    # inline $ … $ across a line break
    ("text $(u+1)^2 =\nu^2 + 1$ spans", [("(u+1)^2 = u^2 + 1", 1, 0)]),
    # HTML wrappers around Markdown math
    ("<details>\n<summary>Solution</summary>\n\n$$a = b$$\n\n</details>", [("a = b", 4, 0)]),
    ("<p>$w = 1$</p>", [("w = 1", 1, 0)]),
    ("<div align=\"center\">\n\n$$k = 2$$\n\n</div>", [("k = 2", 3, 0)]),
    ("<summary>$s = 3$</summary>", [("s = 3", 1, 0)]),
    # escaped dollars are money, not math
    (r"costs \$5 and \$6", []),
    (r"\$5, then $x = 1$", [("x = 1", 1, 0)]),
    # math in headings is read
    ("## Problem: $f(x)=x^2+3x$\n\n$$f'(x) = 2x+3$$",
     [("f(x)=x^2+3x", 1, 0), ("f'(x) = 2x+3", 3, 1)]),
]


@pytest.mark.parametrize(("text", "expected"), DELIMITERS)
def test_delimiters(text: str, expected: list) -> None:
    assert fragments(text) == expected

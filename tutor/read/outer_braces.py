"""A whole formula wrapped in one brace group, as copied out of a Wikipedia page
(`{\\displaystyle P(A\\mid B)={\\frac {P(B\\mid A)P(A)}{P(B)}}}`) or written after a label
(`\\text{where } {P(B) \\neq 0}`): TeX shows no braces, so they are dropped, in place; so are
the braces CodeCogs' editor puts around each letter before its subscript (`{ w }_{ 1 }`), and
the brackets around a whole statement (`$(x=0,1)$`, a condition set apart in its own math)."""

from __future__ import annotations

import re

_START = re.compile(r"\s*(?:\\text\s*\{[^{}]*\}\s*)?(?=\{)")  # the group, after a label or not
# `{ w }_{ 1 }{ x }_{ 1 }`: a letter in braces of its own, then its subscript
_BRACED_LETTER = re.compile(r"\{\s*([A-Za-z])\s*\}(?=\s*_)")
# what makes the braces an argument: a command's (`\frac{1}{x}_a`), a power's (`e^{x}_1`)
_ARGUMENT_BEFORE = re.compile(r"\\[a-zA-Z]+\s*(?:\{[^{}]*\}\s*)*$|\^\s*$")
_RELATION = re.compile(r"=|<|>|\\(?:neq|ne|leq?|geq?|approx|sim|equiv)(?![A-Za-z])|[≤≥≠≈]")


def outer_braces_dropped(text: str) -> str:
    """`text` with a brace group that holds a whole relation (and only punctuation after it)
    written as spaces where its braces stood; a letter's own braces before its subscript too."""
    if "}_" in text or "} _" in text:
        text = _BRACED_LETTER.sub(lambda m: _letter_unbraced(text, m), text)
    if text.lstrip().startswith("("):
        return _outer_brackets_dropped(text)
    start = _START.match(text)
    if start is None or not text.strip():
        return text
    opened = start.end()
    close = matching_close(text, opened)
    if close is None or text[close + 1:].strip(" \t.,;") \
            or not _RELATION.search(_top_level(text[opened + 1:close])):
        return text
    return text[:opened] + " " + text[opened + 1:close] + " " + text[close + 1:]


def _outer_brackets_dropped(text: str) -> str:
    """`(x=0,1)`: brackets around the whole text, a relation at their top level, as spaces."""
    opened = len(text) - len(text.lstrip())
    close = matching_close(text, opened, "()")
    if close is None or text[close + 1:].strip(" \t.,;"):
        return text
    inner = text[opened + 1:close]
    if not _RELATION.search(re.sub(r"\([^()]*\)", " ", inner)):
        return text
    return text[:opened] + " " + inner + " " + text[close + 1:]


def matching_close(text: str, opened: int, pair: str = "{}") -> int | None:
    """The index of the bracket closing the one at `opened` (`pair`: its opener and closer;
    an escaped `\\{` is no brace), or None when it is never closed."""
    depth = 0
    for index in range(opened, len(text)):
        if text[index] == pair[0] and text[index - 1:index] != "\\":
            depth += 1
        elif text[index] == pair[1] and text[index - 1:index] != "\\":
            depth -= 1
            if depth == 0:
                return index
    return None


def _top_level(inner: str) -> str:
    """The text of a group outside its own inner groups."""
    out, depth = [], 0
    for index, ch in enumerate(inner):
        escaped = inner[index - 1:index] == "\\"
        depth += (ch == "{" and not escaped) - (ch == "}" and not escaped)
        out.append(ch if depth == 0 and ch not in "{}" else " ")
    return "".join(out)


def _letter_unbraced(text: str, m: re.Match) -> str:
    """The letter of `{ w }_` without its braces (each character where it stood), unless the
    braces are an argument (`\\frac{a}{ b }_c`, `\\hat{y}_i`, `e^{ x }_1`)."""
    if _ARGUMENT_BEFORE.search(text[:m.start()].rstrip()):
        return m.group()
    return " " * (m.start(1) - m.start()) + m.group(1) + " " * (m.end() - m.end(1))

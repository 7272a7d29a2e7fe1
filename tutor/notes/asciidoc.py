"""An AsciiDoc page (`.adoc`) rewritten in place as the Markdown the notes reader knows.

`stem:[…]` and `latexmath:[…]` become `$…$`; a `[stem]` / `[latexmath]` block (`++++` fenced, or
a paragraph) becomes a `$$` display; listing, literal, comment and other passthrough blocks become
code fences; section titles `== …` become `## …`; attribute entries and line comments go blank.
AsciiMath (`:stem:` without `latexmath`, `asciimath:[…]`, `[asciimath]`) is not LaTeX: not read.
Every line keeps its number and its math its columns, so a step points at the right place.
"""

from __future__ import annotations

import re

ADOC_SUFFIXES = (".adoc", ".asciidoc")

# `stem:[`, `latexmath:[` opening inline math; the math runs to the first unescaped `]`
_INLINE_OPEN = re.compile(r"(?<![\w\\])(stem|latexmath|asciimath):\[")
_STEM_ATTRIBUTE = re.compile(r"^:stem:[ \t]*(\S*)", re.M)
_BLOCK_STYLE = re.compile(r"^\[([\w-]*)(?:,[ \t]*([\w+#-]+))?[^\]]*\][ \t]*$")  # `[source,python]`
_MATH_STYLES = ("stem", "latexmath", "asciimath")
# the language a fence takes for a verbatim block: `....` literal text may be plain math
_FENCE_LANGUAGE = {"-": "listing", ".": "", "/": "comment", "+": "html"}
_DELIMITER = re.compile(r"^(-{4,}|\.{4,}|\+{4,}|/{4,}|={4,}|\*{4,}|_{4,}|--|[|,:!]={3,})[ \t]*$")
_SECTION = re.compile(r"^(={1,6})(?=[ \t]+\S)")
_ATTRIBUTE_ENTRY = re.compile(r"^:!?[\w-]+!?:")
_LINE_COMMENT = re.compile(r"^//(?!/)")
_VERBATIM = ("-", ".", "/", "+")  # listing, literal, comment, passthrough: no markup inside


def is_asciidoc(suffix: str) -> bool:
    """Is a file with this suffix an AsciiDoc page?"""
    return suffix.lower() in ADOC_SUFFIXES


def asciidoc_as_markdown(text: str) -> str:
    """`text` (an AsciiDoc page) as Markdown: the same lines, each its own length or longer only
    at its end, math between `$`/`$$`, everything that is not math left as prose or code."""
    setting = _STEM_ATTRIBUTE.search(text)
    page = _Page(bool(setting) and setting.group(1).lower() == "latexmath")
    for line in text.split("\n"):
        page.add(line)
    if page.paragraph_math:
        page.out[-1] += " $$"
    return "\n".join(page.out)


class _Page:
    """The rewrite of an AsciiDoc page, line by line, and the block each line stands in."""

    def __init__(self, stem_is_latex: bool):
        self.stem_is_latex = stem_is_latex
        self.out: list[str] = []
        self.fence: str | None = None  # the delimiter line that opened a verbatim block
        self.math_fence: str | None = None  # the `++++` of a `[stem]` block
        self.paragraph_math = False  # a `[stem]` paragraph, displayed to the next blank line
        self.style: str | None = None  # the block style of the line above: `stem`, `source`, …
        self.language = ""  # and its second attribute: `python` in `[source,python]`

    def add(self, line: str) -> None:
        """Rewrite the next line of the page."""
        bare = line.rstrip()
        if self.math_fence is not None or self.fence is not None:
            closes = bare == (self.math_fence or self.fence)
            mark = "$$" if self.math_fence is not None else "`" * len(line)
            self.out.append(_spaced(mark, line) if closes else line)
            if closes:
                self.math_fence = self.fence = None
            return
        if self.paragraph_math and bare:
            self.out.append(line)
            return
        if self.paragraph_math:
            self.out[-1] += " $$"
            self.paragraph_math = False
        self.out.append(self._opening(line, bare))
        match = _BLOCK_STYLE.match(bare)
        self.style, self.language = (match.group(1).lower(), match.group(2) or "") if match \
            else (None, "")
        if self.style in _MATH_STYLES:
            self.out[-1] = " " * len(line)

    def _opening(self, line: str, bare: str) -> str:
        """A line outside any verbatim or math block: a delimiter opening one, or prose."""
        latex_block = self.style == "latexmath" or self.style == "stem" and self.stem_is_latex
        delimiter = _DELIMITER.match(bare)
        if delimiter and bare[0] == "+" and latex_block:
            self.math_fence = bare
            return _spaced("$$", line)
        if delimiter and bare[0] in _VERBATIM:
            self.fence = bare
            return "`" * len(bare) + line[len(bare):] + (
                self.language or self.style or _FENCE_LANGUAGE[bare[0]])
        if delimiter:
            return " " * len(line)  # example, sidebar, quote, open block, table: content
        if bare and self.style is not None and latex_block:
            self.paragraph_math = True  # a `[stem]` paragraph: its style line opens the display
            self.out[-1] = _spaced("$$", self.out[-1])
            return line
        return _line_as_markdown(line, self.stem_is_latex)


def _spaced(mark: str, line: str) -> str:
    """`mark` padded with spaces to the length of `line` (longer if `line` is shorter)."""
    return mark + " " * max(0, len(line) - len(mark))


def _line_as_markdown(line: str, stem_is_latex: bool) -> str:
    """One prose line: its section title marks, attribute entry, comment or inline math."""
    if _ATTRIBUTE_ENTRY.match(line) or _LINE_COMMENT.match(line):
        return " " * len(line)
    section = _SECTION.match(line)
    if section:
        line = "#" * len(section.group(1)) + line[len(section.group(1)):]
    if ":[" not in line:
        return line
    chars, closings = list(line), _closing_brackets(line)
    for opener in _INLINE_OPEN.finditer(line):
        close = closings[opener.end()]
        if close is None:
            continue
        if opener.group(1) == "asciimath" or opener.group(1) == "stem" and not stem_is_latex:
            continue
        _rewrite_inline(chars, opener.start(), opener.end(), close)
    return "".join(chars)


def _closing_brackets(line: str) -> list[int | None]:
    """For each place in `line`, where the first `]` not escaped `\\]` from there stands
    (AsciiDoc ends the math there), or None: one pass each way, however many `stem:[` open."""
    escaped, index = set(), 0
    while index < len(line):
        if line[index] == "\\":
            escaped.add(index + 1)
            index += 2
            continue
        index += 1
    closings: list[int | None] = [None] * (len(line) + 1)
    after = None
    for index in range(len(line) - 1, -1, -1):
        if line[index] == "]" and index not in escaped:
            after = index
        closings[index] = after
    return closings


def _rewrite_inline(chars: list[str], start: int, body: int, close: int) -> None:
    """`stem:[ a \\] b ]` → `      $a ] b$  `: the `$` moved next to the math's first and last
    characters (Markdown wants no space inside `$…$`), escaped brackets unescaped in place."""
    first, last = body, close - 1
    while first <= last and chars[first] in " \t":
        first += 1
    while last >= first and chars[last] in " \t":
        last -= 1
    if first > last:
        return  # `stem:[]`: nothing to read
    for index in range(start, first):
        chars[index] = " "
    for index in range(last + 1, close + 1):
        chars[index] = " "
    for index in range(first, last):
        if chars[index] == "\\" and chars[index + 1] == "]":
            chars[index] = " "
    chars[first - 1] = "$"
    chars[last + 1] = "$"

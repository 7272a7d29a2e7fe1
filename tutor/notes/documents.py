"""Read study notes (Markdown/Obsidian, LaTeX, plain step files) into math fragments with positions.

A fragment is one row of math exactly as it stands in the source: characters that are not math
(alignment `&`, row ends `\\\\`, `\\tag{..}`, blockquote markers inside a display...) are replaced
by spaces, so an offset into `Fragment.text` maps 1:1 to a line and column of the file.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field, replace
from pathlib import Path

from tutor.errors import DocumentError, internal_error
from tutor.notes.anki import is_anki_export, read_anki
from tutor.notes.chat_exports import EDITED, message_start
from tutor.notes.column_rows import is_column_row
from tutor.notes.comment_values import comment_values
from tutor.notes.delimited_spans import hash_delimited, math_spans_read
from tutor.notes.fragments import Fragment, problem_in, starts_with_relation
from tutor.notes.latex import read_latex
from tutor.notes.markdown import read_markdown
from tutor.notes.markup_kinds import MARKUP_KINDS, as_markdown, markup_kind
from tutor.notes.markup_math import braced_decimals_settled, carries_delimited_math
from tutor.notes.notebook import read_notebook
from tutor.notes.plain_prose import (
    dangling_relations_blanked,
    is_prose,
    leading_words_blanked,
    not_steps,
)
from tutor.notes.script_comments import comment_marks_blanked
from tutor.notes.typst import read_typst
from tutor.notes.wikipedia_math import wikipedia_math_as_dollars

MAX_BYTES = 5 * 1024 * 1024
# Markdown, and the Markdown of R Markdown, Quarto and MDX (their code chunks are fences),
# Mathpix Markdown `.mmd` (an OCR of a scan: `\(…\)`, `\[…\]`, `\section*{…}`)
MARKDOWN_SUFFIXES = (".md", ".markdown", ".rmd", ".qmd", ".mdx", ".mmd")


@dataclass
class Document:
    """A read document: its math fragments in source order, its settings and its lines."""

    path: str
    fragments: list[Fragment] = field(default_factory=list)
    settings: dict = field(default_factory=dict)  # "assume": list[str], "log_base": str | int
    lines: list[str] = field(default_factory=list)
    cells: list[tuple[int, int]] = field(default_factory=list)  # notebooks: (first line, cell)

    def cell_of(self, line: int) -> tuple[int | None, int]:
        """(cell number, line inside it) of a line; (None, line) outside notebooks."""
        index = bisect_right([first for first, _ in self.cells], line) - 1
        if index < 0:
            return None, line
        first, cell = self.cells[index]
        return cell, line - first + 1


# the invisible marks that set the direction of right-to-left text (RLM, LRM, ALM, embeddings,
# isolates): formatting, never math; each read as a space, so columns stay where they stood
_BIDI_MARKS = "\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
_BIDI_AS_SPACES = str.maketrans(dict.fromkeys(_BIDI_MARKS, " "))


def read_document(path: str | Path) -> Document:
    """Read a notes file; the kind comes from the suffix. Raises DocumentError if unreadable."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if path.is_dir():
            raise DocumentError(f"{path}: is a directory, not a file")
        if size > MAX_BYTES:
            raise DocumentError(f"{path}: file too large ({size} bytes; the limit is 5 MB)")
        with path.open("rb") as stream:
            data = stream.read(MAX_BYTES + 1)
    except FileNotFoundError:
        raise DocumentError(f"{path}: no such file") from None
    except PermissionError:
        raise DocumentError(f"{path}: cannot read the file (permission denied)") from None
    except OSError as exc:
        raise DocumentError(f"{path}: cannot read the file ({exc.strerror or exc})") from None
    if len(data) > MAX_BYTES:
        raise DocumentError(f"{path}: file too large (over the 5 MB limit)")
    if b"\0" in data:
        raise DocumentError(f"{path}: binary file (contains NUL bytes), not a text document")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise DocumentError(f"{path}: not UTF-8 text (bad byte at offset {exc.start})") from None
    suffix = path.suffix.lower()
    kind = "md" if suffix in MARKDOWN_SUFFIXES else "tex" if suffix == ".tex" else (
        "ipynb" if suffix == ".ipynb" else markup_kind(suffix) or "txt")
    return read_text(text, kind, str(path))


def read_text(text: str, kind: str, path: str = "<text>") -> Document:
    """Read a document given as a string; kind is "md", "tex", "txt", "ipynb", "adoc", "org",
    "rst" or "typ"."""
    text = _plain_line_ends(text)
    lines = text.split("\n")
    if lines[-1] == "":
        lines.pop()
    if kind not in KINDS:
        raise ValueError(f"unknown document kind {kind!r} (expected one of {', '.join(KINDS)})")
    if kind == "ipynb":
        fragments, settings, lines, cells = read_notebook(text, path)
        return Document(path, fragments, settings, lines, cells)
    if kind in ("typ", "typst"):  # Typst: its `$…$` math read as typed (plain) math
        return Document(path, _read_typst(text, path), {}, lines)
    text, kind = as_markdown(text, kind)  # AsciiDoc, Org: their math rewritten as Markdown's
    if kind in ("txt", "plain", "text") and wikipedia_math_as_dollars(text) != text:
        text, kind = wikipedia_math_as_dollars(text), "md"  # `{\displaystyle …}` from Wikipedia
    try:
        if kind in ("md", "markdown", "tex", "latex") or kind == "txt" and \
                carries_delimited_math(text):
            text = braced_decimals_settled(text)  # `2{,}585` beside `0{,}25`: a decimal
        if kind == "txt" and is_anki_export(lines):  # a card a section, its fields its text
            fragments, settings = read_anki(lines), {}
        elif kind in ("md", "markdown") or kind == "txt" and carries_delimited_math(text):
            fragments, settings = read_markdown(text)
        else:
            settings = {}
            fragments = read_latex(text) if kind in ("tex", "latex") else _read_plain(lines)
    except (RecursionError, MemoryError, ValueError, TypeError, IndexError, KeyError) as exc:
        raise DocumentError(f"{path}: could not be read ({internal_error(exc)})") from None
    return Document(path, fragments, settings, lines)


def _plain_line_ends(text: str) -> str:
    """The text without a byte-order mark, with \\n line ends, and right-to-left marks (‏ in
    Hebrew, Persian, Arabic notes) as spaces."""
    text = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    if any(mark in text for mark in _BIDI_MARKS):
        text = text.translate(_BIDI_AS_SPACES)
    return text


def _read_typst(text: str, path: str) -> list[Fragment]:
    """The fragments of a Typst page; a clear error for what cannot be read."""
    try:
        return read_typst(text)
    except (RecursionError, MemoryError, ValueError, TypeError, IndexError, KeyError) as exc:
        raise DocumentError(f"{path}: could not be read ({internal_error(exc)})") from None


KINDS = ("md", "markdown", "tex", "latex", "txt", "plain", "text", "ipynb", *MARKUP_KINDS)


# ---------------------------------------------------------------- plain step files


# `1) …`, `(2) …`, `b) …`, `1). …` at the start of a step file's line: its number in a list
_ENUMERATOR = re.compile(r"^\s*(?:\(\s*(?:\d{1,2}|[a-h])\s*\)|(?:\d{1,2}|[a-h])\)\.?)(?=\s)")


# a chat's emoji written as a shortcode (Slack, Discord, GitHub): `:white_check_mark:`, `:+1:`
_SHORTCODE = re.compile(r"(?<!\S):[a-z0-9+\-][a-z0-9_+\-]+:(?!\S)")


# `= 0.5 -> metade do conjunto`: an arrow to two words or more at the end, a remark on the value
_ARROW_REMARK = re.compile(r"(?<!\s)\s*(?:->|=>|→|⇒)\s*[^\W\d_]{2,}(?:[\s,;]+[^\W\d_]+)+[\s.]*$")
_OPEN_END = ("+", "-", "*", "×", "·", "/")  # a row left open by an operator: the next goes on


def _joined(fragment: Fragment, code: str, number: int) -> Fragment:
    """`fragment` going on to line `number` (`code`, as it stands on that line)."""
    return replace(fragment, text=fragment.text + "\n" + code, end_line=number)


def _read_plain(lines: list[str]) -> list[Fragment]:
    """One step per non-empty line; `#` starts a comment; a blank line starts a new block.
    Values a comment gives are blocks of their own, followed by the steps just below them."""
    fragments: list[Fragment] = []
    block, in_block, problem, given_at = -1, False, None, -1
    lines = comment_marks_blanked(lines)  # `% d log L / d l = …` out of an Octave script
    if hash_delimited(lines):  # Socratic's `#S = (1+2)/6 #`: math between hashes, no comment
        lines = [math_spans_read(line, "#") for line in lines]
    skipped = not_steps(lines)  # an e-mail's headers, its quoted lines, its signature
    lines = dangling_relations_blanked(lines)  # `D(p||q) =`, then `= Σ …` below
    for number, line in enumerate(lines, 1):
        code, _, comment = line.partition("#")
        code = _ARROW_REMARK.sub(lambda m: " " * len(m.group()), code)  # `= 1 -> não conclusivo`
        problem = problem_in(comment) or problem
        message = message_start(code)  # `11/24/26, 8:02 PM - Maya: P(H) = 0.5`: her message
        code, in_block = " " * message + code[message:], in_block and not message
        comment_at = len(code) + 1  # where the comment's text starts
        if is_prose(code):  # `One example with y = 1 and y_hat = 0.8:` gives values, as a comment
            code, comment, comment_at, in_block = "", code, 0, False
        if not line.strip() or number - 1 in skipped:
            in_block = False
            continue
        if is_column_row(code):  # `X=1      0.1    0.4`: a row of a table typed with spaces
            continue
        code = _ENUMERATOR.sub(lambda m: " " * len(m.group()), code, count=1)  # `1) lim …`
        code = _SHORTCODE.sub(lambda m: " " * len(m.group()), code)  # `= 0.5 :white_check_mark:`
        code = EDITED.sub(lambda m: " " * len(m.group()), code)  # `= 30 (edited)`
        code = leading_words_blanked(math_spans_read(code))  # `so x = 3`; `A021 `f(x) = …``
        step = code.strip()
        if not step:  # `# Q6 binomial, n = 10, p = 0.2`: values given, each a block of its own
            for offset, given in comment_values(comment):
                block, in_block = block + 1, False
                fragments.append(Fragment(given, number, comment_at + 1 + offset, number, "plain",
                                          block, False, problem, given_at >= number - 1))
                given_at = number
            continue
        if (step[0] == "+" or fragments and fragments[-1].text.rstrip().endswith(_OPEN_END)) \
                and in_block and fragments and fragments[-1].end_line == number - 1:
            fragments[-1] = _joined(fragments[-1], code.rstrip(), number)  # `+ 6·5/36 + …`
            continue  # below `= 2·1/36 + …` (or after `… +`): one sum written over two lines
        if not in_block:
            block, in_block = block + 1, True
        column = len(code) - len(code.lstrip()) + 1
        fragments.append(Fragment(step, number, column, number, "plain", block,
                                  starts_with_relation(step), problem, given_at == number - 1))
    return fragments

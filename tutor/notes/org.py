"""An Emacs Org-mode page (`.org`, org-roam) rewritten in place as the Markdown the notes reader
knows: its math (`\\(…\\)`, `\\[…\\]`, `$…$`, bare `\\begin{equation}`) is LaTeX already.

Source, example and other verbatim blocks become code fences; `#+KEYWORD:` lines, `# ` comments,
`:PROPERTIES:` drawers and `: ` result lines go blank; headings `** …` become `## …`, so a heading
ends a derivation as it does in Markdown. `#+begin_export latex` / `#+begin_latex` lines go
blank and their LaTeX is read as it stands. Every line keeps its number and its length.
"""

from __future__ import annotations

import re

ORG_SUFFIXES = (".org",)

_BLOCK = re.compile(r"^([ \t]*)#\+(begin|end)_(\w+)", re.I)
_LATEX_BLOCKS = ("latex", "export")  # `#+begin_export latex`, the older `#+begin_latex`
_PROSE_BLOCKS = ("quote", "center", "verse", "note", "tip", "warning")
_KEYWORD = re.compile(r"^[ \t]*#\+\w*:?|^[ \t]*#(?:[ \t]|$)")  # `#+title:`, `#+RESULTS:`, `# …`
_DRAWER = re.compile(r"^[ \t]*:[\w-]+:[ \t]*$")  # `:PROPERTIES:`, `:LOGBOOK:` … `:END:`
_PROPERTY = re.compile(r"^[ \t]*:[\w+-]+:(?:[ \t]|$)")  # `:ID: …` inside a drawer
_RESULT_LINE = re.compile(r"^[ \t]*:(?:[ \t]|$)")  # `: 1 + x/2 - x**2/8 + O(x**3)`
_HEADING = re.compile(r"^(\*{1,6})(?=[ \t])")
_PLANNING = re.compile(r"^[ \t]*(?:CLOSED|SCHEDULED|DEADLINE):")


def org_as_markdown(text: str) -> str:
    """`text` (an Org page) as Markdown: the same lines, each its own length."""
    out: list[str] = []
    verbatim: str | None = None  # the kind of the open source/example block
    in_drawer = False
    for line in text.split("\n"):
        block = _BLOCK.match(line)
        if verbatim is not None:
            closes = bool(block) and block.group(2).lower() == "end" and \
                block.group(3).lower() == verbatim
            out.append(_fence(line) if closes else line)
            verbatim = None if closes else verbatim
            continue
        if block:
            kind = block.group(3).lower()
            if kind in _LATEX_BLOCKS and "latex" in line.lower() or kind in _PROSE_BLOCKS:
                out.append(" " * len(line))
            elif block.group(2).lower() == "begin":
                out.append(_fence(line, _language(line, kind)))
                verbatim = kind
            else:
                out.append(" " * len(line))
            continue
        if _DRAWER.match(line):
            in_drawer = line.strip().lower() != ":end:"
            out.append(" " * len(line))
        elif in_drawer and _PROPERTY.match(line) or _KEYWORD.match(line) or \
                _RESULT_LINE.match(line) or _PLANNING.match(line):
            out.append(" " * len(line))
        else:
            heading = _HEADING.match(line)
            out.append("#" * len(heading.group(1)) + line[len(heading.group(1)):]
                       if heading else line)
    return "\n".join(out)


def _fence(line: str, language: str = "") -> str:
    """A code fence (with its language), padded with spaces to the length of `line`."""
    fence = "```" + language
    return fence + " " * max(0, len(line) - len(fence))


def _language(line: str, kind: str) -> str:
    """The language a block's fence names: `python` of `#+begin_src python :results output`;
    an example block names none (plain text, which may be math); other blocks their kind."""
    if kind == "example":
        return ""
    words = line.split()
    return words[1] if kind == "src" and len(words) > 1 else kind

"""Read a reStructuredText / Sphinx page (`.rst`) as the Markdown note it amounts to, in place.

`.. math::` blocks become `$$ … $$` displays (each paragraph of the block one display, as Sphinx
renders them), `:math:`…`` roles become `$…$`, section adornments become headings (so a section
still ends what it defines), and what holds no math for a reader is blanked: comments and
targets (`.. _label:`), code and other directives with their bodies (`.. code-block::`,
`.. toctree::`, `.. image::`), directive options (`:label:`), other roles (`:eq:`…``).
Admonitions (`.. note::`, `.. admonition::`) keep their bodies. Every character keeps its line
and column, so a step still points at the text as written.
"""

from __future__ import annotations

import re

_DIRECTIVE = re.compile(r"^(\s*)\.\.[ \t]+([A-Za-z][\w:.-]*)[ \t]*::")
_EXPLICIT = re.compile(r"^(\s*)\.\.(?=\s|$)")  # a comment, a target, a footnote, a substitution
_ADORNMENT = re.compile(r"^([=\-~^\"'`#*+:.<>_])\1{2,}[ \t]*$")
_TABLE_BORDER = re.compile(r"^[ \t]*=+(?:[ \t]+=+)+[ \t]*$|^[ \t]*\+(?:[-=]+\+)+[ \t]*$")
_OPTION = re.compile(r"^[ \t]*:[\w -]+:(?:[ \t]|$)")
_LINE_BLOCK = re.compile(r"^([ \t]*)\|(?= |$)")  # `| a line kept as it breaks`: no table row
_MATH_ROLE = re.compile(r":math:`(?!:[\w.+-]+:)([^`\n]*)`")  # `:math:`:math:``: no math
_OTHER_ROLE = re.compile(r":[\w.+-]+(?::[\w.+-]+)?:`[^`\n]*`")
# directives whose body is text to read (math may stand in it); every other one is blanked
_READ_BODY = frozenset((
    "note", "warning", "tip", "hint", "important", "attention", "caution", "danger", "error",
    "admonition", "seealso", "topic", "sidebar", "rubric", "epigraph", "highlights", "container",
    "pull-quote", "figure", "only", "table", "list-table", "csv-table", "versionadded",
    "versionchanged", "deprecated", "glossary", "centered", "hlist", "dropdown", "card", "tab",
    "tab-item", "exercise", "solution", "proof", "theorem", "lemma", "definition", "example",
    "remark", "prf:proof", "prf:theorem", "prf:lemma", "prf:definition", "prf:example",
    "prf:remark"))


RST_SUFFIXES = (".rst", ".rest")


def is_restructured_text(suffix: str) -> bool:
    """Is a file of this suffix a reStructuredText page?"""
    return suffix.lower() in RST_SUFFIXES


def restructured_as_markdown(text: str) -> str:
    """The page as a Markdown note of the same lines and columns (see the module docstring)."""
    lines = [line.replace("$", " ") for line in text.split("\n")]  # `$5`: no Markdown math
    out = list(lines)
    levels: dict[str, int] = {}
    index = 0
    while index < len(lines):
        line = lines[index]
        directive, explicit = _DIRECTIVE.match(line), _EXPLICIT.match(line)
        if directive and directive.group(2).lower() == "math":
            index = _math_block(lines, out, index, directive)
            continue
        if directive and directive.group(2).lower() in _READ_BODY:
            out[index] = " " * directive.end() + _roles(line[directive.end():])
            index = _options_blanked(lines, out, index + 1)
            continue
        if directive or explicit:  # code, toctree, image, comment, target: blanked whole
            index = _body_blanked(lines, out, index)
            continue
        if line.rstrip().endswith("::"):  # `Checked in code::`: the indented literal below
            end = _body_end(lines, index, _indent(line))
            out[index], out[index + 1:end] = _roles(line), [""] * (end - index - 1)
            index = end
            continue
        if _TABLE_BORDER.match(line):
            out[index] = ""
        elif _ADORNMENT.match(line):
            out[index] = _adornment(lines, index, levels)
        else:
            out[index] = _roles(_LINE_BLOCK.sub(lambda m: m.group(1) + " ", line))
        index += 1
    return "\n".join(out)


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())


def _body_end(lines: list[str], start: int, indent: int) -> int:
    """The index of the first line after `start` that is neither blank nor indented deeper."""
    end = start + 1
    while end < len(lines) and (not lines[end].strip() or _indent(lines[end]) > indent):
        end += 1
    return end


def _body_blanked(lines: list[str], out: list[str], index: int) -> int:
    end = _body_end(lines, index, _indent(lines[index]))
    for k in range(index, end):
        out[k] = ""
    return end


def _options_blanked(lines: list[str], out: list[str], index: int) -> int:
    while index < len(lines) and lines[index].strip() and _OPTION.match(lines[index]):
        out[index] = ""
        index += 1
    return index


def _math_block(lines: list[str], out: list[str], index: int, directive: re.Match) -> int:
    """A `.. math::` directive: each paragraph of its body (and any text on its own line) one
    `$$ … $$` display; its options blanked. Returns the index after the block."""
    end = _body_end(lines, index, len(directive.group(1)))
    head = lines[index][directive.end():]
    out[index] = " " * directive.end() + head  # `.. math:: z = …`: the text is a first row
    rows = [index] if head.strip() else []
    index = _options_blanked(lines, out, index + 1)  # `:label: posterior`, `:nowrap:`
    paragraphs, current = [], rows
    for k in range(index, end):
        if lines[k].strip():
            current.append(k)
        elif current:
            paragraphs, current = [*paragraphs, current], []
    paragraphs += [current] if current else []
    for paragraph in paragraphs:
        _displayed(out, paragraph)
    return end


def _displayed(out: list[str], rows: list[int]) -> None:
    """Rows of one equation between `$$` marks put in the indentation before its first row (or
    at the end of the blank line above it, for a row indented by one tab) and after its last (a
    row with no room before it is left as it is: no math is invented)."""
    first, last = rows[0], rows[-1]
    column = _indent(out[first])
    if column < 2 and not (column == 1 and first and not out[first - 1].strip()):
        return
    if column < 2:
        out[first - 1] += "$$"
    else:
        out[first] = out[first][:column - 2] + "$$" + out[first][column:]
    out[last] = out[last].rstrip() + "$$"


def _roles(line: str) -> str:
    """`:math:`x`` as `$x$` in place; other roles (`:eq:`…``, `:doc:`…``) blanked."""
    line = _MATH_ROLE.sub(lambda m: " " * 6 + "$" + m.group(1) + "$", line)
    return _OTHER_ROLE.sub(lambda m: " " * len(m.group()), line)


def _adornment(lines: list[str], index: int, levels: dict[str, int]) -> str:
    """An underline (a line of one mark right below a title) is a heading at its style's level;
    an overline or a transition is blank."""
    above = lines[index - 1] if index else ""
    if not above.strip() or _ADORNMENT.match(above.strip()) or _TABLE_BORDER.match(above):
        return ""
    overlined = index >= 2 and bool(_ADORNMENT.match(lines[index - 2].strip()))
    style = lines[index].strip()[0] + ("o" if overlined else "")
    level = levels.setdefault(style, min(len(levels) + 1, 6))
    return "#" * level + " " * max(0, len(lines[index]) - level)

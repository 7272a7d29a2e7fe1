"""A reStructuredText page (`.rst`, Sphinx course notes) rewritten in place as the Markdown the
notes reader knows.

`:math:`…`` becomes `$…$`; each group of lines of a `.. math::` directive (groups are split by
blank lines, as Sphinx splits them into equations) becomes a `$$` display; code blocks, literal
blocks (`::`), comments and `raw` content go blank; section adornment lines (`~~~~`, `====`)
go blank (Markdown would read `~~~` as a fence). A line keeps its number, its math its columns.
"""

from __future__ import annotations

import re

RST_SUFFIXES = (".rst", ".rest")

_DIRECTIVE = re.compile(r"^([ \t]*)\.\.[ \t]+([\w:-]+)::(.*)$")
_COMMENT = re.compile(r"^([ \t]*)\.\.(?:[ \t]|$)(?![\w:-]+::)")  # `.. _label:`, `.. note to self`
_ADORNMENT = re.compile(r"^([=\-~`#\"^+*:.'_])\1{2,}[ \t]*$")
_ROLE = re.compile(r":math:`([^`]*)`")
_OPTION = re.compile(r"^[ \t]+:[\w-]+:")
_VERBATIM = ("code-block", "code", "sourcecode", "literalinclude", "raw", "highlight",
             "ipython", "jupyter-execute", "doctest", "testcode", "graphviz", "only")


def rst_as_markdown(text: str) -> str:
    """`text` (a reStructuredText page) as Markdown, line for line."""
    lines = text.split("\n")
    out = [_prose(line) for line in lines]
    index = 0
    while index < len(lines):
        directive = _DIRECTIVE.match(lines[index])
        literal = lines[index].rstrip().endswith("::") and not directive
        comment = _COMMENT.match(lines[index]) and not directive
        if directive and directive.group(2) == "math":
            index = _math_block(lines, out, index, len(directive.group(1)))
        elif directive and directive.group(2) in _VERBATIM or comment:
            out[index] = " " * len(lines[index])
            index = _blank_block(lines, out, index, _indent(lines[index]))
        elif literal:  # `Code::` then an indented block: literal text, no math
            index = _blank_block(lines, out, index, _indent(lines[index]))
        else:
            index += 1
    return "\n".join(out)


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" \t"))


def _body_end(lines: list[str], start: int, indent: int) -> int:
    """The index just past the indented body of the block opened at `start`."""
    end, index = start + 1, start + 1
    while index < len(lines) and (not lines[index].strip() or _indent(lines[index]) > indent):
        if lines[index].strip():
            end = index + 1
        index += 1
    return end


def _blank_block(lines: list[str], out: list[str], start: int, indent: int) -> int:
    """Blank the indented body of the block opened at `start`; the index after it."""
    end = _body_end(lines, start, indent)
    for index in range(start + 1, end):
        out[index] = " " * len(lines[index])
    return end


def _math_block(lines: list[str], out: list[str], start: int, indent: int) -> int:
    """Each group of a `.. math::` directive's lines a display; the index after it."""
    line = lines[start]
    argument = line.index("::") + 2
    if line[argument:].strip():  # `.. math:: E = mc^2`: the equation on the directive's line
        first = argument + len(line[argument:]) - len(line[argument:].lstrip())
        out[start] = " " * (first - 2) + "$$" + line[first:] + " $$"
    else:
        out[start] = " " * len(line)
    end = _body_end(lines, start, indent)
    index = start + 1
    while index < end and _OPTION.match(lines[index]):  # `:label: eq-1`, `:nowrap:`
        out[index] = " " * len(lines[index])
        index += 1
    while index < end:
        if not lines[index].strip():
            out[index] = " " * len(lines[index])
            index += 1
            continue
        group = index
        if group - 1 == start and line[argument:].strip():
            break  # the equation stood on the directive's line: no free line to open another
        while index < end and lines[index].strip():
            out[index] = lines[index]
            index += 1
        out[group - 1] = "$$" + " " * max(0, len(out[group - 1]) - 2)  # a free line above
        out[index - 1] += " $$"
    return end


def _prose(line: str) -> str:
    """A line outside blocks: adornments blank, `:math:` roles as `$…$`."""
    if _ADORNMENT.match(line):
        return " " * len(line)
    if ":math:`" not in line:
        return line
    chars = list(line)
    for role in _ROLE.finditer(line):
        body_start, body_end = role.start(1), role.end(1)
        first, last = body_start, body_end - 1
        while first <= last and chars[first] in " \t":
            first += 1
        while last >= first and chars[last] in " \t":
            last -= 1
        if first > last:
            continue
        for k in range(role.start(), first):
            chars[k] = " "
        for k in range(last + 1, role.end()):
            chars[k] = " "
        chars[first - 1], chars[last + 1] = "$", "$"
    return "".join(chars)

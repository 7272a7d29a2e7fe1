"""Macros the notes define (`\\newcommand{\\E}{\\mathbb{E}}`, `\\def\\half{\\frac12}`): expanded.

Notebooks and LaTeX files often open with their own commands; the math below them is read with
each use replaced by its body, as TeX does (arguments #1 … #9 put in). The definitions are no
claims: they are blanked where they stand. Expansion stops at a bounded size (a macro that
grows without end is left unexpanded: the line then says which command it could not read).
"""

from __future__ import annotations

import re

from tutor.notes.physics_package import physics_expanded
from tutor.notes.reasons import blank

_NEWCOMMAND = re.compile(r"\\(?:re|provide|new)command\*?\s*"
                         r"(?:\{\s*\\([A-Za-z]+)\s*\}|\\([A-Za-z]+))"
                         r"\s*(?:\[\s*(\d)\s*\])?\s*(?:\[([^\]]*)\])?\s*(?=\{)")
_DEF = re.compile(r"\\def\s*\\([A-Za-z]+)\s*(?=\{)")
_OPERATOR = re.compile(r"\\DeclareMathOperator\*?\s*\{\s*\\([A-Za-z]+)\s*\}\s*(?=\{)")
_USE = re.compile(r"\\([A-Za-z]+)(?![A-Za-z])")  # a command: a macro when the notes define it
# `\newcommand{\iid}{\stackrel{\text{iid}}{\sim}}`: "has the law", the label prose (as in rows)
_LABELLED_SIM = re.compile(r"\\(?:overset|stackrel)\s*\{(?:[^{}]|\{[^{}]*\})*\}\s*\{\s*\\sim\s*\}")
_EMPTY_SCRIPT = re.compile(r"[\^_]\s*\{\s*\}")
MAX_EXPANDED = 4000   # characters a row may grow to
MAX_ROUNDS = 6        # macros inside macros


def document_macros(text: str) -> dict[str, tuple]:
    """name -> (number of arguments, body, the defaults of the first ones, optional) for every
    definition in `text`; the last wins. `\\newcommand{\\pd}[2][]{…}`: #1 is optional."""
    macros = {}
    for pattern in (_NEWCOMMAND, _DEF, _OPERATOR):
        for m in pattern.finditer(text):
            body_end = _group_end(text, m.end())
            if body_end is None:
                continue
            body = text[m.end() + 1:body_end]
            if pattern is _OPERATOR:
                name, count, body = m.group(1), 0, f"\\operatorname{{{body}}}"
            else:
                name = m.group(1) or (m.group(2) if pattern is _NEWCOMMAND else None)
                count = int(m.group(3) or 0) if pattern is _NEWCOMMAND else 0
            optional = (m.group(4),) if pattern is _NEWCOMMAND and m.group(4) is not None else ()
            macros[name] = (count, _LABELLED_SIM.sub(r"\\sim", body), *optional)
    return macros


def without_definitions(text: str) -> str:
    """`text` with every definition blanked (positions kept): it claims nothing."""
    chars = list(text)
    for pattern in (_NEWCOMMAND, _DEF, _OPERATOR):
        for m in pattern.finditer(text):
            end = _group_end(text, m.end())
            if end is not None:
                blank(chars, m.start(), end + 1)
    return "".join(chars)


def expand(row: str, macros: dict[str, tuple]) -> tuple[str, tuple[int, ...]]:
    """`row` with the document's macros replaced by their bodies (nested ones too), and for
    each character of the result the offset in `row` it comes from (() when nothing changed)."""
    if "\\" not in row or not macros:
        return row, ()
    text, origins = row, tuple(range(len(row)))
    for _ in range(MAX_ROUNDS):
        expanded, moved = _expand_once(text, origins, macros)
        if len(expanded) > MAX_EXPANDED:
            return row, ()
        if expanded == text:
            return (text, origins) if text != row else (row, ())
        text, origins = expanded, moved
    return row, ()  # still growing: a macro that calls itself is left as written


def expand_all(row: str, macros: dict[str, tuple]) -> tuple[str, tuple[int, ...]]:
    """`expand`, then the physics package's commands the notes did not define themselves
    (`\\dv{f}{x}`, `\\qty(…)`: tutor.notes.physics_package) written out; origins as `expand`'s."""
    return physics_expanded(*expand(row, macros))


def _expand_once(row: str, origins: tuple, macros: dict) -> tuple[str, tuple]:
    out, moved, at = [], [], 0
    for m in _USE.finditer(row):  # every command; only the document's macros are replaced
        if m.start() < at or m.group(1) not in macros:
            continue
        count, body, *defaults = macros[m.group(1)]
        args, end = _arguments(row, m.end(), count, defaults)
        if args is None:
            continue
        for k, arg in enumerate(args, start=1):
            body = body.replace(f"#{k}", arg)
        if "" in args:  # an optional argument left out: `\\partial^{#1}` has no power
            body = _EMPTY_SCRIPT.sub("", body)
        out += [row[at:m.start()], body]
        moved += [*origins[at:m.start()], *[origins[m.start()]] * len(body)]
        at = end
    return "".join(out) + row[at:], tuple(moved) + origins[at:]


def _arguments(row: str, at: int, count: int, defaults=()) -> tuple[list[str] | None, int]:
    """`count` arguments after `at`: braced groups or single characters (TeX's rule); the
    first `len(defaults)` are optional, in brackets (`\\deriv[y]`), else their default."""
    args = []
    for k in range(count):
        while at < len(row) and row[at].isspace():
            at += 1
        if k < len(defaults):
            close = row.find("]", at) if row.startswith("[", at) else -1
            args.append(row[at + 1:close] if close >= 0 else defaults[k])
            at = close + 1 if close >= 0 else at
            continue
        if at >= len(row):
            return None, at
        if row[at] == "{":
            end = _group_end(row, at)
            if end is None:
                return None, at
            args.append(row[at + 1:end])
            at = end + 1
        else:
            args.append(row[at])
            at += 1
    return args, at


def _group_end(text: str, opening: int) -> int | None:
    """The offset of the brace closing the one at `opening` (None when it is not closed)."""
    if opening >= len(text) or text[opening] != "{":
        return None
    depth = 0
    for k in range(opening, len(text)):
        if text[k] == "{" and text[k - 1:k] != "\\":
            depth += 1
        elif text[k] == "}" and text[k - 1:k] != "\\":
            depth -= 1
            if depth == 0:
                return k
    return None

"""The LaTeX `physics` package's commands (`\\dv{f}{x}`, `\\pdv{L}{w}`, `\\qty(…)`, `\\eval{…}_0^1`,
`\\dd x`) written out in plain LaTeX before a row is read, keeping where each character came from.

Homework typeset with `\\usepackage{physics}` (or `derivative`'s `\\odv`) writes its derivatives,
brackets, evaluation bars and differentials with these short commands; the notes' own macros of
the same names are expanded first (tutor.notes.macros), so only the package's meaning is left:

    \\dv{x}            d/dx               \\dv{f}{x}        df/dx          \\dv[2]{f}{x}  d²f/dx²
    \\pdv{L}{w}        ∂L/∂w              \\pdv{f}{x}{y}    ∂²f/∂x∂y
    \\qty(…) \\qty[…]   the bracket        \\pqty{…} \\bqty{…} \\abs{…} \\norm{…}   (…) […] |…| ‖…‖
    \\eval{F}_a^b      F between a and b  \\dd x  \\dd{x}   the differential dx  \\order{x^3} O(x³)
    \\vb{w}            𝐰                  \\vdot \\cross \\grad              · × ∇

A command whose arguments are missing or unclosed is left as written (the row then says which
command it could not read).
"""

from __future__ import annotations

import re

_COMMAND = re.compile(r"\\(dv|odv|pdv|qty|quantity|pqty|bqty|abs|absolutevalue|norm|eval|evaluated"
                      r"|dd|order|vb|vectorbold|vdot|cross|grad)\*?(?![A-Za-z])")
_ORDER = re.compile(r"\[\s*(\d{1,2}|[a-z])\s*\]")  # `\dv[2]{f}{x}`, `\dd[n]{x}`
_SIMPLE_NAME = re.compile(r"\s*(?:[A-Za-z]|\\[A-Za-z]+)(?:_(?:\{[^{}]*\}|[A-Za-z0-9]))?\s*\Z")
_WRAPS = {"pqty": ("\\left(", "\\right)"), "bqty": ("\\left[", "\\right]"),
          "abs": ("\\left|", "\\right|"), "absolutevalue": ("\\left|", "\\right|"),
          "norm": ("\\|", "\\|"), "order": ("O\\left(", "\\right)"),
          "eval": ("\\left.", "\\right|"), "evaluated": ("\\left.", "\\right|"),
          "vb": ("\\mathbf{", "}"), "vectorbold": ("\\mathbf{", "}")}
_SIGNS = {"vdot": "\\cdot ", "cross": "\\times ", "grad": "\\nabla "}  # `\\vb{w} \\vdot \\vb{x}`
MAX_ROUNDS = 4  # commands inside arguments: `\dv{x}\qty(\abs{x})`
MAX_GROUPS = 3

Piece = str | tuple[int, int]  # generated text, or a slice of the row copied with its origins


def physics_expanded(row: str, origins: tuple[int, ...] = ()) -> tuple[str, tuple[int, ...]]:
    """`row` with the physics package's commands written out, and for each character of the
    result the offset in the row as written it comes from (`origins` as given when unchanged)."""
    if "\\" not in row or not _COMMAND.search(row):
        return row, origins
    text, moved = row, origins or tuple(range(len(row)))
    for _ in range(MAX_ROUNDS):
        pieces = _expanded_once(text)
        if pieces is None:
            break
        text, moved = _joined(pieces, text, moved)
    return (text, moved) if text != row else (row, origins)


def _joined(pieces: list[tuple[int, Piece]], text: str, origins: tuple) -> tuple[str, tuple]:
    out, moved = [], []
    for anchor, piece in pieces:
        if isinstance(piece, str):
            out.append(piece)
            moved += [origins[min(anchor, len(origins) - 1)]] * len(piece)
        else:
            out.append(text[piece[0]:piece[1]])
            moved += origins[piece[0]:piece[1]]
    return "".join(out), tuple(moved)


def _expanded_once(text: str) -> list[tuple[int, Piece]] | None:
    """The row cut in pieces with each command written out; None when no command was."""
    pieces: list[tuple[int, Piece]] = []
    at, changed, closers = 0, False, _closers(text)
    for m in _COMMAND.finditer(text):
        if m.start() < at:
            continue
        written = _written_out(text, m, closers)
        if written is None:
            continue
        new, end = written
        pieces += [(at, (at, m.start())), *[(m.start(), p) for p in new]]
        at, changed = end, True
    if not changed:
        return None
    return [*pieces, (at, (at, len(text)))]


def _written_out(text: str, m: re.Match, closers: dict) -> tuple[list[Piece], int] | None:
    """The pieces that replace the command at `m` and where its arguments end."""
    name, end = m.group(1), m.end()
    if name in _SIGNS:
        return [_SIGNS[name]], end
    if name in ("qty", "quantity"):  # `\qty(…)`: the bracket that follows is the bracket
        after = text[end:end + 1]
        return ([], end) if after in ("(", "[", "|") or text[end:end + 2] == "\\{" else None
    order = _ORDER.match(text, end) if name in ("dv", "odv", "pdv", "dd") else None
    if order:
        end = order.end()
    most = 1 if name in _WRAPS or name == "dd" else MAX_GROUPS
    groups, end = _groups(text, end, most, closers)
    if name == "dd":
        power = f"^{{{order.group(1)}}}" if order else ""
        return [f"\\,d{power} ", *groups], end
    if not groups:
        return None
    if name in _WRAPS:
        opening, closing = _WRAPS[name]
        return [opening, groups[0], closing], end
    return _derivative("\\partial " if name == "pdv" else "d", order, groups, text), end


def _derivative(d: str, order: re.Match | None, groups: list, text: str) -> list[Piece]:
    """`\\dv[n]{f}{x}` as `\\frac{d^{n} f}{d x^{n}}`, `\\dv{x}` as `\\frac{d}{d x}`, a function
    that is no simple name as `\\frac{d}{d x}\\left(f\\right)`; three groups: a mixed partial."""
    power = f"^{{{order.group(1)}}}" if order else ""
    if len(groups) == 1:
        return [f"\\frac{{{d}{power}}}{{{d} ", groups[0], f"{power}}}"]
    if len(groups) == 3:
        return [f"\\frac{{{d.strip()}^{{2}} ", groups[0], f"}}{{{d} ", groups[1], f" {d} ",
                groups[2], "}"]
    function, variable = groups
    if _SIMPLE_NAME.match(text, function[0], function[1]):
        return [f"\\frac{{{d}{power} ", function, f"}}{{{d} ", variable, f"{power}}}"]
    return [f"\\frac{{{d}{power}}}{{{d} ", variable, f"{power}}}\\left(", function, "\\right)"]


def _groups(text: str, at: int, most: int, closers: dict[int, int]) -> tuple[list, int]:
    """Up to `most` braced groups from `at` (spaces between), as slices of their contents."""
    groups = []
    while len(groups) < most:
        start = at
        while start < len(text) and text[start] in " \t":
            start += 1
        close = closers.get(start)
        if close is None:
            break
        groups.append((start + 1, close))
        at = close + 1
    return groups, at


def _closers(text: str) -> dict[int, int]:
    """Offset of each `{` -> offset of the `}` that closes it (unescaped ones), in one pass."""
    closers, stack = {}, []
    for k, ch in enumerate(text):
        if ch in "{}" and (k == 0 or text[k - 1] != "\\"):
            if ch == "{":
                stack.append(k)
            elif stack:
                closers[stack.pop()] = k
    return closers

"""Cut math regions of a note into row fragments that keep their source positions."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

# A book problem id: PRB-33, CH.PRB-3.4, "CH.PRB- 3.4" (case-insensitive).
PROBLEM_ID = re.compile(r"(?<![A-Za-z0-9])(?:CH\s*\.\s*)?PRB\s*-\s*\d+(?:\.\d+)?", re.IGNORECASE)

_LEADING_SPACING = re.compile(r"(?:\s|~|\\[,;:! ]|\\q?quad(?![a-zA-Z])|\\hspace\*?\{[^{}]*\})*")
_RELATION_START = re.compile(
    r"<=>|=>|:=|=|<|>|[≤≥≈≠⇒⇔⟹⟺→≡∼]"
    r"|\\(?:leq?|geq?|leqslant|geqslant|neq?|lt|gt|approx|simeq|sim|cong|equiv|propto"
    r"|implies|impliedby|iff|Rightarrow|Longrightarrow|Leftrightarrow|Longleftrightarrow"
    r"|rightarrow|longrightarrow|to)(?![a-zA-Z])")


@dataclass
class Fragment:
    """One row of math: its text (same length as its source slice) and where it stands."""

    text: str
    line: int
    column: int
    end_line: int
    syntax: str  # "latex" | "plain"
    block: int  # fragments of one block form one derivation
    continues: bool  # starts with a relation: continues the chain of the row above
    problem: str | None = None  # book problem id in force, raw as written

    def locate(self, offset: int) -> tuple[int, int]:
        """(line, column) in the source file of `text[offset]` (1-based)."""
        offset = max(0, min(offset, len(self.text)))
        newline = self.text.rfind("\n", 0, offset)
        if newline < 0:
            return self.line, self.column + offset
        return self.line + self.text.count("\n", 0, offset), offset - newline


def starts_with_relation(text: str) -> bool:
    """Does this row (after blanking) begin with a relation such as `=`, `\\le`, `\\implies`?"""
    return _RELATION_START.match(text, _LEADING_SPACING.match(text).end()) is not None


# ---------------------------------------------------------------- problems in force


class _ProblemTimeline:
    """Which problem id is in force at each offset, from headings and mentions.

    A heading naming an id sets it for its section (subsections inherit it); a heading without
    one clears it for its section; a link or prose line naming one sets it for the current section.
    """

    def __init__(self, events: list[tuple[int, int | None, str | None]]):
        self.offsets: list[int] = []
        self.problems: list[str | None] = []
        stack: list[list] = [[0, None]]  # [heading level, problem]
        for offset, level, problem in sorted(events, key=lambda event: event[0]):
            if level is None:
                stack[-1][1] = problem
            else:
                while len(stack) > 1 and stack[-1][0] >= level:
                    stack.pop()
                stack.append([level, problem])
            self.offsets.append(offset)
            self.problems.append(next((p for _, p in reversed(stack) if p), None))

    def at(self, offset: int) -> str | None:
        index = bisect_right(self.offsets, offset) - 1
        return self.problems[index] if index >= 0 else None


def _problem_in(text: str) -> str | None:
    match = PROBLEM_ID.search(text)
    return match.group() if match else None


# ---------------------------------------------------------------- rows of a math region

_WRAPPER_ENVS = {"equation", "equation*", "displaymath", "math"}
_ROW_ENVS = {"align", "align*", "aligned", "alignat", "alignat*", "alignedat", "split", "gather",
             "gather*", "gathered", "flalign", "flalign*", "eqnarray", "eqnarray*"}
_ONE_ROW_ENVS = {"multline", "multline*"}  # `\\` breaks the line, not the equation
_LAYOUT_ENVS = _WRAPPER_ENVS | _ROW_ENVS | _ONE_ROW_ENVS
_BRACED = r"\{[^{}]*(?:\{[^{}]*\}[^{}]*)*\}"
_ROW_TOKEN = re.compile(
    r"(?P<begin>\\begin\s*\{(?P<begin_name>[^{}]*)\}(?:\s*\[[tcb]\]|\s*\{\d+\})?)"
    r"|(?P<end>\\end\s*\{(?P<end_name>[^{}]*)\})"
    r"|(?P<newline>\\\\\*?(?:[ \t]*\[\s*-?[\d.]+\s*(?:pt|em|ex|mm|cm|in|mu|bp|sp)\s*\])?)"
    r"|(?P<drop>\\(?:tag\*?|label|intertext|shortintertext)\s*" + _BRACED
    + r"|\\(?:nonumber|notag)(?![a-zA-Z]))"
    r"|\\[a-zA-Z]+|\\.|(?P<amp>&)|(?P<open>\{)|(?P<close>\})", re.S)
_ENUM_LABEL = r"\(?(?:\d{1,3}|[a-z]|[ivx]{1,5})[.)]"  # 1.  2)  (3)  a)  (iv)
_ENUMERATOR = re.compile(rf"{_ENUM_LABEL}|\\text(?:bf)?\{{\s*{_ENUM_LABEL}\s*\}}")


def _blank(chars: list[str], start: int, end: int) -> None:
    for index in range(start, end):
        if chars[index] != "\n":
            chars[index] = " "


def _split_rows(math: str) -> list[tuple[int, str]]:
    """Rows of a math region as (offset of the row's first character, blanked text)."""
    chars = list(math)
    envs: list[tuple[str, int]] = []  # (name, brace depth where it opened)
    depth = 0
    rows: list[tuple[int, int, int | None]] = []
    row_start, first_amp = 0, None
    for token in _ROW_TOKEN.finditer(math):
        kind = token.lastgroup
        env = envs[-1][0] if envs else None
        at_row_level = (depth == (envs[-1][1] if envs else 0)
                        and (env is None or env in _LAYOUT_ENVS))
        if kind == "begin":
            name = token.group("begin_name").strip()
            if name in _LAYOUT_ENVS:
                _blank(chars, token.start(), token.end())
            envs.append((name, depth))
        elif kind == "end":
            name = token.group("end_name").strip()
            if name in _LAYOUT_ENVS:
                _blank(chars, token.start(), token.end())
            while envs and envs.pop()[0] != name:
                pass
        elif kind == "newline" and at_row_level:
            _blank(chars, token.start(), token.end())
            if env not in _ONE_ROW_ENVS:
                rows.append((row_start, token.start(), first_amp))
                row_start, first_amp = token.end(), None
        elif kind == "drop":
            _blank(chars, token.start(), token.end())
        elif kind == "amp" and at_row_level:
            _blank(chars, token.start(), token.end())
            first_amp = token.start() if first_amp is None else first_amp
        elif kind == "open":
            depth += 1
        elif kind == "close":
            depth -= 1
    rows.append((row_start, len(math), first_amp))
    result = []
    for start, end, amp in rows:
        if amp is not None and _ENUMERATOR.fullmatch("".join(chars[start:amp]).strip()):
            _blank(chars, start, amp)
        row = "".join(chars[start:end])
        stripped = row.strip()
        if stripped:
            result.append((start + len(row) - len(row.lstrip()), stripped))
    return result


def _fragments(text: str, masked: str, regions: list[tuple[int, int]],
               events: list[tuple[int, int | None, str | None]]) -> list[Fragment]:
    """Cut each math region (offsets into text) into row fragments; one block per region.

    `events` are the headings and mentions that set the problem in force (_ProblemTimeline)."""
    timeline = _ProblemTimeline(events)
    line_starts = [0] + [m.end() for m in re.finditer("\n", text)]
    fragments: list[Fragment] = []
    block = 0
    for start, end in regions:
        problem = timeline.at(start)
        rows = _split_rows(masked[start:end])
        for offset, row in rows:
            offset += start
            line = bisect_right(line_starts, offset)
            column = offset - line_starts[line - 1] + 1
            fragments.append(Fragment(row, line, column, line + row.count("\n"), "latex", block,
                                      starts_with_relation(row), problem))
        block += bool(rows)
    return fragments


def _apply_blanks(text: str, blanks: list[tuple[int, int]]) -> str:
    pieces, last = [], 0
    for start, end in sorted(blanks):
        start = max(start, last)
        if end > start:
            pieces += [text[last:start], re.sub(r"[^\n]", " ", text[start:end])]
            last = end
    pieces.append(text[last:])
    return "".join(pieces)

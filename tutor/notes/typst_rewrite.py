"""Rewrite one row of Typst math as the plain syntax, keeping for each character where it came from.

Only spellings are changed, never what is read: `frac(a, b)` is `((a)/(b))`, `dif x` is `dx`,
`dif/(dif x)` is `d/dx`, `integral` is `int`, `dot` and `times` are `*`, `approx` is `~=`,
`x_(i)` is `x_i`, `hat(y)` is `y_hat`, `0^+` in a limit is `0+`; alignment `&`, quoted text,
spacing words and `#code` are blanked. What the plain syntax cannot read stays as written.
"""

from __future__ import annotations

import re
from collections.abc import Callable

_WORDS = (  # (Typst spelling, plain spelling): whole words only
    (r"integral", "int"), (r"dot(?:\.op|\.c)?", "*"), (r"times", "*"), (r"approx", "~="),
    (r"infinity", "oo"), (r"arrow\.r\.double(?:\.long)?", "=>"), (r"arrow\.r(?:\.long)?", "->"),
    (r"arrow\.l\.r\.double(?:\.long)?", "<=>"), (r"eq\.not", "!="), (r"eq", "="),
    (r"plus", "+"), (r"minus", "-"), (r"comma", ","), (r"(?:q?quad|space|thin|med|wide)", " "),
    (r"dots(?:\.[hc])?", "..."), (r"lt\.eq", "<="), (r"gt\.eq", ">="),
)
_WORD = re.compile(r"(?<![A-Za-z.])(?:" + "|".join(f"(?P<w{n}>{p})" for n, (p, _) in
                                                   enumerate(_WORDS)) + r")(?![A-Za-z])")
_STRING = re.compile(r'"(?:[^"\\]|\\.)*"')
# a column that opens with quoted text after some math: a note on the step, to the row's end
_ANNOTATION = re.compile(r'(?<=\S)[ \t]*&[ \t]*"[^\n]*\Z')
_CODE = re.compile(r"#[A-Za-z][\w.-]*(?:\([^()]*\))?")
_DIF_OVER = re.compile(r"(?<![A-Za-z])(dif|partial)\s*/\s*\(\s*(?:dif|partial)\s*([A-Za-z])\s*\)")
_DIF = re.compile(r"(?<![A-Za-z])dif\s*([A-Za-z])(?![A-Za-z])")
_D_AFTER_INTEGRAL = re.compile(r"(?<![A-Za-z])d\s+([A-Za-z])(?![A-Za-z(])")
_SIDE = re.compile(r"(->\s*-?[\w.]+)\^([+-])")  # x -> 0^+: from the right
_SUBSCRIPT = re.compile(r"(?<=[A-Za-z])_\(\s*([A-Za-z0-9]+)\s*\)")  # x_(i) -> x_i
_HAT = re.compile(r"(?<![A-Za-z])hat\(\s*([A-Za-z])\s*\)")


class _Mapped:
    """Text and, for each character, its offset in the row as written."""

    def __init__(self, text: str) -> None:
        self.text, self.origins = text, list(range(len(text)))

    def sub(self, pattern: re.Pattern, replace: Callable[[re.Match], str]) -> None:
        """Replace each match; a replacement's characters point into the match they stand for."""
        text, origins, at = [], [], 0
        for m in pattern.finditer(self.text):
            text.append(self.text[at:m.start()])
            origins += self.origins[at:m.start()]
            new = replace(m)
            span = max(m.end() - m.start(), 1)
            text.append(new)
            origins += [self.origins[min(m.start() + i * span // max(len(new), 1),
                                         max(m.end() - 1, m.start()))] for i in range(len(new))]
            at = m.end()
        text.append(self.text[at:])
        origins += self.origins[at:]
        self.text, self.origins = "".join(text), origins


def typst_as_plain(row: str) -> tuple[str, list[int]]:
    """(the row in the plain syntax, for each of its characters the offset in `row`)."""
    mapped = _Mapped(row)
    mapped.sub(_ANNOTATION, lambda m: " " * len(m.group()))  # `& ": divide by" x^4`: a note
    mapped.sub(_STRING, lambda m: " " * len(m.group()))
    mapped.sub(_CODE, lambda m: " " * len(m.group()))
    mapped.sub(re.compile("&"), lambda m: " ")
    _fractions(mapped)
    mapped.sub(_DIF_OVER, lambda m: ("d/d" if m.group(1) == "dif" else "∂/∂") + m.group(2))
    mapped.sub(_DIF, lambda m: "d" + m.group(1))
    if re.search(r"(?<![A-Za-z])integral(?![A-Za-z])", mapped.text):
        mapped.sub(_D_AFTER_INTEGRAL, lambda m: "d" + m.group(1))
    mapped.sub(_WORD, _word)
    mapped.sub(_SIDE, lambda m: m.group(1) + m.group(2))
    mapped.sub(_SUBSCRIPT, lambda m: "_" + m.group(1))
    mapped.sub(_HAT, lambda m: m.group(1) + "_hat")
    return mapped.text, mapped.origins


def _word(m: re.Match) -> str:
    """The plain spelling of a Typst word."""
    index = int(next(name for name, value in m.groupdict().items() if value is not None)[1:])
    return _WORDS[index][1]


_FRAC = re.compile(r"(?<![A-Za-z])frac\(")


def _fractions(mapped: _Mapped) -> None:
    """`frac(a, b)` as `((a)/(b))`, innermost first; one with no top-level comma stays."""
    for _ in range(20):
        found = None
        for m in _FRAC.finditer(mapped.text):
            parts = _arguments(mapped.text, m.end())
            if parts is not None and not _FRAC.search(mapped.text, m.end(), parts[1]):
                found = (m, parts)
                break
        if found is None:
            return
        m, (comma, close) = found
        pattern = re.compile(re.escape(mapped.text[m.start():close + 1]))
        top, bottom = mapped.text[m.end():comma], mapped.text[comma + 1:close]
        fraction = f"(({top.strip()})/({bottom.strip()}))"
        mapped.sub(_Once(pattern, m.start()), lambda _m, new=fraction: new)


def _arguments(text: str, start: int) -> tuple[int, int] | None:
    """(offset of the one top-level comma, offset of the closing parenthesis) of a call."""
    depth, comma = 0, None
    for index in range(start, len(text)):
        char = text[index]
        if char in "([{":
            depth += 1
        elif char in ")]}":
            if depth == 0:
                return (comma, index) if comma is not None else None
            depth -= 1
        elif char == "," and depth == 0:
            if comma is not None:
                return None
            comma = index
    return None


class _Once:
    """A pattern that matches only at one offset (for `_Mapped.sub`)."""

    def __init__(self, pattern: re.Pattern, at: int) -> None:
        self.pattern, self.at = pattern, at

    def finditer(self, text: str):
        """The one match at the offset, if it stands there."""
        m = self.pattern.match(text, self.at)
        return [m] if m else []

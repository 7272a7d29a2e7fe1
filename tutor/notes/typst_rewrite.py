"""Rewrite one row of Typst math as the plain syntax, keeping for each character where it came from.

Only spellings are changed, never what is read: `frac(a, b)` is `((a)/(b))`, `dif x` is `dx`,
`dif/(dif x)` is `d/dx`, `(diff L)/(diff theta)` is `∂L/∂θ`, `integral` is `int`, `dot` and
`times` are `*`, `div` is `/`, `approx` is `~=`, `norm(x)` is `||x||`, `root(n, x)` is
`x^(1/n)`, `x_(i)` is `x_i`, `hat(y)` is `ŷ`, `"ReLU"(z)` and `op("ReLU")(z)` are `ReLU(z)`,
`0^+` in a limit is `0+`; alignment `&`, quoted text, a quoted note after the math, spacing
words and `#code` are blanked. What the plain syntax cannot read stays as written.
"""

from __future__ import annotations

import re
from collections.abc import Callable

_WORDS = (  # (Typst spelling, plain spelling): whole words only
    (r"integral", "int"), (r"dot(?:\.op|\.c|\.basic)?", "*"), (r"times", "*"), (r"approx", "~="),
    (r"infinity", "oo"), (r"product", "prod"), (r"arrow\.r\.double(?:\.long)?", "=>"),
    (r"arrow\.r(?:\.long)?", "->"),
    (r"arrow\.l\.r\.double(?:\.long)?", "<=>"), (r"eq\.not", "!="), (r"eq", "="),
    (r"plus\.minus", "±"), (r"minus\.plus", "∓"), (r"div", "/"), (r"plus", "+"),
    (r"minus", "-"), (r"comma", ","), (r"(?:q?quad|space|thin|med|wide)", " "),
    (r"dots(?:\.[hc])?", "..."), (r"lt\.eq", "<="), (r"gt\.eq", ">="), (r"prime", "'"),
)
_WORD = re.compile(r"(?<![A-Za-z.])(?:" + "|".join(f"(?P<w{n}>{p})" for n, (p, _) in
                                                   enumerate(_WORDS)) + r")(?![A-Za-z])")
_STRING = re.compile(r'"(?:[^"\\]|\\.)*"')
# a column that opens with quoted text after some math: a note on the step, to the row's end
_ANNOTATION = re.compile(r'(?<=\S)[ \t]*&[ \t]*"[^\n]*\Z')
_CODE = re.compile(r"#[A-Za-z][\w.-]*(?:\([^()]*\))?")
_DIF_OVER = re.compile(r"(?<![A-Za-z])(dif|diff|partial|d)\s*/\s*\(\s*(?:dif|diff|partial|d)\s*"
                       r"([A-Za-z])\s*\)")
# quoted words or a wide space between two pieces of math (`f(x) = x^2 "for" x > 0`, `x = 2
# quad y = 3`): they part two statements, as a comma does (blanked, `2 y` would be a product)
_SEPARATOR = re.compile(r'(?<=[\w)\]}.!\'])[ \t]*(?:"(?:[^"\\\n]|\\.)*"'
                        r'|(?<![A-Za-z])(?:q?quad|wide)(?![A-Za-z.]))(?=[ \t]*[A-Za-z0-9(\-])')
_QUOTED_D = re.compile(r'"d"\s*(?=[A-Za-z(/])')
# (diff L)/(diff theta_1), (dif y)/(dif x), (d y)/(d x): a derivative of one name in another
_NAME = r"([A-Za-z]+(?:_[A-Za-z0-9]+)?)"
_QUOTIENT = re.compile(r"\(\s*(diff|partial|dif|d)\s*" + _NAME + r"\s*\)\s*/\s*\(\s*\1\s*" + _NAME
                       + r"\s*\)")
_DIF = re.compile(r"(?<![A-Za-z])dif\s*([A-Za-z])(?![A-Za-z])")
_CALLED_TEXT = re.compile(r'(?:op\(\s*)?"([A-Za-z]{2,})"(?:\s*\))?(?=\s*\()')  # "ReLU"(z)
_GREEK_LETTERS = dict(zip(
    "alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi pi rho sigma "
    "tau upsilon phi chi psi omega".split(), "αβγδεζηθικλμνξπρστυφχψω", strict=True))
_D_AFTER_INTEGRAL = re.compile(r"(?<![A-Za-z])d\s+([A-Za-z])(?![A-Za-z(])")
_SIDE = re.compile(r"(->\s*-?[\w.]+)\^([+-])")  # x -> 0^+: from the right
_SUBSCRIPT = re.compile(r"(?<=[A-Za-z])_\(\s*([A-Za-z0-9]+)\s*\)")  # x_(i) -> x_i
_SIGNATURE = re.compile(r"\s*[A-Za-z]\w*\s*:\s*[^=:]*(?:->|arrow\.r)[^=]*\Z")
_INCREMENT = re.compile(r"(?<![A-Za-z])Delta\s+([A-Za-z])(?![A-Za-z(])")  # Delta x: Δx
_STYLED = re.compile(r"(?<![A-Za-z])(?:cal|scr|frak|upright|italic)\(\s*([A-Za-z])\s*\)")  # cal(L)
_BOLD_ENTRY = re.compile(r"(?<![A-Za-z])bold\(\s*([A-Za-z])\s*\)(?=_)")  # bold(x)_i: x_i
_HAT = re.compile(r"(?<![A-Za-z])hat\(\s*([A-Za-z])\s*\)")  # hat(y)_i: ŷ_i


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
    if _SIGNATURE.match(row):  # `f: RR -> RR`: what f maps, no claim
        return " " * len(row), list(range(len(row)))
    mapped = _Mapped(row)
    mapped.sub(_ANNOTATION, lambda m: " " * len(m.group()))  # `& ": divide by" x^4`: a note
    mapped.sub(_CALLED_TEXT, lambda m: m.group(1))  # "ReLU"(z), op("softmax")(z): a function
    mapped.sub(_QUOTED_D, lambda m: "d")  # ("d" y)/("d" x), integral x "d"x: the differential
    mapped.sub(_SEPARATOR, lambda m: "," + " " * (len(m.group()) - 1))  # x^2 "for" x > 0
    mapped.sub(_STRING, lambda m: " " * len(m.group()))
    mapped.sub(_CODE, lambda m: " " * len(m.group()))
    mapped.sub(re.compile("&"), lambda m: " ")
    mapped.sub(_STYLED, lambda m: m.group(1))  # upright(d), cal(L): the letter
    _fractions(mapped)
    _calls_rewritten(mapped)
    mapped.sub(_QUOTIENT, _quotient)
    mapped.sub(_DIF_OVER, lambda m: ("d/d" if m.group(1) in ("dif", "d") else "∂/∂") + m.group(2))
    mapped.sub(re.compile(r"(?<![A-Za-z])diff(?![A-Za-z])"), lambda m: "∂")
    mapped.sub(_DIF, lambda m: "d" + m.group(1))
    if re.search(r"(?<![A-Za-z])integral(?![A-Za-z])", mapped.text):
        mapped.sub(_D_AFTER_INTEGRAL, lambda m: "d" + m.group(1))
    mapped.sub(_WORD, _word)
    mapped.sub(_SIDE, lambda m: m.group(1) + m.group(2))
    mapped.sub(_SUBSCRIPT, lambda m: "_" + m.group(1))
    mapped.sub(_HAT, lambda m: m.group(1) + "\u0302")
    mapped.sub(_BOLD_ENTRY, lambda m: m.group(1))
    mapped.sub(_INCREMENT, lambda m: "Δ" + m.group(1))
    return mapped.text, mapped.origins


def _quotient(m: re.Match) -> str:
    """`(diff L)/(diff theta_1)` as `∂L/∂θ_1`, `(dif y)/(dif x)` as `dy/dx`."""
    mark = "d" if m.group(1) in ("dif", "d") else "∂"
    return "".join(f"{mark}{_letter(name)}" + ("/" if k == 0 else "")
                   for k, name in enumerate((m.group(2), m.group(3))))


def _letter(name: str) -> str:
    """`theta_1` as `θ_1`: a Greek name as its letter (the plain syntax's derivatives take it)."""
    head, _, tail = name.partition("_")
    return _GREEK_LETTERS.get(head, head) + ("_" + tail if tail else "")


def _word(m: re.Match) -> str:
    """The plain spelling of a Typst word."""
    index = int(next(name for name, value in m.groupdict().items() if value is not None)[1:])
    return _WORDS[index][1]


_FRAC = re.compile(r"(?<![A-Za-z])frac\(")
_CALL = re.compile(r"(?<![A-Za-z])(norm|root|lr)\(")  # lr((x)): pandoc's sized brackets


def _calls_rewritten(mapped: _Mapped) -> None:
    """`norm(x)` as `||x||`, `root(3, x)` as `((x)^(1/(3)))`, `lr((x))` as `(x)`, innermost
    first."""
    for _ in range(20):
        for m in _CALL.finditer(mapped.text):
            close = _closing(mapped.text, m.end())
            inner = mapped.text[m.end():close] if close is not None else ""
            if close is None or _CALL.search(inner):
                continue
            if m.group(1) == "lr":
                new = inner
            elif m.group(1) == "norm":
                new = f"||{inner.strip()}||"
            else:
                parts = _arguments(mapped.text, m.end())
                if parts is None:
                    continue
                degree, radicand = mapped.text[m.end():parts[0]], mapped.text[parts[0] + 1:close]
                new = f"(({radicand.strip()})^(1/({degree.strip()})))"
            mapped.sub(_Once(re.compile(re.escape(mapped.text[m.start():close + 1])), m.start()),
                       lambda _m, new=new: new)
            break
        else:
            return


def _closing(text: str, start: int) -> int | None:
    """The offset of the parenthesis closing a call opened right before `start`."""
    depth = 0
    for index in range(start, len(text)):
        if text[index] in "([{":
            depth += 1
        elif text[index] in ")]}":
            if depth == 0:
                return index
            depth -= 1
    return None


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

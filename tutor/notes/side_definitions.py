"""Inline definitions said beside a displayed row (`$$\\int_0^2 x(x^2+1)^2 dx$$ with $u = x^2 + 1$,
bounds $1 \\to 5$`), or beside an inline formula on its own line (`$\\frac{u'v-uv'}{v^2}$ with
$v = x^2$, $v' = 2x$`), just before a row that goes on with `= …`: asides, so that the `= …`
continues the formula, not the last definition (whose right side it never meant)."""

from __future__ import annotations

import re
from dataclasses import replace

from tutor.notes.fragments import Fragment

# `u = x^2 + 1`, `du = 2x \, dx`, `\mathrm{d}u = …`, `u: 1 \to 5`, `t = \sin\theta`: a name set
_SIDE = re.compile(r"\s*(?:d\s*|\\mathrm\s*\{\s*d\s*\}\s*)?(?:\\?[a-zA-Z]+)(?:_\{?\w+\}?)?"
                   r"(?:'+|\^\{?\\prime\}?)?(?:\s*\(\s*[a-zA-Z]\s*\))?\s*"  # `v'`, `b(x)`, `b'(x)`
                   r"(?:=(?!=)[^=<>]*|:\s*[^=<>:]*(?:\\to|\\rightarrow|→)[^=<>]*)"
                   r"|[^=<>:]*(?:\\to|\\rightarrow|→)[^=<>]*")  # `1 \to 5`: where bounds go
_SPACING = re.compile(r"\\(?:q?quad|[,;:! ])(?![a-zA-Z])|~")  # `\quad`, `\;` between definitions
# `Using`, `Usando`, `Utilizzando`, `En utilisant`, `Mit`, `Med`, `Dùng` … right before the
# `$` of an inline identity: a fact the next row uses, not a step of its chain
_USING = re.compile(r"(?:\b(?:using|use|usando|utilizando|utilizzando|utilisant|mit|med|since|"
                    r"by|recall(?:ing)?|knowing|sabiendo|sachant|dùng|sử dụng)|\bas)\s*:?\s*\$$",
                    re.I)
_NEAR = 4  # lines between the displayed row and the row that continues it, at most


def side_definitions(text: str, fragments: list[Fragment]) -> list[Fragment]:
    """The fragments with each inline definition between a displayed row and a row that
    continues it (`= …`) marked as an aside (a reason row)."""
    lines = text.split("\n")
    done = list(fragments)
    for k in range(1, len(done) - 1):
        if done[k].continues or not _is_side(done[k], lines):
            continue
        first = k
        while first > 0 and _is_side(done[first - 1], lines) and not done[first - 1].continues:
            first -= 1
        last = k
        while last + 1 < len(done) and _is_side(done[last + 1], lines) \
                and not done[last + 1].continues:
            last += 1
        if first == 0 or last + 1 >= len(done) or not done[last + 1].continues:
            continue
        shown, after = done[first - 1], done[last + 1]
        if _inline(shown, lines) and not _formula_beside(shown, done[first], lines) \
                or not shown.end_line <= done[k].line <= after.line \
                or after.line - shown.end_line > _NEAR \
                or len({shown.section, done[k].section, after.section}) > 1:  # a new example
            continue
        done[k] = replace(done[k], reason=True, block=shown.block)
    return done


def _is_side(fragment: Fragment, lines: list[str]) -> bool:
    """An inline fragment that sets a name or several (`u=1, \\quad v=x^2+1`), or says where
    its bounds go, or an identity the prose says is used (`Using $(x + h)^3 = x^3 + …$:`)."""
    return _inline(fragment, lines) and (_sets_names(fragment.text) or bool(
        _USING.search(lines[fragment.line - 1][:max(0, fragment.column - 1)])))


def _sets_names(text: str) -> bool:
    """Is the text one name set, or a list of them split by commas?"""
    if _SIDE.fullmatch(text):
        return True
    parts = _top_level_parts(_SPACING.sub(" ", text))
    return len(parts) > 1 and all(_SIDE.fullmatch(part) for part in parts)


def _top_level_parts(text: str) -> list[str]:
    """The text cut at each comma outside brackets and braces."""
    parts, depth, start = [], 0, 0
    for at, char in enumerate(text):
        depth += (char in "([{") - (char in ")]}")
        if char == "," and depth == 0:
            parts.append(text[start:at])
            start = at + 1
    return parts + [text[start:]]


def _formula_beside(shown: Fragment, side: Fragment, lines: list[str]) -> bool:
    """An inline formula that sets no name, with the definitions after it on its own line
    (`1. $\\frac{u'v-uv'}{v^2}$ with $v = x^2$`): the row that the next `= …` continues."""
    return shown.line == shown.end_line == side.line and not _sets_names(shown.text) \
        and "=" not in shown.text


def _inline(fragment: Fragment, lines: list[str]) -> bool:
    """Does the fragment stand between `$…$` or `\\(…\\)` in a line of prose?"""
    if not 0 < fragment.line <= len(lines) or fragment.end_line != fragment.line:
        return False
    before = lines[fragment.line - 1][:max(0, fragment.column - 1)].rstrip()
    return before.endswith("\\(") or before.endswith("$") and not before.endswith("$$")

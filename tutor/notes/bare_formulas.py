"""Formulas written bare on a line of their own in a Markdown note, with no `$` around them.

Word's or OneNote's equations pasted into a note come out as linear text on a line of their own
(`E[X]=∑_(k=1)^6▒〖k⋅1/6〗=21/6=3.5`, `Var(X)=91/6−49/4=35/12≈2.917`). Such a line is read as
plain math when it is a formula through and through: a relation between operands, a mark of
math (an operator sign, a Greek letter, a call such as `Var(`), no mark of code and no word but
math's (tutor.notes.indented_math decides that, as for an indented block). Lines in code fences,
indented blocks, headings, tables, quotes and front matter are left alone.
"""

from __future__ import annotations

import re

from tutor.notes.frontmatter import front_matter
from tutor.notes.indented_math import FENCE, plain_formula
from tutor.vocabulary import AND_WORDS

# an item of a nested list: indented under an item above it (no blank line between)
_NESTED_ITEM = re.compile(r"(?: {4,}|\t+)((?:[-*+]|\d{1,2}[.)])[ \t]+)")
_LEFT_ALONE = re.compile(r"(?: {4,}|\t)|[ \t]*(?:#|\||>|<|!\[|\[\^)")
# `For Y=3X−2:`, `Let X∼Pois(2).`, `Soit p(T) = 5/10`: one word of prose before the formula (of
# one of several languages); a label of one or two words and a colon (`Chain rule: …`)
_LEAD_WORD = re.compile(r"[ \t]*(?:(?:For|With|Let|Given|If|When|Where|Take|Suppose|So|Then|Thus|"
                        r"Hence|And|Also|Now|Soit|Sei|Sea|Seja|Sia|Niech|Olkoon|Låt|Lad|Stel|Nechť"
                        r"|Legyen|Alors|Donc|Dann|Entonces|Então|Quindi|Allora|Dus|Ainsi|Пусть"
                        r"|Тогда|Итак|Jadi|Maka)|(?:[A-Za-z][\w-]*[ \t]+)?[A-Za-z][\w-]*:)[ \t]+",
                        re.I)
# `C(10,2) = 45 so`: a word leading on to the next line, after the formula
_TRAILING_WORD = re.compile(r"(?<=[ \t])(?:so|then|thus|hence|and)[ \t]*$", re.I)
# `e^{-1.5}`, `x_{12}`: a script in braces, as plain math writes it (no code's block)
_BRACED_SCRIPT = re.compile(r"([\^_])\{([^{}]*)\}")
_BULLET = re.compile(r"[ \t]{0,3}(?:[-*+•]|\d{1,2}[.)])[ \t]+")
# a relation with an operand on either side (never a rule `===`, a heading underline, `a =`)
_OPERANDS = re.compile(r"[\w)\]〗!'\u0302\u0304\u0305]\s*(?:=|≈|∼)\s*[-\w(\[〖√∑∏−ⅇ.∞]")
# what only a formula has: a sign of operation, a Greek letter, a bracket after a name, `*` or
# `+` between two letters
_MATH_MARK = re.compile(r"[∑∏√≈⋅·×−≤≥∂ⅆⅇ▒〖∼⟹∝^/∇‖ᵀ′]|[α-ωΑ-Ω]|[A-Za-z]\w*[(\[]|\blim\{|\)'"
                        r"|(?<![\w*])[A-Za-z][ \t]*[*+][ \t]*[A-Za-z](?![\w*])")  # `d = e + c`
# `45 * 0.09 = 4.5`: numbers and signs of operation only, a worked product in a chat or a note
_ARITHMETIC = re.compile(r"(?<![\d.,])[\d.,]+(?:\s*[-+*/×]\s*\(?[\d.,]+\)?)+\s*(?:=|≈)\s*-?[\d.,]+")
# the names of laws a declaration gives (`X∼Pois(2)`): words of math
_LAW_NAME = re.compile(r"\b(?:Pois|Poisson|Bin|Binom|Bern|Bernoulli|Geom|Exp|Beta|Gamma|Unif|"
                       r"Uniform|Norm|Normal|Cov)(?=\()")
# `a[i] = a[i-1] + 1`, `dp[i]`: a program's indexing (a recurrence), never E[X] or Var[X]
_INDEXING = re.compile(r"(?<!\w)(?!(?:E|Var|Cov|V|D|P)\[)[A-Za-z]\w*\[")
_RELATION_IN = re.compile(r"[=<>≈≤≥≠]")
# (never an event's word, p(no), P(yes | x))
_SHORT_WORDS = re.compile(r"(?<![\w.])(?<![A-Za-z]\()(?:is|so|of|to|if|at|in|on|by|or|as|an|we|"
                          r"it|be|do|no|and|the|for|with|then|thus|hence|where|gives)(?![\w(])",
                          re.I)


def bare_formula_regions(text: str, taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """(start, end) of each line of `text` that is a bare formula (see the module docstring),
    none inside a `taken` region."""
    lines = text.split("\n")
    body, _ = front_matter(lines)
    regions: list[tuple[int, int]] = []
    offset, fence, after = sum(len(line) + 1 for line in lines[:body]), None, False
    for k, line in enumerate(lines[body:], start=body):
        start, end = offset, offset + len(line)
        offset = end + 1
        opener = FENCE.match(line)
        if opener and (fence is None or opener.group(1).startswith(fence)):
            fence = None if fence else opener.group(1)
            continue
        trailing = _TRAILING_WORD.search(line)
        line = line[:trailing.start()] if trailing else line
        dash = _dash_item(lines, k)  # `2- (4x^2)' = 8x`: item 2, never 2 - (4x²)'
        lead = dash or _LEAD_WORD.match(line)
        skip = lead.end() if lead and (dash or not _is_bare_formula(line)) and _is_bare_formula(
            line[lead.end():]) else 0  # `For Y=3X−2:`: the formula after the word
        going_on = after and _going_on(line)  # `= (ŷ - y)/(ŷ(1 - ŷ))` under a formula
        opening = k + 1 < len(lines) and _opens(line, lines[k + 1])  # `∂/∂ŷ [ … ]`, then `= …`
        after = after == "formula" and (line.rstrip().endswith((":", "!")) or not line.strip()
                                        and _blank_kept(lines, k))  # one remark or blank between
        nested = _NESTED_ITEM.match(line) if k > body and lines[k - 1].strip() else None
        head = nested.start(1) if nested else 0  # `    1. lim{x→0^-} …` under `9. lim{x→0}
        if fence or (_LEFT_ALONE.match(line) and not nested) or not (  # …`: an item, not code
                going_on or opening or _is_bare_formula(line[head:][skip:])):
            continue
        after = "formula"
        bullet = _BULLET.match(line)
        skip = skip or (nested.end() if nested else 0)
        first = start + (skip or (bullet.end() if bullet else len(line) - len(line.lstrip())))
        last = start + len(_without_end_mark(line))  # `X∼Pois(2):`, `Let … .`, not `+ ...`
        if not any(first < t_end and t_start < end for t_start, t_end in taken):
            regions += [_unwrapped(text, a, b) for a, b in _statements(text, first, last)]
    return regions


# `P(A)=1/2 P(C)=2/3`, `x=1/2 y=2/3`: a space after a number, then a name (or a call) and `=`:
# the next statement of the line (never a product: 1/2·P(C) = 2/3 was read)
_NEXT_STATEMENT = re.compile(r"(?<=[\d)])[ \t]+(?=[A-Za-z]\w*(?:\([^()=]*\))?[ \t]*=(?!=))")


# `H + T = n và X = H - T`, `x = 1 and y = 2`: two formulas joined by a word for "and"
_JOINED = re.compile(r"(?<![ \t])[ \t]+(?:" + "|".join(w for w in AND_WORDS if len(w) > 1)
                     + r")[ \t]+")  # (a run of spaces tried once, from its start: linear)


def _joins(text: str, first: int = 0, last: int | None = None) -> list[re.Match]:
    """The words for "and" between `first` and `last` outside brackets (never `p(M et T)`)."""
    return [m for m in _JOINED.finditer(text, first, len(text) if last is None else last)
            if _depth(text[first:m.start()]) == 0]


def _depth(text: str) -> int:
    return sum(text.count(c) for c in "([{") - sum(text.count(c) for c in ")]}")


def _joined_pieces(formula: str) -> list[str]:
    """The formulas a line joins by words for "and" (the line alone when none)."""
    bounds = [0, *(k for m in _joins(formula) for k in (m.start(), m.end())), len(formula)]
    return [formula[bounds[k]:bounds[k + 1]] for k in range(0, len(bounds), 2)]


def _statements(text: str, first: int, last: int) -> list[tuple[int, int]]:
    """The spans of the statements of a bare formula's line `first`..`last`."""
    spans, start = [], first
    found = sorted([*_NEXT_STATEMENT.finditer(text, first, last), *_joins(text, first, last)],
                   key=lambda m: m.start())
    for m in found:
        if m.start() >= start and _RELATION_IN.search(text, start, m.start()):
            spans.append((start, m.start()))
            start = m.end()
    return spans + [(start, last)]


def _unwrapped(text: str, first: int, last: int) -> tuple[int, int]:
    """`(e^2=7.389)` whole in one pair of parentheses (a chat answer's `\\( … \\)` that lost
    its backslashes), `***f(x) = …***` in Markdown's bold: the formula inside them; any other
    region as it is."""
    stars = len(text[first:last]) - len(text[first:last].lstrip("*"))
    if 2 <= stars <= 3 and text[last - stars:last] == "*" * stars and last - first > 2 * stars:
        return first + stars, last - stars
    inner = text[first + 1:last - 1]
    if text[first:first + 1] != "(" or text[last - 1:last] != ")" or not _RELATION_IN.search(
            inner):
        return first, last
    depth = 0
    for ch in inner:
        depth += {"(": 1, ")": -1}.get(ch, 0)
        if depth < 0:  # `(a + b)(c) = …`: the first bracket closes inside
            return first, last
    return (first + 1, last - 1) if depth == 0 else (first, last)


def _without_end_mark(line: str) -> str:
    """The line without its closing `:` or `.` (a series' closing `...` stays)."""
    text = line.rstrip()
    if text.endswith(("...", "…")):
        return text
    return text.rstrip(":.").rstrip()


def _blank_kept(lines: list[str], k: int) -> bool:
    """A blank line `k` after a formula, with `= …` just below: a paragraph break inside a
    derivation (a Google Docs export sets a blank line under every paragraph)."""
    return k + 1 < len(lines) and lines[k + 1].lstrip().startswith(("=", "≈"))


# `1- 3e^x = 3e^x`, `2- (4x^2)' = 8x`: items numbered with a dash (a habit of Turkish notes)
_DASH_ITEM = re.compile(r"[ \t]{0,3}(\d{1,2})-[ \t]+")


def _dash_item(lines: list[str], k: int) -> re.Match | None:
    """The label `2- ` opening line k when a line near it opens with the number before or after
    it (`1- `, `3- `): items of a list, never a subtraction."""
    m = _DASH_ITEM.match(lines[k])
    if m is None:
        return None
    near = {int(n.group(1)) for line in lines[max(0, k - 4):k + 5]
            if (n := _DASH_ITEM.match(line)) and line is not lines[k]}
    return m if near & {int(m.group(1)) - 1, int(m.group(1)) + 1} else None


# a run of CJK characters with math after it: a sentence (`p(x)是事件真实分布下的概率，…q(x) = 1
# - p(x)。`); words after the formula only (`u=exp(a_0)+…とおいて`) are cut by the reader
_CJK_PROSE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]{3}")


def _math_after_cjk_words(formula: str) -> bool:
    words = _CJK_PROSE.search(formula)
    return words is not None and re.search(r"[=(]", formula[words.end():]) is not None


def _is_bare_formula(line: str) -> bool:
    bullet = _BULLET.match(line)  # `- `, `2) ` at the start only: `P(X=2) = …` keeps its `2) `
    formula = line[bullet.end() if bullet else 0:].strip().removesuffix(":").removesuffix(
        ".").rstrip()
    if len(joined := _joined_pieces(formula)) > 1:  # `H + T = n và X = H - T`: one a formula
        return any(map(_is_bare_formula, joined)) and all(_OPERANDS.search(piece) and not (
            _SHORT_WORDS.search(piece)) and plain_formula(piece) for piece in joined)
    return bool(formula) and not formula.endswith((":", "?", ",", ";")) \
        and not _math_after_cjk_words(formula) \
        and bool(_OPERANDS.search(formula)) and bool(_MATH_MARK.search(formula) or _ARITHMETIC.
                                                     fullmatch(formula)) \
        and not _SHORT_WORDS.search(formula) and not _INDEXING.search(formula) \
        and plain_formula(_BRACED_SCRIPT.sub(r"\1(\2)", _LAW_NAME.sub("L", formula.replace(
            "∼", "="))))  # X∼Pois(2): a law


def _going_on(line: str) -> bool:
    """`= (ŷ − y) / (ŷ(1 − ŷ))`, `≈ 1.609`: a line going on from the formula above it with a
    relation first (an article's or a whiteboard's derivation), a formula once a left is put."""
    text = line.strip()
    return text.startswith(("=", "≈")) and _is_bare_formula("a " + text)


def _opens(line: str, below: str) -> bool:
    """`∂/∂ŷ [ −(y·log(ŷ) + (1−y)·log(1−ŷ)) ]` with `= …` on the line below: an expression of
    its own opening a derivation (no relation in it, a formula once it is given a left)."""
    text = line.strip()
    return bool(text) and not _RELATION_IN.search(text) and _going_on(below) and \
        _is_bare_formula("a = (" + text + ")")

"""`6x(x - 1) = 0 ⇒ x = 0 or x = 1`: the roots listed after an equation, read as one equation."""

from __future__ import annotations

import re
from dataclasses import replace

import sympy as sp

from tutor.model import Chain, Link, Part, Span
from tutor.vocabulary import OR_WORDS, SO_WORDS


def _words(words: tuple[str, ...]) -> str:
    return "|".join(map(re.escape, sorted(words, key=len, reverse=True)))


# what may stand between an equation and the first root: ⇒, so, hence, άρα (Greek), ดังนั้น …
_THEREFORE = re.compile(
    r"\\(?:implies|Rightarrow|Longrightarrow|therefore)(?![a-zA-Z])|⇒|⟹|∴"
    r"|\\(?:text|textrm|mbox)\s*\{\s*,?\s*(?:" + _words(SO_WORDS) + r")\s*,?\s*\}")
# what may stand between two roots: a comma, `or` (also as Greek ή, German oder, Thai หรือ …)
_OR = re.compile(r"[\s,;~]|\\[,;:! ]|\\q?quad(?![a-zA-Z])|\\(?:text|textrm|mbox)\s*\{\s*,?\s*"
                 r"(?:" + _words(OR_WORDS) + r")?\s*,?\s*\}")


def roots_joined(chains: list[Chain], text: str, lead: str | None) -> list[Chain]:
    """`chains` with `x = a`, `x = b`, … (one unknown, two or more roots, after an equation in
    x and a ⇒ or `so`) read as the one equation (x - a)(x - b)… = 0, whose solutions are the
    roots listed; anything else as it stands."""
    for first in range(len(chains)):
        tail = _root(chains[first], tail=True)
        if tail is None or not _after_equation(chains, first, tail, text, lead):
            continue
        last = first
        while last + 1 < len(chains) and _root(chains[last + 1]) is not None and _root(
                chains[last + 1])[0] == tail[0] and _between(chains[last], chains[last + 1],
                                                             text, _OR):
            last += 1
        roots = [tail[1]] + [_root(chains[k])[1] for k in range(first + 1, last + 1)]
        if last == first or len(set(roots)) < len(roots):
            continue
        joined = _joined(chains[first], chains[last], tail[0], roots, text)
        before = first
        if len(chains[first].parts) == 2 and first > 0:  # `… = 0 \text{ so } x = 1 or …`:
            before, joined = first - 1, _implied(chains[first - 1], joined)  # one chain, ⇒
        return chains[:before] + [joined] + roots_joined(chains[last + 1:], text, None)
    return chains


def _implied(equation: Chain, roots: Chain) -> Chain:
    """The equation, ⇒, then the roots: one chain, as when ⇒ itself stands between."""
    link = Link("=>", roots.parts[0].span)
    return Chain(equation.parts + roots.parts, equation.links + [link] + roots.links)


def _root(chain: Chain, tail: bool = False):
    """(x, a) for a chain `x = a` (or ending in `⇒ x = a` when `tail`), a free of x, or
    `x ≈ 0.382` (a root rounded); else None."""
    if not chain.links or chain.links[-1].op not in ("=", "~=") or (
            chain.links[-1].op == "~=" and chain.parts[-1].expr.is_number is not True):
        return None
    if len(chain.parts) > 2 and not (tail and chain.links[-2].op in ("=>", "<=>")):
        return None
    unknown, value = chain.parts[-2].expr, chain.parts[-1].expr
    if not isinstance(unknown, sp.Symbol) or not isinstance(value, sp.Expr) \
            or unknown in value.free_symbols or value.is_finite is False \
            or value.has(sp.nan, sp.zoo) or value.free_symbols:
        return None
    return unknown, value


def _after_equation(chains: list[Chain], first: int, tail, text: str, lead: str | None) -> bool:
    """Does the root at `chains[first]` follow an equation in its unknown through ⇒ / `so`?"""
    chain = chains[first]
    if len(chain.parts) > 2:  # `6x(x - 1) = 0 ⇒ x = 0`: the equation before the ⇒
        return any(link.op == "=" for link in chain.links[:-2]) and _holds(
            chain.parts[:-2], tail[0])
    if first == 0:
        return lead in ("=>", "->")
    before = chains[first - 1]
    return any(link.op == "=" for link in before.links) and _holds(before.parts, tail[0]) \
        and _between(before, chain, text, _THEREFORE, search=True)


def _holds(parts: list[Part], unknown: sp.Symbol) -> bool:
    """Does one of the parts hold the unknown?"""
    return any(unknown in getattr(part.expr, "free_symbols", ()) for part in parts)


def _between(left: Chain, right: Chain, text: str, words: re.Pattern,
             search: bool = False) -> bool:
    """Is the text between two chains made of `words` (some of them, when `search`)?"""
    gap = text[_offset(text, left.parts[-1].span, end=True):_offset(text, right.parts[0].span)]
    if search:
        return words.search(gap) is not None and "=" not in gap
    return re.fullmatch(rf"(?:{words.pattern})*", gap) is not None


def _offset(text: str, span: Span, end: bool = False) -> int:
    """Where a span starts (or ends) in the statement's text."""
    line, column = (span.end_line, span.end_column) if end else (span.line, span.column)
    starts = [0] + [m.end() for m in re.finditer("\n", text)]
    return min(len(text), starts[min(line, len(starts)) - 1] + column - 1)


def _joined(first: Chain, last: Chain, unknown: sp.Symbol, roots: list, text: str) -> Chain:
    """The chain `first` with its `x = a` and the roots after it as (x - a)(x - b)… = 0."""
    start, end = first.parts[-2].span, last.parts[-1].span
    written = text[_offset(text, start):_offset(text, end, end=True)]
    span = Span(start.line, start.column, end.end_line, end.end_column, written)
    product = sp.Mul(*[unknown - root for root in roots])
    links = first.links[:-1] + [replace(first.links[-1], op="=")]  # x ≈ 0.382: a root, rounded
    return Chain(first.parts[:-2] + [Part(product, span), Part(sp.S.Zero, span)], links)

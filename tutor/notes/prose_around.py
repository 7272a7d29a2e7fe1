"""Prose right around a math region: the noun naming an inline `= …`, blanked spans of text."""

from __future__ import annotations

import re

# `sum $= 11.107$`, `total \(= 7\)`: a word, then only spaces and the opening delimiter
# (the letters of Indic scripts carry vowel signs that are no word characters: यदि, अगर)
_WORD_BEFORE = re.compile(r"(?<![\\\w\u0900-\u0DFF])((?:[^\W\d_]|[\u0900-\u0DFF]){2,})[ \t]*"
                          r"(?:\$|\\\()[ \t]*\Z")
# `had 30 $> 1\text{ hr}$`: a count in the prose right before a bound is what it bounds
_COUNT_BEFORE = re.compile(r"(?<![\w.,])(\d+)[ \t]+(?:\$|\\\()[ \t]*\Z")
_BOUND_FIRST = re.compile(r"[ \t]*(?:[<>≤≥]|\\[lg]eq?(?![a-zA-Z]))")
# `the sum is $< 7$`, `la media es $= 3$`: a noun, a copula, then the math: the noun is the
# left side of its relation (never the number in the math before)
_NOUN_IS = re.compile(r"(?<![\\\w])([^\W\d_]{2,})[ \t]+(?:is|are|was|were|ist|es|est|è|é)[ \t]*"
                      r"(?:\$|\\\()[ \t]*\Z")
# words that lead on to the formula before (`so $= 4$`, `which is $= 4$`): not names of values
_CONNECTIVES = frozenset(
    "so then thus hence therefore and or which that gives give giving is are was be equals "
    "get gets got we have has yields yield becomes simplifies reduces to it this also again "
    "finally now next here still further clearly obviously trivially just ie eg "
    "अतः तो यानी इसलिए और है हैं पर से अब".split())

# `such that $…$`, `given that $…$`: the relation after it is posed, to be solved or used
_POSING = re.compile(r"(?<![\w\\])(such|given|provided)[ \t]+that[ \t,:]*(?:\$|\\\()[ \t]*\Z",
                     re.IGNORECASE)

# `Solve: $…$`, `Résoudre dans R : $…$`, `Giải bất phương trình $…$`: what follows is posed to
# be solved (an inequality there is no claim that it holds for every value)
_SOLVING = re.compile(r"(?<![\w\\])(?:solve|résoudre|resolver|resolva|resuelva|resuelve|risolvi"
                      r"|risolvere|löse|lösen|giải|реши|решите|решить|求解|解不等式|解方程)"
                      r"[^$\n.;]{0,40}(?:\$\$?|\\\(|\\\[)[ \t]*\Z", re.IGNORECASE)
TO_SOLVE = "solve"  # the word `named` takes before a relation posed to be solved

WINDOW = 120  # characters before a math region searched for its word
# `With $a = σ(z)$`, `Let \(u = x^2\)`, `where $…$`: the math after it gives names, it does not
# go on from the block before (a step of its sequence of equations)
_DEFINING = re.compile(r"(?<![\w\\])(?:with|let|where|given|using|suppose|assume|define|denote"
                       r"|mit|sei|avec|soit|où|con|sia|dove|donde|com|onde|где|пусть|dengan"
                       r"|misalkan|dimana|όπου|έστω"
                       r")[ \t,:]*(?:\$|\\\(|\\\[)?[ \t]*\Z", re.IGNORECASE)


def word_naming_value(text: str, start: int) -> str:
    """The prose noun right before an inline math region at `start` (`sum` in `sum $= 11.107$`):
    what its `= …` is the value of; "" when there is none, or the word is a connective."""
    line_start = max(text.rfind("\n", 0, start) + 1, start - WINDOW)  # bounded: linear
    if _SOLVING.search(text, line_start, start):  # `Solve: $…$`
        return TO_SOLVE
    posed = _POSING.search(text, line_start, start)
    if posed is not None:  # `such that $y'' = 2 - y'$`: a condition the text poses
        return f"{posed.group(1).lower()} that"
    m = _NOUN_IS.search(text, line_start, start) or _WORD_BEFORE.search(text, line_start, start) \
        or _BOUND_FIRST.match(text, start) and _COUNT_BEFORE.search(text, line_start, start)
    if m is None or m.group(1).lower() in _CONNECTIVES:
        return ""
    return m.group(1)


def defines_next(gap: str, math: str) -> bool:
    """Whether the prose between two math regions ends with a word that introduces names
    (`With`, `Let`, `where`, `sei`, `soit`, `пусть`) and the next region gives a name a
    formula (`a = \\sigma(z)`): it defines, it does not continue the block before. A number
    (`With $\\lambda = 0.5$`) stays an example's value for the formulas above."""
    return bool(_DEFINING.search(gap[-WINDOW:])) and not _VALUE.match(math[:WINDOW])


_VALUE = re.compile(r"[^=]{1,60}=\s*[-−+]?\d[\d.,{}]*\s*(?:\\?%|\\[,;: ]\s*\w*)?\s*(?:\Z|[,;])")


def apply_blanks(text: str, blanks: list[tuple[int, int]]) -> str:
    """`text` with every span in `blanks` turned to spaces (newlines kept, so offsets hold)."""
    pieces, last = [], 0
    for start, end in sorted(blanks):
        start = max(start, last)
        if end > start:
            pieces += [text[last:start], re.sub(r"[^\n]", " ", text[start:end])]
            last = end
    pieces.append(text[last:])
    return "".join(pieces)

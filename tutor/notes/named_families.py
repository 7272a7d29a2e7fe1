"""Families of laws the prose names with no variable ("## Binomial", "Poisson: …", "几何分布"):
where each name is in force, so a moment written in the family's usual letters can be confirmed.

A name in a heading holds to the next heading of its level or above (through its sub-headings);
a name in a paragraph holds to its end and on through the paragraphs of math after it (a few
words at most between), to a heading or problem label. Where two families are named together
(in one heading or paragraph), none is in force; a die named beside a family is the experiment,
and the family is the law. A fair die (its score 1, …, 6) is named by "a die", "fair die",
"dice", "dado", "Würfel", "骰子", … (never German's article "die"). A name only confirms
(`E[X] = np` under "binomial"): it never refutes, so no variable is bound here. Math is left out
of the search, so `\\text{Bin}(n, p)` declares, as before, and a word of a formula is never a
name.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from itertools import islice

from tutor.notes.described_laws import PROBLEM_LABEL
from tutor.notes.math_spans import math_blanked

UNMODELLED = "Unmodelled"  # a family named that confirms nothing (hypergeometric, multinomial)
# family (as the grammar's law names spell it) -> its names in the languages of the notes
_FAMILY_WORDS = {
    "Binomial": r"\bbinomi\w*|\bdwumian\w*|\bбиномиал\w*|二项分布|二項分布|이항\s*분포"
                r"|\bnhị\s+thức",
    "Bernoulli": r"\bbernoull\w*|\bбернулл\w*|伯努利|ベルヌーイ|베르누이",
    "Poisson": r"\bpoisson\w*|\bпуассон\w*|泊松|ポアソン|푸아송|포아송",
    "Geom": r"\bgeometri[ck]\w*|\bgéométrique\w*|\bgeom[ée]tric[ao]s?\b|\bgeometryczn\w*"
            r"|\bгеометрическ\w*|几何分布|幾何分布|기하\s*분포",
    "Exp": r"\bexponential\b(?!\s+famil)|\bexponentiell\w*|\bexponencial\b|\besponenziale\b"
           r"|\bexponentielle\b|\bwykładnicz\w*|\bпоказательн\w*|\bэкспоненциальн\w*|指数分布|지수\s*분포|\büstel\b",
    # laws with no usual letters here: named beside another family, they leave none in force
    UNMODELLED: r"\bhypergeometri\w*|\bhypergéométrique\w*|\bгипергеометрическ\w*"
                r"|\bmultinomi\w*|\bполиномиальн\w*|\bpascal\b",
}
_WORDS = re.compile("|".join(f"(?P<{family}>{words})" for family, words in _FAMILY_WORDS.items()),
                    re.IGNORECASE)
# a stem each family word holds (a text without any names no family)
_FAMILY_HINT = re.compile(r"binom|dwumian|биномиал|二|이항|nhị|bernoul|бернулл|伯努利|ベルヌーイ"
                          r"|베르누이|poisson|пуассон|泊松|ポアソン|푸아송|포아송|geom|géom|геометр"
                          r"|几何|幾何|기하|exponen|espon|wykładnicz|показательн|экспоненц|指数"
                          r"|지수|üstel|multinomi|полиномиальн|pascal", re.IGNORECASE)
# one die: after an English article or word of rolling (never German's article "die"); looked
# for only where a hint of a die is (the scan of every word costs on long notes)
_DIE = re.compile(
    r"(?P<Die>\b(?:a|an|one|single|each)\s+(?:fair\s+|six-sided\s+|6-sided\s+|unbiased\s+)?"
    r"(?:die|dice)\b|\b(?:the|fair|six-sided|6-sided|unbiased|roll(?:s|ed|ing)?)\s+"
    r"(?:fair\s+|six-sided\s+|6-sided\s+)?die\b|\bd6\b"
    r"|\b(?:un|el|il|o|um)\s+dado\b|\b(?:un|le)\s+dé\b|\bwürfel\w*|\bkostk\w*"
    r"|\bкубик\w*|骰子|サイコロ|주사위|\bxúc\s+xắc|\bdadu\b|\bζάρι\w*|\bzar\b|تاس|نرد)",
    re.IGNORECASE)
_DIE_HINT = re.compile(r"di[ce]|dado|dé|würfel|kostk|кубик|骰子|サイコロ|주사위|xúc|dadu|ζάρι|zar"
                       r"|تاس|نرد|d6", re.IGNORECASE)
# a geometric law counting the failures before the first success has another mean, (1-p)/p:
# where the prose speaks of failures, the family's usual letters do not say which law it is
_FAILURES = re.compile(r"\bfailures?\b|\béchecs?\b|\bfallimenti\b|\bfracasos\b|\bporażek\b"
                       r"|\bнеудач\w*|失败|失敗|실패", re.IGNORECASE)
FAILURES_WINDOW = 4000  # characters of a naming's reach looked through for failures
_LONE_VARIABLE = re.compile(r"\$\s*[A-Za-z](?:_\{?\w{1,3}\}?)?\s*\$"
                            r"|\\\(\s*[A-Za-z](?:_\{?\w{1,3}\}?)?\s*\\\)")
_NOT_ONE_FAIR = re.compile(
    r"\b(?:two|2|both|pair|sum|total|twice|several|three|loaded|biased|unfair|weighted|"
    r"deux|dos|due|zwei|dwie|два|iki|dua|somme|suma|somma|summe)\b|两|二|兩|合計|두\s*개|합",
    re.IGNORECASE)
SENTENCE_REACH = 400  # characters looked through on each side for the sentence's ends
_PARAGRAPH_END = re.compile(r"\n[ \t]*\n")
_HASHES = re.compile(r"[ \t]{0,3}(#{1,6})[ \t]")
_BREAK = re.compile(r" {0,3}(?:#{1,6}\s|" + PROBLEM_LABEL + ")")
_WORD = re.compile(r"[^\W\d_]{2,}")
# `- **Variabile di Bernoulli:**`, then `- **Distribuzione Binomiale:**`: a list item opening
# with a bold label is a heading of its own (its family holds over it and the items under it)
_LABEL_ITEM = re.compile(r"^[ \t]*(?:[-*+]|\d{1,2}[.)])[ \t]+(?:\*\*|__)[^*_\n]{2,80}(?:\*\*|__)",
                         re.M)
MAX_WORDS = 8  # "so", "hence its variance": the same family goes on over a few words
MAX_PARAGRAPHS = 12  # paragraphs of math a name goes on over (bounded: many names, many rows)
MAX_LOOK_BACK = 64  # namings looked through for the one in force (bounded: hostile input)


def named_families(text: str, headings: list[int]) -> list[tuple[int, int, str]]:
    """(from, to, family) for each family named in a heading or paragraph of prose, in order
    of `from`; linear in the text (one pass each for math, paragraphs and names)."""
    labels = {m.start() for m in _LABEL_ITEM.finditer(text)}
    headings = sorted({*headings, *labels})
    prose, blocks = math_blanked(text), _Paragraphs(text, headings)
    found = set()
    for match in _namings(prose):
        here = match.start()
        if match.lastgroup == "Die" and _not_one_fair_die(text, here):
            continue  # "$S$ is the sum of two rolls of a die", "a loaded die": not one score
        heading = bisect_right(headings, here) - 1
        if heading >= 0 and here < blocks.line_end(headings[heading]):  # in the heading's line
            found.add((headings[heading], _heading_end(text, headings, heading),
                       match.lastgroup))
        elif heading >= 0 and headings[heading] in labels and _WORDS.search(
                prose, headings[heading], blocks.line_end(headings[heading])):
            continue  # `(prove bernoulliane)` under `**Binomiale:**`: the label names the law
        else:
            found.add((blocks.start(here), blocks.named_end(here, prose), match.lastgroup))
    return sorted(e for e in found if e[2] != "Geom" or not _FAILURES.search(
        prose, e[0], min(e[1], e[0] + FAILURES_WINDOW)))


def _heading_end(text: str, headings: list[int], k: int) -> int:
    """Where the section of heading k ends: at the next heading of its level or above, its
    sub-headings within it (`## Binomial`, then `### Case n = 10`); at the next heading when
    the level of either is unknown (not a Markdown `#` heading)."""
    level = _level(text, headings[k])
    for j in range(k + 1, len(headings)):  # no copy of the rest: 18,000 headings is quadratic
        start = headings[j]
        below = _level(text, start)
        if not (level and below and below > level):
            return start
    return len(text)


def _level(text: str, start: int) -> int:
    """The level of the Markdown heading at `start` (`###`: 3), 0 when it is no `#` heading."""
    m = _HASHES.match(text, start)
    return len(m.group(1)) if m else 0


def _namings(prose: str):
    """The names of families in the prose, a die's among them where a die is hinted at."""
    if _FAMILY_HINT.search(prose):  # one cheap scan first: the whole pattern costs on long text
        yield from _WORDS.finditer(prose)
    if _DIE_HINT.search(prose):
        yield from _DIE.finditer(prose)


def _not_one_fair_die(text: str, here: int) -> bool:
    """Whether the sentence around `here` speaks of more than one fair die's score: it names
    a variable alone in math (`$S$ is the sum of two rolls of a die`, `Let $X$ be …`: the
    sentence says what that variable is; tutor.notes.described_laws reads "the score of a
    fair die"), or says two, sum, both, loaded, biased, …"""
    start = max(text.rfind(mark, max(0, here - SENTENCE_REACH), here) for mark in ".!?\n")
    ends = [text.find(mark, here, here + SENTENCE_REACH) for mark in ".!?\n"]
    end = min([e for e in ends if e >= 0] + [min(len(text), here + SENTENCE_REACH)])
    return (_LONE_VARIABLE.search(text, start + 1, end) is not None
            or _NOT_ONE_FAIR.search(text, start + 1, end) is not None)


def family_at(events: list[tuple[int, int, str]], offset: int) -> tuple:
    """(("", (family, ())),) when one family is named nearest above or around `offset`, as a
    law described with no variable; else ()."""
    last = bisect_right(events, (offset, float("inf"), "")) - 1
    nearest, families = None, set()
    for start, end, family in reversed(events[max(0, last - MAX_LOOK_BACK):last + 1]):
        if nearest is not None and start != nearest:
            break
        if end > offset:
            nearest = start
            families.add(family)
    if len(families) > 1:  # "geometric, the first six on a die": the count's law, not the die
        families.discard("Die")
    return (("", (families.pop(), ())),) if families and families != {UNMODELLED} and len(
        families) == 1 else ()


class _Paragraphs:
    """The text's paragraphs (parted by blank lines and headings), found once."""

    def __init__(self, text: str, headings: list[int]):
        self.text, self.headings = text, headings
        gaps = [(m.start(), m.end()) for m in _PARAGRAPH_END.finditer(text)]
        self.gap_starts, self.gap_ends = [g[0] for g in gaps], [g[1] for g in gaps]
        self._words: dict = {}
        self._line_ends: dict = {}

    def line_end(self, start: int) -> int:
        if start not in self._line_ends:
            end = self.text.find("\n", start)
            self._line_ends[start] = len(self.text) if end < 0 else end
        return self._line_ends[start]

    def start(self, here: int) -> int:
        """Where the paragraph holding `here` starts: after a blank line or at a heading."""
        gap = bisect_right(self.gap_ends, here) - 1
        heading = bisect_right(self.headings, here) - 1
        return max(self.gap_ends[gap] if gap >= 0 else 0,
                   self.headings[heading] if heading >= 0 else 0)

    def named_end(self, here: int, prose: str) -> int:
        """The end of the paragraph at `here`, and of the paragraphs after it with a few words
        of prose at most, up to a heading or problem label."""
        later = bisect_right(self.headings, here)
        limit = self.headings[later] if later < len(self.headings) else len(self.text)
        gap = bisect_right(self.gap_starts, here - 1)  # the first blank line at or after here
        for _ in range(MAX_PARAGRAPHS):
            if gap >= len(self.gap_starts) or self.gap_starts[gap] >= limit:
                return limit
            following = min(limit, self.gap_starts[gap + 1]) if gap + 1 < len(
                self.gap_starts) else limit
            if self._says_much(gap, following, prose):
                return self.gap_starts[gap]
            gap += 1
        return self.gap_starts[gap] if gap < len(self.gap_starts) else limit

    def _says_much(self, gap: int, stop: int, prose: str) -> bool:
        """Whether the block after blank line `gap` is a break or has more than a few words."""
        if gap not in self._words:
            begin = self.gap_ends[gap]
            words = _WORD.finditer(prose, begin, max(begin, stop))
            self._words[gap] = bool(_BREAK.match(self.text, begin)) or sum(
                1 for _ in islice(words, MAX_WORDS + 1)) > MAX_WORDS
        return self._words[gap]

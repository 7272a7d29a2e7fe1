"""The law of a random variable given as a Markdown table of its values and their probabilities
(`| $x$ | $P(X=x)$ | … |` over rows of numbers that sum to 1): its first two moments, as a law
described in the text from the table to the next heading (E[X] = Σ x·P(X = x) checked with it).
"""

from __future__ import annotations

import re
from fractions import Fraction

# a value column: x, k, $x$, $x_i$; a probability column: P(X=x), $P(X = k)$, p_X(x), p(x)
_VALUE = re.compile(r"\$?\s*([a-z])(?:_\{?i\}?)?\s*\$?")
_MASS = re.compile(r"\$?\s*(?:P|\\Pr|\\mathbb\{P\}|p_\{?([A-Z])\}?)\s*\(\s*(?:([A-Z])\s*=\s*)?"
                   r"([a-z])(?:_\{?i\}?)?\s*\)\s*\$?")
# a row of values named by a word and its capital letter: `payoff $W$`, `Gewinn (G)`, `$W$`
_NAMED = re.compile(r"(?:[^\W\d_]{1,20}\.?[ \t]+)?\(?\$?[ \t]*([A-Z])[ \t]*\$?\)?")
# a row of probabilities named in a word: `prob.`, `probability`, `P`, `Wahrscheinlichkeit`
_PROBABILITY = re.compile(r"prob\.?|probability|probabilities|pr\.?|p|wahrscheinlichkeit"
                          r"|probabilit[ée]|probabilidad|probabilità|kans", re.IGNORECASE)
_NUMBER = re.compile(r"\$?\s*(-?\d+(?:\.\d+)?|\d+\s*/\s*\d+|\\frac\{\d+\}\{\d+\})\s*\$?")
_RULE_CELL = re.compile(r"\s*:?-+:?\s*")
# `P(X = 2) = 0.4` after the table: the text gives a probability anew (another law?)
# (not Σ x P(X = x) = 0(0.1) + …, the sum over the table's own values)
_STATED = re.compile(r"\b(?:P|Pr|p)\s*\(\s*[A-Z]\s*(?:=|<|>|\\[lg]eq?)\s*-?\d[^()$]*\)\s*=\s*\d")
MIN_ROWS, MAX_ROWS = 2, 30


def pmf_table_laws(text: str, headings: list[int]) -> list[tuple[int, int, str, tuple]]:
    """(from, to, name, ("Moments", (E[X], E[X²]) as texts)) for each table of a law: from the
    table's end to the next heading."""
    found, offset = [], 0
    lines = text.split("\n")
    starts = []
    for line in lines:
        starts.append(offset)
        offset += len(line) + 1
    for k in range(len(lines) - 2):
        read = _table_at(lines, k)
        if read is not None:
            end, name, law = read
            stop = min([h for h in headings if h > starts[k]] + [len(text)])
            said = _STATED.search(text, starts[end - 1], stop)  # a probability of X given anew
            found.append((starts[end - 1], said.start() if said else stop, name,
                          ("Moments", law)))
    return found


def _table_at(lines: list[str], k: int) -> tuple[int, str, tuple] | None:
    """(the line after the table, the variable's name, its moments) for a law's table whose
    header is line k: a column of values beside a column of probabilities, or the table
    written across (`| $x$ | 0 | 1 |`, its rule, `| $P(X=x)$ | 0.1 | 0.9 |`); else None."""
    header, rule = _cells(lines[k]), _cells(lines[k + 1])
    if not header or len(rule) != len(header) or not all(_RULE_CELL.fullmatch(c) for c in rule):
        return None
    columns = _columns(header)
    if columns is not None:
        value_at, mass_at, name = columns
        rows, end = [], k + 2
        while end < len(lines) and _cells(lines[end]) and end - k - 2 < MAX_ROWS:
            rows.append(_cells(lines[end]))
            end += 1
        law = _moments(rows, value_at, mass_at)
        return None if law is None else (end, name, law)
    return _across(lines, k)


def _across(lines: list[str], k: int) -> tuple[int, str, tuple] | None:
    """A law's table written across from line k: one row of values (`| $x$ | 0 | 1 |`,
    `| payoff $W$ | 5 | -2 |`) and one of their probabilities (`| $P(X=x)$ | 0.1 | 0.9 |`,
    `| prob. | 0.2 | 0.8 |`), other rows words (`| outcome | win | lose |`); else None."""
    rows, end = [_cells(lines[k])], k + 2
    while end < len(lines) and _cells(lines[end]) and end - k < MAX_ROWS:
        rows.append(_cells(lines[end]))
        end += 1
    values = [r for r in rows if _VALUE.fullmatch(r[0]) or _NAMED.fullmatch(r[0])]
    masses = [r for r in rows if _MASS.fullmatch(r[0]) or _PROBABILITY.fullmatch(r[0])]
    if len(values) != 1 or len(masses) != 1 or not len(values[0]) == len(masses[0]) > 2:
        return None  # two rows of probabilities: a joint law, more variables
    others = [r for r in rows if r is not values[0] and r is not masses[0]]
    if any(_number(c) is not None for r in others for c in r[1:]):
        return None  # more numbers: not the law of one variable alone
    lowercase, mass = _VALUE.fullmatch(values[0][0]), _MASS.fullmatch(masses[0][0])
    named = _NAMED.fullmatch(values[0][0])
    name = (mass.group(1) or mass.group(2)) if mass and lowercase and mass.group(3) == \
        lowercase.group(1) else (named.group(1) if named and not mass else None)
    law = _moments([[v, m] for v, m in zip(values[0][1:], masses[0][1:], strict=True)], 0, 1)
    return None if law is None or name is None else (end, name, law)


def _cells(line: str) -> list[str]:
    """The cells of a row written with outer bars (`| a | b |`), stripped of `**`; [] if none."""
    line = line.strip()
    if not (line.startswith("|") and line.endswith("|") and len(line) > 1):
        return []
    return [c.strip().strip("*").strip() for c in line[1:-1].split("|")]


def _columns(header: list[str]) -> tuple[int, int, str] | None:
    """(value column, probability column, the variable's name) of a law's table, or None."""
    for j in range(len(header) - 1):
        value = _VALUE.fullmatch(header[j])
        mass = _MASS.fullmatch(header[j + 1])
        if value and mass and mass.group(3) == value.group(1):
            name = mass.group(1) or mass.group(2)
            return (j, j + 1, name) if name else None
    return None


def _moments(rows: list[list[str]], value_at: int, mass_at: int) -> tuple[str, str] | None:
    """(E[X], E[X²]) as fraction texts when every row gives a number and a probability and the
    probabilities sum to 1 (a total row, `**Σ**`, ends the rows); None otherwise."""
    values, masses = [], []
    for row in rows:
        if max(value_at, mass_at) >= len(row):
            return None
        value, mass = _number(row[value_at]), _number(row[mass_at])
        if value is None and values:
            break  # Σ, Total, Sum: the row of totals
        if value is None or mass is None or not 0 <= mass <= 1:
            return None
        values.append(value)
        masses.append(mass)
    if len(values) < MIN_ROWS or sum(masses) != 1 or len(set(values)) < len(values):
        return None
    first = sum(v * m for v, m in zip(values, masses, strict=True))
    second = sum(v * v * m for v, m in zip(values, masses, strict=True))
    return f"{first.numerator}/{first.denominator}", f"{second.numerator}/{second.denominator}"


def _number(cell: str) -> Fraction | None:
    """A cell's number (`0.25`, `$1/4$`, `\\frac{1}{4}`) exactly, or None."""
    m = _NUMBER.fullmatch(cell)
    if m is None:
        return None
    digits = re.findall(r"-?\d+(?:\.\d+)?", m.group(1))
    if len(digits) == 2:
        return Fraction(int(digits[0]), int(digits[1])) if int(digits[1]) else None
    return Fraction(digits[0])

"""The law of a random variable given as a Markdown table of its values and their probabilities
(`| $x$ | $P(X=x)$ | … |` over rows of numbers that sum to 1, or laid on its side: a row of
values, a row of probabilities): its first two moments, as a law described in the text from the
table to the next heading (E[X] = Σ x·P(X = x) checked with it).
"""

from __future__ import annotations

import re
from fractions import Fraction

# a value column: x, k, $x$, $x_i$; a probability column: P(X=x), $P(X = k)$, p_X(x), p(x)
_VALUE = re.compile(r"\$?\s*([a-z])(?:_\{?i\}?)?\s*\$?")
_MASS = re.compile(r"\$?\s*(?:P|\\Pr|\\mathbb\{P\}|p_\{?([A-Z])\}?)\s*\(\s*(?:([A-Z])\s*=\s*)?"
                   r"([a-z])(?:_\{?i\}?)?\s*\)\s*\$?")
_NUMBER = re.compile(r"\$?\s*(-\s*)?(\d+(?:\.\d+)?|\d+\s*/\s*\d+|\\frac\{\d+\}\{\d+\})\s*\$?")
_RULE_CELL = re.compile(r"\s*:?-+:?\s*")
# `P(X = 2) = 0.4` after the table: the text gives a probability anew (another law?)
_STATED = re.compile(r"\b(?:P|Pr|p)\s*\(\s*[A-Z]\s*(?:=|<|>|\\[lg]eq?)[^()$]*\)\s*=\s*\d")
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
        header = _cells(lines[k])
        rule = _cells(lines[k + 1])
        if not header or len(rule) != len(header) or not all(_RULE_CELL.fullmatch(c)
                                                              for c in rule):
            continue
        table = _vertical(lines, k, header) or _horizontal(lines, k, header)
        if table is None:
            continue
        rows, value_at, mass_at, name, end = table
        law = _moments(rows, value_at, mass_at)
        if law is not None:
            stop = min([h for h in headings if h > starts[k]] + [len(text)])
            said = _STATED.search(text, starts[end - 1], stop)  # a probability of X given anew
            found.append((starts[end - 1], said.start() if said else stop, name,
                          ("Moments", law)))
    return found


def _vertical(lines: list[str], k: int, header: list[str]) -> tuple | None:
    """(rows, value column, probability column, name, the line after the table) of a table
    with a column of values and one of probabilities, or None."""
    columns = _columns(header)
    if columns is None:
        return None
    rows, end = [], k + 2
    while end < len(lines) and _cells(lines[end]) and end - k - 2 < MAX_ROWS:
        rows.append(_cells(lines[end]))
        end += 1
    return rows, *columns, end


def _horizontal(lines: list[str], k: int, header: list[str]) -> tuple | None:
    """The same of a table laid on its side: a row of values (`| $x$ | 1 | 2 | 5 |`), then,
    under the rule, a row of probabilities (`| $p_X(x)$ | 0.2 | 0.3 | 0.5 |`); None if not."""
    below = _cells(lines[k + 2]) if k + 2 < len(lines) else []
    if len(below) != len(header) or len(header) < 1 + MIN_ROWS:
        return None
    value, mass = _VALUE.fullmatch(header[0]), _MASS.fullmatch(below[0])
    if not (value and mass and mass.group(3) == value.group(1)):
        return None
    name = mass.group(1) or mass.group(2)
    rows = [[v, m] for v, m in zip(header[1:], below[1:], strict=True)]
    return (rows, 0, 1, name, k + 3) if name else None


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
    """A cell's number (`0.25`, `$1/4$`, `\\frac{1}{4}`, `-2`) exactly, or None."""
    m = _NUMBER.fullmatch(cell)
    if m is None:
        return None
    digits = re.findall(r"\d+(?:\.\d+)?", m.group(2))
    sign = -1 if m.group(1) else 1  # a value may be negative (-2); a mass never is (0 ≤ p)
    if len(digits) == 2:
        return sign * Fraction(int(digits[0]), int(digits[1])) if int(digits[1]) else None
    return sign * Fraction(digits[0])

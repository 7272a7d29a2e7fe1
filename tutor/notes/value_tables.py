"""A table of starting values (`| symbol | value | what |`, `| $W^{(1)}_{11}$ | 0.2 | … |`, as
worked backprop examples open): each row gives its name that number, as `$W^{(1)}_{11} = 0.2$`
would."""

from __future__ import annotations

import re

from tutor.notes.fragments import Fragment
from tutor.notes.moment_tables import row_spans, table_headers

# the title of the column of values, in the languages of the corpus
_VALUE_TITLES = frozenset(("value", "values", "wert", "werte", "valor", "valores", "valeur",
                           "valeurs", "valore", "valori", "waarde", "värde", "wartość",
                           "значение", "значения", "değer", "nilai", "giá trị", "値", "值"))
# a name: a letter or a Greek command, a layer label (^{(2)}, ^{[1]}) and a subscript in either
# order; each part a single run, so the pattern is linear
_LABEL = r"(?:\s*\^\s*\{\s*[(\[]\s*\w+\s*[)\]]\s*\})?"
_NAME = re.compile(r"(?:\\[A-Za-z]+|[A-Za-z])" + _LABEL + r"(?:\s*_\s*(?:\{\s*\w+\s*\}|\w))?"
                   + _LABEL)
_NOT_NAMES = frozenset({"e", "i", "\\pi", "\\infty", "\\cdot", "\\times"})
_NUMBER = re.compile(r"-?\d+(?:\.\d+)?")
_MATH = re.compile(r"\s*\$([^$]+)\$\s*")
MAX_ROWS = 40


def value_table_rows(text: str, first_block: int) -> list[Fragment]:
    """A fragment `name = number` for each row of each table of values in `text` (blocks
    numbered from `first_block`, one a table)."""
    lines, found = text.split("\n"), []
    for k, header in table_headers(lines):
        column = next((j for j, (a, b) in enumerate(header) if j and lines[k][a:b].strip(
            " *").lower() in _VALUE_TITLES), None)
        end, block = k + 2, first_block + len(found)
        while column is not None and end < len(lines) and end - k - 2 < MAX_ROWS:
            spans = row_spans(lines[end])
            if len(spans) <= column:
                break
            found += _row_values(lines[end], end + 1, spans[0], spans[column], block)
            end += 1
    return found


def _row_values(line: str, number: int, names: tuple, values: tuple, block: int) -> list:
    """The fragments of one row: its names (one, or several split by commas, each in `$…$`)
    given the numbers of its value cell, one for one; [] when the row is not that."""
    named = [m for m in re.finditer(r"\$([^$]+)\$", line[names[0]:names[1]])]
    written = re.split(r",\s+", line[values[0]:values[1]].replace("$", " ").strip())  # 0,5: one
    if not named or len(named) != len(written) or line[names[0]:names[1]].count("$") != \
            2 * len(named):
        return []
    found = []
    for name, value in zip(named, written, strict=True):
        if not _NAME.fullmatch(name.group(1).strip()) or name.group(1).strip() in _NOT_NAMES \
                or not _NUMBER.fullmatch(value.strip()):
            return []
        start = names[0] + name.start(1)
        at = values[0] + line[values[0]:values[1]].index(value.strip())
        text = f"{name.group(1)} = {value.strip()}"
        origins = tuple(range(start, start + len(name.group(1)))) + (at,) * 3 + tuple(
            range(at, at + len(value.strip())))
        found.append(Fragment(text, number, 1, number, "latex", block, False, written=line,
                              origins=origins))
    return found

"""Values given in the text of a heading whose sub-headings follow (`## Binomial`, `Let p = 0.3`,
then `### Case n = 10`, `### Case n = 20`): they stay in force under those sub-headings."""

from __future__ import annotations

import sympy as sp


class ParentSections:
    """The headings open above the walk (by their level, `##` is 2) and the numbers each one's
    own text gave; a heading at a level of 0 (none known: a problem label, a LaTeX section)
    closes them all, as every heading did before."""

    def __init__(self) -> None:
        self.open: list[tuple[int, dict]] = []  # (level, {name: number given there})
        self.level = 0
        self.entry: dict = {}  # the values when the walk entered the section it is in

    def enter(self, values: dict, level: int) -> set:
        """A heading at `level`: the names whose numbers a heading still open above gave in
        its own text (and no text since gave anew), which stay in force below it."""
        given = {k: v for k, v in values.items() if isinstance(k, sp.Symbol)
                 and isinstance(v, sp.Basic) and v.is_number and self.entry.get(k) != v}
        if self.level > 0:
            self.open.append((self.level, given))
        while self.open and (level <= 0 or self.open[-1][0] >= level):
            self.open.pop()  # a heading at its level or above closes it
        self.level, self.entry = level, dict(values)
        fresh: dict = {}
        for _, numbers in reversed(self.open):  # the nearest heading's number first
            fresh.update({k: v for k, v in numbers.items() if k not in fresh})
        return {k for k, v in fresh.items() if values.get(k) == v}

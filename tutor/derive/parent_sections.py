"""Values and formulas given in the text of a heading whose sub-headings follow (`## Binomial`,
`Let p = 0.3`, then `### Case n = 10`, `### Case n = 20`; `## Logistic regression`, the loss L,
then `### A number`): they stay in force under those sub-headings."""

from __future__ import annotations

import sympy as sp


class ParentSections:
    """The headings open above the walk (by their level, `##` is 2) and the values (numbers and
    formulas) each one's own text gave; a heading at a level of 0 (none known: a problem label,
    a LaTeX section) closes them all, as every heading did before."""

    def __init__(self) -> None:
        self.open: list[tuple[int, dict]] = []  # (level, {name: value given there})
        self.level = 0
        self.entry: dict = {}  # the values when the walk entered the section it is in
        self.formulas: dict = {}  # the formulas (not numbers) kept in force by `enter`

    def enter(self, values: dict, level: int) -> set:
        """A heading at `level`: the names whose values a heading still open above gave in its
        own text (and no text since gave anew), which stay in force below it."""
        given = {k: v for k, v in values.items()
                 if isinstance(k, sp.Symbol) and isinstance(v, sp.Basic) and self.entry.get(k) != v}
        if self.level > 0:
            self.open.append((self.level, given))
        while self.open and (level <= 0 or self.open[-1][0] >= level):
            self.open.pop()  # a heading at its level or above closes it
        self.level, self.entry = level, dict(values)
        fresh: dict = {}
        for _, given_there in reversed(self.open):  # the nearest heading's value first
            fresh.update({k: v for k, v in given_there.items() if k not in fresh})
        kept = {k for k, v in fresh.items() if values.get(k) == v}
        self.formulas = {k: fresh[k] for k in kept if not fresh[k].is_number}
        return kept

    def setup_changed(self, values: dict, premised: set) -> bool:
        """Whether a name of a formula kept from a heading above was given anew, or said to be
        a value it does not follow to (a = σ(z) above, `with ReLU the output is a = 0.1` here):
        the setup changed, so none of those formulas is taken as meant here."""
        return any(values.get(k) != v or k in premised for k, v in self.formulas.items())

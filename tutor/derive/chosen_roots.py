"""One root of an equation written as the unknown's value (`a x^2 + 2x + c = 0`, then
`x = (-2 + √(4 - 4ac))/(2a)`): one of its solutions, never a step that does not follow."""

from __future__ import annotations

import sympy as sp

from tutor.judge.equivalence import Equation, compare
from tutor.model import StepResult

ONE_ROOT = ("one of the solutions of the equation above: the value given for {} solves it "
            "(the other solutions are left out)")


def one_root_chosen(ctx, results: list[StepResult], old: Equation, new: Equation,
                    budget: float) -> None:
    """The one result of the step old → new made unchecked when it is an error and `new`
    gives the unknown x a value (x alone on the left, not on the right) that solves `old`
    identically wherever it is defined, and holds a square root and other letters: the writer
    picked one branch of ± in a formula (x = 3 after x² = 3x, x = √2 after x² = 2: a number,
    the other root lost: still wrong as before)."""
    if [r.verdict for r in results] != ["error"]:
        return
    unknown = new.lhs
    if not isinstance(unknown, sp.Symbol) or unknown in new.rhs.free_symbols \
            or unknown not in old.lhs.free_symbols | old.rhs.free_symbols \
            or not new.rhs.free_symbols or not _square_root_in(new.rhs):  # x = 3 after x² = 3x
        return
    left = sp.Add(old.lhs, sp.Mul(-1, old.rhs)).xreplace({unknown: new.rhs})
    if compare(left, sp.S.Zero, ctx.assumptions, budget=budget).status == "equal":
        results[0].not_sure(ONE_ROOT.format(unknown))


def _square_root_in(expr) -> bool:
    return any(p.exp == sp.S.Half or p.exp == -sp.S.Half for p in expr.atoms(sp.Pow))

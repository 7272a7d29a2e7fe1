"""Claims through names the text does not define: which, and values that do not exist."""

from __future__ import annotations

import sympy as sp

from tutor.compat import AppliedUndef
from tutor.derive.diagnosis_probes import show
from tutor.derive.implicit import implicit_equation, implicit_step
from tutor.derive.notation import over_a_law
from tutor.judge.equivalence import Equation
from tutor.judge.evaluation import evaluated
from tutor.names import BIG_O, LITTLE_O
from tutor.read.events import unconditioned_name
from tutor.trees import nodes_of


def undefined_names(expr) -> set[str]:
    """Names of the undefined functions in an expanded expression (`H` in `H'(p)`); the rest
    O(x⁴) of a series is no function of the writer's."""
    return {f.func.__name__ for f in nodes_of(expr, AppliedUndef)
            if f.func not in (BIG_O, LITTLE_O)}


def not_defined_here(a, b) -> str | None:
    """"H is not defined here" when an undefined function stands on one side only of a claim
    (expanded sides): what H means decides it, so it can be neither right nor wrong."""
    names = sorted(undefined_names(a) ^ undefined_names(b))
    if not names:
        return None
    given = [f"E[{show(f.args[0])} | {show(f.args[1])}]" for f in nodes_of(a, AppliedUndef)
             | nodes_of(b, AppliedUndef) if f.func.__name__ == "E" and len(f.args) == 2]
    if given and names == ["E"]:  # E[X | Y = 1], E[p | data]: read as E(X, Y = 1)
        return (f"{given[0]}, a conditional expectation: its value depends on a law the text "
                "does not give here")
    names = [over_a_law(name) or show(sp.Symbol(unconditioned_name(name)))  # f_{m-1}, E_{x~p}
             for name in names]
    if len(names) == 1:
        return f"{names[0]} is not defined here"
    return f"{', '.join(names[:-1])} and {names[-1]} are not defined here"


def _polynomial_of_numbers(expr) -> bool:
    """Sums, products and powers to non-negative numbers of names and finite numbers only: a
    value everywhere (nothing to divide by, no log, no ∞), known without evaluating it."""
    for node in sp.preorder_traversal(expr):
        if isinstance(node, sp.Pow):
            if not (node.exp.is_Number and node.exp.is_nonnegative):
                return False
        elif not (isinstance(node, (sp.Add, sp.Mul, sp.Symbol)) or node.is_Number
                  and node.is_finite):
            return False
    return True


def undefined_value(expr) -> str | None:
    """Why an expression has no value wherever it stands (0/0, 1/0, ∞ − ∞), or None."""
    if _polynomial_of_numbers(expr):
        return None
    try:
        value = evaluated(expr)
    except (TypeError, ValueError, ZeroDivisionError, NotImplementedError):
        return None
    if value.has(sp.nan, sp.zoo):
        return "undefined: this has no value (0/0, 1/0, ∞ − ∞, log 0)"
    return None


def through_undefined(walker, ln, chain, state):
    """Through a function not defined here: implicit (2x + 2y y' = 0), else unchecked; None
    when no undefined function stands in the way."""
    parts = chain.parts
    eq = Equation(walker.ctx.expand(parts[0].expr), walker.ctx.expand(parts[1].expr))
    if chain.links[0].op == "=" and implicit_equation(eq):
        return implicit_step(walker, ln, chain, state)
    if not_defined_here(eq.lhs, eq.rhs):
        return walker._claims(ln, chain, 0, state)
    return None

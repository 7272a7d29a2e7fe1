"""Conditions (inequalities, chains of them, equations) taken apart and decided at one point.

A condition is a conjunction of relations: `a < x < b` is a < x and x < b. At an exact point a
relation holds, fails, or is undefined (a side is not a real number there: log of a negative,
1/0); what is undecided at 60 digits (a difference that may be zero) is None, never a guess.
"""

from __future__ import annotations

import sympy as sp

from tutor.budget import AttemptTimedOut
from tutor.judge.caching import attempt
from tutor.judge.conventions import real_odd_roots
from tutor.judge.evaluation import evaluated
from tutor.judge.expressions import Equation

HOLDS, FAILS, UNDEFINED = "holds", "fails", "undefined"
DIGITS = 60
EQUALS_SECONDS = 0.3
# `a op b` as `(b - a) op' 0` with op' one of >, >=, !=, ==
NORMAL = {">": (1, ">"), ">=": (1, ">="), "<": (-1, ">"), "<=": (-1, ">="),
          "!=": (1, "!="), "==": (1, "==")}
NEGATION = {"<": ">=", "<=": ">", ">": "<=", ">=": "<", "==": "!=", "!=": "=="}
MAKE = {"<": sp.StrictLessThan, "<=": sp.LessThan, ">": sp.StrictGreaterThan,
        ">=": sp.GreaterThan, "==": sp.Equality, "!=": sp.Unequality}


def is_condition(x) -> bool:
    """An inequality, a conjunction of relations, or an equation."""
    if isinstance(x, (sp.Rel, Equation)):
        return True
    return isinstance(x, sp.And) and all(isinstance(r, sp.Rel) for r in x.args)


def is_inequality(x) -> bool:
    """A condition with at least one relation other than `=`."""
    return is_condition(x) and any(op != "==" for _, op, _ in relations_of(x))


def relations_of(x) -> list[tuple]:
    """The relations of a condition as (lhs, op, rhs), op one of < <= > >= == !=."""
    if isinstance(x, Equation):
        return [(x.lhs, "==", x.rhs)]
    if isinstance(x, sp.Rel):
        return [(x.lhs, x.rel_op, x.rhs)]
    return [rel for r in x.args for rel in relations_of(r)]


def relation(lhs, op: str, rhs):
    """The unevaluated sympy relation `lhs op rhs`."""
    return MAKE[op](lhs, rhs, evaluate=False)


def normal(lhs, op: str, rhs) -> tuple:
    """(g, op') with `lhs op rhs` the same as `g op' 0` and op' one of >, >=, !=, ==."""
    sign, new = NORMAL[op]
    g = sp.Add(rhs, -lhs) if sign < 0 else sp.Add(lhs, -rhs)
    return g, new


def value_at(expr, point: dict):
    """expr at an exact point: a sympy real number, UNDEFINED, or None when it cannot tell."""
    try:
        e = real_odd_roots(_numeric_exponents(expr), every_base=True).xreplace(point)
        if e.has(sp.zoo, sp.nan, sp.oo, -sp.oo):
            return UNDEFINED
        if e.is_Rational:
            return e
        v = sp.N(e, DIGITS)
    except (TypeError, ValueError, ArithmeticError, AttributeError, NotImplementedError,
            RecursionError):
        return None
    if not v.is_number or v.has(sp.zoo, sp.nan, sp.oo, -sp.oo):
        return UNDEFINED if v.is_number else None
    re, im = v.as_real_imag()
    if abs(im) > sp.Float(10) ** -(DIGITS // 2) * max(1, abs(re)):
        return UNDEFINED
    return e if e.is_real else re


def _numeric_exponents(expr):
    """Exponents that are numbers evaluated (x^{1/3} reads as x^(1·3⁻¹)), so that odd roots
    are recognised; nothing else is evaluated (x/x must stay undefined at 0)."""
    return expr.replace(
        lambda p: isinstance(p, sp.Pow) and p.exp.is_number and not p.exp.is_Rational,
        lambda p: sp.Pow(p.base, evaluated(p.exp), evaluate=False))


def truth_at(lhs, op: str, rhs, point: dict) -> str | None:
    """Whether `lhs op rhs` holds at the exact point: HOLDS, FAILS, UNDEFINED or None."""
    values = [value_at(side, point) for side in (lhs, rhs)]
    if UNDEFINED in values:
        return UNDEFINED
    if None in values:
        return None
    sign = _sign(values[0] - values[1], max(1, *(abs(sp.N(v, 15)) for v in values)))
    if sign is None:
        return None
    holds = {"<": sign < 0, "<=": sign <= 0, ">": sign > 0, ">=": sign >= 0, "==": sign == 0,
             "!=": sign != 0}[op]
    return HOLDS if holds else FAILS


def _sign(d, scale) -> int | None:
    """The sign of a real number: exactly when it is rational or simplifies to 0, else at 60
    digits when it is far from rounding; None when it may be 0."""
    if d.is_Rational:
        return int(bool(d > 0)) - int(bool(d < 0))
    value = sp.N(d, DIGITS)
    if abs(value) > sp.Float(10) ** -(DIGITS - 20) * scale:
        return 1 if value > 0 else -1
    try:
        with attempt(EQUALS_SECONDS):
            zero = d.equals(0)
    except (AttemptTimedOut, TypeError, ValueError, ArithmeticError, NotImplementedError):
        return None
    return 0 if zero is True else None


def conjunction_at(relations: list, point: dict) -> str | None:
    """Relations (lhs, op, rhs) all at a point: HOLDS when every one holds, FAILS when one
    fails (or a side is undefined: the point is no solution), None when it cannot tell."""
    truths = [truth_at(lhs, op, rhs, point) for lhs, op, rhs in relations]
    if FAILS in truths or UNDEFINED in truths:
        return FAILS
    return HOLDS if all(t == HOLDS for t in truths) else None

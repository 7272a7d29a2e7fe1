"""`(u + v)' = u'v + uv'`: a differentiation rule stated for any functions u, v, checked as one."""

from __future__ import annotations

import re

import sympy as sp

from tutor.budget import BudgetExceeded
from tutor.judge.equivalence import compare
from tutor.names import PRIME

# the left side is a bracket primed: (u + v)', \left(\frac{u}{v}\right)'
_PRIMED_BRACKET = re.compile(r"^\s*(?:\\left\s*)?[(\[].*(?:\\right\s*)?[)\]]\s*'+\s*$", re.S)
_LETTER = re.compile(r"^([a-z])(" + PRIME + "*)$")
_CONSTANT = re.compile(r"^(?:[A-Z]|[a-z]_?\d|alpha|beta|lambda|mu|k|c)$")
# letters that are constants in a rule unless primed on its right side: (af + bg)' = af' + bg'
_CONSTANT_LETTERS = frozenset("abck")


def rule_statement(walker, ln, a, b, ea, eb):
    """The result of `(u + v)' = u'v + uv'` judged for any functions u, v (each letter written
    with a prime somewhere; capitals and k, c constants): ok when it holds for all of them, an
    error with a witness when it does not; None when the step is no such statement."""
    functions, constants = _function_letters(a, ea, eb)
    if not functions:
        return None
    t = sp.Symbol("x")  # no x in a rule statement: every name is a function or a constant
    calls = {}
    for s in ea.free_symbols | eb.free_symbols:
        m = _LETTER.match(s.name)
        if m and m.group(1) in functions:
            call = sp.Function(m.group(1))(t)
            calls[s] = sp.Derivative(call, (t, len(m.group(2)))) if m.group(2) else call
        elif m and m.group(1) in constants and m.group(2):
            calls[s] = sp.Integer(0)  # (cf)' read as c'f + cf': c a constant
    try:
        verdict = compare(ea.xreplace(calls), eb.xreplace(calls), walker.ctx.assumptions,
                          budget=walker.budget)
    except BudgetExceeded:
        return None
    names = ", ".join(sorted(functions))
    if verdict.status == "equal":
        return walker._result(ln, b, "ok", f"a rule that holds for any functions {names}",
                              method="rule for any functions")
    if verdict.status == "not_equal":
        return walker._result(ln, b, "error", f"this rule does not hold for every function "
                              f"{names}", method=verdict.method)
    return None


def _function_letters(a, ea, eb) -> tuple[set[str], set[str]]:
    """The function letters of a rule statement (a primed bracket on the left; every name a
    letter that carries a prime somewhere, or a constant) and its constant letters (a, b, c, k
    never primed on the right), or two empty sets."""
    none: tuple[set[str], set[str]] = (set(), set())
    if not _PRIMED_BRACKET.match(a.span.text or "") or not isinstance(ea, sp.Expr) \
            or not isinstance(eb, sp.Expr):
        return none
    names = [s.name for s in ea.free_symbols | eb.free_symbols]
    letters, primed_left, primed_right = (
        {m.group(1) for m in map(_LETTER.match, group) if m and m.group(2)}
        for group in (names, [s.name for s in ea.free_symbols], [s.name for s in eb.free_symbols]))
    constants = {c for c in letters & _CONSTANT_LETTERS if c not in primed_right}
    letters, primed_left = letters - constants, primed_left - constants
    if not letters or primed_left != letters:  # (Cu)' read in u as C: not the rule's reading
        return none
    for name in names:
        m = _LETTER.match(name)
        if not (m and m.group(1) in letters | constants or _CONSTANT.match(name)):
            return none
    return letters, constants

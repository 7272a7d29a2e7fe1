"""The Boolean algebra of named events: the P(…) calls of an expression, their events and
complements (Dᶜ, D_bar, `no disease`), and the cells whose probabilities sum to 1."""

from __future__ import annotations

import itertools

import sympy as sp
from sympy.core.relational import Relational
from sympy.polys.polyerrors import BasePolynomialError

from tutor.compat import AppliedUndef
from tutor.judge.decimals import exact
from tutor.trees import nodes_of

MEASURES = ("P", "Pr", "p")
MAX_EVENTS = 6  # 64 cells at most
COMPLEMENT = "ᶜ"
_OPPOSITES = {"neg": "pos", "negative": "positive"}  # the outcome of a test, said in words
POSITIVE, NEGATIVE = "ᐩ", "ᐨ"  # a test's + and − outcomes (tutor.read.calls.SIGN_LETTERS)


def probability_atoms(expr) -> set:
    """The P(…) calls of an expression (\\Pr and a small p of events too)."""
    return {f for f in nodes_of(expr, AppliedUndef) if f.func.__name__ in MEASURES}


def of_probabilities(expr) -> bool:
    """Whether `expr` is built of P(…) of events and numbers only (at least one P)."""
    atoms = probability_atoms(expr)
    if not atoms or any(literal(e) is None for a in atoms for e in a.args):
        return False
    dummies = {a: sp.Dummy() for a in atoms}
    rest = expr.xreplace(dummies)
    return not (rest.free_symbols - set(dummies.values())) and not nodes_of(rest, AppliedUndef)


def named_literal(name: str) -> tuple[str, bool]:
    """(the event, whether it is the complement) of an event's name: Dᶜ, D_bar, −, and in
    words `no disease`, `not spam`, `neg` (of `pos`)."""
    if name.endswith(COMPLEMENT) and len(name) > 1:
        return name[:-1], True
    for accent in ("_bar", "_overline"):
        if name.endswith(accent) and len(name) > len(accent):
            return name[:-len(accent)], True
    if name == NEGATIVE:
        return POSITIVE, True
    for word in ("no_", "not_", "non_"):  # \text{no disease}: the complement of disease
        if name.startswith(word) and len(name) > len(word):
            return name[len(word):], True
    if name in _OPPOSITES:  # \text{neg}, \text{negative}: not positive
        return _OPPOSITES[name], True
    return name, False


def literal(event) -> tuple[str, bool] | None:
    """(the event's name, whether it is the complement) of an argument of P."""
    if isinstance(event, sp.Symbol):
        return named_literal(event.name)
    if (isinstance(event, sp.Pow) and isinstance(event.base, sp.Symbol)
            and event.base.name[:1].isupper() and isinstance(event.exp, sp.Symbol)
            and event.exp.name in ("c", "C")):
        return event.base.name, True  # D^c inside a joint probability
    if isinstance(event, Relational):
        return sp.srepr(event), False  # X = 2: an event of its own, related to no other
    return None


def events_of(expr) -> set[str] | None:
    """The names of the events inside P(…); None when one is no event the algebra knows
    (P(w_i | spam): an entry of a family)."""
    literals = [literal(e) for a in probability_atoms(expr) for e in a.args]
    return None if None in literals else {lit[0] for lit in literals}


class Cells:
    """The cells of the Boolean algebra of some named events, one unknown each."""

    def __init__(self, names: list[str]):
        self.names = names
        self.cells = {bits: sp.Symbol(f"cell{k}")
                      for k, bits in enumerate(itertools.product((True, False), repeat=len(names)))}

    def atom(self, call) -> sp.Expr:
        """P(A, Bᶜ): the sum of the cells inside A and outside B (0 when A and Aᶜ both)."""
        wanted: dict[str, bool] = {}
        for event in call.args:
            name, negated = literal(event)
            if wanted.setdefault(name, not negated) != (not negated):
                return sp.Integer(0)
        index = [self.names.index(n) for n in wanted]
        return sp.Add(*[cell for bits, cell in self.cells.items()
                        if all(bits[i] == wanted[self.names[i]] for i in index)])

    def of(self, expr) -> sp.Expr:
        numbers = {f: f.func(*f.args) for f in expr.atoms(sp.binomial, sp.factorial)
                   if f.is_number}  # C(5, 2) written unevaluated: 10
        return exact(expr.xreplace(numbers)).xreplace(
            {a: self.atom(a) for a in probability_atoms(expr)})


def relevant(claim_events: set[str], stated: list) -> tuple[list[str], list]:
    """The events of the claim and of the statements linked to them, and those statements."""
    names, used, grew = set(claim_events), [], True
    while grew:
        grew = False
        for statement in stated:
            events = events_of(statement) or set()
            if statement not in used and events & names:
                used.append(statement)
                names |= events
                grew = True
    return sorted(names), used


def cell_solution(cells: Cells, stated: list) -> dict | None:
    """The cells in terms of the free ones, given the statements; None when they contradict."""
    unknowns = list(cells.cells.values())
    equations = [sp.Add(*unknowns) - 1]
    for statement in stated:
        numerator = sp.together(cells.of(statement)).as_numer_denom()[0]
        try:
            if sp.Poly(numerator, *unknowns).total_degree() <= 1:
                equations.append(sp.expand(numerator))
        except sp.PolynomialError:
            continue
    try:
        solved = sp.linsolve(equations, unknowns)
    except (BasePolynomialError, NotImplementedError):  # a value sympy's domains cannot hold
        return None
    if not solved:
        return None
    return dict(zip(unknowns, next(iter(solved)), strict=True))

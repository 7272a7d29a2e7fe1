"""Laws stated value by value (`P(X = 0) = 0.8`, `Q(X = 0) = Q(X = 1) = 0.5`): when the values
stated for the outcomes 0, 1, … (or 1, 2, …) of one variable add up to 1, they are a table of
the law's name, so `Σ_x P(x) log₂ P(x)/Q(x)` is written out with them (tutor.derive.tables)."""

from __future__ import annotations

import sympy as sp

from tutor.compat import AppliedUndef
from tutor.judge.decimals import exact
from tutor.model import Chain

LAW_NAMES = frozenset({"P", "Q", "p", "q"})
MAX_OUTCOMES = 20


class LawTable(tuple):
    """The values of a law's outcomes in order, for the sums over its outcome's letter only
    (`Σ_x P(x)` with the law of X; not `Σ_y P(y)`)."""

    letter: str = ""


def law_table(values: tuple, variable: sp.Symbol) -> LawTable:
    table = LawTable(values)
    table.letter = variable.name.lower()
    return table


class StatedLaws:
    """The values stated so far: law name -> variable -> outcome -> value; and the tables
    made from them (only those: a list the writer gave, `p = (0.5, 0.5)`, is left alone)."""

    def __init__(self) -> None:
        self.values: dict[str, dict[sp.Symbol, dict[int, sp.Basic]]] = {}
        self.made: set[str] = set()

    def note(self, chains: list[Chain], tables: dict) -> None:
        """Take the values the chains state; make, remake or drop the tables of their names."""
        touched = set()
        for chain in chains:
            for name, variable, outcome, value in _stated(chain):
                self.values.setdefault(name, {}).setdefault(variable, {})[outcome] = value
                touched.add(name)
        for name in touched:
            if name in tables and name not in self.made:
                continue
            table = _table(self.values[name])
            if table is None:
                tables.pop(name, None)
                self.made.discard(name)
            else:
                tables[name] = table
                self.made.add(name)


def _stated(chain: Chain):
    """(law name, variable, outcome, value) of each `P(X = k)` a chain says equals a number."""
    if not chain.links or any(link.op != "=" for link in chain.links):
        return
    value = chain.parts[-1].expr
    if value.free_symbols or not value.is_number or value.has(sp.nan, sp.zoo, sp.oo, -sp.oo):
        return
    try:
        value = exact(value)
        if not (value.is_Rational and 0 <= value <= 1):   # 0.8, 4/5 as written: a chance
            return
    except (TypeError, ValueError, ArithmeticError):
        return
    for part in chain.parts[:-1]:
        call = part.expr
        if not (isinstance(call, AppliedUndef) and call.func.__name__ in LAW_NAMES
                and len(call.args) == 1 and isinstance(call.args[0], sp.Eq)):
            continue
        variable, outcome = call.args[0].lhs, call.args[0].rhs
        if isinstance(variable, sp.Symbol) and outcome.is_Integer:
            yield call.func.__name__, variable, int(outcome), value


def _table(by_variable: dict) -> tuple | None:
    """The values of the outcomes in order when one variable has them all (consecutive from
    0 or 1, adding up to 1); None otherwise (two variables: whose law is it?)."""
    if len(by_variable) != 1:
        return None
    ((variable, masses),) = by_variable.items()
    outcomes = sorted(masses)
    if not 2 <= len(outcomes) <= MAX_OUTCOMES or outcomes[0] not in (0, 1) or \
            outcomes != list(range(outcomes[0], outcomes[0] + len(outcomes))):
        return None
    if sum(masses.values()) != 1:
        return None
    return law_table(tuple(masses[k] for k in outcomes), variable)

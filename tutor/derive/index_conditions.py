"""Conditions on indices a line states: `k ≠ i` before a block, `i = j` beside a claim, and
a family's total (`Σ_k y_k = 1`)."""

from __future__ import annotations

from functools import lru_cache

import sympy as sp

from tutor.compat import AppliedUndef
from tutor.judge.index_cases import is_family_total
from tutor.model import Chain
from tutor.names import symbol
from tutor.read.parser import parse
from tutor.trees import nodes_of

INDEX_LETTERS = "ijklmn"


def with_one_hot(totals: list, names: frozenset) -> list:
    """`totals` and, for each label the prose states one-hot (`with one-hot $y$`), its total
    `Σ_k y_k = 1` as the reader reads that sum (tutor.notes.one_hot)."""
    return totals + [t for t in _one_hot_totals(names) if t not in totals] if names else totals


@lru_cache(maxsize=64)
def _one_hot_totals(names: frozenset) -> tuple:
    total, base = _total_of_y()  # no text is made from a name the notes give: y is renamed
    return tuple(total.xreplace({base: sp.IndexedBase(symbol(name))}) for name in sorted(names))


@lru_cache(maxsize=1)
def _total_of_y() -> tuple:
    """`Σ_k y_k = 1` as the reader reads it, and the base y of its terms."""
    chain = parse(r"\sum_k y_k = 1", "latex")
    total = sp.Eq(chain.parts[0].expr, chain.parts[1].expr, evaluate=False)
    return total, next(iter(nodes_of(total, sp.IndexedBase)))


def said_totals(chains: list) -> list:
    """`Σ_k y_k = 1` said as a chain of its own: the relation, for every line after it."""
    return [t for t in (_total_said(c) for c in chains) if t is not None]


def conditions_alone(chains: list) -> list:
    """A line of `k ≠ i` only (`off-diagonal ($k \\neq i$):`), or of `i = k` only (`When
    $i = k$, …`: a case, never a definition of i): those relations, else []."""
    said = [sp.Ne(a.expr, b.expr, evaluate=False) for chain in chains
            for a, link, b in chain.steps() if link.op == "!="
            and all(isinstance(p.expr, sp.Symbol) and len(p.expr.name) == 1 for p in (a, b))]
    if said and len(said) == sum(len(chain.links) for chain in chains):
        return said
    return [sp.Eq(*(p.expr for p in chains[0].parts), evaluate=False)] if case_said(chains) else []


def case_said(chains: list) -> bool:
    """Whether the line only says two index letters are equal: `i = k`, `j = i`."""
    if len(chains) != 1 or len(chains[0].links) != 1 or chains[0].links[0].op != "=":
        return False
    letters = [p.expr for p in chains[0].parts]
    return letters[0] != letters[1] and all(
        isinstance(x, sp.Symbol) and x.name in INDEX_LETTERS for x in letters)


def case_in_force(said: tuple, block: int, line: int) -> tuple[tuple, list]:
    """(what is said, updated; the relations said alone that hold at `block` on `line`): for
    the rest of the line they are said on and the first block below it (`When $i = k$, using
    $…$, we get:` and the display after)."""
    noted, relations, said_line, below = (*said, None, None)[:4]
    if noted is None:
        return said, []
    if block == noted or line == said_line:
        return said, relations
    if below is None and line > said_line:
        return (noted, relations, said_line, block), relations
    return said, relations if block == below else []


def conditions_beside(chains: list) -> tuple[list, list]:
    """`∂a_j/∂z_i = a_i(1 - a_i), \\quad i = j`: the `i = j` and `i ≠ j` after a claim (the
    first of the line, or the one right before: `∂p_k/∂z_k = …, \\qquad ∂p_k/∂z_j = -p_k p_j
    \\quad (j ≠ k)`) as relations (the claims hold under them), and the positions of the
    chains stating them."""
    at = [k for k, c in enumerate(chains) if k and (index_relation(c, chains[0]) or index_relation(
        c, chains[k - 1]) or (
        _total_said(c) is not None and not _total_said(chains[0])))]  # `…, Σ_k y_k = 1`
    return [(sp.Eq if chains[k].links[0].op == "=" else sp.Ne)(
        chains[k].parts[0].expr, chains[k].parts[1].expr, evaluate=False) for k in at], at


def _total_said(chain: Chain):
    """`Σ_k y_k = 1` as a relation when the chain says just that, else None."""
    if len(chain.links) != 1 or chain.links[0].op != "=":
        return None
    relation = sp.Eq(chain.parts[0].expr, chain.parts[1].expr, evaluate=False)
    return relation if is_family_total(relation) else None


def index_relation(chain: Chain, claim: Chain) -> bool:
    """`i = j`, `i ≠ j` beside a claim whose names carry those indices (a_j, z_i): a condition
    on the claim, not a statement of its own."""
    if len(chain.links) != 1 or chain.links[0].op not in ("=", "!="):
        return False
    letters = [p.expr for p in chain.parts]
    if not all(isinstance(x, sp.Symbol) and len(x.name) == 1 and x.name in INDEX_LETTERS
               for x in letters):
        return False
    names = {s.name for p in claim.parts for s in p.expr.free_symbols} | {
        f.func.__name__ for p in claim.parts for f in p.expr.atoms(AppliedUndef)}
    return all(any(n.endswith("_" + x.name) for n in names) for x in letters)

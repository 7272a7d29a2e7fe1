"""Sequences of equations: the pieces of `A ⇒ B`, and whether an equation in a block after the
blocks before goes on from their last one."""

from __future__ import annotations

import sympy as sp

from tutor.compat import AppliedUndef
from tutor.derive.context import WalkState, has_calculus, is_equation
from tutor.derive.derivative_arrows import derivative_arrow
from tutor.derive.inequality_steps import is_condition_line
from tutor.derive.solving import (
    as_their_unknowns,
    as_unknowns,
    both_roots,
    one_variable,
    solves,
)
from tutor.judge.equivalence import Equation
from tutor.judge.matrix_shapes import is_identity_name
from tutor.model import Chain
from tutor.names import PLUS_MINUS
from tutor.trees import nodes_of


def goes_on_from(eq: Equation, state: WalkState) -> bool:
    """Whether `eq` goes on from the equation carried from the blocks before (never from a
    solution `x = 2`: a new problem): in one of its variables, or, right after, in some."""
    if solves(state.carried) or (lists_roots(state.carried) and not lists_roots(eq)
                                 and not solves(eq)):  # x² - 3x + 2 = 0 after its roots
        return False
    eq, _ = as_unknowns(state.carried, both_roots(eq))  # `\hat p = a/n` after an equation
    old = state.carried.lhs.free_symbols | state.carried.rhs.free_symbols
    new = {s for s in eq.lhs.free_symbols | eq.rhs.free_symbols  # the identity I is no
           if not is_identity_name(getattr(s, "name", ""))}  # variable of the equation
    variable = one_variable(eq)
    if variable is not None:
        return variable in old
    return state.follows and bool(new) and new <= old and not (
        nodes_of(eq.lhs, AppliedUndef) or nodes_of(eq.rhs, AppliedUndef))


def lists_roots(eq: Equation) -> bool:
    """`(x - 1)(x - 3) = 0`, as roots listed after ⇒ are read: numbers solving one unknown."""
    if eq.rhs != 0 or not isinstance(eq.lhs, sp.Mul) or len(eq.lhs.free_symbols) != 1:
        return False
    (x,) = eq.lhs.free_symbols
    return all((f - x).is_number for f in eq.lhs.args)


def own_statement(chain: Chain) -> bool:
    """After ⇒: `⇒ σ'(0) = …`, `⇒ f'(x) = …` (a claim of its own) or `⇒ 2x - 6 ≥ 0` (a
    condition): never a step on from the value above."""
    return bool(chain.links) and (chain.links[0].op in _STATING[1:] or chain.links[0].op == "="
                                  and derivative_said(chain.parts[0].expr))


def implying(chains: list, lead: str | None) -> bool:
    """Whether a line says ⇒ or ⇔ (leading it, or between its statements)."""
    return lead in _ARROWS or any(link.op in _ARROWS for c in chains for link in c.links)


_ARROWS = ("=>", "<=>")


def derivative_said(expr) -> bool:
    """`⇒ σ'(0) = …` (a derivative at a point), `⇒ f'(x) = …` (of a function of its own): a
    claim after ⇒, never dy/dx of a name y, which an implicit derivation solves for."""
    return isinstance(expr, sp.Subs) or isinstance(expr, sp.Derivative) and isinstance(
        expr.expr, AppliedUndef)


# the links that make a statement of a piece between arrows (f(x) = ⁴√(2x - 6) ⇒ 2x - 6 ≥ 0)
_STATING = ("=", "<", "<=", ">", ">=", "!=")


def split_implications(chain: Chain, led: bool = False) -> list[Chain]:
    """`2x = 4 ⇒ x = 2`: the equations on either side of ⇒ as statements of their own (else
    the ⇒ would join 4 and x), and so the conditions on either side (`0 < x < 1 ⇒ y' < 0`) or a
    relation of any kind on each; any other chain without one on both sides stays whole. `led`:
    the row opens with `=` (`= 3 + ⅔E(X) ⇒ E(X) = 9`), so what comes before ⇒ ends an
    equation begun on the rows above."""
    cuts = [k for k, link in enumerate(chain.links) if link.op in _ARROWS]
    if not cuts:
        return _graph_steps(chain)
    bounds = [-1, *cuts, len(chain.links)]
    segments = [(bounds[k] + 1, bounds[k + 1]) for k in range(len(bounds) - 1)]
    pieces = [Chain(chain.parts[lo:hi + 1], chain.links[lo:hi]) for lo, hi in segments]
    if all(is_condition_line(piece) for piece in pieces):  # α > 1 ⇒ α - 1 > 0, 4 ≤ 3x ≤ 6 ⇔
        return pieces  # 4/3 ≤ x ≤ 2: conditions (never each a claim for all α, never 6 ⇔ 4/3)
    stating = [led and lo == 0 or any(chain.links[j].op in _STATING for j in range(lo, hi))
               or approximate_root(pieces[k]) for k, (lo, hi) in enumerate(segments)]
    if not stating[0] and len(pieces[0].parts) == 1 and all(stating[1:]):
        return pieces[1:]  # `P(X ≤ 4) ⇒ Z = -1 ⇒ Φ(-1) = 0.1587`: what is sought, then claims
    return pieces if all(stating) else [chain]


def states_a_root(chain: Chain) -> bool:
    """`x = 2` or `x ≈ 1.414` (any equation of two sides, or an unknown about a number)."""
    return is_equation(chain) or approximate_root(chain)


def approximate_root(chain: Chain) -> bool:
    """`x ≈ 1.414`: an unknown alone said to be about a number (after ⇒, a root, rounded)."""
    return len(chain.links) == 1 and chain.links[0].op == "~=" and isinstance(
        chain.parts[0].expr, sp.Symbol) and chain.parts[1].expr.is_number is True


def _graph_steps(chain: Chain) -> list[Chain]:
    """`x \\to z = wx \\to a = \\tanh(z) \\to \\hat y = a w_2` (a forward pass): the
    statements between the arrows, each on its own (a lone name between arrows states
    nothing); a chain with fewer than two statements between arrows stays whole."""
    cuts = [k for k, link in enumerate(chain.links) if link.op == "->"]
    bounds = [-1, *cuts, len(chain.links)]
    segments = [(bounds[k] + 1, bounds[k + 1]) for k in range(len(bounds) - 1)]
    stated = [(lo, hi) for lo, hi in segments if any(
        chain.links[j].op == "=" for j in range(lo, hi))]
    if not cuts or len(stated) < 2:
        return derivative_arrow(chain)  # `f(x) = cx^n \to cnx^{n-1}`: its derivative is
    return [Chain(chain.parts[lo:hi + 1], chain.links[lo:hi]) for lo, hi in stated]


def openings(parsed: list) -> list[bool]:
    """For each ParsedLine, whether it opens the equations after it (opens_equations) with the
    next line that states something: a name alone in the prose between (`Divide by $x$:`,
    `Solve for $x$.`) is passed over, so `12x^2 = 216x` above it is still a premise."""
    opened, after = [], None
    for item in reversed(parsed):
        opened.append(opens_equations(item, after))
        if not _names_a_variable(item):
            after = item
    return opened[::-1]


def _names_a_variable(item) -> bool:
    return item.error is None and len(item.chains) == 1 and not item.chains[0].links and \
        isinstance(item.chains[0].parts[0].expr, sp.Symbol) and not item.lead


def opens_equations(item, nxt) -> bool:
    """Of two ParsedLines (tutor.derive.derivation), the next is an equation with its own
    left side, in the same block or in the block right after (then in variables of this
    line); `⇒ x = 3` is one too."""
    implied = nxt is not None and nxt.lead in ("=>", "->", "<=>")
    if not (nxt is not None and nxt.chains and (implied or not nxt.lead) and (
            is_equation(nxt.chains[0]) or is_condition_line(nxt.chains[0])
            or _solved_for(nxt.chains[0], item))):
        return False
    if nxt.line.block == item.line.block:
        return True
    if _value_claim(nxt.chains[0]):  # `w = 0.5`, then `∂L/∂w = 0` or `f(w) = 3`: the
        return False  # point the claim is made at
    if not ((nxt.line.follows or implied) and item.chains):  # the next block: an equation
        return False  # in its variables
    mine = set().union(*(p.expr.free_symbols for p in item.chains[-1].parts))
    theirs = set().union(*(p.expr.free_symbols for p in nxt.chains[0].parts)) - {PLUS_MINUS}
    last = item.chains[-1].parts  # p̂ = 0.7 after 7(1-p) = 3p solves it; ŷ = 0.8 after y = 1 not
    given = len(last) == 2 and isinstance(last[0].expr, sp.Symbol) and last[1].expr.is_number
    return bool(theirs) and (theirs if given else as_their_unknowns(theirs, mine)) <= mine


def _solved_for(chain: Chain, item) -> bool:
    """`t = 15 ln 2 = 10.4` after `e^{-t/15} = 0.5`: an unknown of the equation above, solved
    and then worked out (a chain of = from the unknown alone)."""
    unknown = chain.parts[0].expr
    return len(chain.parts) > 2 and all(link.op == "=" for link in chain.links) and isinstance(
        unknown, sp.Symbol) and bool(item.chains) and len(item.chains[-1].parts) == 2 and \
        unknown in item.chains[-1].parts[0].expr.free_symbols | \
        item.chains[-1].parts[1].expr.free_symbols


def _value_claim(chain: Chain) -> bool:
    """`f(x) = -11`, `∂L/∂w = 0`: a function or derivative said to have a number as value."""
    left, right = chain.parts[0].expr, chain.parts[-1].expr
    return (isinstance(left, AppliedUndef) or has_calculus(left)) and right.is_number


def sums_go_on(before: Equation, chain: Chain) -> bool:
    """`(1-p)Σx_i - p(n - Σx_i) = 0`, then `Σx_i - pn = 0`: an equation in sums of the data
    after one (sums, no derivative, limit or integral): the next of a sequence."""
    left = chain.parts[0].expr
    return before.lhs.has(sp.Sum) and left.has(sp.Sum) and not left.has(
        sp.Derivative, sp.Integral, sp.Limit)


def in_sequence(before: Equation, chain: Chain, values: dict, expand=None) -> bool:
    """An equation after `before` is the next of a sequence (solved on), unless it is a claim
    about a derivative, limit or integral (not a sum of the data going on), or it gives a
    name defined above a new formula right after another (`v = -e^{-x}`, then
    `v = e^{2x}/2`: a new exercise; `p(1 + e^z) = e^z`, then `p = e^z/(1 + e^z)` solves)."""
    left, right = chain.parts[0].expr, chain.parts[1].expr
    if left.is_number and right.is_number:  # `1 - 0.25 = 0.75`: arithmetic, true or false alone
        return False
    if expand is not None and _valued_at_a_point(left, right, expand):  # f(2) = 8 - 4
        return False
    if has_calculus(left) and not sums_go_on(before, chain):
        return False
    if _names_inner_function(before, left, right):
        return False
    if _indexed_rows(before, left, right):  # s^1 = …, s^2 = …: rows s¹, s², not powers
        return False
    return not (isinstance(left, sp.Symbol) and left in values and before.lhs in (
        left, values[left]) and right.free_symbols and left not in right.free_symbols
        and not _same_formula(before.rhs, expand(right) if expand else right))


def _names_inner_function(before: Equation, left, right) -> bool:
    """`d/dx sin(u) = cos(u)·du/dx`, then `u = x²`: the chain rule's inner function named (a
    definition of u in x), never an equation solved from the rule above it."""
    if not isinstance(left, sp.Symbol) or left in right.free_symbols:
        return False
    return any(left in d.expr.free_symbols and left not in d.variables
               and set(d.variables) & right.free_symbols
               for d in nodes_of(before.lhs - before.rhs, sp.Derivative))


def _same_formula(old, new) -> bool:
    """`A = x(105 - x)`, then `A = -x² + 105x`: the formula rewritten (multiplied out), so the
    line goes on solving; a different formula is a new exercise's. Polynomials only (cheap)."""
    symbols = old.free_symbols | new.free_symbols
    try:
        return bool(symbols) and old.is_polynomial(*symbols) and new.is_polynomial(
            *symbols) and sp.expand(old - new) == 0
    except (TypeError, ValueError, NotImplementedError):
        return False


def _power_of(expr) -> tuple | None:
    """(s, n) for a symbol s to a whole power n ≥ 1 (`s` itself: n = 1), else None."""
    if isinstance(expr, sp.Symbol):
        return expr, 1
    if isinstance(expr, sp.Pow) and isinstance(expr.base, sp.Symbol) and \
            expr.exp.is_Integer and expr.exp > 0:
        return expr.base, int(expr.exp)
    return None


def _indexed_rows(before: Equation, left, right) -> bool:
    """`s^1 = e^{z_1}/Σ`, then `s^2 = e^{z_2}/Σ`: the same letter with the next small whole
    superscript on the left, formulas (no numbers) on the right, neither holding the letter:
    the superscripts count rows (s¹, s², s³); the second is no power of the first to solve
    for. (`x^2 = 4`, then `x = 2`, or `x = 2`, then `x^2 = 4`: numbers, still solved on.)"""
    old, new = _power_of(before.lhs), _power_of(left)
    return old is not None and new is not None and old[0] == new[0] and new[1] == old[1] + 1 \
        and new[1] <= 9 and bool(before.rhs.free_symbols) and bool(right.free_symbols) \
        and old[0] not in before.rhs.free_symbols | right.free_symbols


def _valued_at_a_point(left, right, expand) -> bool:
    """`f(2) = 8 - 4` with f defined above: no variable on either side, and both sides numbers
    once the definitions are put in: arithmetic true or false alone, not the next equation."""
    if left.free_symbols or right.free_symbols:
        return False
    try:
        return bool(expand(left).is_number and expand(right).is_number)
    except (TypeError, ValueError, AttributeError):
        return False


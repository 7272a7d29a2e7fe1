"""A part of the line above written as a name (`e^{o_k}/Σ_i e^{o_i}` as `p_k`): a substitution."""

from __future__ import annotations

import sympy as sp

from tutor.budget import AttemptTimedOut, attempt
from tutor.derive.diagnosis_probes import show

MAX_OPS = 400   # larger steps are not searched (together/Poly grow fast)
MAX_NODES = 200  # parts of the line above looked at
MAX_NAMES = 8    # names of a side tried as the one written for a part (a slip in (a+…+z)² has 20)
SECONDS = 1.0    # the search's own budget: it only ever turns an error into unchecked
NOT_SETTLED = "not settled"  # the search ran out of time: the error is not sure


def replaced_by_a_name(before, after) -> tuple[sp.Symbol, sp.Expr] | str | None:
    """(name, part) when `after` is `before` with one of its parts written as `name` (the
    part replaced by the name gives `after`), the name kept elsewhere too (`-1/p_k (X - D)`
    then `-1/p_k (p_k - D)`): the step holds exactly when name = part, which nothing above
    says. Either way round (a name written out as its part). None when none is found,
    NOT_SETTLED when the search ran out of time."""
    if not all(isinstance(x, sp.Expr) and x.is_commutative and not x.has(sp.MatrixSymbol)
               for x in (before, after)):  # vectors and matrices: tutor.derive.diagnosis_vectors
        return None
    try:
        with attempt(SECONDS):  # all the step has left, up to this: it only ever unsettles
            return _replaced(before, after) or _replaced(after, before)
    except AttemptTimedOut:
        return NOT_SETTLED
    except Exception:  # noqa: BLE001 - a search that fails leaves the error as it was
        return None


def _replaced(old, new) -> tuple[sp.Symbol, sp.Expr] | None:
    if sp.count_ops(old) + sp.count_ops(new) > MAX_OPS:
        return None
    names = sorted(new.free_symbols, key=str)
    if len(names) > MAX_NAMES:
        return None
    difference = sp.numer(sp.together(_evaluated(old) - _evaluated(new)))
    for name in names:
        solution = _linear_solution(difference, name)
        if solution is None or not solution.free_symbols or solution.has(name):
            continue
        part = _part_equal_to(old, solution, name)
        if part is not None and _zero(old.xreplace({part: name}) - new):  # written in its place
            return name, part
    return None


_POINT = (sp.Rational(13, 7), sp.Rational(-29, 11), sp.Rational(5, 17), sp.Rational(41, 23))


_OPAQUE = (sp.Subs, sp.Derivative, sp.Integral, sp.Limit, sp.Sum, sp.Product)


def _zero(expr) -> bool:
    expr = _with_stand_ins(sp.expand(_evaluated(expr)))
    if _nonzero_at_a_point(expr):  # exact arithmetic: one nonzero value settles it, at once
        return False
    return sp.expand(sp.numer(sp.together(expr))) == 0


def _with_stand_ins(expr):
    """`expr` (expanded) with each derivative, sum, limit, … a symbol: the same one for the
    same node. The algebra below treats them as symbols anyway, but compares them slowly."""
    nodes = {n for n in sp.preorder_traversal(expr) if isinstance(n, _OPAQUE)}
    return expr.xreplace({n: sp.Dummy() for n in nodes}) if nodes else expr


def _nonzero_at_a_point(expr) -> bool:
    """Whether `expr` is nonzero at a fixed rational point: exactly, or to 30 digits (a
    value beyond 1e-15 there; evalf keeps its digits right)."""
    symbols = sorted(expr.free_symbols, key=str)
    point = {s: _POINT[k % len(_POINT)] + k for k, s in enumerate(symbols)}
    try:
        value = expr.xreplace(point)
        if isinstance(value, sp.Rational):
            return value != 0
        value = value.evalf(30)
    except (TypeError, ValueError, ZeroDivisionError, ArithmeticError):
        return False
    return isinstance(value, sp.Float) and abs(value) > 1e-15


def _linear_solution(difference, name: sp.Symbol):
    """The one value of `name` that makes `difference` zero when it is linear in it."""
    try:
        poly = sp.Poly(difference, name)
    except (sp.PolynomialError, sp.GeneratorsNeeded):
        return None
    if poly.degree() != 1:
        return None
    slope, rest = poly.all_coeffs()
    if slope.is_zero is not False and slope.free_symbols == set():
        return None
    return -rest / slope


def _part_equal_to(expr, value, name: sp.Symbol):
    """A part of `expr` (not `expr` itself, without `name`) equal to `value` by algebra."""
    for k, node in enumerate(sp.preorder_traversal(expr)):
        if k > MAX_NODES:
            return None
        if node is expr or not isinstance(node, sp.Expr) or not node.args or node.has(name) \
                or not node.free_symbols:
            continue
        if _zero(node - value):
            return node
    return None


def _evaluated(expr):
    """`expr` with its sums, products and powers built again, so sympy's own simplifications
    apply (the reader keeps `1·x⁻¹` as written); derivatives, sums and entries stay as they are."""
    if not expr.args or isinstance(expr, (sp.Derivative, sp.Sum, sp.Product, sp.Indexed,
                                          sp.Integral, sp.Limit)):
        return expr
    return expr.func(*[_evaluated(arg) for arg in expr.args])


def a_part_named(ctx, last, a, b) -> None:
    """`last` (the result of the step a → b) made unchecked when it is an error only because
    a part of one side is written as a name on the other (see `replaced_by_a_name`)."""
    if last.verdict != "error":
        return
    found = replaced_by_a_name(ctx.expand(a), ctx.expand(b))
    if found == NOT_SETTLED:  # under a short budget the search is cut: never an error then
        last.not_sure("whether a part of the line above is written here as a name could not be "
                      "settled in the time left")
    elif found is not None:
        last.not_sure(f"a substitution: holds when {show(found[0])} = {show(found[1])}")
        last.method = "substitution"

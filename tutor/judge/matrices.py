"""Two vector or matrix expressions compared: shapes first, then random entries in several sizes.

A name is a vector or a matrix by notation (tutor.judge.matrix_shapes.matrix_names); lowercase
names are column vectors, uppercase ones matrices. The shapes of both sides are deduced from
their products and sums: a mismatch (`w^T x`, a number, against `w x^T`, an n×n matrix) is
not_equal with a message. Otherwise both sides are evaluated with random exact-rational entries
for every size in DIMENSIONS (and two mixed sizes), several draws each, in 50 digits: equal when
they agree everywhere, not_equal with the sizes and entries of a point where they differ
(confirmed at 80 digits), unknown when too few points are defined or a construct is not read.
"""

from __future__ import annotations

import random
import zlib
from fractions import Fraction

import mpmath
import sympy as sp

from tutor.judge.decimals import exact
from tutor.judge.matrix_shapes import (
    SCALAR,
    ShapeError,
    Shapes,
    Unsupported,
    as_matrices,
    describe,
    is_identity_name,
    matrix_names,
)
from tutor.judge.matrix_values import DIGITS, Evaluator, Mat, Undefined, mpf_of, scalar_or
from tutor.model import Verdict
from tutor.trees import nodes_of
from tutor.vectors import Gradient, Hadamard, MatrixLiteral, has_vectors, vector_symbol

DIMENSIONS = (1, 2, 3, 5)
MIXED = ((2, 3, 5, 4), (3, 2, 4, 5))  # sizes given to the unknown dimensions in turn
DRAWS = 3
EQUAL_TOLERANCE = mpmath.mpf(10) ** -18
DIFFERENT = mpmath.mpf(10) ** -6


def involves_vectors(a, b) -> bool:
    """Is either side a vector expression (then tutor.judge.matrices compares them)?"""
    return has_vectors(a) or has_vectors(b)


def compare_matrices(a, b) -> Verdict:
    """Are the vector expressions `a` and `b` equal? (unknown when unsure; never raises)
    With derivatives of scalars worked out first: taken when equal, or when sampled entries
    differ (a shape that does not fit there may come of a point rebuilt out of order)."""
    try:
        worked = _vectors_made(*_scalar_calculus_done(a, b))
    except (ValueError, TypeError, ArithmeticError):
        worked = (a, b)
    if worked != (a, b):
        verdict = _compared(*worked)
        if verdict.status == "equal" or verdict.method == "random entries":
            return verdict
    return _compared(a, b)


def _compared(a, b) -> Verdict:
    try:
        a, b = exact(a), exact(b)  # [0.659] - [1] is [-0.341] to every digit
        a, b, shapes, shape_a, shape_b = _shaped(a, b)
        mismatch = _mismatch(shapes, shape_a, shape_b)
        if mismatch:
            return Verdict("not_equal", "shape", reason=mismatch)
        if a == b:
            return Verdict("equal", "identical")
        return _sampled(a, b, shapes)
    except ShapeError as exc:
        entrywise = elementwise(a), elementwise(b)
        if entrywise != (a, b):  # `[0.2, 0.3] · [0.25, 0.24]`: two columns, entry by entry
            return _entry_by_entry(*entrywise)
        malformed = _one_side_malformed(a, b)
        if malformed is not None:
            return malformed
        return Verdict("unknown", reason=f"shapes do not fit: {exc}")
    except (Unsupported, Undefined) as exc:
        return Verdict("unknown", reason=f"vectors and matrices: {exc}")
    except (ValueError, TypeError, ZeroDivisionError, ArithmeticError) as exc:
        return Verdict("unknown", reason=f"vectors and matrices: {exc or type(exc).__name__}")


def _vectors_made(a, b) -> tuple:
    """Both sides with their vectors noncommuting before anything is rebuilt: a commutative x
    of wᵀx would be put first (x·wᵀ, a matrix). Not through a Subs: sympy's cache takes the
    Subs with x noncommuting for the one before (they compare equal)."""
    names = matrix_names(a) | matrix_names(b)
    return as_matrices(a, names), as_matrices(b, names)


def _scalar_calculus_done(a, b) -> tuple:
    """Derivatives of expressions without vectors in plain names worked out (∂/∂ŷ of
    -y log ŷ - …; σ'(u) at u = wᵀx + b): only their values enter the shapes."""
    def scalar(e) -> bool:
        return isinstance(e, sp.Derivative | sp.Subs) and not has_vectors(e.expr) and all(
            isinstance(v, sp.Symbol) and v.is_commutative for v in e.variables)
    def done(e):  # σ'(u) at u = wᵀx + b: the point put in as it is (not rebuilt: x·wᵀ)
        if isinstance(e, sp.Subs):
            return e.expr.doit().xreplace(dict(zip(e.variables, e.point, strict=True)))
        return e.doit()
    return tuple(x.replace(scalar, done) if x.has(sp.Derivative) else x for x in (a, b))


ENTRYWISE = "the product of two lists of one length, entry by entry"


def elementwise(expr):
    """`expr` with each product of two or more lists written as columns of one length
    (`-0.404 · [0.2, 0.3] · [0.25, 0.24]`, which no matrix product allows) made entrywise."""
    def fold(product):
        lists = [f for f in product.args if isinstance(f, MatrixLiteral) and f.cols == 1]
        if len(lists) < 2 or len({m.rows for m in lists}) != 1:
            return product
        others = [f for f in product.args if f not in lists]
        folded = lists[0]
        for m in lists[1:]:
            folded = Hadamard(folded, m)
        return sp.Mul(*others, folded, evaluate=False)
    return expr.replace(lambda e: isinstance(e, sp.Mul), fold)


def _entry_by_entry(a, b) -> Verdict:
    """Lists multiplied entry by entry: equal when they agree so; unknown otherwise (a dot
    product may be meant), never a shape error."""
    verdict = compare_matrices(a, b)
    if verdict.status == "equal":
        return Verdict("equal", ENTRYWISE)
    return Verdict("unknown", reason="· between two lists of one length: entry by entry, or a "
                                     "dot product? " + (verdict.reason or "not equal either way"))


def _shaped(a, b, extra: frozenset = frozenset()):
    """(a, b, their Shapes, shape of a, shape of b) with the names used as vectors made so;
    a plain name added to a vector is made one too (a few rounds at most)."""
    for _ in range(4):
        a2, b2 = normalized(a, b, extra=extra)
        shapes = Shapes()
        try:
            return a2, b2, shapes, shapes.of(a2), shapes.of(b2)
        except ShapeError as exc:
            if exc.promote is None or exc.promote in extra:
                raise
            extra = extra | {exc.promote}
    raise ShapeError("the shapes do not settle")


def _one_side_malformed(a, b) -> Verdict | None:
    """One side well formed and the other not (`w^T x` then `w x`): not equal, with why."""
    problems = [_side_problem(side, a, b) for side in (a, b)]
    if (problems[0] is None) == (problems[1] is None):
        return None
    return Verdict("not_equal", "shape", reason=problems[0] or problems[1])


def _side_problem(side, *context) -> str | None:
    """Why `side` is not well formed with the names of `context` read as vectors, or None;
    None too when it is well formed with its capital names read as vectors (`θ^T X`: X may be
    a vector of features as well as a matrix)."""
    problem = _problem_as_read(side, *context)
    if problem is None:
        return None
    capitals = {s: sp.Symbol(f"v{s.name}") for e in (side, *context) for s in e.free_symbols
                if isinstance(s, sp.Symbol) and s.name[:1].isupper()}
    if capitals and _problem_as_read(*(e.xreplace(capitals) for e in (side, *context))) is None:
        return None
    rows = {m: MatrixLiteral(m.args[1], m.args[0], *m.args[2:]) for m in nodes_of(
        side, MatrixLiteral) if m.cols == 1 and m.rows > 1}  # `[1, 2] · W`: a row, as written
    if rows and _problem_as_read(side.xreplace(rows), *context) is None:
        return None
    return problem


def _problem_as_read(side, *context) -> str | None:
    extra = frozenset()
    for _ in range(4):
        names = matrix_names(*context) | extra
        try:
            Shapes().of(_operations(as_matrices(side, names), names))
            return None
        except ShapeError as exc:
            if exc.promote is None or exc.promote in extra:
                return str(exc)
            extra = extra | {exc.promote}
        except Exception:  # noqa: BLE001 - anything else is not a shape problem
            return None
    return None


def shape_problem(expr) -> str | None:
    """Why one vector expression is not well formed (`w x` of two column vectors), or None."""
    return _side_problem(expr, expr)


def settled(*exprs, extra: frozenset = frozenset()):
    """`normalized`, with the names a shape mismatch shows to be vectors made so as well
    (`(A + λI) w`: w right of a sum of matrices)."""
    for _ in range(4):
        forms = normalized(*exprs, extra=extra)
        try:
            shapes = Shapes()
            for form in forms:
                shapes.of(form)
            return forms
        except ShapeError as exc:
            if exc.promote is None or exc.promote in extra:
                return forms
            extra = extra | {exc.promote}
    return forms


def normalized(*exprs, extra: frozenset = frozenset()):
    """The expressions with every name used as a vector made one, and ∂/∂w, grad(f, w),
    hessian(f, w), inv(A) in the forms the judge evaluates."""
    names = matrix_names(*exprs) | extra
    return tuple(_operations(as_matrices(e, names), names) for e in exprs)


def _operations(expr, names: set[str]):
    swap = {}
    for d in nodes_of(expr, sp.Derivative):
        variables = d.variable_count
        if len(variables) == 1 and variables[0][0].name in names and variables[0][1] in (1, 2):
            var, order = variables[0]
            swap[d] = Gradient(d.expr, vector_symbol(var.name), sp.Integer(order))
        elif any(v.name in names for v, _ in variables):
            raise Unsupported("a mixed derivative in a vector")
    for f in nodes_of(expr, sp.Function):
        name = getattr(f.func, "__name__", "")
        if name in ("grad", "hessian") and len(f.args) == 2 and isinstance(f.args[1], sp.Symbol):
            order = 2 if name == "hessian" else 1
            swap[f] = Gradient(f.args[0], vector_symbol(f.args[1].name), sp.Integer(order))
    return expr.xreplace(swap) if swap else expr


def _mismatch(shapes: Shapes, a: tuple, b: tuple) -> str | None:
    """Both sides must have one shape: unknown sizes may be the same unknown, never a number
    forced on them (a vector is never a number)."""
    if a == b:
        return None
    for x, y in zip(a, b, strict=False):
        if isinstance(x, int) or isinstance(y, int):
            if shapes.dims.find(x) != shapes.dims.find(y):
                return f"the shapes differ: {describe(a)} against {describe(b)}"
    for x, y in zip(a, b, strict=False):
        shapes.dims.unify(x, y, "the shapes differ")
    return None


def _sampled(a, b, shapes: Shapes) -> Verdict:
    symbols = sorted(a.free_symbols | b.free_symbols, key=lambda s: s.name)
    free = sorted({d for s in symbols if not s.is_commutative
                   for d in _symbol_dims(shapes, s) if not isinstance(d, int)}, key=str)
    agreed = 0
    for sizes in _size_choices(free):
        for draw in range(DRAWS):
            values = _draw(symbols, shapes, sizes, draw)
            with mpmath.workdps(DIGITS):
                try:
                    point = _as_mpf(values)
                    left, right = Evaluator(point).value(a), Evaluator(point).value(b)
                except (Undefined, ZeroDivisionError):
                    continue
                gap = _gap(left, right)
            if gap > DIFFERENT and _confirmed(a, b, values):
                if len(set(sizes.values())) > 1:  # tr(A^{-1}A) = tr(I) with I of another size
                    return Verdict("unknown", reason="holds where the sizes agree, not at "
                                   "sizes the text leaves free: which sizes are meant?")
                return Verdict("not_equal", "random entries",
                               witness=_witness(values, sizes))
            if gap > EQUAL_TOLERANCE:
                return Verdict("unknown", reason="the sides differ by a tiny amount")
            agreed += 1
    if agreed < 2 * len(DIMENSIONS):
        return Verdict("unknown", reason="too few points where both sides are defined")
    if not symbols:
        return Verdict("equal", f"evaluated exactly ({DIGITS} digits)")
    shown = ", ".join(str(d) for d in DIMENSIONS)
    return Verdict("equal", f"random entries in dimensions {shown} ({agreed} points)")


def _symbol_dims(shapes: Shapes, s) -> tuple:
    from tutor.judge.matrix_shapes import symbol_shape

    return shapes.dims.shape(symbol_shape(s))


def _size_choices(free: list):
    for d in DIMENSIONS:
        yield {x: d for x in free}
    if len(free) > 1:
        for pattern in MIXED:
            yield {x: pattern[k % len(pattern)] for k, x in enumerate(free)}


def _draw(symbols, shapes: Shapes, sizes: dict, draw: int) -> dict:
    """Entries for every name: in (0, 1) on the first draw (probabilities, logs defined),
    of either sign after; the same draw gives the same entries."""
    rng = random.Random(zlib.crc32(repr((draw, sorted(map(str, sizes.values())))).encode()))
    values = {}
    for s in symbols:
        if s.is_commutative:
            values[s.name] = _entry(rng, draw)
            continue
        rows, cols = (sizes.get(d, d) for d in _symbol_dims(shapes, s))
        if is_identity_name(s.name):  # I: the identity of the size it needs
            values[s.name] = Mat([[Fraction(int(i == j)) for j in range(cols)]
                                  for i in range(rows)])
            continue
        values[s.name] = Mat([[_entry(rng, draw) for _ in range(cols)] for _ in range(rows)])
    return values


def _entry(rng: random.Random, draw: int) -> Fraction:
    if draw == 0:
        return Fraction(rng.randint(1, 96), 97)
    return Fraction(rng.choice([-1, 1]) * rng.randint(1, 60), rng.randint(7, 23))


def _gap(left, right):
    """The largest difference of the entries, relative to their size (inf: shapes differ)."""
    left, right = (scalar_or(x) if isinstance(x, Mat) else x for x in (left, right))
    if isinstance(left, Mat) != isinstance(right, Mat):
        return mpmath.inf
    if isinstance(left, Mat):
        if left.shape != right.shape:
            return mpmath.inf
        pairs = list(zip(left.entries(), right.entries(), strict=False))
    else:
        pairs = [(left, right)]
    scale = 1 + max(max(abs(x), abs(y)) for x, y in pairs)
    return max(abs(x - y) for x, y in pairs) / scale


def _confirmed(a, b, values) -> bool:
    """The difference stays at 80 digits (it is no rounding error)."""
    with mpmath.workdps(DIGITS + 30):
        exact = _as_mpf(values)
        try:
            return _gap(Evaluator(exact).value(a), Evaluator(exact).value(b)) > DIFFERENT
        except (Undefined, ZeroDivisionError):
            return False


def _as_mpf(values: dict) -> dict:
    return {k: (v.map(mpf_of) if isinstance(v, Mat) else mpf_of(v)) for k, v in values.items()}


def _witness(values: dict, sizes: dict) -> dict[str, str]:
    shown = {}
    if sizes:
        shown["size"] = ", ".join(sorted({str(v) for v in sizes.values()}))
    for name, v in values.items():
        if isinstance(v, Mat):
            shown[name] = "[" + "; ".join(", ".join(str(x) for x in row) for row in v.rows) + "]"
        else:
            shown[name] = str(v)
    return shown


__all__ = ["SCALAR", "compare_matrices", "involves_vectors", "shape_problem"]

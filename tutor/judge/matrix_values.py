"""The value of a vector expression at given dimensions and entries, in high precision."""

from __future__ import annotations

from fractions import Fraction

import mpmath
import sympy as sp

from tutor.compat import AppliedUndef
from tutor.judge.matrix_shapes import SMOOTH_NAMES, Unsupported
from tutor.trees import nodes_of
from tutor.vectors import Gradient, Hadamard, MatrixLiteral, Norm, Transposed

DIGITS = 50
STEP = mpmath.mpf(10) ** -15  # the step of a central difference (error ~1e-30 at 50 digits)


class Undefined(Exception):
    """The expression has no real value here (a log of a negative, a singular inverse)."""


class Mat:
    """A small dense matrix of mpf entries (rows of equal length)."""

    __slots__ = ("rows",)

    def __init__(self, rows: list[list]):
        self.rows = rows

    @property
    def shape(self) -> tuple[int, int]:
        return len(self.rows), len(self.rows[0])

    def map(self, f) -> Mat:
        return Mat([[f(x) for x in row] for row in self.rows])

    def entries(self) -> list:
        return [x for row in self.rows for x in row]


def scalar_or(m: Mat):
    """A 1×1 result is a number."""
    return m.rows[0][0] if m.shape == (1, 1) else m


def mpf_of(value) -> mpmath.mpf:
    """An exact rational as an mpf at the working precision."""
    if isinstance(value, Fraction):
        return mpmath.mpf(value.numerator) / value.denominator
    return mpmath.mpf(value)


def _real(x):
    if isinstance(x, mpmath.mpc) or not mpmath.isfinite(x):
        raise Undefined("not a real number")
    return x


def add(a, b):
    a, b = (scalar_or(x) if isinstance(x, Mat) else x for x in (a, b))
    if isinstance(a, Mat) and isinstance(b, Mat):
        return Mat([[x + y for x, y in zip(r, s, strict=True)]
                    for r, s in zip(a.rows, b.rows, strict=True)])
    if isinstance(a, Mat) or isinstance(b, Mat):
        raise Unsupported("a number added to a matrix")
    return a + b


def mul(a, b):
    if isinstance(a, Mat) and isinstance(b, Mat):
        cols = list(zip(*b.rows, strict=False))
        return scalar_or(Mat([[mpmath.fsum(x * y for x, y in zip(r, c, strict=False)) for c in cols]
                              for r in a.rows]))
    if isinstance(a, Mat):
        return scalar_or(a.map(lambda x: x * b))
    if isinstance(b, Mat):
        return scalar_or(b.map(lambda x: a * x))
    return a * b


def transpose(a):
    return Mat([list(c) for c in zip(*a.rows, strict=False)]) if isinstance(a, Mat) else a


def inverse(a):
    if not isinstance(a, Mat):
        if a == 0:
            raise Undefined("division by zero")
        return 1 / a
    m = mpmath.matrix(a.rows)
    if abs(mpmath.det(m)) < mpmath.mpf(10) ** -20:
        raise Undefined("a singular matrix has no inverse")
    inv = m ** -1
    n = a.shape[0]
    return Mat([[inv[i, j] for j in range(n)] for i in range(n)])


def power(base, exp):
    if isinstance(exp, Mat):  # e^z of a vector z: entry by entry
        if base != mpmath.e:
            raise Unsupported("a power with a vector exponent")
        return exp.map(mpmath.exp)
    if isinstance(base, Mat):
        k = int(exp)
        if k == -1:
            return inverse(base)
        result = base
        for _ in range(k - 1):
            result = mul(result, base)
        return result
    if base == 0 and exp < 0:
        raise Undefined("division by zero")
    return _real(mpmath.power(base, exp))


def determinant(a):
    return mpmath.det(mpmath.matrix(a.rows)) if isinstance(a, Mat) else a


def trace(a):
    return mpmath.fsum(a.rows[i][i] for i in range(a.shape[0])) if isinstance(a, Mat) else a


def softmax(z):
    if not isinstance(z, Mat):
        return mpmath.mpf(1)
    top = max(z.entries())
    e = z.map(lambda x: mpmath.exp(x - top))
    total = mpmath.fsum(e.entries())
    return e.map(lambda x: x / total)


def diag(v):
    if not isinstance(v, Mat):
        return v
    values = v.entries()
    n = len(values)
    return Mat([[values[i] if i == j else mpmath.mpf(0) for j in range(n)] for i in range(n)])


def norm(v):
    if not isinstance(v, Mat):
        return abs(v)
    return mpmath.sqrt(mpmath.fsum(x * x for x in v.entries()))


def hadamard(a, b):
    if isinstance(a, Mat) and isinstance(b, Mat):
        return Mat([[x * y for x, y in zip(r, s, strict=True)]
                    for r, s in zip(a.rows, b.rows, strict=True)])
    return mul(a, b)


def _log(x):
    if x <= 0:
        raise Undefined("log of a number ≤ 0")
    return mpmath.log(x)


ENTRYWISE = {sp.exp: mpmath.exp, sp.log: _log, sp.sin: mpmath.sin, sp.cos: mpmath.cos,
             sp.tanh: mpmath.tanh, sp.Abs: abs}
ENTRYWISE_NAMES = {"sigmoid": lambda x: 1 / (1 + mpmath.exp(-x)),
                   "softplus": lambda x: mpmath.log(1 + mpmath.exp(x))}
CALLS = {"det": determinant, "tr": trace, "Tr": trace, "trace": trace, "softmax": softmax,
         "diag": diag, "norm": norm, "inv": inverse}


class Evaluator:
    """Values of the parts of expressions at one point: `values` maps each name to an mpf or
    a Mat (the entries drawn for it)."""

    def __init__(self, values: dict):
        self.values = values

    def value(self, e):
        if isinstance(e, sp.Symbol):
            if e.name not in self.values:
                raise Unsupported(f"no value for {e.name}")
            return self.values[e.name]
        if isinstance(e, sp.Rational):
            return mpmath.mpf(int(e.p)) / int(e.q)
        if isinstance(e, (sp.Float, sp.NumberSymbol)):
            return mpmath.mpf(sp.Float(e, DIGITS + 5))
        if isinstance(e, sp.Add):
            terms = [t for t in e.args if not t.is_zero] or [sp.S.Zero]
            result = self.value(terms[0])
            for t in terms[1:]:
                result = add(result, self.value(t))
            return result
        if isinstance(e, sp.Mul):
            result = self.value(e.args[0])
            for f in e.args[1:]:
                result = mul(result, self.value(f))
            return result
        if isinstance(e, sp.Pow):
            return power(self.value(e.base), self.value(e.exp))
        return self._node(e)

    def _node(self, e):
        if isinstance(e, Transposed):
            return transpose(self.value(e.args[0]))
        if isinstance(e, Norm):
            return norm(self.value(e.args[0]))
        if isinstance(e, Hadamard):
            return hadamard(self.value(e.args[0]), self.value(e.args[1]))
        if isinstance(e, MatrixLiteral):
            return scalar_or(Mat([[self.value(x) for x in row] for row in e.entries()]))
        if isinstance(e, Gradient):
            return self._gradient(*e.args)
        name = getattr(e.func, "__name__", "")
        if isinstance(e, AppliedUndef) and name in CALLS and len(e.args) == 1:
            return CALLS[name](self.value(e.args[0]))
        single = ENTRYWISE.get(e.func) or ENTRYWISE_NAMES.get(name)
        if single is not None and len(e.args) == 1:
            inner = self.value(e.args[0])
            if isinstance(inner, Mat):
                return inner.map(lambda x: _real(single(x)))
            return _real(single(inner))
        raise Unsupported(f"cannot evaluate {name or type(e).__name__}")

    def _gradient(self, f, w, order):
        """Central differences in high precision: denominator layout (the shape of w)."""
        _smooth_only(f)
        if isinstance(w, MatrixLiteral):  # ∇ f(x, y): in the names x, y, as a column
            if not all(isinstance(x, sp.Symbol) for x in w.args[2:]):
                raise Unsupported("a gradient in something other than names")
            return self._gradient_in_names(f, [x.name for x in w.args[2:]], order)
        at = self.values[w.name]
        cells = [(r, c) for r in range(at.shape[0]) for c in range(at.shape[1])] if isinstance(
            at, Mat) else [None]
        if order == 2:
            return scalar_or(Mat([[self._second(f, w.name, at, i, j) for j in cells]
                                  for i in cells]))
        columns = [self._first(f, w.name, at, cell) for cell in cells]
        if not isinstance(columns[0], Mat):  # the gradient of a number: the shape of w
            if not isinstance(at, Mat):
                return columns[0]
            rows, cols = at.shape
            return scalar_or(Mat([[columns[r * cols + c] for c in range(cols)]
                                  for r in range(rows)]))
        return scalar_or(Mat([col.entries() for col in columns]))  # row i: ∂f/∂w_i

    def _gradient_in_names(self, f, names: list[str], order):
        def at(shifts):
            moved = dict(self.values)
            for k, step in shifts:
                moved[names[k]] = moved[names[k]] + step
            return Evaluator(moved).value(f)

        n = range(len(names))
        if order == 1:
            return scalar_or(Mat([[(at([(i, STEP)]) - at([(i, -STEP)])) / (2 * STEP)]
                                  for i in n]))
        h = mpmath.mpf(10) ** -12
        return scalar_or(Mat([[(at([(i, h), (j, h)]) - at([(i, h), (j, -h)])
                                - at([(i, -h), (j, h)]) + at([(i, -h), (j, -h)])) / (4 * h * h)
                               for j in n] for i in n]))

    def _at(self, f, name, at, shifts):
        moved = at
        for cell, step in shifts:
            moved = _shifted(moved, cell, step)
        return Evaluator({**self.values, name: moved}).value(f)

    def _first(self, f, name, at, cell):
        plus = self._at(f, name, at, [(cell, STEP)])
        minus = self._at(f, name, at, [(cell, -STEP)])
        return mul(add(plus, mul(-1, minus)), 1 / (2 * STEP))

    def _second(self, f, name, at, i, j):
        h = mpmath.mpf(10) ** -12
        total = 0
        for si, sj, sign in ((h, h, 1), (h, -h, -1), (-h, h, -1), (-h, -h, 1)):
            total = total + sign * self._at(f, name, at, [(i, si), (j, sj)])
        if isinstance(total, Mat):
            raise Unsupported("the Hessian of a vector")
        return total / (4 * h * h)


def _shifted(at, cell, step):
    if cell is None:
        return at + step
    rows = [list(r) for r in at.rows]
    rows[cell[0]][cell[1]] += step
    return Mat(rows)


def _smooth_only(f) -> None:
    """A gradient goes through smooth functions only (a kink would fool a difference)."""
    for g in nodes_of(f, sp.Function):
        name = getattr(g.func, "__name__", "")
        if isinstance(g, Gradient):
            raise Unsupported("a gradient of a gradient")
        if isinstance(g, (sp.Abs, sp.Max, sp.Min)) or (
                not isinstance(g, (Transposed, Norm, Hadamard, MatrixLiteral))
                and g.func not in ENTRYWISE and name not in SMOOTH_NAMES
                and (name not in CALLS or name == "norm")):  # ‖x‖ has a kink at 0
            raise Unsupported(f"the gradient of {name or type(g).__name__}")

"""Which names are vectors or matrices, and the shape of every part of an expression."""

from __future__ import annotations

from dataclasses import dataclass, field

import sympy as sp

from tutor.compat import AppliedUndef
from tutor.trees import nodes_of
from tutor.vectors import (
    MatrixLiteral,
    Norm,
    Transposed,
    has_vectors,
    is_matrix_name,
    vector_symbol,
)

# functions applied entry by entry to a vector (and smooth: a gradient may go through them)
SMOOTH = {sp.exp, sp.log, sp.sin, sp.cos, sp.tanh}
SMOOTH_NAMES = {"sigmoid", "softplus"}
ONE = 1
MAX_POWER = 64  # A^k of a matrix is k products: larger powers are not evaluated


class ShapeError(Exception):
    """The expression multiplies or adds things whose shapes do not fit (a clear message);
    `promote`: a plain name added to a vector, which is then read as a vector (Xw − y)."""

    def __init__(self, message: str, promote: str | None = None):
        super().__init__(message)
        self.promote = promote


class Unsupported(Exception):
    """A construct the matrix judge does not evaluate (an unknown function, a sum…)."""


def _name_of(f) -> str:
    return getattr(getattr(f, "func", None), "__name__", "")


# --- which names are vectors ----------------------------------------------------------------
def matrix_names(*exprs) -> set[str]:
    """The names used as vectors or matrices in any of `exprs`: bold or transposed names (read
    so), arguments of det, tr, diag, softmax, norm; gradient variables; a plain name next to a
    transposed one in a product (w^T x, δ a^T) or right of a matrix (A x)."""
    names = {s.name for e in exprs for s in e.free_symbols if is_matrix_name(s)}
    for e in exprs:
        for f in nodes_of(e, AppliedUndef, sp.Derivative):
            if isinstance(f, sp.Derivative):
                continue
            if _name_of(f) in CALLS:  # det(A), softmax(z): their argument is a matrix
                names |= {a.name for a in f.args[:1] if isinstance(a, sp.Symbol)}
    for e in exprs:
        names |= _matrix_factors(e)
    while True:
        more = {n for e in exprs for n in _neighbours(e, names)} - names
        if not more:  # I beside vectors and matrices is the identity (X^T X + λI)
            return names | ({s.name for e in exprs for s in e.free_symbols
                             if is_identity_name(s.name)} if names else set())
        names |= more


def is_identity_name(name: str) -> bool:
    """I, I_n, I_k: the identity matrix (square, of the size its neighbours need)."""
    return name == "I" or name.startswith("I_") and len(name) <= 4


def _matrix_factors(expr) -> set[str]:
    """Uppercase names multiplied inside a transpose, norm, det or tr: (AB)^T, ‖Xw − y‖."""
    inside = [t.args[0] for t in nodes_of(expr, Transposed, Norm)] + [
        f.args[0] for f in nodes_of(expr, AppliedUndef)
        if CALLS.get(_name_of(f)) is _trace_or_det and f.args]
    found = set()
    for arg in inside:
        for term in sp.Add.make_args(arg):
            found |= {f.name for f in sp.Mul.make_args(term)
                      if _plain(f) and f.name[:1].isupper()}
    return found


def _neighbours(expr, names: set[str]) -> set[str]:
    found = set()
    for mul in nodes_of(expr, sp.Mul):
        factors = mul.args
        for k, (left, right) in enumerate(zip(factors, factors[1:], strict=False)):
            if isinstance(left, Transposed) and _plain(right):
                found.add(right.name)  # w^T x
            if isinstance(right, Transposed) and _plain(left) and k + 2 == len(factors):
                found.add(left.name)  # δ a^T at the end (y w^T x: y is a number)
            if _is_matrix(left, names) and _plain(right) and right.name[:1].islower():
                found.add(right.name)  # A x
            if _plain(left) and left.name[:1].isupper() and _is_vector(right, names):
                found.add(left.name)  # X w
    return found


def _shown(f) -> str:
    return f.name if isinstance(f, sp.Symbol) else _name_of(f)


def _plain(x) -> bool:
    return isinstance(x, sp.Symbol) and x.is_commutative


def _is_vector(x, names: set[str]) -> bool:
    return isinstance(x, sp.Symbol) and x.name in names and x.name[:1].islower()


def _is_matrix(x, names: set[str]) -> bool:
    return isinstance(x, sp.Symbol) and x.name in names and x.name[:1].isupper()


def as_matrices(expr, names: set[str]):
    """`expr` with every plain name in `names` made a vector or matrix, and a matrix's negative
    power its inverse's (inv(A)): sympy would make A^{-1}·A the number 1, not the identity."""
    swap = {s: vector_symbol(s.name) for s in expr.free_symbols
            if isinstance(s, sp.Symbol) and s.name in names and s.is_commutative}
    swap |= {p: _inverse(p.base.xreplace(swap), -p.exp) for p in expr.atoms(sp.Pow)
             if p.exp.is_Integer and p.exp < 0 and p.base.free_symbols & set(swap)}
    # (one pass: the order of the factors is kept)
    return expr.xreplace(swap) if swap else expr


def _inverse(matrix, power: int):
    inverse = sp.Function("inv")(matrix)
    return inverse if power == 1 else sp.Pow(inverse, power)


# --- shapes ---------------------------------------------------------------------------------
@dataclass
class Dims:
    """Dimensions as a union-find: each is a whole number or an unknown (a string)."""

    parent: dict = field(default_factory=dict)

    def find(self, d):
        while d in self.parent:
            d = self.parent[d]
        return d

    def unify(self, a, b, why: str) -> None:
        a, b = self.find(a), self.find(b)
        if a == b:
            return
        if isinstance(a, int) and isinstance(b, int):
            raise ShapeError(why)
        if isinstance(a, int):
            a, b = b, a
        if b == ONE:  # an unknown size is never forced to 1: a vector is not a number
            raise ShapeError(why)
        self.parent[a] = b

    def shape(self, shape: tuple) -> tuple:
        return (self.find(shape[0]), self.find(shape[1]))


SCALAR = (ONE, ONE)


def symbol_shape(s: sp.Symbol) -> tuple:
    """A lowercase name is a column vector (n×1); an uppercase one a matrix (m×n); the
    identity I is square."""
    if is_identity_name(s.name):
        return (f"{s.name}.size", f"{s.name}.size")
    if s.name[:1].isupper():
        return (f"{s.name}.rows", f"{s.name}.cols")
    return (f"{s.name}.rows", ONE)


def describe(shape: tuple) -> str:
    """`a number`, `a vector of length n`, `a 2×3 matrix`…"""
    rows, cols = (d if isinstance(d, int) else "n" if str(d).endswith("rows") else "m"
                  for d in shape)
    if shape == SCALAR:
        return "a number"
    if cols == 1:
        return f"a column vector ({rows}×1)"
    if rows == 1:
        return f"a row vector (1×{cols})"
    article = "an" if str(rows)[0] in "mn8" else "a"
    return f"{article} {rows}×{cols} matrix"


class Shapes:
    """The shape of each part of one or more expressions, under shared dimensions."""

    def __init__(self):
        self.dims = Dims()

    def of(self, e) -> tuple:
        return self.dims.shape(self._of(e))

    def _of(self, e) -> tuple:
        if isinstance(e, sp.Symbol):
            return SCALAR if e.is_commutative else symbol_shape(e)
        if isinstance(e, (sp.Number, sp.NumberSymbol)) or e in (sp.E, sp.pi):
            return SCALAR
        if isinstance(e, sp.Add):  # + 0 is nothing added, to a number or a matrix
            return self._sum([t for t in e.args if not t.is_zero] or [sp.S.Zero])
        if isinstance(e, sp.Mul):
            return self._product(e.args)
        if isinstance(e, sp.Pow):
            return self._power(e)
        method = getattr(self, "_" + type(e).__name__, None)
        if method is not None:
            return method(e)
        return self._call(e)

    def _sum(self, terms) -> tuple:
        shape = self.of(terms[0])
        for t in terms[1:]:
            other = self.of(t)
            why = f"cannot add {describe(shape)} and {describe(other)}"
            if (shape == SCALAR) != (other == SCALAR) and any(t.is_number for t in terms):
                raise Unsupported("a number added to a vector (entry by entry?)")
            try:
                self.dims.unify(shape[0], other[0], why)
                self.dims.unify(shape[1], other[1], why)
            except ShapeError:
                raise ShapeError(why, _lone_name(terms, self)) from None
            shape = self.dims.shape(shape)
        return shape

    def _product(self, factors) -> tuple:
        shape = SCALAR
        for f in factors:
            other = self.of(f)
            if shape == SCALAR:
                shape = other
            elif other != SCALAR:
                self.dims.unify(shape[1], other[0], f"cannot multiply {describe(shape)} by "
                                                    f"{describe(other)}")
                shape = self.dims.shape((shape[0], other[1]))
        return shape

    def _power(self, e) -> tuple:
        base, exp = self.of(e.base), self.of(e.exp)
        if exp != SCALAR:
            if e.base is sp.E:  # e^z of a vector z: entry by entry
                return exp
            raise Unsupported("a power with a vector or matrix exponent")
        if base == SCALAR:
            return SCALAR
        if not (e.exp.is_Integer and (0 < e.exp <= MAX_POWER or e.exp == -1)):
            raise Unsupported(f"a matrix power other than a whole number up to {MAX_POWER} "
                              "or -1")
        return self._square(base, "only a square matrix has powers and an inverse")

    def _square(self, shape, why: str) -> tuple:
        self.dims.unify(shape[0], shape[1], f"{why}, not {describe(shape)}")
        return self.dims.shape(shape)

    def _Transposed(self, e) -> tuple:  # noqa: N802 - named by the class it shapes
        rows, cols = self.of(e.args[0])
        if (rows, cols) == SCALAR and not has_vectors(e.args[0]):
            raise Unsupported("^T of a number: a transpose, or a power T?")
        return (cols, rows)

    def _Norm(self, e) -> tuple:  # noqa: N802
        shape = self.of(e.args[0])
        if shape != SCALAR and shape[1] != ONE:
            raise Unsupported("the norm of a matrix")
        return SCALAR

    def _Hadamard(self, e) -> tuple:  # noqa: N802
        return self._sum(e.args)

    def _MatrixLiteral(self, e) -> tuple:  # noqa: N802
        for entry in e.args[2:]:
            if self.of(entry) != SCALAR:
                raise Unsupported("a matrix literal with vectors as entries")
        return (e.rows, e.cols)

    def _Indexed(self, e) -> tuple:  # noqa: N802
        raise Unsupported(f"{e.base.label}_{e.indices[0]} (one of a family, as for each data "
                          "point) beside vectors is not checked yet")

    def _Gradient(self, e) -> tuple:  # noqa: N802
        f, w, order = e.args
        if isinstance(w, MatrixLiteral) and self.of(f) == SCALAR:  # ∇ f(x, y)
            return (w.rows, w.rows) if order == 2 else (w.rows, ONE)
        if isinstance(f, sp.Symbol) and f != w or (isinstance(f, AppliedUndef)
                                                   and _name_of(f) not in CALLS):
            raise Unsupported(f"{_shown(f)} is not defined here")
        if not isinstance(w, sp.Symbol):
            raise Unsupported("a gradient in something other than a name")
        body, var = self.of(f), self.of(w)
        if body == SCALAR:
            if order == 2:
                if var[1] != ONE:
                    raise Unsupported("the Hessian in a matrix")
                return (var[0], var[0])
            return var
        if order == 1 and body[1] == ONE and var[1] == ONE:
            return (var[0], body[0])  # denominator layout: ∂f_j/∂w_i at (i, j)
        raise Unsupported("the derivative of a matrix")

    def _call(self, e) -> tuple:
        name = _name_of(e)
        if isinstance(e, sp.Function) and (e.func in SMOOTH or name in SMOOTH_NAMES
                                            or e.func is sp.Abs) and len(e.args) == 1:
            return self.of(e.args[0])
        handler = CALLS.get(name)
        if handler is None or not isinstance(e, AppliedUndef):
            if not any(self.of(a) != SCALAR for a in e.args if isinstance(a, sp.Expr)):
                raise Unsupported(f"{name or type(e).__name__} of numbers")
            if name in ("P", "p", "Pr"):  # P(y = 1 | x) = σ(wᵀx): the model's own definition
                raise Unsupported(f"{name}(…) of a vector x is a probability the model defines "
                                  "(as σ(wᵀx) does): a definition, not something to check")
            raise Unsupported(f"{name or type(e).__name__} of a vector or matrix")
        return handler(self, [self.of(a) for a in e.args])


def _lone_name(terms, shapes: Shapes) -> str | None:
    """A plain lowercase name standing alone as a term (y, −y, 2y) among vector terms."""
    for t in terms:
        factors = t.args if isinstance(t, sp.Mul) else (t,)
        names = [f for f in factors if isinstance(f, sp.Symbol)]
        if (len(names) == 1 and names[0].is_commutative and names[0].name[:1].islower()
                and all(f.is_number for f in factors if f is not names[0])):
            return names[0].name
    return None


def _trace_or_det(shapes: Shapes, args) -> tuple:
    if len(args) != 1:
        raise Unsupported("det or tr of several arguments")
    shapes._square(args[0], "det and tr need a square matrix")
    return SCALAR


def _vector_of(shapes: Shapes, args, what: str) -> tuple:
    if len(args) != 1:
        raise Unsupported(f"{what} of several arguments")
    if args[0][1] != ONE:
        shapes.dims.unify(args[0][1], ONE, f"{what} takes a vector, not {describe(args[0])}")
    return args[0]


CALLS = {
    "det": _trace_or_det, "tr": _trace_or_det, "Tr": _trace_or_det, "trace": _trace_or_det,
    "softmax": lambda s, a: _vector_of(s, a, "softmax"),
    "diag": lambda s, a: (lambda v: (v[0], v[0]))(_vector_of(s, a, "diag")),
    "norm": lambda s, a: (_vector_of(s, a, "norm"), SCALAR)[1],
    "inv": lambda s, a: s._square(a[0], "only a square matrix has an inverse"),
}

"""Vectors and matrices in sympy: noncommutative names, transposes, norms, gradients, literals."""

from __future__ import annotations

import sympy as sp

from tutor.names import symbol
from tutor.trees import nodes_of

# the opaque calls the judge reads as matrix operations (tutor.judge.matrices)
MATRIX_CALLS = frozenset({"det", "tr", "Tr", "trace", "diag", "softmax", "norm", "grad",
                          "hessian", "inv"})


def vector_symbol(name: str) -> sp.Symbol:
    """The vector or matrix named `name`: a noncommutative symbol (products keep their order)."""
    return symbol(name, commutative=False)


def as_vector(x):
    """`x` made a vector or matrix when it is a plain name (w in w^T, ‖w‖, ∇_w); else `x`."""
    if isinstance(x, sp.Symbol) and x.is_commutative:
        return vector_symbol(x.name)
    return x


def is_matrix_name(x) -> bool:
    return isinstance(x, sp.Symbol) and x.is_commutative is False


class Transposed(sp.Function):
    """x^T, kept as written (sympy's own transpose would rewrite it)."""

    nargs = 1
    is_commutative = False

    def _sympystr(self, printer):
        arg = printer._print(self.args[0])
        return f"{arg}^T" if isinstance(self.args[0], sp.Symbol) else f"({arg})^T"


class Norm(sp.Function):
    """‖x‖: the Euclidean length of a vector (a number)."""

    nargs = 1
    is_commutative = True

    def _sympystr(self, printer):
        return f"‖{printer._print(self.args[0])}‖"


class Hadamard(sp.Function):
    """A ⊙ B: the entrywise product."""

    nargs = 2
    is_commutative = False

    def _sympystr(self, printer):
        a, b = (printer.parenthesize(x, 50) for x in self.args)
        return f"{a} ⊙ {b}"


class Gradient(sp.Function):
    """∇_w f (order 1) or the Hessian ∇²_w f (order 2), in the denominator layout: the
    gradient of a number has the shape of w. Arguments: f, w, order."""

    nargs = 3
    is_commutative = False

    def _sympystr(self, printer):
        f, w, order = self.args
        power = "^2" if order == 2 else ""
        return f"∇{power}_{printer._print(w)} ({printer._print(f)})"


class MatrixLiteral(sp.Function):
    """A matrix written out: arguments rows, columns, then the entries row by row."""

    is_commutative = False

    @property
    def rows(self) -> int:
        return int(self.args[0])

    @property
    def cols(self) -> int:
        return int(self.args[1])

    def entries(self) -> list[list]:
        flat = self.args[2:]
        return [list(flat[r * self.cols:(r + 1) * self.cols]) for r in range(self.rows)]

    def _sympystr(self, printer):
        rows = ("[" + ", ".join(printer._print(e) for e in row) + "]" for row in self.entries())
        return "[" + ", ".join(rows) + "]"


def matrix_literal(rows: list[list]) -> MatrixLiteral:
    """The literal of a list of rows of equal length (ValueError otherwise)."""
    if not rows or not rows[0] or any(len(row) != len(rows[0]) for row in rows):
        raise ValueError("every row of a matrix needs the same number of entries")
    flat = [entry for row in rows for entry in row]
    return MatrixLiteral(sp.Integer(len(rows)), sp.Integer(len(rows[0])), *flat)


VECTOR_HEADS = (Transposed, Norm, Hadamard, Gradient, MatrixLiteral)
for _head in VECTOR_HEADS:  # the learner's notation (tutor.derive.notation) prints them so too
    _head._tutor_notation = _head._sympystr


def has_vectors(expr) -> bool:
    """Does `expr` hold a vector or matrix (a name, an operation or a literal)?"""
    if not isinstance(expr, sp.Basic):
        return False
    if nodes_of(expr, *VECTOR_HEADS):
        return True
    if any(not s.is_commutative for s in expr.free_symbols if isinstance(s, sp.Symbol)):
        return True
    return any(getattr(f.func, "__name__", "") in MATRIX_CALLS
               for f in nodes_of(expr, sp.Function))

"""Vectors and matrices: the Builder's rules for w^T, ‖w‖, A ⊙ B, ∇_w f and matrix literals."""

from __future__ import annotations

import re

import sympy as sp
from lark import v_args
from lark.exceptions import LarkError, VisitError

from tutor.compat import AppliedUndef
from tutor.errors import ParseError, Undecidable
from tutor.names import symbol
from tutor.read.bars import mark_bars
from tutor.read.calls import inline, opaque_function
from tutor.read.grammar import parser_for
from tutor.read.norms import mark_norms
from tutor.read.rewrites import rewrite
from tutor.trees import nodes_of
from tutor.vectors import (
    Gradient,
    Hadamard,
    MatrixLiteral,
    Norm,
    Transposed,
    as_vector,
    matrix_literal,
)

MAX_CELLS = 100  # a literal larger than 10×10 is refused
_NABLA = re.compile(r"(?:\\nabla|\\bigtriangledown|∇|grad|nabla)\s*(\^\s*\{?\s*2\s*\}?)?\s*"
                    r"(?:_\s*(\{.*\}|[a-zA-Z]|\\[a-zA-Z]+))?\s*(\^\s*\{?\s*2\s*\}?)?$", re.S)
# a matrix environment, or an array with its column spec (`\begin{array}{cc}`) used as one
_ENVIRONMENT = re.compile(r"\\begin\s*\{([a-zA-Z]*matrix|array)\*?\}(?:\s*\{[lcr|\s]*\})?(.*)"
                          r"\\end\s*\{(?:[a-zA-Z]*matrix|array)\*?\}$", re.S)


def _scalar_names(body) -> bool:
    """Is `body` a number-valued expression of plain names only (∇ of it: in all of them)?"""
    names = body.free_symbols
    return not isinstance(body, sp.Symbol) and bool(names) and len(names) <= 10 and all(
        isinstance(s, sp.Symbol) and s.is_commutative for s in names) and not nodes_of(body,
        sp.Function)


# an update arrow: `w \gets w - \eta \nabla L`, the gradient is in the name updated
_UPDATE = re.compile(r"\\(?:gets|leftarrow|longleftarrow)(?![a-zA-Z])|←|:=")


class VectorRules:
    """Rules for vector notation (a mixin of the Builder: it needs `text` and `context`)."""

    text: str
    context: object

    @v_args(meta=True, inline=True)
    def transpose(self, meta, base, token):
        """`w^T`: the transpose; w is a vector or a matrix. `2^T`, `e^T` are powers."""
        if isinstance(base, sp.Basic) and not base.free_symbols and not nodes_of(base,
                AppliedUndef, MatrixLiteral):
            return sp.Pow(base, symbol("T"), evaluate=False)
        return Transposed(as_vector(base))

    norm = inline(lambda self, x: Norm(as_vector(x)))
    hadamard = inline(lambda self, a, b: Hadamard(as_vector(a), as_vector(b)))

    @inline
    def gradient(self, token, body):
        """`\\nabla_w f`, `\\nabla^2_w f`, `\\nabla f(x)`: w from the subscript, or the
        argument of f when there is none."""
        m = _NABLA.match(str(token).strip())
        if m is None:
            raise ParseError("write the gradient as \\nabla_w f", self.text)
        order = 2 if (m.group(1) or m.group(3)) else 1
        if m.group(2) is None and not isinstance(body, AppliedUndef) and _scalar_names(body):
            names = sorted(body.free_symbols, key=lambda s: s.name)  # ∇²(2x² − xy + y²)
            return Gradient(body, matrix_literal([[x] for x in names]), sp.Integer(order))
        if m.group(2) is None and isinstance(body, AppliedUndef) and len(body.args) > 1 and all(
                isinstance(a, sp.Symbol) for a in body.args):  # ∇f(x, y): in x and y
            return Gradient(body, matrix_literal([[x] for x in body.args]), sp.Integer(order))
        at = self._defined_gradient(m.group(2), body, order)
        if at is not None:
            return at
        if m.group(2) is None and order == 1 and isinstance(body, sp.Symbol) and _UPDATE.search(
                self.text):  # `w ← w − η(∇L + λw)`: the gradient in w, a quantity of its own
            return symbol(f"nabla_{body.name}")
        variable = self._gradient_variable(m.group(2), body)  # a vector only if marked so
        return Gradient(body, variable, sp.Integer(order))

    def _defined_gradient(self, written: str | None, body, order: int):
        """`∇q`, `∇h(1, 1)` of a function defined in several variables (q(x, y) = …): the
        gradient in its parameters, at the point written; None for anything else."""
        name = str(body.func) if isinstance(body, AppliedUndef) else str(body)
        params = [p for n, p in getattr(self.context, "signatures", ()) if n == name]
        if written is not None or len(params) != 1 or len(params[0]) < 2 or (isinstance(
                body, AppliedUndef) and len(body.args) != len(params[0])):
            return None
        names = [symbol(p) for p in params[0]]
        grad = Gradient(opaque_function(name)(*names), matrix_literal([[x] for x in names]),
                        sp.Integer(order))
        if not isinstance(body, AppliedUndef):
            return grad
        return sp.Subs(grad, tuple(names), tuple(body.args))

    def _gradient_variable(self, written: str | None, body):
        if written is not None:
            inner = written[1:-1] if written.startswith("{") else written
            variable = self._read_piece(inner, "latex")
            if isinstance(variable, sp.Symbol):
                return variable
        elif isinstance(body, AppliedUndef) and len(body.args) == 1 and isinstance(
                body.args[0], sp.Symbol):
            return body.args[0]
        raise Undecidable("say which variable the gradient is taken in: \\nabla_w f", self.text)

    @inline
    def matrix(self, token):
        """`\\begin{bmatrix} 1 & 2 \\\\ 3 & 4 \\end{bmatrix}`; a vmatrix is its determinant."""
        m = _ENVIRONMENT.match(str(token).strip())
        if m is None:
            raise ParseError("cannot read this matrix", self.text)
        rows = [row for row in re.split(r"\\\\", m.group(2)) if row.strip()]
        literal = self._literal([row.split("&") for row in rows], "latex")
        if m.group(1) == "vmatrix":
            return sp.Function("det")(literal)
        return literal

    @inline
    def matrix_rows(self, token):
        """`[[1, 2], [3, 4]]` in plain text."""
        rows = re.findall(r"\[([^\[\]]*)\]", str(token)[1:-1])
        return self._literal([row.split(",") for row in rows], "plain")

    def _read_piece(self, text: str, syntax: str):
        """One expression written inside the line (a matrix entry, a gradient's variable),
        read by the same grammar and rules."""
        chain = self._read_chain(text, syntax)
        if chain.links or not isinstance(chain.parts[0].expr, sp.Basic):
            raise ParseError(f"{text.strip()!r} is not one expression", self.text)
        return chain.parts[0].expr

    def _read_chain(self, text: str, syntax: str):
        """One statement written inside the line (a condition of a case), read by the same
        grammar and rules."""
        try:
            tree = parser_for(syntax).parse(mark_bars(mark_norms(rewrite(text))))
            chains = type(self)(text, self.context).transform(tree)
        except VisitError as exc:
            inner = exc.orig_exc
            raise ParseError(inner.message if isinstance(inner, ParseError) else
                             f"cannot read {text.strip()!r}", self.text) from None
        except LarkError:
            raise ParseError(f"cannot read {text.strip()!r}", self.text) from None
        if len(chains) != 1 or not all(isinstance(p.expr, sp.Basic) for p in chains[0].parts):
            raise ParseError(f"{text.strip()!r} is not one statement", self.text)
        return chains[0]

    def _literal(self, rows: list[list[str]], syntax: str):
        if sum(len(row) for row in rows) > MAX_CELLS:
            raise ParseError(f"a matrix of more than {MAX_CELLS} entries", self.text)
        try:
            cells = [[self._read_piece(cell, syntax) for cell in row] for row in rows]
            return matrix_literal(cells)
        except ValueError as exc:
            raise ParseError(str(exc), self.text) from None
        except ParseError as exc:
            raise ParseError(f"in a matrix entry: {exc.message}", self.text) from None

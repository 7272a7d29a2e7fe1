"""Two matrices written out in numbers compared entry by entry with the scalar engine, so that
each entry gets the rounding a number gets (`[σ(0.2); σ(0.4)] ≈ [0.55; 0.60]`)."""

from __future__ import annotations

import re
from collections.abc import Callable

import sympy as sp

from tutor.model import Verdict
from tutor.vectors import MatrixLiteral

_BODY = re.compile(r"\\begin\s*\{[pbBvV]?matrix\}(?P<body>.*)\\end\s*\{[pbBvV]?matrix\}\s*\Z",
                   re.S)
_CELL_BREAK = re.compile(r"\\\\|&")


def scaled_out(x):
    """`0.0478 × [0.8808, 0.9084]`: a number times a matrix written out, as the matrix of the
    products (each entry then judged as a number); anything else as it is."""
    if not isinstance(x, sp.Mul):
        return x
    factors = _factors(x)  # -0.19 × M is read -1·(0.19·M)
    literals = [f for f in factors if isinstance(f, MatrixLiteral)]
    factor = [f for f in factors if not isinstance(f, MatrixLiteral)]
    if not literals or not all(f.is_number and f.is_commutative and not f.has(
            MatrixLiteral) for f in factor):  # (A + Aᵀ)·b: no number before b
        return x
    m = literals[0] if len(literals) == 1 else _multiplied_out(*literals)
    if m is None:
        return x
    scale = sp.Mul(*factor)
    return MatrixLiteral(m.args[0], m.args[1], *[scale * entry for entry in m.args[2:]])


def _multiplied_out(*literals) -> MatrixLiteral | None:
    """`[0.0474; -0.0099]·[1.8, -3.4]`: two matrices of numbers multiplied, as the matrix of
    each entry's sum of products, unevaluated (its decimals then get their rounding); None
    for more factors, shapes that do not fit, or entries that are not numbers."""
    if len(literals) != 2:
        return None
    a, b = literals
    if a.cols != b.rows or any(e.free_symbols or e.has(MatrixLiteral)
                               for m in (a, b) for e in m.args[2:]):
        return None
    at = lambda m, i, j: m.args[2 + i * m.cols + j]  # noqa: E731 - a row-major entry
    entries = [sp.Add(*[sp.Mul(at(a, i, k), at(b, k, j), evaluate=False) for k in range(a.cols)],
                      evaluate=False) for i in range(a.rows) for j in range(b.cols)]
    return MatrixLiteral(a.args[0], b.args[1], *entries)


def _factors(x) -> list:
    return [f for a in x.args for f in (_factors(a) if isinstance(a, sp.Mul) else [a])]


def numeric_matrices(a, b) -> bool:
    """Are both sides matrices written out, of one shape, every entry a number?"""
    return isinstance(a, MatrixLiteral) and isinstance(b, MatrixLiteral) \
        and (a.rows, a.cols) == (b.rows, b.cols) \
        and not any(entry.free_symbols or entry.has(MatrixLiteral)
                    for side in (a, b) for entry in side.args[2:])


def compare_entries(a: MatrixLiteral, b: MatrixLiteral, texts,
                    judge: Callable[..., Verdict]) -> Verdict:
    """Each pair of entries judged (`judge(x, y, texts)`) as numbers: not_equal when one pair
    is, equal when all are, else unknown with the first reason."""
    firsts, seconds = a.args[2:], b.args[2:]
    written = _entry_texts(texts[0], len(firsts)), _entry_texts(texts[1], len(seconds))
    unknown = None
    for at, (x, y) in enumerate(zip(firsts, seconds, strict=True)):
        verdict = judge(x, y, (written[0][at], written[1][at]))
        place = f"entry ({at // a.cols + 1}, {at % a.cols + 1})"
        if verdict.status == "not_equal":
            return Verdict("not_equal", f"{place}: {verdict.method}", verdict.witness,
                           f"{place}: {verdict.reason}" if verdict.reason else None)
        if verdict.status == "unknown" and unknown is None:
            unknown = Verdict("unknown", verdict.method, reason=f"{place}: {verdict.reason}")
    return unknown if unknown is not None else \
        Verdict("equal", f"entry by entry ({len(firsts)} entries)")


def _entry_texts(text: str | None, count: int) -> list:
    """The entries of a matrix as written, row by row, when they can be told apart."""
    match = _BODY.match(text.strip()) if isinstance(text, str) else None
    if match is None or "\\begin" in match.group("body"):
        return [None] * count
    cells = [cell.strip() for cell in _CELL_BREAK.split(match.group("body"))]
    cells = cells[:-1] if not cells[-1] and len(cells) == count + 1 else cells  # a last `\\`
    return cells if len(cells) == count else [None] * count

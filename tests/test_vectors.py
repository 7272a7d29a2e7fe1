"""Vectors and matrices: reading the notation, shapes, the matrix judge, steps and the notes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import sympy as sp
from hypothesis import given, settings
from hypothesis import strategies as st

from tutor.api import compare
from tutor.batch import check_document
from tutor.derive.incremental import check_derivation
from tutor.errors import ParseError
from tutor.judge.matrices import normalized, shape_problem
from tutor.judge.matrix_shapes import Shapes, describe
from tutor.practice.live import LiveChecker
from tutor.read.norms import NORM_CLOSE, NORM_OPEN, mark_norms
from tutor.read.parser import parse
from tutor.report import render_json
from tutor.vectors import Gradient, MatrixLiteral, Norm, Transposed, vector_symbol

ROOT = Path(__file__).resolve().parent.parent
w, x = vector_symbol("w"), vector_symbol("x")

READINGS = [  # (text, syntax, what it reads as)
    ("\\mathbf{w}", "latex", w),
    ("\\vec{w}", "latex", w),
    ("\\boldsymbol{w}", "latex", w),
    ("w^T", "latex", Transposed(w)),
    ("w^\\top", "latex", Transposed(w)),
    ("w^{\\mathsf T}", "latex", Transposed(w)),
    ("w^{T}", "latex", Transposed(w)),
    ("w^T", "plain", Transposed(w)),
    ("\\|w\\|", "latex", Norm(w)),
    ("\\lVert w \\rVert", "latex", Norm(w)),
    ("\\left\\| w \\right\\|_2", "latex", Norm(w)),
    ("||w||", "plain", Norm(w)),
    ("\\nabla_w w^T x", "latex",  # the judge makes every w one vector (tutor.judge.matrices)
     Gradient(sp.Mul(Transposed(w), sp.Symbol("x"), evaluate=False), sp.Symbol("w"), 1)),
    ("\\nabla^2_w w^T w", "latex",
     Gradient(sp.Mul(Transposed(w), sp.Symbol("w"), evaluate=False), sp.Symbol("w"), 2)),
    ("[[1, 2], [3, 4]]", "plain", MatrixLiteral(2, 2, 1, 2, 3, 4)),
    ("\\begin{bmatrix} 1 & 2 \\\\ 3 & 4 \\end{bmatrix}", "latex", MatrixLiteral(2, 2, 1, 2, 3, 4)),
    ("\\begin{vmatrix} 1 & 2 \\\\ 3 & 4 \\end{vmatrix}", "latex",
     sp.Function("det")(MatrixLiteral(2, 2, 1, 2, 3, 4))),
    ("2^T", "latex", sp.Pow(2, sp.Symbol("T"), evaluate=False)),
    ("\\lVert w \\rVert_2", "latex", Norm(w)),
    ("\\left[\\begin{array}{cc} 1 & 2 \\\\ 3 & 4 \\end{array}\\right]", "latex",
     MatrixLiteral(2, 2, 1, 2, 3, 4)),  # an array with its column spec, used as a matrix
    ("|\\begin{matrix} 1 & 2 \\\\ 3 & 4 \\end{matrix}|", "latex",
     sp.Function("det")(MatrixLiteral(2, 2, 1, 2, 3, 4))),  # bars around a matrix: det
]


@pytest.mark.parametrize("text, syntax, expected", READINGS, ids=[r[0] for r in READINGS])
def test_reading(text, syntax, expected):
    assert parse(text, syntax) == expected


NOT_NORMS = [  # a lone double bar inside brackets stays a separator
    ("D_{KL}(p \\| q)", sp.Function("D_KL")(sp.Symbol("p"), sp.Symbol("q"))),
    ("KL(p || q)", sp.Function("KL")(sp.Symbol("p"), sp.Symbol("q"))),
]


@pytest.mark.parametrize("text, expected", NOT_NORMS, ids=[r[0] for r in NOT_NORMS])
def test_separator_is_no_norm(text, expected):
    assert parse(text) == expected


SHAPES = [  # (expression, its shape described, or the shape error)
    ("w^T x", "a number"),
    ("w x^T", "an n×n matrix"),
    ("X \\mathbf{w}", "a column vector (n×1)"),
    ("w^T X", "a row vector (1×m)"),
    ("\\nabla_w (w^T w)", "a column vector (n×1)"),
    ("\\nabla^2_w (w^T w)", "an n×n matrix"),
    ("[[1, 2, 3], [4, 5, 6]]", "a 2×3 matrix"),
    ("\\det(A) + \\operatorname{tr}(B)", "a number"),
    ("w^T + x", "cannot add a column vector (n×1) and a row vector (1×n)"),
    ("\\operatorname{tr}(\\begin{bmatrix} 1 & 2 & 3 \\\\ 4 & 5 & 6 \\end{bmatrix})",
     "det and tr need a square matrix, not a 2×3 matrix"),
]


@pytest.mark.parametrize("text, expected", SHAPES, ids=[r[0] for r in SHAPES])
def test_shape(text, expected):
    expr = parse(text)
    problem = shape_problem(expr)
    if problem is not None:
        assert problem.startswith(expected)
        return
    (e,) = normalized(expr)
    assert describe(Shapes().of(e)) == expected


def test_witness_is_exact():
    verdict = compare("(AB)^T", "A^T B^T")
    assert verdict.status == "not_equal"
    a, b = (sp.Matrix(_rows(verdict.witness[k])) for k in ("A", "B"))
    assert (a * b).T != a.T * b.T


def _rows(text: str) -> list[list[sp.Rational]]:
    return [[sp.Rational(v.strip()) for v in row.split(",")] for row in text[1:-1].split(";")]


def test_shape_mismatch_says_so():
    verdict = compare("w^T x", "w x^T")
    assert (verdict.status, verdict.method) == ("not_equal", "shape")
    assert "a number against an n×n matrix" in verdict.reason


CLI = [("w^T x", "x^T w", 0, "equal"), ("w^T x", "w x^T", 1, "shapes differ"),
       ("[[1,2],[3,4]]^T", "[[1,3],[2,4]]", 0, "equal")]


@pytest.mark.parametrize("a, b, code, said", CLI)
def test_cli_compare(a, b, code, said, capsys):
    from tutor.cli import main

    assert main(["compare", a, b]) == code
    assert said in capsys.readouterr().out


REPL = [(["w^T x", "x^T w"], "ok", None), (["[[1,2],[3,4]]^T", "[[1,3],[2,4]]"], "ok", None),
        (["w^T x", "w x^T"], "error", "shape"), (["grad(w^T w, w)", "2w"], "ok", None)]


@pytest.mark.parametrize("lines, verdict, code", REPL, ids=[" ⏎ ".join(r[0]) for r in REPL])
def test_repl_lines(lines, verdict, code):
    checker = LiveChecker()
    for line in lines:
        checker.read(line)
    last = checker(lines, None)[-1]
    assert (last.verdict, last.code) == (verdict, code)


def test_notes_every_right_step_ok():
    """ml_vectors.md: every step is ok but the definition and the four planted slips."""
    report = json.loads(render_json([check_document(ROOT / "tests/data/ml_vectors.md")]))
    steps = report["files"][0]["steps"]
    planted = {23: "sign", 29: "chain-rule", 52: "softmax-diagonal", 65: "transpose"}
    for step in steps:
        if step["line"] in planted:
            assert (step["verdict"], step["code"]) == ("error", planted[step["line"]]), step
        elif step["verdict"] != "ok":
            assert step["verdict"] == "unchecked" and "definition" in step["message"], step
    assert {s["line"] for s in steps} >= set(planted)


def test_gradient_needs_its_variable():
    with pytest.raises(ParseError, match="say which variable"):
        parse("\\nabla L")


SCALAR_OR_NOT = [("\\nabla_x (x^2)", "2x", "equal"), ("\\nabla_x (x^2)", "3x", "not_equal"),
                 ("(1+r)^T", "1+r", "unknown")]


@pytest.mark.parametrize("a, b, status", SCALAR_OR_NOT)
def test_unmarked_names_stay_numbers(a, b, status):
    """A gradient variable is a vector only when notation says so; ^T of a number is unknown."""
    assert compare(a, b).status == status


def test_undefined_gradient_is_unknown():
    assert compare("\\nabla_w L", "X^T(Xw - y)").status == "unknown"


def test_derivation_carries_vectors_between_lines():
    last = check_derivation(["\\|w\\|^2", "= w^T w"])[-1]
    assert last.verdict == "ok"


# --- properties of the grammar ------------------------------------------------------------------
NAMES = st.sampled_from(["a", "b", "u", "v", "w", "x", "z", "theta", "mu"])
TRANSPOSES = st.sampled_from(["^T", "^{T}", "^\\top", "^{\\top}", "^{\\mathsf T}",
                              "^{\\mathsf{T}}", "^\\intercal"])


@settings(max_examples=30, deadline=None)
@given(name=NAMES, mark=TRANSPOSES)
def test_every_transpose_spelling_is_one_transpose(name, mark):
    written = f"\\{name}" if len(name) > 1 else name
    assert parse(f"{written}{mark}", "latex") == Transposed(vector_symbol(name))


@settings(max_examples=25, deadline=None)
@given(rows=st.integers(1, 4), cols=st.integers(1, 4), data=st.data())
def test_literal_in_either_syntax(rows, cols, data):
    """A matrix written in plain rows or as a bmatrix is the same literal, entries in order;
    its transpose is the literal with rows and columns swapped."""
    entries = [[data.draw(st.integers(-20, 20)) for _ in range(cols)] for _ in range(rows)]
    plain = "[" + ", ".join("[" + ", ".join(map(str, r)) + "]" for r in entries) + "]"
    tex = ("\\begin{bmatrix}" + " \\\\ ".join(" & ".join(map(str, r)) for r in entries)
           + "\\end{bmatrix}")
    read = parse(plain, "plain")
    assert read == parse(tex, "latex")
    assert read.entries() == [[sp.Integer(v) for v in r] for r in entries]
    swapped = "[" + ", ".join("[" + ", ".join(str(entries[r][c]) for r in range(rows)) + "]"
                              for c in range(cols)) + "]"
    if rows * cols > 1:
        assert compare(plain + "^T", swapped).status == "equal"


@settings(max_examples=40, deadline=None)
@given(before=st.text(alphabet="xy+ 2(", max_size=6), name=NAMES,
       bar=st.sampled_from(["\\|", "||", "‖", "\\Vert "]))
def test_norm_marks_keep_positions(before, name, bar):
    """Marking ‖…‖ keeps every character where it was; a pair becomes one open, one close."""
    text = f"{before}{bar}{name}{bar}"
    marked = mark_norms(text)
    assert len(marked) == len(text)
    if before.count("(") == 0:
        assert marked.count(NORM_OPEN) == 1 and marked.count(NORM_CLOSE) == 1


@settings(max_examples=20, deadline=None)
@given(name=NAMES, k=st.integers(1, 9))
def test_scaled_norm_squared_is_inner_product(name, k):
    written = f"\\{name}" if len(name) > 1 else name
    assert compare(f"{k}\\|{written}\\|^2", f"{k} {written}^T {written}").status == "equal"
    assert compare(f"{k}\\|{written}\\|^2", f"{k + 1} {written}^T {written}").status == \
        "not_equal"


# a name said to be a vector expression malformed as column vectors (ŷ = σ(x w + b), x a row
# as the notes write it): a substitution, never an error; a step that drops a transpose is one
NAMED = [("$$\\hat{y} = \\sigma(\\mathbf{x}\\mathbf{w} + b)$$", "unchecked"),
         ("$$z = \\mathbf{w}^T\\mathbf{x} + b = \\mathbf{w}\\mathbf{x} + b$$", "error")]


@pytest.mark.parametrize("text, verdict", NAMED)
def test_a_name_said_to_be_a_malformed_vector_expression(text, verdict):
    from tutor.batch import check_document

    assert check_document(text, kind="md").steps[-1].verdict == verdict


ACCENTED_VECTORS = [("\\mathbf{\\hat{y}}", True), ("\\hat{\\mathbf{y}}", True),
                    ("\\boldsymbol{\\hat{\\beta}}", True), ("\\hat{y}", False)]


@pytest.mark.parametrize("text, vector", ACCENTED_VECTORS)
def test_an_accent_and_a_bold_face_make_an_accented_vector(text, vector):
    from tutor.vectors import has_vectors

    assert has_vectors(parse(text, "latex")) == vector

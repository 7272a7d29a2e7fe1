"""Issue 14's table of inequalities, partial derivatives and vectors: pairs and derivations.

Shared by tests/test_ml_calculus_table.py (asserted) and benchmarks/ml_calculus_table.py (the
before/after count). A `Pair` is compared with tutor.compare; a `Steps` is a derivation whose last
step must get `verdict` (and `code`, when given). `expect` is the mathematical truth, or
"unknown" where that is the honest answer (undefined functions); `why` says why.
"""

from __future__ import annotations

from dataclasses import dataclass

EQ, NE, UNK = "equal", "not_equal", "unknown"
OK, ERROR, UNCHECKED = "ok", "error", "unchecked"


@dataclass(frozen=True)
class Pair:
    """compare(a, b, assume) must give `expect`."""

    a: str
    b: str
    expect: str
    assume: tuple[str, ...] = ()
    why: str = ""

    @property
    def id(self) -> str:
        given = f" | {', '.join(self.assume)}" if self.assume else ""
        return f"{self.a} ~ {self.b}{given}"


@dataclass(frozen=True)
class Steps:
    """check_derivation(lines, assume) gives its last step `verdict` (and `code`, if given)."""

    lines: tuple[str, ...]
    verdict: str
    code: str | None = None
    assume: tuple[str, ...] = ()
    why: str = ""

    @property
    def id(self) -> str:
        return " ⏎ ".join(self.lines)


def P(a, b, expect, *assume, why=""):  # noqa: N802 - table rows
    return Pair(a, b, expect, tuple(assume), why)


def S(lines, verdict, code=None, *assume, why=""):  # noqa: N802 - table rows
    return Steps(tuple([lines] if isinstance(lines, str) else lines), verdict, code,
                 tuple(assume), why)


POS_AB = ("a > 0", "b > 0")
UNIT_PQ = ("0 < p", "p < 1", "0 < q", "q < 1")

INEQUALITY_PAIRS = [
    P("x^2 < 4", "-2 < x < 2", EQ),
    P("-2x < 4", "x < -2", NE),
    P("-2x < 4", "x > -2", EQ),
    P("x < 2", "x \\le 2", NE),
    P("x < 2", "2 > x", EQ),
    P("x \\ge 1", "1 \\le x", EQ),
    P("2x + 1 > 5", "x > 2", EQ),
    P("x^2 > 0", "x \\ne 0", EQ),
    P("x \\ne 3", "x < 3", NE),
    P("|x| < 1", "-1 < x < 1", EQ),
    P("|x - 1| \\le 2", "-1 \\le x \\le 3", EQ),
    P("x \\in (0, 1)", "0 < x < 1", EQ),
    P("x \\in [0, 1]", "0 < x < 1", NE),
    P("x \\in [0, 1]", "0 \\le x \\le 1", EQ),
    P("\\frac{1}{x} > 1", "0 < x < 1", EQ),
    P("\\frac{1}{x} > 1", "x < 1", NE),
    P("e^x > 1", "x > 0", EQ),
    P("\\ln x < 0", "x < 1", NE),
    P("\\ln x < 0", "0 < x < 1", EQ),
    P("x^2 - 5x + 6 < 0", "2 < x < 3", EQ),
    P("x^2 - 5x + 6 < 0", "2 \\le x \\le 3", NE),
    P("3 - x \\ge 1", "x \\le 2", EQ),
    P("\\frac{x}{2} \\le 3", "x \\le 6", EQ),
    P("x^3 > 8", "x > 2", EQ),
    P("2^x > 8", "x > 3", EQ),
    P("x < 2", "x^2 < 4", NE),
    P("x^2 > 4", "x > 2", NE),
    P("x^2 > 4", "x > 2", EQ, "x > 0"),
    P("\\frac{1}{x} < 1", "x > 1", NE),
    P("x + y > 0", "y > -x", EQ),
    P("x + y > 0", "x > y", NE),
    P("x y > 0", "x > 0", NE),
    P("2(x - 1) \\le 4", "x \\le 3", EQ),
    P("x \\le 2", "x = 2", NE),
    P("x \\le 2", "x - 2", UNK, why="an inequality and an expression are not comparable"),
    P("x^2 + 1 > 0", "x^2 \\ge 0", EQ),
    P("x < 1 < 2", "x < 1", EQ),
]

INEQUALITY_STEPS = [
    S("\\log\\left(\\frac{a+b}{2}\\right) \\ge \\frac{\\log a + \\log b}{2}", OK, None, *POS_AB),
    S("\\log\\left(\\frac{a+b}{2}\\right) \\le \\frac{\\log a + \\log b}{2}", ERROR, None,
      *POS_AB),
    S("p \\log\\frac{p}{q} + (1-p)\\log\\frac{1-p}{1-q} \\ge 0", OK, None, *UNIT_PQ),
    S("p \\log\\frac{p}{q} + (1-p)\\log\\frac{1-p}{1-q} < 0", UNCHECKED, None, *UNIT_PQ,
      why="one side a number: a condition on p, q, as `2x = 4` is, not a false claim"),
    S(["p \\log\\frac{p}{q} + (1-p)\\log\\frac{1-p}{1-q}", "< 0"], ERROR, None, *UNIT_PQ),
    S("x > 0", UNCHECKED),
    S("0 < p < 1", UNCHECKED),
    S(["x > 0", "x < 5"], UNCHECKED),
    S(["e^x", "\\ge 1 + x"], OK),
    S(["x^2 + 1", "\\ge 3x"], ERROR, "inequality"),
    S(["x^2 < 4", "x < 2"], UNCHECKED, why="it follows, but is weaker: x = -3 solves it only"),
    S(["x^2 > 4", "x > 2"], ERROR, "solve-step"),
    S(["2x - 4 < 0", "x < 3"], UNCHECKED),
    S("x^2 + 1 \\ge 2x", OK),
    S("x^2 + 1 \\ge 3x", ERROR),
    S("e^x \\ge 1 + x", OK),
    S("\\ln x \\le x - 1", OK, None, "x > 0"),
    S("\\ln x \\ge x - 1", ERROR, None, "x > 0"),
    S("(x+1)^2 = x^2 + 2x + 1 \\ge 2x", OK),
    S("(x+1)^2 = x^2 + 2x + 1 \\le 2x", ERROR),
    S("\\sigma(x) < 1", OK),
    S("\\frac{x}{1+x^2} \\le \\frac{1}{2}", OK),
    S("\\frac{x}{1+x^2} \\le \\frac{1}{3}", UNCHECKED, why="a condition on x (a number on "
      "one side), as `2x = 4` is"),
    S(["\\frac{x}{1+x^2}", "\\le \\frac{1}{3}"], ERROR, "inequality"),
    S(["-2x < 4", "x < -2"], ERROR, "inequality-flip"),
    S(["-2x < 4", "x > -2"], OK),
    S(["x^2 < 4", "-2 < x < 2"], OK),
    S(["3 - x \\ge 1", "-x \\ge -2", "x \\ge 2"], ERROR, "inequality-flip"),
]

PARTIAL_PAIRS = [
    P("\\frac{\\partial}{\\partial x}(x^2 y)", "2xy", EQ),
    P("\\frac{\\partial}{\\partial x}(x^2 y)", "x^2", NE),
    P("\\frac{\\partial^2}{\\partial x \\partial y}(x^2 y^3)", "6 x y^2", EQ),
    P("\\frac{\\partial^2}{\\partial x^2}(x^3 y)", "6xy", EQ),
    P("\\partial_x (x^2 y)", "2xy", EQ),
    P("\\partial_x (x^2 y)", "x^2", NE),
    P("\\partial_{y} \\partial_{x} (x y^2)", "2y", EQ),
    P("\\frac{\\partial}{\\partial w_1}(w_1 x_1 + w_2 x_2)", "x_1", EQ),
    P("\\frac{\\partial}{\\partial w_1}(w_1 x_1 + w_2 x_2)", "x_2", NE),
    P("\\frac{\\partial}{\\partial z_i}(z_i^2)", "2 z_i", EQ),
    P("\\left.\\frac{\\partial}{\\partial x}(x^2 y)\\right|_{x=1}", "2y", EQ),
    P("\\frac{\\partial}{\\partial x}(x^2 y)\\Big|_{x=1}", "2y", EQ),
    P("\\frac{\\partial}{\\partial x}(x^2 y)\\Big|_{x=1}", "2xy", NE),
    P("∂/∂x (x^2 y)", "2xy", EQ),
    P("∂/∂y (x^2 y)", "2xy", NE),
    P("diff(x^2 y, x, y)", "2x", EQ),
    P("diff(x^2 y, x)", "2 x y", EQ),
    P("d/dx (x^3)", "3x^2", EQ),
    P("\\frac{\\partial L}{\\partial w}",
      "\\frac{\\partial L}{\\partial a}\\frac{\\partial a}{\\partial w}", UNK,
      why="L and a are not defined: the chain rule holds only for L(a(w))"),
    P("\\frac{\\partial}{\\partial w}\\sigma(wx+b)", "\\sigma(wx+b)(1-\\sigma(wx+b)) x", EQ),
    P("\\frac{\\partial}{\\partial w}\\sigma(wx+b)", "\\sigma(wx+b)(1-\\sigma(wx+b))", NE),
    P("\\frac{\\partial^2}{\\partial x \\partial y}(2x^2 - xy + y^2)", "-1", EQ),
    P("\\frac{\\partial^2}{\\partial x^2}(2x^2 - xy + y^2)", "4", EQ),
    P("\\frac{\\partial^2}{\\partial y^2}(2x^2 - xy + y^2)", "2", EQ),
    P("\\frac{\\partial}{\\partial p}(k \\log p + (n-k)\\log(1-p))",
      "\\frac{k}{p} - \\frac{n-k}{1-p}", EQ),
    P("\\frac{\\partial}{\\partial p}(k \\log p + (n-k)\\log(1-p))",
      "\\frac{k}{p} + \\frac{n-k}{1-p}", NE),
    P("\\frac{\\partial^2 f}{\\partial x \\partial y}",
      "\\frac{\\partial^2 f}{\\partial y \\partial x}", EQ),
    P("\\frac{\\partial}{\\partial x}(x^2 + y^2)", "2x", EQ),
    P("\\frac{\\partial f}{\\partial x}", "\\frac{\\partial f}{\\partial y}", UNK,
      why="f is not defined"),
    P("∂f/∂x", "\\frac{\\partial f}{\\partial x}", EQ),
    P("∂L/∂w1", "\\frac{\\partial L}{\\partial w_1}", EQ),
    P("\\frac{\\partial}{\\partial w} \\sum_{i=1}^{n} (y_i - w x_i)^2",
      "-2 \\sum_{i=1}^{n} x_i (y_i - w x_i)", EQ),
    P("\\frac{\\partial}{\\partial w} \\sum_{i=1}^{n} (y_i - w x_i)^2",
      "2 \\sum_{i=1}^{n} x_i (y_i - w x_i)", NE),
    P("\\frac{\\partial}{\\partial w} \\sum_{i} (y_i - w x_i)^2", "-2 \\sum_{i} x_i (y_i - w x_i)",
      EQ),
    P("\\frac{\\partial}{\\partial w_j} \\sum_{i=1}^{n} w_i x_i", "x_j", EQ,
      why="x_j for j in 1..n: a free index of a family a sum runs over lies in its range"),
    P("\\frac{\\partial}{\\partial w}\\left(-y\\log\\sigma(wx) - (1-y)\\log(1-\\sigma(wx))\\right)",
      "(\\sigma(wx) - y)x", EQ),
    P("\\frac{\\partial}{\\partial w}\\left(-y\\log\\sigma(wx) - (1-y)\\log(1-\\sigma(wx))\\right)",
      "(y - \\sigma(wx))x", NE),
    P("\\frac{\\partial}{\\partial \\mu} \\sum_{i=1}^n \\frac{(x_i-\\mu)^2}{2\\sigma^2}",
      "-\\sum_{i=1}^n \\frac{x_i - \\mu}{\\sigma^2}", EQ),
    P("\\frac{\\partial}{\\partial \\mu} \\sum_{i=1}^n \\frac{(x_i-\\mu)^2}{2\\sigma^2}",
      "\\sum_{i=1}^n \\frac{x_i - \\mu}{\\sigma^2}", NE),
    P("\\frac{\\partial}{\\partial \\theta} \\log(\\theta^k (1-\\theta)^{n-k})",
      "\\frac{k}{\\theta} - \\frac{n-k}{1-\\theta}", EQ),
    P("diff(x^3, x, 2)", "6x", EQ),
    P("\\frac{\\partial^2}{\\partial x^2}(x^2 y^2)\\Big|_{x=1, y=2}", "8", EQ),
]

PARTIAL_STEPS = [
    S(["f(x, y) = x^3 y", "\\frac{\\partial^2 f}{\\partial x^2} = 6xy"], OK),
    S(["f(x, y) = x^3 y", "\\frac{\\partial^2 f}{\\partial x^2} = 3x^2 y"], ERROR),
    S("\\frac{\\partial L}{\\partial w} = \\frac{\\partial L}{\\partial a}"
      "\\frac{\\partial a}{\\partial w}", UNCHECKED),
    S(["\\frac{\\partial}{\\partial w}(y - w x)^2", "= -2(y - wx) x"], OK),
    S(["\\frac{\\partial}{\\partial w}(y - w x)^2", "= 2(y - wx) x"], ERROR, "sign"),
    S(["\\frac{\\partial}{\\partial w}\\sigma(wx+b)", "= \\sigma(wx+b)(1-\\sigma(wx+b))"], ERROR,
      "chain-rule"),
    S(["\\frac{\\partial}{\\partial p}(k \\log p + (n-k)\\log(1-p))",
       "= \\frac{k}{p} - \\frac{n-k}{1-p}"], OK),
    S(["f(x, y) = 2x^2 - xy + y^2",
       "\\frac{\\partial^2 f}{\\partial x^2}\\frac{\\partial^2 f}{\\partial y^2}"
       " - \\left(\\frac{\\partial^2 f}{\\partial x \\partial y}\\right)^2 = 7"], OK),
    S(["f(x, y) = 2x^2 - xy + y^2", "\\frac{\\partial^2 f}{\\partial x \\partial y} = 1"], ERROR),
    S(["\\frac{\\partial}{\\partial w}(y - w x)^2 \\Big|_{w=0}", "= -2xy"], OK),
    S(["\\ell(p) = k \\log p + (n-k) \\log(1-p)",
       "\\frac{\\partial \\ell}{\\partial p} = \\frac{k}{p} - \\frac{n-k}{1-p}"], OK),
]

# rows written after the code, run once as a held-out check (all right but one honest miss),
# then kept as regression rows
HELD_OUT_PAIRS = [
    P("\\frac{\\partial}{\\partial b}(y - (wx + b))^2", "-2(y - wx - b)", EQ),
    P("\\frac{\\partial}{\\partial w_2}\\sigma(w_1 x_1 + w_2 x_2)",
      "\\sigma(w_1 x_1 + w_2 x_2)(1-\\sigma(w_1 x_1 + w_2 x_2)) x_2", EQ),
    P("\\frac{\\partial}{\\partial z_1} \\frac{e^{z_1}}{e^{z_1} + e^{z_2}}",
      "\\frac{e^{z_1} e^{z_2}}{(e^{z_1} + e^{z_2})^2}", EQ),
    P("\\frac{\\partial}{\\partial z_2} \\frac{e^{z_1}}{e^{z_1} + e^{z_2}}",
      "\\frac{e^{z_1} e^{z_2}}{(e^{z_1} + e^{z_2})^2}", NE),
    P("\\partial_{\\mu} \\frac{(x-\\mu)^2}{2\\sigma^2}", "\\frac{\\mu - x}{\\sigma^2}", EQ),
    P("2 - x > 0", "x < 2", EQ),
    P("\\frac{x - 1}{x + 1} \\ge 0", "x < -1", NE),
    P("x^2 \\ge 4", "|x| \\ge 2", EQ),
    P("\\log_2 x < 3", "0 < x < 8", EQ),
    P("x^3 - x > 0", "x > 1", NE),
    P("e^{-x} < 1", "x > 0", EQ),
]
HELD_OUT_STEPS = [
    S("e^{-x} \\le 1", OK, None, "x >= 0"),
    S("x^2 \\le x", OK, None, "0 <= x", "x <= 1"),
    S("\\sqrt{ab} \\le \\frac{a+b}{2}", OK, None, *POS_AB),
    S("\\log(1 + x) \\le x", OK, None, "x > -1"),
    S("1 - x \\le e^{-x}", OK),
    S("|a + b| \\le |a| + |b|", OK),
    S("|a - b| \\ge |a| - |b|", OK),
    S("\\frac{a}{b} + \\frac{b}{a} \\ge 2", OK, None, *POS_AB),
    S("\\frac{a}{b} + \\frac{b}{a} \\ge 2", UNCHECKED, why="a number on one side and no "
      "assumptions: a condition on a, b (it fails at a = 1, b = -1)"),
    S("(ac + bd)^2 \\le (a^2 + b^2)(c^2 + d^2)", OK),
    S("(a+b)^2 \\le a^2 + b^2", ERROR, "inequality"),
    S("x^2 - 2x + 2 = (x-1)^2 + 1 \\ge 1", OK),
    S("\\tanh x < 1", OK),
    S(["\\sigma(x)(1 - \\sigma(x))", "\\le \\frac{1}{4}"], OK),
    S(["\\sigma(x)(1 - \\sigma(x))", "\\le \\frac{1}{5}"], ERROR, "inequality"),
    S(["-2x + 6 \\ge 0", "-2x \\ge -6", "x \\ge 3"], ERROR, "inequality-flip"),
    S(["5 - 3x < 2", "-3x < -3", "x > 1"], OK),
]

# vectors and matrices: lowercase names are column vectors, uppercase ones matrices (README
# "Vectors and matrices"); compared by shapes, then exact random entries in sizes 1, 2, 3, 5
LOGISTIC = "\\left(-y \\log \\sigma(w^T x) - (1-y)\\log(1 - \\sigma(w^T x))\\right)"
SOFTMAX_JACOBIAN = ("\\operatorname{diag}(\\operatorname{softmax}(z)) - "
                    "\\operatorname{softmax}(z)\\operatorname{softmax}(z)^T")
HESSIAN = "\\nabla^2 (2x^2 - xy + y^2)"
VECTOR_PAIRS = [
    P("w^T x", "x^T w", EQ),
    P("w^T x", "w x^T", NE, why="a number against an n×n matrix: a shape mismatch"),
    P("\\mathbf{w}^T \\mathbf{x}", "\\mathbf{x}^T \\mathbf{w}", EQ),
    P("\\mathbf{w}^\\top \\mathbf{x} + b", "b + \\mathbf{x}^\\top \\mathbf{w}", EQ),
    P("w^{\\mathsf T} x", "x^{\\mathsf T} w", EQ),
    P("(AB)^T", "B^T A^T", EQ),
    P("(AB)^T", "A^T B^T", NE),
    P("(A^T)^T", "A", EQ),
    P("(A + B)^T", "A^T + B^T", EQ),
    P("(ABC)^T", "C^T B^T A^T", EQ),
    P("(ABC)^T", "C^T A^T B^T", NE),
    P("\\operatorname{tr}(AB)", "\\operatorname{tr}(BA)", EQ),
    P("\\operatorname{tr}(ABC)", "\\operatorname{tr}(CAB)", EQ),
    P("\\operatorname{tr}(ABC)", "\\operatorname{tr}(ACB)", NE),
    P("\\operatorname{tr}(A^T)", "\\operatorname{tr}(A)", EQ),
    P("\\operatorname{tr}(x x^T)", "x^T x", EQ),
    P("\\|w\\|^2", "w^T w", EQ),
    P("\\lVert w \\rVert^2", "w^T w", EQ),
    P("\\lVert w \\rVert_2^2", "w^T w", EQ),  # the 2-norm named by its subscript
    P("\\|w\\|^2", "w w^T", NE, why="a number against an n×n matrix"),
    P("\\|x - y\\|^2", "x^T x - 2 x^T y + y^T y", EQ),
    P("\\|x - y\\|^2", "x^T x - x^T y + y^T y", NE),
    P("\\|x + y\\|^2", "\\|x\\|^2 + \\|y\\|^2", NE),
    P("x^T A x", "x^T A^T x", EQ),
    P("(A^{-1})^T", "(A^T)^{-1}", EQ),
    P("\\det(A^T)", "\\det(A)", EQ),
    P("\\det(AB)", "\\det(A)\\det(B)", EQ, why="A, B are matrices here by det (square by it)"),
    P("a \\odot b", "b \\odot a", EQ),
    P("A \\odot B", "AB", NE),
    P("\\delta a^T", "(a \\delta^T)^T", EQ),
    P("\\delta a^T", "a \\delta^T", NE),
    P("\\nabla_w \\frac{\\lambda}{2}\\|w\\|^2", "\\lambda w", EQ),
    P("\\nabla_w \\frac{\\lambda}{2}\\|w\\|^2", "-\\lambda w", NE),
    P("\\nabla_w \\frac{\\lambda}{2}\\|w\\|^2", "2\\lambda w", NE),
    P("\\nabla_x (x^T A x)", "(A + A^T)x", EQ),
    P("\\nabla_x (x^T A x)", "2Ax", NE, why="only for a symmetric A"),
    P("\\nabla_x (a^T x)", "a", EQ),
    P("\\nabla_x (a^T x)", "a^T", NE, why="denominator layout: the gradient is a column"),
    P("\\nabla_w \\|Xw - y\\|^2", "2X^T(Xw - y)", EQ),
    P("\\nabla_w \\|Xw - y\\|^2", "2X^T(y - Xw)", NE),
    P("\\nabla_w \\|Xw - y\\|^2", "2X(Xw - y)", NE, why="the transpose dropped"),
    P("\\nabla_w \\|Xw - y\\|^2", "X^T(Xw - y)", NE, why="the factor 2 dropped"),
    P("\\nabla_w \\|Xw - y\\|^2", "2X^T X w - 2X^T y", EQ),
    P("\\nabla_w " + LOGISTIC, "(\\sigma(w^T x) - y) x", EQ),
    P("\\nabla_w " + LOGISTIC, "(y - \\sigma(w^T x)) x", NE),
    P("\\nabla_w " + LOGISTIC, "\\sigma(w^T x) - y", NE, why="the factor x dropped: a number"),
    P("\\frac{\\partial}{\\partial \\mathbf{w}} (\\mathbf{w}^T \\mathbf{x})", "\\mathbf{x}", EQ),
    P("\\nabla_{\\mathbf{w}} \\sigma(\\mathbf{w}^T \\mathbf{x})",
      "\\sigma(\\mathbf{w}^T \\mathbf{x})(1 - \\sigma(\\mathbf{w}^T \\mathbf{x}))\\mathbf{x}", EQ),
    P("\\frac{\\partial}{\\partial z} \\operatorname{softmax}(z)", SOFTMAX_JACOBIAN, EQ),
    P("\\frac{\\partial}{\\partial z} \\operatorname{softmax}(z)",
      "-\\operatorname{softmax}(z)\\operatorname{softmax}(z)^T", NE),
    P("\\nabla_z (-y^T \\log \\operatorname{softmax}(z))", "\\operatorname{softmax}(z) - y", NE,
      why="p − y needs the entries of y to sum to 1 (one-hot); in general p·Σy − y"),
    P(HESSIAN, "\\begin{bmatrix} 4 & -1 \\\\ -1 & 2 \\end{bmatrix}", EQ),
    P(HESSIAN, "\\begin{bmatrix} 4 & 1 \\\\ 1 & 2 \\end{bmatrix}", NE),
    P("\\det(" + HESSIAN + ")", "7", EQ),
    P("\\begin{vmatrix} 4 & -1 \\\\ -1 & 2 \\end{vmatrix}", "7", EQ),
    P("\\nabla (2x^2 - xy + y^2)", "\\begin{bmatrix} 4x - y \\\\ 2y - x \\end{bmatrix}", EQ),
    P("[[1, 2], [3, 4]] [[1], [1]]", "[[3], [7]]", EQ),
    P("[[1, 2], [3, 4]]^T", "[[1, 3], [2, 4]]", EQ),
    P("[[1, 2], [3, 4]]", "[[1, 2], [4, 3]]", NE),
    P("\\nabla_w (w^T w)", "2w", EQ),
    P("\\nabla_w (w^T w)", "w", NE),
    P("grad(w^T w, w)", "2w", EQ),
    P("\\nabla_w L", "X^T(Xw - y)", UNK, why="L is not defined here"),
]

VECTOR_STEPS = [
    S(["\\nabla_w \\|Xw - y\\|^2", "= 2X^T(Xw - y)"], OK),
    S(["\\nabla_w \\|Xw - y\\|^2", "= 2X(Xw - y)"], ERROR, "transpose"),
    S(["\\nabla_w \\|Xw - y\\|^2", "= -2X^T(Xw - y)"], ERROR, "sign"),
    S(["\\nabla_w \\|Xw - y\\|^2", "= 2(Xw - y)^T X"], ERROR, "shape"),
    S(["\\nabla_w \\|Xw - y\\|^2", "= X^T(Xw - y)"], ERROR, "factor"),
    S(["\\nabla_w \\frac{\\lambda}{2}\\|w\\|^2", "= \\lambda w"], OK),
    S(["\\nabla_w \\frac{\\lambda}{2}\\|w\\|^2", "= -\\lambda w"], ERROR, "sign"),
    S(["\\nabla_w " + LOGISTIC, "= (\\sigma(w^T x) - y) x"], OK),
    S(["\\nabla_w " + LOGISTIC, "= \\sigma(w^T x) - y"], ERROR, "chain-rule"),
    S(["\\nabla_w \\sigma(w^T x)", "= \\sigma(w^T x)(1 - \\sigma(w^T x))"], ERROR, "chain-rule"),
    S(["\\frac{\\partial}{\\partial z}\\operatorname{softmax}(z)", "= " + SOFTMAX_JACOBIAN], OK),
    S(["\\frac{\\partial}{\\partial z}\\operatorname{softmax}(z)",
       "= -\\operatorname{softmax}(z)\\operatorname{softmax}(z)^T"], ERROR, "softmax-diagonal"),
    S(["(AB)^T", "= A^T B^T"], ERROR, "order"),
    S(["(AB)^T", "= B^T A^T"], OK),
    S(["w^T x", "= w x"], ERROR, "shape"),
    S(["\\|w\\|^2", "= w^T w", "= \\operatorname{tr}(w w^T)"], OK),
]

# vector rows written after the code and run once as a held-out check: 17 of 20 right, 3 unknown
# (y in `-y w^T x` was read as a vector: a name left of a transpose is one only at the end of a
# product, δ a^T), 0 false; kept as regression rows
VECTOR_HELD_OUT_PAIRS = [
    P("\\mathbf{x}^T A \\mathbf{x}", "\\operatorname{tr}(A \\mathbf{x}\\mathbf{x}^T)", EQ),
    P("(X^T X)^{-1} X^T X", "(X^T X)^{-1} X^T X", EQ),
    P("\\|A x\\|^2", "x^T A^T A x", EQ),
    P("\\|A x\\|^2", "x^T A A^T x", NE),
    P("\\nabla_x \\|A x - b\\|^2", "2A^T(Ax - b)", EQ),
    P("\\nabla_x \\|A x - b\\|^2", "2A^T(b - Ax)", NE),
    P("\\nabla_{\\boldsymbol{\\theta}} (\\boldsymbol{\\theta}^T \\boldsymbol{\\theta})",
      "2\\boldsymbol{\\theta}", EQ),
    P("\\nabla_w \\log(1 + e^{-y w^T x})", "-y \\sigma(-y w^T x) x", EQ),
    P("\\nabla_w \\log(1 + e^{-y w^T x})", "y \\sigma(-y w^T x) x", NE),
    P("\\operatorname{tr}(A + B)", "\\operatorname{tr}(A) + \\operatorname{tr}(B)", EQ),
    P("\\det(2A)", "2\\det(A)", NE, why="det(2A) = 2^n det A"),
    P("(A B C)^{-1}", "C^{-1} B^{-1} A^{-1}", EQ),
    P("\\mathbf{u}^T \\mathbf{v}", "\\mathbf{u} \\mathbf{v}^T", NE),
    P("\\nabla_w (w^T A w + b^T w)", "(A + A^T) w + b", EQ),
    P("\\nabla_w (w^T A w + b^T w)", "2 A w + b", NE),
    P("[[2, 0], [0, 3]]^{-1}", "[[1/2, 0], [0, 1/3]]", EQ),
]
SIGMA_WX = "\\sigma(w^T x + b)"
INNER_PRODUCT_PAIRS = [  # wᵀx inside a loss differentiated in the bias: one number
    P(f"\\frac{{d}}{{db}} {SIGMA_WX}", f"{SIGMA_WX}(1 - {SIGMA_WX})", EQ),
    P(f"\\frac{{d}}{{db}} {SIGMA_WX}", f"{SIGMA_WX}^2", NE),
    P("\\frac{d}{db} \\ln(1 + e^{-(w^T x + b)})", f"{SIGMA_WX} - 1", EQ),
    P("\\frac{d}{db} \\ln(1 + e^{-(w^T x + b)})", f"1 - {SIGMA_WX}", NE),
    P("\\frac{\\partial}{\\partial w_j} (w^T x + b)", "x_j", EQ,
      why="an entry of w: wᵀx written out as a sum"),
    P("\\frac{\\partial}{\\partial w_j} (w^T x + b)", "0", NE),
    P("\\frac{d}{db} (w^T x + b)^2", "2(x^T w + b)", EQ, why="xᵀw is wᵀx"),
]
MATRIX_WORDS = "true for numbers, false for matrices: capitals multiplied may be either"
MATRIX_ALGEBRA_PAIRS = [  # capitals multiplied: the identity must hold for matrices too
    P("(AB)^{-1}", "B^{-1}A^{-1}", EQ),
    P("(AB)^{-1}", "A^{-1}B^{-1}", UNK, why=MATRIX_WORDS),
    P("(A + B)^2", "A^2 + AB + BA + B^2", EQ),
    P("(A + B)^2", "A^2 + 2AB + B^2", UNK, why=MATRIX_WORDS),
    P("(A + B)(A - B)", "A^2 - AB + BA - B^2", EQ),
    P("(A + B)(A - B)", "A^2 - B^2", UNK, why=MATRIX_WORDS),
    P("(ABC)^{-1}", "C^{-1}B^{-1}A^{-1}", EQ),
    P("(ABC)^{-1}", "C^{-1}A^{-1}B^{-1}", UNK, why=MATRIX_WORDS),
    P("ABx", "BAx", UNK, why=MATRIX_WORDS),
    P("(AB)^2", "A B A B", EQ),
    P("(AB)^2", "A^2B^2", UNK, why=MATRIX_WORDS),
    P("A(B + C)", "AB + AC", EQ),
    P("A(B + C)", "BA + CA", UNK, why=MATRIX_WORDS),
    P("(AB)^{-1}", "B^{-1}A^{-1} + I", NE, why="wrong for numbers too (I a number)"),
    P("A^2 A^3", "A^5", EQ),
]
VECTOR_HELD_OUT_STEPS = [
    S(["\\nabla_x \\|A x - b\\|^2", "= 2A^T(Ax - b)", "= 2A^T A x - 2A^T b"], OK),
    S(["\\nabla_x \\|A x - b\\|^2", "= 2A(Ax - b)"], ERROR, "transpose"),
    S(["\\nabla_w \\log(1 + e^{-y w^T x})", "= y \\sigma(-y w^T x) x"], ERROR, "sign"),
    S(["\\nabla_w (w^T A w)", "= (A + A^T) w"], OK),
]

# index calculus (issue 14 item 4): an entry z_j is z_i when j = i (Kronecker delta), indices
# bound by Σ/∏ get values of their own, free indices are tried equal and apart
SOFTMAX_I = "\\frac{e^{z_i}}{\\sum_j e^{z_j}}"
SOFTMAX_K = "\\frac{e^{z_k}}{\\sum_j e^{z_j}}"
CROSS_ENTROPY = "\\frac{\\partial}{\\partial z_i}\\left(-\\sum_k y_k \\log" + SOFTMAX_K + "\\right)"
UNIT_THETA = ("0 < \\theta", "\\theta < 1")

KRONECKER_PAIRS = [
    P("\\sum_j \\frac{\\partial}{\\partial z_i} e^{z_j}", "e^{z_i}", EQ,
      why="∂z_j/∂z_i = δ_ij: was refuted with z_j taken independent of z_i"),
    P("\\sum_j \\frac{\\partial}{\\partial z_i} e^{z_j}", "e^{z_j}", NE),
    P("\\frac{\\partial}{\\partial z_i} e^{z_j}", "0", NE, why="δ_ij e^{z_j}: not 0 at j = i"),
    P("\\frac{\\partial}{\\partial z_i} e^{z_j}", "\\delta_{ij} e^{z_i}", EQ),
    P("\\partial_{z_i} e^{z_j}", "0", NE),
    P("∂/∂z_i e^{z_j}", "0", NE),
    P("diff(e^(z_j), z_i)", "0", NE),
    P("\\frac{\\partial}{\\partial w_k} (w_j x_j)", "0", NE),
    P("\\frac{\\partial}{\\partial w_k} (w_j x_j)", "\\delta_{jk} x_j", EQ),
    P("\\frac{\\partial}{\\partial z_1} e^{z_2}", "0", EQ),
    P("\\frac{\\partial}{\\partial x_i} x_{ij}", "0", UNK,
      why="is x_i one of the x_{ij}? refused, never read as 0"),
    P("\\frac{\\partial}{\\partial w_j} (w_1 x_1 + w_2 x_2)", "x_j", UNK,
      why="x_j for j among the entries written (1, 2); 0 beyond: how many are there?"),
    P("\\frac{\\partial}{\\partial w_j} (w_1 x_1 + w_2 x_2)", "x_1", NE),
    P("\\frac{\\partial}{\\partial w_1} (w_j x_j)", "0", NE),
    P("\\frac{\\partial z_j}{\\partial z_i}", "\\delta_{ij}", EQ),
    P("\\frac{\\partial z_j}{\\partial z_i}", "0", NE),
    P("\\frac{\\partial}{\\partial x_{ij}} x_{ik}", "\\delta_{jk}", EQ),
    P("\\frac{\\partial}{\\partial x_{ij}} x_{ik}", "0", NE),
    P("\\frac{\\partial}{\\partial z_i} (z_i z_j)", "z_j", NE),
    P("\\frac{\\partial}{\\partial z_i} (z_i z_j)", "z_j + \\delta_{ij} z_i", EQ),
    P("\\frac{\\partial}{\\partial z_i} (z_i + z_j)^2", "2(z_i + z_j)", NE),
    P("\\left.(z_i + z_j)\\right|_{z_i = 0}", "z_j", NE, why="0 when j = i"),
    P("\\left.(z_i + z_j)\\right|_{z_i = 0}", "z_j(1 - \\delta_{ij})", EQ),
    P("\\sum_k y_k \\delta_{ik}", "y_i", EQ),
    P("\\sum_k \\delta_{ik} y_k", "y_k", NE),
    P("\\sum_k (\\delta_{ik} - p_k) y_k", "y_i - \\sum_k p_k y_k", EQ),
    P("\\sum_j e^{z_j}", "e^{z_i} + \\sum_{j \\ne i} e^{z_j}", EQ),
    P("\\sum_{i=1}^{2} x_{ij}", "x_{1j} + x_{2j}", EQ, why="x_{ij} inside Σ_i depends on i"),
    P("\\sum_{i=1}^{2} x_{i2}", "x_{12} + x_{22}", EQ),
    P("\\frac{\\partial^2}{\\partial z_i \\partial z_k} \\frac{1}{2}\\sum_j z_j^2",
      "\\delta_{ik}", EQ),
]

INDEX_PAIRS = [
    P("\\frac{\\partial}{\\partial z_i}\\log\\sum_j e^{z_j}", SOFTMAX_I, EQ),
    P("\\frac{\\partial}{\\partial z_i}\\log\\sum_j e^{z_j}", "\\frac{1}{\\sum_j e^{z_j}}", NE),
    P("\\frac{\\partial}{\\partial z_k}" + SOFTMAX_I,
      SOFTMAX_I + "\\left(\\delta_{ik} - " + SOFTMAX_K + "\\right)", EQ),
    P("\\frac{\\partial}{\\partial z_k}" + SOFTMAX_I,
      SOFTMAX_I + "\\left(\\mathbb{1}[i=k] - " + SOFTMAX_K + "\\right)", EQ),
    P("\\frac{\\partial}{\\partial z_k}" + SOFTMAX_I, "-" + SOFTMAX_I + SOFTMAX_K, NE,
      why="softmax's diagonal term dropped: wrong at k = i"),
    P("\\frac{\\partial}{\\partial z_i}" + SOFTMAX_I,
      SOFTMAX_I + "\\left(1 - " + SOFTMAX_I + "\\right)", EQ),
    P("\\frac{\\partial}{\\partial z_k}\\left(z_i - \\log\\sum_j e^{z_j}\\right)",
      "\\delta_{ik} - " + SOFTMAX_K, EQ),
    P("\\frac{\\partial}{\\partial z_k}\\left(z_i - \\log\\sum_j e^{z_j}\\right)",
      "1 - " + SOFTMAX_K, NE),
    P(CROSS_ENTROPY, SOFTMAX_I + "\\sum_k y_k - y_i", EQ),
    P(CROSS_ENTROPY, SOFTMAX_I + " - y_i", NE, why="p_i - y_i needs Σ_k y_k = 1"),
    P(CROSS_ENTROPY, SOFTMAX_I + " - y_i", EQ, "\\sum_k y_k = 1"),
    P(CROSS_ENTROPY, "y_i - " + SOFTMAX_I, NE, "\\sum_k y_k = 1"),
    P("\\frac{\\partial}{\\partial w_j} \\sum_{i=1}^n w_i x_i", "\\sum_{i=1}^n x_i", NE),
    P("\\frac{\\partial}{\\partial w_1} \\sum_{j=1}^n w_j x_j", "x_1", EQ),
    P("\\frac{\\partial}{\\partial z_1} \\sum_j e^{z_j}", "e^{z_1}", EQ),
    P("\\frac{\\partial}{\\partial w_k} \\frac{\\lambda}{2}\\sum_j w_j^2", "\\lambda w_k", EQ),
    P("\\frac{\\partial}{\\partial w_k} \\frac{\\lambda}{2}\\sum_j w_j^2",
      "\\lambda \\sum_j w_j", NE),
    P("\\frac{\\partial}{\\partial W_{jk}} \\sum_i \\sum_l W_{il} a_l", "a_k", EQ),
    P("\\frac{\\partial}{\\partial \\theta_j} \\sum_i \\theta_i^2", "2\\theta_j", EQ),
    P("\\frac{\\partial}{\\partial p_i} \\sum_k y_k \\log p_k", "\\frac{y_i}{p_i}", EQ),
    P("\\frac{\\partial}{\\partial p_i} \\sum_k y_k \\log p_k", "\\sum_k \\frac{y_k}{p_k}", NE),
    P("\\frac{\\partial}{\\partial x_k} \\log\\prod_{i=1}^n x_i", "\\frac{1}{x_k}", EQ),
    P("\\log \\prod_{i=1}^n \\theta^{x_i}(1-\\theta)^{1-x_i}",
      "\\sum_{i=1}^n x_i \\log\\theta + \\left(n - \\sum_{i=1}^n x_i\\right)\\log(1-\\theta)", EQ,
      *UNIT_THETA),
    P("\\log \\prod_{i=1}^n e^{x_i}", "\\sum_{i=1}^n x_i", EQ),
    P("\\log \\prod_{i=1}^n e^{x_i}", "\\prod_{i=1}^n x_i", NE),
    P("\\log \\prod_{i=1}^n \\frac{1}{\\sqrt{2\\pi}\\sigma} e^{-\\frac{(x_i-\\mu)^2}{2\\sigma^2}}",
      "-\\frac{n}{2}\\log(2\\pi\\sigma^2) - \\frac{1}{2\\sigma^2}\\sum_{i=1}^n (x_i-\\mu)^2", EQ,
      "\\sigma > 0"),
    P("\\log \\prod_{i=1}^n \\frac{1}{\\sqrt{2\\pi}\\sigma} e^{-\\frac{(x_i-\\mu)^2}{2\\sigma^2}}",
      "-n\\log(2\\pi\\sigma^2) - \\frac{1}{2\\sigma^2}\\sum_{i=1}^n (x_i-\\mu)^2", NE,
      "\\sigma > 0", why="the 1/2 of the square root dropped"),
    P("\\frac{\\partial}{\\partial \\theta}\\log \\prod_{i=1}^n \\theta^{x_i}(1-\\theta)^{1-x_i}",
      "\\frac{\\sum_{i=1}^n x_i}{\\theta} - \\frac{n - \\sum_{i=1}^n x_i}{1-\\theta}", EQ),
    P("\\frac{\\partial}{\\partial p}\\sum_{i=1}^n \\left(x_i \\log p + (1-x_i)\\log(1-p)\\right)",
      "\\sum_{i=1}^n \\left(\\frac{x_i}{p} + \\frac{1-x_i}{1-p}\\right)", NE),
    P("\\frac{\\partial}{\\partial \\mu} \\sum_{i=1}^n (x_i - \\mu)^2",
      "-2\\sum_{i=1}^n (x_i - \\mu)", EQ),
    P("\\frac{\\partial}{\\partial \\mu} \\sum_{i=1}^n (x_i - \\mu)^2",
      "-2\\sum_{i=1}^n x_i + 2n\\mu", EQ),
    P("\\frac{\\partial}{\\partial \\mu} \\frac{1}{n}\\sum_{i=1}^n (x_i - \\mu)^2",
      "-2\\sum_{i=1}^n (x_i - \\mu)", NE, why="the 1/n dropped"),
    P("\\prod_{i=1}^n p^{x_i}", "p^{\\sum_{i=1}^n x_i}", EQ, "p > 0"),
    P("\\frac{\\partial}{\\partial z_i} \\prod_{j=1}^{n} z_j",
      "\\frac{\\prod_{j=1}^{n} z_j}{z_i}", EQ),
    P("\\frac{\\partial}{\\partial z_i} \\prod_{j=1}^{n} z_j", "\\prod_{j=1}^{n} z_j", NE),
    P("\\frac{\\partial}{\\partial \\theta} \\log \\prod_{i=1}^n \\theta e^{-\\theta x_i}",
      "\\frac{n}{\\theta} - \\sum_{i=1}^n x_i", EQ),
    P("\\frac{\\partial^2}{\\partial z_i^2} \\sum_j z_j^3", "6 z_i", EQ),
    P("\\sum_k \\delta_{ik}\\delta_{kj}", "\\delta_{ij}", EQ),
    P("\\frac{d}{dz_i} e^{z_j}", "0", NE),
]

# the chain rule through definitions (issue 14 item 1) and families defined by one entry
CHAIN = ("\\frac{\\partial L}{\\partial w} = \\frac{\\partial L}{\\partial a}"
         "\\frac{\\partial a}{\\partial w}")
LINEAR = ("a = wx + b", "L = (a - y)^2")
LOGISTIC_DEFINED = ("z = wx + b", "a = \\sigma(z)", "L = -y\\log a - (1-y)\\log(1-a)")
SOFTMAX = ("p_i = " + SOFTMAX_I,)
CE = SOFTMAX + ("L = -\\sum_k y_k \\log p_k",)
MLE = "\\frac{\\partial}{\\partial \\mu} \\sum_{i=1}^n (x_i - \\mu)^2"
LOG_LIKELIHOOD = "\\log \\prod_{i=1}^n \\theta^{x_i}(1-\\theta)^{1-x_i}"
TERMS = "\\left(x_i \\log\\theta + (1 - x_i)\\log(1-\\theta)\\right)"

INDEX_STEPS = [
    S([*LINEAR, CHAIN], OK),
    S([*LINEAR, CHAIN + " = 2(a - y)x"], OK),
    S([*LINEAR, "\\frac{\\partial L}{\\partial w} = 2(a - y)"], ERROR, "chain-rule"),
    S([*LINEAR, "\\frac{\\partial L}{\\partial w} = -2(a - y)x"], ERROR, "sign"),
    S([*LINEAR, "\\frac{\\partial L}{\\partial b} = 2(a - y)"], OK),
    S([*LINEAR, "\\frac{\\partial L}{\\partial a} = 2(a - y)"], OK),
    S([*LOGISTIC_DEFINED, "\\frac{\\partial L}{\\partial z} = a - y"], OK),
    S([*LOGISTIC_DEFINED, "\\frac{\\partial L}{\\partial w} = \\frac{\\partial L}{\\partial z}"
       "\\frac{\\partial z}{\\partial w} = (a - y)x"], OK),
    S([*LOGISTIC_DEFINED, "\\frac{\\partial L}{\\partial w} = a - y"], ERROR, "chain-rule"),
    S([*LOGISTIC_DEFINED, "\\frac{\\partial L}{\\partial w} = (y - a)x"], ERROR, "sign"),
    # a said after L uses it defines a from there (a name used above with no definition)
    S(["L = (a - y)^2", "a = wx + b", "\\frac{\\partial L}{\\partial w} = 2(a - y)x"], OK),
    S(["L = (a - y)^2", "a = wx + b", "\\frac{\\partial L}{\\partial w} = 2(a - y)"], ERROR),
    S([*SOFTMAX, "\\frac{\\partial p_i}{\\partial z_k} = p_i(\\delta_{ik} - p_k)"], OK),
    S([*SOFTMAX, "\\frac{\\partial p_i}{\\partial z_k} = -p_i p_k"], ERROR, "term",
      why="softmax's diagonal term dropped"),
    S([*SOFTMAX, "k \\neq i", "\\frac{\\partial p_i}{\\partial z_k} = -p_i p_k"], OK),
    S([*SOFTMAX, "\\frac{\\partial p_i}{\\partial z_i} = p_i(1 - p_i)"], OK),
    S([*SOFTMAX, "\\frac{\\partial p_i}{\\partial z_i} = p_i"], ERROR),
    S([*SOFTMAX, "\\log p_i = z_i - \\log\\sum_j e^{z_j}"], OK),
    S([*SOFTMAX, "\\log p_i = z_i - \\sum_j z_j"], ERROR),
    S([*CE, "\\frac{\\partial L}{\\partial z_i} = p_i \\sum_k y_k - y_i"], OK),
    S([*CE, "\\frac{\\partial L}{\\partial z_i} = y_i - p_i"], ERROR, None, "\\sum_k y_k = 1"),
    S(["\\sum_k y_k = 1", "-y_i + p_i \\sum_k y_k", "= p_i - y_i"], OK,
      why="a family's total said on a line of its own holds for the lines after it"),
    S(["-y_i + p_i \\sum_k y_k", "= p_i - y_i"], UNCHECKED,
      why="holds when Σ_k y_k = 1 (one-hot labels said in prose): never an error"),
    S([MLE, "= -2\\sum_{i=1}^n (x_i - \\mu)"], OK),
    S([MLE, "= 2\\sum_{i=1}^n (x_i - \\mu)"], ERROR, "sign"),
    S(["\\frac{\\partial}{\\partial \\mu} \\frac{1}{n}\\sum_{i=1}^n (x_i - \\mu)^2",
       "= -2\\sum_{i=1}^n (x_i - \\mu)"], ERROR, "factor", why="the 1/n dropped"),
    S(["\\sum_j \\frac{\\partial}{\\partial z_i} e^{z_j}", "= e^{z_i}"], OK),
    S(["\\frac{\\partial}{\\partial z_k}\\left(z_i - \\log\\sum_j e^{z_j}\\right)",
       "= -" + SOFTMAX_K], ERROR, "term", why="the δ_ik of ∂z_i/∂z_k dropped"),
    S([LOG_LIKELIHOOD, "= \\sum_{i=1}^n " + TERMS], OK, None, *UNIT_THETA),
    S([LOG_LIKELIHOOD, "= \\prod_{i=1}^n " + TERMS], ERROR, None, *UNIT_THETA),
]

PAIRS = (INEQUALITY_PAIRS + PARTIAL_PAIRS + HELD_OUT_PAIRS + VECTOR_PAIRS
         + VECTOR_HELD_OUT_PAIRS + KRONECKER_PAIRS + INDEX_PAIRS + INNER_PRODUCT_PAIRS
         + MATRIX_ALGEBRA_PAIRS)
STEPS = (INEQUALITY_STEPS + PARTIAL_STEPS + HELD_OUT_STEPS + VECTOR_STEPS
         + VECTOR_HELD_OUT_STEPS + INDEX_STEPS)

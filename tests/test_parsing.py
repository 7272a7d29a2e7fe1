"""The parser, row by row: text in, the sympy value it must mean out (both syntaxes)."""

# Conventions of the input languages (decided here, tested below; the README repeats them)
#
# * e is Euler's number (`e^{27}` is exp(27)) unless the context lists "e" among its symbols
#   (ParseContext(symbols={"e"})); e_1 is a symbol. E is an ordinary name; E[X], \mathbb{E}[X]
#   are an opaque expectation.
# * i is an ordinary symbol; it is the imaginary unit only with ParseContext(imaginary=True).
#   pi, \pi, π are the constant π; oo, ∞, \infty are infinity.
# * Implicit multiplication binds like * and /, left to right: `1/2x` is (1/2)·x, `a/bc` is
#   (a/b)·c, `2x^2` is 2·x². A sign may follow an operator: `2 * -3`, `2 \cdot -3`.
# * Powers. Plain: `^` and `**` are right-associative (`2^3^2` = 2^9) and take a signed factor
#   (`2^-1`, `e^-x`); an exponent holds no call of a one-letter name, so `p^k(1-p)^(n-k)` is
#   p^k·(1-p)^(n-k) (write `e^(f(x))`). LaTeX: `^` takes one character or a braced group, as TeX
#   does: `x^23` is 3x², `\frac12` is 1/2, `\frac{a}23` is (a/2)·3, `x^\frac12` is √x.
# * Names are one letter (plus a subscript, prime, accent or font): `xy` is x·y; a word of four
#   letters or more with a vowel is one name (`loss`, `odds`, `probability`: issue 12, once
#   l·o·s·s), and so are letters before a word subscript (`sd_{error}`). `x_1` and `x_{1}` are
#   the same symbol x_1; plain `x2`, `b0`, `theta1` are x_2, b_0,
#   theta_1; `x_{\text{max}}` is x_max; `\hat{y}` is y_hat; `\mathcal{H}` is H; `\mathbf{x}` is the
#   vector x (a noncommutative symbol).
#   Greek letters are names (\varepsilon is epsilon, \ell is l). A trailing `\text{word}` alone
#   as a side (`\text{odds} = …`) is the name `odds`.
# * Numbers: integers are exact, decimals are Floats (at least 15 digits), more than 300 digits
#   is refused. `1e-3`, `2.5E10` are scientific notation in both syntaxes; `1.1.1` and `1 000`
#   are refused.
# * Words: a known function (sin … arctanh, exp, ln, log, sqrt, sigmoid, softplus, logit, relu,
#   max, min, binom, erf, …) or a word right before `(`/`[` is a function: plain takes any word
#   (`var(X)`, `cost(w)`), LaTeX those written without a backslash (tanh, log, exp, var, Var, cov,
#   softmax, KL, Pr, …) and \operatorname{…}/\mathrm{…}. Unknown functions are opaque; a name
#   sympy's printers know (Rational, Sum, beta, …) gets a trailing underscore: `Sum_(x)`.
# * Function-letter rule: a single letter followed by `(…)` is a call when the letter is one of
#   f g F G H L l D J R V K (also with a subscript: `R_{fg}(n)`); p q P Q E and h only when the
#   argument is a single symbol, number or x_i (`p(x_i)` is a call, `p(1-p)` a product); never
#   when the bracket contains the letter itself. Other letters are products: `n(n+1)`, `x(x+1)`,
#   `h(2x+h)`. Two or more arguments always call (`N(0,1)`); square brackets after E, P, p, Q, q
#   always call (`E[X^2]`); names in ParseContext.functions always call.
# * Functions without brackets take the longest product of plain factors after them (numbers,
#   names, powers, calls, \frac, \sqrt), or one more function: `\sin 3x` = sin(3x),
#   `\sin x \cos x` = sin(x)·cos(x), `\log x + 1` = log(x) + 1, `\log p(x)` = log(p(x)),
#   `sin cos x` = sin(cos x), `\log \prod_i p(x_i)` = log of the product, `\ln|x|` = ln of |x|.
#   Prefix operators (\lim, \sum, \prod, d/dx, \frac{d}{dx}, \int … dx) take the longest product
#   after them: `\lim_{h\to0} \frac{a}{h} + 1` is (lim …) + 1.
# * `\sin^{2}x` is (sin x)²; `\sin^{-1}`, `\tanh^{-1}`, `tanh^{-1}` (and plain `sin^-1`) are the
#   inverse functions; `\log^{2}x` is (log x)².
# * `\sigma(x)`, `sigma(x)`, `σ(x)` are the logistic sigmoid; a bare `\sigma`/`σ` is a symbol.
# * Derivatives: `f'(x)` is d/dx f(x); `f''(x)` the second; `f'(2)` the derivative at 2; `(…)'`
#   the derivative in the only variable inside; `y'` alone is an opaque name y'.
#   `\frac{dg}{dx}` is g'(x); `\frac{d}{dx}`, `d/dx`, `\frac{\partial}{\partial x}` are operators.
# * Logs: bare log is natural unless ParseContext(log_base=…); `\log_{2}`, `log2`, `log_2`,
#   `log(x, 2)` are base 2; `lg` is base 10; `\ln`, `ln` natural.
# * Probability: `P(A|B)` (also \mid) is P(A,B)/P(B), for P, p, Pr, q, Q; joint arguments are
#   sorted, so P(A,B) = P(B,A) = P(A \cap B) = P(A & B); `P(A|B,C)` conditions on B and C;
#   `P(X=k)`, `P(X \leq 3)` are events. Other letters keep `|` opaque: `L(\theta|x)` is L(θ, x).
#   `KL(p||q)`, `D_{KL}(P \| Q)` are two-argument functions.
# * Binomials: \binom{n}{k}, {n \choose k}, \begin{pmatrix} n \\ k \end{pmatrix}, C_n^k,
#   binom(n,k), C(n,k).
# * Sums: `\sum_{i=1}^{N}`, plain `sum_{i=1}^N`, `sum(i=1..N, body)`, `Σ_i`; `\sum_{i}` without
#   bounds runs from 1 to n_max, one positive integer symbol for them all; inside a sum over
#   i, x_i is x[i].
# * Limits: `\lim_{x \to a}`, plain `lim x->a`, `lim_{x->a}`, `lim(x->a)`; `0^+`/`0+` one-sided;
#   a limit at ∞ is taken from below, at -∞ from above.
# * Units: trailing unit words (bits, nats, bytes, B, KB, MiB, …, ms, cm, kg) and a trailing
#   one-word `\text{…}` are the unit of their side (Part.unit), not a factor: `4427441408~bits`,
#   `3 \text{ bits}`. A longer `\text{(by symmetry)}` is a remark and is dropped.
# * Ink without meaning is skipped: spacing (\, \; \quad ~ \hspace{}), \left \right \big,
#   \displaystyle, \limits, \cancel{…} (its content stays), `&`, math delimiters ($ $$ \[ \]
#   \( \)), \begin{align}…\end{align} (and equation, gather, aligned, split, …).
# * Statements: several statements in one formula are separated by `,` or `;` (`x=1, y=2`), by
#   `\\`, and by \text{and}/\text{where}/…; a row after `\\` that starts with a relation
#   continues the chain above it. A trailing `.` or `,` is punctuation.
# * Relations: = ≠ < > ≤ ≥; ≈ (also \sim, ~=, \simeq) is "~="; ⇒ (\implies, \Rightarrow, =>) is
#   "=>"; ⇔ (\iff, <=>) is "<=>"; := (\coloneqq) is ":="; ≡ is "==="; → (\to, ->) between sides
#   is a step "->", and `\to \text{label} \to` or `\overset{label}{=}` carries Link.label.
# * Everything is built unevaluated: `2+3` stays a sum of two terms; sums and products are flat.
# * Limits of size: 4000 characters a line, brackets 60 deep, expressions 100 levels deep.

from __future__ import annotations

import json
import math
import random
import re
from pathlib import Path

import pytest
import sympy as sp
from sympy.core.function import AppliedUndef

from tutor.functions import logit, sigmoid, softplus
from tutor.read.builder import ELLIPSIS, PLUS_MINUS, Chain
from tutor.read.parser import ParseContext, parse, parse_chains

# --- the comparison helper ----------------------------------------------------------------------


def _canon(expr):
    """Rebuild bottom-up with evaluation on: sums, products and powers take their normal form,
    while Limit, Derivative, Sum, Integral stay objects (their constructors compute nothing)."""
    if not isinstance(expr, sp.Basic) or not expr.args:
        return expr
    return expr.func(*[_canon(a) for a in expr.args])


def _fn(name: str, args):
    """A fixed smooth positive function standing in for an unknown function of that name."""
    c = (sum(map(ord, name)) % 7 + 3) / 10
    total = sum((c + k / 7) * a for k, a in enumerate(args))
    return sp.exp(sp.sin(total)) + c


def _concrete(expr):
    expr = expr.replace(lambda u: isinstance(u, AppliedUndef),
                        lambda u: _fn(u.func.__name__, u.args))
    return expr.replace(lambda u: isinstance(u, sp.Indexed),
                        lambda u: _fn(str(u.base), u.indices))


def _bound_symbols(*exprs) -> set:
    """Symbols standing in the limits of a Sum or Product: they need integer values."""
    out = set()
    for e in exprs:
        for s in e.atoms(sp.Sum, sp.Product):
            for lim in s.limits:
                for b in lim[1:]:
                    out |= b.free_symbols
    return out


def _value(expr, ints: dict, reals: dict) -> complex | None:
    try:
        e = _concrete(expr).xreplace(ints).doit()
        e = e.xreplace(reals).doit()
        v = complex(sp.N(e, 30))
    except (TypeError, ValueError, ArithmeticError, NotImplementedError, AttributeError):
        return None
    return v if all(math.isfinite(p) for p in (v.real, v.imag)) else None


def same(parsed, expected) -> bool:
    """Equal as mathematics: structurally after evaluation, or at several random points (unknown
    functions replaced by one fixed function per name, sum bounds by small integers)."""
    if isinstance(parsed, (Chain, list)) or not isinstance(parsed, sp.Basic):
        return False
    expected = sp.sympify(expected)
    if _canon(parsed) == _canon(expected):
        return True
    rng = random.Random(20240607)
    ints_needed = _bound_symbols(parsed, expected)
    symbols = (parsed.free_symbols | expected.free_symbols) - ints_needed
    good = 0
    for _ in range(6):
        ints = {s: sp.Integer(rng.randint(2, 5)) for s in ints_needed}
        reals = {s: sp.Float(rng.uniform(0.15, 0.85), 30) for s in symbols}
        a, b = _value(parsed, ints, reals), _value(expected, ints, reals)
        if a is None and b is None:
            continue
        if a is None or b is None or abs(a - b) > 1e-9 * (1 + abs(a) + abs(b)):
            return False
        good += 1
        if good == 3:
            return True
    return good > 0


# --- names used by the expected values ---------------------------------------------------------

a, b, c, d, h, k, m, n, p, q, r, s, t, u, v, w, x, y, z = sp.symbols(
    "a b c d h k m n p q r s t u v w x y z")
A, B, C, N, X, Y, T = sp.symbols("A B C N X Y T")
i, j = sp.symbols("i j")
alpha, beta, theta, lam, mu, sigma, eps, Delta = sp.symbols(
    "alpha beta theta lambda mu sigma epsilon Delta")
x1, x2, x12, xmax = sp.symbols("x_1 x_2 x_12 x_max")
f, g, P, pf, E_, H, L, lf = (sp.Function(name) for name in "f g P p E H L l".split())
Var, var = sp.Function("Var"), sp.Function("var")
PM = PLUS_MINUS
DOTS = ELLIPSIS
IMAX = sp.Symbol("n_max", integer=True, positive=True)  # one range for every Σ_i
KMAX = IMAX
R = sp.Rational


def ix(base: str, index=i):
    return sp.Indexed(sp.IndexedBase(base), index)


def lim(body, var_, point, direction="+-"):
    return sp.Limit(body, var_, point, direction)


def D(expr, var_=x, order=1):
    return sp.Derivative(expr, (var_, order))


PL, TX, AU = "plain", "latex", "auto"

# --- the table: (input, syntax, expected value) -------------------------------------------------

ARITHMETIC = [
    ("7", PL, 7),
    ("2+3", PL, 5),
    ("2 - 3", PL, -1),
    ("2*3", PL, 6),
    ("6/3", PL, 2),
    ("2^10", PL, 1024),
    ("2**10", PL, 1024),
    ("-5", PL, -5),
    ("+5", PL, 5),
    ("--5", PL, 5),
    ("3.14", PL, sp.Float("3.14")),
    (".5", PL, sp.Float("0.5")),
    ("0.25", TX, sp.Float("0.25")),
    ("1/2x", PL, x / 2),
    ("1/2 x", PL, x / 2),
    ("a/bc", PL, a * c / b),
    ("a/b/c", PL, a / (b * c)),
    ("2^3^2", PL, 512),
    ("-x^2", PL, -x**2),
    ("(-x)^2", PL, x**2),
    ("2^-1", PL, R(1, 2)),
    ("x^-2", PL, x**-2),
    ("2 * -3", PL, -6),
    ("6 / -2", PL, -3),
    ("2x", PL, 2 * x),
    ("2 x", PL, 2 * x),
    ("x y", PL, x * y),
    ("xy", PL, x * y),
    ("2xy", PL, 2 * x * y),
    ("xy^2", PL, x * y**2),
    ("2x^2 - 3x", PL, 2 * x**2 - 3 * x),
    ("2(x+1)", PL, 2 * x + 2),
    ("(x+1)(x-1)", PL, x**2 - 1),
    ("x(x+1)", PL, x**2 + x),
    ("n(n+1)/2", PL, n * (n + 1) / 2),
    ("3!", PL, 6),
    ("n!", PL, sp.factorial(n)),
    ("(n-k)!", PL, sp.factorial(n - k)),
    ("|x-1|", PL, sp.Abs(x - 1)),
    ("x^(n+1)", PL, x**(n + 1)),
    ("(a+b)^2", PL, (a + b)**2),
    ("[x+1]^2", PL, (x + 1)**2),
    ("x^2 y", PL, x**2 * y),
    ("1 - x + 2x^2", PL, 1 - x + 2 * x**2),
    ("x +- 1", PL, x + PM),
    ("2|x|", PL, 2 * sp.Abs(x)),
    ("x|y|", PL, x * sp.Abs(y)),
    ("|x|^2", PL, x**2),
    ("2|x|^2", PL, 2 * x**2),
    ("|x|y", PL, sp.Abs(x) * y),
    ("||x| - 1|", PL, sp.Abs(sp.Abs(x) - 1)),
    ("|x||y|", PL, sp.Abs(x * y)),
    ("-|x|", PL, -sp.Abs(x)),
    ("|x|!", PL, sp.factorial(sp.Abs(x))),
    ("|lim x->0 x + 1|", PL, sp.Abs(lim(x + 1, x, 0))),
    ("sgn(x) |x|", PL, x),
    ("f(2|x|)", PL, f(2 * sp.Abs(x))),
    ("±1", PL, PM),
    ("2+3", TX, 5),
    ("2 \\cdot 3", TX, 6),
    ("a \\times b", TX, a * b),
    ("a \\div b", TX, a / b),
    ("a \\ast b", TX, a * b),
    ("2 \\cdot -3", TX, -6),
    ("-(x+1)", TX, -x - 1),
    ("x \\pm 1", TX, x + PM),
    ("\\pm 1", TX, PM),
    ("{x}", TX, x),
    ("{{x+1}}", TX, x + 1),
    ("x \\, y", TX, x * y),
    ("x \\; y", TX, x * y),
    ("x \\quad y", TX, x * y),
    ("x~y", TX, x * y),
    ("\\displaystyle x^2", TX, x**2),
    ("\\hspace{1cm} x", TX, x),
    ("n!", TX, sp.factorial(n)),
    ("\\frac{n!}{k!(n-k)!}", TX, sp.binomial(n, k)),
    ("(n-k)!", TX, sp.factorial(n - k)),
    ("x!", TX, sp.factorial(x)),
    ("2 x^{2}", TX, 2 * x**2),
    ("3(x+h)^{2} + 2(x+h) - 3x^{2} - 2x", TX, 6 * x * h + 3 * h**2 + 2 * h),
    ("6xh + 3h^{2} + 2h", TX, 6 * x * h + 3 * h**2 + 2 * h),
    ("1 + 2 + \\dots + n", TX, 3 + DOTS + n),
    ("1 + 2 + \\cdots + n", TX, 3 + DOTS + n),
    ("a_1 + \\ldots + a_n", TX, sp.Symbol("a_1") + DOTS + sp.Symbol("a_n")),
]

UNICODE = [
    ("x²", PL, x**2),
    ("x³ + x²", PL, x**3 + x**2),
    ("x⁻¹", PL, 1 / x),
    ("2x²", PL, 2 * x**2),
    ("√x", PL, sp.sqrt(x)),
    ("√(x+1)", PL, sp.sqrt(x + 1)),
    ("2√x", PL, 2 * sp.sqrt(x)),
    ("π", PL, sp.pi),
    ("2π", PL, 2 * sp.pi),
    ("θ", PL, theta),
    ("θ²", PL, theta**2),
    ("2θ + 1", PL, 2 * theta + 1),
    ("α + β", PL, alpha + beta),
    ("λ e^(-λ x)", PL, lam * sp.exp(-lam * x)),
    ("∞", PL, sp.oo),
    ("-∞", PL, -sp.oo),
    ("2·x", PL, 2 * x),
    ("2×x", PL, 2 * x),
    ("x⋅y", PL, x * y),
    ("x − 1", PL, x - 1),
    ("σ(x)", PL, sigmoid(x)),
    ("σ", PL, sigma),
    ("σ²", PL, sigma**2),
    ("μ + σ", PL, mu + sigma),
    ("x ÷ 2", PL, x / 2),
    ("Σ_i x_i", PL, sp.Sum(ix("x"), (i, 1, IMAX))),
    ("∑(i=1..n, i)", PL, sp.Sum(i, (i, 1, n))),
    ("lim x→∞ 1/x", PL, lim(1 / x, x, sp.oo, "-")),
    ("P(A ∩ B)", PL, P(A, B)),
    ("θ", TX, theta),
    ("2π r", TX, 2 * sp.pi * r),
]

PLAIN_FUNCTIONS = [
    ("e", PL, sp.E),
    ("e^x", PL, sp.exp(x)),
    ("e^(x^3)", PL, sp.exp(x**3)),
    ("e^-x", PL, sp.exp(-x)),
    ("1/(1+e^-x)", PL, 1 / (1 + sp.exp(-x))),
    ("exp(x)", PL, sp.exp(x)),
    ("exp(-x^2/2)", PL, sp.exp(-x**2 / 2)),
    ("ln(x)", PL, sp.log(x)),
    ("ln x", PL, sp.log(x)),
    ("log(x)", PL, sp.log(x)),
    ("log x", PL, sp.log(x)),
    ("log2(x)", PL, sp.log(x, 2)),
    ("log10(x)", PL, sp.log(x, 10)),
    ("log(x, 10)", PL, sp.log(x, 10)),
    ("log(8, 2)", PL, 3),
    ("log_2 x", PL, sp.log(x, 2)),
    ("log_2(8)", PL, 3),
    ("lg(100)", PL, 2),
    ("sqrt(x)", PL, sp.sqrt(x)),
    ("sqrt x", PL, sp.sqrt(x)),
    ("sqrt(x^2+1)", PL, sp.sqrt(x**2 + 1)),
    ("abs(x)", PL, sp.Abs(x)),
    ("sin x", PL, sp.sin(x)),
    ("sin(x)", PL, sp.sin(x)),
    ("sin x cos x", PL, sp.sin(x) * sp.cos(x)),
    ("2 sin x cos x", PL, sp.sin(2 * x)),
    ("2 sin x", PL, 2 * sp.sin(x)),
    ("sin^2 x + cos^2 x", PL, 1),
    ("sin(x)^2", PL, sp.sin(x)**2),
    ("sin^2(x)", PL, sp.sin(x)**2),
    ("sin 3x", PL, sp.sin(3 * x)),
    ("sin(3x)", PL, sp.sin(3 * x)),
    ("sin x^2", PL, sp.sin(x**2)),
    ("tan x", PL, sp.tan(x)),
    ("cot x", PL, sp.cot(x)),
    ("sec x", PL, sp.sec(x)),
    ("csc x", PL, sp.csc(x)),
    ("sinh x", PL, sp.sinh(x)),
    ("cosh(x)", PL, sp.cosh(x)),
    ("tanh(x)", PL, sp.tanh(x)),
    ("arcsin(x)", PL, sp.asin(x)),
    ("asin(x)", PL, sp.asin(x)),
    ("arctan x", PL, sp.atan(x)),
    ("atan(x)", PL, sp.atan(x)),
    ("arctanh(x)", PL, sp.atanh(x)),
    ("sin^-1(x)", PL, sp.asin(x)),
    ("tanh^-1(x)", PL, sp.atanh(x)),
    ("sigma(x)", PL, sigmoid(x)),
    ("sigma", PL, sigma),
    ("sigmoid(x)", PL, sigmoid(x)),
    ("sigma(x)(1 - sigma(x))", PL, sigmoid(x) * (1 - sigmoid(x))),
    ("softplus(x)", PL, softplus(x)),
    ("logit(p)", PL, logit(p)),
    ("relu(x)", PL, sp.Max(0, x)),
    ("max(a, b)", PL, sp.Max(a, b)),
    ("min(a,b)", PL, sp.Min(a, b)),
    ("binom(n,k)", PL, sp.binomial(n, k)),
    ("C(n,k)", PL, sp.binomial(n, k)),
    # a cost of a value and its estimate is a function, not a count of choices
    ("C(y, \\hat{y})", TX, sp.Function("C")(y, sp.Symbol("y_hat"))),
    ("C(p, \\tilde{p})", TX, sp.Function("C")(p, sp.Symbol("p_tilde"))),
    ("binom(5,2)", PL, 10),
    ("binom(n,k) p^k (1-p)^(n-k)", PL, sp.binomial(n, k) * p**k * (1 - p)**(n - k)),
    ("floor(x)", PL, sp.floor(x)),
    ("ceil(x)", PL, sp.ceiling(x)),
    ("sign(x)", PL, sp.sign(x)),
    ("pi r^2", PL, sp.pi * r**2),
    ("pi", PL, sp.pi),
    ("oo", PL, sp.oo),
    ("i^2", PL, i**2),
    ("x_1 + x_2", PL, x1 + x2),
    ("20*(log(p/(1-p)) + 6 - x2)", PL, 20 * (sp.log(p / (1 - p)) + 6 - x2)),
    ("b0 + b1*X1", PL, sp.Symbol("b_0") + sp.Symbol("b_1") * sp.Symbol("X_1")),
    ("theta0 + theta1 x", PL, sp.Symbol("theta_0") + sp.Symbol("theta_1") * x),
    ("1e-3", PL, sp.Float("0.001")),
    ("2.5e10", PL, sp.Float("2.5e10")),
    ("2e^x", PL, 2 * sp.exp(x)),
    ("1.7976931348623157e308", PL, sp.Float("1.7976931348623157e308", 17)),
    ("p^k (1-p)^(n-k)", PL, p**k * (1 - p)**(n - k)),
    ("p^k(1-p)^(n-k)", PL, p**k * (1 - p)**(n - k)),
    ("e^x(1+x)", PL, sp.exp(x) * (1 + x)),
    ("sum_{i=1}^n (x_i + 1)", PL, sp.Sum(ix("x") + 1, (i, 1, n))),
    ("log p(x)", PL, sp.log(pf(x))),
    ("exp(-1/2)/(1+exp(-1/2))", PL, sigmoid(-R(1, 2))),
    ("1/(n*p*(1-p))", PL, 1 / (n * p * (1 - p))),
    ("x**2 + 2*x + 1", PL, (x + 1)**2),
    ("(1+1/n)^n", PL, (1 + 1 / n)**n),
]

PLAIN_CALLS = [
    ("f(x)", PL, f(x)),
    ("g(x+h)", PL, g(x + h)),
    ("f(x)g(x)", PL, f(x) * g(x)),
    ("f(f(x))", PL, f(f(x))),
    ("h(x)", PL, sp.Function("h")(x)),
    ("h(2x+h)", PL, h * (2 * x + h)),
    ("p(1-p)", PL, p * (1 - p)),
    ("q(1-q)", PL, q * (1 - q)),
    ("p(x_1)", PL, pf(x1)),
    ("n(n+1)", PL, n * (n + 1)),
    ("x(x+1)", PL, x * (x + 1)),
    ("a(b+c)", PL, a * (b + c)),
    ("N(0, 1)", PL, sp.Function("N")(0, 1)),
    ("var(X)", PL, var(X)),
    ("Var(X)", PL, Var(X)),
    ("Var[X]", PL, Var(X)),
    ("E[X]", PL, E_(X)),
    ("E[X^2] - E[X]^2", PL, E_(X**2) - E_(X)**2),
    ("P(A|B)", PL, P(A, B) / P(B)),
    ("P(B|A)", PL, P(A, B) / P(A)),
    ("P(A,B)", PL, P(A, B)),
    ("P(B,A)", PL, P(A, B)),
    ("P(A & B)", PL, P(A, B)),
    ("P(A)", PL, P(A)),
    ("p(x|y)", PL, pf(x, y) / pf(y)),
    ("P(A|B)P(B)", PL, P(A, B)),
    ("P(B|A)P(A)/P(B)", PL, P(A, B) / P(B)),
    ("P(A|B,C)", PL, P(A, B, C) / P(B, C)),
    ("P(X=k)", PL, P(sp.Eq(X, k))),
    ("p(y=1|x)", PL, pf(x, sp.Eq(y, 1)) / pf(x)),
    ("P(X<=3)", PL, P(sp.Le(X, 3))),
    ("KL(p||q)", PL, sp.Function("KL")(p, q)),
    ("E[X|Y]", PL, E_(X, Y)),
    ("log(Rational(1,9))", PL, sp.log(sp.Function("Rational_")(1, 9))),
    ("Sum(x)", PL, sp.Function("Sum_")(x)),
    ("f1(x)", PL, sp.Function("f_1")(x)),
]

PLAIN_CALCULUS = [
    ("lim h->0 (x+h)^2", PL, lim((x + h)**2, h, 0)),
    ("lim x->oo 1/x", PL, lim(1 / x, x, sp.oo, "-")),
    ("lim x->∞ (1+1/x)^x", PL, lim((1 + 1 / x)**x, x, sp.oo, "-")),
    ("lim x → 0 sin(x)/x", PL, lim(sp.sin(x) / x, x, 0)),
    ("lim_{x->0} sin(x)/x", PL, lim(sp.sin(x) / x, x, 0)),
    ("lim(x->0) sin(x)/x", PL, lim(sp.sin(x) / x, x, 0)),
    ("lim x->0+ 1/x", PL, lim(1 / x, x, 0, "+")),
    ("lim x->0- 1/x", PL, lim(1 / x, x, 0, "-")),
    ("lim x->-oo e^x", PL, lim(sp.exp(x), x, -sp.oo, "+")),
    ("lim h->0 (g(x+h) - g(x))/h", PL, lim((g(x + h) - g(x)) / h, h, 0)),
    ("lim h->0 (1 - (x+h) + 2(x+h)^2 - 1 + x - 2x^2)/h", PL,
     lim((1 - (x + h) + 2 * (x + h)**2 - 1 + x - 2 * x**2) / h, h, 0)),
    ("lim h->0 (-h + 4xh + 2h^2)/h", PL, lim((-h + 4 * x * h + 2 * h**2) / h, h, 0)),
    ("lim h->0 (4x - 1 + 2h)", PL, lim(4 * x - 1 + 2 * h, h, 0)),
    ("d/dx (x^2)", PL, D(x**2)),
    ("d/dx x^2", PL, D(x**2)),
    ("d/dx sin(x)", PL, D(sp.sin(x))),
    ("d^2/dx^2 x^3", PL, D(x**3, x, 2)),
    ("d/dt (t^2)", PL, D(t**2, t)),
    ("dy/dx", PL, D(sp.Function("y")(x))),
    ("f'(x)", PL, D(f(x))),
    ("f''(x)", PL, D(f(x), x, 2)),
    ("g'(x)", PL, D(g(x))),
    ("f'(2)", PL, sp.Subs(D(f(t), t), t, 2)),
    ("sigma'(x)", PL, D(sigmoid(x))),
    ("(x^2)'", PL, 2 * x),
    ("sum(i=1..N, i^2)", PL, sp.Sum(i**2, (i, 1, N))),
    ("sum(i=1..n, i)", PL, n * (n + 1) / 2),
    ("sum_{i=1}^{n} i", PL, sp.Sum(i, (i, 1, n))),
    ("sum_{i=1}^n i^2", PL, sp.Sum(i**2, (i, 1, n))),
    ("sum(i=1..n, x_i)", PL, sp.Sum(ix("x"), (i, 1, n))),
    ("Σ(i=1..n, x_i)", PL, sp.Sum(ix("x"), (i, 1, n))),
    ("∑(k=0..n, binom(n,k))", PL, 2**n),
    ("prod(i=1..n, i)", PL, sp.Product(i, (i, 1, n))),
]

LATEX_BASICS = [
    ("\\frac{1}{2}", TX, R(1, 2)),
    ("\\dfrac{1}{2}", TX, R(1, 2)),
    ("\\tfrac{1}{2}", TX, R(1, 2)),
    ("\\frac12", TX, R(1, 2)),
    ("\\frac 1 2", TX, R(1, 2)),
    ("\\frac12 x", TX, x / 2),
    ("\\frac1x", TX, 1 / x),
    ("\\frac{a}{b}", TX, a / b),
    ("\\frac{a}2", TX, a / 2),
    ("\\frac{a}23", TX, 3 * a / 2),
    ("\\frac{x+1}{x-1}", TX, (x + 1) / (x - 1)),
    ("\\frac{1}{2}x", TX, x / 2),
    ("\\frac{1}{1+e^{-x}}", TX, 1 / (1 + sp.exp(-x))),
    ("\\dfrac{1}{2} + \\tfrac{x}{3}", TX, R(1, 2) + x / 3),
    ("x^{2}", TX, x**2),
    ("x^2", TX, x**2),
    ("x^23", TX, 3 * x**2),
    ("x^{23}", TX, x**23),
    ("x^{n+1}", TX, x**(n + 1)),
    ("x^{-1}", TX, 1 / x),
    ("x^{2}y", TX, x**2 * y),
    ("2^{10}", TX, 1024),
    ("e^{x}", TX, sp.exp(x)),
    ("e^{-(2+0.5t)}", TX, sp.exp(-(2 + sp.Float("0.5") * t))),
    ("\\frac{1}{1+e^{-(2+0.5t)}}", TX, 1 / (1 + sp.exp(-(2 + sp.Float("0.5") * t)))),
    ("e^{i\\pi}", TX, sp.exp(i * sp.pi)),
    ("x_{1} + x_1", TX, 2 * x1),
    ("x_{12}", TX, x12),
    ("x_{\\text{max}}", TX, xmax),
    ("a_{ij}", TX, sp.Symbol("a_ij")),
    ("x_{i}^{2}", TX, sp.Symbol("x_i")**2),
    ("\\hat{y}", TX, sp.Symbol("y_hat")),
    ("\\bar{x}", TX, sp.Symbol("x_bar")),
    ("\\hat{y}_i", TX, sp.Symbol("y_hat_i")),
    ("\\mathbf{x}", TX, sp.Symbol("x", commutative=False)),
    ("\\mathcal{H}", TX, sp.Symbol("H")),
    ("\\sqrt{x}", TX, sp.sqrt(x)),
    ("\\sqrt x", TX, sp.sqrt(x)),
    ("\\sqrt2", TX, sp.sqrt(2)),
    ("\\sqrt23", TX, 3 * sp.sqrt(2)),
    ("\\sqrt{x^2+1}", TX, sp.sqrt(x**2 + 1)),
    ("\\sqrt[3]{x}", TX, sp.root(x, 3)),
    ("\\sqrt[100]{x}", TX, x**R(1, 100)),
    ("\\sqrt[n]{x}", TX, x**(1 / n)),
    ("\\left( x+1 \\right)^2", TX, (x + 1)**2),
    ("\\left[ x+1 \\right]", TX, x + 1),
    ("\\left\\{ x \\right\\}", TX, x),
    ("\\left| x \\right|", TX, sp.Abs(x)),
    ("|x|", TX, sp.Abs(x)),
    ("\\lvert x \\rvert", TX, sp.Abs(x)),
    ("2|x|", TX, 2 * sp.Abs(x)),
    ("|x|^{2}", TX, x**2),
    ("\\left| x \\right|^2", TX, x**2),
    ("\\big| x \\big|", TX, sp.Abs(x)),
    ("\\Big|\\frac{1}{2}\\Big|", TX, R(1, 2)),
    ("|x|\\,|y|", TX, sp.Abs(x * y)),
    ("|\\sin x|", TX, sp.Abs(sp.sin(x))),
    ("x \\ln|x| - x", TX, x * sp.log(sp.Abs(x)) - x),
    ("|\\pi|", TX, sp.pi),
    ("\\big( x \\big)", TX, x),
    ("\\Bigl( x + 1 \\Bigr) y", TX, (x + 1) * y),
    ("\\alpha + \\beta", TX, alpha + beta),
    ("\\alpha\\beta", TX, alpha * beta),
    ("\\varepsilon", TX, eps),
    ("\\Delta x", TX, sp.Symbol("Δx")),  # an increment: one name
    ("\\lambda e^{-\\lambda x}", TX, lam * sp.exp(-lam * x)),
    ("\\pi r^2", TX, sp.pi * r**2),
    ("2\\pi", TX, 2 * sp.pi),
    ("\\infty", TX, sp.oo),
    ("-\\infty", TX, -sp.oo),
    ("\\mu + 2\\sigma", TX, mu + 2 * sigma),
    ("\\theta^{2}", TX, theta**2),
    ("x^\\frac{1}{2}", TX, sp.sqrt(x)),
    ("x^\\frac12", TX, sp.sqrt(x)),
    ("a^{b^{c}}", TX, a**(b**c)),
    ("{a}^{2}", TX, a**2),
    ("\\left(\\frac{1}{2}\\right)^{n}", TX, R(1, 2)**n),
    ("2^{-n}", TX, 2**-n),
    ("1.5 \\times 10^{3}", TX, 1500),
    ("\\sqrt{\\frac{a}{b}}", TX, sp.sqrt(a / b)),
    ("\\frac{-b \\pm \\sqrt{b^2 - 4ac}}{2a}", TX, (-b + PM * sp.sqrt(b**2 - 4 * a * c)) / (2 * a)),
    ("e^{\\ln x}", TX, x),
    ("\\ln e", TX, 1),
    ("\\beta_0 + \\beta_1 x_1", TX, sp.Symbol("beta_0") + sp.Symbol("beta_1") * x1),
    ("\\frac{1}{1+e^{-(\\beta_0 + \\beta_1 x)}}", TX,
     sigmoid(sp.Symbol("beta_0") + sp.Symbol("beta_1") * x)),
]

LATEX_FUNCTIONS = [
    ("\\sin x", TX, sp.sin(x)),
    ("\\sin(x)", TX, sp.sin(x)),
    ("\\sin 3x", TX, sp.sin(3 * x)),
    ("\\sin x \\cos x", TX, sp.sin(x) * sp.cos(x)),
    ("2 \\sin x \\cos x", TX, sp.sin(2 * x)),
    ("\\sin x + 1", TX, sp.sin(x) + 1),
    ("\\sin 2\\pi x", TX, sp.sin(2 * sp.pi * x)),
    ("\\sin(x)^2", TX, sp.sin(x)**2),
    ("\\sin^{2}x", TX, sp.sin(x)**2),
    ("\\sin^2 x", TX, sp.sin(x)**2),
    ("\\sin^{2}x + \\cos^{2}x", TX, 1),
    ("\\sin^{-1} x", TX, sp.asin(x)),
    ("\\sin^{-1}(x)", TX, sp.asin(x)),
    ("\\cos^{-1} x", TX, sp.acos(x)),
    ("\\tan^{-1} x", TX, sp.atan(x)),
    ("\\tanh^{-1} x", TX, sp.atanh(x)),
    ("\\tanh^{-1}(x)", TX, sp.atanh(x)),
    ("tanh^{-1}(x)", TX, sp.atanh(x)),
    ("tanh^{-1} x", TX, sp.atanh(x)),
    ("\\arcsin x", TX, sp.asin(x)),
    ("\\arctan(x)", TX, sp.atan(x)),
    ("\\operatorname{arctanh} x", TX, sp.atanh(x)),
    ("\\operatorname{arctanh}(x)", TX, sp.atanh(x)),
    ("\\sinh x", TX, sp.sinh(x)),
    ("\\cosh x", TX, sp.cosh(x)),
    ("\\tanh x", TX, sp.tanh(x)),
    ("\\coth x", TX, sp.coth(x)),
    ("\\sec x", TX, sp.sec(x)),
    ("\\csc x", TX, sp.csc(x)),
    ("\\cot x", TX, sp.cot(x)),
    ("\\exp(x)", TX, sp.exp(x)),
    ("\\exp x", TX, sp.exp(x)),
    ("\\exp(-x^2)", TX, sp.exp(-x**2)),
    ("\\exp(-x)", TX, sp.exp(-x)),
    ("\\ln x", TX, sp.log(x)),
    ("\\ln(x)", TX, sp.log(x)),
    ("\\ln 9", TX, sp.log(9)),
    ("2\\ln 9 - 2", TX, 2 * sp.log(9) - 2),
    ("\\ln\\left(\\frac{p}{1-p}\\right)", TX, sp.log(p / (1 - p))),
    ("\\ln|x|", TX, sp.log(sp.Abs(x))),
    ("\\ln|x| + C", TX, sp.log(sp.Abs(x)) + C),
    ("|\\ln x|", TX, sp.Abs(sp.log(x))),
    ("\\ln 0.25", TX, sp.log(sp.Float("0.25"))),
    ("\\log x", TX, sp.log(x)),
    ("\\log(x)", TX, sp.log(x)),
    ("\\log x + 1", TX, sp.log(x) + 1),
    ("\\log_{2} x", TX, sp.log(x, 2)),
    ("\\log_2 x", TX, sp.log(x, 2)),
    ("\\log_{2}8", TX, 3),
    ("\\log_2 8", TX, 3),
    ("\\log_{10}(x)", TX, sp.log(x, 10)),
    ("\\log_{b} x", TX, sp.log(x) / sp.log(b)),
    ("\\log^{2} x", TX, sp.log(x)**2),
    ("\\log \\frac{1}{8}", TX, -sp.log(8)),
    ("\\log_{2}\\frac{1}{8}", TX, -3),
    ("\\log(x, 2)", TX, sp.log(x, 2)),
    ("\\lg 100", TX, 2),
    ("tanh(x)", TX, sp.tanh(x)),
    ("log(x)", TX, sp.log(x)),
    ("exp(x)", TX, sp.exp(x)),
    ("sin(x)", TX, sp.sin(x)),
    ("sigmoid(x)", TX, sigmoid(x)),
    ("\\operatorname{sigmoid}(x)", TX, sigmoid(x)),
    ("\\operatorname{softplus}(x)", TX, softplus(x)),
    ("\\operatorname{logit}(p)", TX, logit(p)),
    ("\\operatorname{ReLU}(x)", TX, sp.Max(0, x)),
    ("\\operatorname{sgn}(x)", TX, sp.sign(x)),
    ("\\max(a, b)", TX, sp.Max(a, b)),
    ("\\min(a,b)", TX, sp.Min(a, b)),
    ("\\sigma(x)", TX, sigmoid(x)),
    ("\\sigma", TX, sigma),
    ("\\sigma^2", TX, sigma**2),
    ("\\sigma^{2}", TX, sigma**2),
    ("\\sigma(2z)", TX, sigmoid(2 * z)),
    ("2\\sigma(2z) - 1", TX, 2 * sigmoid(2 * z) - 1),
    ("\\sigma(x)(1-\\sigma(x))", TX, sigmoid(x) * (1 - sigmoid(x))),
    ("\\sigma(z)\\,(1-\\sigma(z))", TX, sigmoid(z) * (1 - sigmoid(z))),
    ("\\frac{e^{-z}}{(1+e^{-z})^{2}}", TX, sp.exp(-z) / (1 + sp.exp(-z))**2),
    ("\\exp\\left(-\\frac{(x-\\mu)^2}{2\\sigma^2}\\right)", TX,
     sp.exp(-(x - mu)**2 / (2 * sigma**2))),
    ("\\frac{1}{\\sqrt{2\\pi}\\sigma}", TX, 1 / (sp.sqrt(2 * sp.pi) * sigma)),
]

LATEX_CALLS = [
    ("n(n+1)", TX, n * (n + 1)),
    ("f(x+h)", TX, f(x + h)),
    ("f(x+h) - f(x)", TX, f(x + h) - f(x)),
    ("p(1-p)", TX, p * (1 - p)),
    ("p(x_i)", TX, pf(sp.Symbol("x_i"))),
    ("g(x)", TX, g(x)),
    ("l(\\theta)", TX, lf(theta)),
    ("L(\\theta)", TX, L(theta)),
    ("\\ell(\\theta)", TX, lf(theta)),
    ("x(x+1)", TX, x * (x + 1)),
    ("f(x)g(x)", TX, f(x) * g(x)),
    ("f(x,y)", TX, f(x, y)),
    ("\\mathcal{H}(X)", TX, H(X)),
    ("H(X)", TX, H(X)),
    ("\\operatorname{Var}(X)", TX, Var(X)),
    ("var(A-B)", TX, var(A - B)),
    ("var(A) + var(B)", TX, var(A) + var(B)),
    ("\\mathbb{E}[X]", TX, E_(X)),
    ("E[X]", TX, E_(X)),
    ("E[X^2] - E[X]^2", TX, E_(X**2) - E_(X)**2),
    ("R_{fg}[n]", TX, sp.Function("R_fg")(n)),
    ("N(0,1)", TX, sp.Function("N")(0, 1)),
    ("\\operatorname{KL}(p, q)", TX, sp.Function("KL")(p, q)),
    ("P(B|A)", TX, P(A, B) / P(A)),
    ("P(A|B)", TX, P(A, B) / P(B)),
    ("P(A \\mid B)", TX, P(A, B) / P(B)),
    ("P(A \\cap B)", TX, P(A, B)),
    ("P(A, B)", TX, P(A, B)),
    ("P(B, A)", TX, P(A, B)),
    ("\\frac{P(B|A)P(A)}{P(B)}", TX, P(A, B) / P(B)),
    ("\\frac{P(A \\cap B)}{P(B)}", TX, P(A, B) / P(B)),
    ("p(x|\\theta)", TX, pf(theta, x) / pf(theta)),
    ("\\Pr(A|B)", TX, sp.Function("P")(A, B) / sp.Function("P")(B)),  # \Pr is P
    ("P(X=k)", TX, P(sp.Eq(X, k))),
    ("P(Y=1 | X=x)", TX, P(sp.Eq(X, x), sp.Eq(Y, 1)) / P(sp.Eq(X, x))),
    ("P(X \\leq 3)", TX, P(sp.Le(X, 3))),
    ("P(A \\cap B | C)", TX, P(A, B, C) / P(C)),
    ("P(\\text{rain} | \\text{clouds})", TX,
     P(sp.Symbol("clouds"), sp.Symbol("rain")) / P(sp.Symbol("clouds"))),
    ("D_{KL}(P \\| Q)", TX, sp.Function("D_KL")(sp.Symbol("P"), sp.Symbol("Q"))),
    ("L(\\theta | x)", TX, L(theta, x)),
    ("\\log p(x)", TX, sp.log(pf(x))),
    ("\\log q(z|x)", TX, sp.log(sp.Function("q")(x, z) / sp.Function("q")(x))),
    ("\\log p(x_i|\\theta)", TX, sp.log(pf(theta, sp.Symbol("x_i")) / pf(theta))),
    ("\\mathrm{Var}(X)", TX, Var(X)),
    ("\\mathcal{L}(\\theta)", TX, L(theta)),
    ("\\mathcal{N}(\\mu, \\sigma^2)", TX, sp.Function("N")(mu, sigma**2)),
]

LATEX_SUMS = [
    ("\\sum_{i} p(x_i)", TX, sp.Sum(pf(ix("x")), (i, 1, IMAX))),
    ("\\sum_i p_i \\log p_i", TX, sp.Sum(ix("p") * sp.log(ix("p")), (i, 1, IMAX))),
    ("\\sum_{i} p_i \\log(1/p_i)", TX, sp.Sum(ix("p") * sp.log(1 / ix("p")), (i, 1, IMAX))),
    ("-\\sum_{i} p(x_i) \\log p(x_i)", TX,
     -sp.Sum(pf(ix("x")) * sp.log(pf(ix("x"))), (i, 1, IMAX))),
    ("\\sum_{i=1}^{N} x_i", TX, sp.Sum(ix("x"), (i, 1, N))),
    ("\\sum_{i=1}^{n} i", TX, n * (n + 1) / 2),
    ("\\sum_{i=1}^{n} i^2", TX, sp.Sum(i**2, (i, 1, n))),
    ("\\sum_{i=1}^{8} \\frac{1}{8}\\log_{2}\\frac{1}{8}", TX, -3),
    ("-\\sum_{i=1}^{8} \\frac{1}{8}\\log_{2}\\frac{1}{8}", TX, 3),
    ("\\sum_{k=0}^{n} \\binom{n}{k}", TX, 2**n),
    ("\\sum_{k} x_k", TX, sp.Sum(ix("x", k), (k, 1, KMAX))),
    ("\\sum_{i=1}^{N} (y_i - \\hat{y}_i)^2", TX, sp.Sum((ix("y") - ix("y_hat"))**2, (i, 1, N))),
    ("\\frac{1}{N}\\sum_{i=1}^{N} x_i", TX, sp.Sum(ix("x"), (i, 1, N)) / N),
    ("\\sum\\limits_{i=1}^{n} i", TX, sp.Sum(i, (i, 1, n))),
    ("\\prod_{i=1}^{n} x_i", TX, sp.Product(ix("x"), (i, 1, n))),
    ("\\prod_{i=1}^{n} i", TX, sp.factorial(n)),
    ("\\prod_{i=1}^{n} p(x_i|\\theta)", TX,
     sp.Product(pf(theta, ix("x")) / pf(theta), (i, 1, n))),
    ("\\log \\prod_{i=1}^{n} p(x_i)", TX, sp.log(sp.Product(pf(ix("x")), (i, 1, n)))),
    ("\\log \\sum_{i} e^{x_i}", TX, sp.log(sp.Sum(sp.exp(ix("x")), (i, 1, IMAX)))),
    ("\\binom{n}{k}", TX, sp.binomial(n, k)),
    ("\\dbinom{n}{k}", TX, sp.binomial(n, k)),
    ("\\binom{5}{2}", TX, 10),
    ("{n \\choose k}", TX, sp.binomial(n, k)),
    ("\\begin{pmatrix} n \\\\ k \\end{pmatrix}", TX, sp.binomial(n, k)),
    ("\\begin{pmatrix} 5 \\\\ 2 \\end{pmatrix}", TX, 10),
    ("C_n^k", TX, sp.binomial(n, k)),
    ("C_{n}^{k}", TX, sp.binomial(n, k)),
    ("\\binom{n}{k} p^{k}", TX, sp.binomial(n, k) * p**k),
    ("\\binom{n}{k} p^{k} (1-p)^{n-k}", TX, sp.binomial(n, k) * p**k * (1 - p)**(n - k)),
]

LATEX_CALCULUS = [
    ("\\lim_{x \\to 0} \\frac{\\sin x}{x}", TX, lim(sp.sin(x) / x, x, 0)),
    ("\\lim_{x \\to \\infty} \\frac{1}{x}", TX, lim(1 / x, x, sp.oo, "-")),
    ("\\lim_{x\\to\\infty} (1+\\frac{1}{x})^x", TX, lim((1 + 1 / x)**x, x, sp.oo, "-")),
    ("\\lim_{h \\to 0} \\frac{f(x+h) - f(x)}{h}", TX, lim((f(x + h) - f(x)) / h, h, 0)),
    ("\\lim_{x \\to 0^+} \\frac{1}{x}", TX, lim(1 / x, x, 0, "+")),
    ("\\lim_{x \\to 0^{-}} \\frac{1}{x}", TX, lim(1 / x, x, 0, "-")),
    ("\\lim_{x \\to 0+} \\frac{1}{x}", TX, lim(1 / x, x, 0, "+")),
    ("\\lim_{x \\to -\\infty} e^x", TX, lim(sp.exp(x), x, -sp.oo, "+")),
    # a function's name alone under a limit is the function of its variable
    ("\\lim_{x \\to -\\infty} \\sigma", TX, lim(sigmoid(x), x, -sp.oo, "+")),
    ("\\lim_{x \\to 0} f", TX, lim(f(x), x, 0)),
    # `\\inf` written for ∞ (TeX's infimum has a subscript)
    ("\\lim_{x \\to \\inf} \\frac{1}{x}", TX, lim(1 / x, x, sp.oo, "-")),
    ("\\frac{1}{1+e^{-\\inf}}", TX, 1 / (1 + sp.exp(-sp.oo, evaluate=False))),
    ("\\lim_{h \\to 0} \\left(6x + 3h + 2\\right)", TX, lim(6 * x + 3 * h + 2, h, 0)),
    ("\\lim_{x \\rightarrow 1} x^2", TX, lim(x**2, x, 1)),
    ("\\lim\\limits_{x \\to 1} x^2", TX, lim(x**2, x, 1)),
    ("\\lim_{x \\to 0} \\frac{\\sin 3x}{x}", TX, lim(sp.sin(3 * x) / x, x, 0)),
    ("\\lim_{x \\to 0} \\frac{3\\cos 3x}{1}", TX, lim(3 * sp.cos(3 * x), x, 0)),
    ("\\lim_{n \\to \\infty} \\frac{1}{n}", TX, lim(1 / n, n, sp.oo, "-")),
    ("\\lim_{h\\to0}\\frac{(x+h)^2-x^2}{h}", TX, lim(((x + h)**2 - x**2) / h, h, 0)),
    ("\\lim_{h \\to 0} \\frac{h+2(x+h)^{2}-2x^{2}}{h}", TX,
     lim((h + 2 * (x + h)**2 - 2 * x**2) / h, h, 0)),
    ("\\lim_{h \\to 0} \\frac{\\cancel{h}(4x+2h-1)}{\\cancel{h}}", TX,
     lim(h * (4 * x + 2 * h - 1) / h, h, 0)),
    ("\\lim_{h \\to 0} \\frac{1}{h} + 1", TX, lim(1 / h, h, 0) + 1),
    ("\\lim_{x \\to 1} \\frac{x^{2}+1}{x+1}", TX, lim((x**2 + 1) / (x + 1), x, 1)),
    ("\\frac{d}{dx} x^2", TX, D(x**2)),
    ("\\frac{d}{dx}\\left( x^2 \\right)", TX, D(x**2)),
    ("\\frac{d}{dx}[x^2]", TX, D(x**2)),
    ("\\frac{d}{dx} \\sigma(x)", TX, D(sigmoid(x))),
    ("\\frac{d}{dx} \\tanh(x)", TX, D(sp.tanh(x))),
    ("\\frac{d^{2}}{dx^{2}} \\log x", TX, D(sp.log(x), x, 2)),
    ("\\frac{d^2}{dx^2} x^3", TX, D(x**3, x, 2)),
    ("\\frac{dg}{dx}", TX, D(g(x))),
    ("\\frac{dy}{dx}", TX, D(sp.Function("y")(x))),
    ("\\frac{d^2 y}{dx^2}", TX, D(sp.Function("y")(x), x, 2)),
    # a subscripted name above or below the bar: never the product d·H_b/(d·p)
    ("\\frac{dH_b}{dp}", TX, D(sp.Function("H_b")(sp.Symbol("p")), sp.Symbol("p"))),
    ("\\frac{d y_{1}}{dx}", TX, D(sp.Function("y_1")(x))),
    ("\\frac{dy}{dx_1}", TX, D(sp.Function("y")(sp.Symbol("x_1")), sp.Symbol("x_1"))),
    ("\\frac{d^2 y}{dx_{2}^2}", TX,
     D(sp.Function("y")(sp.Symbol("x_2")), sp.Symbol("x_2"), 2)),
    # a call written above the bar, with Greek or subscripted arguments
    ("\\frac{\\partial \\ell(\\lambda)}{\\partial \\lambda}", TX,
     D(sp.Function("l")(sp.Symbol("lambda")), sp.Symbol("lambda"))),
    ("\\frac{d\\ell(\\theta)}{d\\theta}", TX, D(sp.Function("l")(theta), theta)),
    ("\\frac{\\partial J(\\theta_{0}, \\theta_1)}{\\partial \\theta_1}", TX,
     D(sp.Function("J")(sp.Symbol("theta_0"), sp.Symbol("theta_1")), sp.Symbol("theta_1"))),
    ("\\frac{\\partial f}{\\partial x}", TX, D(f(x))),
    ("\\frac{\\partial}{\\partial \\theta} \\theta^2", TX, D(theta**2, theta)),
    ("\\frac{\\mathrm{d}}{\\mathrm{d}x} x^2", TX, D(x**2)),
    ("\\frac{d\\sigma}{dx}", TX, D(sigmoid(x))),
    ("f'(x)", TX, D(f(x))),
    ("f''(x)", TX, D(f(x), x, 2)),
    ("f^{\\prime}(x)", TX, D(f(x))),
    ("g'(x)", TX, D(g(x))),
    ("\\sigma'(x)", TX, D(sigmoid(x))),
    ("\\sigma'(z)", TX, D(sigmoid(z), z)),
    ("(\\operatorname{arctanh} x)'", TX, 1 / (1 - x**2)),
    ("(x^2)'", TX, 2 * x),
    ("(\\sin x)'", TX, sp.cos(x)),
    ("\\int_0^1 x^2 dx", TX, sp.Integral(x**2, (x, 0, 1))),
    ("\\int x \\, dx", TX, sp.Integral(x, x)),
    ("\\int_{0}^{\\infty} e^{-x} \\mathrm{d}x", TX, sp.Integral(sp.exp(-x), (x, 0, sp.oo))),
    ("\\int_{a}^{b} f(x) dx", TX, sp.Integral(f(x), (x, a, b))),
    ("\\int_0^1 x^2 \\, dx", TX, R(1, 3)),
    ("\\int_{0}^{1} t \\, dt", TX, R(1, 2)),
    # the differential of an expression: ∫ f d(g) is ∫ f g'(x) dx (notes that substitute)
    ("\\int e^{3x-1} d(3x-1)", TX, sp.Integral(3 * sp.exp(3 * x - 1), x)),
    ("\\int \\cos(x^2) \\, \\mathrm{d}(x^2)", TX, sp.Integral(2 * x * sp.cos(x**2), x)),
    ("\\int x e^{x^2} dx^2", TX, sp.Integral(2 * x**2 * sp.exp(x**2), x)),
    # a label above a name: x^{(i)} the i-th example, a^{[2]} layer 2 (never a power)
    ("x^{(i)} + a^{[2]}", TX, sp.Symbol("x_i") + sp.Symbol("a_2")),
    # Leibniz's notation as real notes write it: never the product d·y/(d·x)
    ("\\dfrac{dy}{dx}", TX, D(sp.Function("y")(x))),
    ("\\frac{\\mathrm{d} f(x)}{\\mathrm{d}x}", TX, D(f(x))),
    ("\\frac{\\mathrm{d}L}{\\mathrm{d}\\lambda}", TX, D(L(lam), lam)),
    ("\\frac{d LL(\\lambda)}{d\\lambda}", TX, D(sp.Function("LL")(lam), lam)),
    ("\\frac{\\mathrm{d}^2\\mathrm{LL}(\\lambda)}{\\mathrm{d}\\lambda^2}", TX,
     D(sp.Function("LL")(lam), lam, 2)),
    ("\\frac{d (x^2+1)}{dx}", TX, D(x**2 + 1)),
    ("\\frac{d^2 (x^3)}{dx^2}", TX, D(x**3, x, 2)),
    ("\\frac{d \\sin x}{dx}", TX, D(sp.sin(x))),
    ("\\frac{\\mathrm{d} f(\\hat{\\lambda})}{\\mathrm{d}\\lambda}", TX,
     sp.Subs(D(f(lam), lam), lam, sp.Symbol("lambda_hat"))),
    ("\\text{d}x + 1", TX, sp.Symbol("d") * x + 1),
    # a bracketed argument: \log \left[ … \right]
    ("\\log \\left[ x^2 \\right]", TX, sp.log(x**2)),
    ("\\exp[x + 1]", TX, sp.exp(x + 1)),
    ("\\exp\\left\\{ -\\frac{x^2}{2} \\right\\}", TX, sp.exp(-x**2 / 2)),
    # `e^-x`: TeX raises only the sign; the writer means e^{-x} (never the side of a limit)
    ("e^-x", TX, sp.exp(-x)),
    ("\\frac{1}{1+e^-(w x + b)}", TX, 1 / (1 + sp.exp(-(w * x + b)))),
    ("2^-3", TX, R(1, 8)),
    # `log` without its backslash before a base or an argument is still log
    ("log_{2}8", TX, sp.log(8) / sp.log(2)),
    ("log x + 1", TX, sp.log(x) + 1),
    ("catalog x", TX, sp.Symbol("catalog") * x),
    ("\\lim_{x \\to 0^-} \\frac{1}{x}", TX, lim(1 / x, x, 0, "-")),
]

# the notation of real study notes (Obsidian exports, `align` rows after `&` is blanked)
NOTES = [
    ("-(\\theta \\log_{2}\\theta + (1-\\theta)\\log_{2}(1-\\theta))", TX,
     -(theta * sp.log(theta, 2) + (1 - theta) * sp.log(1 - theta, 2))),
    ("\\frac{\\cancel{h}(2x+h)}{\\cancel{h}}", TX, 2 * x + h),
    ("\\cancel{2}x", TX, 2 * x),
    ("\\frac{3(x+h)^{2} + 2(x+h) - 3x^{2} - 2x}{h}", TX, 6 * x + 3 * h + 2),
    ("6x + 3", TX, 6 * x + 3),
    ("\\frac{0.2}{0.8}", TX, sp.Float("0.25")),
    ("\\frac{p}{1-p}", TX, p / (1 - p)),
    ("e^{-(2+0.5t)}", TX, sp.exp(-2 - t / 2)),
    ("2\\ln 9 - 2", TX, sp.log(81) - 2),
    ("\\frac{1}{9}", TX, R(1, 9)),
    ("4x-1", TX, 4 * x - 1),
    ("\\frac{(x+h)^2-x^2}{h}", TX, 2 * x + h),
    ("\\frac{1}{m} \\sum_{i=1}^{m} (h_{\\theta}(x_i) - y_i)^2", TX,
     sp.Sum((sp.Function("h_theta")(ix("x")) - ix("y"))**2, (i, 1, m)) / m),
    ("-\\frac{1}{N} \\sum_{i=1}^{N} y_i \\log \\hat{y}_i", TX,
     -sp.Sum(ix("y") * sp.log(ix("y_hat")), (i, 1, N)) / N),
    ("\\frac{e^{x}}{(1+e^{x})^{2}}", TX, sp.exp(x) / (1 + sp.exp(x))**2),
    ("1 - \\tanh^{2}(x)", TX, 1 - sp.tanh(x)**2),
    ("\\frac{1}{1-x^{2}}", TX, 1 / (1 - x**2)),
    ("\\frac{d}{dx}\\left(\\frac{1}{1+e^{-x}}\\right)", TX, D(1 / (1 + sp.exp(-x)))),
    ("(1+e^{-x})^{-2} e^{-x}", TX, sp.exp(-x) / (1 + sp.exp(-x))**2),
    ("\\log_{2} 8", TX, 3),
    ("\\frac{1}{2} \\log_{2} 2 + \\frac{1}{2} \\log_{2} 2", TX, 1),
    ("-p\\log p - (1-p)\\log(1-p)", TX, -p * sp.log(p) - (1 - p) * sp.log(1 - p)),
    ("\\frac{x^{n+1}}{n+1} + C", TX, x**(n + 1) / (n + 1) + C),
    ("$x^2$", TX, x**2),
    ("$$\\frac{1}{2}$$", TX, R(1, 2)),
    ("\\[ x^2 \\]", TX, x**2),
    ("\\( x + 1 \\)", TX, x + 1),
    ("\\begin{equation} x^2 \\end{equation}", TX, x**2),
    ("x^2 + 1", AU, x**2 + 1),
    ("\\frac{1}{2}", AU, R(1, 2)),
    ("sqrt(x)", AU, sp.sqrt(x)),
    ("$x_1$", AU, x1),
    ("x \\cdot y", AU, x * y),
    ("2x²", AU, 2 * x**2),
    # the fifth round of calculus notes (tests/test_calculus_round_five.py has more)
    ("A2 - Y", TX, sp.Symbol("A_2") - sp.Symbol("Y")),
    ("dZ^{[2]} - A^{[2]}", TX, sp.Symbol("dZ_2") - sp.Symbol("A_2")),
    ("dW1 + db^{[1]}", TX, sp.Symbol("dW_1") + sp.Symbol("db_1")),
    ("A^{[1]2}", TX, sp.Symbol("A_1")**2),
    ("dy/dx", TX, sp.Derivative(sp.Function("y")(x), x)),
    ("{d(x^2) \\over dx}", TX, 2 * x),
    ("\\frac{\\partial \\log s_k}{\\partial s_k}", TX, 1 / sp.Symbol("s_k")),
    ("\\frac{\\partial \\log(x)}{\\partial x}", TX, 1 / x),
    ("q(2, 1)", TX, sp.Function("q")(2, 1)),
    ("f'_1(x)", PL, sp.Derivative(sp.Function("f_1")(x), x)),
]

# the known failures of sympy's own LaTeX parser, which this one gets right
SYMPY_LATEX_FAILURES = [
    ("e^{27}", TX, sp.exp(27)),
    ("-(\\theta \\log_{2}\\theta + (1-\\theta)\\log_{2}(1-\\theta))", TX,
     -(theta * sp.log(theta) + (1 - theta) * sp.log(1 - theta)) / sp.log(2)),
    ("\\binom{n}{k} p^{k}", TX, sp.binomial(n, k) * p**k),
    ("\\frac{P(B|A)P(A)}{P(B)}", TX, P(A, B) / P(B)),
    ("\\sum_{i} p(x_i)", TX, sp.Sum(pf(ix("x")), (i, 1, IMAX))),
    ("\\frac{d^{2}}{dx^{2}} \\log x", TX, -1 / x**2),
    ("x_{1}", TX, x1),
    ("\\sigma(x)", TX, sigmoid(x)),
    ("\\sin 3x", TX, sp.sin(3 * x)),
    ("\\sin^{2}x", TX, sp.sin(x)**2),
    ("\\log_{2}(1-\\theta)", TX, sp.log(1 - theta, 2)),
    ("p(1-p)", TX, p - p**2),
    ("\\frac{1}{1+e^{-x}}", TX, sigmoid(x).rewrite(sp.exp)),
]

ROWS = (ARITHMETIC + UNICODE + PLAIN_FUNCTIONS + PLAIN_CALLS + PLAIN_CALCULUS + LATEX_BASICS
        + LATEX_FUNCTIONS + LATEX_CALLS + LATEX_SUMS + LATEX_CALCULUS + NOTES
        + SYMPY_LATEX_FAILURES)


@pytest.mark.parametrize(("text", "syntax", "expected"), ROWS, ids=[r[0] for r in ROWS])
def test_row(text, syntax, expected):
    got = parse(text, syntax)
    assert same(got, expected), f"{text!r} -> {got!r}, expected {expected!r}"


# --- chains: (input, syntax, parts, relation ops, extra checks) ---------------------------------

CHAINS = [
    ("x = 1", PL, [x, 1], ["="], {}),
    ("a = b = c", PL, [a, b, c], ["=", "="], {}),
    ("x != 1", PL, [x, 1], ["!="], {}),
    ("x ≠ 1", PL, [x, 1], ["!="], {}),
    ("x < 1", PL, [x, 1], ["<"], {}),
    ("x > 1", PL, [x, 1], [">"], {}),
    ("x <= 1", PL, [x, 1], ["<="], {}),
    ("x ≤ 1", PL, [x, 1], ["<="], {}),
    ("x >= 1", PL, [x, 1], [">="], {}),
    ("x ≥ 1", PL, [x, 1], [">="], {}),
    ("x ~= 1", PL, [x, 1], ["~="], {}),
    ("x ≈ 1", PL, [x, 1], ["~="], {}),
    ("a => b", PL, [a, b], ["=>"], {}),
    ("a ⇒ b", PL, [a, b], ["=>"], {}),
    ("a <=> b", PL, [a, b], ["<=>"], {}),
    ("a ⇔ b", PL, [a, b], ["<=>"], {}),
    ("a -> b", PL, [a, b], ["->"], {}),
    ("a → b", PL, [a, b], ["->"], {}),
    ("x := 2", PL, [x, 2], [":="], {}),
    ("a ≡ b", PL, [a, b], ["==="], {}),
    ("3x + 6 = 12", PL, [3 * x + 6, 12], ["="], {}),
    ("(a+b)^2 = a^2 + 2ab + b^2", PL, [(a + b)**2, a**2 + 2 * a * b + b**2], ["="], {}),
    ("g(x) = 1 - x + 2x^2", PL, [g(x), 1 - x + 2 * x**2], ["="], {}),
    ("f'(x) = 4x - 1", PL, [D(f(x)), 4 * x - 1], ["="], {}),
    ("x = 1.", PL, [x, 1], ["="], {}),
    ("553.43 MB", PL, [sp.Float("553.43")], [], {"units": ["MB"]}),
    ("8 bits", PL, [8], [], {"units": ["bits"]}),
    ("4 KiB = 4096 bytes", PL, [4, 4096], ["="], {"units": ["KiB", "bytes"]}),
    ("x \\neq 1", TX, [x, 1], ["!="], {}),
    ("x \\leq 1", TX, [x, 1], ["<="], {}),
    ("x \\le 1", TX, [x, 1], ["<="], {}),
    ("x \\geq 1", TX, [x, 1], [">="], {}),
    ("a \\approx b", TX, [a, b], ["~="], {}),
    ("x \\sim N(0,1)", TX, [x, sp.Function("N")(0, 1)], ["~="], {}),
    ("a \\implies b", TX, [a, b], ["=>"], {}),
    ("a \\Rightarrow b", TX, [a, b], ["=>"], {}),
    ("a \\iff b", TX, [a, b], ["<=>"], {}),
    ("a \\Leftrightarrow b", TX, [a, b], ["<=>"], {}),
    ("a \\to b", TX, [a, b], ["->"], {}),
    ("a \\equiv b", TX, [a, b], ["==="], {}),
    ("x \\coloneqq 2", TX, [x, 2], [":="], {}),
    ("a \\leftarrow a - b", TX, [a, a - b], ["<-"], {}),
    ("a \\gets b = 2", TX, [a, b, 2], ["<-", "="], {}),
    ("a ← b", TX, [a, b], ["<-"], {}),
    ("a \\overset{\\text{LH}}{=} b", TX, [a, b], ["="], {"labels": ["LH"]}),
    ("f'(x)  = \\lim_{h \\to 0} \\frac{f(x+h) - f(x)}{h}", TX,
     [D(f(x)), lim((f(x + h) - f(x)) / h, h, 0)], ["="], {}),
    ("\\sigma(z)  = \\frac{1}{1+e^{-z}}", TX, [sigmoid(z), 1 / (1 + sp.exp(-z))], ["="], {}),
    ("\\sigma'(z)  = \\frac{e^{-z}}{(1+e^{-z})^{2}}", TX,
     [D(sigmoid(z), z), sp.exp(-z) / (1 + sp.exp(-z))**2], ["="], {}),
    ("\\frac{1}{1+e^{-(2+0.5t)}}  = 0.9", TX,
     [1 / (1 + sp.exp(-2 - t / 2)), sp.Float("0.9")], ["="], {}),
    ("e^{-(2+0.5t)}  = \\frac{1}{9}", TX, [sp.exp(-2 - t / 2), R(1, 9)], ["="], {}),
    ("t  = 2\\ln 9 - 2", TX, [t, 2 * sp.log(9) - 2], ["="], {}),
    ("f(x) = 3x^{2} + 2x", TX, [f(x), 3 * x**2 + 2 * x], ["="], {}),
    ("\\tanh(z) = 2\\sigma(2z) - 1", TX, [sp.tanh(z), 2 * sigmoid(2 * z) - 1], ["="], {}),
    ("H = -\\sum_{i=1}^{8} \\frac{1}{8}\\log_{2}\\frac{1}{8} = \\log_{2} 8 = 3 \\text{ bits}", TX,
     [sp.Symbol("H"), 3, 3, 3], ["=", "=", "="], {"units": [None, None, None, "bits"]}),
    ("\\lim_{x \\to 0} \\frac{\\sin 3x}{x} \\to \\text{l'hopital} \\to "
     "\\lim_{x \\to 0} \\frac{3\\cos 3x}{1} = 3", TX,
     [lim(sp.sin(3 * x) / x, x, 0), lim(3 * sp.cos(3 * x), x, 0), 3], ["->", "="],
     {"labels": ["l'hopital", None]}),
    ("\\frac{p}{1-p} = \\frac{0.2}{0.8} = 0.25", TX,
     [p / (1 - p), sp.Float("0.25"), sp.Float("0.25")], ["=", "="], {}),
    ("\\ln 0.25 \\approx -1.386", TX, [sp.log(sp.Float("0.25")), sp.Float("-1.386")], ["~="], {}),
    ("4427441408~bits", TX, [4427441408], [], {"units": ["bits"]}),
    ("3 \\text{ bits}", TX, [3], [], {"units": ["bits"]}),
    ("1 \\text{ byte} = 8 \\text{ bits}", TX, [1, 8], ["="], {"units": ["byte", "bits"]}),
    ("P(A,B) = P(B,A)", TX, [P(A, B), P(A, B)], ["="], {}),
    ("P(A|B) = \\frac{P(B|A)P(A)}{P(B)}", TX, [P(A, B) / P(B), P(A, B) / P(B)], ["="], {}),
    ("var(A-B) = var(A)+var(B)", TX, [var(A - B), var(A) + var(B)], ["="], {}),
    ("x^2 - 1 = (x-1)(x+1)", AU, [x**2 - 1, x**2 - 1], ["="], {}),
    ("\\begin{align} a &= b \\\\ &= c \\end{align}", TX, [a, b, c], ["=", "="], {}),
    ("a \\\\ = b", TX, [a, b], ["="], {}),
    ("\\text{odds} = \\frac{p}{1-p}", TX, [sp.Symbol("odds"), p / (1 - p)], ["="], {}),
    # a function's name on its own is a name, never its letters (g·i·l·o·t)
    ("logit = -1.5 + 3", PL, [sp.Symbol("logit"), R(3, 2)], ["="], {}),
    ("logit = \\log\\frac{p}{1-p}", TX, [sp.Symbol("logit"), sp.log(p / (1 - p))], ["="], {}),
    ("odds(p) = \\frac{p}{1-p}", TX, [sp.Function("odds")(p), p / (1 - p)], ["="], {}),
    # acronyms of metrics are names, never products of letters (T·P)
    ("\\frac{TP}{TP + FP} = 0.9", TX,
     [sp.Symbol("TP") / (sp.Symbol("TP") + sp.Symbol("FP")), sp.Float("0.9")], ["="], {}),
    ("RMSE = sqrt(MSE)", PL, [sp.Symbol("RMSE"), sp.sqrt(sp.Symbol("MSE"))], ["="], {}),
    # short words in math (`odds of the event`) are names too, never letters (t·h·e)
    ("odds \\quad of \\quad the \\quad event = 2", TX,
     [sp.Symbol("odds") * sp.Symbol("of") * sp.Symbol("the") * sp.Symbol("event"), 2], ["="], {}),
    ("ratio \\quad for \\quad x = 2", TX,
     [sp.Symbol("ratio") * sp.Symbol("for") * x, 2], ["="], {}),
    ("P(X=k) = \\binom{n}{k} p^k (1-p)^{n-k}", TX,
     [P(sp.Eq(X, k)), sp.binomial(n, k) * p**k * (1 - p)**(n - k)], ["="], {}),
    ("E[X] = np", TX, [E_(X), n * p], ["="], {}),
    ("Var(X) = np(1-p)", TX, [Var(X), n * p * (1 - p)], ["="], {}),
    ("\\mathrm{Var}(X) = E[X^2] - (E[X])^2", TX, [Var(X), E_(X**2) - E_(X)**2], ["="], {}),
    ("y' = 2x", PL, [sp.Symbol("yʹ"), 2 * x], ["="], {}),
    ("0 < p < 1", TX, [0, p, 1], ["<", "<"], {}),
    ("|\\sum_{i} x_i| \\le \\sum_i |x_i|", TX,
     [sp.Abs(sp.Sum(ix("x"), (i, 1, IMAX))), sp.Sum(sp.Abs(ix("x")), (i, 1, IMAX))], ["<="], {}),
    ("P\\left(A | B\\right) = \\frac{P(A \\cap B)}{P(B)}", TX,
     [P(A, B) / P(B), P(A, B) / P(B)], ["="], {}),
    ("x = 2 \\quad \\text{(by symmetry)}", TX, [x, 2], ["="], {"units": [None, None]}),
    ("\\frac{d}{dx}\\sigma(x) = \\sigma(x)(1-\\sigma(x))", TX,
     [D(sigmoid(x)), sigmoid(x) * (1 - sigmoid(x))], ["="], {}),
    ("x = \\pm 2", TX, [x, 2 * PM], ["="], {}),
]


@pytest.mark.parametrize(("text", "syntax", "parts", "ops", "extra"), CHAINS,
                         ids=[r[0] for r in CHAINS])
def test_chain(text, syntax, parts, ops, extra):
    chains = parse_chains(text, syntax)
    assert len(chains) == 1, chains
    chain = chains[0]
    assert [link.op for link in chain.links] == ops
    assert len(chain.parts) == len(parts)
    for part, expected in zip(chain.parts, parts, strict=True):
        assert same(part.expr, expected), f"{part.expr!r} is not {expected!r}"
    if "units" in extra:
        assert [part.unit for part in chain.parts] == extra["units"]
    if "labels" in extra:
        assert [link.label for link in chain.links] == extra["labels"]


# several statements in one formula: (input, syntax, [(parts, ops) per statement])
STATEMENTS = [
    ("\\sigma(x)=\\frac{1}{1+e^{-x}},~~~\\sigma'(x)=\\sigma(x)(1-\\sigma(x))", TX,
     [([sigmoid(x), 1 / (1 + sp.exp(-x))], ["="]),
      ([D(sigmoid(x)), sigmoid(x) * (1 - sigmoid(x))], ["="])]),
    ("x = 1,\\quad y = 2", TX, [([x, 1], ["="]), ([y, 2], ["="])]),
    ("x = 1, y = 2", PL, [([x, 1], ["="]), ([y, 2], ["="])]),
    ("x = 1; y = 2", PL, [([x, 1], ["="]), ([y, 2], ["="])]),
    ("a = b \\\\ c = d", TX, [([a, b], ["="]), ([c, d], ["="])]),
    ("x=2 \\text{ and } y=3", TX, [([x, 2], ["="]), ([y, 3], ["="])]),
    ("x = 2 \\quad and \\quad y = 3", TX, [([x, 2], ["="]), ([y, 3], ["="])]),
    ("x = 2 and y = 3", PL, [([x, 2], ["="]), ([y, 3], ["="])]),
    ("x=2, \\text{ where } y=3", TX, [([x, 2], ["="]), ([y, 3], ["="])]),
    ("p = 0.2, \\quad \\frac{p}{1-p} = 0.25", TX,
     [([p, sp.Float("0.2")], ["="]), ([p / (1 - p), sp.Float("0.25")], ["="])]),
]


@pytest.mark.parametrize(("text", "syntax", "statements"), STATEMENTS,
                         ids=[r[0] for r in STATEMENTS])
def test_statements(text, syntax, statements):
    got = parse(text, syntax)
    assert isinstance(got, list) and len(got) == len(statements)
    for chain, (parts, ops) in zip(got, statements, strict=True):
        assert [link.op for link in chain.links] == ops
        assert all(same(part.expr, e) for part, e in zip(chain.parts, parts, strict=True))


# --- tree shape: the srepr of every row's unevaluated parse, against tests/data/parse_shapes.json
# Values above say what a row means; shapes say how it was built (Add vs Mul by -1, Pow(x, -1) vs
# a Rational, argument order). Rewrite the data file only on purpose, after reviewing the change:
#     TUTOR_UPDATE_GOLDEN=1 python -m pytest tests/test_parsing.py -k shape
#     python -m pytest tests/test_parsing.py -k shape --update-golden

SHAPES_FILE = Path(__file__).resolve().parent / "data" / "parse_shapes.json"
SHAPE_ROWS = list(dict.fromkeys([(r[0], r[1]) for r in ROWS + CHAINS + STATEMENTS]))


def _shape(result):
    """srepr with the arguments in the order they were built: a string for an expression, a list
    of part shapes for a chain, a list of those for several statements. A Dummy (ELLIPSIS,
    PLUS_MINUS) keeps its name; its index changes from one process to the next."""
    if isinstance(result, Chain):
        return [_shape(part.expr) for part in result.parts]
    if isinstance(result, list):
        return [_shape(chain) for chain in result]
    return re.sub(r", dummy_index=\d+", "", sp.srepr(result, order="none"))  # per process


@pytest.fixture(scope="module")
def shapes(update_golden) -> dict:
    if update_golden:
        data: dict = {}
        for text, syntax in SHAPE_ROWS:
            data.setdefault(syntax, {})[text] = _shape(parse(text, syntax))
        SHAPES_FILE.parent.mkdir(exist_ok=True)
        SHAPES_FILE.write_text(json.dumps(data, indent=1, ensure_ascii=False, sort_keys=True)
                               + "\n", encoding="utf-8")
    if not SHAPES_FILE.exists():
        pytest.fail(f"{SHAPES_FILE} is missing; create it from the current parser with "
                    "`TUTOR_UPDATE_GOLDEN=1 python -m pytest tests/test_parsing.py -k shape` "
                    "(or --update-golden), review it and commit it")
    return json.loads(SHAPES_FILE.read_text(encoding="utf-8"))


@pytest.mark.parametrize(("text", "syntax"), SHAPE_ROWS, ids=[f"{r[1]}:{r[0]}" for r in SHAPE_ROWS])
def test_shape(shapes, text, syntax):
    expected = shapes.get(syntax, {}).get(text)
    assert expected is not None, (f"no stored shape for {syntax} {text!r}: rerun with "
                                  "TUTOR_UPDATE_GOLDEN=1 to add it")
    assert _shape(parse(text, syntax)) == expected, f"the tree of {text!r} changed shape"


def test_shapes_file_has_no_stale_rows(shapes):
    stored = {(text, syntax) for syntax, rows in shapes.items() for text in rows}
    assert stored == set(SHAPE_ROWS), f"stale: {stored - set(SHAPE_ROWS)}"


def test_the_table_is_big_enough():
    assert len(ROWS) + len(CHAINS) + len(STATEMENTS) >= 320


# --- properties the table cannot show -----------------------------------------------------------


def test_same_tells_different_things_apart():
    assert same(parse("2x"), 2 * x) and same(parse("(x+1)^2"), x**2 + 2 * x + 1)
    assert not same(parse("\\sin 3x", "latex"), sp.sin(3) * x)
    assert not same(parse("x^2"), x**3)
    assert not same(parse("P(A|B)"), P(A, B) / P(A))
    assert not same(parse("f(x+h)"), f(x) + h)
    assert not same(parse("\\lim_{x \\to 0^+} \\frac{1}{x}", "latex"), lim(1 / x, x, 0, "-"))
    assert not same(parse_chains("x = 1")[0], x)



def test_parse_keeps_things_unevaluated():
    two_plus_three = parse("2+3")
    assert isinstance(two_plus_three, sp.Add) and two_plus_three.args == (2, 3)
    assert two_plus_three != 5
    assert isinstance(parse("2*3"), sp.Mul) and parse("2*3") != 6
    assert parse("x - x") != 0
    assert parse("\\frac{2}{4}", "latex") != R(1, 2)
    assert parse("2^{10}", "latex") != 1024


def test_entropy_of_a_coin_is_not_zero():
    got = parse("-(\\theta \\log_{2}\\theta + (1-\\theta)\\log_{2}(1-\\theta))", "latex")
    assert got.doit() != 0
    assert sp.N(got.subs(theta, R(1, 2))) == pytest.approx(1.0)


def test_e_is_euler_unless_defined():
    assert parse("e^{27}", "latex").doit() == sp.exp(27)
    assert parse("e").doit() is sp.E
    defined = parse("e^{2}", "latex", ParseContext(symbols=frozenset({"e"})))
    assert defined.doit() == sp.Symbol("e")**2


def test_i_is_imaginary_only_when_declared():
    assert parse("i^2").doit() == i**2
    assert parse("i^2", "plain", ParseContext(imaginary=True)).doit() == -1


def test_log_base_comes_from_the_context():
    assert same(parse("\\log x", "latex", ParseContext(log_base=2)), sp.log(x, 2))
    assert same(parse("log(x)", "plain", ParseContext(log_base=10)), sp.log(x, 10))
    assert same(parse("\\ln x", "latex", ParseContext(log_base=2)), sp.log(x))


def test_declared_functions_are_calls():
    assert same(parse("n(n+1)"), n * (n + 1))
    got = parse("n(n+1)", "plain", ParseContext(functions=frozenset({"n"})))
    assert same(got, sp.Function("n")(n + 1)) and not same(got, n * (n + 1))


def test_conditional_probability_is_directional():
    ab, ba = parse("P(A|B)", "latex"), parse("P(B|A)", "latex")
    assert not same(ab, ba)
    assert same(parse("P(A,B)"), parse("P(B,A)"))


def test_subscripts_with_and_without_braces_are_one_symbol():
    assert parse("x_{1}", "latex") == parse("x_1", "latex") == parse("x_1") == x1


def test_sigma_call_is_sigmoid_and_bare_sigma_is_a_symbol():
    assert parse("\\sigma(x)", "latex") == sigmoid(x)
    assert parse("\\sigma", "latex") == sigma
    assert same(parse("\\sigma^{2} x", "latex"), sigma**2 * x)


def test_inverse_and_power_of_a_function_differ():
    assert same(parse("\\sin^{-1} x", "latex"), sp.asin(x))
    assert not same(parse("\\sin^{-1} x", "latex"), 1 / sp.sin(x))
    assert not same(parse("\\sin^{2} x", "latex"), sp.sin(x**2))


def test_spans_point_at_the_source():
    chain = parse_chains("f(x) = 3x^{2} + 2x", "latex")[0]
    left, right = chain.parts
    assert (left.span.column, left.span.end_column, left.span.text) == (1, 5, "f(x)")
    assert (right.span.column, right.span.text) == (8, "3x^{2} + 2x")
    assert (chain.links[0].span.column, chain.links[0].span.text) == (6, "=")
    second = parse_chains("\\sigma(x)=1,~~~\\sigma'(x)=2", "latex")[1]
    assert second.parts[0].span.text == "\\sigma'(x)"
    assert second.parts[0].span.column == 16


def test_multiline_text_keeps_line_numbers():
    chain = parse_chains("a\n= b", "latex")[0]
    assert chain.parts[1].span.line == 2 and chain.parts[1].span.column == 3


def test_huge_power_tower_stays_unevaluated():
    got = parse("10^10^10^10")
    assert isinstance(got, sp.Pow) and got.base == 10


def test_auto_detects_the_syntax():
    assert same(parse("\\frac{1}{2}"), R(1, 2))
    assert same(parse("1/2"), R(1, 2))
    assert same(parse("$x$"), x)

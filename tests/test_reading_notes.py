"""Constructs of real study notes, row by row: text in, its reading out (issue 12).

A row is (text, reading): the reading is the str of the sympy value (chains as `a = b`, several
statements joined by `; `), "skipped" for math that claims nothing (a tuple, an interval, a list,
a function name alone, set notation: NotAClaim, which documents skip quietly), or "!" and the
ParseError's message for what is refused by name. Rows are in our own words (no notes copied).
"""

from __future__ import annotations

import pytest

from tutor.batch import check_document
from tutor.errors import NotAClaim, ParseError
from tutor.model import Chain
from tutor.read.parser import parse

# refusals by name of constructs not read yet
MAX_OVER = ("!a maximum or minimum over a variable (\\max_x …) is not supported yet: write the "
            "value it takes")
SEVERAL_INDICES = ("!a sum over several indices (\\sum_{i,j}) is not supported yet: write one sum "
                   "inside another")
ROWS = [
    ('odds = \\frac{p}{1-p}', 'odds = p/(1 - p)'),
    ('\\log(odds) = \\log\\frac{p}{1-p}', 'log(odds) = log(p/(1 - p))'),
    ('\\text{odds} = 0.25', 'odds = 0.250000000000000'),
    ('probability = 0.5', 'probability = 0.500000000000000'),
    ('\\text{Kurtosis} = 3', 'Kurtosis = 3'),
    ('sd_{error} = 2', 'sd_error = 2'),
    ('t = 5\\,milliseconds', 't = 5*milliseconds'),
    ('logit(p) = \\log\\frac{p}{1-p}', 'logit(p) = log(p/(1 - p))'),
    ('cost(w) = 2', 'cost(w) = 2'),
    ('xy', 'x*y'),
    ('2ab', '2*a*b'),
    ('(0.81, 1.90)', 'skipped'),
    ('[0,1]', 'skipped'),
    ('(0, 1]', 'skipped'),
    ('X_1, \\dots, X_n', 'skipped'),
    ('y = \\left\\lbrace y_1, \\ldots, y_n \\right\\rbrace', 'skipped'),
    ('S = \\lbrace 1, 2, 3 \\rbrace', 'skipped'),
    ('H(\\cdot)', 'skipped'),
    ('\\text{log}_2(8)', 'log(8)/log(2)'),  # a function's name in upright letters
    ('\\mathrm{ln}(x) + \\text{exp}(1)', 'log(x) + exp(1)'),
    ('IG = 0.28', 'IG = 0.280000000000000'),  # information gain, an acronym
    ('\\mathbf{\\hat{y}} - \\hat{\\mathbf{y}}', '-y_hat + y_hat'),  # one bold ŷ, two spellings
    ('y^\\mathrm{T} y', 'y^T*y'),  # a transpose unbraced, as y^{\\mathrm{T}} y
    ('D_{KL}(\\cdot \\| \\cdot)', 'skipped'),
    ('k(\\cdot, \\cdot)', 'skipped'),
    # words in brackets after a space: a remark beside the formula
    ('y = 2x \\quad (Property of Combination)', 'y = 2*x'),
    ('y = 2x \\qquad (by parts)', 'y = 2*x'),
    # names given values at once (a start point, a critical point): each name its value
    ('(x_0, y_0) = (1, 1)', 'x_0 = 1; y_0 = 1'),
    ('(x, y) = (4, 2)', 'x = 4; y = 2'),
    ('(x, x) = (1, 2)', 'skipped'),
    ('(a, b) = (1, 2, 3)', 'skipped'),
    ('(x + y, y) = (1, 2)', 'skipped'),
    ('(x, y) = (1, 2) = (1, 2)', 'skipped'),
    ('(x, y) = (r\\cos\\theta, r\\sin\\theta)', 'skipped'),
    ('\\log{1.23}', 'log(1.23)'),
    ('\\log{\\frac{a}{b}}', 'log(a/b)'),
    ('\\exp{\\beta_1}', 'exp(beta_1)'),
    ('\\sin{x}', 'sin(x)'),
    ('\\log{\\left(x \\right)}', 'log(x)'),
    ('\\operatorname{atan}{\\left(y\\right)}', 'atan(y)'),
    ('28\\% = 0.28', '28*(1/100) = 0.280000000000000'),  # a percent: its own factor
    ('28% = 0.28', '28*(1/100) = 0.280000000000000'),
    ('50\\\\% = 0.5', '50*(1/100) = 0.500000000000000'),  # Markdown's escaped backslash: `\\%`
    ('\\hat{\\beta_{0}} = 2', 'beta_hat_0 = 2'),
    ('\\hat{\\beta_0} + \\hat{\\beta}_{1}', 'beta_hat_0 + beta_hat_1'),
    ('a \\* b', 'a*b'),
    ('\\sum x_i', 'Sum(x[i], (i, 1, n_max))'),
    ('\\sum_i x_i', 'Sum(x[i], (i, 1, n_max))'),
    ('\\prod_i p_i', 'Product(p[i], (i, 1, n_max))'),
    ('\\prod p_i^{y_i}', 'Product(p[i]**y[i], (i, 1, n_max))'),
    ('\\sum x_i y_j', 'skipped'),  # no index said: unchecked in notes (round 12), no parse error
    ('f(x; p)', 'f(x, p)'),
    ('P(y|x;\\beta)', 'P(beta, x, y)/P(beta, x)'),
    ('\\ln', 'skipped'),
    ('$\\exp$', 'skipped'),
    ('\\log_2', 'skipped'),
    ('\\to', 'skipped'),
    ('X \\sim \\text{Bin}(n,p)', 'X ~= Bin(n, p)'),
    ('x \\in [0,1]', 'skipped'),
    ('\\forall x', 'skipped'),
    ('A \\cap B', 'skipped'),
    ('A \\cup B', 'skipped'),
    ('\\lim_{{x\\to0}} \\frac{\\sin x}{x}', "Limit(sin(x)/x, x, 0, dir='+-')"),
    ('\\arg\\max_x f(x)', 'argmax_x (f(x))'),
    ('\\operatorname*{argmax}_\\theta L(\\theta)', 'argmax_theta (L(theta))'),
    ('e^-x', 'E**(-x)'),
    ("\\text{ReLU}'(x)", 'Derivative(Max(0, x), x)'),
    ('h_\\theta(x)', 'h_theta(x)'),
    ('h_\\beta', 'h_beta'),
    ('a \\odot b', 'a ⊙ b'),
    ('\\ln\\binom{n}{k}', 'log(binomial(n, k))'),
    ('x^2_i', 'x_i**2'),
    ('\\sigma^2_i', 'sigma_i**2'),
    ('\\sum^{n}_{i=1} i', 'Sum(i, (i, 1, n))'),
    ('\\sum^\\infty_{i=1}x_{i}', 'Sum(x[i], (i, 1, oo))'),  # \\infty, then a letter
    ('\\int^b_a x dx', 'Integral(x, (x, a, b))'),
    ("$f'_1(x)$", 'Derivative(f_1(x), x)'),
    ("$a'_b$", 'aʹ_b'),
    ('\\lfloor x \\rfloor', 'floor(x)'),
    ('\\lceil \\frac{n}{2} \\rceil', 'ceiling(n/2)'),
    ('\\|x\\|', '‖x‖'),
    ('\\lVert x \\rVert', '‖x‖'),
    ('\\vert x \\vert', 'Abs(x)'),
    ('P(A \\vert B)', 'P(A, B)/P(B)'),
    ('\\lbrace x \\rbrace', 'x'),
    ('\\mleft( x + 1 \\mright)^2', '(x + 1)**2'),
    ('{a \\over b}', 'a/b'),
    ('\\mathit{loss}', 'loss'),
    ('\\mathrm{e}^x', 'E**x'),
    ('\\Pr(A)', 'P(A)'),  # the probability P
    ('\\text{Var}(X)', 'Var(X)'),
    ('\\operatorname{Var}(X)', 'Var(X)'),
    ('𝐸[𝑋]', 'E(X)'),
    ('x − 1', 'x - 1'),
    ('a \\leq X \\leq b', 'a <= X <= b'),
    ('\\left[\\frac{x^3}{3}\\right]_0^1', '-Subs(x**3/3, x, 0) + Subs(x**3/3, x, 1)'),
    ('1,000', '1000'),
    ('x = 1,000,000', 'x = 1000000'),
    ('f(1,000)',
     '!1,000 inside brackets: one number (write it without the comma) or several (put '
     'a space after each comma)?'),
    ('\\frac{x^7}{5,040}', 'x**7/5040'),  # a whole TeX group: one number
    ('\\frac{ 362,880 }{2}', '362880/2'),
    ('\\{1,000\\}',
     '!1,000 inside brackets: one number (write it without the comma) or several (put '
     'a space after each comma)?'),
    ('lim h->0 -1/(x(x+h))', "Limit(-1/(x*(h + x)), h, 0, dir='+-')"),
    ('\\lim_{h\\to0} -\\frac{1}{x(x+h)}', "Limit(-1/(x*(h + x)), h, 0, dir='+-')"),
    ('\\int x + a \\, dx', 'Integral(a + x, x)'),
    ('\\int_0^1 dx', 'Integral(1, (x, 0, 1))'),
    ('\\imaginaryunit^2', 'I**2'),
    ('|\\imaginaryunit|', 'Abs(I)'),
    # events of a test and complements inside P(…): opaque names read the same way each time
    ('P(D|+)', 'P(D, ᐩ)/P(ᐩ)'),
    ('P(+|D)', 'P(D, ᐩ)/P(D)'),
    ('P(-|\\neg D)', 'P(Dᶜ, ᐨ)/P(Dᶜ)'),
    ('P(+)', 'P(ᐩ)'),
    ('P(D|++)', 'P(D, ᐩᐩ)/P(ᐩᐩ)'),
    ('P(\\lnot D)', 'P(Dᶜ)'),
    ('P(¬D)', 'P(Dᶜ)'),
    ('P(D^c) = 1 - P(D)', 'P(Dᶜ) = 1 - P(D)'),
    ('P(A^C)', 'P(Aᶜ)'),
    # D^+ and D^- (also D+, D-): an event and its complement, as in a test's table
    ('P(T^+|D^+)', 'P(D, T)/P(D)'),
    ('P[T^-|D^-]', 'P(Dᶜ, Tᶜ)/P(Dᶜ)'),
    ('P(D+|T+) = 0.5', 'P(D, T)/P(T) = 0.500000000000000'),
    ('P(D^{-}) = 1 - P(D^{+})', 'P(Dᶜ) = 1 - P(D)'),
    ('\\lim_{x \\to 0^+} \\frac{1}{x}', "Limit(1/x, x, 0, dir='+')"),
    # a subscript word without braces is one subscript (TeX sets only its first letter low)
    ('H_max = \\log_2 2', 'H_max = log(2)/log(2)'),
    ('\\theta_MLE', 'theta_MLE'),
    ('x_{new} - x_old', 'x_new - x_old'),
    ('p_minus', 'i*n*p_m*s*u'),
    # f'(x = -1): the derivative at -1; a dot between brackets is a product
    ("f'(x = -1) = -2", 'Subs(Derivative(f(t_), t_), t_, -1) = -2'),
    ('\\sigma(x).(1 - \\sigma(x))', '(1 - sigmoid(x))*sigmoid(x)'),
    ('f(2.5)', 'f(2.5)'),
    # math written inside \\text{…}: read as the math
    ('\\text{\\sigma^2} = 1.47', 'sigma**2 = 1.47000000000000'),
    # names listed with dots, in braces or not: not a claim
    ('{x1, x2, . . . , xN }', 'skipped'),
    ('x_1, x_2, ..., x_n', 'skipped'),
    # an operator alone in prose math (`$+$` a positive test): not a claim
    ('+', 'skipped'),
    ('\\pm', 'skipped'),
    ('\\times', 'skipped'),
    # a letter glued to log is refused, never the name ylog (it was a product ŷ·ylog)
    ('-ylog\\hat{y}', "!'ylog' reads as one name: write y \\log(…) with a space or a backslash"),
    ('y_ilog(\\hat{y}_i)', 'y_i*log(y_hat_i)'),
    # \Pr is the probability P
    ('\\Pr(D \\mid +)', 'P(D, ᐩ)/P(ᐩ)'),
    ('\\Pr(A) = 0.2', 'P(A) = 0.200000000000000'),
    # an event in words equal to a word: P(\text{Test}=\text{true})
    ('P(D|\\text{Test}=\\text{true})', 'P(D, Eq(Test, true))*P(Eq(Test, true))**(-1)'),
    ('P(D \\mid +)', 'P(D, ᐩ)/P(ᐩ)'),
    ('P(D|+) = \\frac{P(+|D)P(D)}{P(+)}', 'P(D, ᐩ)/P(ᐩ) = (P(D)*P(D, ᐩ)/P(D))/P(ᐩ)'),
    ('(-|x|)', '-Abs(x)'),
    ('f(|x|-|y|)', 'f(Abs(x) - Abs(y))'),
    ('\\neg D', '!\\neg (not) is read only before an event inside P(…), e.g. P(\\neg D)'),
    ('x = \\lnot y', '!\\neg (not) is read only before an event inside P(…), e.g. P(\\neg D)'),
    # primes, accents and partial derivatives in and of accented names
    ('\\hat\\lambda = 2.5', 'lambda_hat = 2.50000000000000'),
    ("\\ell'(\\lambda) = \\frac{1}{\\lambda}\\sum_i x_i - n",
     'Derivative(l(lambda), lambda) = -n + 1*Sum(x[i], (i, 1, n_max))/lambda'),
    ('\\frac{\\partial L}{\\partial \\hat{y}}', 'Derivative(L(y_hat), y_hat)'),
    ('\\frac{\\partial \\hat{y}}{\\partial z} = \\hat{y}(1-\\hat{y})',
     'Derivative(y_hat(z), z) = y_hat*(1 - y_hat)'),
    ('\\frac{\\partial L}{\\partial \\hat\\beta_1}', 'Derivative(L(beta_hat_1), beta_hat_1)'),
    ('\\frac{\\partial}{\\partial \\hat{y}} \\hat{y}^2', 'Derivative(y_hat**2, y_hat)'),
    ('\\frac{\\partial f}{\\partial \\mathbf{w}}', 'Derivative(f(w), w)'),
    # \ln n! is ln(n!)
    ('\\ln x_i!', 'log(factorial(x_i))'),
    ('\\log n! = n\\log n', 'log(factorial(n)) = n*log(n)'),
    ('ln n!', 'log(factorial(n))'),
    # an unbracketed sum runs on over a term naming its index (the writer's Σ_i a_i + b_i)
    ('\\sum_{i=1}^n x_i\\log p + (1-x_i)\\log(1-p)',
     'Sum((1 - x[i])*log(1 - p) + log(p)*x[i], (i, 1, n))'),
    ('-\\sum_i y_i \\log p_i + (1-y_i)\\log(1-p_i)',
     '-Sum((1 - y[i])*log(1 - p[i]) + log(p[i])*y[i], (i, 1, n_max))'),
    ('\\prod_{i=1}^n p^{x_i} + q_i', 'Product(p**x[i] + q[i], (i, 1, n))'),
    ('\\sum_i\\sum_j a_j + b_i', 'Sum(b[i] + Sum(a[j], (j, 1, n_max)), (i, 1, n_max))'),
    ('\\sum_i\\sum_j a_i + b_j', 'Sum(a[i] + b[j], (j, 1, n_max), (i, 1, n_max))'),
    ('\\sum_{i=1}^n x_i + 1', 'Sum(x[i], (i, 1, n)) + 1'),  # 1 names no index: stays outside
    ('\\sum_j e^{z_j} - z_i', '-z_i + Sum(exp(z[j]), (j, 1, n_max))'),  # another index
    ('\\left(\\sum_{i=1}^n x_i\\right) + y_i', 'y_i + Sum(x[i], (i, 1, n))'),  # bracketed
    # a sum over every index but one; conditions in brackets; sets written out
    ('\\sum_{k\\neq i} y_k p_i', 'Sum(Piecewise((0, Eq(i, k)), (p_i*y[k], True)), (k, 1, n_max))'),
    ('\\sum_{j \\ne i} \\frac{1}{x_i - x_j}',
     'Sum(Piecewise((0, Eq(i, j)), (1/(x_i - x[j]), True)), (j, 1, n_max))'),
    ('\\prod_{k\\neq i} x_k',
     '!a product over all indices but one (\\prod_{k \\neq i}) is not supported yet'),
    # a condition in brackets after the formula: a condition beside it, the claims under it
    ('\\frac{1}{1-x} = \\sum_{n=0}^{\\infty} x^n \\quad (|x|<1)',
     '1/(1 - x) = Sum(x**n, (n, 0, oo)); Abs(x) < 1'),
    ('e^x \\geq 1 + x \\qquad (x \\geq 0)', 'E**x >= x + 1; x >= 0'),
    ('\\{1,\\dots,n\\}', 'skipped'),
    ('\\{x : x > 0\\}', 'skipped'),
    # a vector drawn as a row of boxes (was the product 0·1·0, a value of y)
    ('y = \\boxed{0}\\boxed{1}\\boxed{0}', 'skipped'),
    ('\\frac{\\partial L}{\\partial o} = \\boxed{0.090}\\boxed{-0.775}', 'skipped'),
    ('\\boxed{x = 2}', 'x = 2'),
    # E of an expression in ξ, η (random variables of Russian and Chinese courses): it was E·ξ²
    ('E(\\xi^2)', 'E(xi**2)'),
    ('E(\\eta - 1)', 'E(eta - 1)'),
    # the rest of issue 12's list (several were read already)
    ('\\lim_{{x\\to0}} x', "Limit(x, x, 0, dir='+-')"),
    ('\\arg\\max_x f(x)', 'argmax_x (f(x))'),
    ('\\operatorname*{argmax}_x f(x)', 'argmax_x (f(x))'),
    ('e^-x', 'E**(-x)'),
    ("\\text{ReLU}'(x) = 1", 'Derivative(Max(0, x), x) = 1'),
    ('h_\\theta(x) = \\sigma(\\theta x)', 'h_theta(x) = sigmoid(theta*x)'),
    ('\\ln\\binom{n}{k}', 'log(binomial(n, k))'),
    ("f'_1(x) = \\sin x", 'Derivative(f_1(x), x) = sin(x)'),
    ('\\lfloor x \\rfloor + \\lceil x \\rceil', 'ceiling(x) + floor(x)'),
    ('\\vert x \\vert', 'Abs(x)'),
    ('\\lbrace x \\rbrace', 'x'),
    ('\\mathit{foo}', 'foo'),
    ('\\mathrm{e}^x', 'E**x'),
    ('a \\leq X \\leq b', 'a <= X <= b'),
    ('\\left[\\frac{x^3}{3}\\right]_0^1', '-Subs(x**3/3, x, 0) + Subs(x**3/3, x, 1)'),
    ('1,000 + 1', '1 + 1000'),
    ('x \\odot y', 'x ⊙ y'),
    # \mathit{…} is one name; the variable of an integral in the numerator: \int \frac{dx}{x}
    ("\\mathit{foo'}'", 'fooʹʹ'),
    ('\\mathit{HELLO world}', 'HELLOworld'),
    ('\\mathit{foo}(x)', 'foo(x)'),
    ('\\int \\frac{dz}{z}', 'Integral(1/z, z)'),
    ('\\int \\frac{3 dz}{z}', 'Integral(3/z, z)'),
    ('\\int_1^2 \\frac{dx}{x^2}', 'Integral(1/(x**2), (x, 1, 2))'),
    ('\\int \\frac{2\\,dx}{1+x^2}', 'Integral(2/(x**2 + 1), x)'),
    ('\\int \\frac{\\mathrm{d}x}{x}', 'Integral(1/x, x)'),
    ('\\int \\frac{dy}{dx} dx', 'Integral(Derivative(y(x), x), x)'),
    # θ^* is a name (the optimum); \mathbb{1} is the indicator I; \max_x and \sum_{i,j} by name
    ('\\theta^* = \\frac{1}{n}\\sum_i x_i', 'theta_star = 1*Sum(x[i], (i, 1, n_max))/n'),
    ('x^\\star + 1', 'x_star + 1'),
    ('$w^{*}$', 'w_star'),
    ('x_i^* = 3', 'x_i_star = 3'),
    ('theta^* + 1', 'theta_star + 1'),
    ('x^*2', '!two operators in a row'),
    ('\\mathbb{1}[y=k]', 'I(Eq(y, k))'),
    ('\\mathbb{1}(y = k) + I(y = k)', 'I(Eq(y, k)) + I(Eq(y, k))'),
    ('\\max_x f(x)', MAX_OVER),
    ('\\min_{x} x^2', MAX_OVER),
    ('\\sup_x f(x)', MAX_OVER),
    ('\\max(0, x)', 'Max(0, x)'),
    ('\\sum_{i,j=1}^{n} a_{ij}', SEVERAL_INDICES),   # \\sum_{i,j} alone is read (sixth round)
    ('\\sum_{i,j} a_{ij}', 'Sum(a[i, j], (j, 1, n_max), (i, 1, n_max))'),
    ('\\max\\limits_x f(x)', MAX_OVER),
    # a prime on a function command: its derivative at the argument
    ("\\tanh'(x) = 1 - \\tanh^2(x)", 'Derivative(tanh(x), x) = 1 - tanh(x)**2'),
    ("\\sin''(x)", 'Derivative(sin(x), (x, 2))'),
    ("\\exp'(2x)", 'Subs(Derivative(exp(t_), t_), t_, 2*x)'),
    ("\\operatorname{softplus}'(x)", 'Derivative(softplus(x), x)'),
]


def reading(text: str) -> str:
    """How `text` is read, in the notation of ROWS."""
    try:
        got = parse(text)
    except NotAClaim:
        return "skipped"
    except ParseError as exc:
        return "!" + exc.message
    shown = []
    for chain in got if isinstance(got, list) else [got]:
        if not isinstance(chain, Chain):
            shown.append(str(chain))
            continue
        text = str(chain.parts[0].expr)
        for link, part in zip(chain.links, chain.parts[1:], strict=True):
            text += f" {link.op} {part.expr}"
        shown.append(text)
    return "; ".join(shown)


@pytest.mark.parametrize(("text", "expected"), ROWS, ids=[r[0][:40] for r in ROWS])
def test_reading(text, expected):
    assert reading(text) == expected


def test_not_a_claim_is_a_parse_error_for_the_api():
    """`tutor.parse` raises only ParseError: NotAClaim is one."""
    with pytest.raises(ParseError):
        parse("(0.81, 1.90)")


NOTES = r"""# Intervals and lists

The interval is $(0.81, 1.90)$ and $x \in [0,1]$, for $X_1, \dots, X_n$ drawn with $\ln$ as log.

$$\text{odds} = \frac{p}{1-p}$$

$$28\% = 0.28$$

$$\log(odds) = \log\frac{0.2}{0.8}$$
"""


def test_documents_skip_what_claims_nothing():
    steps = check_document(NOTES, kind="markdown").steps
    assert not [s for s in steps if s.verdict == "parse_error"], steps
    assert [s.verdict for s in steps if s.source.strip() == "0.28"] == ["ok"]

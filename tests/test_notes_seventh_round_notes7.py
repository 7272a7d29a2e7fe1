"""The seventh round of real-notes habits (probability, MLE/MAP, information theory): French
decimal commas in braces (`0{,}3`), `P_B(A)` for P(A | B), intervals `[0 ; +∞[`; the Japanese
`{}_n C_k` and `\\fallingdotseq`; Cross Validated's `\\langle x \\rangle` for a mean and rows
`&\\stackrel{(a)}{=}`; `\\partial\\,\\text{KL}`; an end-of-proof `\\square`; a value given to a
parameter after an equation; a formula among undefined functions taken at other arguments, values of
calls of names given anew, and a law declared under an earlier heading (no false errors)."""

from __future__ import annotations

import pytest
from document_steps import assert_reading, assert_verdicts

# (text, what it is read as; "!" and a fragment: refused with that message)
READINGS = [
    # TeX's decimal comma in braces (French notes): a decimal point
    (r"0{,}6 \times 0{,}03 + 0{,}4 \times 0{,}05", "0.6*0.03 + 0.4*0.05"),
    (r"0{,}95^{20}", "0.95**20"),
    (r"1{,}4 - 0{,}4^2", "1.4 - 0.4**2"),
    (r"-0{,}2\ln 0{,}2", "-0.2*log(0.2)"),
    (r"1{,}000", "1000"),                                # three digits after 1: thousands still
    (r"f(0{,}5)", "f(0.5)"),
    # the binomial coefficient with n before the C (Japanese notes)
    (r"{}_n C_k \, p^k", "p**k*binomial(n, k)"),
    (r"{}_{10}C_{3}", "binomial(10, 3)"),
    (r"{}_5C_2", "binomial(5, 2)"),
    (r"\log {}_n C_k + k \log p", "k*log(p) + log(binomial(n, k))"),
    # 𝕍(X), the variance of French notes
    (r"\mathbb{V}(3X - 2)", "Var(3*X - 2)"),
    # an end-of-proof box is ink
    (r"x \square", "x"),
    # P_B(A), the probability of A given B (French notes), when both are events
    (r"P_B(A)", "P(A, B)/P(B)"),
    (r"P_{M_1}(D)", "P(D, M_1)/P(M_1)"),
    (r"\mathbb{P}_{\overline{B}}(A)", "P(A, B_overline)/P(B_overline)"),
    (r"P_n(x)", "P_n(x)"),                              # a polynomial P_n: not an event
    (r"P_X(x)", "P_X(x)"),                              # the pmf of X at x
    (r"P_B(A, C)", "P_B(A, C)"),
    (r"P_X(A)", "P_X(A)"),                              # the law of X, not a condition
    # ⟨…⟩ around one expression is a mean; ⟨u, v⟩ and ⟨ψ|φ⟩ are still not read
    (r"\langle x^2 \rangle - \langle x \rangle^2", "-E(x)**2 + E(x**2)"),
    (r"\left\langle X \right\rangle", "E(X)"),
    (r"\langle u, v \rangle", "!inner products"),
    (r"\langle \psi | \phi \rangle", "!inner products"),
    (r"\langle\cdot\rangle", "!the mean ⟨·⟩ named alone"),
    # a sum over the values of two variables, each in its set
    (r"\sum_{x \in X, y \in Y} p(x,y)", "Sum(p(x, y), (y, 1, n_max), (x, 1, n_max))"),
    (r"\sum_{x \in \mathcal{X}, y \in \mathcal{Y}} p(x,y)",
     "Sum(p(x, y), (y, 1, n_max), (x, 1, n_max))"),
    # braces around the summand of Σ are invisible (Σ takes a whole product anyway)
    (r"\sum_{x} {p(x) \log \frac {p(x)}{q(x)}}", "Sum(p(x)*log(p(x)/q(x)), (x, 1, n_max))"),
    (r"\sum_x {a + b}", "!braces"),                    # a sum in braces: which terms? refused
    (r"\lim_{x \to 0} {x y}", "!braces"),
    # Japanese words opening or closing a row are prose; between two formulas they stay refused
    ("a = 1 よって b = 2", "!unexpected character"),
    # a thin space between ∂ and a named quantity
    (r"\frac{\partial\,\text{KL}}{\partial \mu_2}", "Derivative(KL(mu_2), mu_2)"),
]


@pytest.mark.parametrize(("text", "read"), READINGS)
def test_readings(text, read):
    assert_reading(text, read)


# (document, verdicts of its steps in order)
DOCUMENTS = [
    # French decimal commas: the arithmetic is checked, a slip is caught
    ("$$\\mathbb{V}(X) = 1{,}4 - 0{,}4^2 = 1{,}24$$\n",
     [("unchecked", None), ("ok", None)]),
    ("$$P(X=2) = \\mathrm{e}^{-2}\\frac{2^2}{2!} = 2\\,\\mathrm{e}^{-2} \\approx 0{,}2707$$\n",
     [("unchecked", None), ("ok", None), ("ok", None)]),
    ("$$x = 1 \\times 0{,}2 + 4 \\times 0{,}3 = 1{,}6$$\n",
     [("unchecked", None), ("error", None)]),
    # ≒ between a value and its decimal: checked as ≈
    ("$$L = 120 \\times 0.7^7 \\times 0.3^3 \\fallingdotseq 0.2668$$\n",
     [("unchecked", None), ("ok", None)]),
    ("$$L = 120 \\times 0.7^7 \\times 0.3^3 \\fallingdotseq 0.2768$$\n",
     [("unchecked", None), ("error", None)]),
    # {}_{10}C_{7} has its value checked
    ("$${}_{10}C_{7} = \\frac{10!}{7! \\, 3!} = 120$$\n", [("ok", None), ("ok", None)]),
    ("$${}_{10}C_{7} = 110$$\n", [("error", None)]),
    # H(p, q) = H(p) + KL(p‖q) stated, KL(q‖p) valued in an earlier example: H(q, p) = 1 is
    # not held to the values of that example
    ("$$\\text{KL}(q\\|p) = \\log\\frac{1}{2} - \\frac12 + \\frac{5}{2}$$\n\n"
     "Cross-entropy is $H(p,q) = H(p) + \\text{KL}(p\\|q)$. Then $H(q) \\approx 0.7219$ and "
     "$H(q,p) = 1$.\n",
     [("unchecked", "definition"), ("ok", "identities of information"), ("unchecked", None),
      ("unchecked", "a new definition")]),
    # X ~ Poisson(2) under one heading, X of a table of values under the next: not its law
    ("## 3. Poisson\n\n$X \\sim \\mathcal{P}(2)$.\n\n## 4. A table\n\n$X$ takes -1, 0, 2.\n\n"
     "$$E(X) = -1 \\times 0.2 + 0 \\times 0.5 + 2 \\times 0.3 = 0.4$$\n",
     [("unchecked", "a declaration"), ("unchecked", "declared under an earlier heading"),
      ("ok", None)]),
    # … but under the same heading the declared law still judges the step
    ("$X \\sim \\mathcal{P}(2)$.\n\n$$E(X) = 3$$\n", [("unchecked", "a declaration"),
                                                    ("error", None)]),
    # P_B(A) = P(A ∩ B)/P(B) is the definition: it holds
    ("$P_B(A) = \\dfrac{P(A \\cap B)}{P(B)}$\n", [("ok", None)]),
    # rows of an align that start with a labelled = continue the chain
    ("$$\n\\begin{align}\nK &= a + b \\\\\n&\\stackrel{(a)}{=} b + a \\\\\n"
     "&\\overset{\\text{sym}}{=} 2b + a\n\\end{align}\n$$\n",
     [("unchecked", "definition"), ("ok", None), ("error", None)]),
    # an interval as French notes write it, an end-of-proof box alone: prose
    ("sur $[0\\,;+\\infty[$ et $]0 ; 1]$. $\\square$\n", []),
    # λ = 0,5 after P(X > t) = e^{-λt}: a value given, so E(X) = 1/λ = 0,5 is caught
    ("$P(X > t) = \\mathrm{e}^{-\\lambda t}$.\n\nAvec $\\lambda = 0{,}5$ :\n\n"
     "$$\\mathbb{E}(X) = \\frac{1}{\\lambda} = 0{,}5$$\n",
     [("unchecked", None), ("unchecked", "a value given"), ("unchecked", None),
      ("error", None)]),
    # KL(q‖p) valued for the Gaussians, then p and q given anew as lists: its value is dropped
    ("$$\\text{KL}(q\\|p) = \\log\\frac{1}{2} - \\frac12 + \\frac{5}{2}$$\n\n"
     "With $p = (0.5, 0.5)$ and $q = (0.8, 0.2)$:\n\n"
     "$$\\text{KL}(q\\|p) = 1 - 0.7219 = 0.2781$$\n",
     [("unchecked", "definition"), ("unchecked", "definition"), ("ok", None)]),
    # the expectation of a sum split by linearity, constants taken out (any functions inside)
    ("$$\\text{KL}(p\\|q) = \\mathbb{E}_{x \\sim p}\\left[\\log p(x) - \\log q(x)\\right] = "
     "\\mathbb{E}_{x \\sim p}[\\log p(x)] - \\mathbb{E}_{x \\sim p}[\\log q(x)]$$\n",
     [("unchecked", "definition"), ("ok", None)]),
    ("$$\\mathbb{E}_{x \\sim p}[3\\log q(x) + 2] = 3\\,\\mathbb{E}_{x \\sim p}[\\log q(x)] + 2$$\n",
     [("ok", None)]),
    # … which never makes a difference wrong: E[f(x)²] against E[f(x)]² stays unchecked
    ("$$\\mathbb{E}_{x \\sim p}[\\log q(x)^2] = \\mathbb{E}_{x \\sim p}[\\log q(x)]^2$$\n",
     [("unchecked", None)]),
    # E(w) of lowercase names may be an error function: never split by linearity
    ("$$E(2w) = 2E(w)$$\n", [("unchecked", None)]),
    # under a bare E only numbers come out: m may be a random variable declared above
    ("$$E[m \\log X] = m\\,E[\\log X]$$\n", [("unchecked", None)]),
    ("$$E[2 \\log X + 1] = 2E[\\log X] + 1$$\n", [("ok", None)]),
    # P(y = 1 | x) = σ(wᵀx) of a vector x: the model's definition, said in those words
    ("$$P(y=1|x) = \\sigma(w^T x)$$\n", [("unchecked", "a probability the model defines")]),
    # a probability stated two exercises up is not held against a later exercise's numbers
    ("### Ex 8\n\n\\(P(A \\cap B) = 0,08\\)\n\n### Ex 9\n\n\\(p(G) = 0,6\\)\n\n### Ex 20\n\n"
     "\\(\\frac{4}{7} = \\frac{3}{7} + \\frac{3}{20} - P(A \\cap B)\\)\n",
     [("unchecked", None), ("unchecked", None), ("unchecked", "under an earlier heading")]),
    # … but under the heading right after it, it still judges (a problem, then its solution)
    ("### Problem\n\n\\(P(A \\cap B) = 0,08\\)\n\n### Solution\n\n"
     "\\(\\frac{4}{7} = \\frac{3}{7} + \\frac{3}{20} - P(A \\cap B)\\)\n",
     [("unchecked", None), ("error", None)]),
    # a wide space, then a statement of its own: two statements, each checked
    ("$$\\mathbb{E}(X) = 20 \\times 0{,}05 = 1 \\qquad \\mathbb{V}(X) = 20 \\times 0{,}05 \\times "
     "0{,}95 = 0{,}96$$\n",
     [("unchecked", None), ("ok", None), ("unchecked", None), ("error", None)]),
    # Japanese words opening or closing a formula are prose
    ("$$ただし、1 + 1 = 2 となる$$\n", [("ok", None)]),
    # log L(λ) = … defines L through its log: its derivatives are checked (a wrong power caught)
    ("$$\\log L(\\lambda) = \\sum_{i=1}^{n} x_i \\log \\lambda - n\\lambda$$\n\n"
     "$$\\frac{d}{d\\lambda} \\log L(\\lambda) = \\frac{1}{\\lambda}\\sum_{i=1}^{n} x_i - n$$\n\n"
     "$$\\frac{d^2}{d\\lambda^2} \\log L(\\lambda) = -\\frac{1}{\\lambda^3}\\sum_{i=1}^{n} x_i$$\n",
     [("unchecked", "definition"), ("ok", None), ("error", None)]),
    # … L defined above in the same letters: log L(p) = … is a claim about it, not a definition
    ("$$L(p) = p^k (1-p)^{n-k}$$\n\n$$\\log L(p) = k \\log p + (n-k) \\log(1-p) + 1$$\n",
     [("unchecked", "definition"), ("error", None)]),
    # … L(p) of the last model, under an earlier heading: log L(μ) of this one defines it anew
    ("## 1\n\n$$L(p) = p^k (1-p)^{n-k}$$\n\n## 2\n\n$$\\log L(\\mu) = -\\frac{1}{2}\\sum_{i=1}^{n}"
     "(x_i - \\mu)^2$$\n\n$$\\frac{d}{d\\mu} \\log L(\\mu) = \\sum_{i=1}^{n}(x_i - \\mu)$$\n",
     [("unchecked", "definition"), ("unchecked", "definition"), ("ok", None)]),
    # the letters a binomial coefficient chooses with are counts: the score of a binomial
    # likelihood is checked (it was "agrees at only a few points" with real n and k)
    ("$$\\frac{d}{dp}\\left(\\log \\binom{n}{k} + k \\log p + (n-k)\\log(1-p)\\right) = "
     "\\frac{k}{p} - \\frac{n-k}{1-p}$$\n", [("ok", None)]),
    # 𝕍 after a wide space opens a statement too (never 1·Var(X)); it is the variance
    ("$X \\sim \\mathcal{B}(20\\,;\\,0{,}05)$\n\n$$\\mathbb{E}(X) = 20 \\times 0{,}05 = 1 \\qquad "
     "\\mathbb{V}(X) = 20 \\times 0{,}05 \\times 0{,}95 = 0{,}95$$\n",
     [("unchecked", "a declaration"), ("ok", None), ("ok", None), ("ok", None), ("ok", None)]),
    # the mean ⟨·⟩ named alone in prose
    ("Taking $\\langle\\cdot\\rangle$ of (1).\n", []),
    # … and declared again under the new heading, it is the new law
    ("## 3\n\n$X \\sim \\mathcal{P}(2)$.\n\n## 4\n\n$X \\sim \\mathcal{P}(3)$.\n\n$$E(X) = 2$$\n",
     [("unchecked", "a declaration"), ("unchecked", "a declaration"), ("error", None)]),
]


@pytest.mark.parametrize(("text", "verdicts"), DOCUMENTS)
def test_documents(text, verdicts):
    assert_verdicts(text, verdicts)

"""The tenth round of real-notes habits (probability, MLE/MAP, information theory; helper notes10):
Obsidian's `\\space` between words and numbers; `\\quad\\Rightarrow\\quad` between two statements
(the second wide space no comma); a macro `\\iid` for `\\stackrel{\\text{iid}}{\\sim}`; an
`\\intertext{…}` straight after a row (amsmath ends the row for it); `\\sum_i x_i` beside
`\\sum_{i=1}^n x_i` on the two sides of a step (one range: a wrong sign is found, not taken for
a substitution); values written as fractions (`\\frac{3/4}{1/4}` with p = 1/4 above) count as
the values put in; `P(85 < X < 130)` of a declared law worked out, and read in plain text;
`P(sum = 7)`; values a plain step file's comment gives (`# n = 10, p = 0.2`); E[E[X]] = E[X];
E[g(U)] of a declared continuous law (LOTUS); H(p) beside H(p, q); `P\\(A wins\\)` exported
brackets; a Geom(p) said to count the trials up to the first success."""

from __future__ import annotations

import pytest
from document_steps import assert_reading, assert_verdicts

from tutor.batch import check_document
from tutor.read.parser import parse

# (LaTeX text, what it is read as)
READINGS = [
    (r"120\space x", "120*x"),                       # Obsidian/MathJax: a space, nothing more
    (r"N(10,\space 4)", "N(10, 4)"),
]


@pytest.mark.parametrize(("text", "read"), READINGS)
def test_readings(text, read):
    assert_reading(text, read)


# (plain text, what it is read as)
PLAIN_READINGS = [
    ("P(85 < X < 130)", "P((85 < X) & (X < 130))"),  # an event between two ends, as in LaTeX
    ("P(1 <= X <= 3)", "P((1 <= X) & (X <= 3))"),
    ("P(3 > X > 1)", "P((3 > X) & (X > 1))"),
    # `sum` where an outcome stands (P(sum = 7) of two dice) is a word, no Σ without its index
    ("P(sum=7)", "P(Eq(m*s*u, 7))"),
    ("P(sum > 10)", "P(m*s*u > 10)"),
]


@pytest.mark.parametrize(("text", "read"), PLAIN_READINGS)
def test_plain_readings(text, read):
    assert str(parse(text, "plain")) == read


# (Markdown document, verdicts of its steps in order)
DOCUMENTS = [
    # `\space` inside a law: the declaration is read, so Φ(1.5) is worked out
    ("$X \\sim N(10,\\space 4)$, cioè $\\mu = 10$.\n\n$$\\Pr(X \\le 13) = \\Phi(1.5) \\approx "
     "0.9332$$\n", [("unchecked", "a declaration"), ("unchecked", "definition"), ("ok", None),
                    ("ok", None)]),
    # `\quad\Rightarrow\quad` between two statements: both read, the arithmetic checked
    ("$$Z = \\frac{X - \\mu}{\\sigma} \\quad\\Rightarrow\\quad z = \\frac{13 - 10}{2} = 1.5$$\n",
     [("unchecked", "definition"), ("unchecked", "definition"), ("ok", None)]),
    ("$$Z = \\frac{X - \\mu}{\\sigma} \\quad\\Rightarrow\\quad z = \\frac{13 - 10}{2} = 2.5$$\n",
     [("unchecked", "definition"), ("unchecked", "definition"), ("error", None)]),
    ("$$a = b + 1 \\qquad\\implies\\qquad c = 2 \\cdot 3 = 6$$\n",
     [("unchecked", "definition"), ("unchecked", "definition"), ("ok", None)]),
    # p = 1/4 above and 1/4 written where p stood: the values were put in, a dropped square is
    # an error (before: "a substitution"); the right value is ok
    ("$p = \\tfrac14$.\n\n$\\mathrm{Var}(X) = \\frac{1-p}{p^2} = \\frac{3/4}{1/4} = 3$\n",
     [("unchecked", "definition"), ("unchecked", None), ("error", "values defined above"),
      ("ok", None)]),
    ("$p = \\tfrac14$.\n\n$\\mathrm{Var}(X) = \\frac{1-p}{p^2} = \\frac{3/4}{1/16} = 12$\n",
     [("unchecked", "definition"), ("unchecked", None), ("ok", None), ("ok", None)]),
    # an event between two ends of a declared law with numbers: F(b) - F(a), or the masses
    ("$X \\sim N(100, 225)$\n\n$$P(130 > X > 85) = \\Phi(2) - \\Phi(-1)$$\n",
     [("unchecked", "a declaration"), ("ok", None)]),
    ("$X \\sim N(100, 225)$\n\n$$P(85 < X < 130) = 0.85$$\n",
     [("unchecked", "a declaration"), ("error", None)]),
    ("$X \\sim \\mathrm{Bin}(4, 0.5)$\n\n$$P(1 \\le X \\le 3) = \\frac{14}{16}$$\n\n"
     "$$P(1 < X < 3) = \\frac{6}{16}$$\n\n$$P(1 < X \\le 3) = \\frac{6}{16}$$\n",
     [("unchecked", "a declaration"), ("ok", None), ("ok", None), ("error", None)]),
    ("$U \\sim \\mathrm{Unif}(0, 6)$\n\n$$P(1 < U < 3) = \\frac{1}{3}$$\n\n"
     "$$P(4 < U < 9) = \\frac{1}{3}$$\n\n$$P(5 < U < 2) = 0$$\n",
     [("unchecked", "a declaration"), ("ok", None), ("ok", None), ("ok", None)]),
    ("$T \\sim \\mathrm{Exp}(2)$\n\n$$P(1 < T < 2) = e^{-2} - e^{-4}$$\n",
     [("unchecked", "a declaration"), ("ok", None)]),
    ("$T \\sim \\mathrm{Exp}(\\lambda)$\n\n$$P(1 < T < 2) = e^{-2} - e^{-4}$$\n",  # no numbers
     [("unchecked", "a declaration"), ("unchecked", None)]),
    # `P\(A wins\)`: a Markdown export's escaped brackets after a word are prose, not `\(…\)`
    ("The event has P\\(A and B win 3 times in 6 rounds\\) = $$\\frac{20}{2^6}=\\frac{5}{16}$$\n",
     [("ok", None)]),
    ("P\\(HT\\) = P\\(TH\\) = $0.5 \\cdot 0.5 = 0.25$\n", [("ok", None)]),
    ("Take \\(x = 2\\), so \\(y = x^2 = 4\\).\n",  # after a space: math as before
     [("unchecked", "definition"), ("unchecked", "definition"), ("ok", None)]),
    # H(p) and then H(p, q): one name, two functions (entropy, cross-entropy), both known (each
    # the measure's own formula: ok)
    ("Let $p = (0.5, 0.5)$ and $q = (0.25, 0.75)$.\n\n$$H(p) = -\\sum_i p_i \\log_2 p_i = 1$$\n\n"
     "$$H(p, q) = -\\sum_i p_i \\log_2 q_i \\approx 1.2075$$\n\n$$H(p, q) - H(p) \\approx 0.2075$$"
     "\n\n$$H(p, q) - H(p) = 0.3$$\n",
     [("ok", "of the measure"), ("ok", None), ("ok", "of the measure"),
      ("ok", None), ("ok", None), ("error", None)]),
    # `X ~ Geom(p)` that "counts the trials up to and including the first success": its masses
    ("Let $X \\sim \\mathrm{Geom}(p)$ count the trials up to and including the first success, "
     "$p = \\tfrac14$.\n\n$P(X > 3) = (1-p)^3$\n\n$P(X = 2) = (1-p)^2 p$\n",
     [("unchecked", "a declaration"), ("unchecked", "definition"), ("ok", None),
      ("error", None)]),
    ("Let $X \\sim \\mathrm{Geom}(p)$, $p = \\tfrac14$.\n\n$P(X = 2) = (1-p)^2 p$\n",  # trials,
     [("unchecked", "a declaration"), ("unchecked", "definition"), ("unchecked", None)]),  # or?
    # E of an expectation is that expectation (a constant): the variance shortcut's middle rows
    ("$$E[X^2 - 2XE[X] + E[X]^2] = E[X^2] - 2E[X]E[E[X]] + E[X]^2 = E[X^2] - E[X]^2$$\n",
     [("ok", "rules of expectation"), ("ok", "rules of expectation")]),
    ("$$E[3 E[X] + 1] = 3E[X] + 1$$\n", [("ok", "rules of expectation")]),
    ("$$E[E[X]] = 2E[X]$$\n", [("unchecked", "some distributions")]),  # E[X] = 0: no witness
    # LOTUS: E[g(U)] of a declared continuous law with numbers, g no polynomial, worked out
    ("$U \\sim \\mathrm{Unif}(0,2)$.\n\n$$\\mathbb{E}\\!\\left[e^{U}\\right] = \\int_0^2 "
     "\\tfrac12 e^{u}\\,du = \\frac{e^2 - 1}{2}$$\n",
     [("unchecked", "a declaration"), ("ok", None), ("ok", None)]),
    ("$U \\sim \\mathrm{Unif}(0,2)$.\n\n$$\\mathbb{E}[e^{U}] = e^2 - 1$$\n",
     [("unchecked", "a declaration"), ("error", None)]),
    ("$T \\sim \\mathrm{Exp}(2)$.\n\n$$E[e^{-T}] = \\frac{2}{3}$$\n",
     [("unchecked", "a declaration"), ("ok", None)]),
    ("$Z \\sim N(0, 1)$.\n\n$$E[|Z|] = \\sqrt{2/\\pi}$$\n",
     [("unchecked", "a declaration"), ("ok", None)]),
    # no value: E[e^{3T}] of Exp(2) is infinite, E[1/U] of Unif(0, 2) too; λ is no number
    ("$T \\sim \\mathrm{Exp}(2)$.\n\n$$E[e^{3T}] = 5$$\n",
     [("unchecked", "a declaration"), ("unchecked", None)]),
    ("$U \\sim \\mathrm{Unif}(0,2)$.\n\n$$E[1/U] = 2$$\n",
     [("unchecked", "a declaration"), ("unchecked", None)]),
    ("$T \\sim \\mathrm{Exp}(\\lambda)$.\n\n$$E[e^{-T}] = \\frac{\\lambda}{\\lambda + 1}$$\n",
     [("unchecked", "a declaration"), ("unchecked", None)]),
]


@pytest.mark.parametrize(("text", "verdicts"), DOCUMENTS)
def test_documents(text, verdicts):
    assert_verdicts(text, verdicts)


def _tex_verdicts(text: str) -> list[tuple[str, str]]:
    return [(s.verdict, s.message) for s in check_document(text, kind="tex").steps]


# (LaTeX document, verdicts of its steps in order, a fragment of one message or None)
TEX_DOCUMENTS = [
    # a macro for the labelled ~ of i.i.d. data: a declaration, not a parse error
    ("\\newcommand{\\iid}{\\stackrel{\\text{iid}}{\\sim}}\nLet $x_1, \\dots, x_n \\iid "
     "\\mathrm{Pois}(\\lambda)$.\n", ["unchecked"], "has the law Pois"),
    # \intertext right after a row (no `\\` before it): the row ends there, both chains read
    ("\\begin{align*}\nq &= 0.9(0.02) + 0.05(0.98) \\\\\n  &= 0.067\n\\intertext{so}\n"
     "r &= \\frac{0.018}{0.067} \\approx 0.269\n\\end{align*}\n",
     ["unchecked", "ok", "unchecked", "ok"], None),
    ("\\begin{align*}\nq &= 0.9(0.02) + 0.05(0.98) \\\\\n  &= 0.076\n\\shortintertext{so}\n"
     "r &= \\frac{0.018}{0.067} \\approx 0.269\n\\end{align*}\n",
     ["unchecked", "error", "unchecked", "ok"], None),
    # Σ_i x_i beside Σ_{i=1}^n x_i: one range; the wrong sign of n is found
    ("\\begin{align*}\n\\ell(\\lambda) &= \\Bigl(\\sum_{i=1}^n x_i\\Bigr)\\log\\lambda - n\\lambda "
     "\\\\\n\\ell'(\\lambda) &= \\frac{\\sum_{i} x_i}{\\lambda} + n\n\\end{align*}\n",
     ["unchecked", "error"], "not equal"),
    ("\\begin{align*}\n\\ell(\\lambda) &= \\Bigl(\\sum_{i=1}^n x_i\\Bigr)\\log\\lambda - n\\lambda "
     "\\\\\n\\ell'(\\lambda) &= \\frac{\\sum_{i} x_i}{\\lambda} - n\n\\end{align*}\n",
     ["unchecked", "ok"], None),
]


@pytest.mark.parametrize(("text", "verdicts", "fragment"), TEX_DOCUMENTS)
def test_tex_documents(text, verdicts, fragment):
    got = _tex_verdicts(text)
    assert [v for v, _ in got] == verdicts, got
    assert fragment is None or any(fragment in m for _, m in got), got


def test_unbounded_sum_in_a_definition_is_one_range_with_the_data():
    """L(λ) = λ^n e^{-λ Σ x_i} and then d/dλ ln L with Σ_{i=1}^n x_i: a wrong power of λ is
    an error (before: a substitution "holds when …")."""
    text = ("$$L(\\lambda) = \\lambda^n e^{-\\lambda \\sum x_i}$$\n\n"
            "$$\\frac{d}{d\\lambda} \\ln L(\\lambda) = \\frac{n}{\\lambda^2} - "
            "\\sum_{i=1}^n x_i$$\n")
    assert [s.verdict for s in check_document(text, kind="md").steps][-1] == "error"


# (plain step file, verdicts of its steps in order)
PLAIN_DOCUMENTS = [
    ("P(sum=7) = 6/36 = 1/6\n", ["unchecked", "ok"]),
    ("P(sum=7) = 6/36 = 1/5\n", ["unchecked", "error"]),
    ("X ~ N(100, 225)\nP(85 < X < 130) = 0.9772 - 0.1587 = 0.8185\n",
     ["unchecked", "unchecked", "ok"]),  # Φ(2) - Φ(-1) from a table: within its rounding
    # the givens of a question in its comment: values (and moments) the steps below use
    ("# Q2 a coin with p = 0.3 until the first head\n"
     "P(N = 3) = (1-p)^2 * p = 0.7^2 * 0.3 = 0.147\n",
     ["unchecked", "unchecked", "ok", "ok"]),
    ("# Q2 a coin with p = 0.3 until the first head\n"
     "P(N = 3) = (1-p)^2 * p = 0.7^2 * 0.3 = 0.21\n",
     ["unchecked", "unchecked", "ok", "error"]),
    ("# binomial, n = 10, p = 0.2\nE[X] = n*p = 10*0.2 = 2\n",
     ["unchecked", "unchecked", "unchecked", "ok", "ok"]),
    ("# Var(X) = 4, Var(Y) = 9, Cov(X,Y) = -1.5\n"
     "Var(X+Y) = Var(X) + Var(Y) + 2*Cov(X,Y) = 4 + 9 + 2*(-1.5) = 10\n",
     ["unchecked"] * 3 + ["ok"] * 3),
    ("# Var(X) = 4, Var(Y) = 9, Cov(X,Y) = -1.5\n"
     "Var(X+Y) = Var(X) + Var(Y) + 2*Cov(X,Y) = 4 + 9 - 2*(-1.5)\n",
     ["unchecked"] * 3 + ["ok", "error"]),
    ("# nothing given here: p is a probability, x = the count\nE[N] = 1/p\n", ["unchecked"]),
]


@pytest.mark.parametrize(("text", "verdicts"), PLAIN_DOCUMENTS)
def test_plain_documents(text, verdicts):
    got = [(s.verdict, s.message) for s in check_document(text, kind="txt").steps]
    assert [v for v, _ in got] == verdicts, got


def test_comment_values_are_definitions_where_written():
    """Each value a comment gives is a step of its own, at its column, a definition."""
    steps = check_document("# Q6 binomial, n = 10, p = 0.2\nE[X] = n*p = 2\n", kind="txt").steps
    assert [(s.line, s.column, s.source, s.method) for s in steps[:2]] == [
        (1, 16, "n", "definition"), (1, 24, "p", "definition")]


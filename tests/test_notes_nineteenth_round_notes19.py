"""The nineteenth round of real-notes habits (probability, information theory; helper notes19): a
wrong derivative then set to zero as it should have been, a prior named with its parameters
(`\\mathrm{Gamma}(\\alpha = 2, \\beta = 1)`), a law said in words ("follow a Poisson law with
mean $\\lambda = 3$") for the variable the probabilities after it ask about, and calculator
inputs (`dbinom(3, 10, 0.5)`, `binompdf(10, 0.5, 3)`) as the probabilities they compute."""

from __future__ import annotations

import pytest
import sympy as sp

import tutor
from tutor.read.calculator_calls import calculator_call
from tutor.read.law_parameters import named_law_parameters
from tutor.read.library_calls import library_calls


def _verdicts(text: str) -> list[tuple[int, str]]:
    return [(s.line, s.verdict) for s in tutor.check_document(text, kind="md").steps]


# a wrong claim (dℓ/dp with the chain rule's sign lost) is no equation the next one must follow
# from: the right equation set to zero after it is a premise, not "follows, but not conversely"
@pytest.mark.parametrize(("text", "verdicts"), [
    ("$\\ell(p) = 7\\ln p + 3\\ln(1-p)$\n\n$\\frac{d\\ell}{dp} = \\frac{7}{p} + \\frac{3}{1-p}$\n\n"
     "Setting $\\frac{7}{p} - \\frac{3}{1-p} = 0$ gives $7(1-p) = 3p$, so $\\hat p = 0.7$.\n",
     [(1, "unchecked"), (3, "error"), (5, "unchecked"), (5, "ok"), (5, "ok")]),
    # the solving after it is still checked: a wrong rearrangement stays an error
    ("$\\ell(p) = 7\\ln p + 3\\ln(1-p)$\n\n$\\frac{d\\ell}{dp} = \\frac{7}{p} + \\frac{3}{1-p}$\n\n"
     "Setting $\\frac{7}{p} - \\frac{3}{1-p} = 0$ gives $7(1-p) = 4p$.\n",
     [(1, "unchecked"), (3, "error"), (5, "unchecked"), (5, "error")]),
    # the right derivative then set to zero: as before
    ("$\\ell(p) = 7\\ln p + 3\\ln(1-p)$\n\n$\\frac{d\\ell}{dp} = \\frac{7}{p} - \\frac{3}{1-p}$\n\n"
     "Setting $\\frac{7}{p} - \\frac{3}{1-p} = 0$ gives $7(1-p) = 3p$.\n",
     [(1, "unchecked"), (3, "ok"), (5, "unchecked"), (5, "ok")]),
    # a wrong step inside a chain set to zero is still found
    ("$f(x) = x^2 - 4x$\n\n$f'(x) = 2x - 2 = 0$\n",
     [(1, "unchecked"), (3, "error"), (3, "unchecked")]),
])
def test_a_wrong_claim_is_no_equation_to_follow(text, verdicts):
    assert _verdicts(text) == verdicts


# a law named as a word (`\mathrm{Gamma}(`) with its parameters' names, with or without \sim:
# the names blanked in the law's order only (a lone letter or another order is left as written)
@pytest.mark.parametrize(("text", "read"), [
    ("\\mathrm{Gamma}(\\alpha = 2, \\beta = 1)", "\\mathrm{Gamma}(         2,         1)"),
    ("X \\sim \\text{Beta}(\\alpha = 2, \\beta = 5)",
     "X \\sim \\text{Beta}(         2,         5)"),
    ("\\operatorname{Poisson}(\\lambda = 3)", "\\operatorname{Poisson}(          3)"),
    ("\\mathrm{Gamma}(\\beta = 1, \\alpha = 2)", "\\mathrm{Gamma}(\\beta = 1, \\alpha = 2)"),
    ("\\text{N}(\\mu = 0, \\sigma^2 = 1)", "\\text{N}(\\mu = 0, \\sigma^2 = 1)"),
    ("\\Gamma(\\alpha = 2)", "\\Gamma(\\alpha = 2)"),
    ("\\mathrm{Gamma}(\\alpha = 2", "\\mathrm{Gamma}(\\alpha = 2"),
])
def test_named_parameters_of_a_law_named_in_words(text, read):
    assert named_law_parameters(text) == read


@pytest.mark.parametrize("text", ["\\text{Gamma}(" * 3000 + "=", "\\mathrm{" * 4000 + "=",
                                  "a" * 5000 + "="])
def test_law_words_are_read_in_linear_time(text):
    assert named_law_parameters(text) == text


# a law said in words ("a Poisson law with mean $\lambda = 3$") is the law of the variable the
# probabilities after it ask about (`P(X = 0)`): its values are checked against it
@pytest.mark.parametrize(("text", "verdicts"), [
    ("Typos follow a Poisson law with mean $\\lambda = 3$.\n$P(X = 0) = e^{-3} \\approx 0.0498$\n",
     [(1, "unchecked"), (2, "ok"), (2, "ok")]),
    ("Typos follow a Poisson law with mean $\\lambda = 3$.\n$P(X = 0) = e^{-2} \\approx 0.1353$\n",
     [(1, "unchecked"), (2, "error"), (2, "ok")]),
    ("Calls follow a Poisson law with mean $\\lambda = 3$.\n"
     "$P(X = 2) = \\frac{3^2 e^{-3}}{2!} = 4.5 e^{-3}$\n",
     [(1, "unchecked"), (2, "ok"), (2, "ok")]),
    # a hedged sentence describes nothing: the value stays a stated one
    ("If calls follow a Poisson law with mean $\\lambda = 3$, then\n$P(X = 0) = e^{-2}$\n",
     [(1, "unchecked"), (2, "unchecked")]),
    # an event's letter (`P(A \mid B)`) is no random variable: the law is nobody's
    ("Calls follow a Poisson law with mean $\\lambda = 3$.\n$P(A \\mid B) = e^{-2}$\n",
     [(1, "unchecked"), (2, "unchecked")]),
])
def test_a_law_said_in_words_holds_for_the_probabilities_after_it(text, verdicts):
    assert _verdicts(text) == verdicts


# an R or TI-84 distribution function on numbers is the probability it computes (calculator
# inputs beside the math in interview notes); on anything else it stays an unknown function
@pytest.mark.parametrize(("name", "args", "value"), [
    ("dbinom", (3, 10, 0.5), 0.1171875),
    ("pbinom", (1, 10, 0.1), 0.9 ** 10 + 10 * 0.1 * 0.9 ** 9),
    ("dpois", (2, 4), 8 * 2.718281828459045 ** -4),
    ("ppois", (2, 4), 13 * 2.718281828459045 ** -4),
    ("dgeom", (2, sp.Rational(1, 6)), 25 / 216),  # R: failures before the first success
    ("pgeom", (0, 0.2), 0.2),
    ("pnorm", (1.96,), 0.9750021048517795),
    ("pnorm", (185, 170, 10), 0.9331927987311419),
    ("pexp", (2, 0.5), 1 - 2.718281828459045 ** -1),
    ("binompdf", (10, 0.5, 3), 0.1171875),  # TI-84: n, p, then k
    ("binomcdf", (10, 0.1, 1), 0.9 ** 10 + 10 * 0.1 * 0.9 ** 9),
    ("poissonpdf", (4, 2), 8 * 2.718281828459045 ** -4),
    ("poissoncdf", (4, 2), 13 * 2.718281828459045 ** -4),
    ("geometpdf", (sp.Rational(1, 6), 3), 25 / 216),  # TI-84: trials up to the first success
    ("geometcdf", (0.2, 3), 1 - 0.8 ** 3),
    ("dbinom", (sp.Symbol("k"), 10, 0.5), None),  # not a number
    ("dbinom", (11, 10, 0.5), None),  # more successes than trials
    ("dbinom", (2.5, 10, 0.5), None),  # no whole count
    ("dbinom", (3, 10, 1.5), None),  # no probability
    ("dpois", (2, -4), None),  # no rate
    ("pnorm", (1, 0, -1), None),  # no standard deviation
    ("geometpdf", (0.2, 0), None),  # one trial at least
    ("pbinom", (5000, 6000, 0.5), None),  # too many outcomes to add
    ("dbinom", (3, 10), None),  # too few arguments
    ("qnorm", (0.975,), None),  # not one of these
])
def test_calculator_calls_on_numbers(name, args, value):
    got = calculator_call(name, [sp.sympify(a) for a in args], defined={})
    assert (None if got is None else float(got)) == pytest.approx(value)


def test_a_calculator_call_the_notes_define_is_theirs():
    assert calculator_call("dbinom", [sp.Integer(3), sp.Integer(10), sp.Float(0.5)],
                           defined={"dbinom": object()}) is None


@pytest.mark.parametrize(("text", "verdicts"), [
    ("$dbinom(3, 10, 0.5) = 0.1172$\n", [(1, "ok")]),
    ("$dbinom(3, 10, 0.5) = 0.2051$\n", [(1, "error")]),
    ("$ppois(2, 4) = 13e^{-4} \\approx 0.2381$\n", [(1, "ok"), (1, "ok")]),
    ("$binompdf(10, 0.5, 3) = \\binom{10}{3} 0.5^{10}$\n", [(1, "ok")]),
    ("$binompdf(10, 0.5, 3) = \\binom{10}{4} 0.5^{10}$\n", [(1, "error")]),
    ("$dbinom(k, 10, 0.5) = 0.1$\n", [(1, "unchecked")]),
])
def test_calculator_calls_are_checked_in_notes(text, verdicts):
    assert _verdicts(text) == verdicts


# scipy's and spreadsheets' distribution functions spelled as R's, each character in its place
@pytest.mark.parametrize(("text", "read"), [
    ("binom.pmf(3, 10, 0.5)", "   dbinom(3, 10, 0.5)"),
    ("scipy.stats.poisson.cdf(2, 4)", "                  ppois(2, 4)"),
    ("stats.norm.cdf(1.96) = 0.975", "         pnorm(1.96) = 0.975"),
    ("BINOM.DIST(3,10,0.5,FALSE)", "    dbinom(3,10,0.5      )"),
    ("=BINOM.DIST(3,10,0.5,TRUE)", "     pbinom(3,10,0.5     )"),
    ("NORM.S.DIST(1.96,TRUE)", "      pnorm(1.96     )"),
    ("NORM.DIST(185,170,10,FALSE)", "NORM.DIST(185,170,10,FALSE)"),  # a density: as written
    ("binom.logpmf(3, 10, 0.5)", "binom.logpmf(3, 10, 0.5)"),
    ("x.pmf(3)", "x.pmf(3)"),
    ("a = b.c", "a = b.c"),
    # R's argument names in R's order, and its default `lower.tail = TRUE`, blanked
    ("dbinom(x = 3, size = 10, prob = 0.5)", "dbinom(    3,        10,        0.5)"),
    ("pnorm(185, mean = 170, sd = 10)", "pnorm(185,        170,      10)"),
    ("ppois(1, 4, lower.tail = TRUE)", "ppois(1, 4                   )"),
    ("ppois(1, 4, lower.tail = FALSE)", "ppois(1, 4, lower.tail = FALSE)"),  # the upper tail
    ("dbinom(3, prob = 0.5, size = 10)", "dbinom(3, prob = 0.5, size = 10)"),  # another order
])
def test_library_calls_as_r_calls(text, read):
    assert library_calls(text) == read


@pytest.mark.parametrize("text", ["=" + "AB." * 3000 + "(", "BINOM.DIST(" + "1," * 3000,
                                  "dbinom(" * 3000 + "=", "dbinom(" + "a = 1," * 40 + ")",
                                  "scipy.stats." * 2000 + "binom.pmf(", "BINOM.DIST((" * 2000])
def test_library_calls_are_read_in_linear_time(text):
    assert len(library_calls(text)) == len(text)


# a spreadsheet formula (`=BINOM.DIST(…)`) opens a step of its own: no `=` going on from above
@pytest.mark.parametrize(("text", "verdicts"), [
    ("$ppois(2, 4) = 0.2381$\n\n$=BINOM.DIST(3,10,0.5,FALSE) = 0.1172$\n", [(1, "ok"), (3, "ok")]),
    ("$ppois(2, 4) = 0.2381$\n\n$=BINOM.DIST(3,10,0.5,FALSE) = 0.2051$\n",
     [(1, "ok"), (3, "error")]),
    ("$binom.pmf(3, 10, 0.5) = 0.1172$\n", [(1, "ok")]),
    ("$NORM.S.DIST(1.96,TRUE) = 0.9750$\n", [(1, "ok")]),
    ("$POISSON.DIST(1,4,FALSE) = 0.0733$\n", [(1, "ok")]),
    ("$POISSON.DIST(1,4,FALSE) = 0.0833$\n", [(1, "error")]),
    ("$pnorm(185, mean = 170, sd = 10) = 0.9332$\n", [(1, "ok")]),
    ("$dbinom(3, size = 10, prob = 0.5) = 0.2051$\n", [(1, "error")]),
    # a row going on with `=` from the row above is still a step on
    ("$$(x+1)^2$$\n$$= x^2 + 2x + 1$$\n", [(2, "ok")]),
    ("$$(x+1)^2$$\n$$=P(x) + 1$$\n", [(2, "unchecked")]),
])
def test_spreadsheet_inputs_are_checked(text, verdicts):
    assert _verdicts(text) == verdicts


# `\E`, `\Var`, `\Cov`: macros a solutions manual defines in a preamble not shown (or MathJax's
# configuration); used undefined, they are E, Var and Cov (defined, their definition is used)
@pytest.mark.parametrize(("text", "verdicts"), [
    ("Let $X \\sim \\mathrm{Bin}(10, 0.5)$.\n\n$$\\E[X] = np = 10 \\cdot 0.5 = 5$$\n",
     [(1, "unchecked"), (3, "ok"), (3, "ok"), (3, "ok")]),
    ("Let $X \\sim \\mathrm{Bin}(10, 0.5)$.\n\n"
     "$$\\Var(X) = np(1-p) = 10 \\cdot 0.5 \\cdot 0.5 = 2.5$$\n",
     [(1, "unchecked"), (3, "ok"), (3, "ok"), (3, "ok")]),
    ("Let $X \\sim \\mathrm{Bin}(10, 0.5)$.\n\n"
     "$$\\Var(X) = np(1-p) = 10 \\cdot 0.5 \\cdot 0.5 = 5$$\n",
     [(1, "unchecked"), (3, "ok"), (3, "ok"), (3, "error")]),
    ("$$\\Var(2X) = 4\\Var(X)$$\n", [(1, "ok")]),
    ("$$\\E[2X + 1] = 2\\E[X] + 2$$\n", [(1, "error")]),
    ("$$\\Exp(2) = 1$$\n", [(1, "parse_error")]),  # another command: unknown as before
])
def test_undefined_moment_macros_are_the_moments(text, verdicts):
    assert _verdicts(text) == verdicts

"""The fifth round of real-notes habits (statistics, probability, ML, information theory): π
named as a proportion, a rate per unit of time, a moment the text states, rounded decimals
checked term by term."""

from __future__ import annotations

import pytest

import tutor
from tests.document_steps import assert_verdicts

PROPORTION_PI = r"""Each item is faulty with probability \(\pi = 0.1\), independently.

\[ P(X > 2) \;\; = \;\; (1 - \pi)^2 \;\; = \;\; 0.9^2 \;\; = \;\; {} \]

## The circle

\[ 2\pi \approx 6.283 \]
"""


# π set to a proportion is a name of its section (not 3.14159); after a heading, the constant
@pytest.mark.parametrize(("value", "verdict"), [("0.81", "ok"), ("0.18", "error")])
def test_pi_named_as_a_proportion(value, verdict):
    assert_verdicts(PROPORTION_PI.format(value), [
        ("unchecked", "definition of π"), ("unchecked", None), ("ok", "values defined above"),
        (verdict, None), ("ok", None)])


# a section that also uses π as the circle constant keeps the constant
def test_pi_beside_the_circle_constant_stays_the_constant():
    text = r"With \(\pi = 0.1\) here. The density has \(\frac{1}{\sqrt{2\pi}} \approx 0.3989\)."
    verdicts = [s.verdict for s in tutor.check_document(text, kind="md").steps]
    assert verdicts[-1] == "ok"


RATE_PER_UNIT = (r"The time \(T\) in minutes between emails is exponential with rate {}, so "
                 r"\(E[T] = 15\) minutes.")


# a rate per hour of a time in minutes is no law of T (E[T] = 15 is not called wrong)
@pytest.mark.parametrize(("rate", "expected"), [
    ("4 per hour", ("unchecked", None)),
    ("2 an hour", ("unchecked", None)),
    ("$1/15$", ("ok", None)),
    ("$1/10$", ("error", None)),
])
def test_a_rate_per_unit_describes_no_law(rate, expected):
    assert_verdicts(RATE_PER_UNIT.format(rate), [expected])


# a variance the text states: the moments after it are checked with it
@pytest.mark.parametrize(("text", "expected"), [
    (r"We know \(\text{Var}(Y) = 4\), so \(\text{Var}(2Y) = 16\).",
     [("unchecked", None), ("ok", None)]),
    (r"We know \(\text{Var}(Y) = 4\), so \(\text{Var}(2Y) = 8\).",
     [("unchecked", None), ("error", None)]),   # the scale comes out squared
])
def test_a_stated_variance_checks_what_follows(text, expected):
    assert_verdicts(text, expected)


# sums whose terms pair off, each within the rounding of one side: equal; a slip in one
# term's digits is not hidden by the others
@pytest.mark.parametrize(("a", "b", "expected"), [
    ("0.7*0.515 + 0.3*1.737", "0.360 + 0.521", "equal"),
    ("7*log(0.7) + 3*log(0.3)", "7*(-0.3567) + 3*(-1.2040)", "equal"),
    ("0.7*0.3365 + 0.3*(-0.5108)", "0.2355 - 0.1532", "equal"),
    ("0.7*log(1.4) + 0.3*log(0.6)", "0.7*0.3365 + 0.3*(-0.5108)", "equal"),
    ("7*log(0.7) + 3*log(0.3)", "7*(-0.3567) + 3*(-1.2050)", "not_equal"),   # a slipped digit
    ("0.7*0.515 + 0.3*1.737", "0.360 + 0.621", "not_equal"),
    ("0.7*0.515 + 0.3*1.737", "0.360 + 0.522", "unknown"),   # one unit off: either slipped
    ("0.5*0.123", "0.0616", "unknown"),                      # one product: as before
    (r"$\frac{1}{\sqrt{2\pi \cdot 4}} e^{-\frac{(5-3)^2}{2 \cdot 4}}$", "0.1995*0.6065",
     "equal"),                                               # factor by factor
    (r"$\frac{1}{\sqrt{2\pi \cdot 4}} e^{-\frac{(5-3)^2}{2 \cdot 4}}$", "0.1985*0.6065",
     "not_equal"),
    ("3.29 + 1.16", "4.46", "not_equal"),                    # added decimals are exact data
])
def test_rounded_decimals_term_by_term(a, b, expected):
    assert tutor.compare(a, b).status == expected
    assert tutor.compare(b, a).status == expected


# a member that cannot be read: a parse error for it, the members after it still checked (and a
# row after that opens with = goes on from the last of them); nothing is compared across it
@pytest.mark.parametrize(("text", "expected"), [
    (r"$$\frac{odds(x=3)}{odds(x=2)} = \frac{0.9}{0.45} = 2$$",
     [("parse_error", None), ("ok", None)]),
    (r"$$\frac{odds(x=3)}{odds(x=2)} = \frac{0.9}{0.45} = 3$$",
     [("parse_error", None), ("error", None)]),
    # (\\sum_{x,y} stood here until it was read, in the sixth round: \\max_x is unread)
    ("$$I = \\max_{x} p(x) = 0.2 + 0.3$$\n$$= 0.5$$", [("parse_error", None), ("ok", None)]),
    ("$$I = \\max_{x} p(x) = 0.2 + 0.3$$\n$$= 0.6$$",
     [("parse_error", None), ("error", None)]),
    ("$$x = 2$$\n$$\\frac{odds(x=3)}{2} = 5$$", [("unchecked", "definition"),
                                                  ("parse_error", None)]),
])
def test_members_after_an_unreadable_one(text, expected):
    assert_verdicts(text, expected)


# habits of the fifth round, each with the step it makes checkable (or quiet)
@pytest.mark.parametrize(("text", "expected"), [
    # log without its backslash before \left( is the function (it was l·o·g)
    (r"$$log\left(\frac{p}{1-p}\right) = \log p - \log(1-p)$$", [("ok", None)]),
    (r"$$exp\left(0\right) = 1$$", [("ok", None)]),
    # Poisson(λt = 1): the mean over a time t, a declaration of the law
    ("\\[ Y \\sim \\text{Poisson}(\\lambda t = 1) \\]\n\n\\[ P(Y = 0) = e^{-1} \\]",
     [("unchecked", "Y has the law Poisson(1)"), ("ok", None)]),
    ("\\[ Y \\sim \\text{Poisson}(\\lambda t = 1) \\]\n\n\\[ P(Y = 0) = e^{-2} \\]",
     [("unchecked", "Y has the law Poisson(1)"), ("error", None)]),
    # one number for several names at once
    ("With $a = b = 3$: $$\\frac{a + 6}{a + b} = \\frac{9}{6} = 1.5$$",
     [("unchecked", "a = 3 here"), ("unchecked", "b = 3 here"), ("ok", None), ("ok", None)]),
    ("With $a = b = 3$: $$\\frac{a + 6}{a + b} = \\frac{9}{5} = 1.8$$",
     [("unchecked", "a = 3 here"), ("unchecked", "b = 3 here"), ("error", None),
      ("ok", None)]),
    # the values a variable runs over, listed after a law given as a formula: no claim x = 1
    ("$$p(x) = 0.1 \\cdot 0.9^{x-1} \\qquad \\text{for } x = 1, 2, \\ldots$$",
     [("unchecked", "a law given as a formula in x")]),
    # an equation, then its unknown solved and worked out in one chain
    ("The median solves $e^{-t/15} = 0.5$:\n\n$$t = 15 \\ln 2 = 10.4$$",
     [("unchecked", "premise"), ("ok", None), ("ok", None)]),
    ("The median solves $e^{-t/15} = 0.5$:\n\n$$t = 15 \\ln 3 = 16.5$$",
     [("unchecked", "premise"), ("error", None), ("ok", None)]),
])
def test_fifth_round_habits(text, expected):
    assert_verdicts(text, expected)


# spellings of real notes read as the notation they stand for
@pytest.mark.parametrize(("a", "b", "expected"), [
    (r"$\frac{\text{TP}}{\text{TP} + \text{FP}}$", r"$\frac{TP}{TP + FP}$", "equal"),
    (r"$\frac{\text{TP}}{\text{TP} + \text{FP}}$", r"$\frac{TP}{TP + FN}$", "not_equal"),
    (r"$2 \cdot \frac{\text{precision} \cdot \text{recall}}{\text{precision} + \text{recall}}$",
     r"$\frac{2 precision \cdot recall}{precision + recall}$", "equal"),
    (r"$\log \text{odds}$", r"$\log(odds)$", "equal"),
    (r"$log\left(e^2\right)$", "2", "equal"),
    (r"$\overset{\wedge}{\mu} + 1$", r"$\hat{\mu} + 1$", "equal"),
    (r"$\Pi_{i=1}^{3} i$", "6", "equal"),
    (r"$\Pi_{i=1}^{3} i$", "7", "not_equal"),
    (r"$\bold{x} + \bold{x}$", r"$2\bold{x}$", "equal"),
    (r"$1{,}000 \times 0.5$", "500", "equal"),              # TeX's comma of thousands
    (r"$12{,}345 - 345$", "12000", "equal"),
])
def test_spellings_of_real_notes(a, b, expected):
    assert tutor.compare(a, b).status == expected


def test_an_end_of_proof_mark_is_no_math():
    assert_verdicts(r"$$\hat{p} = \frac{7}{10} = 0.7 \quad \blacksquare$$",
                    [("unchecked", "definition"), ("ok", None)])


# moments stated above are exact (1.1^2 is 1.21); a moment stated again is a new example
@pytest.mark.parametrize(("text", "expected"), [
    ("$$E[X] = 1.1$$\n$$E[X^2] = 1.7$$\n$$Var(X) = E[X^2] - E[X]^2 = 1.7 - 1.1^2 = 0.49$$",
     [("unchecked", None), ("unchecked", None), ("ok", None), ("ok", None), ("ok", None)]),
    ("For a die, $E[X] = 3.5$.\n\nFor a fair coin instead, counting heads as 1, we get "
     "$E[X] = 0.5$ and then $Var(2X) = 1$.", [("ok", "by the rules of expectation"),
                                              ("unchecked", None), ("unchecked", None)]),
])
def test_stated_moments_exactly_and_anew(text, expected):
    assert_verdicts(text, expected)


# e given a value (a residual) is a name of its section; π set to a proportion beside π the
# constant is no claim about 3.14159; e as Euler's number elsewhere stays the constant
@pytest.mark.parametrize(("text", "expected"), [
    ("The residual is $e = y - \\hat{y} = 3 - 2.5 = 0.5$, so $e^2 = 0.25$.",
     [("unchecked", "definition of e"), ("unchecked", None), ("ok", None),
      ("ok", "values defined above")]),  # e worked out to 0.5 in its chain: e^2 checked
    ("The prior is $\\pi = 0.25$. A circle has area $\\pi r^2 = 4\\pi \\approx 12.57$.",
     [("unchecked", "a name, not the constant"), ("unchecked", None), ("ok", None)]),
    ("$e = 0.5$ and $\\sigma(0) = \\frac{1}{1 + e^{-0}} = 0.5$.",  # e a name, e^{-0} Euler's
     [("unchecked", "definition of e"), ("ok", None), ("ok", None)]),
    ("$$e^{2} = 7.389$$", [("ok", None)]),
    ("$$e^{2} = 7.4$$\n$$\\pi = 3.14$$", [("ok", None), ("ok", None)]),
    ("$$\\pi = 3.41$$", [("error", None)]),                   # digits swapped: a slip
])
def test_constants_named_in_a_section(text, expected):
    assert_verdicts(text, expected)


# P(w_i | spam) inside a product over i is no event of the algebra: no internal error
def test_an_entry_of_a_family_inside_p_is_no_event():
    assert_verdicts("Priors: $P(\\text{spam}) = 0.4$.\n\n$$P(\\text{spam}) \\prod_i P(w_i \\mid "
                    "\\text{spam}) = 0.4 \\times 0.0833 \\times 0.125 = 0.00417$$",
                    [("unchecked", "is given"), ("unchecked", None), ("ok", None)])


# a condition or the values of a variable after a wide space end the formula (never ·x ≥ 0)
@pytest.mark.parametrize(("text", "expected"), [
    ("$$f(x) = \\lambda e^{-\\lambda x} \\quad x \\geq 0$$",
     [("unchecked", "definition of f(x)"), ("unchecked", "a condition on x")]),
    ("$$p(x) = 0.1 (0.9)^{x-1} \\quad x = 1, 2, \\dots$$",
     [("unchecked", "a law given as a formula in x")]),
    ("$$P(X = k) = \\binom{n}{k} p^k (1-p)^{n-k} \\qquad k = 0, 1, \\ldots, n$$",
     [("unchecked", "a law given as a formula in k")]),
    ("$$a = 2 \\quad b = 3$$\n$$a + b = 5$$", [("unchecked", "definition of a"),
                                            ("unchecked", "definition of b"), ("ok", None)]),
])
def test_a_condition_after_a_wide_space(text, expected):
    assert_verdicts(text, expected)

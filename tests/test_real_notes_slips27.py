"""Slips and false alarms met in a held-out set of real notes (slips27, outside the
repository): each habit written here in our own words as a construct and the verdict it
must get, the right form beside it."""

from __future__ import annotations

import pytest
from document_steps import assert_verdicts_on_line

# rows of a display indented with \hspace before their `=` go on from the row above
SPACED = "$$m = 2\\cdot 3 + 1\\\\\n\\hspace{{1.2cm}} = {value}$$\n"

# a row opening with `=` that ends an equation and then solves it: `= 5/3 + T/3 ⇒ T = 2.5`
SOLVED = ("$$T = \\frac{{1}}{{3}}\\cdot 2 + \\frac{{1}}{{3}}(3 + T)\\\\\n"
          "\\hspace{{1cm}} = \\frac{{5}}{{3}} + \\frac{{T}}{{3}} \\Rightarrow T = {root}$$\n")

# the pieces of a union said in prose (`-∞ < x < 0.1 and 2.5 < x < ∞`) bound nothing after
UNION = ("The curve rises for {where}.\n\n"
         "Let $g(x) = x^2 - 1$ on $[-2, 5]$.\n\n"
         "$g'(x) = {derivative}$\n")
PIECES = "$-\\infty < x < 0.1$ and $2.5 < x < \\infty$"


@pytest.mark.parametrize(("text", "line", "verdicts"), [
    (SPACED.format(value="7"), 2, ["ok"]),
    (SPACED.format(value="8"), 2, ["error"]),
    (SOLVED.format(root="2.5"), 2, ["ok", "unchecked"]),
    (UNION.format(where=PIECES, derivative="2x + 1"), 5, ["error"]),
    (UNION.format(where="$2.5 < x < \\infty$", derivative="2x + 1"), 5, ["error"]),  # x < ∞
    ("Let $f(x) = x^3$.\n\nThe curve rises for " + PIECES + ".\n\n"  # f named anew is read
     "Let $f(x) = x^2 - 1$ on $[-2, 5]$.\n\n$f(3) = 3^2 - 1 = 8$\n", 7, ["ok", "ok"]),
    # roots listed in prose: two values of one name, neither against the other
    ("$g'(x)$ is zero at $x = 0$ and $x = \\frac{60}{11}$\n", 1, ["unchecked", "unchecked"]),
])
def test_real_slips(text, line, verdicts):
    assert_verdicts_on_line(text, line, verdicts)


# entropy worked by hand with the log in bold letters, its value said to go on (`= .5515...`)
ENTROPY = "$H = -(3/4\\textbf{{log}}_2(3/4) + 1/4\\textbf{{log}}_2(1/4)) = {value}$\n"


@pytest.mark.parametrize(("text", "line", "verdicts"), [
    (ENTROPY.format(value="0.8113"), 1, ["unchecked", "ok"]),  # \textbf{log} is the log
    (ENTROPY.format(value=".5515..."), 1, ["unchecked", "error"]),  # the digits go on: ≈
    (ENTROPY.format(value="0.8112..."), 1, ["unchecked", "ok"]),  # cut short, not rounded
    (ENTROPY.format(value="0.8113\\ldots"), 1, ["unchecked", "ok"]),
])
def test_decimals_going_on(text, line, verdicts):
    assert_verdicts_on_line(text, line, verdicts)


# values given only in the words of the note: `where p = 0.25`, `toss it n = 10 times`
TOSSES = ("A coin lands heads with probability p = 0.8, and we toss it n = 10 times.\n\n"
          "$P(X = 9) = \\binom{{n}}{{9}} p^9 (1-p) = {value}$\n")
WHERE = "Each toss is independent, where p = 0.25 is the chance of a head.\n\n$q = p^2 = {value}$\n"


@pytest.mark.parametrize(("text", "line", "verdicts"), [
    (TOSSES.format(value="0.2684"), 3, ["unchecked", "ok"]),
    (TOSSES.format(value="0.368"), 3, ["unchecked", "error"]),
    (WHERE.format(value="0.0625"), 3, ["unchecked", "ok"]),
    (WHERE.format(value="0.125"), 3, ["unchecked", "error"]),
])
def test_values_in_words(text, line, verdicts):
    assert_verdicts_on_line(text, line, verdicts)


# the mass of a law declared above written wrong, an equation following it (its mean): the law
# decides P(X = k), so the line is a wrong claim, never a premise taken as given
LAW = "Let $X \\sim {law}$.\n\n$P(X = k) = {mass}$\n\nIts mean:\n\n$E(X) = {mean}$\n"


@pytest.mark.parametrize(("text", "line", "verdicts"), [
    (LAW.format(law="Bin(n, p)", mass="\\binom{n}{k} p^k (1-p)^{k}", mean="np"), 3, ["error"]),
    (LAW.format(law="Poisson(\\lambda)", mass="\\frac{\\lambda^k e^{\\lambda}}{k!}",
                mean="\\lambda"), 3, ["error"]),
])
def test_masses_of_declared_laws(text, line, verdicts):
    assert_verdicts_on_line(text, line, verdicts)


# the mean of a geometric law summed to a wrong closed form: where the series converges the two
# differ (outside it the series has no value)
@pytest.mark.parametrize(("text", "line", "verdicts"), [
    ("$$\\sum_{k=1}^\\infty k p (1-p)^{k-1} = \\frac{1}{p^2}$$\n", 1, ["error"]),
])
def test_power_series(text, line, verdicts):
    assert_verdicts_on_line(text, line, verdicts)

"""Slips and false alarms met in a held-out set of real notes (slips28, outside the
repository): each habit written here in our own words as a construct and the verdict it
must get, the right form beside it."""

from __future__ import annotations

import pytest
from document_steps import assert_verdicts_on_line

# `EY`, `aEY`: the mean of Y written without brackets, beside E[…] in the same formula
SCALED = "$$Var(aY) = E[(aY - E[aY])^2] = E[(aY - {mean})^2] = E[a^2(Y - EY)^2] = a^2 Var(Y)$$\n"


@pytest.mark.parametrize(("text", "line", "verdicts"), [
    (SCALED.format(mean="aEY"), 1, ["ok", "ok", "ok", "ok"]),
    (SCALED.format(mean="EY"), 1, ["ok", "unchecked", "unchecked", "ok"]),  # holds at a = 1
])
def test_means_without_brackets(text, line, verdicts):
    assert_verdicts_on_line(text, line, verdicts)


# a mass with the values of its variable listed up to an end (`k = 0, 1, 2, …, 12`), maybe
# after a `\text{ }` that only makes room
MASS = ("$$\\binom{{12}}{{k}} (0.2)^k (1 - 0.2)^{{12 - k}} = \\binom{{{n}}}{{k}} (0.2)^k "
        "(0.8)^{{12 - k}},{gap} k = 0, 1, 2, \\dots, 12$$\n")


@pytest.mark.parametrize(("text", "line", "verdicts"), [
    (MASS.format(n="12", gap=""), 1, ["ok"]),
    (MASS.format(n="5", gap=""), 1, ["error"]),
    (MASS.format(n="12", gap=" \\text{   }"), 1, ["ok"]),
    (MASS.format(n="5", gap=" \\text{   }"), 1, ["error"]),
])
def test_values_listed_to_an_end(text, line, verdicts):
    assert_verdicts_on_line(text, line, verdicts)


# a probability equated to something no probability can be (`P(T ≤ 50) = 100 - P(T ≤ 50)`:
# it would be 50); the right form, 1 - P(T ≤ 50), stays unchecked
FAILURE = "A part fails at a rate of 0.02 per hour.\n\n$P(T > 50) = {first} = 1 - (1 - e^{{-1}})$\n"


@pytest.mark.parametrize(("text", "line", "verdicts"), [
    (FAILURE.format(first="100 - P(T > 50)"), 3, ["error", "error"]),
    (FAILURE.format(first="2 + P(T \\leq 50)"), 3, ["error", "error"]),
])
def test_probabilities_out_of_range(text, line, verdicts):
    assert_verdicts_on_line(text, line, verdicts)


# solving for a probability line by line: a step that drops the `- 1` is a slip, never the
# value of a new example (a new example names the probability alone, after some prose)
MIDDLE = ("The middle 80% of the standard normal:\n\n$P(-z \\leq Z \\leq z) = 0.8$\n\n"
          "$P(Z \\leq z) - (1 - P(Z \\leq z)) = 0.8$\n\n$2 P(Z \\leq z) - 1 = 0.8$\n\n"
          "$2 P(Z \\leq z) = {value}$\n")


@pytest.mark.parametrize(("text", "line", "verdicts"), [
    (MIDDLE.format(value="0.8"), 9, ["error"]),
    (MIDDLE.format(value="0.6"), 9, ["error"]),
])
def test_probabilities_solved_for(text, line, verdicts):
    assert_verdicts_on_line(text, line, verdicts)


# a name given its formula by an `=` typed in the prose between two spans of math
JOINED = "Set $h(t)$ = $t^3 - 2t$ and differentiate.\n\n$h(2) = {value}$\n\n$h'(t) = {slope}$\n"


@pytest.mark.parametrize(("text", "line", "verdicts"), [
    (JOINED.format(value="4", slope="3t^2 - 2"), 3, ["ok"]),
    (JOINED.format(value="6", slope="3t^2 - 2"), 3, ["error"]),
    (JOINED.format(value="4", slope="3t^2 - 2t"), 5, ["error"]),
])
def test_definitions_joined_in_prose(text, line, verdicts):
    assert_verdicts_on_line(text, line, verdicts)


# the variance expanded with the square outside the mean, E(N)² for E(N²): with m = E(N) the
# side is 0, so the claim holds only for an N that never varies
SPREAD = "# Spread of a count\n\n$$m = E(N)$$\n\n$$Var(N) = E((N - m)^2) = {side}$$\n"


@pytest.mark.parametrize(("text", "line", "verdicts"), [
    (SPREAD.format(side="E(N)^2 - m^2"), 5, ["ok", "error"]),
    (SPREAD.format(side="E(N)^2 - 2m^2 + m^2"), 5, ["ok", "error"]),
])
def test_variance_that_needs_a_constant(text, line, verdicts):
    assert_verdicts_on_line(text, line, verdicts)


# the mean named under the heading before (`m = E(N)` under `# Mean`) is still the mean of N
# under `# Variance`, where N is taken the expectation of again
HEADED = "# Mean\n\n$$m = E(N)$$\n\n# Variance\n\n$$Var(N) = E((N - m)^2) = {side}$$\n"


@pytest.mark.parametrize(("text", "line", "verdicts"), [
    (HEADED.format(side="E(N)^2 - m^2"), 7, ["ok", "error"]),
])
def test_means_named_under_an_earlier_heading(text, line, verdicts):
    assert_verdicts_on_line(text, line, verdicts)

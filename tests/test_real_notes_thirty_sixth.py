"""Habits of the thirty-sixth round: a log-likelihood differentiated, written as a quotient."""

from __future__ import annotations

import pytest

from tests.document_steps import assert_verdicts_on_line

LIKELIHOOD = "Let $L(p) = p^3 (1-p)^2$.\n\n{line}\n"


# `∂ ln L / ∂p`, `d ln L / dp`, `∂(ln L)/∂p` in plain text (MLE notes typed without TeX) were
# "'\partial' is only read in a partial derivative" or `d·ln(L)·p/d`; `\frac{d \ln L}{dp}` with
# L(p) defined above was a derivative of ln of a constant L ("a substitution: holds when …").
# A name defined as a function of the variable, written bare in what is differentiated, is
# that function; the log of a name over ∂p is the log-likelihood differentiated.
@pytest.mark.parametrize(("line", "expected"), [
    ("∂ ln L / ∂p = 3/p - 2/(1 - p)", "ok"),
    ("∂ ln L(.) / ∂p = 3/p - 2/(1-p)", "ok"),
    ("d ln L / dp = 3/p - 2/(1-p)", "ok"),
    ("d(ln L)/dp = 3/p - 2/(1-p)", "ok"),
    ("∂(ln L)/∂p = 3/p - 2/(1-p)", "ok"),
    ("∂ log L(p)/∂p = 3/p - 2/(1-p)", "ok"),
    ("∂ ln L / ∂p = 3/p + 2/(1 - p)", "error"),
    ("d ln L / dp = 2/p - 3/(1-p)", "error"),
    ("$\\frac{d \\ln L}{dp} = \\frac{3}{p} - \\frac{2}{1-p}$", "ok"),
    ("$\\frac{\\partial \\ln L}{\\partial p} = \\frac{3}{p} - \\frac{2}{1-p}$", "ok"),
    ("$\\frac{\\partial \\ln L}{\\partial p} = \\frac{3}{p} + \\frac{2}{1-p}$", "error"),
    ("$\\partial \\ln L / \\partial p = 3/p - 2/(1-p)$", "ok"),
    ("$d\\log L(p)/dp = 3/p - 2/(1-p)$", "ok"),
    ("$\\frac{d}{dp} \\ln L = \\frac{3}{p} - \\frac{2}{1-p}$", "ok"),
    ("$\\frac{d}{dp} \\ln L = \\frac{3}{p} - \\frac{3}{1-p}$", "error"),
])
def test_a_log_likelihood_differentiated(line, expected):
    assert_verdicts_on_line(LIKELIHOOD.format(line=line), 3, [expected])


# the log of the variable itself is no function of it: d ln x/dx is 1/x
@pytest.mark.parametrize(("line", "expected"), [
    ("d ln x / dx = 1/x", "ok"),
    ("d ln x / dx = 2/x", "error"),
    ("$\\partial \\log \\theta / \\partial \\theta = 1/\\theta$", "ok"),
])
def test_the_log_of_the_variable(line, expected):
    assert_verdicts_on_line(line + "\n", 1, [expected])

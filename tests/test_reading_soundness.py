"""Misread notation never gives a confident verdict: each construct is read as meant, or refused."""

from __future__ import annotations

import math

import pytest
import sympy as sp
from hypothesis import given, settings
from hypothesis import strategies as st

import tutor
from tutor.errors import ParseError
from tutor.read.parser import parse

PL, TX, AUTO = "plain", "latex", "auto"

# (text, syntax, what it is read as: str() of the unevaluated sympy reading)
READINGS = [
    # scientific notation: a number in both syntaxes; 2e^{x}, 2e stay 2·e
    ("\\eta\\cdot 2e-4", TX, "eta*0.0002"),
    ("2.5E2", TX, "250.000000000000"),
    ("1e-3", TX, "0.00100000000000000"),
    ("1e-3", PL, "0.00100000000000000"),
    ("2.5E2", PL, "250.000000000000"),
    ("3e-4x", TX, "0.0003*x"),
    ("3e-4x", PL, "0.0003*x"),
    ("2e^{x}", TX, "2*E**x"),
    ("2e", TX, "2*E"),
    ("2e", PL, "2*E"),
    # plain: a space between numbers that are not groups of three is a product
    ("2 3", PL, "2*3"),
    ("lim x->0 3x", PL, "Limit(3*x, x, 0, dir='+-')"),
    ("\\sqrt 2 3", TX, "sqrt(2)*3"),
    # a T superscript on a number is a power, on a variable a transpose (refused below)
    ("e^T", TX, "E**T"),
    ("2^T", PL, "2**T"),
    ("x^{T-1}", TX, "x**(T - 1)"),
]

# (text, syntax, a fragment of the ParseError's message)
REFUSALS = [
    # numbers that are not one number
    ("1.1.1", PL, "a number with two decimal points"),
    ("1.1.1", TX, "a number with two decimal points"),
    (".5.5", PL, "a number with two decimal points"),
    ("1 000", PL, "digits separated by a space (1 000): write 1000"),
    ("1 000", TX, "digits separated by a space"),
    ("x = 2 3", TX, "digits separated by a space (2 3): write 23"),  # TeX shows 23
    ("12 345 678", PL, "write 12345678"),
    # transposes
    ("w^T x", TX, "transposes (w^T) are vectors/matrices: not supported yet"),
    ("w^T x", PL, "transposes (w^T) are vectors/matrices"),
    ("w^\\top x", TX, "transposes (w^\\top)"),
    ("x^{\\mathsf T}", TX, "transposes"),
    ("x^{\\mathsf{T}} y", TX, "transposes"),
    ("x^{T}", TX, "transposes"),
    ("X^TX", TX, "transposes"),
    ("\\theta^{T} x", TX, "transposes"),
    ("\\hat{\\beta}^{\\top}", TX, "transposes"),
    ("(Xw-y)^T(Xw-y)", TX, "transposes ((Xw-y)^T)"),
    ("x^{\\intercal}", TX, "transposes"),
]


def reading(text: str, syntax: str) -> str:
    return str(parse(text, syntax))


@pytest.mark.parametrize(("text", "syntax", "expected"), READINGS,
                         ids=[f"{r[1]}:{r[0]}" for r in READINGS])
def test_reading(text, syntax, expected):
    assert reading(text, syntax) == expected


@pytest.mark.parametrize(("text", "syntax", "fragment"), REFUSALS,
                         ids=[f"{r[1]}:{r[0]}" for r in REFUSALS])
def test_refusal(text, syntax, fragment):
    with pytest.raises(ParseError) as info:
        parse(text, syntax)
    assert fragment in info.value.message


@settings(max_examples=200, deadline=None)
@given(st.floats(allow_nan=False, allow_infinity=False, min_value=0))
def test_a_printed_float_reads_back_as_itself(value):
    """repr of any float (1e-05, 1.5e+16, 0.1) is one number, in plain and in LaTeX."""
    for syntax in (PL, TX):
        read = parse(repr(value), syntax)
        assert isinstance(read, sp.Float) and float(read) == value, (repr(value), syntax)


def test_scientific_notation_compares_as_a_number():
    assert tutor.compare("$\\eta \\cdot 2e-4$", "$0.0002\\eta$").status == "equal"
    assert math.isclose(float(parse("2.5E-3", TX)), 0.0025)

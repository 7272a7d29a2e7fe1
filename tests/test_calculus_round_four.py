"""Calculus habits of the fourth round of real notes: an integral in the differential of an
expression (`\\int e^{3x-1} d(3x-1)`), a constant or a term beside an indefinite integral, the
by-parts rule in u and v, f'(x_0) at a value given above (Newton's method), Jekyll's `\\\\[`."""

from __future__ import annotations

import pytest
from document_steps import assert_verdicts

from tutor.errors import ParseError
from tutor.read.parser import parse

# (text, what it is read as; "!" and a fragment: refused with that message)
READINGS = [
    (r"\int e^{3x-1}d(3x-1)", "Integral(E**(3*x - 1)*3, x)"),
    (r"\int \cos(x^2)\,d(x^2)", "Integral((2*x)*cos(x**2), x)"),
    (r"\int (1-x^2)^{-\frac{1}{2}}d(1-x^2)", "Integral((-2*x)/(1 - x**2)**(1/2), x)"),
    (r"\int x \, \mathrm{d}(x^2)", "Integral(x*(2*x), x)"),
    (r"\int x \, d(x + y)", "!needs exactly one variable"),
    (r"d(x, y)", "d(x, y)"),                        # a distance, not a differential
    (r"\int x \, dx", "Integral(x, x)"),
]


def _read(text: str) -> str:
    try:
        return str(parse(text, "latex"))
    except ParseError as exc:
        return "!" + exc.message


@pytest.mark.parametrize(("text", "read"), READINGS)
def test_reading(text, read):
    got = _read(text)
    assert got == read or (read.startswith("!") and got.startswith("!") and read[1:] in got)


NEWTON = ("Take $f(x) = x^3 - 2x - 5$, so $f'(x) = 3x^2 - 2$. Start from $x_0 = 2$.\n\n"
          "\\[ f'(x_0) = 3 \\times 2^2 - 2 = {d} \\]\n\n"
          "\\[ x_1 = x_0 - \\frac{{f(x_0)}}{{f'(x_0)}} = 2 - \\frac{{-1}}{{10}} = {x1} \\]\n\n"
          "\\[ f(x_1) = (2.1)^3 - 2 \\times 2.1 - 5 = {f1} \\]\n")
_DEFS = [("unchecked", "definition"), ("ok", None), ("unchecked", "definition")]

# (a document, [(verdict, a fragment of the message or None)])
DOCUMENTS = [
    # f'(x_0) with x_0 given: f' at that value (an internal error before)
    (NEWTON.format(d="10", x1="2.1", f1="0.061"),
     _DEFS + [("ok", None), ("ok", None), ("unchecked", "definition"), ("ok", None),
              ("ok", None), ("ok", None), ("ok", None)]),
    (NEWTON.format(d="12", x1="2.1", f1="0.071"),
     _DEFS + [("ok", None), ("error", None), ("unchecked", "definition"), ("ok", None),
              ("ok", None), ("ok", None), ("error", None)]),
    # the differential of an expression: ∫ f dg = ∫ f g' dx
    ("$$\\int e^{3x-1}dx = \\frac{1}{3}\\int e^{3x-1}d(3x-1) = \\frac{1}{3}e^{3x-1}+C$$",
     [("ok", None), ("ok", None)]),
    ("$$\\int e^{3x-1}dx = \\frac{1}{3}\\int e^{3x-1}d(3x-1) = e^{3x-1}+C$$",
     [("ok", None), ("error", None)]),
    ("$$\\int x^2 (x^3+1)^4 dx = \\frac{1}{3}\\int (x^3+1)^4\\,d(x^3+1) "
     "= \\frac{1}{15}(x^3+1)^5+C$$", [("ok", None), ("ok", None)]),
    ("$$\\int x^2 (x^3+1)^4 dx = \\frac{1}{3}\\int (x^3+1)^4\\,d(x^3+1) "
     "= \\frac{1}{12}(x^3+1)^5+C$$", [("ok", None), ("error", None)]),
    # a constant times an integral, or a term beside it, against an antiderivative
    ("$$\\int \\frac{1}{2x+1}dx = \\frac{1}{2}\\int\\frac{2}{2x+1}dx = "
     "\\frac{1}{2}\\ln|2x+1| + C$$", [("ok", None), ("ok", None)]),
    ("$$\\int x e^{-x}dx = -xe^{-x} + \\int e^{-x}\\,dx = -xe^{-x} - e^{-x} + C$$",
     [("ok", None), ("ok", None)]),
    ("$$\\int x e^{-x}dx = -xe^{-x} + \\int e^{-x}\\,dx = -xe^{-x} + e^{-x} + C$$",
     [("ok", None), ("error", None)]),
    # the by-parts rule: u and v are functions of one another, never independent letters
    ("Rule: $\\int u \\, \\mathrm{d}v = uv - \\int v \\, \\mathrm{d}u$.",
     [("unchecked", "functions of one another")]),
    ("$\\int u\\,dv = uv + \\int v\\,du$", [("unchecked", "functions of one another")]),
    # u and dv of integration by parts side by side (`&&`), an array of derivation rows
    ("$$\\begin{align*} u &= x && \\mathrm{d}u = \\mathrm{d}x \\\\ \\mathrm{d}v &= e^{-x}\\,"
     "\\mathrm{d}x && v = -e^{-x} \\end{align*}$$",
     [("unchecked", "definition"), ("ok", None), ("unchecked", "definition")]),
    ("$$\\begin{array}{rl} \\int x e^{-x}\\,dx & = -xe^{-x} + \\int e^{-x}\\,dx \\\\ "
     "& = -xe^{-x} - e^{-x} + C \\end{array}$$", [("ok", None), ("ok", None)]),
    ("$$\\begin{array}{rl} \\int x e^{-x}\\,dx & = -xe^{-x} + \\int e^{-x}\\,dx \\\\ "
     "& = -xe^{-x} + e^{-x} + C \\end{array}$$", [("ok", None), ("error", None)]),
    ("$$\\begin{aligned} a &= 2 && b = 2a \\end{aligned}$$",
     [("unchecked", "definition"), ("unchecked", "definition")]),
    # a differential in upright d: prose, skipped quietly
    ("With $u = x$ and $\\mathrm{d}v = e^{x}\\mathrm{d}x$.", [("unchecked", "definition of u")]),
    # Jekyll / kramdown posts escape the delimiters: \\[ … \\] and \\( … \\) are math
    ("With \\\\( s(x) = x^2 \\\\):\n\n\\\\[\ns'(x) = 2x\n\\\\]\n",
     [("unchecked", "definition"), ("ok", None)]),
    ("With \\\\( s(x) = x^2 \\\\):\n\n\\\\[\ns'(x) = 3x\n\\\\]\n",
     [("unchecked", "definition"), ("error", None)]),
]


@pytest.mark.parametrize(("text", "expected"), DOCUMENTS)
def test_document(text, expected):
    assert_verdicts(text, expected)

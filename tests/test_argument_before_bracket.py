"""`2\\cos x (-\\sin x)`: a bracket set apart after a trigonometric function's one-letter
argument is a factor of its own, cos(x)·(-sin x) (TeX reads cos(x·(-sin x))); a bracket
written against the letter, `\\sin x(1+x)`, and a logarithm's, `\\log x (1+x)`, keep TeX's
reading. Steps right in the writer's reading are ok; a slip stays an error."""

from __future__ import annotations

import pytest
import sympy as sp

from tutor.batch import check_document
from tutor.read.parser import parse

x, theta = sp.symbols("x theta")


@pytest.mark.parametrize(("text", "expected"), [
    (r"2\cos x (-\sin x)", -2 * sp.cos(x) * sp.sin(x)),
    (r"\sin^2 x (\cos x)", sp.sin(x) ** 2 * sp.cos(x)),
    (r"\cos \theta (1 - \cos\theta)", sp.cos(theta) * (1 - sp.cos(theta))),
    ("cos x (- sin x)", -sp.cos(x) * sp.sin(x)),
    (r"\sin x(1+x)", sp.sin(x * (1 + x))),
    (r"\log x (1+x)", sp.log(x * (1 + x))),
    (r"\sin 3x", sp.sin(3 * x)),
])
def test_how_a_bracket_after_an_argument_reads(text, expected):
    assert sp.simplify(parse(text).doit() - expected) == 0


@pytest.mark.parametrize(("text", "verdicts"), [
    (r"$$\frac{d}{dx}\cos^2 x = 2\cos x (-\sin x) = -2\sin x\cos x$$", ["ok", "ok"]),
    (r"$$\frac{d}{dx}\cos^2 x = 2\cos x (\sin x)$$", ["error"]),
    (r"$$\frac{d}{dx}\sin^2 x = 2 \sin x (\cos x)$$", ["ok"]),
    (r"$$\frac{d}{dx}\sin x \cos x = \cos x (\cos x) + \sin x (-\sin x)$$", ["ok"]),
    (r"$$\frac{d}{dx}\sin x \cos x = \cos x (\cos x) + \sin x (\sin x)$$", ["error"]),
    # cos is even: read as TeX does, the slip in the third line hid behind cos(x·(±sin x))
    ("d/dx cos(x)^2\n= 2 cos x (- sin x)\n= 2 cos x (sin x)\n", ["ok", "error"]),
])
def test_a_bracket_after_a_functions_argument(text, verdicts):
    kind = "md" if text.startswith("$$") else "txt"
    steps = check_document(text, kind=kind).steps
    assert [s.verdict for s in steps] == verdicts, [(s.verdict, s.method) for s in steps]


# \ln x (…) keeps TeX's reading; the writer's product is tried when that fails, and said
def test_a_logarithm_read_the_other_way_when_a_step_fails():
    steps = check_document(r"$$\frac{d}{dx}\ln^2 x = 2\ln x (\frac{1}{x})$$", kind="md").steps
    assert [s.verdict for s in steps] == ["ok"]
    assert "argument ending before the bracket" in steps[0].method

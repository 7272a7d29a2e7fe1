"""argmax and argmin are read (`\\arg\\max_\\theta`, `\\operatorname*{argmin}_w`,
`\\underset{p}{\\operatorname{arg\\,max}}`, plain `argmax_theta`), and two of them are equal when
one objective is the other up to a change that keeps its maximiser: a positive factor, a term
free of the variable, a logarithm, a sign that turns argmax into argmin. Anything else (and the
value an argmax names) is unknown, never a difference: they were all parse errors."""

from __future__ import annotations

import pytest

from tutor.api import compare
from tutor.batch import check_document
from tutor.derive.notation import notation
from tutor.errors import NotAClaim
from tutor.read.parser import parse


@pytest.mark.parametrize(("text", "expected"), [
    ("\\arg\\max_\\theta \\log L(\\theta)", "argmax_θ (ln(L(θ)))"),
    ("\\arg\\min_{w} \\|Xw - y\\|^2", "argmin_w (‖Xw - y‖^2)"),
    ("\\operatorname*{arg\\,max}_p p^3(1-p)", "argmax_p (p^3·(1 - p))"),
    ("\\mathrm{argmin}_x (x-1)^2", "argmin_x ((x - 1)^2)"),
    ("\\underset{p}{\\operatorname{arg\\,max}}\\ \\log L(p)", "argmax_p (ln(L(p)))"),
    ("\\underset{\\theta}{\\arg\\min} f(\\theta)", "argmin_θ (f(θ))"),
    ("\\arg\\max\\limits_{x} f(x)", "argmax_x (f(x))"),
    ("argmax_theta f(theta)", "argmax_θ (f(θ))"),
    # over a set written under it, an operand in \\left\\{ \\right\\}, argmax as a bare word
    ("\\text{argmax}_{\\theta \\in \\Theta} \\log L(\\theta)", "argmax_θ (ln(L(θ)))"),
    ("\\underset{\\theta \\in \\Theta}{\\arg\\max} L(\\theta)", "argmax_θ (L(θ))"),
    ("\\underset{\\theta}{argmax} \\left\\{ \\log L(\\theta) \\right\\}", "argmax_θ (ln(L(θ)))"),
    ("argmin_{w} -log(L(w))", "argmin_w (-ln(L(w)))"),
    # the terms after it belong to it (TeX shows no bracket closing it)
    ("\\arg\\max_p \\log L(p) - p^2 + c", "argmax_p (c - p^2 + ln(L(p)))"),
    ("\\arg\\max_p \\sum_{i=1}^n x_i \\log p + (1-x_i)\\log(1-p)",
     "argmax_p (sum(i=1..n, (1 - x_i)·ln(1 - p) + ln(p)·x_i))"),
    ("\\arg\\min_w -\\log L(w)", "argmin_w (-ln(L(w)))"),
])
def test_reading(text, expected):
    assert notation(parse(text)) == expected


@pytest.mark.parametrize("text", [
    "\\arg\\max_{w,b} f(w,b)",   # several variables at once
    "\\arg\\max f(x)",           # no variable
    "x = \\operatorname{arg\\,max} L",
])
def test_forms_not_read_are_unchecked_with_a_reason(text):
    with pytest.raises(NotAClaim, match="argmax/argmin"):
        parse(text)


@pytest.mark.parametrize(("a", "b"), [
    ("\\arg\\max_p L(p)", "\\arg\\max_p \\log L(p)"),
    ("\\arg\\max_p \\prod_{i=1}^n p^{x_i}(1-p)^{1-x_i}",
     "\\arg\\max_p \\log \\prod_{i=1}^n p^{x_i}(1-p)^{1-x_i}"),
    ("\\arg\\max_p \\log \\prod_{i=1}^n p^{x_i}(1-p)^{1-x_i}",
     "\\arg\\max_p \\sum_{i=1}^n x_i \\log p + (1-x_i)\\log(1-p)"),
    ("\\arg\\max_p \\sum_{i=1}^n x_i \\log p + (1-x_i)\\log(1-p)",
     "\\arg\\min_p -\\frac{1}{n}\\sum_{i=1}^n [x_i \\log p + (1-x_i)\\log(1-p)]"),
    ("\\arg\\max_\\theta \\prod_i p(x_i|\\theta)",
     "\\arg\\max_\\theta \\sum_i \\log p(x_i|\\theta)"),
    ("\\arg\\min_w \\frac{1}{2}\\|Xw - y\\|^2 + 3", "\\arg\\min_w \\|Xw - y\\|^2"),
    ("\\arg\\max_\\mu -\\frac{n}{2}\\log(2\\pi\\sigma^2)"
     " - \\frac{1}{2\\sigma^2}\\sum_{i=1}^n (x_i-\\mu)^2",
     "\\arg\\min_\\mu \\sum_{i=1}^n (x_i-\\mu)^2"),
    ("argmin_w (w-3)^2/2 + 5", "argmin_w (w-3)^2"),
])
def test_one_objective_changed_keeps_its_maximiser(a, b):
    assert compare(a, b).status == "equal"


@pytest.mark.parametrize(("a", "b"), [
    # a wrong sign: argmax of the squared error is not its argmin (never called equal)
    ("\\arg\\max_\\mu \\sum_{i=1}^n (x_i-\\mu)^2", "\\arg\\min_\\mu \\sum_{i=1}^n (x_i-\\mu)^2"),
    ("\\arg\\max_p \\log L(p)", "\\arg\\min_p \\log L(p)"),
    # a factor of unknown sign, another variable, another objective: not decided either way
    ("\\arg\\max_p a L(p)", "\\arg\\max_p L(p)"),
    ("\\arg\\max_p L(p)", "\\arg\\max_q L(q)"),
    ("\\arg\\max_p p(1-p)", "\\arg\\max_p p^2(1-p)"),
    # the value an argmax names is not worked out
    ("\\arg\\max_p p(1-p)", "\\frac{1}{2}"),
    ("(\\arg\\max_p p(1-p)) + 1", "\\arg\\max_p p(1-p)"),
])
def test_anything_else_is_unknown_never_a_difference(a, b):
    assert compare(a, b).status == "unknown"


def test_a_chain_of_argmaxes_in_notes():
    text = ("$$\\hat p = \\arg\\max_p \\prod_{i=1}^n p^{x_i}(1-p)^{1-x_i} "
            "= \\arg\\max_p \\sum_{i=1}^n x_i \\log p + (1-x_i)\\log(1-p)$$\n\n"
            "$$= \\arg\\min_p -\\sum_{i=1}^n x_i \\log p + (1-x_i)\\log(1-p)$$\n\n"
            "$$\\hat w = \\operatorname*{argmin}_w \\frac12\\|Xw - y\\|^2$$\n")
    steps = check_document(text, kind="md").steps
    assert [(s.line, s.verdict) for s in steps if s.method != "definition"] == [
        (1, "ok"), (3, "ok")]
    assert all(s.verdict != "parse_error" for s in steps)

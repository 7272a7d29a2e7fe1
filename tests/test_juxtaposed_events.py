"""Capital letters side by side inside P(…) (`P(SP)` for "screen positive", `P(AB)`) are the
events' intersection, as probability writes it: P(SP) was read as the product P·S·P, so Bayes'
rule over a two-letter event was "P is not defined here" or "depends on what P(…) means"
(held-out real30, a screening-test homework)."""

from __future__ import annotations

import pytest
import sympy as sp
from document_steps import assert_verdicts

from tutor.read.parser import parse


@pytest.mark.parametrize(("written", "same_as"), [
    ("P(SP)", "P(S \\cap P)"),
    ("\\mathbb{P}(SP)", "P(S \\cap P)"),
    ("P(AB)", "P(A \\cap B)"),
    ("P(SP | D)", "P(S \\cap P | D)"),
    ("P(D | SP)", "P(D | S \\cap P)"),
    ("P(ABC)", "P(A \\cap B \\cap C)"),
])
def test_letters_side_by_side_are_an_intersection(written, same_as):
    assert sp.srepr(parse(written)) == sp.srepr(parse(same_as))


@pytest.mark.parametrize(("written", "product"), [
    ("p(1 - p)", True),        # a small p before a bracket multiplies
    ("P(A)P(B)", False),       # two calls
    ("P(2X)", True),           # not letters only: no intersection (a product, as before)
])
def test_other_brackets_after_p_are_untouched(written, product):
    assert (parse(written).func == sp.Mul and not parse(written).atoms(sp.Function)) == product


SCREEN = ("$$P(D) = 0.003$$\n$$P(SP | D) = 0.95$$\n$$P(SP | D^c) = 0.1$$\n"
          "$$P(SP) = P(SP|D)P(D) + P(SP|D^c)P(D^c) = 0.00285 + 0.0997 = {total}$$\n"
          "$$P(D | SP) = \\frac{{P(SP|D)P(D)}}{{P(SP)}} = \\frac{{0.00285}}{{0.10255}} = {last}$$\n")


@pytest.mark.parametrize(("total", "last", "verdicts"), [
    ("0.10255", "0.0278", ["ok", "ok", "ok", "ok", "ok", "ok"]),
    ("0.10255", "0.0285", ["ok", "ok", "ok", "ok", "ok", "error"]),
    ("0.1035", "0.0278", ["ok", "ok", "error", "ok", "ok", "ok"]),
])
def test_bayes_rule_over_a_two_letter_event(total, last, verdicts):
    text = SCREEN.format(total=total, last=last)
    assert_verdicts(text, [("unchecked", None)] * 3 + [(v, None) for v in verdicts])

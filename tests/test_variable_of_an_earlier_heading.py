"""A name given a formula under an earlier heading (the forward pass's ŷ = σ(z)) is the variable
of a derivative under this one (∂E/∂ŷ in the backward pass): its value never enters, so a step
wrong as a formula in it stays an error; a step through the name's value stays unchecked."""

from __future__ import annotations

import pytest

from tests.document_steps import assert_verdicts

FORWARD = ("## Part A\n\n$$z = 0.4 \\cdot 0.5 + 0.1 = 0.3$$\n\n$$\\hat{y} = \\sigma(z)$$\n\n"
           "## Part B\n\n$$E = \\frac{1}{2}(t - \\hat{y})^2$$\n\n")
DEFINITIONS = [("unchecked", "definition of z"), ("ok", None), ("unchecked", "definition of ŷ"),
               ("unchecked", "definition of E")]

ROWS = [
    # the chain rule's inner minus forgotten: wrong for every ŷ and t
    ("\\frac{\\partial E}{\\partial \\hat{y}} = (t - \\hat{y})", [("error", "not equal")]),
    ("\\frac{\\partial E}{\\partial \\hat{y}} = -(t - \\hat{y})", [("ok", None)]),
    ("\\frac{\\partial E}{\\partial \\hat{y}} = \\hat{y} - t", [("ok", None)]),
    ("\\frac{\\partial E}{\\partial \\hat{y}} = 2(\\hat{y} - t)", [("error", "not equal")]),
    # at the value of ŷ above (σ(z) of the forward pass): that ŷ may be another
    ("\\frac{\\partial E}{\\partial \\hat{y}} = \\sigma(0.3) - t", [("unchecked", None)]),
    ("\\frac{\\partial E}{\\partial \\hat{y}} = \\sigma(0.3) + t", [("unchecked", None)]),
]


@pytest.mark.parametrize("line,verdicts", ROWS)
def test_a_derivative_in_a_name_of_an_earlier_heading(line, verdicts):
    assert_verdicts(FORWARD + f"$${line}$$\n", DEFINITIONS + verdicts)


# `## Forward pass` then `## Backward pass`: the phases of one network worked by hand, one
# section (tutor.notes.step_headings): ŷ is σ(0.3) there too, so a step through its value is
# checked
PHASES = FORWARD.replace("Part A", "Forward pass").replace("Part B", "Backward pass")


@pytest.mark.parametrize(("line", "verdict"), [
    ("\\frac{\\partial E}{\\partial \\hat{y}} = \\sigma(0.3) - t", "ok"),
    ("\\frac{\\partial E}{\\partial \\hat{y}} = \\sigma(0.3) + t", "error"),
    ("\\frac{\\partial E}{\\partial \\hat{y}} = \\hat{y} - t", "ok"),
])
def test_a_derivative_through_a_value_of_the_forward_pass(line, verdict):
    assert_verdicts(PHASES + f"$${line}$$\n", DEFINITIONS + [(verdict, None)])


def test_numbers_put_in_after_a_slip_are_no_final_result_wrong():
    # after the slip the writer puts in t = 0.01 and ŷ = 0.75 (said nowhere as definitions):
    # the end is right for those numbers; the start holds t and ŷ, so it is no wrong result
    chain = ("\\begin{align}\n\\frac{\\partial E}{\\partial \\hat{y}} = (t - \\hat{y}) \\\\\n"
             "= -(t - \\hat{y}) \\\\\n= -(0.01 - 0.75) \\\\\n= 0.74\n\\end{align}\n")
    assert_verdicts(FORWARD + chain, DEFINITIONS + [
        ("error", "not equal"), ("ok", None), ("unchecked", "substitution"), ("ok", None)])

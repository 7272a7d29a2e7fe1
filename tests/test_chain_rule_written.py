"""The chain rule written out in Leibniz's notation (∂L/∂w = ∂L/∂ŷ · ∂ŷ/∂z · ∂z/∂w), layer
superscripts (∂L/∂W^L) read as names: never wrong, never right unless the names are defined
(it needs each quantity to depend on the next only); said to be the chain rule when its factors
lead from the left side's quantity to its variable, and said not to be when they do not."""

from __future__ import annotations

import pytest
from document_steps import assert_verdicts

from tutor.read.chain_rules import chain_walk
from tutor.read.parser import parse


@pytest.mark.parametrize(("line", "verdict", "said"), [
    ("\\frac{dy}{dx} = \\frac{dy}{du} \\cdot \\frac{du}{dx}", "unchecked", "y through u to x"),
    ("\\frac{dy}{dx} = \\frac{du}{dx} \\frac{dy}{du}", "unchecked", "the chain rule"),
    ("\\frac{d\\sigma}{dt} = \\frac{d\\sigma}{dw} \\frac{dw}{dt}", "unchecked",
     "σ through w to t"),
    ("\\frac{\\partial L}{\\partial w} = \\frac{\\partial L}{\\partial \\hat{y}} "
     "\\frac{\\partial \\hat{y}}{\\partial z} \\frac{\\partial z}{\\partial w}", "unchecked",
     "L through ŷ, z to w"),
    ("\\frac{\\partial \\mathcal{L}}{\\partial W^L} = \\frac{\\partial \\mathcal{L}}"
     "{\\partial a^L} \\cdot \\frac{\\partial a^L}{\\partial z^L} \\cdot \\frac{\\partial z^L}"
     "{\\partial W^L}", "unchecked", "the chain rule written out"),
    ("\\frac{\\partial E}{\\partial w^{[2]}} = \\frac{\\partial E}{\\partial a^{[2]}} "
     "\\frac{\\partial a^{[2]}}{\\partial w^{[2]}}", "unchecked", "the chain rule written"),
    # a factor missing, one too many, the wrong way round: no chain rule, never ok
    ("\\frac{\\partial L}{\\partial w} = \\frac{\\partial L}{\\partial \\hat{y}} "
     "\\frac{\\partial z}{\\partial w}", "unchecked", "nothing goes on from ŷ"),
    ("\\frac{\\partial \\mathcal{L}}{\\partial W^L} = \\frac{\\partial \\mathcal{L}}"
     "{\\partial a^L} \\cdot \\frac{\\partial z^L}{\\partial W^L}", "unchecked",
     "not the chain rule"),
    ("\\frac{dy}{dx} = \\frac{dy}{du} \\frac{du}{dv} \\frac{dw}{dx}", "unchecked",
     "not the chain rule"),
    ("\\frac{dy}{dx} = \\frac{du}{dy} \\frac{dx}{du}", "unchecked", None),
])
def test_a_chain_rule_written_out(line, verdict, said):
    assert_verdicts(f"$${line}$$\n", [(verdict, said)])


@pytest.mark.parametrize(("line", "path"), [
    ("\\frac{dy}{dx} = \\frac{dy}{du} \\frac{du}{dx}", ["u", "x"]),
    ("\\frac{dL}{dW_L} = \\frac{dL}{da_L} \\frac{da_L}{dW_L}", ["a_L", "W_L"]),
    ("\\frac{dy}{dx} = \\frac{dy}{du} \\frac{dv}{dx}", None),
    ("\\frac{dy}{dx} = 2 \\frac{dy}{du}", None),
    ("\\frac{dy}{dx} = \\frac{dy}{du}", None),
])
def test_the_quantities_a_chain_passes_through(line, path):
    chain = parse(line)
    walk = chain_walk(chain.parts[0].expr, chain.parts[1].expr)
    assert ([str(q) for q in walk[0][1:]] if walk and walk[1] else None) == path


def test_a_value_after_a_chain_rule_is_not_judged_on_the_letters_as_functions():
    assert_verdicts("$$\\frac{\\partial L}{\\partial w^L} = \\frac{\\partial L}{\\partial a^L}"
                    " \\frac{\\partial a^L}{\\partial w^L} = (a - y) x$$\n",
                    [("unchecked", None)])


@pytest.mark.parametrize(("text", "variable"), [
    ("\\frac{\\partial L}{\\partial W^L}", "W_L"),  # layer L's W, never W to the power L
    ("\\frac{\\partial L}{\\partial a^{l}}", "a_l"),
    ("\\frac{\\partial^2 f}{\\partial x^2}", "x"),  # an order stays an order
])
def test_a_layer_label_above_a_partial_variable(text, variable):
    derivative = parse(text)
    assert [str(v) for v in derivative.variables] == [variable] * len(derivative.variables)

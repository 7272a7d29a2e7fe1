"""The chain rule in Leibniz's notation (dL/dz = dL/da · da/dz) is no implicit
differentiation: a stands in it only as what is differentiated or differentiated by, never as
y itself beside y'. And math after a word that introduces names ("With $a = σ(z)$", "Let",
"where") defines them: it does not go on from the block before. Together these made a false
alarm: "With $a = \\sigma(z)$" was solved from the chain rule above and called wrong."""

from __future__ import annotations

import pytest
from document_steps import assert_verdicts

from tutor.derive.implicit import implicit_equation
from tutor.judge.equivalence import Equation
from tutor.notes.prose_around import defines_next
from tutor.read.parser import parse

CHAIN = "$$\\frac{dL}{dz} = \\frac{dL}{da} \\cdot \\frac{da}{dz} = a - y$$\n\n"


@pytest.mark.parametrize(("text", "implicit"), [
    ("2x + 2y \\frac{dy}{dx} = 0", True),
    ("x^2 \\frac{dy}{dx} + 2xy = 0", True),
    ("\\frac{dL}{dz} = \\frac{dL}{da} \\cdot \\frac{da}{dz}", False),
    ("\\frac{dy}{dx} = \\frac{dy}{du} \\frac{du}{dx}", False),
])
def test_an_implicit_equation_holds_y_beside_its_derivative(text, implicit):
    chain = parse(text)
    equation = Equation(chain.parts[0].expr, chain.parts[-1].expr)
    assert implicit_equation(equation) is implicit


@pytest.mark.parametrize("word", ["With", "Let", "where", "Using", "Sei", "Soit", "Пусть"])
def test_a_name_given_after_a_defining_word_is_no_step(word):
    assert_verdicts(CHAIN + f"{word} $a = \\sigma(z)$ and $b = 2$:\n",
                    [("unchecked", None), ("unchecked", None),
                     ("unchecked", "a is σ(z) from here"), ("unchecked", "definition of b")])


def test_the_chain_rule_is_checked_with_the_names_given():
    assert_verdicts("With $a = \\sigma(z)$ and $L = -y\\log a - (1-y)\\log(1-a)$:\n\n" + CHAIN,
                    [("unchecked", "definition of a"), ("unchecked", "definition of L"),
                     ("ok", None), ("ok", None)])


@pytest.mark.parametrize(("gap", "math", "defines"), [
    ("\n\nWith $", "a = \\sigma(z)", True), ("\n\nLet \\(", "u = x^2", True),
    (", where $", "z = wx + b", True), ("\n\nsoit $", "f(x) = x^2", True),
    ("\n\nso $", "a = \\sigma(z)", False), ("\n\nUsing the chain rule:\n\n$$", "a = b", False),
    ("\n\nwithout $", "a = b", False),
    # a number is an example's value for the formulas above: they go on with it
    ("\n\nWith $", "\\lambda = 0.5", False), ("\n\nwhere $", "p = 0{,}3", False),
])
def test_which_words_introduce_names(gap, math, defines):
    assert defines_next(gap, math) is defines

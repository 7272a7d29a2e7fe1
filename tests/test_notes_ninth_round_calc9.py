"""The ninth round of real-notes habits (calculus, ML calculus): a word naming an inline
`= …`, a writer's ✓ or ✗ after a formula, `\\text{sen}` for sine, `Ví dụ 2:` and `Exemplo 3:`
starting a new example, `y' = …` under the new `y` of a later example."""

from __future__ import annotations

import pytest

from tests.document_steps import assert_reading, assert_verdicts


# `sum $= 11.107$`: the `= …` gives the sum's value, not a step on from `e^0 = 1`
@pytest.mark.parametrize(("text", "expected"), [
    (r"Values: $e^0 = 1$, sum $= 11.107$.", [("ok", None), ("unchecked", "value of 'sum'")]),
    (r"Total \(= 7\) after $3 + 4$.", [("unchecked", "value of 'Total'")]),
    (r"We get $3 + 4$, so $= 7$.", [("ok", None)]),         # a connective: the chain goes on
    (r"We get $3 + 4$, so $= 8$.", [("error", None)]),      # and a wrong value is still wrong
    (r"$2 + 2 = 4$, and the sum $= 4 = 5$.", [("ok", None), ("unchecked", "value of 'sum'"),
                                               ("error", None)]),  # what follows is checked
])
def test_a_word_before_an_inline_equals_names_its_value(text, expected):
    assert_verdicts(text, expected)


# a tick after a formula is the writer's mark: the formula is checked as written; a cross
# marks a wrong example (`\neq … ✗`, `… = … ✗`): unchecked, never a parse error
@pytest.mark.parametrize(("text", "expected"), [
    (r"$$2 + 2 = 4 \quad ✓$$", [("ok", None)]),
    (r"$$2 + 2 = 4 \quad \checkmark$$", [("ok", None)]),
    (r"$$2 + 3 = 5 ✅$$", [("ok", None)]),
    (r"$$3 + 3 = 6 \quad (✓)$$", [("ok", None)]),
    (r"$$2 + 2 = 5 \quad ✓$$", [("error", None)]),          # a tick makes nothing right
    (r"$$\int x \cos(x) \, dx \neq \int x \, dx \cdot \int \cos(x) \, dx \quad ✗$$",
     [("unchecked", "cross")]),
    (r"$$2 + 2 = 5 \quad ❌$$", [("unchecked", "cross")]),
])
def test_a_writers_tick_or_cross_after_a_formula(text, expected):
    assert_verdicts(text, expected)


# Portuguese and Spanish names of sine and tangent, in upright letters or as a macro
@pytest.mark.parametrize(("text", "read"), [
    (r"\text{sen}(x)", "sin(x)"),
    (r"\operatorname{sen} x", "sin(x)"),
    (r"\mathrm{tg}(x)", "tan(x)"),
    (r"\sen(2x)", "sin(2*x)"),
    (r"\text{senh}(x)", "sinh(x)"),
    (r"sen", "E*n*s"),                                    # bare letters: not sine
])
def test_romance_function_names(text, read):
    assert_reading(text, read)


@pytest.mark.parametrize(("text", "expected"), [
    (r"$$\int_0^{\pi} \text{sen}(x) \, dx = 2$$", [("ok", None)]),
    (r"$$\int \text{sen}(3x) \, dx = -3\cos(3x) + C$$", [("error", None)]),
])
def test_sen_integrals_are_checked(text, expected):
    assert_verdicts(text, expected)


LATER_EXAMPLE = """Ví dụ 1: $y = x^2 \\sin x$ => $y' = 2x \\sin x + x^2 \\cos x$

{label} $y = e^{{-x^2}}$ => $y' = {derivative}$
"""


# `y' = …` under the new `y` of a later example is the derivative of that formula
@pytest.mark.parametrize(("label", "derivative", "last"), [
    ("Ví dụ 2:", "-2x e^{-x^2}", ("ok", "derivative of y")),
    ("Exemplo 2:", "-2x e^{-x^2}", ("ok", "derivative of y")),
    ("Esempio 2:", "-2x e^{-x^2}", ("ok", "derivative of y")),
    # twelfth round: y' right after y's formula on its line is its derivative: a wrong one is an
    # error (it was unchecked: "y' may be another name"); tests/test_notes_twelfth_round_calc12.py
    ("Ví dụ 2:", "2x e^{-x^2}", ("error", "not the derivative of y")),
])
def test_a_primed_name_under_a_later_examples_formula(label, derivative, last):
    assert_verdicts(LATER_EXAMPLE.format(label=label, derivative=derivative), [
        ("unchecked", "definition of y"), ("ok", "derivative of y"),
        ("unchecked", None), last])


# `\int e^x \cdot dx`: a dot before the differential is ink, the integral is read
@pytest.mark.parametrize(("text", "expected"), [
    (r"$$\int x \cdot e^x dx = x \cdot e^x - \int e^x \cdot dx$$", [("ok", None)]),
    (r"$$\int_0^1 2x \cdot \, dx = 1$$", [("ok", None)]),
    (r"$$\int_0^1 2x \cdot dx = 2$$", [("error", None)]),
    (r"$$\int x \cdot \cos(x) dx = x \cdot \sin(x) - \int \sin(x) \cdot dx$$"
     "\n\n$$= x \\sin(x) + \\cos(x) + C$$", [("ok", None), ("ok", None)]),
])
def test_a_dot_before_the_differential(text, expected):
    assert_verdicts(text, expected)


# a substitution's name and its differential on one line: the differential is checked
# (tests/test_differentials.py); it was no claim
@pytest.mark.parametrize("text", [
    r"$$u = x^2 \Rightarrow du = 2x \, dx$$",
    r"$$u = 1 + x^2 \implies du = 2x\,dx$$",
    r"$$t = \sin x \;⇒\; dt = \cos x \, dx$$",
])
def test_a_substitution_and_its_differential(text):
    assert_verdicts(text, [("unchecked", "definition of"), ("ok", None)])


# the choice of parts set out in a {cases}: not claims (no parse error, no verdict)
@pytest.mark.parametrize("text", [
    "$$\\begin{cases}\nu = x & \\Rightarrow du = dx \\\\\ndv = e^x dx & \\Rightarrow v = e^x\n"
    "\\end{cases}$$",
    "$$\\begin{cases}\nu = \\ln(x) & \\Rightarrow du = \\frac{1}{x} dx \\\\\n"
    "dv = 1 \\cdot dx & \\Rightarrow v = x\n\\end{cases}$$",
])
def test_substitution_and_parts_choices_are_not_claims(text):
    assert_verdicts(text, [])


# cases without a differential are not taken for a choice of parts: a function by cases
def test_cases_without_a_differential_stay_as_they_were():
    text = "$$f(x) = \\begin{cases} 1 & x > 0 \\\\ 0 & x \\le 0 \\end{cases}$$"
    assert_verdicts(text, [("unchecked", "definition of f(x)")])

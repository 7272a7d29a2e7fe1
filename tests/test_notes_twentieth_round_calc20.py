"""The twentieth round of real-notes habits (calculus and ML calculus, helper calc20): backprop
pages with layer superscripts and numbers (`\\delta^{(1)}_2`, `\\partial W^{(2)}_1`), Obsidian's
`\\displaylines{…}` blocks with LaTeX Suite's spaces, exam sheets exported from Notion."""

from __future__ import annotations

import pytest

from tests.document_steps import assert_reading, assert_verdicts
from tutor.derive.leading_relations import LEADING_RELATION
from tutor.notes.value_tables import value_table_rows
from tutor.read.layer_partials import partial_layer_labels


# δ^{(l)}_j is layer l's unit j (a name), never Kronecker's δ_{lj}; δ_{ij} alone still is
@pytest.mark.parametrize(("text", "verdicts"), [
    ("$$\\delta^{(1)}_1 = -0.1187 \\cdot 0.5 \\cdot 0.5250 \\cdot (1 - 0.5250) \\approx -0.0148$$",
     [("unchecked", "definition of"), ("ok", None)]),
    ("$$\\delta^{(1)}_2 = -0.1187 \\cdot (-0.6) \\cdot 0.6106 \\cdot 0.3894 \\approx 0.0169$$",
     [("unchecked", "definition of"), ("ok", None)]),
    ("$$\\delta^{(1)}_2 = -0.1187 \\cdot (-0.6) \\cdot 0.6106 \\cdot 0.3894 \\approx 0.0296$$",
     [("unchecked", "definition of"), ("error", None)]),
    ("$$\\delta^{[l]}_j = 2 \\cdot 3 = 5$$", [("unchecked", "definition of"), ("error", None)]),
])
def test_a_layer_delta_with_a_unit_is_a_name(text, verdicts):
    assert_verdicts(text, verdicts)


@pytest.mark.parametrize(("text", "read"), [
    ("\\delta^{(1)}_2", "delta_1_2c_2"),
    ("\\delta^{(l)}_j", "delta_l_2c_j"),
    ("\\delta_{12}", "delta_12"),
    ("\\delta_{ij}", "KroneckerDelta(i, j)"),
])
def test_delta_reading(text, read):
    assert_reading(text, read)


# the layer label of a partial's variable becomes its subscript, in place (columns kept)
@pytest.mark.parametrize(("text", "written"), [
    ("\\partial W_1^{(2)}}", "\\partial W_{ 2,1 }}"),
    ("\\partial W_{22}^{(1)}}", "\\partial W_{ 1,22 }  }"),
    ("\\partial a^{[1]}}", "\\partial a_{ 1 }}"),
    ("\\partial w^{(L)}", "\\partial w_{ L }"),
    ("\\partial W_{i,j}^{(1)}}", "\\partial W_{i,j}^{(1)}}"),  # a comma: left as written
    ("\\partial a^{(2)}_1", "\\partial a^{(2)}_1"),  # a subscript after: rewrites moved it first
    ("W^{(2)} + \\partial x", "W^{(2)} + \\partial x"),
    ("\\partial " + "a" * 5000 + "_" + "1" * 5000 + "^{(", "\\partial " + "a" * 5000 + "_"
     + "1" * 5000 + "^{("),
])
def test_partial_layer_labels(text, written):
    assert partial_layer_labels(text) == written
    assert len(partial_layer_labels(text)) == len(text)


# ∂E/∂W^{(2)}_1 is read (a parse error before): unchecked when E is not written in W, checked
# when it is
@pytest.mark.parametrize(("text", "verdicts"), [
    ("$E = \\frac{1}{2}(y - a^{(2)})^2$\n\n"
     "$$\\frac{\\partial E}{\\partial W^{(2)}_1} = -0.1187 \\times 0.5250 \\approx -0.0623$$",
     [("unchecked", "definition of"), ("unchecked", "does not hold"), ("ok", None)]),
    ("$E = \\frac{1}{2}(y - W^{(2)}_1 x)^2$\n\n"
     "$$\\frac{\\partial E}{\\partial W^{(2)}_1} = -(y - W^{(2)}_1 x) x$$",
     [("unchecked", "definition of"), ("ok", None)]),
    ("$E = \\frac{1}{2}(y - W^{(2)}_1 x)^2$\n\n"
     "$$\\frac{\\partial E}{\\partial W^{(2)}_1} = (y - W^{(2)}_1 x) x$$",
     [("unchecked", "definition of"), ("error", None)]),
])
def test_a_partial_in_a_layer_weight(text, verdicts):
    assert_verdicts(text, verdicts)


# `y = …` then `y' = …` on the next row of one display (Obsidian's \displaylines): y' is the
# derivative of that formula, also under a new `y = …` and in a chain `y' = A = B`
DERIVATIVE_ROWS = """$$\\displaylines{{
y = x^{{ 2 }} e^{{ x }} \\\\
y' = 2x e^{{ x }} + x^{{ 2 }} e^{{ x }}
}}$$
$$\\displaylines{{
y = {formula} \\\\
y' = {derivative}
}}$$
"""


@pytest.mark.parametrize(("formula", "derivative", "verdicts"), [
    ("\\frac{ 1 }{ x^{ 3 } }", "-\\frac{ 3 }{ x^{ 4 } }", [("ok", None)]),
    ("\\frac{ 1 }{ x^{ 3 } }", "-\\frac{ 3 }{ x^{ 2 } }", [("error", "not the derivative of y")]),
    ("e^{ -3x^{ 2 } }", "e^{ -3x^{ 2 } } \\cdot  (-6x)", [("ok", None)]),
    ("e^{ -3x^{ 2 } }", "e^{ -3x^{ 2 } } \\cdot  (-3x)", [("error", "not the derivative of y")]),
    ("\\sin^{ 2 }(3x)", "2\\sin(3x) \\cdot  \\cos(3x) \\cdot  3 = 3\\sin(6x)",
     [("ok", "the derivative of y"), ("ok", None)]),
    ("\\sin^{ 2 }(3x)", "2\\sin(3x) \\cdot  \\cos(3x) = 3\\sin(6x)",
     [("error", "not the derivative of y"), ("ok", "the expression before the wrong step")]),
    ("x^{ 3 }", "y - 1", [("unchecked", None)]),  # y' in y: another quantity, not judged
])
def test_a_derivative_on_the_row_below_its_formula(formula, derivative, verdicts):
    text = DERIVATIVE_ROWS.format(formula=formula, derivative=derivative)
    assert_verdicts(text, [("unchecked", "definition of y"), ("ok", "the derivative of y"),
                           ("unchecked", "a new definition of y"), *verdicts])


# a display below, prose between, is the next step too: y' = … is y's derivative there
# (tests/test_prime_below_formula.py); another step between leaves it as it was
@pytest.mark.parametrize(("text", "verdicts"), [
    ("$$y = x^2$$\n\n$$y' = 2x$$\n\n$$y = x^3$$\n\nSo then\n\n$$y' = 2x^2$$",
     [("unchecked", None), ("ok", None), ("unchecked", None),
      ("error", "not the derivative of y")]),
    ("$$y = x^2$$\n\n$$y' = 2x$$\n\n$$y = x^3$$\n\n$$1 + 1 = 2$$\n\n$$y' = 2x^2$$",
     [("unchecked", None), ("ok", None), ("unchecked", None), ("ok", None),
      ("unchecked", "holds when")]),
    ("$$y = x^2$$\n\n$$y' = 2x$$\n\n$$y = x^3$$\n\n$$y' = 3x^2 = 3 x x$$",
     [("unchecked", None), ("ok", None), ("unchecked", None), ("ok", "the derivative of y"),
      ("ok", None)]),
])
def test_a_derivative_far_from_its_formula(text, verdicts):
    assert_verdicts(text, verdicts)


# a display that opens with spacing and then `=` (`\; = …`, `\quad = …`, Notion's habit) goes on
# from the display above, as `= …` does
CONTINUED = """$$
\\lim_{{h \\to 0}} \\frac{{3(x + h)^2 - (x + h) - 3x^2 + x}}{{h}}
$$

$$
{row}
$$
"""


@pytest.mark.parametrize(("row", "verdicts"), [
    ("\\; = \\lim_{h \\to 0} \\left(6x + 3h - 1\\right) = 6x - 1", [("ok", None), ("ok", None)]),
    ("\\quad = \\lim_{h \\to 0} \\left(6x + 3h - 1\\right) = 6x + 1",
     [("ok", None), ("error", None)]),
    ("\\displaystyle = 6x - 1", [("ok", None)]),
    ("\\, \\; = 6x - 2", [("error", None)]),
])
def test_a_row_opening_with_spacing_and_a_relation(row, verdicts):
    assert_verdicts(CONTINUED.format(row=row), verdicts)


@pytest.mark.parametrize(("text", "op"), [
    ("\\; = 1", "="),
    ("\\quad \\Rightarrow x = 1", "\\Rightarrow"),
    ("\\qquad\\le 2", "\\le"),
    ("\\;" * 5000 + "x", None),
    (" \\," * 5000 + "\\quadx = 1", None),
])
def test_leading_relation_after_spacing(text, op):
    m = LEADING_RELATION.match(text)
    assert (m.group(1) if m else None) == op


# a prime after a root, `\sqrt{ x }'` (LaTeX Suite notes), is the derivative of the root, as
# `(\sqrt{x})'` is (it was a parse error)
@pytest.mark.parametrize(("text", "verdicts"), [
    ("$$\\sqrt{ x }' = \\frac{ 1 }{ 2\\sqrt{ x } }$$", [("ok", None)]),
    ("$$\\sqrt{ x }' = \\frac{ 1 }{ \\sqrt{ x } }$$", [("error", None)]),
    ("$$\\sqrt{1 - 2x}' = -\\frac{1}{\\sqrt{1 - 2x}}$$", [("ok", None)]),
    # u a function since its prime u' is written (the chain rule's reading, a rule sheet's)
    ("$$\\sqrt{ u }' = \\frac{ u' }{ 2\\sqrt{ u } }$$", [("ok", None)]),
    ("$$\\sqrt{ u }' = \\frac{ u' }{ \\sqrt{ u } }$$", [("error", None)]),
])
def test_a_primed_root(text, verdicts):
    assert_verdicts(text, verdicts)


# a table of starting values (`| symbol | value | what |`) gives each name its number, so the
# forward pass below is checked with them
VALUES = """| symbol | {title} | what |
|---|---|---|
| {name} | {value} | input |
| $b^{{(1)}}$ | 0.1 | bias |

$$z = {use} + b^{{(1)}} = {worked}$$
"""


@pytest.mark.parametrize(("title", "name", "value", "use", "worked", "verdicts"), [
    ("value", "$W^{(1)}_{11}$", "0.2", "W^{(1)}_{11} \\cdot 2", "0.5",
     [("unchecked", "definition of W_{1,11}"), ("unchecked", "definition of b_1"),
      ("unchecked", "definition of z"), ("ok", "values defined above")]),
    ("value", "$W^{(1)}_{11}$", "0.2", "W^{(1)}_{11} \\cdot 2", "0.6",
     [("unchecked", "definition of W_{1,11}"), ("unchecked", "definition of b_1"),
      ("unchecked", "definition of z"), ("unchecked", "holds when")]),  # never ok
    ("Wert", "$w_1$, $w_2$", "0.5, -0.6", "w_1 - w_2", "1.2",
     [("unchecked", "definition of w_1"), ("unchecked", "definition of w_2"),
      ("unchecked", "definition of b_1"), ("unchecked", "definition of z"), ("ok", None)]),
    # not a table of values: another title, a decimal comma for two names, a name that is a call
    ("range", "$W^{(1)}_{11}$", "0.2", "W^{(1)}_{11} \\cdot 2", "0.5",
     [("unchecked", "definition of z"), ("unchecked", "holds when")]),
    ("value", "$w_1$, $w_2$", "0,5", "w_1 + w_2", "1",
     [("unchecked", "definition of b_1"), ("unchecked", "definition of z"),
      ("unchecked", "holds when")]),
    ("value", "$P(X = 1)$", "0.3", "2", "2.1",
     [("unchecked", "definition of b_1"), ("unchecked", "definition of z"), ("ok", None)]),
])
def test_a_table_of_values(title, name, value, use, worked, verdicts):
    assert_verdicts(VALUES.format(title=title, name=name, value=value, use=use, worked=worked),
                    verdicts)


@pytest.mark.parametrize(("text", "count"), [
    ("| symbol | value |\n|---|---|\n| $x$ | 1 |\n| $y$ | 2.5 |\n", 2),
    ("| symbol | value |\n|---|---|\n| $e$ | 2.718 |\n| $\\pi$ | 3.14 |\n", 0),
    ("```\n| symbol | value |\n|---|---|\n| $x$ | 1 |\n```\n", 0),
    ("| $x$ | value |\n|---|---|\n| $" + "a" * 5000 + "$ | 1 |\n", 0),
    ("| symbol | value |\n|---|---|\n| $" + "x^{(" * 3000 + "$ | 1 |\n", 0),
])
def test_value_table_rows(text, count):
    assert len(value_table_rows(text, 0)) == count


# `\Delta{x}` (braced, as some editors write it) is the increment Δx, as `\Delta x` is
@pytest.mark.parametrize(("text", "verdicts"), [
    ("$$\\lim_{ \\Delta{x} \\to 0 } \\frac{(x + \\Delta{x})^2 - x^2} {\\Delta{x}} = "
     "\\lim_{ \\Delta{x} \\to 0 } (2x + \\Delta{x}) = 2x$$", [("ok", None), ("ok", None)]),
    ("$$\\lim_{ \\Delta {x} \\to 0 } \\frac{(x + \\Delta {x})^2 - x^2}{\\Delta {x}} = "
     "\\lim_{ \\Delta {x} \\to 0 } (x + \\Delta {x}) = x$$",
     [("error", None), ("warning", "carried forward")]),  # the last step holds
])
def test_a_braced_increment(text, verdicts):
    assert_verdicts(text, verdicts)


@pytest.mark.parametrize(("text", "read"), [
    ("\\Delta{x} + 1", "Δx + 1"),
    ("\\Delta{xy}", "Delta*(x*y)"),  # two letters in the braces: no increment of one variable
])
def test_braced_increment_reading(text, read):
    assert_reading(text, read)

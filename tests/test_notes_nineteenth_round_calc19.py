"""The nineteenth round of real-notes habits (calculus and ML calculus, helper calc19): LaTeX
homework with the `physics` package (`\\dv`, `\\pdv`, `\\qty`, `\\eval`, `\\dd`),
`\\left. F \\right|_a^b` bounding F alone, `w^\\ast` for the optimum, an optimum found by
dividing by a parameter."""

from __future__ import annotations

import pytest

import tutor
from tests.cpu_time import least_cpu_seconds
from tests.document_steps import assert_reading, assert_verdicts
from tutor.notes.physics_package import physics_expanded
from tutor.notes.row_labels import label_trimmed
from tutor.read.left_dot_bars import left_dot_bounds


# the physics package's commands written out in plain LaTeX (the row as the reader sees it)
@pytest.mark.parametrize(("row", "written_out"), [
    (r"\dv{x} x^2", r"\frac{d}{d x} x^2"),
    (r"\dv{f}{x}", r"\frac{d f}{d x}"),
    (r"\dv[2]{\sigma}{z}", r"\frac{d^{2} \sigma}{d z^{2}}"),
    (r"\dv[2]{x}\qty(x^3 - 3x)", r"\frac{d^{2}}{d x^{2}}(x^3 - 3x)"),
    (r"\dv{x^2+1}{x}", r"\frac{d}{d x}\left(x^2+1\right)"),  # no simple name: the operator form
    (r"\odv{y}{t}", r"\frac{d y}{d t}"),
    (r"\pdv{L}{w} = \pdv{L}{p}\pdv{p}{w}",
     r"\frac{\partial  L}{\partial  w} = \frac{\partial  L}{\partial  p}"
     r"\frac{\partial  p}{\partial  w}"),
    (r"\pdv{f}{x}{y}", r"\frac{\partial^{2} f}{\partial  x \partial  y}"),
    (r"\pdv{s_1}{z_2}", r"\frac{\partial  s_1}{\partial  z_2}"),
    (r"\qty(1 + x)^2 + \qty[a]", r"(1 + x)^2 + [a]"),
    (r"\qty{a}", r"\qty{a}"),  # braces are no bracket here: left for the reader to refuse
    (r"\eval{x e^{x}}_0^1", r"\left.x e^{x}\right|_0^1"),
    (r"\int_0^1 x \dd{x} + \int y \dd y", r"\int_0^1 x \,d x + \int y \,d  y"),
    (r"\dd[2]{x}", r"\,d^{2} x"),
    (r"\abs{x} + \norm{v} + \order{x^3}", r"\left|x\right| + \|v\| + O\left(x^3\right)"),
    (r"\abs{\abs{x}}", r"\left|\left|x\right|\right|"),  # inside an argument too
    (r"\vb{w} \vdot \vb{x} + b", r"\mathbf{w} \cdot  \mathbf{x} + b"),
    (r"\grad_w L", r"\nabla _w L"),
    (r"\vdotx", r"\vdotx"),  # another command
    (r"\dv", r"\dv"),  # no argument: as written
    (r"\dv{x", r"\dv{x"),  # unclosed: as written
    (r"\dvx + \ddot{x}", r"\dvx + \ddot{x}"),  # other commands are no physics commands
    ("x^2 + 1", "x^2 + 1"),
])
def test_physics_commands_are_written_out(row, written_out):
    assert physics_expanded(row)[0] == written_out


# every character of the written-out row points into the row as written
@pytest.mark.parametrize("row", [r"\dv{z} \qty(1 + z)", r"\eval{\pdv{f}{x}}_0^1", r"\dd x", "a"])
def test_physics_expansion_keeps_origins(row):
    text, origins = physics_expanded(row)
    assert not origins or (len(origins) == len(text) and all(0 <= o < len(row) for o in origins))


# linear time on long rows, closed or not
@pytest.mark.parametrize("row", ["\\dv{" * 3000, "\\dv{x}" * 2000, "{" * 5000 + "\\dv", "a" * 5000,
                                 "\\eval{" * 2000 + "}" * 2000, "\\qty(" * 3000])
def test_physics_expansion_is_fast(row):
    assert least_cpu_seconds(lambda: physics_expanded(row)) < 0.5


# `\left.` … `\right|` with bounds after the bar is a bracket (same length); other bars stay
@pytest.mark.parametrize(("text", "read"), [
    (r"e - \left. e^{x} \right|_0^1", r"e - \left[ e^{x} \right]_0^1"),
    (r"\left.\frac{d\sigma}{dz}\right|_{z=0}", r"\left.\frac{d\sigma}{dz}\right|_{z=0}"),
    (r"x^2 - x \Big|_0^1", r"x^2 - x \Big|_0^1"),
    (r"\left( a \right)|_0^1", r"\left( a \right)|_0^1"),
    (r"\left. \left(x\right) \right|_{0}^{2}", r"\left[ \left(x\right) \right]_{0}^{2}"),
    (r"\right|_0^1", r"\right|_0^1"),  # nothing opened
    ("\\left." * 3000, "\\left." * 3000),
])
def test_left_dot_bar_with_bounds_is_a_bracket(text, read):
    assert left_dot_bounds(text) == read


# how such lines are read
@pytest.mark.parametrize(("text", "read"), [
    (r"e - \left. e^{x} \right|_0^1", "E - (-Subs(E**x, x, 0) + Subs(E**x, x, 1))"),
    (r"x^2 - x \Big|_0^1", "-Subs(x**2 - x, x, 0) + Subs(x**2 - x, x, 1)"),
    (r"w^\ast", "w_star"),
    (r"w^{\ast}", "w_star"),
    (r"2^\ast", "!unexpected"),  # a number has no optimum
])
def test_bars_and_stars_are_read(text, read):
    assert_reading(text, read)


# whole notes: verdicts, the wrong ones staying wrong
@pytest.mark.parametrize(("text", "expected"), [
    ("$$\\dv{x}\\qty(x^3 - 3x) = 3x^2 - 3$$", [("ok", None)]),
    ("$$\\dv{x}\\qty(x^3 - 3x) = 3x^2 - 3x$$", [("error", None)]),
    ("$$\\dv[2]{x}\\qty(x^3 - 3x) = 6x$$", [("ok", None)]),
    ("$$\\pdv{x}\\qty(x^2 y) = 2xy$$", [("ok", None)]),
    ("$$\\pdv{x}\\qty(x^2 y) = xy$$", [("error", None)]),
    ("$$\\int_0^2 \\qty(3x^2 - 2x) \\dd x = \\eval{\\qty(x^3 - x^2)}_0^2 = 4$$",
     [("ok", None), ("ok", None)]),
    ("$$\\int_0^2 \\qty(3x^2 - 2x) \\dd x = \\eval{\\qty(x^3 - 2x^2)}_0^2$$", [("error", None)]),
    ("$$\\int_0^1 x e^{x} \\dd{x} = \\eval{x e^{x}}_0^1 - \\int_0^1 e^{x} \\dd{x} = e - "
     "\\eval{e^{x}}_0^1 = 1$$", [("ok", None), ("ok", None), ("ok", None)]),
    ("$$e - \\left. e^{x} \\right|_0^1 = 1$$", [("ok", None)]),
    ("$$e - \\left. e^{x} \\right|_0^1 = 2$$", [("error", None)]),
    ("$$\\eval{\\dv{x} x^3}_{x=2} = 12$$", [("ok", None)]),
    ("$$\\eval{\\dv{x} x^3}_{x=2} = 6$$", [("error", None)]),
])
def test_physics_package_notes(text, expected):
    assert_verdicts(text, expected)


OPTIMUM = "Let $J(w) = \\frac{{1}}{{2}}(wx - y)^2$.\n\nSetting $\\dv{{J}}{{w}} = 0$ gives ${}$.\n"


# an optimum found by dividing by a parameter (x ≠ 0): the estimate solves the equation above
@pytest.mark.parametrize(("answer", "verdict"), [
    ("w^\\ast = \\frac{y}{x}", "ok"),
    ("w = \\frac{y}{x}", "ok"),
    ("w^* = \\frac{2y}{x}", "error"),
    ("w^\\ast = \\frac{x}{y}", "error"),
])
def test_an_optimum_divided_by_a_parameter(answer, verdict):
    assert_verdicts(OPTIMUM.format(answer),
                    [("unchecked", "definition"), ("unchecked", "set to 0"), (verdict, None)])


# an equation number before a plain-text formula and a rule's name after it are labels
@pytest.mark.parametrize(("line", "formula"), [
    ("(1)     lim(x→0) sin(x) / x = 1", "lim(x→0) sin(x) / x = 1"),
    ("(12a)\tD(xⁿ) = n·xⁿ⁻¹", "D(xⁿ) = n·xⁿ⁻¹"),
    ("(5)     D(f·g) = f'·g + f·g'          [Produktregeln]", "D(f·g) = f'·g + f·g'"),
    ("∫ x·eˣ dx = x·eˣ − eˣ + C       (partiell integration)", "∫ x·eˣ dx = x·eˣ − eˣ + C"),
    ("(2x) = 3", "(2x) = 3"),  # one space: a factor, not a number
    ("(2) x = 3", "(2) x = 3"),
    ("f(x) = (x + 1)", "f(x) = (x + 1)"),
    ("P(A) = P(B)  (x)", "P(A) = P(B)  (x)"),  # no word in it: math
    ("a = b  [a, b]", "a = b  [a, b]"),
    ("y = (a = b)   (note)", "y = (a = b)"),
    ("y = f(x)  (x = 2 here)", "y = f(x)  (x = 2 here)"),  # a relation inside: not a name
])
def test_row_labels_are_trimmed(line, formula):
    start, end = label_trimmed(line)
    assert line[start:end] == formula


SUMMARY = """# Sammanfattning

```
(1)     lim(x→0) sin(x) / x = 1
(2)     lim(x→0) (eˣ − 1) / x = {}
```

För f(x) = x² + 3x:

```
D(x²·eˣ) = 2x·eˣ + x²·eˣ = x·eˣ·({})      [Produktregeln]
```
"""


# numbered rows of a plain code block, a Swedish sentence, a rule's name after a row
@pytest.mark.parametrize(("values", "expected"), [
    (("1", "2 + x"), [("ok", None), ("ok", None), ("ok", None), ("ok", None)]),
    (("2", "2 + x"), [("ok", None), ("error", None), ("ok", None), ("ok", None)]),
    (("1", "1 + x"), [("ok", None), ("ok", None), ("ok", None), ("error", None)]),
])
def test_a_swedish_summary_in_code_blocks(values, expected):
    assert_verdicts(SUMMARY.format(*values), expected)


# the derivative operator D of Scandinavian and German notes; Unicode bounds after a bracket
@pytest.mark.parametrize(("text", "read"), [
    ("D(x^2 e^x)", "Derivative(x**2*E**x, x)"),
    ("D(x^n)", "Derivative(x**n, x)"),
    ("D(ln(1 + e^(-t)))", "Derivative(log(1 + E**(-t)), t)"),
    ("D(2X + 1)", "D(2*X + 1)"),  # a capital: the variance of X (Russian, Chinese notes)
    ("D(2ξ + 1)", "D(2*xi + 1)"),  # a Greek letter alone: no variable letter
    ("D(x)", "D(x)"),  # a lone name: a function D (a domain, a definition)
    ("D(f g)", "D(f*g)"),  # no variable letter
    ("D(x^2 y)", "D(x**2*y)"),  # two variables
    ("D(x, y)", "D(x, y)"),
    ("D(x + 1)", "D(x + 1)"),  # linear: D at a shifted point as often as a derivative
    ("D(3x - 2)", "D(3*x - 2)"),
    ("D(x^2 + 1)", "Derivative(x**2 + 1, x)"),
    ("[(1 + x²)⁴ / 4]₀¹", "-Subs((x**2 + 1)**4/4, x, 0) + Subs((x**2 + 1)**4/4, x, 1)"),
    ("[ln(x)²/2]₁ᵉ", "-Subs(log(x)**2/2, x, 1) + Subs(log(x)**2/2, x, E)"),
    ("xᵉ", "x**E"),
])
def test_operator_d_and_unicode_bounds_are_read(text, read):
    got = tutor.parse(text, "plain")
    assert str(got) == read


DEFINED_D = "$$D(x) = x^2 + 1$$\n\n$$D(x^2) = x^4 + 1$$\n"
OPERATOR_BLOCK = "```\nD(x²·eˣ) = {}\n∫₀¹ 2x·(1 + x²)³ dx = [(1 + x²)⁴ / 4]₀¹ = {}\n```\n"


# whole notes: D read as d/dx only where the notes define no D; a bracket with bounds in a block
@pytest.mark.parametrize(("text", "expected"), [
    (OPERATOR_BLOCK.format("2x·eˣ + x²·eˣ", "15/4"), [("ok", None), ("ok", None), ("ok", None)]),
    (OPERATOR_BLOCK.format("2x·eˣ", "15/4"), [("error", None), ("ok", None), ("ok", None)]),
    (OPERATOR_BLOCK.format("2x·eˣ + x²·eˣ", "4"), [("ok", None), ("ok", None), ("error", None)]),
    (DEFINED_D, [("unchecked", "definition"), ("ok", None)]),  # D(x²) of the D defined above
    ("```\nxs = [1, 2, 3]\n```\n", []),  # a list in code: no math
])
def test_operator_d_notes(text, expected):
    assert_verdicts(text, expected)

"""Habits of the forty-third round: a worksheet with one cell per row (`f(x)` on one row,
`= …` on the next), a constant's prime beside primes in x, and bulleted examples that each
define f anew."""

from __future__ import annotations

import pytest

from tutor.api import compare
from tutor.batch import check_document


def _steps(text: str, kind: str = "md") -> list[tuple[int, str, str]]:
    return [(s.line, s.verdict, s.message) for s in check_document(text, kind=kind).steps]


def _verdicts_on(text: str, line: int, kind: str = "md") -> list[str]:
    return [verdict for n, verdict, _ in _steps(text, kind) if n == line]


# A German "find the mistake" sheet exported to text: `\(f(x)\enspace\)` on one row and
# `\(=x^3-3x^2+5\)` on the next, then `\(f'(x)\)` and `\(=3x^2+6x+5\)`. The `=` row was a claim
# about an f not defined ("f is not defined here"); the lone call above it is its left side.
@pytest.mark.parametrize(("derivative", "verdict"), [("3x^2-6x", "ok"), ("3x^2+6x+5", "error")])
def test_a_call_alone_on_a_row_defined_by_the_next(derivative, verdict):
    text = ("\\(\\tiny \\blacksquare\\)\n\\(\\enspace\\)\n\\(f(x)\\enspace\\)\n"
            f"\\(=x^3-3x^2+5\\)\n\\(f'(x)\\)\n\\(={derivative}\\)\n")
    assert _verdicts_on(text, 4, "txt") == ["unchecked"]
    assert _verdicts_on(text, 6, "txt") == [verdict]
    assert all(v != "parse_error" for _, v, _ in _steps(text, "txt"))


# The same layout inside one aligned block: the bare `f'(x)` row is the left side of the
# `&= …` row below it, not a step on from `x^3` above (an Italian chain of bare rows is).
@pytest.mark.parametrize(("derivative", "verdicts"), [("3x^2", ["unchecked", "ok"]),
                                                      ("3x^2+1", ["unchecked", "error"])])
def test_a_bare_row_before_an_equals_row_is_its_left_side(derivative, verdicts):
    text = ("$$\\begin{aligned}f(x) \\\\ &= x^3 \\\\ f'(x) \\\\ "
            f"&= {derivative}\\end{{aligned}}$$\n")
    assert [v for _, v, _ in _steps(text)] == verdicts


# `\(g'(x)=(x^2)'+(a^3)'-(2x)'+(3)'\)` under g(x) = x^2 + a^3 - 2x + 3: (a^3)' was read as
# d/da, a slip the sheet warns against. Beside primes in x, a parameter's bracket is in x too.
@pytest.mark.parametrize(("line", "verdict"), [
    ("g'(x)=(x^2)'+(a^3)'-(2x)'+(3)'", "ok"),
    ("g'(x)=(x^2)'-(2x)'", "ok"),
    ("g'(x)=2x+3a^2-2", "error"),
])
def test_a_parameter_primed_beside_primes_in_x(line, verdict):
    text = f"Take \\(g(x)=x^2+a^3-2x+3\\):\n\n\\({line}\\)\n"
    assert _verdicts_on(text, 3) == [verdict]


# An Indonesian list of examples: `- $f(x) = 2 \to f'(x) = 0$`, then `- $f(x) = 100 \to …$`.
# Each item defines f anew; the second was "defined above as 2", an arithmetic slip. Two items
# in a row giving f bodies of one kind: a slip or the next example, so not called either.
@pytest.mark.parametrize(("first", "second", "derivative", "verdicts"), [
    ("2", "100", "0", ["unchecked", "unchecked"]),
    ("2x", "55x", "55", ["unchecked", "unchecked"]),
    ("x^4", "x^7", "7x^6", ["unchecked", "ok"]),
    ("x^4", "x^7", "6x^6", ["unchecked", "error"]),  # another kind of body: defined anew
])
def test_list_items_each_giving_f_a_body(first, second, derivative, verdicts):
    text = f"- $f(x) = {first}$\n- $f(x) = {second} \\to f'(x) = {derivative}$\n"
    assert _verdicts_on(text, 2) == verdicts


# A bullet of a list of rules `- $f(x) = cx^n \to cnx^{n-1}$` (the rows beside it write
# `\to f'(x) = …`): the arrow from a body to the body's derivative reads "its derivative is".
# A right side that is neither the body nor its derivative stays wrong either way.
@pytest.mark.parametrize(("line", "verdicts"), [
    ("f(x) = cx^n \\to cnx^{n-1}", ["unchecked", "ok"]),
    ("g(x) = 2x^3 \\to 6x^2", ["unchecked", "ok"]),
    ("h(x) = x^3 \\to 3x", ["unchecked", "error"]),
    ("k(x) = (1+1/x)^x \\to e", ["unchecked", "unchecked"]),  # a limit: a number, not claimed
])
def test_an_arrow_from_a_body_to_its_derivative(line, verdicts):
    assert [v for _, v, _ in _steps(f"- ${line}$\n")] == verdicts


# Vietnamese exercise notes in plain text: `- P{X = 5} = [5!/1! × 5 × 5!]/10! = (120 × 5 ×
# 5!)/(10!) = 1/42` (Ross's braces around an event) gave no step at all, the slip unseen.
@pytest.mark.parametrize(("value", "verdict"), [("5/252", "ok"), ("1/42", "error")])
def test_an_event_in_braces_in_plain_text(value, verdict):
    text = f"- P{{X = 5}} = (120 × 5 × 5!)/(10!) = (120 × 5 × 5!)/(3628800) = {value}\n"
    assert _verdicts_on(text, 1)[-1] == verdict
    assert _verdicts_on("P{X = 3} = 1/8\n", 1, "txt") == ["unchecked"]  # a value given


# `- Ta có: H + T = n và X = H - T`: two statements joined by the word for "and" were one
# formula with the word read as letters ("holds when H + T = Xanv"); each is read on its own,
# in any language of the list (`and`, `und`, `và`).
@pytest.mark.parametrize("word", ["and", "und", "và", "dan"])
def test_two_formulas_joined_by_and(word):
    messages = [m for _, _, m in _steps(f"- H + T = n {word} X = H - T\n")]
    assert not any("Xa" in m or "nv" in m for m in messages)
    assert len(messages) == 2 and "definition of X" in messages[1]


# Found by the property test of decimals: `1/100` was built as 5% is (1·100^(-1)), so it was
# taken for a whole percent rounded, and 0.011 "equal to the precision written". A percent is
# its own factor now; a fraction over 100 is exact.
@pytest.mark.parametrize(("a", "b", "status"), [
    ("1/100", "0.011", "not_equal"), ("2/100", "0.021", "not_equal"), ("1/100", "0.01", "equal"),
    ("5\\%", "0.047", "equal"), ("5%", "0.056", "not_equal"), ("28\\%", "0.28", "equal"),
])
def test_a_fraction_over_a_hundred_is_no_percent(a, b, status):
    assert compare(a, b).status == status


# Portuguese ID3 notes in Octave comments: `% Gain(…) = 3/8*[…] +` on one line and `% 5/8*[…]`
# on the next, then `% = 0.951`. The open `+` was a parse error, the second half a lone
# expression, and 0.951 was held against it alone. A row left open by an operator goes on.
@pytest.mark.parametrize(("value", "verdict"), [("0.951", "ok"), ("0.961", "error")])
def test_a_plain_row_left_open_by_an_operator(value, verdict):
    text = ("% G = 3/8*[-1/3*log2(1/3) + -2/3*log2(2/3)] +\n"
            "%     5/8*[-2/5*log2(2/5) + -3/5*log2(3/5)]\n"
            f"%   = {value}\n")
    assert _verdicts_on(text, 3, "txt") == [verdict]


# `% = 1 -> não conclusivo`, `3/8*[0] -> nenhum dos casados imigra, conjunto puro`: an arrow to
# words at the end of a plain row is a remark on the value, never a product of letters.
def test_an_arrow_to_words_after_a_plain_row():
    text = ("% E = 2/4*[-1/2*log2(1/2) + -1/2*log2(1/2)] +\n%     2/4*[0]\n"
            "%   = 0.5 -> metade do conjunto\n")
    steps = _steps(text, "txt")
    assert [v for n, v, _ in steps if n == 3] == ["ok"]
    assert not any("conjunto" in m for _, _, m in steps)


# Japanese Poisson notes: a row of an aligned block written over several source lines, one of
# them `\sum_{x=1}^{\infty}`. The `=` of the sum's subscript made it a statement of its own, so
# `&= e^{-\lambda}` was compared alone (1 vs 0.3679). A relation inside braces is a script's.
@pytest.mark.parametrize(("factor", "verdict"), [("x", "ok"), ("x^2", "error")])
def test_a_sum_on_a_source_line_of_its_own_inside_a_row(factor, verdict):
    text = ("$$\n\\begin{aligned}\nA\n   &= e^{-\\lambda}\n      \\sum_{x=1}^{\\infty}\n"
            "          x \\frac{\\lambda^x}{x!}\n\\\\\n   &= e^{-\\lambda}\n"
            f"      \\sum_{{x=1}}^{{\\infty}}\n          {factor} \\frac{{\\lambda^x}}{{x!}}\n"
            "\\end{aligned}\n$$\n")
    assert _verdicts_on(text, 8) == [verdict]


# A German forum answer: `$$\left<X\right>=…$$$$\phantom{\left<X\right>}=…$$`, the mean in
# `\left< \right>`, each row's left side kept in place by `\phantom`, and terms coloured by the
# forum's macros `\pink{…}`, `\green k`. The angles are a mean, the phantom a blank, the colour
# names no math.
@pytest.mark.parametrize(("rows", "verdicts"), [
    ("$$\\left<X\\right>=np$$$$\\phantom{\\left<X\\right>}=n\\,p$$", ["unchecked", "ok"]),
    ("$$\\left<X\\right>=np$$$$\\phantom{\\left<X\\right>}=n\\,p^2$$", ["unchecked", "error"]),
    ("$$a = \\pink{2+3} = \\green{5}$$", ["unchecked", "ok"]),
    ("$$a = \\pink{2+3} = \\green 6$$", ["unchecked", "error"]),
])
def test_a_forum_s_angles_phantoms_and_colours(rows, verdicts):
    assert [v for _, v, _ in _steps(rows + "\n")] == verdicts


# Brainly's `[tex]…[/tex]` around the math of a plain-text answer (as WordPress's `[latex]`).
@pytest.mark.parametrize(("value", "verdict"), [("0,268", "ok"), ("0,286", "error")])
def test_math_between_tex_tags(value, verdict):
    text = (f"A) [tex]P(X=2)=\\frac{{1,8^{{2}}}}{{2!}}e^{{-1,8}}=1,62e^{{-1,8}} \\approx "
            f"{value}[/tex]\n")
    assert _verdicts_on(text, 1, "txt")[-1] == verdict


# The word for "and" inside brackets names one event: `Soit p(M et T) / p(T) = 4 / 5` is one
# formula, never cut into `p(M` and `T) / p(T) = 4 / 5`.
def test_and_inside_brackets_is_no_join():
    steps = _steps("Soit p(M et T) / p(T) = 4 / 5\n")
    assert steps and all(v != "parse_error" for _, v, _ in steps)


# An Italian derivative written out in bare rows (`\cos(t)-\frac{-\sin t}{\cos^2 t}`, then
# `=\cos t + …`): an expression alone before an `=` row still goes on from the row above; only
# a call alone (`f'(x)`) is the next row's left side.
def test_a_bare_expression_before_an_equals_row_goes_on():
    text = ("$$\nf(t)=\\sin t+\\frac{1}{\\cos(t)}\\\\\nD(f(t))=D[\\sin t]+D\\left[\\frac1{\\cos(t)}"
            "\\right]\\\\\n\\cos(t)-\\frac{D[\\cos t]}{\\cos^2 t}\\\\\n\\cos(t)-\\frac{-\\sin t}"
            "{\\cos^2 t}\\\\\n=\\cos t+\\frac{\\sin t}{\\cos^2 t}\n$$\n")
    assert _verdicts_on(text, 5) == ["ok"]


# Japanese Poisson notes shift the index and name the new one with a prime: `\sum_{x'=0}^{\infty}
# \frac{\lambda^{x'}}{x'!}`. The primed index was a parse error; it is the index x'.
@pytest.mark.parametrize(("value", "verdict"), [("e^{\\lambda}", "ok"), ("e^{2\\lambda}", "error")])
def test_a_sum_over_a_primed_index(value, verdict):
    text = f"$$\\sum_{{x'=0}}^{{\\infty}} \\frac{{\\lambda^{{x'}}}}{{x'!}} = {value}$$\n"
    assert _verdicts_on(text, 1) == [verdict]


# A French table of rules under `| Fonction | Dérivée |`: rows in u and v (`| $u \cdot v$ |
# $u'v + uv'$ |`) gave no step, the quotient rule's wrong sign unseen. A row whose function is
# in u (or v, w) and whose derivative primes it is the rule (…)' = …, for any function u.
@pytest.mark.parametrize(("function", "derivative", "verdict"), [
    ("u^a", "a \\cdot u' \\cdot u^{a-1}", "ok"),
    ("e^u", "u' \\cdot e^u", "ok"),
    ("u \\cdot v", "u'v + uv'", "ok"),
    ("\\frac{u}{v}", "\\frac{u'v - uv'}{v^2}", "ok"),
    ("\\frac{u}{v}", "\\frac{u'v + uv'}{v^2}", "error"),
    ("cos(u)", "u' \\cdot sin(u)", "error"),
])
def test_a_table_of_rules_in_u_and_v(function, derivative, verdict):
    text = ("| Fonction | Dérivée |\n| --- | --- |\n"
            f"| ${function}$ | ${derivative}$ |\n")
    assert _verdicts_on(text, 3) == [verdict]


# French tables write `Arcsin(x)`, `Arctan(x)` capitalised: the inverse functions.
@pytest.mark.parametrize(("row", "verdict"), [
    ("| $Arcsin(x)$ | $\\frac{1}{\\sqrt{1 - x^2}}$ |", "ok"),
    ("| $Arctan(x)$ | $\\frac{1}{1+x^2}$ |", "ok"),
    ("| $Arctan(x)$ | $\\frac{1}{1-x^2}$ |", "error"),
])
def test_capitalised_inverse_functions(row, verdict):
    assert _verdicts_on(f"| Fonction | Dérivée |\n| --- | --- |\n{row}\n", 3) == [verdict]


# `$ln(\mid x\mid)$`, `\ln \mid u \mid`: \mid written for the bars of an absolute value (a
# parse error); it is the bar |, a condition inside P(…) as before.
@pytest.mark.parametrize(("text", "verdict"), [
    ("$\\frac{d}{dx} \\ln(\\mid x\\mid) = \\frac{1}{x}$", "ok"),
    ("$\\frac{d}{dx} \\ln \\mid x \\mid = \\frac{1}{x^2}$", "error"),
    ("$P(A \\mid B) = \\frac{P(A \\cap B)}{P(B)}$", "ok"),
])
def test_mid_as_a_bar(text, verdict):
    assert _verdicts_on(text + "\n", 1) == [verdict]


# Words between the lone call and the `=` row (`The derivative of $f(x)$ is $$= 2x$$`): no
# definition of f, which would hold `$f(3) = 9$` below against 2x.
def test_a_call_named_in_words_is_not_defined_by_the_next_display():
    text = "The derivative of $f(x)$ is\n$$= 2x$$\n\nso $f(3) = 9$.\n"
    assert all(verdict != "error" for _, verdict, _ in _steps(text))
    assert not any("definition of f(x)" in m for _, _, m in _steps(text))

"""Habits of real notes read in the twenty-first look: formulas broken over rows and displays,
one-sided limits at a letter, a ∂ left out below the bar, Unicode differentials, a part of the
line above written as a name; each beside a step of the same shape that must stay wrong."""

from __future__ import annotations

import pytest

from tutor.batch import check_document
from tutor.budget import AttemptTimedOut
from tutor.derive import replaced_parts
from tutor.derive.replaced_parts import replaced_by_a_name
from tutor.errors import NotAClaim, ParseError
from tutor.notes.other_index import other_index_said
from tutor.read.parser import parse


def _verdicts(text: str) -> list[str]:
    return [s.verdict for s in check_document(text, kind="md").steps]


# a row or display that ends with + - \cdot \times goes on in the next (it was a parse error,
# and the row after it was compared with the wrong line)
@pytest.mark.parametrize(("text", "verdicts"), [
    ("$$\n(x+1)^2 = x^2 + 2x + \\\\\n1\n$$\n", ["ok"]),
    ("$$\n(x+1)^2 = x^2 + 2x + \\\\\n3\n$$\n", ["error"]),
    ("$$\n(x+1)^2 = x^2 + 2x +\n$$\n$$\n1\n$$\n", ["ok"]),
    ("$$\n(x+1)^2 = x^2 + 2x +\n$$\n$$\n3\n$$\n", ["error"]),
    ("$$\n(x+1)(x-1) = x^2 -\n$$\n$$\n1\n$$\n", ["ok"]),
    ("$$\n2 \\cdot 3 = 3 \\cdot\n$$\n$$\n2\n$$\n", ["ok"]),
    ("$$\ng = 1 +\n$$\n$$\nx\n$$\n$$\n= x + 1\n$$\n", ["unchecked", "ok"]),
    ("$$\ng = 1 +\n$$\n$$\nx\n$$\n$$\n= x + 2\n$$\n", ["unchecked", "error"]),
    # words between the displays: two formulas, not one (the second row reads alone)
    ("$$\n(x+1)^2 = x^2 + 2x +\n$$\nso\n$$\n1 = 1\n$$\n", ["parse_error", "ok"]),
    # a one-sided limit's sign before the brace is no open end
    ("$$\n\\lim_{x\\to 0^-} \\frac{|x|}{x} = -1\n$$\n", ["ok"]),
])
def test_formulas_broken_over_rows_and_displays(text, verdicts):
    assert _verdicts(text) == verdicts


@pytest.mark.parametrize(("text", "read"), [
    (r"\lim_{x\rightarrow c+} \frac{x - c}{x - c}", "Limit((-c + x)/(-c + x), x, c, dir='+')"),
    (r"\lim_{x\to a-} \frac{1}{x}", "Limit(1/x, x, a, dir='-')"),
    (r"\lim_{x\to 2-} x^2", "Limit(x**2, x, 2, dir='-')"),
    (r"\frac{\partial}{o_k} (o_k^2)", "Derivative(o_k**2, o_k)"),
    (r"\dfrac{\partial}{x}(x y)", "Derivative(x*y, x)"),
    (r"\int_0^1 2θ \, dθ", "Integral(2*theta, (theta, 0, 1))"),
    (r"\int φ^2 dφ", "Integral(phi**2, phi)"),
])
def test_readings(text, read):
    assert str(parse(text)) == read


@pytest.mark.parametrize(("display", "verdicts"), [
    (r"\frac{\partial}{\partial o}(o^2 + 3o) = \frac{\partial}{o}(o^2) + 3 = 2o + 3",
     ["ok", "ok"]),
    (r"\frac{\partial}{o}(o^2) = 3o", ["error"]),
    (r"\int_0^{2\pi} (\sin^2 θ + \cos^2 θ)\,dθ = \int_0^{2\pi} 1 \, dθ = 2\pi", ["ok", "ok"]),
    (r"\int_0^{1} 2θ \, dθ = 2", ["error"]),
    (r"\lim_{x \to 2-} \frac{x^2 - 4}{x - 2} = 4", ["ok"]),
    (r"\lim_{x \to 2-} \frac{x^2 - 4}{x - 2} = 5", ["error"]),
])
def test_steps_with_the_new_readings(display, verdicts):
    assert _verdicts(f"$$ {display} $$\n") == verdicts


@pytest.mark.parametrize("text", [r"x \rightarrow 0+", r"x \to c^+", r"h \to a^-", r"x \to 0-",
                                  r"\frac{1}{N}\sum_{i=1}^{N}", r"\sum_i", r"\prod_{i=1}^n", "9:1",
                                  r"\lim_{x\to2^+}", r"\lim_{h \to 0}", r"\int_0^1"])
def test_where_a_variable_goes_a_lone_sum_or_a_ratio_is_no_claim(text):
    assert check_document(f"Let ${text}$ here.\n", kind="md").steps == []


# e^{o_k}/Σ e^{o_i} written as p_k with p_k kept elsewhere: "holds when p_k = …", not wrong
@pytest.mark.parametrize(("before", "after", "name"), [
    (r"\frac{1}{p}\left(\frac{a}{a+b} - c\right)", r"\frac{1}{p}(p - c)", "p"),
    (r"\frac{1}{p}(p - c)", r"\frac{1}{p}\left(\frac{a}{a+b} - c\right)", "p"),
    (r"q^2 (x + y) + q", r"q^2 s + q", "s"),
    (r"\frac{1}{p}\left(\frac{a}{a+b} - c\right)", r"\frac{1}{p}(p + c)", None),  # sign off
    (r"x^2 + 2x", r"x^2 + x", None),          # the only value is a number: a slip
    (r"a b + 2a", r"a b + a", None),
    (r"(a + b)^2", r"a^2 + b^2", None),
])
def test_a_part_written_as_a_name(before, after, name):
    found = replaced_by_a_name(parse(before), parse(after))
    assert (None if found is None else str(found[0])) == name


@pytest.mark.parametrize(("right", "verdict"), [
    (r"-\frac{1}{p_k}\left(p_k - \frac{\partial}{\partial o_k}\sum_i e^{o_i}\right)",
     "unchecked"),
    (r"-\frac{1}{p_k}\left(p_k + \frac{\partial}{\partial o_k}\sum_i e^{o_i}\right)", "error"),
])
def test_softmax_term_written_as_its_name(right, verdict):
    left = (r"-\frac{1}{p_k}\left(\frac{e^{o_k}}{\sum_i e^{o_i}} - "
            r"\frac{\partial}{\partial o_k}\sum_i e^{o_i}\right)")
    text = f"$$ A = {left} = {right} $$\n"  # a roomy budget: the search for the named part ends
    assert [s.verdict for s in check_document(text, kind="md", timeout=20).steps][-1] == verdict


def test_a_search_for_a_named_part_cut_short_leaves_no_error(monkeypatch):
    """On a slow machine the search runs out of time: the step is then unchecked, never an
    error (an error needs every other reading ruled out)."""
    def out_of_time(old, new):
        raise AttemptTimedOut
    monkeypatch.setattr(replaced_parts, "_replaced", out_of_time)
    left, right = r"-\frac{1}{p}\left(\frac{a}{a+b} - c\right)", r"-\frac{1}{p}(p + c)"
    assert replaced_by_a_name(parse(left), parse(right)) == replaced_parts.NOT_SETTLED
    assert _verdicts(f"$$ A = {left} = {right} $$\n")[-1] == "unchecked"


def test_a_sum_with_its_summand_is_read():
    assert str(parse(r"\sum_i x_i")) == "Sum(x[i], (i, 1, n_max))"


def test_a_ratio_inside_a_claim_is_still_refused():
    with pytest.raises(ParseError) as caught:
        parse("9:1 = 9")
    assert not isinstance(caught.value, NotAClaim)


@pytest.mark.parametrize(("row", "claim"), [
    (r"\text{re-writing the denominator} \space h \space \text{as} \space (x+h)-x,", False),
    (r"\text{then,}", False),
    (r"\text{multiply by}\space \frac{g(x+h)-g(x)}{g(x+h)-g(x)},", False),
    (r"\text{Var}(2X)", True),                  # a function's name in \text: math
    (r"\text{so } x = 2", True),                # words, then a relation: a claim
    (r"\text{hence } (x+1)^2 \le 4", True),
])
def test_a_sentence_written_in_math(row, claim):
    try:
        parse(row)
    except NotAClaim:
        assert not claim
    else:
        assert claim


def test_a_sentence_row_is_not_compared_with_the_row_above():
    text = "$$\nf(x) = 2x + 2x \\\\\n\\text{multiply by}\\space \\frac{x}{x},\n$$\n"
    assert _verdicts(text) == ["unchecked"]


# `For incorrect class $j$`: the prose takes j to be another index than k; a claim wrong only
# at j = k is then unchecked (the case the text leaves out); without that prose, an error
@pytest.mark.parametrize(("prose", "verdict"), [
    ("For an incorrect class $j$, we get", "unchecked"),
    ("For the other index $j$:", "unchecked"),
    ("Now we get", "error"),
    ("For an incorrect class $m$, we get", "error"),      # another letter than the step's
    ("Take $j$ as the incorrect one:", "error"),          # no cue right before the letter
])
def test_an_index_the_prose_takes_as_another(prose, verdict):
    text = (f"# s\n\n$$ p_i = \\frac{{e^{{z_i}}}}{{\\sum_{{l}} e^{{z_l}}}} $$\n\n{prose}\n\n"
            "$$ \\frac{\\partial p_k}{\\partial z_j} = -p_k p_j $$\n")
    assert _verdicts(text)[-1] == verdict


@pytest.mark.parametrize(("prose", "letter"), [
    ("For incorrect class $j$, $e^{o_k}$ is a constant,", "j"),
    ("the remaining entries $k$ vanish", "k"),
    ("for the other classes $i$ and then", "i"),
    ("for $j$ other than k", ""),
    ("nothing here", ""),
])
def test_other_index_said(prose, letter):
    assert other_index_said(prose + "\n$$", len(prose)) == letter


def test_a_vanishing_factor_is_no_named_part():
    # (σ - y) x_1 against (σ - y) x_2 differ by (σ - y)(x_1 - x_2): zero when y = σ(…), but
    # y written for σ(…) does not give the second line: a slip (x_2 for x_1), not a name
    before, after = parse(r"(\sigma(w x_1 + b) - y) x_1"), parse(r"(\sigma(w x_1 + b) - y) x_2")
    assert replaced_by_a_name(before, after) is None


# values given under an earlier heading (a forward pass) are doubtful in a later section; a claim
# wrong as a function of such a name (both sides hold it) is still wrong without its value
BACKPROP = ("# NN\n\n## Forward\n\n$$\na_2 = \\frac{1}{1 + e^{-0.25}} \\approx 0.562\n$$\n\n"
            "## Backward\n\n$$\nL = -\\left[y \\log(a_2) + (1 - y) \\log(1 - a_2)\\right]\n$$\n\n"
            "Since $y = 0$, the loss is\n\n$$\nL = -\\log(1 - a_2)\n$$\n\nso\n\n"
            "$$\n\\frac{dL}{da_2} = {claim}\n$$\n")


@pytest.mark.parametrize(("claim", "verdict"), [
    ("a_2 - y", "error"),                      # the slip of a real tutorial (dL/dz_2 for dL/da_2)
    (r"\frac{1}{1 - a_2}", "ok"),
    ("2.283", "ok"),                           # at the point, with the values above
    ("3.1", "unchecked"),                      # a number off at the point: the value is doubtful
])
def test_a_claim_in_a_name_valued_under_an_earlier_heading(claim, verdict):
    assert _verdicts(BACKPROP.replace("{claim}", claim))[-1] == verdict


# a setup list's values in inline code (`x = 1.0`, `w1 = 0.5`) are values given, as $x = 1.0$
@pytest.mark.parametrize(("setup", "verdict"), [
    ("* input: `x = 1.0`\n* weight: `w1 = 0.5`\n", "ok"),
    ("* input: `x = 1.0`\n* weight: `w1 = 0.7`\n", "unchecked"),  # other values put in
    ("* input: `x = 1.0` and `print(w1)`\n", "unchecked"),   # code that gives no value
    ("* input: ``x = 1.0``\n* weight: ``w1 = 0.5``\n", "unchecked"),  # double ticks: code
])
def test_values_in_inline_code(setup, verdict):
    text = f"# Net\n\n{setup}\n$$\nz_1 = x \\cdot w_1 = 1.0 \\cdot 0.5 = 0.5\n$$\n"
    verdicts = _verdicts(text)
    assert verdicts[-2] == verdict, verdicts


# a wrong formula with the values above is not "an arithmetic slip" (no number was written)
@pytest.mark.parametrize(("claim", "verdict", "code"), [
    ("a_2", "error", "other"),
    ("0.3", "error", "arithmetic"),
    ("2.283", "ok", None),
])
def test_a_wrong_formula_is_no_arithmetic_slip(claim, verdict, code):
    text = ("## A\n\n$$\na_2 = \\frac{1}{1 + e^{-0.25}} \\approx 0.562\n$$\n\n### Backward\n\n"
            f"$$\nL = -\\log(1 - a_2)\n$$\n\n$$\n\\frac{{dL}}{{da_2}} = {claim}\n$$\n")
    last = check_document(text, kind="md").steps[-1]
    assert (last.verdict, last.code) == (verdict, code)


@pytest.mark.parametrize(("text", "fragments"), [
    ("$0=$", ["0"]),                   # a trailing = that goes on nowhere is blanked, not kept
    ("$x = 1 =$", ["x = 1"]),
    ("Then $h(x) =$ and", ["h(x)"]),
])
def test_a_trailing_equals_leaves_no_spaces(text, fragments):
    from tutor.notes.documents import read_text
    assert [f.text for f in read_text(text, "md").fragments] == fragments

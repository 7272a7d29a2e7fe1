"""Real notes read for the twenty-second held-out round (helper real22): what they made plain,
as tables of a small note written afresh and the verdicts it must get, wrong steps of the same
shape kept wrong."""

from __future__ import annotations

import pytest

from tutor.batch import check_document


def _steps(text: str, kind: str = "md") -> list:
    return check_document(text, kind=kind).steps


def _verdicts(text: str, kind: str = "md") -> list[str]:
    return [s.verdict for s in _steps(text, kind)]


def _messages(text: str, kind: str = "md") -> list[str]:
    return [s.message for s in _steps(text, kind)]


# the chain rule's outer function named with the letter of the whole function: `f(x) =
# \sin(4x^3)`, "outer $f(u) = \sin u$, inner $u = 4x^3$", then f'(x) of the whole f. Not a new
# f (its derivative would be cos x): f is not sure from there, so nothing about it is claimed;
# a slip inside the chain after it is still found, and a real new f in another letter
# (not the outer part of the first) is a new definition as before
@pytest.mark.parametrize(("lines", "last"), [
    ([r"f(x) = \sin(4x^3)", r"f(u) = \sin(u)", r"u = 4x^3", r"f'(x) = 12x^2 \cos(4x^3)"],
     "unchecked"),
    ([r"f(x) = e^{x^2 + 1}", r"f(v) = e^{v}", r"v = x^2 + 1", r"f'(x) = 2x e^{x^2 + 1}"],
     "unchecked"),
    ([r"f(x) = \sin(4x^3)", r"f(u) = \sin(u)", r"u = 4x^3",
      r"f'(x) = 12x^2 \cos(4x^3) = 12x \cos(4x^3)"], "error"),   # the chain's own slip
    ([r"f(x) = \sin(4x^3)", r"f(t) = t^2 + 1", r"f'(t) = 2t"], "ok"),     # another f
    ([r"f(x) = \sin(4x^3)", r"f(t) = t^2 + 1", r"f'(t) = 3t"], "error"),
])
def test_an_outer_function_named_as_the_whole(lines, last):
    text = "".join(f"$${line}$$\n\n" for line in lines)
    assert _verdicts(text)[-1] == last, _messages(text)


# a Jekyll post typeset by MathJax 2 writes its math in `<script type="math/tex">` (and
# `; mode=display`) inside the Markdown: that math is read, rows of an aligned display too
@pytest.mark.parametrize(("text", "verdicts"), [
    ('<script type="math/tex; mode=display">\n\\begin{aligned}\n(a+1)^2 &= a^2 + 2a + 1 \\\\\n'
     '&= a(a + 2) + 1\n\\end{aligned}\n</script>\n', ["ok", "ok"]),
    ('<script type="math/tex; mode=display">\n\\begin{aligned}\n(a+1)^2 &= a^2 + 2a + 1 \\\\\n'
     '&= a(a + 1) + 1\n\\end{aligned}\n</script>\n', ["ok", "error"]),
    ('Then <script type="math/tex">2 \\cdot 7 = 14</script> and so on.\n', ["ok"]),
    ('Then <script type="math/tex">2 \\cdot 7 = 15</script> and so on.\n', ["error"]),
    ('```html\n<script type="math/tex">2 \\cdot 7 = 15</script>\n```\n', []),  # code shown
])
def test_mathjax_scripts_in_markdown(text, verdicts):
    assert _verdicts(text) == verdicts, _messages(text)


# `1_{i=j}` in a softmax derivative is the indicator of i = j: read as \mathbb{1}_{i=j} and
# Kronecker's δ_{ij} are (the same verdict, right or wrong), never a digit one
@pytest.mark.parametrize(("written", "as_delta", "verdict"), [
    (r"s_i(1_{i=j} - s_j)", r"s_i(\delta_{ij} - s_j)", "ok"),
    (r"s_i(1_{i = j} - s_j)", r"s_i(\delta_{ij} - s_j)", "ok"),
    (r"s_i(2 \cdot 1_{i=j} - s_j)", r"s_i(2\delta_{ij} - s_j)", None),   # wrong: as δ's
    (r"s_i(s_j - 1_{i=j})", r"s_i(s_j - \delta_{ij})", None),
])
def test_a_plain_one_with_an_event_below(written, as_delta, verdict):
    def last(right):
        text = ("$$s_i = \\frac{e^{a_i}}{\\sum_k e^{a_k}}$$\n\n"
                f"$$\\frac{{\\partial s_i}}{{\\partial a_j}} = {right}$$\n")
        return _steps(text)[-1]
    step, delta = last(written), last(as_delta)
    assert (step.verdict, step.read_as) == (delta.verdict, delta.read_as), step.message
    assert verdict is None or step.verdict == verdict
    assert step.verdict != "ok" or verdict == "ok"


@pytest.mark.parametrize(("text", "kept"), [
    ("x^1_{i=j}", "x^1_{i=j}"), ("21_{i=j}", "21_{i=j}"), ("w_1_{i=j}", "w_1_{i=j}"),
    ("0.1_{i=j}", "0.1_{i=j}"), ("2 + 1_{i=j}", "2 + 𝟙_{i=j}"),
])
def test_which_ones_are_indicators(text, kept):
    from tutor.read.subscripts import subscripts_moved
    assert subscripts_moved(text) == kept


# a relation put inside one pair of parentheses, as prose writes an aside ("the odds fall by
# 45% $(e^{-0.59} - 1 \approx -0.45)$"): the relation is read and checked; a tuple, a list of
# values or a bracket that closes before the end is left as before
@pytest.mark.parametrize(("math", "verdicts"), [
    (r"(e^{-0.59}-1\approx-0.45)", ["ok"]),
    (r"(e^{-0.59}-1\approx-0.55)", ["error"]),
    (r"(2 \cdot 3 = 6)", ["ok"]),
    (r"(2 \cdot 3 = 7)", ["error"]),
    (r"(x + 1)^2 = x^2 + 2x + 1", ["ok"]),
])
def test_a_relation_inside_parentheses(math, verdicts):
    text = f"The odds fall by 45% ${math}$ for each year.\n"
    assert _verdicts(text) == verdicts, _messages(text)


@pytest.mark.parametrize("kept", ["(a, b) = (1, 2)", "(x + 1)^2 = (y)", "(x = 1, y = 2)", "(x+1)"])
def test_parentheses_that_are_no_aside(kept):
    from tutor.read.wrapped_relations import unwrapped
    assert unwrapped(kept) == kept

"""The twenty-second round of real-notes habits (helper corpus22): Taylor rests inside a
fraction, series cut short and written with `=`, a one-hot total said just below its display,
question callouts of an Obsidian problem set, an Octave script's comment block."""

from __future__ import annotations

import pytest

from tests.cpu_time import least_cpu_seconds
from tutor import check_document, compare
from tutor.notes.script_comments import comment_marks_blanked


# construct -> the verdict of compare (status, a fragment of its method or reason)
@pytest.mark.parametrize(("a", "b", "assume", "status", "said"), [
    # a rest O(x⁴) divided by x³ is a rest O(x): the Taylor series is compared (was a numeric
    # witness with O read as a function: a false error)
    ("\\frac{e^x - 1 - x - \\frac{x^2}{2}}{x^3}", "\\frac{\\frac{x^3}{6} + O(x^4)}{x^3}", (),
     "equal", "series"),
    ("\\frac{\\frac{x^3}{6} + O(x^4)}{x^3}", "\\frac{1}{6} + O(x)", (), "equal", "series"),
    ("\\frac{e^x - 1 - x - \\frac{x^2}{2}}{x^3}", "\\frac{\\frac{x^3}{5} + O(x^4)}{x^3}", (),
     "unknown", None),
    # a Taylor polynomial written with = (a series cut short): unknown; a wrong one: not equal
    ("\\sin x - x\\cos x", "x - \\frac{x^3}{6} - x + \\frac{x^3}{2}", (), "unknown", "cut short"),
    ("e^x", "1 + x + x^2", (), "not_equal", None),
    ("(1 + x)^3", "1 + 3x", (), "not_equal", None),  # a polynomial: no series at all
    ("\\sqrt{x^2}", "x", (), "not_equal", None),  # |x|: no Taylor series at 0 (both sides)
    ("\\arcsin(\\sin x)", "x", (), "not_equal", None),  # the same near 0: no term cut off
    # Σ_k y_k = 1 written without bounds beside Σ_{j=1}^K: one range for both (was a false
    # error at K = 1, n_max = 2)
    ("-y_i + \\frac{e^{z_i}}{\\sum_{j=1}^{K} e^{z_j}} \\sum_k y_k",
     "\\frac{e^{z_i}}{\\sum_{j=1}^{K} e^{z_j}} - y_i", ("\\sum_k y_k = 1",), "equal", None),
    ("-y_i + \\frac{e^{z_i}}{\\sum_{j=1}^{K} e^{z_j}} \\sum_k y_k",
     "\\frac{e^{z_i}}{\\sum_{j=1}^{K} e^{z_j}} + y_i", ("\\sum_k y_k = 1",), "not_equal", None),
])
def test_compare(a, b, assume, status, said):
    verdict = compare(a, b, list(assume))
    assert verdict.status == status, verdict
    assert said is None or said in (verdict.method or "") + (verdict.reason or ""), verdict


def _flagged(text: str, kind: str = "md") -> list[int]:
    return [s.line for s in check_document(text, kind=kind).steps
            if s.verdict in ("error", "warning")]


ONE_HOT_BELOW = """$$
\\hat{{y}}_k = \\frac{{e^{{z_k}}}}{{\\sum_{{j=1}}^{{K}} e^{{z_j}}}}
$$

$$
-y_i + \\hat{{y}}_i \\sum_k y_k = {end}
$$

({said}: $\\sum_k y_k = 1$ for a one-hot $y$.)
"""

CALLOUTS = """# Set 5

> [!question] Part E
> A coin, $p = 0.3$.

$Var(X) = 0.3 \\cdot 0.7 = 0.21$

> [!{kind}] Part F
> $X \\sim Bin(10, 0.4)$ and $Y = 2X - 1$.

$E(X) = np = 10 \\cdot 0.4 = 4$
$E(Y) = 2 \\cdot 4 - 1 = {value}$
$Var(Y) = Var(2X - 1) = {factor} Var(X)$
"""

OCTAVE = """% Poisson, data x = [2 4 3 0 1]
% Sum = 2 + 4 + 3 + 0 + 1 = {total}
% l_hat = 10/5 = 2
"""


# document -> the lines flagged (error or warning)
@pytest.mark.parametrize(("text", "kind", "flagged"), [
    # a one-hot total said in the sentence right below a display holds in that display
    (ONE_HOT_BELOW.format(end="\\hat{y}_i - y_i", said="last step"), "md", []),
    (ONE_HOT_BELOW.format(end="\\hat{y}_i + y_i", said="last step"), "md", [6]),
    # a question callout opens a section: p = 0.3 of Part E is not Part F's p (E(X) = np was
    # a false error with it; E(Y) = 2·4 - 1 one through the moment E(X) = np)
    (CALLOUTS.format(kind="question", value="7", factor="4"), "md", []),
    (CALLOUTS.format(kind="question", value="8", factor="4"), "md", [12]),
    # wrong by the rules whatever the moments above say: an error still
    (CALLOUTS.format(kind="question", value="7", factor="2"), "md", [13]),
    # a lone arrow in prose is no step (a parse error before)
    ("An $\\xrightarrow{H}$ below means: differentiate.", "md", []),
    # a remark split around math at a row's end: blanked (a parse error before)
    ("$$x(1 - x^2) = x - x^2 \\quad\\text{(up to } x^5\\text{)}$$", "md", [1]),
    ("$$x(1 - x^2) = x - x^3 \\quad\\text{(up to } x^5\\text{)}$$", "md", []),
    # values, a colon and \quad, then the claim (a parse error before)
    ("$$k = 7,\\ n = 10:\\quad \\hat\\theta = \\frac{k+1}{n+2} = \\frac{8}{12} = \\frac{3}{4}$$",
     "md", [1]),
    # an Octave comment block: the `%` marks are no math (every line was a parse error)
    (OCTAVE.format(total="10"), "txt", []),
    (OCTAVE.format(total="11"), "txt", [2]),
])
def test_documents(text, kind, flagged):
    assert _flagged(text, kind) == flagged


@pytest.mark.parametrize(("lines", "blanked"), [
    (["% a = 1 + 1 = 2", "%% b = 3", "%", "  % c = 4"],
     ["  a = 1 + 1 = 2", "   b = 3", " ", "    c = 4"]),
    (["% a = 1", "b = 50 % of c", "d = 2"], ["% a = 1", "b = 50 % of c", "d = 2"]),  # a few
    (["%a = 1", "%b = 2"], ["%a = 1", "%b = 2"]),  # no space after the mark: not a comment
])
def test_comment_marks_blanked(lines, blanked):
    assert comment_marks_blanked(lines) == blanked


def test_comment_marks_linear_on_hostile_input():
    lines = ["%" + " " * 10_000 + "%" * 10_000] * 3
    assert least_cpu_seconds(lambda: comment_marks_blanked(lines)) < 0.5


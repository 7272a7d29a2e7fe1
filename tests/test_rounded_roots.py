"""Roots written as rounded decimals: read as the root they round, never called wrong for it."""

import pytest
from document_steps import assert_verdicts

import tutor

COMPARE = [
    # (old equation, new equation, status): the new one's decimal roots rounded at their places
    ("e^x = 2", "x = 0.693", "equal"),
    ("e^x = 2", "x = 0.69", "equal"),
    (r"\ln x = 2", "x = 7.389", "equal"),
    ("3x = 2", "x = 0.67", "equal"),
    ("x^2 - 2 = 0", "(x - 1.414)(x + 1.414) = 0", "equal"),
    ("x^2 + 2x - 1 = 0", "(x - 0.414)(x + 2.414) = 0", "equal"),
    ("(x - 0.414)(x + 2.414) = 0", "x^2 + 2x - 1 = 0", "equal"),   # the decimals above
    # a root lost is lost whether written exactly or rounded
    ("x^2 - 2 = 0", "x = 1.414", "not_equal"),
    # a wrong value, a slip in a rounded digit, a wrong second root
    ("e^x = 2", "x = 0.5", "not_equal"),
    (r"\ln x = 2", "x = 7.29", "not_equal"),
    ("x^2 - 3x + 2 = 0", "x = 1.5", "not_equal"),
    ("x^2 + 2x - 1 = 0", "(x - 0.414)(x + 2.5) = 0", "not_equal"),
    ("3x = 2", "x = 0.76", "not_equal"),
    ("x^2 - 2 = 0", "(x - 1.42)(x + 1.42) = 0", "not_equal"),   # a wrong last digit
    ("x^2 = 3", "(x + 1.730)(x - 1.732) = 0", "not_equal"),     # 1.730: three places written
    # one significant digit (0.7 for 2/3: rounding or slip?), a root cut off (not rounded)
    ("3x = 2", "x = 0.7", "unknown"),
    ("e^x = 3", "x = 1.098", "unknown"),
    ("e^x = 3", "x = 1.099", "equal"),
    # two roots round to the same decimal
    ("(x - 1.001)(x - 1.002) = 0", r"(x - 1.0)^2 = 0", "unknown"),
]


@pytest.mark.parametrize("old, new, status", COMPARE)
def test_rounded_root_compared(old, new, status):
    assert tutor.compare(old, new).status == status


DOCUMENTS = [
    # ⇒ a rounded root: ok (before, an error: the decimal is no exact root)
    ("$$e^{x} = 2 \\Rightarrow x = 0.693$$\n", [("unchecked", "premise"), ("ok", None)]),
    ("$$x^2 - 2 = 0 \\Rightarrow x = \\pm 1.41$$\n", [("unchecked", "premise"), ("ok", None)]),
    # ≈ after ⇒: the root, rounded (before, `0 ⇒ x` was read as a step)
    ("$$x^2 - 3x + 1 = 0 \\Rightarrow x \\approx 0.382 \\text{ or } x \\approx 2.618$$\n",
     [("unchecked", "premise"), ("ok", None)]),
    ("$$e^{x} = 2 \\Rightarrow x \\approx 0.693$$\n", [("unchecked", None), ("ok", None)]),
    ("$$e^{x} = 2 \\Rightarrow x \\approx 0.9$$\n", [("unchecked", None), ("error", None)]),
    # a slip stays an error, rounded or not
    ("$$x^2 - 3x + 2 = 0 \\Rightarrow x = 1.5$$\n", [("unchecked", "premise"), ("error", None)]),
    ("$$3x = 2 \\Rightarrow x = 0.7$$\n", [("unchecked", "premise"), ("unchecked", "one digit")]),
    # the equation written again after its rounded roots: a new start, never an error; the
    # wrong root after it still is
    ("$$x^2 - 4x + 1 = 0 \\Rightarrow x = 3.73 \\text{ or } x = 0.27$$\n\n"
     "$$x^2 - 4x + 1 = 0 \\Rightarrow x = 3.73 \\text{ or } x = 0.37$$\n",
     [("unchecked", "premise"), ("ok", None), ("unchecked", "premise"), ("error", None)]),
]


@pytest.mark.parametrize("text, verdicts", DOCUMENTS)
def test_rounded_roots_in_notes(text, verdicts):
    assert_verdicts(text, verdicts)


def test_without_the_text_a_rounded_reading_is_never_equal():
    """Equations given as sympy objects: the places of their decimals are not known (1.73 may
    have been 1.730), so a rounded reading leaves the comparison unknown."""
    import sympy as sp

    from tutor.judge.equivalence import Equation, compare
    x = sp.Symbol("x")
    rounded = Equation((x - sp.Float("3.73")) * (x - sp.Float("0.27")), sp.S.Zero)
    verdict = compare(rounded, Equation(x ** 2 - 4 * x + 1, sp.S.Zero))
    assert verdict.status == "unknown" and "places written are not known" in verdict.reason

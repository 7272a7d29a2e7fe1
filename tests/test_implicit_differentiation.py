"""Implicit differentiation: an equation with dy/dx (or y') below a curve F(x, y) = c is the
curve differentiated when, solved for the derivative, it gives the slope -F_x/F_y; a written
dy/dx that gives another slope at a point of the curve is an error; a prime, which may name
another variable, is only ever called right."""

from __future__ import annotations

import pytest

from tutor.batch import check_document


def verdict_of_second_line(curve: str, step: str) -> tuple[str, str]:
    text = f"Take the curve $${curve}$$\n\nDifferentiating in $x$:\n\n$${step}$$\n"
    steps = [s for s in check_document(text, kind="md").steps if s.line == 5]
    assert len(steps) == 1, [(s.line, s.verdict, s.message) for s in steps]
    return steps[0].verdict, steps[0].message


@pytest.mark.parametrize(("curve", "step", "verdict"), [
    ("x^2 + y^2 = 25", r"2x + 2y\frac{dy}{dx} = 0", "ok"),
    ("x^2 + y^2 = 25", r"x + y\frac{dy}{dx} = 0", "ok"),                  # halved
    ("x^2 + y^2 = 25", r"2y\frac{dy}{dx} = -2x", "ok"),                   # moved across
    ("xy = 1", r"y + x\frac{dy}{dx} = 0", "ok"),
    ("e^{y} = x", r"e^{y}\frac{dy}{dx} = 1", "ok"),
    (r"\sin(xy) = x", r"\cos(xy)\left(y + x\frac{dy}{dx}\right) = 1", "ok"),
    ("x^3 + y^3 = 6xy", r"3x^2 + 3y^2\frac{dy}{dx} = 6y + 6x\frac{dy}{dx}", "ok"),
    # classic slips: a chain-rule factor dropped, a term dropped, a sign
    ("x^2 + y^2 = 25", r"2x + y\frac{dy}{dx} = 0", "error"),
    ("x^3 + y^3 = 6xy", r"3x^2 + 3y^2\frac{dy}{dx} = 6x\frac{dy}{dx}", "error"),
    ("xy = 1", r"y - x\frac{dy}{dx} = 0", "error"),
    # the unit circle: at x = 1 the tangent is vertical, a point at x = 1/2 is a witness
    ("x^2 + y^2 = 1", r"2x + y\frac{dy}{dx} = 0", "error"),
    ("x^2 + y^2 = 1", r"x + y\frac{dy}{dx} = 0", "ok"),
    # equal to the curve's slope only on the curve (the curve used to rewrite): not judged
    ("x^2 + y^2 = 25", r"2x + 2y\frac{dy}{dx} = x^2 + y^2 - 25", "unchecked"),
])
def test_an_equation_differentiated_implicitly(curve, step, verdict):
    assert verdict_of_second_line(curve, step)[0] == verdict


def test_the_error_names_a_point_of_the_curve_and_both_slopes():
    verdict, message = verdict_of_second_line("x^2 + y^2 = 25", r"2x + y\frac{dy}{dx} = 0")
    assert verdict == "error"
    assert "on the curve" in message and "slope there is" in message


# y' after ⇒ in one chain: right when it gives the slope; never an error (x' may be a new name)
@pytest.mark.parametrize(("chain", "verdicts"), [
    (r"x^2 + y^2 = 25 \Rightarrow 2x + 2yy' = 0", ["unchecked", "ok"]),
    (r"x^2 + y^2 = 25 \Rightarrow 2x - 2yy' = 0", ["unchecked", "unchecked"]),
    (r"x^2 + y^2 = 25 \Rightarrow x' = x - 5", ["unchecked", "unchecked"]),
])
def test_a_primed_name_after_an_implication(chain, verdicts):
    steps = check_document(f"So ${chain}$.\n", kind="md").steps
    assert [s.verdict for s in steps] == verdicts

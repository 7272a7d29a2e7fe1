"""A forward pass worked to rounded numbers (`ŷ = σ(z) ≈ 0.5095`), then a backward pass in the
names: a step that holds exactly in the names is never wrong because the rounded value of a
name put in on one side meets the exact formula on the other; a real slip stays an error."""

from __future__ import annotations

import pytest

from tutor.batch import check_document

FORWARD = "\n".join([
    r"Forward pass with $x = 1$, $w_1 = 0.5$, $b_1 = 0$, $w_2 = -1$, $b_2 = 0.5$, $y = 1$.",
    "",
    r"- $a = w_1 x + b_1 = 0.5$",
    r"- $h = \tanh(a) \approx 0.4621$",
    r"- $z = w_2 h + b_2 = -0.4621 + 0.5 = 0.0379$",
    r"- $\hat y = \sigma(z) \approx 0.5095$",
    r"- $L = -\ln(\hat y) \approx 0.6743$",
    "",
    "Backward:",
    "",
])
RIGHT_DL_DZ = r"1. $\frac{\partial L}{\partial z} = \hat y - y = 0.5095 - 1 = -0.4905$"
WRONG_DL_DZ = r"1. $\frac{\partial L}{\partial z} = y - \hat y = 1 - 0.5095 = 0.4905$"


def verdicts_of_last_line(lines: list[str]) -> list[str]:
    text = FORWARD + "\n".join(lines) + "\n"
    last = text.count("\n")
    return [s.verdict for s in check_document(text, kind="md").steps if s.line == last]


@pytest.mark.parametrize(("lines", "expected"), [
    # ŷ - y with ŷ's rounded value, against ∂L/∂z worked exactly: within ŷ's rounding
    ([RIGHT_DL_DZ], ["ok", "ok", "ok"]),
    ([WRONG_DL_DZ], ["error", "ok", "warning"]),  # the last holds: carried forward
    # the chain rule through z = w_2 h + b_2, h rounded on one side only
    ([RIGHT_DL_DZ, r"2. $\frac{\partial L}{\partial w_2} = \frac{\partial L}{\partial z}\, h"
                   r" = -0.4905 \times 0.4621 \approx -0.2267$"], ["ok", "ok", "ok"]),
    # after a wrong ∂L/∂z: ∂L/∂b_2 = ∂L/∂z is still right (tanh(1/2) kept exact on both sides)
    ([WRONG_DL_DZ, r"3. $\frac{\partial L}{\partial b_2} = \frac{\partial L}{\partial z}$"],
     ["ok"]),
    ([RIGHT_DL_DZ, r"5. $\frac{\partial L}{\partial h} = \frac{\partial L}{\partial z}\, w_2"
                   r" = 0.4905$"], ["ok", "ok"]),
    ([RIGHT_DL_DZ, r"5. $\frac{\partial L}{\partial a} = \frac{\partial L}{\partial z}\, w_2"
                   r"(1 - h^2)$"], ["ok"]),
    # the classic chain-rule slips: the weight for the input, a sign in tanh's derivative
    ([RIGHT_DL_DZ, r"2. $\frac{\partial L}{\partial w_2} = \frac{\partial L}{\partial z}"
                   r"\, w_2$"], ["error"]),
    ([RIGHT_DL_DZ, r"5. $\frac{\partial L}{\partial a} = \frac{\partial L}{\partial z}\, w_2"
                   r"(1 + h^2)$"], ["error"]),
    # after a wrong ∂L/∂z, a step right in the names is right
    ([WRONG_DL_DZ, r"2. $\frac{\partial L}{\partial w_2} = \frac{\partial L}{\partial z}"
                   r"\, h$"], ["ok"]),
    # a difference far beyond the rounding is a slip
    ([r"1. $\frac{\partial L}{\partial z} = \hat y - y = 0.5095 - 1 = -0.4805$"],
     ["ok", "ok", "error"]),
])
def test_backward_pass_after_rounded_forward_values(lines, expected):
    assert verdicts_of_last_line(lines) == expected


# a value worked out from a formula and written to two places (ŷ = σ(z) ≈ 0.51) is rounded too
@pytest.mark.parametrize(("line", "expected"), [
    (r"1. $\frac{\partial L}{\partial z} = \hat y - y = 0.51 - 1 = -0.49$", ["ok", "ok", "ok"]),
    (r"1. $\frac{\partial L}{\partial z} = \hat y + y = 0.51 + 1 = 1.51$",
     ["error", "ok", "warning"]),
])
def test_a_value_rounded_to_two_places(line, expected):
    text = FORWARD.replace(r"\approx 0.5095", r"\approx 0.51") + line + "\n"
    last = text.count("\n")
    assert [s.verdict for s in check_document(text, kind="md").steps
            if s.line == last] == expected

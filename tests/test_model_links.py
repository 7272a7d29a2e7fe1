"""A logistic model's unwritten link: ŷ = σ(z) beside a cross-entropy in ŷ confirms a gradient
(∂L/∂z = ŷ - y, ∂L/∂w = (ŷ - y)x); a gradient it does not give stays unchecked, never wrong."""

from __future__ import annotations

import pytest

from tutor.batch import check_document

BCE = r"The loss is $L=-(y\log \hat{y}+(1-y)\log(1-\hat{y}))$ for one example."
MSE = r"The loss is $L=\frac{1}{2}(\hat{y} - y)^2$ for one example."


def _last(text: str) -> tuple[str, str]:
    step = check_document(text, kind="md").steps[-1]
    return step.verdict, step.message


@pytest.mark.parametrize(("loss", "claim", "verdict"), [
    (BCE, r"\frac{\partial L}{\partial z} = \hat{y} - y", "ok"),
    (BCE, r"\frac{\partial L}{\partial w} = (\hat{y} - y)\,x", "ok"),
    (BCE, r"\frac{\partial L}{\partial b} = \hat{y} - y", "ok"),
    (BCE, r"\frac{\partial L}{\partial z_1} = \hat{y} - y", "ok"),
    # what the link does not give is left as it was: the writer may mean another link
    (BCE, r"\frac{\partial L}{\partial z} = y - \hat{y}", "unchecked"),
    (BCE, r"\frac{\partial L}{\partial z} = (\hat{y} - y)\hat{y}(1 - \hat{y})", "unchecked"),
    (BCE, r"\frac{\partial L}{\partial w} = \hat{y} - y", "unchecked"),
    (BCE, r"\frac{\partial L}{\partial w} = (\hat{y} - y)\,x_1 x_2", "unchecked"),
    (BCE, r"\frac{\partial L}{\partial h} = \hat{y} - y", "unchecked"),   # not a logit's name
    (MSE, r"\frac{\partial L}{\partial z} = \hat{y} - y", "unchecked"),   # no link for MSE
    (MSE, r"\frac{\partial L}{\partial z} = (\hat{y} - y)\hat{y}(1 - \hat{y})", "unchecked"),
])
def test_gradient_with_the_link(loss, claim, verdict):
    got, message = _last(f"{loss}\n\n$${claim}$$\n")
    assert got == verdict, message
    assert (got == "ok") == ("σ(z)" in message)


@pytest.mark.parametrize(("values", "claim", "verdict"), [
    (r"$y = 1$, $\hat{y} = 0.8$, $x = 2$", r"\frac{\partial L}{\partial z} = 0.8 - 1", "ok"),
    (r"$y = 1$, $\hat{y} = 0.8$, $x = 2$", r"\frac{\partial L}{\partial w} = (0.8 - 1) \cdot 2",
     "ok"),
    (r"$y = 1$, $\hat{y} = 0.8$, $x = 2$", r"\frac{\partial L}{\partial z} = 0.8", "unchecked"),
    (r"$y = 1$, $\hat{y} = 0.8$, $x = 2$", r"\frac{\partial L}{\partial w} = 1 - 0.8",
     "unchecked"),
])
def test_gradient_with_the_link_at_numbers(values, claim, verdict):
    assert _last(f"{BCE}\n\nNumbers: {values}.\n\n$${claim}$$\n")[0] == verdict


def test_a_link_written_is_used_as_written():
    text = (f"{BCE}\n\nHere $\\hat{{y}} = wx + b$ (a linear output).\n\n"
            "$$\\frac{\\partial L}{\\partial z} = \\hat{y} - y$$\n")
    assert _last(text)[0] != "ok"


SOFTMAX_CE = (r"Let $p_k = \frac{e^{z_k}}{\sum_j e^{z_j}}$ and $L = -\sum_k y_k \log p_k$.")


# the targets of a cross-entropy total 1: said in the method, never an error either way
@pytest.mark.parametrize(("claim", "verdict"), [
    (r"\frac{\partial L}{\partial z_i} = p_i - y_i", "ok"),
    (r"\frac{\partial L}{\partial z_2} = p_2 - y_2", "ok"),
    (r"\frac{\partial L}{\partial z_i} = p_i + y_i", "error"),
    (r"\frac{\partial L}{\partial z_i} = y_i - p_i", "error"),
])
def test_softmax_cross_entropy_with_targets_that_total_one(claim, verdict):
    got, message = _last(f"{SOFTMAX_CE}\n\n$${claim}$$\n")
    assert got == verdict, message
    assert (got == "ok") == ("targets of a cross-entropy" in message)


def test_a_total_of_weights_that_are_no_cross_entropy_is_only_a_condition():
    text = ("Let $s = \\sum_k w_k x_k$ with weights $w_k$.\n\n"
            "$$\\frac{\\partial s}{\\partial x_1} \\cdot \\sum_k w_k = w_1$$\n")
    assert _last(text)[0] != "ok"

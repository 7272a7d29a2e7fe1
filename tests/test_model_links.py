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

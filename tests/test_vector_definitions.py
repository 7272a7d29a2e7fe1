"""∂/∂w of names defined above in vectors (z = wᵀx, ŷ = σ(wᵀx), the logistic loss L) is a step
of vectors, judged as such (it was left unchecked); ∂f/∂w written as a row (the numerator
layout) is a warning that names the layout, never an error."""

from __future__ import annotations

import pytest

from tutor.batch import check_text

LOGISTIC = (r"Let $\hat y = \sigma(w^T x)$ and $L = -y\log\hat y - (1-y)\log(1-\hat y)$."
            "\n\n")

ROWS = [  # (notes, the verdict of the last step, a word of its message or diagnosis)
    ("Let $z = w^T x$.\n\n$$\\frac{\\partial z}{\\partial w} = x$$", "ok", "follows"),
    ("Let $z = w^T x$.\n\n$$\\frac{\\partial z}{\\partial w} = w$$", "error", "not equal"),
    (LOGISTIC + r"$$\frac{\partial \hat y}{\partial w} = \hat y(1-\hat y)x$$", "ok", "follows"),
    (LOGISTIC + r"$$\frac{\partial \hat y}{\partial w} = \hat y(1-\hat y)$$", "error",
     "chain rule"),
    (LOGISTIC + r"$$\frac{\partial L}{\partial w} = (\hat y - y)x$$", "ok", "follows"),
    (LOGISTIC + r"$$\frac{\partial L}{\partial w} = (y - \hat y)x$$", "error", "sign"),
    (r"$$\frac{\partial}{\partial w} \sigma(w^T x) = \sigma(w^T x)(1-\sigma(w^T x))x^T$$",
     "warning", "numerator layout"),
    (r"$$\nabla_w \sigma(w^T x) = \sigma(w^T x)(1-\sigma(w^T x))x$$", "ok", "follows"),
    (r"$$\frac{\partial}{\partial w} \sigma(w^T x) = \sigma(w^T x)x^T$$", "error", "not equal"),
]

LEAST_SQUARES = r"$$L(w) = \|Xw - y\|^2 = (Xw - y)^T (Xw - y)$$" + "\n\n"
ROWS += [  # a function defined in vectors keeps the order of its products when called again
    (LEAST_SQUARES + r"$$L(w) = w^T X^T X w - 2 y^T X w + y^T y$$", "ok", "agrees"),
    (LEAST_SQUARES + r"$$L(w) = w^T X^T X w - 2 y^T X w$$", "unchecked", "slip or a new"),
    (LEAST_SQUARES + r"$$\nabla_w L = 2X^T X w - 2X^T y$$", "ok", "follows"),
    (LEAST_SQUARES + r"$$\nabla_w L = 2X^T X w - X^T y$$", "error", "missing a factor 2"),
    (LEAST_SQUARES + r"$$\nabla_w L = 2X^T X w + 2X^T y$$", "error", "wrong sign"),
    (LEAST_SQUARES + r"$$\nabla_w L = 4X^T X w - 2X^T y$$", "error", "a factor 2 too many"),
    # a value named like a function of a section above is the L meant from here on
    (LEAST_SQUARES + "# Softmax\n\nLet $p_i = \\frac{e^{z_i}}{\\sum_k e^{z_k}}$ and $L = "
     "-\\sum_k y_k \\log p_k$ with $\\sum_k y_k = 1$.\n\n"
     "$$\\frac{\\partial L}{\\partial z_i} = y_i - p_i$$", "error", "not equal"),
]


@pytest.mark.parametrize("notes, verdict, word", ROWS)
def test_a_derivative_in_a_vector_of_a_defined_name(notes, verdict, word):
    step = check_text(notes + "\n", "notes.md").steps[-1]
    assert step.verdict == verdict, (step.verdict, step.message)
    assert word in f"{step.message} {step.diagnosis}"

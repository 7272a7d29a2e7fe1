"""Solving steps as notes write them: `= 0` set, ⇒ the next equation, θ̂ as the solution, and
what is divided by taken nonzero (a table: document → each step's verdict)."""

from __future__ import annotations

import pytest
from document_steps import assert_steps

CASES = [
    # the derivative set to zero, then solved in blocks of their own, the estimate named θ̂
    ("$$\\frac{k}{\\theta} - \\frac{n-k}{1-\\theta} = 0$$\n"
     "$$\\Rightarrow k(1-\\theta) = (n-k)\\theta$$\n"
     "$$\\Rightarrow k = n\\theta$$\n"
     "$$\\Rightarrow \\hat{\\theta} = \\frac{k}{n}$$",
     [(1, "unchecked", None), (2, "ok", "where θ ≠ 0, θ ≠ 1"),
      (3, "ok", "equivalent"), (4, "ok", "θ\u0302 for θ) where n ≠ 0")]),
    # the same with a wrong solution: named θ̂, it is still the solution claimed
    ("$$k - n\\theta = 0$$\n$$\\Rightarrow \\hat\\theta = \\frac{n}{k}$$",
     [(1, "unchecked", None), (2, "error", "does not follow")]),
    ("$$a x = b$$\n$$\\Rightarrow x = \\frac{b}{a}$$",
     [(1, "unchecked", "premise"), (2, "ok", "where a ≠ 0")]),
    ("$$a x = b$$\n$$\\Rightarrow x = \\frac{a}{b}$$",
     [(1, "unchecked", "premise"), (2, "error", "does not follow")]),
    # dividing by the unknown loses a root: never excused by a divisor taken nonzero
    ("$$x^2 = 3x$$\n$$\\Rightarrow x = 3$$",
     [(1, "unchecked", "premise"), (2, "error", "does not follow")]),
    ("$$\\frac{x^2}{x - 1} = \\frac{1}{x-1}$$\n$$\\Rightarrow x^2 = 1$$",
     [(1, "unchecked", "premise"), (2, "warning", "not conversely")]),
    # a chain ending in = 0: the derivative is checked, the 0 is the equation to solve
    ("$$\\frac{d}{dp}(p^2 - p) = 2p - 1 = 0$$\n$$\\implies \\hat p = \\frac{1}{2}$$",
     [(1, "ok", None), (1, "unchecked", "set to 0"), (2, "ok", "p\u0302 for p")]),
    ("$$\\frac{d}{dp}(p^2 - p) = 2p - 1 = 0$$\n$$\\implies \\hat p = 2$$",
     [(1, "ok", None), (1, "unchecked", "set to 0"), (2, "error", "does not follow")]),
    # ℓ defined through L defined above: dℓ/dθ differentiates both definitions
    ("$$L(\\theta) = \\theta^3(1-\\theta)^2$$\n\nThen\n\n"
     "$$\\ell(\\theta) = \\log L(\\theta)$$\n\nso\n\n"
     "$$\\frac{d\\ell}{d\\theta} = \\frac{3}{\\theta} - \\frac{2}{1-\\theta}$$",
     [(1, "unchecked", "definition"), (5, "unchecked", "definition"), (9, "ok", None)]),
    ("$$L(\\theta) = \\theta^3(1-\\theta)^2$$\n\nThen\n\n"
     "$$\\ell(\\theta) = \\log L(\\theta)$$\n\nso\n\n"
     "$$\\frac{d\\ell}{d\\theta} = \\frac{3}{\\theta} + \\frac{2}{1-\\theta}$$",
     [(1, "unchecked", "definition"), (5, "unchecked", "definition"), (9, "error", None)]),
    # sums of x_i: Σ(x_i - μ)/σ² = 0 times σ², then the mean; a wrong one is refuted at n = 2
    ("$$\\frac{1}{\\sigma^2}\\sum_{i=1}^{n}(x_i - \\mu) = 0$$\n"
     "$$\\implies \\sum_{i=1}^{n} x_i - n\\mu = 0 \\implies "
     "\\hat{\\mu} = \\frac{1}{n}\\sum_{i=1}^{n} x_i$$",
     [(1, "unchecked", None), (2, "ok", "where σ ≠ 0"), (2, "ok", "μ\u0302 for μ")]),
    ("$$\\sum_{i=1}^{n} x_i - n\\mu = 0 \\implies \\hat{\\mu} = \\sum_{i=1}^{n} x_i$$",
     [(1, "unchecked", None), (1, "error", "at n = 2")]),
    ("$$\\sum_{i=1}^n (x_i-\\mu)^2 = n v$$\n"
     "$$\\Rightarrow v = \\frac{1}{n-1}\\sum_{i=1}^n (x_i - \\mu)^2$$",
     [(1, "unchecked", None), (2, "error", "at n = 2")]),
    # a name new in the next equation: it cannot follow, whatever it is
    ("$$-\\frac{n}{2v} + \\frac{1}{2v^2}\\sum_{i=1}^{n}(x_i-\\mu)^2 = 0$$\n"
     "$$\\implies \\hat{\\sigma}^2 = \\frac{1}{n}\\sum_{i=1}^{n}(x_i - \\hat{\\mu})^2$$",
     [(1, "unchecked", None), (2, "unchecked", "new here")]),
    # x = a ± b: the two roots, as the equation they solve
    ("$$x^2 - 4x + 1 = 0 \\implies x = 2 \\pm \\sqrt{3}$$",
     [(1, "unchecked", None), (1, "ok", "equivalent")]),
    ("$$x^2 - 4x + 1 = 0 \\implies x = 2 \\pm \\sqrt{5}$$",
     [(1, "unchecked", None), (1, "error", "does not follow")]),
    # an estimate with more than one mark: λ̂_MLE solves for λ
    ("$$\\frac{n}{\\lambda} = s$$\n$$\\implies \\hat\\lambda_{MLE} = \\frac{n}{s}$$",
     [(1, "unchecked", None), (2, "ok", "λ\u0302_MLE for λ")]),
    # sums of the data in a sequence of equations, each in its own block, no ⇒: compared
    # (a slip among them is found), and the estimate written without ⇒ solves the last one
    ("$$(1-p)\\sum x_i - p(n - \\sum x_i) = 0$$\n"
     "$$\\sum x_i - p \\sum x_i - pn + p \\sum x_i = 0$$\n"
     "$$\\sum x_i - pn = 0$$\n"
     "$$\\hat{p}_{MLE} = \\frac{\\sum_{i=1}^n x_i}{n}$$",
     [(1, "unchecked", "set to 0"), (2, "ok", "equivalent"), (3, "ok", "equivalent"),
      (4, "ok", "p\u0302_MLE for p")]),
    ("$$(1-p)\\sum x_i - p(n - \\sum x_i) = 0$$\n"
     "$$\\sum x_i - p \\sum x_i - pn - p \\sum x_i = 0$$",
     [(1, "unchecked", "set to 0"), (2, "error", "does not follow")]),
    ("$$a - pn = 0$$\n$$\\hat p = a/n$$",
     [(1, "unchecked", None), (2, "ok", "p\u0302 for p")]),
    ("$$a - pn = 0$$\n$$\\hat p = n/a$$",
     [(1, "unchecked", None), (2, "error", "does not follow")]),
    # a derivative's value claimed in a block after an equation in its variable: a claim
    ("$$z^2 = 4$$\n\nand then:\n\n$$\\frac{d}{dz}\\left[-\\log z\\right] = \\frac{1}{z}$$",
     [(1, "unchecked", None), (5, "error", None)]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_solving_steps(text: str, expected: list) -> None:
    assert_steps(text, expected)

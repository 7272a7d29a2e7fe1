"""What a document says around its steps: conditions in the prose, counts of sums, headings,
and definitions whose later forms were shown equal (a table: document → each step)."""

from __future__ import annotations

import pytest
from document_steps import assert_steps

CASES = [
    # `$\lambda > 0$` in the prose holds for the lines after it (log λ^n is n log λ there)
    ("Rate $\\lambda > 0$.\n\n$$\\log(\\lambda^2 e^{-\\lambda t}) = 2\\log\\lambda - \\lambda t$$",
     [(1, "unchecked", "a condition on λ"), (3, "ok", None)]),
    ("Rate $\\lambda$.\n\n$$\\log(\\lambda^2 e^{-\\lambda t}) = 2\\log\\lambda - \\lambda t$$",
     [(3, "unchecked", "not the same function")]),
    # ... until the next heading
    ("Rate $\\lambda > 0$.\n\n## Next\n\n"
     "$$\\log(\\lambda^4 e^{-\\lambda t}) = 4\\log\\lambda - \\lambda t$$",
     [(1, "unchecked", "a condition on λ"), (5, "unchecked", "not the same function")]),
    # the bound of a sum counts its terms: n ≥ 1, so n/λ² > 0 is no error
    ("$$\\ell(\\lambda) = n\\log\\lambda - \\lambda\\sum_{i=1}^n t_i$$\n\n"
     "so $\\frac{n}{\\lambda^2} > 0$",
     [(1, "unchecked", "definition"), (3, "unchecked", None)]),
    ("$$\\frac{n}{\\lambda^2} > 0$$", [(1, "unchecked", "a condition")]),
    # a definition shown equal to a simpler form: the later lines differentiate that form
    ("Rate $\\lambda > 0$.\n\n"
     "$$\\ell(\\lambda) = \\log \\prod_{i=1}^n \\lambda e^{-\\lambda t_i} = "
     "n\\log\\lambda - \\lambda\\sum_{i=1}^n t_i$$\n\n"
     "then $\\frac{d^2\\ell}{d\\lambda^2} = \\frac{n}{\\lambda^2}$",
     [(1, "unchecked", "a condition"), (3, "unchecked", "definition"), (3, "ok", None),
      (5, "error", None)]),
    ("Rate $\\lambda > 0$.\n\n"
     "$$\\ell(\\lambda) = \\log \\prod_{i=1}^n \\lambda e^{-\\lambda t_i} = "
     "n\\log\\lambda - \\lambda\\sum_{i=1}^n t_i$$\n\n"
     "then $\\frac{d^2\\ell}{d\\lambda^2} = -\\frac{n}{\\lambda^2}$",
     [(1, "unchecked", "a condition"), (3, "unchecked", "definition"), (3, "ok", None),
      (5, "ok", None)]),
    # a heading starts another model: ℓ(θ) may be defined anew there, not a claim
    ("$$\\ell(\\theta) = \\theta^2$$\n\n## Poisson\n\n$$\\ell(\\theta) = 3\\theta - 1$$\n\n"
     "$$\\frac{d\\ell}{d\\theta} = 3$$",
     [(1, "unchecked", "definition"), (5, "unchecked", "definition"), (7, "ok", None)]),
    # without a heading, in notes, another body of another kind is the next exercise's ℓ
    # (a list "1. f(x) = x² + 1  2. f(x) = e^{2x}"); typed as steps it stays a claim
    ("$$\\ell(\\theta) = \\theta^2$$\n\n$$\\ell(\\theta) = 3\\theta - 1$$",
     [(1, "unchecked", "definition"), (3, "unchecked", "a new definition")]),
    # a name used above, written later as an expression in others: defined from there
    ("$$J = (z - y)^2$$\n\nWith $z = w x + b$, $\\frac{\\partial J}{\\partial w} = 2(z - y)x$.",
     [(1, "unchecked", "definition"), (3, "unchecked", "z is b + wx from here"),
      (3, "ok", "with the values defined above")]),
    ("$$J = (z - y)^2$$\n\nWith $z = w x + b$, $\\frac{\\partial J}{\\partial w} = 2(z - y)$.",
     [(1, "unchecked", "definition"), (3, "unchecked", "z is b + wx from here"),
      (3, "error", None)]),
    # numbers put in: a derivative the definitions no longer link to the variable is no verdict
    ("$$J = (z - y)^2$$\n\nTake $z = 2$, $y = 1$, $w = 3$: "
     "$\\frac{\\partial J}{\\partial w} = 4$.",
     [(1, "unchecked", "definition"), (3, "unchecked", "z = 2 here"),
      (3, "unchecked", "y = 1 here"), (3, "unchecked", "definition of w"),
      (3, "unchecked", "does not hold w")]),
    # an update w ← w - η g: checked with the value w had, and w has the new one after it
    ("Take $w = -0.2$, $g = -0.95$, $\\eta = 0.1$.\n\n"
     "$$w \\leftarrow w - \\eta g = -0.2 + 0.095 = -0.105$$\n\nagain:\n\n"
     "$$w \\gets w - \\eta g = -0.105 + 0.095 = -0.01$$",
     [(1, "unchecked", "definition of w"), (1, "unchecked", "definition of g"),
      (1, "unchecked", "definition of η"), (3, "unchecked", "an update"), (3, "ok", None),
      (3, "ok", None), (7, "unchecked", "an update"), (7, "ok", None), (7, "ok", None)]),
    ("Take $w = -0.2$, $g = -0.95$, $\\eta = 0.1$.\n\n"
     "$$w \\leftarrow w - \\eta g = -0.2 - 0.095 = -0.295$$",
     [(1, "unchecked", "definition of w"), (1, "unchecked", "definition of g"),
      (1, "unchecked", "definition of η"), (3, "unchecked", "an update"),
      (3, "error", "with the values defined above"), (3, "ok", None)]),
    # a problem label starts a new problem: y valued in Q1 may be given a number in Q2
    ("**Q1.** $y = (2x+1)^3$.\n\n**Q2.** $L = (z - y)^2$ with $z = wx$. "
     "Take $w = 1$, $x = 2$, $y = 1$: $\\frac{\\partial L}{\\partial w} = 2(2 - 1) \\cdot 2 = 4$.",
     [(1, "unchecked", "definition of y"), (3, "unchecked", "definition of L"),
      (3, "unchecked", "z is wx from here"), (3, "unchecked", "definition of w"),
      (3, "unchecked", "x = 2 here"), (3, "unchecked", "y = 1 here"),
      (3, "ok", None), (3, "ok", None)]),
    # |r| < 1 said before a geometric series: its closed form holds there, a wrong one does not
    ("For $|r| < 1$,\n$$\\sum_{k=0}^{\\infty} r^k = \\frac{1}{1-r}$$",
     [(1, "unchecked", "premise"), (2, "ok", None)]),
    ("For $|r| < 1$,\n$$\\sum_{k=1}^{\\infty} k r^k = \\frac{1}{(1-r)^2}$$",
     [(1, "unchecked", "premise"), (2, "error", None)]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_document_context(text: str, expected: list) -> None:
    assert_steps(text, expected)

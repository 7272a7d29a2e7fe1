"""The hint that answers a slip just made: the problem's own hint for a listed mistake, else a
general hint for the slip's diagnosis code."""

from __future__ import annotations

from collections.abc import Callable

from tutor.model import Mistake, Problem

# one sentence per diagnosis code: what to look at again, never the answer
SLIP_HINTS = {
    "sign": "Check the signs: a minus in front of a bracket changes the sign of every term "
            "inside it, and the derivative of -u is -u'.",
    "factor": "A constant factor went astray: check each coefficient and the factors that a "
              "rule brings down (the power, the inner derivative, a weight).",
    "reciprocal": "This is upside down: check which quantity goes on top of the fraction.",
    "term": "A term is missing or extra: compare the line above with yours term by term.",
    "exponent": "Check the exponents: the power rule lowers the power by one, and (a^m)^n "
                "is a^(mn).",
    "expansion": "(a + b)^2 is a^2 + 2ab + b^2: the cross term is easy to lose.",
    "chain-rule": "The chain rule: differentiate the outer function at the inner one, then "
                  "multiply by the derivative of the inner function.",
    "log-rule": "The laws of logarithms: log(ab) = log a + log b, log(a/b) = log a - log b, "
                "log(a^n) = n log a; there is no rule for log(a + b).",
    "log-base": "Check the base of the logarithm: log2 x = ln x / ln 2.",
    "arithmetic": "Redo the arithmetic of this line slowly, one operation at a time.",
    "solve-step": "Do the same thing to both sides of the equation, and check each side.",
    "limit-value": "Substitute the limit point only once nothing is indeterminate (no 0/0 "
                   "left); then evaluate carefully.",
    "limit-rewrite": "Under the limit, only rewrite the expression into an equal one (for "
                     "h ≠ 0): cancel, expand, factor, nothing else.",
    "limit-dropped": "Keep writing lim until you let the variable go to its limit.",
    "lhopital-not-indeterminate": "L'Hôpital's rule needs 0/0 or ∞/∞: check the form first.",
    "lhopital-quotient-rule": "L'Hôpital's rule differentiates the numerator and the "
                              "denominator separately, not the quotient.",
    "method": "The problem asks for a particular method: follow it step by step.",
    "inequality-flip": "Multiplying or dividing both sides of an inequality by a negative "
                       "number reverses its direction.",
    "inequality": "Check the inequality at a point: put in a number and compare both sides.",
    "final-answer": "The last line is not the answer: follow your steps back to the first "
                    "one that changed the value.",
}

SameValue = Callable[[str, str], bool]


def slip_hint(problem: Problem | None, line: str, code: str | None,
              same_value: SameValue | None = None) -> str | None:
    """The hint for a wrong `line`: the listed
    mistake it is (by text, then by value), else the general hint for its code, else None.
    A listed mistake's hint names what that mistake wrote, so a line of the same code but
    another value (`(1-p)^(n+k)` where the mistake is `(1-p)^(n-p)`) gets the general hint."""
    mistakes = list(problem.mistakes) if problem else []
    found = (_by_text(mistakes, line)
             or (same_value and _by_value(mistakes, line, same_value)))
    if found is not None and found.hint:
        return found.hint
    return SLIP_HINTS.get(code or "")


def _squash(text: str) -> str:
    return "".join(text.split()).replace("*", "")


def _by_text(mistakes: list[Mistake], line: str) -> Mistake | None:
    return next((m for m in mistakes if _squash(m.step) == _squash(line)), None)


def _by_value(mistakes: list[Mistake], line: str, same_value: SameValue) -> Mistake | None:
    return next((m for m in mistakes if same_value(m.step, line)), None)


"""Rules stated with primes on a bracket (`(fg)' = f'g + fg'`): f and g are functions of one
variable, f' their derivative; the rule is a claim about every f and g. Marks over a letter:
one accent is a name, two are refused."""

from __future__ import annotations

import pytest
from document_steps import assert_reading, assert_verdicts

READINGS = [
    ("(fg)'", "f*gʹ + fʹ*g"),
    ("(u v)'", "u*vʹ + uʹ*v"),
    (r"\left(\frac{f}{g}\right)'", "-f*gʹ/g**2 + fʹ/g"),
    ("(f + g)''", "fʹʹ + gʹʹ"),
    ("(x^2 + 1)'", "Derivative(x**2 + 1, x)"),       # one variable: the derivative in it
    ("(x y)'", "!a prime on a bracket needs exactly one variable"),   # in x or in y?
    ("(fg)'''", "!a prime on a bracket needs exactly one variable"),  # third order: not read
    # two accents over one letter: which name? (sympy reads a conjugate twice)
    (r"\overline{\overline{z}}", "!an accent over an accented letter"),
    (r"\bar{\bar{x}}", "!an accent over an accented letter"),
    (r"\mathbf{\hat{y}}", "y_hat"),   # an accent in a face is one name
]


@pytest.mark.parametrize(("text", "read"), READINGS)
def test_reading(text, read):
    assert_reading(text, read)


@pytest.mark.parametrize(("rule", "verdict"), [
    (r"$(fg)' = f'g + fg'$", "ok"),
    (r"$\left(\frac{f}{g}\right)' = \frac{f'g - fg'}{g^2}$", "ok"),
    (r"$(f + g)' = f' + g'$", "ok"),
    # the classic slip: not an identity of every f and g, never ok
    (r"$(fg)' = f'g'$", "unchecked"),
])
def test_rule_stated(rule, verdict):
    assert_verdicts(f"The rule: {rule}\n", [(verdict, None)])


THEREFORE_AT_A_POINT = (r"$$\sigma'(x) = \frac{{e^{{-x}}}}{{(1+e^{{-x}})^2}} = "
                        r"\sigma(x)(1-\sigma(x))$$" "\n\n" r"$\therefore \sigma'(0) = {}$" "\n")


# `∴ σ'(0) = …` after a derivation: a claim of its own at the point (was compared with the row
# above, a substitution)
@pytest.mark.parametrize(("value", "verdict"), [(r"\sigma(0)(1 - \sigma(0))", "ok"),
                                                 (r"\sigma(0)(1 + \sigma(0))", "error")])
def test_therefore_at_a_point(value, verdict):
    assert_verdicts(THEREFORE_AT_A_POINT.format(value), [("ok", None), ("ok", None),
                                                         (verdict, None)])

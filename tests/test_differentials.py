"""The differential of a substitution, `u = x^2 ⇒ du = 2x\\,dx`, is checked as du/dx = 2x
against the substitution written just before it; a differential with none just before it
(`u = x, dv = e^x dx`: the choice of parts) is no claim. Differentials were all skipped."""

from __future__ import annotations

import pytest

from tutor.batch import check_document


def verdicts(text: str) -> list[tuple[int, str]]:
    return [(s.line, s.verdict) for s in check_document(text, kind="md").steps
            if s.method != "definition" and s.verdict != "unchecked"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Let $u = x^2$, then $du = 2x\\,dx$.\n", [(1, "ok")]),
    ("Let $u = x^2$, then $du = x\\,dx$.\n", [(1, "error")]),
    ("$$u = \\cos t \\Rightarrow du = -\\sin t\\,dt$$\n", [(1, "ok")]),
    ("$$u = \\cos t \\Rightarrow du = \\sin t\\,dt$$\n", [(1, "error")]),
    ("$$u = 1 + x^2, \\quad \\mathrm{d}u = 2x\\,\\mathrm{d}x$$\n", [(1, "ok")]),
    ("$$u = \\ln x \\implies du = \\frac{1}{x}dx$$\n", [(1, "ok")]),
    ("$$u = 3x - 1 \\Rightarrow du = dx$$\n", [(1, "error")]),
    ("$$u = x + 1 \\Rightarrow du = dx$$\n", [(1, "ok")]),
    ("$u = \\cos x$, $du = \\sin x\\,dx$ (careful!).\n", [(1, "error")]),
    # the differential rearranged after it is not read (it was the whole line's parse error)
    ("with $w = x^2 \\implies dw = 2x\\,dx \\implies x\\,dx = \\frac{dw}{2}$.\n", [(1, "ok")]),
    ("$u = 3x + 2 \\Rightarrow du = 3\\,dx \\Rightarrow dx = \\frac{1}{3}du$\n", [(1, "ok")]),
    ("$x = 2\\sin\\theta$, $dx = 2\\cos\\theta\\,d\\theta$.\n", [(1, "ok")]),
    # the substitution written again for the next exercise: the new one counts
    ("Let $u = x^2$, then $du = 2x\\,dx$.\n\nLet $u = x^3$, then $du = 3x^2\\,dx$.\n",
     [(1, "ok"), (3, "ok")]),
    ("Let $u = x^2$, then $du = 2x\\,dx$.\n\nLet $u = x^3$, then $du = 2x\\,dx$.\n",
     [(1, "ok"), (3, "error")]),
])
def test_the_differential_of_a_substitution(text, expected):
    assert verdicts(text) == expected


@pytest.mark.parametrize("text", [
    # parts: dv is chosen before v is found, even with a v of an earlier exercise above
    "With $v = \\sin x$ before.\n\nParts: $u = x$, $dv = e^x\\,dx$, so $v = e^x$.\n",
    "$$dv = e^x\\,dx$$\n",
    # a differential after another name's definition
    "$$x = 2t \\Rightarrow du = 5\\,dt$$\n",
    # a total differential (it was a parse error, or skipped)
    "$$u = xy \\Rightarrow du = y\\,dx + x\\,dy$$\n",
    "$$x = r\\cos\\theta \\Rightarrow dx = \\cos\\theta\\,dr - r\\sin\\theta\\,d\\theta$$\n",
])
def test_a_differential_with_no_substitution_before_it_is_no_claim(text):
    assert all(v not in ("error", "parse_error") for _, v in verdicts(text)), verdicts(text)


def test_the_limits_of_a_substitution_are_two_values_not_a_contradiction():
    text = ("(c) Substitute \\(u=x^{2}+1, \\mathrm{~d} u=2 x \\mathrm{~d} x\\); the limits become "
            "\\(u=1\\) and \\(u=2\\) :\n")
    assert [v for _, v in verdicts(text)] == ["ok"]  # the differential; u = 2 is no error


@pytest.mark.parametrize("text", [
    # a name defined, then given a new formula in each of the blocks that follow (exercises)
    "First $v = \\sin x$.\n\n$$v = -e^{-x}$$\n\n$$v = \\frac{1}{2}e^{2x}$$\n",
    "$$dv = e^{2x}\\,dx \\Rightarrow v = \\frac{1}{2}e^{2x}$$\n",
    "Before: $v = \\cos x$.\n\n$$v = -e^{-x}$$\n\n"
    "$$dv = e^{2x}\\,dx \\Rightarrow v = \\frac{1}{2}e^{2x}$$\n",
])
def test_a_name_given_a_new_formula_is_no_error(text):
    assert all(v != "error" for _, v in verdicts(text)), verdicts(text)


def test_equations_in_one_unknown_still_go_on_across_blocks():
    text = "$$\\log\\frac{p}{1-p} = -1$$\n\n$$\\frac{p}{1-p} = e^{-1}$$\n\n$$p = 0.9$$\n"
    assert verdicts(text)[-1] == (5, "error")


@pytest.mark.parametrize(("text", "name"), [
    (r"du = 2x\,dx", "u"),
    (r"u = x^2 \Rightarrow du = 2x\,dx", "u"),
    (r"u = 1 + x^2, \quad \mathrm{d}u = 2x\,\mathrm{d}x", "u"),
    (r"t = \sin x \;⇒\; dt = \cos x \, dx", "t"),
    (r"s = \sin\theta, ds = \cos\theta\,d\theta", "s"),
    (r"dv = e^{2x}\,dx \Rightarrow v = \frac{1}{2}e^{2x}", "v"),
    (r"du = dx", "u"),
    (r"x = 2t \Rightarrow du = 5\,dt", None),          # another name's definition before it
    (r"a = 1, b = 2, du = dx", None),                  # more than one statement before it
    (r"\int 2x\,dx = x^2 + C", None),                  # an integral, no differential of a name
    ("u = x" + r" \quad" * 200 + " du = dx", None),    # too long to be one
])
def test_where_a_differential_stands(text, name):
    from tutor.derive.differentials import _differential_in

    found = _differential_in(text)
    assert (found.match.group("name") if found else None) == name


def test_each_exercise_substitutes_anew():
    """`**Ex 2.**` is a problem's label (as `**Exercise 2.**` is): its `u = x^2 + 1` defines u
    anew, so the antiderivative written back in x is checked with it (was unchecked)."""
    text = ("**Ex 1.** Let $u = x^2$, so $du = 2x\\,dx$:\n\n"
            "$$\\int 2x\\cos(x^2)\\,dx = \\int \\cos u\\,du = \\sin u + C = \\sin(x^2) + C$$\n\n"
            "**Ex 2.** Let $u = x^2 + 1$, so $du = 2x\\,dx$:\n\n"
            "$$\\int 2x\\cos(x^2 + 1)\\,dx = \\int \\cos u\\,du = \\sin u + C"
            " = \\sin(x^2 + 1) + C$$\n")
    assert [v for line, v in verdicts(text) if line == 7] == ["ok", "ok", "ok"]

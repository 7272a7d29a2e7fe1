"""The fifteenth round of real-notes habits (probability, MLE/MAP, information theory): an X
thread's Unicode math (pᵢ, log₂, ½, ‖), an exam-class sheet's questions as sections, a parameter
letter of an earlier question, a likelihood of the next model in other letters, logs of two
bases in one identity, a call worked out in an example beside the general formula."""

from __future__ import annotations

import pytest

from tests.document_steps import assert_verdicts
from tutor.batch import check_document
from tutor.errors import ParseError
from tutor.read.parser import parse


def _plain(text: str) -> str:
    try:
        return str(parse(text, "plain"))
    except ParseError as exc:
        return "!" + exc.message


# Unicode subscripts, one-character fractions and the ‖ of KL(p‖q), as tweets write them
@pytest.mark.parametrize(("text", "read"), [
    ("log₂ 8", "log(8)/log(2)"),
    ("x₁ + x₂", "x_1 + x_2"),
    ("∑ᵢ pᵢ log₂ pᵢ", "Sum(log(p[i])*p[i]/log(2), (i, 1, n_max))"),
    ("½·1 + ¼·2", "(1/2)*1 + (1/4)*2"),
    ("−2 · ½ log₂ ½", "-2*log(1/2)/log(2)/2"),
    ("D_KL(p‖q)", "D_KL(p, q)"),
    ("KL(p ‖ q)", "KL(p, q)"),
    ("D_KL(p || q)", "D_KL(p, q)"),
    ("‖w‖ + 1", "‖w‖ + 1"),
])
def test_unicode_math_of_a_thread_is_read(text, read):
    assert _plain(text) == read


# a thread's planted slips are found, its right lines are ok
@pytest.mark.parametrize(("line", "verdict"), [
    ("H = log₂ 16 = 4 bits", "ok"),
    ("H = log₂ 16 = 3 bits", "error"),
    ("H = ½·1 + ¼·2 + ⅛·3 + ⅛·3 = 1.75", "ok"),
    ("H = ½·1 + ¼·2 + ⅛·3 + ⅛·3 = 1.5", "error"),
])
def test_unicode_arithmetic_is_checked(line, verdict):
    steps = check_document(line, kind="txt").steps
    assert steps[-1].verdict == verdict, [(s.verdict, s.message) for s in steps]


EXAM = r"""\documentclass[answers]{exam}
\begin{document}
\begin{questions}
\question A student guesses with probability $p = 0.2$, so $X \sim \mathrm{Bin}(5, 0.2)$.
\question A die is rolled until the first six, $N \sim \mathrm{Geom}(1/6)$.
Then $E[N] = \frac{1}{p} = 6$.
\end{questions}
\end{document}
"""


# each \question of an exam-class sheet is a section: the p of question 1 is not question 2's
def test_exam_class_questions_part_the_names():
    steps = check_document(EXAM, kind="tex").steps
    last = [s for s in steps if s.source.startswith("\\frac{1}{p}")][0]
    assert last.verdict == "unchecked" and "earlier heading" in last.message


STALE_PARAMETER = """## Q1
A student guesses with probability $p = 0.2$. So $X \\sim \\mathrm{{Bin}}(5, 0.2)$.
{heading}
A die is rolled until the first six, $N \\sim \\mathrm{{Geom}}(1/6)$.
Then $E[N] = \\frac{{1}}{{p}} = 6$.
"""


# a parameter letter valued under an earlier heading, beside a law declared under this one: not
# called wrong; in one section it is the p given (and 1/p = 5 is not E[N] = 6)
@pytest.mark.parametrize(("heading", "verdict"), [("## Q2", "unchecked"), ("", "error")])
def test_a_parameter_of_an_earlier_question(heading, verdict):
    steps = check_document(STALE_PARAMETER.format(heading=heading), kind="md").steps
    assert [s.verdict for s in steps if s.source == "\\frac{1}{p}"] == [verdict]


NEXT_MODEL = r"""$$L(\lambda) = \prod_{i=1}^{n} \frac{e^{-\lambda}\lambda^{x_i}}{x_i!}$$

Exponential: $f(x) = \theta e^{-\theta x}$.

$$\ln L(\theta) = n \ln\theta - \theta \sum_{i=1}^{n} x_i$$

$$\frac{d}{d\theta}\ln L(\theta) = \frac{n}{\theta} - \sum_{i=1}^{n} x_i$$

$$\frac{d^2}{d\theta^2}\ln L(\theta) = -\frac{n}{\theta^{%s}}$$
"""


# ln L(θ) after L(λ) of another model, in the same section: the next model's likelihood (a
# definition), and the derivatives below are checked against it
@pytest.mark.parametrize(("power", "verdict"), [("2", "ok"), ("3", "error")])
def test_a_likelihood_in_other_letters_is_the_next_model(power, verdict):
    assert_verdicts(NEXT_MODEL % power, [
        ("unchecked", "definition of L"), ("unchecked", "definition of f"),
        ("unchecked", "definition of ln(L(θ))"), ("ok", None), (verdict, None)])


MIXED_BASES = """H(p) = −∑ᵢ pᵢ log₂ pᵢ
H(p, q) = −∑ᵢ pᵢ log qᵢ
D_KL(p‖q) = ∑ᵢ pᵢ log(pᵢ/qᵢ) = H(p, q) {sign} H(p)
"""


# H(p) in bits above, H(p, q) with a bare log: the identity holds with the logs in one base
# (not checked); with the sign wrong it holds in no base
@pytest.mark.parametrize(("sign", "verdict"), [("−", "unchecked"), ("+", "error")])
def test_logs_in_two_bases(sign, verdict):
    steps = check_document(MIXED_BASES.format(sign=sign), kind="txt").steps
    assert steps[-1].verdict == verdict, [(s.verdict, s.message) for s in steps]


EXAMPLE_CALL = """H(p) = −∑ᵢ pᵢ log pᵢ
H(p, q) = −∑ᵢ pᵢ log qᵢ
one-hot p, q = (0.7, 0.2, 0.1): H(p, q) = −log 0.7 ≈ 0.357
D_KL(p‖q) = ∑ᵢ pᵢ log(pᵢ/qᵢ) = H(p, q) − H(p)
"""


# a call worked out as a number in an example, in a general identity after it: not wrong
def test_a_call_of_an_example_beside_the_general_formula():
    steps = check_document(EXAMPLE_CALL, kind="txt").steps
    assert steps[-1].verdict == "unchecked", [(s.verdict, s.message) for s in steps]
    assert not [s for s in steps if s.verdict in ("error", "warning")]


# a plain line's words of prose before the name it gives (`so μ = 3`, `label y = 1`) are not
# factors of it; a label before a colon and ≈, a colon at the end, are not math either
@pytest.mark.parametrize(("text", "verdicts"), [
    ("x = 3\nso x = 3 gives x^2 = 9\n", ["unchecked", "ok", "ok"]),
    ("x = 3\nso x = 3 gives x^2 = 8\n", ["unchecked", "ok", "unchecked"]),
    ("a fair die: log₂ 8 ≈ 3 bits\n", ["ok"]),
    ("y = 1, ŷ = 0.9:\nl = -log ŷ ≈ 0.105\n",
     ["unchecked", "unchecked", "unchecked", "ok"]),
])
def test_prose_around_a_plain_line(text, verdicts):
    steps = check_document(text, kind="txt").steps
    assert [s.verdict for s in steps] == verdicts, [(s.verdict, s.message) for s in steps]


# an equation through a function defined nowhere, then a value of its unknown: which values
# solve it is not known (it was called wrong: "solutions for μ differ")
@pytest.mark.parametrize("text", [
    "KL(N(μ, 1) ‖ N(0, 1)) = μ²/2\nμ = 3 gives 9/2 = 4.5\n",
    "F(G(x), 1) = x^2/2\nx = 3\n",
])
def test_an_undefined_function_of_the_unknown(text):
    steps = check_document(text, kind="txt").steps
    assert not [s for s in steps if s.verdict in ("error", "warning")], [
        (s.verdict, s.message) for s in steps]


def _latex(text: str) -> str:
    try:
        return str(parse(text, "latex"))
    except ParseError as exc:
        return "!" + exc.message


# a dot as the product sign: `n.p`, after a script's brace, set apart by spaces between numbers
@pytest.mark.parametrize(("text", "read"), [
    ("n.p", "n*p"),
    ("20 . 0,3", "20*0.3"),
    ("2 . 3", "2*3"),
    (r"e^{-\lambda}.\lambda^k", "lambda**k/E**lambda"),
    ("0.5", "0.500000000000000"),
    ("x = 0.5 . 2", "!"),  # a chain: read below as two sides
    ("2. 3", "!unexpected character '.'"),  # no space before: a full stop, not a product
])
def test_a_dot_as_the_product_sign(text, read):
    got = _latex(text)
    assert got == read or (read.startswith("!") and (read == "!" or read[1:] in got))


SHEET = r"""\documentclass{exam}
\begin{document}
\begin{questions}
\question The lifetime $T$ is exponential with rate $\lambda = 0.1$.
\begin{parts}
\part $E[T] = \frac{1}{\lambda} = 10$
\part $\mathrm{Var}(T) = \frac{1}{\lambda^2} = %s$
\end{parts}
\end{questions}
\end{document}
"""


# an exam-class \part is an item of its question (its values hold in every part); a number for
# a formula in names whose values the line above just used is checked with them
@pytest.mark.parametrize(("value", "verdict"), [("100", "ok"), ("10", "error")])
def test_parts_of_a_question_share_its_values(value, verdict):
    steps = check_document(SHEET % value, kind="tex").steps
    assert steps[-1].verdict == verdict, [(s.verdict, s.message) for s in steps]


# far below the line that used or gave the values, a number for a formula stays a substitution
# (another example may be meant); two lines below the values given it is held to them
def test_a_formula_far_from_its_values_stays_a_substitution():
    text = ("Let $\\lambda = 0.1$.\n\nSome words.\n\nMore words.\n\n"
            "- $V = \\frac{1}{\\lambda^2} = 10$\n")
    assert_verdicts(text, [("unchecked", "definition of λ"), ("unchecked", "definition of V"),
                           ("unchecked", "a substitution")])
    near = "Let $\\lambda = 0.1$.\n\n- $V = \\frac{1}{\\lambda^2} = 10$\n"
    assert_verdicts(near, [("unchecked", "definition of λ"), ("unchecked", "definition of V"),
                           ("error", "values defined above")])


# a plain line ending with `=` and the next starting with one: a chain broken before its first
# step (it was a parse error: 'a relation is missing one side')
def test_a_chain_broken_after_its_equals_sign():
    text = "a = 2\nb = a^2 + 1 =\n= 4 + 1\n= 5\n"
    steps = check_document(text, kind="txt").steps
    assert [s.verdict for s in steps] == ["unchecked", "unchecked", "ok", "ok"], [
        (s.verdict, s.message) for s in steps]


# `=~` typed for ≈ (a blog's plain-text MLE: p = 4/15 =~ 0.26667)
@pytest.mark.parametrize(("line", "verdict"), [("p = 4/15 =~ 0.26667", "ok"),
                                                ("p = 4/15 =~ 0.36", "error")])
def test_equals_tilde_is_approximately(line, verdict):
    steps = check_document(line, kind="txt").steps
    assert steps[-1].verdict == verdict, [(s.verdict, s.message) for s in steps]


# a prose line of a plain file gives Greek and hatted names their values too (ŷ = 0.9, λ = 2)
@pytest.mark.parametrize(("value", "verdict"), [("-0.1", "ok"), ("0.1", "error")])
def test_values_of_hatted_names_in_prose(value, verdict):
    text = ("Binary cross-entropy for one example, label y = 1, prediction ŷ = 0.9:\n"
            "ℓ = −[y log ŷ + (1 − y) log(1 − ŷ)] = −log 0.9 ≈ 0.105\n"
            f"∂ℓ/∂z = ŷ − y = {value}\n")
    steps = check_document(text, kind="txt").steps
    assert [s.verdict for s in steps][-1] == verdict, [(s.verdict, s.message) for s in steps]
    assert [s.verdict for s in steps][:2] == ["unchecked", "unchecked"]  # y and ŷ given


# Z declared nowhere beside a declared normal law: the standard normal of standardising
@pytest.mark.parametrize(("text", "verdicts"), [
    ("IQ: $X \\sim N(100, 15^2)$.\n\n$$P(X > 130) = P(Z > 2) = 1 - \\Phi(2) \\approx 0.0228$$\n",
     ["unchecked", "ok", "ok", "ok"]),
    ("IQ: $X \\sim N(100, 15^2)$.\n\n$$P(X > 130) = P(Z > 3)$$\n", ["unchecked", "error"]),
    # Z with a formula of its own, or with no normal law in force: not the standard normal
    ("Let $Z = X + Y$ with $X \\sim N(0, 1)$.\n\n$$P(Z > 2) = 0.0228$$\n",
     ["unchecked", "unchecked", "unchecked"]),
    ("No law here. $$P(Z > 2) = 0.0228$$\n", ["unchecked"]),
])
def test_an_undeclared_z_beside_a_normal_law(text, verdicts):
    assert_verdicts(text, [(v, None) for v in verdicts])


# superscript letters typed on phones and in tweets are exponents (a capital stays out: wᵀ is
# a transpose, w^T)
@pytest.mark.parametrize(("text", "read"), [
    ("pᵏ(1−p)ⁿ⁻ᵏ", "p**k*(1 - p)**(-k + n)"),
    ("e⁻ˣ", "E**(-x)"),
    ("xⁿ⁺¹", "x**(n + 1)"),
    ("2⁻¹", "1/2"),
    ("x⁻", "!the exponent ⁻ cannot be read"),
    ("wᵀx", "w^T*x"),
])
def test_superscript_letters_are_exponents(text, read):
    got = _plain(text)
    assert got == read or (read.startswith("!") and read[1:] in got), got


# a reStructuredText :math: role whose content opens another role is no math (thousands of
# `:math:` in a row were read as thousands of formulas, seconds past the fuzz allowance)
def test_a_math_role_holding_a_role_is_no_math():
    text = ":math:`:math:`" * 200 + "\n\nA line with :math:`x^2 = 4` in it.\n"
    steps = check_document(text, kind="rst").steps
    assert len(steps) == 1, [(s.source, s.verdict) for s in steps]

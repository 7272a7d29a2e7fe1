"""The thirteenth round of real-notes habits (probability, distributions, information theory):
a table typed with spaces in a plain-text answer, Sphinx / reStructuredText pages, Word's
UnicodeMath pasted into notes, e-mail replies in plain text."""

from __future__ import annotations

import pytest

import tutor
from tutor.errors import ParseError
from tutor.read.parser import parse
from tutor.read.unicode_math import unicode_math_spelled


def _steps(text: str, kind: str) -> list[tuple[int, str]]:
    return [(s.line, s.verdict) for s in tutor.check_document(text, kind=kind).steps]


# a 2x2 table typed with spaces is columns, not a product: no row is checked against the last
@pytest.mark.parametrize(("text", "expected"), [
    ("  X=0      0.4    0.1\n  X=1      0.1    0.4\n", []),
    ("x = 2\nx   3   4\n", [(1, "unchecked")]),
    ("H   = 1/2 + 1/4\n    = 3/4\n", [(1, "unchecked"), (2, "ok")]),  # a gap before `=`: layout
])
def test_a_table_typed_with_spaces_is_no_formula(text, expected):
    assert _steps(text, "txt") == expected


SPHINX_PAGE = r""".. _review:

=======
Review
=======

With :math:`p = 0.4` and :math:`n = 5`, see :eq:`var`.

.. math::
   :label: var

   \operatorname{Var}(X) = np(1 - p)
                         = 5 \cdot 0.4 \cdot 0.6 = VAR

   E[X] = np = 2

.. code-block:: python

   x = 5 * 0.4   # 2.0

.. note::

   .. math:: 2^{10} = 1024

.. math:: z = \frac{55 - 70}{10} = -1.5

| A line block: :math:`2 + 2 = 4`
"""


# a Sphinx page: `.. math::` paragraphs are displays (options and code left out), roles inline
@pytest.mark.parametrize(("var", "verdict"), [("1.2", "ok"), ("1.4", "error")])
def test_a_sphinx_page_is_read_for_its_math(var, verdict):
    assert _steps(SPHINX_PAGE.replace("VAR", var), "rst") == [
        (7, "unchecked"), (7, "unchecked"), (12, "unchecked"), (13, "ok"), (13, verdict),
        (15, "unchecked"), (15, "ok"), (23, "ok"), (25, "unchecked"), (25, "ok"), (27, "ok")]


# the columns of a step are those of the page as written
def test_a_sphinx_step_points_at_the_page():
    steps = tutor.check_document(SPHINX_PAGE.replace("VAR", "1.2"), kind="rst").steps
    assert [(s.line, s.column, s.source) for s in steps][-2] == (25, 36, "-1.5")


# a `.rst` file is read as a page; text with `.. math::` or `:math:` is guessed to be one
def test_an_rst_file_and_rst_text_are_read_as_pages(tmp_path):
    page = tmp_path / "review.rst"
    page.write_text(SPHINX_PAGE.replace("VAR", "1.4"), encoding="utf-8")
    assert [s.verdict for s in tutor.check_document(str(page)).steps].count("error") == 1
    assert [s.verdict for s in tutor.check_document(SPHINX_PAGE.replace("VAR", "1.4")).steps
            ].count("error") == 1


def _plain(text: str) -> str:
    try:
        chain = parse(text, "plain")
    except ParseError as exc:
        return "!" + exc.message
    return " ; ".join(str(part.expr) for part in chain.parts) + " | " + " ".join(
        link.op for link in chain.links)


# Word's linear math (UnicodeMath) pasted out of an equation: read as what it shows
@pytest.mark.parametrize(("text", "read"), [
    ("E[X]=∑_(k=1)^6▒〖k⋅1/6〗", "E(X) ; Sum(k*1/6, (k, 1, 6)) | ="),
    ("P(A│B)=0.4", "P(A, B)/P(B) ; 0.400000000000000 | ="),
    ("P(X=2)=(ⅇ^(−2)⋅2^2)/2!", "P(Eq(X, 2)) ; 2**2/(E**2*factorial(2)) | ="),
    ("ⅆ/ⅆp (p^2)=2p", "Derivative(p**2, p) ; 2*p | ="),
    ("ln\u2061L(p)=7 ln\u2061p", "log(L(p)) ; 7*log(p) | ="),
    ("p ̂=7/10", "p_hat ; 7/10 | ="),
    ("x ̅=25/5", "x_bar ; 25/5 | ="),
    ("σ ̂^2=4.14/5", "sigma_hat**2 ; 4.14/5 | ="),
    ("ℓ(μ)=2μ", "l(mu) ; 2*mu | ="),
    ("H=-∑_(i=1)^N▒p_i  〖log〗_2 p_i", "H ; -Sum(log(p[i])*p[i]/log(2), (i, 1, N)) | ="),
])
def test_word_unicode_math_is_read(text, read):
    assert _plain(text) == read


# Leibniz fractions in a Greek variable (`dℓ/dλ`, `∂L/∂μ`) are derivatives, never d·ℓ·λ/d;
# `2!=` after a digit or a bracket is a factorial and `=` (x != 0 stays ≠)
@pytest.mark.parametrize(("text", "read"), [
    ("dl/dλ = 4/λ - 10", "Derivative(l(lambda), lambda) ; -10 + 4/lambda | ="),
    ("d^2l/dλ^2 = -4/λ^2", "Derivative(l(lambda), (lambda, 2)) ; -4/(lambda**2) | ="),
    ("∂L/∂μ = 2μ", "Derivative(L(mu), mu) ; 2*mu | ="),
    ("∂/∂μ (μ^2) = 2μ", "Derivative(mu**2, mu) ; 2*mu | ="),
    ("d/dθ (θ^3) = 3θ^2", "Derivative(theta**3, theta) ; 3*theta**2 | ="),
    ("2!=2", "factorial(2) ; 2 | ="),
    ("(n+1)!=120", "factorial(n + 1) ; 120 | ="),
    ("x!=0", "x ; 0 | !="),
    ("1 != 2", "1 ; 2 | !="),
])
def test_greek_leibniz_and_a_factorial_before_equals(text, read):
    assert _plain(text) == read


WORD_NOTE = """# Die

Equations copied out of Word:

E[X]=∑_(k=1)^6▒〖k⋅1/6〗=21/6=3.5

Var(X)=91/6−49/4=35/12≈VALUE

n=10 flips, k=7 heads, so the answer is p=0.7.

```python
x = 3/4
```

    Y=0    Y=1
"""


# a formula on a line of its own with no `$` (Word's equations pasted in) is read as plain math;
# prose, code and indented tables are not (a count in the words, `n=10 flips`, is a value given)
@pytest.mark.parametrize(("value", "verdict"), [("2.917", "ok"), ("3.917", "error")])
def test_a_bare_formula_line_in_a_note_is_read(value, verdict):
    steps = tutor.check_document(WORD_NOTE.replace("VALUE", value), kind="md").steps
    assert [(s.line, s.verdict) for s in steps] == [
        (5, "unchecked"), (5, "ok"), (5, "ok"), (7, "unchecked"), (7, "ok"), (7, verdict),
        (9, "unchecked")]


# a claim tying two random variables the text does not relate holds for some laws (Y = 3X):
# unchecked, not wrong; a wrong rule about one variable is still an error
@pytest.mark.parametrize(("text", "verdict"), [
    ("$Var(Y) = 3^2 Var(X)$", "unchecked"),
    ("$E[Y] = 3E[X] - 2$", "unchecked"),
    ("$Var(2X) = 2 Var(X)$", "error"),
    ("$Var(X + 3) = Var(X) + 9$", "error"),
])
def test_two_unrelated_random_variables(text, verdict):
    assert [s.verdict for s in tutor.check_document(text, kind="md").steps] == [verdict]


# a wrong value is not "right again" because it equals where an earlier statement began: each
# statement with its own left side starts its own steps (H(p,q) is not H(p))
@pytest.mark.parametrize(("value", "verdict"), [("1.75", "ok"), ("1.5", "error")])
def test_a_new_statement_starts_its_own_steps(value, verdict):
    text = ("H(p) = 1/2 + 1/2 + 1/2 = 1.5\nH(p,q) = -sum_i p_i log2(q_i)\n"
            f"       = 1/2*2 + 1/4*2 + 1/4*1\n       = {value}\n")
    assert _steps(text, "txt")[-1] == (4, verdict)


EMAIL = """From: A. Student <a@example.org>
Subject: Re: entropy question

Hi all,

> Can someone check the coin?
> H = 2 bits

Fair coin first:

  H = -(1/2 log2(1/2) + 1/2 log2(1/2))
    = VALUE bit

so the coin carries one bit per flip.

Cheers,
Ana

SIGNATURE
Ana | sent from my phone
""".replace("SIGNATURE", "-- ")  # the separator: dash dash space


# an e-mail answer in plain text: headers, quoted lines, sentences, the sign-off and the signature
# are no steps (they were parse errors); the derivation between them is checked
@pytest.mark.parametrize(("value", "verdict"), [("1", "ok"), ("2", "error")])
def test_an_email_answer_in_plain_text(value, verdict):
    assert _steps(EMAIL.replace("VALUE", value), "txt") == [(11, "unchecked"), (12, verdict)]


# a law declared on a bare line with Word's ∼ (U+223C) and a colon after it gives the moments
@pytest.mark.parametrize(("value", "verdict"), [("0.271", "ok"), ("0.371", "error")])
def test_a_bare_declaration_with_words_tilde(value, verdict):
    text = f"X∼Pois(2):\n\nP(X=2)=(ⅇ^(−2)⋅2^2)/2!=2ⅇ^(−2)≈{value}\n"
    steps = [(s.line, s.verdict, s.message) for s in tutor.check_document(text, kind="md").steps]
    assert steps[0][:2] == (1, "unchecked") and "law Pois(2)" in steps[0][2]
    assert steps[-1][:2] == (3, verdict)


# a sentence of a plain-text answer that gives values (`with y = 1 and y_hat = 0.8:`) gives them
# as a `#` comment does; the sentence itself is no step
def test_a_sentence_in_plain_text_gives_its_values():
    text = ("One example with y = 1 and y_hat = 0.8:\n\n"
            "  L = -(y*ln(y_hat) + (1-y)*ln(1-y_hat))\n    = -ln(0.8)\n")
    steps = tutor.check_document(text, kind="txt").steps
    assert [(s.line, s.column, s.verdict) for s in steps] == [
        (1, 18, "unchecked"), (1, 28, "unchecked"), (3, 3, "unchecked"), (4, 7, "ok")]
    assert "values defined above" in steps[-1].message


# an operator of differentiation named alone in prose is no claim (it was a parse error)
@pytest.mark.parametrize("text", [
    r"Where $\nabla_{\vec{p}}$ is the derivative with respect to all parameters.",
    r"Here $\nabla$ is the gradient and $\partial_x$ the partial derivative in x.",
    r"The operator $\frac{\partial}{\partial x}$ acts on what follows.",
])
def test_an_operator_named_alone_is_no_claim(text):
    assert tutor.check_document(text, kind="md").steps == []


# bare lines that are no formula to check: a program's indexing, an update, prose, code
@pytest.mark.parametrize("line", [
    "a[i] = a[i-1] + 1", "dp[i] = dp[i-1] + dp[i-2]", "w = w − 0.1⋅g",
    "Setting 7/p−3/(1−p)=0 gives 7(1−p)=3p", "y = np.exp(x)/2", "===========",
])
def test_a_bare_line_that_is_no_formula_is_left_alone(line):
    assert tutor.check_document(f"Notes\n\n{line}\n", kind="md").steps == []


# `<----- why` after a step is a note pointing back at it, never `<` of a negated word (it was
# read as an inequality and called wrong: `= 4 <-- squared`)
def test_an_arrow_note_after_a_step_is_no_inequality():
    text = "x = 2^2\n  = 4 <-- squared\n  = 4 <---- 2^2 again\n  = 5 <-- oops\n"
    assert _steps(text, "txt") == [(1, "unchecked"), (2, "ok"), (3, "ok"), (4, "error")]


# TeX copied out of a chat window keeps its display without backslashes: `[` … `]` lines
@pytest.mark.parametrize(("value", "verdict"), [("0.3", "ok"), ("0.4", "error")])
def test_a_display_that_lost_its_backslashes(value, verdict):
    text = f"So:\n\n[\nP(B) = 0.5 \\cdot 0.6 = {value}\n]\n\n$[\n2^3 = 8\n]$\n"
    assert _steps(text, "md") == [(4, "unchecked"), (4, verdict), (8, "ok")]


# a list or data in brackets stays what it is
def test_brackets_around_data_are_no_display():
    assert _steps('[\n  1, 2, 3\n]\n\n[\n"a": 1\n]\n', "md") == []


# inline TeX copied out of a chat window: `( … )` with a space inside each parenthesis around TeX
@pytest.mark.parametrize(("line", "expected"), [
    (r"Exactly 3 heads: ( \binom{4}{3} = 4 )", [(1, "ok")]),
    (r"Exactly 3 heads: ( \binom{4}{3} = 5 )", [(1, "error")]),
    ("Total outcomes = ( 2^4 = 16 )", [(1, "ok")]),
    ("(otherwise he will be out of money)", []),
    (r"P = ( \frac{1}{2} )^2 stays prose", []),
])
def test_inline_tex_that_lost_its_backslashes(line, expected):
    assert _steps(line + "\n", "md") == expected


# a claim stated at a value said in words in its own math holds at that value: the value is given
# first (it was the next equation of a solving, and x = -2 made a right line an error)
@pytest.mark.parametrize(("text", "expected"), [
    (r"$g = x^2 + 1 = 5 \text{ for } x = 2$", [(1, "unchecked"), (1, "unchecked"), (1, "ok")]),
    (r"$g = x^2 + 1 = 6 \text{ for } x = 2$",   # the value given on its line: wrong
     [(1, "unchecked"), (1, "unchecked"), (1, "error")]),
    (r"$h = \frac{1}{2}\ln(2\pi e\sigma^2) \approx 1.419 \text{ for } \sigma = 1$",
     [(1, "unchecked"), (1, "unchecked"), (1, "ok")]),
    (r"$g = x^2 + 1 = 5 \text{ at } x = 2$", [(1, "unchecked"), (1, "unchecked"), (1, "ok")]),
    (r"$y = 2x = 2 \text{ when } x = 1$", [(1, "unchecked"), (1, "unchecked"), (1, "ok")]),
])
def test_a_claim_at_a_value_said_in_words(text, expected):
    assert _steps(text, "md") == expected


# one word of prose before a bare formula (`For Y=3X−2:`) leaves the formula read
def test_a_bare_formula_after_one_word():
    text = "For Y=3X−2:\n\nE[Y]=3E[X]−2\n\nVar(Y)=3^2 Var(X)\n"
    assert _steps(text, "md") == [(1, "unchecked"), (3, "ok"), (5, "ok")]


# a whole formula in one brace group, as copied out of a Wikipedia page: TeX shows no braces
@pytest.mark.parametrize(("text", "read"), [
    (r"{\displaystyle x = 2}", "x = 2"),
    (r"{\displaystyle P(A\mid B)={\frac {P(B\mid A)P(A)}{P(B)}}}",
     "P(A, B)/P(B) = (P(A)*P(A, B)/P(A))/P(B)"),
    (r"{2x} = 4", "2*x = 4"),
    (r"{x+1}^2 = 4", "!braces"),   # a group with a power after it: still no bracket
])
def test_a_formula_wrapped_in_one_brace_group(text, read):
    try:
        got = " = ".join(str(p.expr) for p in parse(text, "latex").parts)
    except ParseError as exc:
        got = "!" + exc.message
    assert got == read or (read.startswith("!") and read[1:] in got)


# a word of prose joining two relations of a plain line stands for a comma (its letters were
# read as factors: `2osy = x^2`)
@pytest.mark.parametrize(("text", "expected"), [
    ("x = 2 so y = x^2 = 4\n", [(1, "unchecked"), (1, "unchecked"), (1, "ok")]),
    ("x = 2 so y = x^2 = 5\n", [(1, "unchecked"), (1, "unchecked"), (1, "error")]),
    ("x = 3, so y = x^2 = 9\n", [(1, "unchecked"), (1, "unchecked"), (1, "ok")]),
])
def test_a_connective_word_in_a_plain_line(text, expected):
    assert _steps(text, "txt") == expected



# inside brackets a word is no connective: `(x = 1 and y = 2)` keeps its reading
def test_a_connective_inside_brackets_stays():
    assert unicode_math_spelled("f(x = 1 and y = 2)") == "f(x = 1 and y = 2)"
    assert unicode_math_spelled("x = 1 and y = 2") == "x = 1 ,   y = 2"

"""The sixth round of real-notes habits (probability, distributions, MLE, information theory):
textbook braces `P\\{X=k\\}`, `{\\rm e}`, a size switch (`\\Large`), a coloured sign, notes
under terms (`\\underbrace{…}_{…}`), a boxed statement, an event between two ends, Φ of an
expression, a value worked out in a chain of numbers (`\\bar x = 7.5/5 = 1.5`)."""

from __future__ import annotations

import pytest
from document_steps import assert_reading, assert_verdicts

import tutor
from tutor.read.decimal_commas import decimal_commas

# (text, what it is read as; "!" and a fragment: refused with that message)
READINGS = [
    # textbook braces around the event of a probability are the call's brackets
    (r"P\{X=2\}", "P(Eq(X, 2))"),
    (r"\mathbb{P}\{X > 4\}", "P(X > 4)"),
    (r"\Pr\{X \leq 2\}", "P(X <= 2)"),
    (r"P\{X \in \{1, 2\}\}", "!"),                      # a set inside: still refused
    (r"\{x + 1\}", "x + 1"),                            # braces shown, no P: a bracket
    # an event between two ends
    (r"P\{1 < X \leq 3\}", "P((X <= 3) & (1 < X))"),
    (r"P(85 < X \leq 115)", "P((X <= 115) & (85 < X))"),
    (r"f(1 < x < 2)", "!a relation cannot be the argument"),   # no probability: refused
    # the old font switch around one letter
    (r"\lambda {\rm e}^{-\lambda}", "lambda/E**lambda"),
    (r"{\rm d}x", "d*x"),
    # size switches and colours are ink
    (r"\Large x^2", "x**2"),
    (r"\textcolor{red}{x}+1", "x + 1"),
    (r"{\color{red}-}\frac{n}{x^2}", "-n/(x**2)"),
    (r"a {+} b", "a + b"),
    # a note under or over terms: the terms, as TeX shows them (bare braces)
    (r"\log \mu - \underbrace{\sum_{i=1}^n \log x_i!}_{\text{free of } \mu}",
     "log(mu) - Sum(log(factorial(x[i])), (i, 1, n))"),
    (r"2\overbrace{x+1}^{\text{one}}", "2*x + 1"),
    # a boxed value stays one value
    (r"2\boxed{x+1}", "2*(x + 1)"),
    # Φ, the normal CDF, calls on any argument (on a number, tutor.functions.normal_cdf);
    # φ(1 - φ) still multiplies
    (r"\Phi\left(\frac{130-100}{15}\right)", "Φ((-100 + 130)/15)"),
    (r"\Phi(z)", "Phi(z)"),
    (r"\phi(1-\phi)", "phi*(1 - phi)"),
    # E^2(X) of a random variable is E(X)² (as \sin^2 x is); e² times x stays a product
    (r"E(X^2) - E^2(X)", "-E(X)**2 + E(X**2)"),
    (r"E^2(x)", "E**2*x"),
    # \gt and \lt (KaTeX), >= and <= typed in a formula
    (r"\mathbb{P}(X\gt a)", "P(X > a)"),
    (r"P(X \lt 2)", "P(X < 2)"),
    (r"P(X >= 3)", "P(X >= 3)"),
    (r"P(X <= 2)", "P(X <= 2)"),
    # a column of two rows in round brackets is a binomial coefficient, as that pmatrix is
    (r"\left(\begin{matrix} n \\ k \end{matrix}\right)", "binomial(n, k)"),
    (r"\left(\begin{array}{c} 5 \\ 2 \end{array}\right)", "binomial(5, 2)"),
    (r"\left(\begin{matrix} 1 & 2 \\ 3 & 4 \end{matrix}\right)", "[[1, 2], [3, 4]]"),
    # D_{KL}(P \parallel Q) as D_{KL}(P \| Q)
    (r"D_{KL}(P \parallel Q)", "D_KL(P, Q)"),
    # C_5^2 with digits is the binomial coefficient, as C_n^k is (Chinese, French textbooks);
    # a power above the index, or a letter below, stays a power
    (r"C_5^2", "binomial(5, 2)"),
    (r"C_{10}^{3}", "binomial(10, 3)"),
    (r"C_1^2", "C_1**2"),
    (r"C_x^2", "C_x**2"),
    # KaTeX's \infin
    (r"\int\limits_{-\infin}^{\infin} x \, dx", "Integral(x, (x, -oo, oo))"),
]


@pytest.mark.parametrize(("text", "read"), READINGS)
def test_readings(text, read):
    assert_reading(text, read)


# (document, verdicts of its steps in order)
DOCUMENTS = [
    # C_5^2 (0.2)^2 (0.8)^3 = 10 × 0.04 × 0.512: the binomial coefficient's value is checked
    ("$$\n\\begin{aligned}\nP\\{X=2\\} &= C_5^2 (0.2)^2 (0.8)^3 \\\\\n&= 10 \\times 0.04 "
     "\\times 0.512 \\\\\n&= 0.2048\n\\end{aligned}\n$$\n",
     [("unchecked", "a stated value"), ("ok", None), ("ok", None)]),
    # a probability in textbook braces, then its arithmetic (a wrong power is caught)
    (r"$$P\{X=3\} = 0.7^2 \times 0.3 = 0.147$$",
     [("unchecked", "a stated value"), ("ok", None)]),
    (r"$$P\{X=3\} = 0.7^3 \times 0.3 = 0.147$$",
     [("unchecked", "a stated value"), ("error", None)]),
    # an event between two ends, with {\rm e}
    (r"$$P\{1 < X \leq 3\} = {\rm e}^{-0.5} - {\rm e}^{-1.5} \approx 0.6065 - 0.2231 = 0.3834$$",
     [("unchecked", "a stated value"), ("ok", None), ("ok", None)]),
    # a boxed statement is the statement
    (r"$$\boxed{x = \frac{6}{2} = 3}$$", [("unchecked", "definition of x"), ("ok", None)]),
    (r"$$\boxed{x = \frac{6}{2} = 4}$$", [("unchecked", "definition of x"), ("error", None)]),
    # a coloured sign is the sign
    (r"$$\frac{d}{dx}\frac{1}{x} = {\color{red}-}\frac{1}{x^2}$$", [("ok", None)]),
    (r"$$\frac{d}{dx}\frac{1}{x} = {\color{red}+}\frac{1}{x^2}$$", [("error", None)]),
    # k·C(n, k) = n·C(n-1, k-1) with the binomials as round columns (it was an error: vectors)
    (r"$$k\left(\begin{matrix} n \\ k \end{matrix}\right) = n\left(\begin{matrix} n - 1 \\ "
     r"k - 1 \end{matrix}\right)$$", [("ok", None)]),
    # a function given by cases: a definition (it was a parse error, then "not checked yet")
    (r"$$f(x) = \begin{cases} \lambda e^{-\lambda x}, & x > 0, \\ 0, & x \leq 0. \end{cases}$$",
     [("unchecked", "definition of f(x)")]),
    # Var(X) = E(X²) - E²(X): the rules of expectation
    (r"$$\text{Var}(X) = E(X^2) - E^2(X)$$", [("ok", None)]),
    # a coloured statement is the statement; a unit in \\mathrm is the unit
    (r"$$\color{red}{0.5 \times 0.5 = 0.25}$$", [("ok", None)]),
    (r"$$\color{red}{0.5 \times 0.5 = 0.52}$$", [("error", None)]),
    (r"$$\textcolor{blue}{P(B) = 0.6}$$", [("unchecked", "a stated value")]),
    (r"$$H = -4 \times 0.25 \log_2 0.25 = 2\ \mathrm{bits}$$",
     [("unchecked", "definition of H"), ("ok", None)]),
    # a size switch before the block
    ("$$\n\\Large\n\\begin{split}\nE(X) &= 2 \\cdot 0.5 \\\\\n&= 1\n\\end{split}\n$$",
     [("unchecked", None), ("ok", None)]),
]


@pytest.mark.parametrize(("text", "expected"), DOCUMENTS)
def test_documents(text, expected):
    assert_verdicts(text, expected)


WORKED_VALUE = r"""The fitted rate is $\hat\lambda = \frac{1}{\bar x}$.

$$\bar x = \frac{2.1 + 0.4 + 1.3 + 3.0 + 0.7}{5} = \frac{7.5}{5} = {}$$

$$\Pr(X > 2) = e^{{-2/\bar x}} = e^{{-4/3}} \approx 0.264$$
"""


# a number worked out for a name used above with no formula: known from here (its first
# value), its arithmetic checked; a formula known for the name keeps the step a claim
@pytest.mark.parametrize(("mean", "verdicts"), [
    ("1.5", ["unchecked", "ok", "ok", "unchecked", "ok", "ok"]),
    ("1.6", ["unchecked", "ok", "error", "unchecked", "ok", "ok"]),   # x̄ is the sum / 5
])
def test_a_value_worked_out_in_a_chain(mean, verdicts):
    text = WORKED_VALUE.replace("{}", mean).replace("{{", "{").replace("}}", "}")
    got = [s.verdict for s in tutor.check_document(text, kind="md").steps]
    assert got[-len(verdicts):] == verdicts, got


def test_a_formula_above_keeps_the_chain_a_claim():
    text = "$z = 0.1$ and $\\hat y = \\sigma(z)$.\n\n$$\\hat y = \\sigma(0.1) = 0.525$$\n"
    steps = tutor.check_document(text, kind="md").steps
    assert [s.verdict for s in steps][-2:] == ["ok", "ok"], [(s.verdict, s.message)
                                                              for s in steps]


# E(X) written as an integral with infinity: no internal error from the moment it names
def test_a_moment_as_an_integral_is_no_internal_error():
    text = ("$$\n\\begin{aligned}\nE(X) &= \\int_0^{+\\infty} x \\lambda e^{-\\lambda x} \\, dx"
            " \\\\\n&= \\frac{1}{\\lambda}\n\\end{aligned}\n$$\n")
    messages = [s.message for s in tutor.check_document(text, kind="md").steps]
    assert not any("internal error" in m for m in messages), messages


# decimal commas (Spanish, Portuguese, German, French notes): read as points beside arithmetic
# or as the value of a call; a list of values, a call's arguments, a set, a script keep commas
DECIMAL_COMMAS = [
    (r"0,4 \times 0,5", "0.4*0.5"),
    (r"-0,8 \log_2 0,8", "-0.8*log(0.8)/log(2)"),
    (r"\frac{0,1}{2}", "0.1/2"),
    (r"f(0,5)", "f(0, 5)"),
    (r"\{0,1\}", "!a set"),
    (r"(0,1)", "!a tuple or interval"),
    (r"1,500", "1500"),                                  # three digits: thousands, as before
    (r"x_{1,2} + 1", "x_1_2c_2 + 1"),
    # a bare bracket around arithmetic holds decimals; a call's arguments after a semicolon too
    (r"-(0,25 \log_2 0,25 + 0,75 \log_2 0,75)",
     "-(0.25*(log(0.25)/log(2)) + 0.75*(log(0.75)/log(2)))"),
    (r"\text{Bin}(10; 0,3)", "Bin(10, 0.3)"),
    (r"f(0,5 + 1)", "f(0, 1 + 5)"),                        # a call's commas stay
]


@pytest.mark.parametrize(("text", "read"), DECIMAL_COMMAS)
def test_decimal_commas(text, read):
    assert_reading(text, read)


@pytest.mark.parametrize(("text", "expected"), [
    # a wrong product was "ok" (read as the pieces 0 | 4·0 | 5 = 0 | 3), a right entropy an error
    (r"$$0,4 \times 0,5 = 0,3$$", [("error", None)]),
    (r"$$0,4 \times 0,5 = 0,2$$", [("ok", None)]),
    (r"$$H = -0,8 \log_2 0,8 - 0,2 \log_2 0,2 \approx 0,72$$",
     [("unchecked", "definition of H"), ("ok", None)]),
    # a law with a semicolon between its parameters: its moments are checked
    (r"Se $X \sim \text{Bin}(10; 0,3)$ então $E[X] = 10 \cdot 0,3 = 3$.",
     [("unchecked", "a declaration"), ("ok", None), ("ok", None)]),
    # a probability stated with a comma is one number (it was P(A) = 0, then 1 - 0,3 an error)
    ("Sea $P(A) = 0,3$.\n\n$$P(A^c) = 1 - 0,3 = 0,7$$\n",
     [("unchecked", "a stated value"), ("ok", None), ("ok", None)]),
])
def test_decimal_comma_documents(text, expected):
    assert_verdicts(text, expected)


# a list of values or two roots, alone, keeps its commas
@pytest.mark.parametrize("text", [r"k = 0,1", r"x = 2,4", r"k=0,1,2"])
def test_lists_keep_their_commas(text):
    assert decimal_commas(text) == text


# a union of events inside P(…) is read by inclusion–exclusion (the whole line was skipped as
# set notation); outside a probability it is still refused
UNIONS = [
    (r"P(A \cup B)", "P(A) + P(B) - P(A, B)"),
    (r"P(A \cup B | C)", "P(A, C)/P(C) + P(B, C)/P(C) - P(A, B, C)/P(C)"),
    (r"P(A \cup B \cup C)", "P(A) + P(B) + P(C) - P(A, B) - P(A, C) - P(B, C) + P(A, B, C)"),
    (r"P(A^c \cup B)", "P(Aᶜ) + P(B) - P(Aᶜ, B)"),
    (r"f(A \cup B)", "!inside P(…) only"),
    (r"P(A | B \cup C)", "!after the bar"),
    (r"A \cup B", "!set or logic notation"),
]


@pytest.mark.parametrize(("text", "read"), UNIONS)
def test_unions_of_events(text, read):
    assert_reading(text, read)


UNION_DOCUMENT = r"""Sean $P(A) = 0.3$, $P(B) = 0.4$ y $P(A \cap B) = 0.12$.

$$P(A \cup B) = P(A) + P(B) - P(A \cap B) = 0.3 + 0.4 - 0.12 = {}$$
"""


@pytest.mark.parametrize(("value", "last"), [("0.58", "ok"), ("0.62", "error")])
def test_a_union_with_stated_values(value, last):
    assert_verdicts(UNION_DOCUMENT.replace("{}", value), [
        ("unchecked", None), ("unchecked", None), ("unchecked", None), ("ok", None),
        ("ok", None), (last, None)])


def test_a_forgotten_intersection_is_caught():
    text = UNION_DOCUMENT.split("$$")[0] + "$$P(A \\cup B) = 0.3 + 0.4 = 0.7$$\n"
    assert [s.verdict for s in tutor.check_document(text, kind="md").steps][-2:] == [
        "error", "ok"]


# textbook letters for laws after \\sim: P(λ) Poisson, E(0.5) exponential; P(Y) of a name stays
# a probability; a law declared again replaces the old one even when it is not read
@pytest.mark.parametrize(("text", "expected"), [
    (r"$X \sim P(\lambda)$, so $E(X) = \lambda$.", [("unchecked", "Poisson"), ("ok", None)]),
    (r"$X \sim E(0.5)$, so $E(X) = 2$.", [("unchecked", "Exp(0.5)"), ("ok", None)]),
    (r"$X \sim E(0.5)$, so $E(X) = 0.5$.", [("unchecked", "Exp(0.5)"), ("error", None)]),
    (r"$Y \sim P(Y)$ and $E(Y) = 4$.", [("unchecked", "P(Y)"), ("unchecked", None)]),
    ("$X \\sim E(0.5)$, $E(X) = 2$.\n\nNext: $X \\sim Ge(0.3)$, $E(X) = \\frac{1}{0.3}$.",
     [("unchecked", None), ("ok", None), ("unchecked", None), ("unchecked", None)]),
])
def test_laws_by_textbook_letters(text, expected):
    assert_verdicts(text, expected)


# a probability stated with an unevaluated C_5^2, then used: no internal error; a law declared
# again forgets the probabilities stated for the old one
def test_a_stated_binomial_probability_is_used_without_internal_error():
    text = ("$$P\\{X=2\\} = C_5^2 (0.2)^2 (0.8)^3 = 0.2048$$\n\n"
            "$$P\\{X=3\\} = 1 - P\\{X=2\\} = 0.7952$$\n")
    messages = [s.message for s in tutor.check_document(text, kind="md").steps]
    assert not any("internal error" in m for m in messages), messages


def test_a_new_law_forgets_the_stated_probabilities():
    text = ("$$P(X=2) = 0.2048$$\n\nNow $X \\sim \\text{Poisson}(3)$.\n\n"
            "$$P(X=2) = \\frac{3^2}{2!} e^{-3} \\approx 0.2240$$\n")
    verdicts = [s.verdict for s in tutor.check_document(text, kind="md").steps]
    assert "error" not in verdicts, verdicts


# \sum_{x,y} is one sum inside another (a parse error before)
@pytest.mark.parametrize(("text", "read"), [
    (r"\sum_{i,j} a_{ij}", "Sum(a[i, j], (j, 1, n_max), (i, 1, n_max))"),
    (r"\sum_{x,y} p(x,y)", "Sum(p(x, y), (y, 1, n_max), (x, 1, n_max))"),
])
def test_a_sum_over_two_indices(text, read):
    assert_reading(text, read)


# summing the joint over y gives the marginal: p(x, y) and p(x) inside sums are not two
# independent events' probabilities, so no witness (it was an error with p(x, y) ≤ p(x))
@pytest.mark.parametrize(("a", "b"), [
    (r"\sum_x \sum_y p(x,y) \log p(x)", r"\sum_x p(x) \log p(x)"),
    (r"\sum_{x,y} p(x,y) \log p(x)", r"\sum_x p(x) \log p(x)"),
])
def test_marginal_of_a_joint_is_no_error(a, b):
    assert tutor.compare(a, b).status == "unknown"


def test_a_sum_of_one_law_keeps_its_witness():
    wrong = tutor.compare(r"\sum_x p(x) \log p(x)", r"\sum_x p(x) \log(1/p(x))")
    assert wrong.status == "not_equal"


# P(X = k) at a symbolic k of a declared binomial or Poisson law is its mass formula, so the
# formula written for it is checked (it was "P is not defined here"); the geometric (trials or
# failures?) is not given
@pytest.mark.parametrize(("text", "last"), [
    (r"Let $X \sim \text{Bin}(n, p)$: $P(X=k) = \binom{n}{k} p^k (1-p)^{n-k}$.", "ok"),
    (r"Let $X \sim \text{Bin}(n, p)$: $P(X=k) = \binom{n}{k} p^k (1-p)^{k}$.", "error"),
    (r"Let $X \sim B(n, p)$: $P\{X=k\} = C_n^k p^k (1-p)^{n-k}$.", "ok"),
    (r"Let $Y \sim P(\lambda)$: $P(Y = k) = \frac{\lambda^k}{k!} e^{-\lambda}$.", "ok"),
    (r"Let $Y \sim P(\lambda)$: $P(Y = k) = \lambda^k e^{-\lambda}$.", "error"),
    (r"Let $Z \sim \text{Geom}(p)$: $P(Z = k) = (1-p)^k p$.", "unchecked"),
])
def test_a_mass_formula_of_a_declared_law(text, last):
    assert [s.verdict for s in tutor.check_document(text, kind="md").steps][-1] == last

"""Habits met in real public notes read in the ninth round (measured only, never copied): a
named law's mass or density written as a function of its value (`\\mathrm{Poiss}(y_i;
\\lambda) = …`), LaTeX lines in a plain step file."""

from __future__ import annotations

import pytest

from tests.document_steps import assert_verdicts
from tutor.batch import check_document


# a law's mass or density at a value is a claim about a known formula, not a new definition
@pytest.mark.parametrize(("text", "verdict"), [
    (r"$$\mathrm{Pois}(k; \lambda) = \frac{\lambda^k e^{-\lambda}}{k!}$$", "ok"),
    (r"$$\mathrm{Poiss}(y_i; \lambda) = \frac{\lambda^{y_i} \cdot \exp(-\lambda)}{y_i !}$$", "ok"),
    (r"$$\mathrm{Poisson}(k \mid \lambda) = \frac{\lambda^k e^{\lambda}}{k!}$$", "error"),
    (r"$$\mathrm{Bin}(k; n, p) = \binom{n}{k} p^k (1-p)^{n-k}$$", "ok"),
    (r"$$\text{Binomial}(k; n, p) = \binom{n}{k} p^{n-k} (1-p)^{k}$$", "error"),
    (r"$$\mathcal{N}(x; \mu, \sigma^2) = \frac{1}{\sqrt{2\pi\sigma^2}}"
     r" e^{-\frac{(x-\mu)^2}{2\sigma^2}}$$", "ok"),
    (r"$$\mathcal{N}(x \mid 0, 1) = \frac{1}{\sqrt{2\pi}} e^{-x^2/2}$$", "ok"),
    (r"$$\mathcal{N}(x \mid 0, 1) = \frac{1}{2\pi} e^{-x^2/2}$$", "error"),
])
def test_a_law_written_as_a_function_of_its_value(text, verdict):
    assert_verdicts(text, [(verdict, None)])


# laws whose parameters are written in more than one way stay definitions (never an error)
@pytest.mark.parametrize("text", [
    r"$$\mathcal{N}(x; \mu, \sigma) = \frac{1}{\sigma\sqrt{2\pi}} e^{-\frac{(x-\mu)^2}{2\sigma^2}}$$",
    r"$$\mathrm{Bern}(x; p) = p x + (1-p)(1-x)$$",
    r"$$\mathrm{Exp}(x; \beta) = \frac{1}{\beta} e^{-x/\beta}$$",
    r"$$B(k; n, p) = n + k + p$$",
])
def test_a_law_with_more_than_one_convention_is_not_judged(text):
    assert_verdicts(text, [("unchecked", "definition")])


# a law used inside a chain: the mass written after p(y|λ) is checked against the law
def test_a_law_used_after_a_conditional_mass():
    text = (r"$$p(y_i|\lambda) = \mathrm{Poiss}(y_i; \lambda) = "
            r"\frac{\lambda^{y_i} e^{-\lambda}}{y_i !}$$")
    assert [s.verdict for s in check_document(text, kind="md").steps] == ["unchecked", "ok"]


# a plain step file (a line each) whose lines are written in LaTeX reads them as LaTeX and
# still chains them line to line
@pytest.mark.parametrize(("second", "verdict"), [("= x^{-1}", "ok"), ("= x^{-2}", "error"),
                                                 ("\\frac{1}{x} = x^{-1}", "ok")])
def test_latex_lines_in_a_plain_step_file(tmp_path, second, verdict):
    path = tmp_path / "steps.txt"
    path.write_text("f(x) = \\frac{1}{x}\n" + second + "\n", encoding="utf-8")
    steps = check_document(str(path)).steps
    assert [s.verdict for s in steps][-1] == verdict
    assert all(s.verdict != "parse_error" for s in steps)

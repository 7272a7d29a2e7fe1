"""Habits of the forty-fifth round: a law named by a density letter (`p = N(μ_1, σ_1^2)`, then
`\\log p(x) = …`), the σ of a named normal law taken as positive."""

from __future__ import annotations

import pytest

from tutor.batch import check_document


def _steps(text: str, kind: str = "md") -> list[tuple[int, str, str]]:
    return [(s.line, s.verdict, s.message) for s in check_document(text, kind=kind).steps]


def _verdicts_on(text: str, line: int, kind: str = "md") -> list[str]:
    return [verdict for n, verdict, _ in _steps(text, kind) if n == line]


# Notes on the KL divergence of two Gaussians name the laws p and q, then write p(x) for the
# density: `\log p(x) = …` was "the definition of ln(p(x))", and a line with q(x) was "q is not
# defined here". The σ of N(μ, σ²) is a deviation: `-\log σ_1 = -\frac12 \log σ_1^2`.
GAUSSIANS = "\n".join([
    "Let $p = \\mathcal{N}(\\mu_1, \\sigma_1^2)$ and $q = \\mathcal{N}(\\mu_2, \\sigma_2^2)$.",
    "",
    "$$\\log p(x) = @first$$",
    "",
    "$$\\log \\frac{p(x)}{q(x)} = \\log\\frac{\\sigma_2}{\\sigma_1} @second"
    "\\frac{(x-\\mu_1)^2}{2\\sigma_1^2} + \\frac{(x-\\mu_2)^2}{2\\sigma_2^2}$$",
    "",
    "$$-\\log\\sigma_1 + \\frac{\\sigma_1^2}{2} = @third$$", ""])
RIGHT = {"first": "-\\frac{1}{2}\\log(2\\pi\\sigma_1^2) - \\frac{(x-\\mu_1)^2}{2\\sigma_1^2}",
         "second": "-", "third": "-\\frac{1}{2}\\log\\sigma_1^2 + \\frac{\\sigma_1^2}{2}"}
SLIPS = {"first": "-\\frac{1}{2}\\log(\\pi\\sigma_1^2) - \\frac{(x-\\mu_1)^2}{2\\sigma_1^2}",
         "second": "+", "third": "-\\log\\sigma_1^2 + \\frac{\\sigma_1^2}{2}"}


def _filled(parts: dict) -> str:
    text = GAUSSIANS
    for name, value in parts.items():
        text = text.replace(f"@{name}", value)
    return text


@pytest.mark.parametrize(("line", "part"), [(3, "first"), (5, "second"), (7, "third")])
def test_a_density_named_by_its_law(line, part):
    assert _verdicts_on(_filled(RIGHT), line)[-1] == "ok"
    slipped = _filled({**RIGHT, part: SLIPS[part]})
    assert _verdicts_on(slipped, line)[-1] == "error"


def test_a_law_named_with_an_unsquared_sigma_names_no_density():
    text = "$p = \\mathcal{N}(\\mu, \\sigma)$\n\n$$\\log p(x) = -\\log\\sigma$$\n"
    assert "ok" not in [v for _, v, _ in _steps(text)]

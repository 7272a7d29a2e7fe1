"""Tables of derivatives and antiderivatives in Markdown notes: each row is one claim, checked
where it stands; tables of values and data are not read as such."""

from __future__ import annotations

import pytest

from tutor.batch import check_document


def row_verdicts(header: str, rows: list[str]) -> list[tuple[int, str]]:
    width = header.count("|") - 1
    text = "# Table\n\n" + "\n".join([header, "|" + "---|" * width, *rows]) + "\n"
    return [(s.line, s.verdict) for s in check_document(text, kind="md").steps]


@pytest.mark.parametrize(("header", "row", "verdict"), [
    (r"| $f(x)$ | $f'(x)$ |", r"| $x^n$ | $n x^{n-1}$ |", "ok"),
    (r"| $f(x)$ | $f'(x)$ |", r"| $\cos x$ | $-\sin x$ |", "ok"),
    (r"| $f(x)$ | $f'(x)$ |", r"| $\cos x$ | $\sin x$ |", "error"),
    (r"| $f(x)$ | $f'(x)$ |", r"| $\sigma(x)$ | $\sigma(x)(1-\sigma(x))$ |", "ok"),
    (r"| $f(x)$ | $f'(x)$ |", r"| $\log_2 x$ | $\frac{1}{x}$ |", "warning"),
    ("| Function | Derivative |", r"| $\sqrt{x}$ | $\frac{1}{2\sqrt{x}}$ |", "ok"),
    ("| Function | Derivative | Rule |", r"| $\tan x$ | $\sec^2 x$ | quotient |", "ok"),
    ("| Funktion | Ableitung |", r"| $\sqrt{x}$ | $\frac{1}{\sqrt{x}}$ |", "error"),
    ("| **Función** | **Derivada** |", r"| $a^x$ | $a^x \ln a$ |", "ok"),
    (r"| $y$ | $\frac{dy}{dx}$ |", r"| $\arctan x$ | $\frac{1}{1+x^2}$ |", "ok"),
    (r"| $f(t)$ | $f'(t)$ |", r"| $e^{-t}$ | $e^{-t}$ |", "error"),
    # a word, a comma, then the formula (Russian wiki notes)
    (r"| Функция, $f(x)$ | Производная, $f'(x)$ |", r"| $\sin{x}$ | $\cos{x}$ |", "ok"),
    (r"| Функция, $f(x)$ | Производная, $f'(x)$ |", r"| $a^x$ | $a^x\ln{x}$ |", "error"),
    # habits met in public cheat sheets: a chain in the cell, no closing bar, F(x) with its
    # derivative's definition in the title, words and math in a title, plain math, \( \)
    (r"| $f(x)$ | $f'(x)$ |", r"| $\tan(x)$ | $\frac{1}{\cos^2(x)} = 1 + \tan^2(x)$ |", "ok"),
    (r"| $f(x)$ | $f'(x)$ |", r"| $\log_a(x)$ | $\frac{1}{x\log(a)}$", "ok"),
    (r"| $F(x)$ | $F'(x) = \frac{dF}{dx}$ |", r"| $ e^{ax}$| $a e^{ax}$ |", "ok"),
    (r"| $F(x)$ | $F'(x) = \frac{dF}{dx}$ |", r"| $a x^n$ | $a n x^{x-1}$ |", "error"),
    ("| Fonction f(x) | Dérivée f'(x) |", "| x^n | n * x^(n - 1) |", "ok"),
    ("| Fonction f(x) | Dérivée f'(x) |", "| cos(x) | sin(x) |", "error"),
    (r"| Fonction \(f(x)\) | Dérivée \(f'(x)\) |", r"| \(\ln x\) | \(\frac{1}{x}\) |", "ok"),
    # antiderivatives, the constant written or not
    ("| Function | Antiderivative |", r"| $\frac{1}{x}$ | $\ln\lvert x\rvert$ |", "ok"),
    ("| Function | Antiderivative |", r"| $e^{2x}$ | $e^{2x}$ |", "error"),
    (r"| $f(x)$ | $\int f(x)\,dx$ |", r"| $\sin x$ | $-\cos x + C$ |", "ok"),
    (r"| $f(x)$ | $\int f(x)\,dx$ |", r"| $x e^{x}$ | $x e^{x} + C$ |", "error"),
])
def test_a_row_of_a_table_is_one_claim(header, row, verdict):
    got = row_verdicts(header, [row])
    assert got and set(got) == {(5, verdict)}, got


@pytest.mark.parametrize(("header", "rows"), [
    (r"| $y$ | $y'$ |", [r"| $3$ | $0.5$ |", r"| $4$ | $0.7$ |"]),   # data, not functions
    (r"| $x$ | $f(x)$ |", [r"| $1$ | $2$ |", r"| $2$ | $5$ |"]),      # values of a function
    ("| Function | Notes |", [r"| $x^2$ | $2x$ |"]),                     # no derivative column
    (r"| $f(x)$ | $f'(x)$ |", [r"| $x^2$, for $x > 0$ | $2x$ |"]),      # words in the cell
    (r"| $F(x)$ | $F'(x)$ |", [r"| $k$, a constant | $0$ |"]),
    ("| Function | Derivative |", ["| the square | twice the value |"]),    # words, not math
    ("| Description | Derivative | Result |", [r"| Sum | $(x+y)'$ | $x' + y'$ |"]),
])
def test_tables_that_claim_nothing(header, rows):
    assert row_verdicts(header, rows) == []


def test_rows_are_separate_claims():
    rows = [r"| $x^2$ | $2x$ |", r"| $x^3$ | $2x$ |", r"| $x^4$ | $4x^3$ |"]
    assert row_verdicts(r"| $f(x)$ | $f'(x)$ |", rows) == [(5, "ok"), (6, "error"), (7, "ok")]


def test_a_table_in_a_code_fence_is_code():
    text = "```\n| $f(x)$ | $f'(x)$ |\n|---|---|\n| $x^2$ | $3x$ |\n```\n"
    assert check_document(text, kind="md").steps == []

"""`\\mathbb{E}X`, `\\mathcal{E}X^2`, `\\mathcal{D}^2X`, `\\mathsf{E}\\xi`, `\\mathsf{D}\\xi`: a
moment of one random variable written without brackets (Polish and Russian notes, probability
texts), read as E[X], E[X^2], Var(X)."""

from __future__ import annotations

import re

# one capital letter, maybe indexed (X, X_1, X_{i}), nothing of a name or a call after it
# (or ξ, η, ζ, as Russian notes name random variables)
_VARIABLE = r"(?P<var>(?:[A-Z]|\\(?:xi|eta|zeta)(?![a-zA-Z]))(?:_\{?[a-z0-9]\}?)?)"
_AFTER = r"(?![A-Za-z0-9_({\[^'])"
_BARE_MEAN = re.compile(r"\\(?:mathbb|mathcal|mathrm|mathsf|mathbf|operatorname)\s*\{\s*E\s*\}\s*"
                        + _VARIABLE
                        + r"(?P<power>\^\s*(?:\{\s*\d\s*\}|\d))?" + _AFTER)
# the Polish \mathcal{D}^2; the Russian \mathsf{D}, \mathbb{D}, \mathbf{D} (дисперсия)
_VARIANCE_MARK = (r"(?:\\mathcal\s*\{\s*D\s*\}\s*\^\s*(?:\{\s*2\s*\}|2)"
                  r"|\\(?:mathsf|mathbb|mathbf)\s*\{\s*D\s*\})")
_BARE_VARIANCE = re.compile(_VARIANCE_MARK + r"\s*" + _VARIABLE + _AFTER)
_VARIANCE_CALL = re.compile(_VARIANCE_MARK + r"(?=\s*\()")  # \mathcal{D}^2(3X - 1)


# `\text{Var}[X]`, `\text{E}[X]`, `\mathbb{V}[X]`: an operator in upright text before a square
# bracket (the round one is read already): the name alone, where it stood
_TEXT_OPERATOR = re.compile(r"\\(?:text(?:rm|sf)?\s*\{\s*(Var|E|Cov|Corr)|mathbb\s*\{\s*(V))\s*\}"
                            r"(?=\s*\[)")


def bare_moments(text: str) -> str:
    """`text` with each moment written without brackets in brackets, the same length: `\\mathbb
    {E}X^2` as `E[X^2]`, `\\mathcal{D}^2X` (the Polish variance) as `\\text{Var}(X)`."""
    if "[" in text:
        text = _TEXT_OPERATOR.sub(lambda m: ("Var" if m.group(2) else m.group(1)).rjust(
            len(m.group())), text)
    if "E" in text:
        text = _BARE_MEAN.sub(lambda m: _spread("E[", m.group("var") + (
            m.group("power") or "").replace(" ", ""), "]", len(m.group())), text)
    if "D" in text:
        text = _BARE_VARIANCE.sub(lambda m: _variance_call(m.group('var'), len(m.group())), text)
        text = _VARIANCE_CALL.sub(lambda m: "\\text{Var}".ljust(len(m.group())), text)
    return text


def _variance_call(variable: str, width: int) -> str:
    """Var of `variable`, spelled to fit `width` characters (`\\text{Var}(X)`, else `Var(\\xi)`)."""
    head = "\\text{Var}(" if len(variable) + 12 <= width else "Var("
    return _spread(head, variable, ")", width)


def _spread(head: str, inside: str, close: str, width: int) -> str:
    """`head`, `inside` and `close` over `width` characters, the padding before `inside`: the
    call spans the whole of what was written (its source shown whole)."""
    return head + inside.rjust(width - len(head) - len(close)) + close


# the law under an expectation, braced or with upright letters (the Deep Learning book's
# `\\mathbb{E}_{x\\sim{P(\\text{x})}}`, `\\mathbb{E}_{\\mathrm{x}\\sim P}`)
_DRAWN_LAW = re.compile(r"(_\s*\{[^{}]*?\\sim\s*)\{((?:[^{}]|\{[^{}]*\})*)\}")
_UPRIGHT_LETTER = re.compile(r"\\(?:text|mathrm|textrm)\s*\{\s*([a-zA-Z])\s*\}")


def drawn_laws_unbraced(text: str) -> str:
    """`_{x\\sim{P(\\text{x})}}` as `_{x\\sim P(x)}`, upright letters plain where a law is
    drawn from (the same number of characters)."""
    if "\\sim" not in text:
        return text
    text = _DRAWN_LAW.sub(lambda m: m.group(1) + " " + m.group(2) + " ", text)
    return _UPRIGHT_LETTER.sub(lambda m: m.group(1).rjust(len(m.group())), text)

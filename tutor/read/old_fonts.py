"""Plain TeX's font switches inside a group (`{\\bf w}`, `{\\rm d}`) read as LaTeX's, in place;
`\\mathop{\\text{Values}}`, TeX's operator class around a name, read as the name."""

from __future__ import annotations

import re

from tutor.read.outer_braces import matching_close

# `{\bf w}`: bold, \bm{w} (the same length); `{\rm d}`, `{\it x}`: the letters themselves
_OLD_FONT = re.compile(r"\{(\s*)\\(bf|rm|it)(?![a-zA-Z])")


# `\mathbb{\theta}`: a Greek letter in blackboard bold (no such font), meant as the bold vector
_BLACKBOARD_GREEK = re.compile(r"\\mathbb(?=\s*\{\s*\\(?:alpha|beta|gamma|delta|epsilon|varepsilon"
                               r"|zeta|eta|theta|vartheta|iota|kappa|lambda|mu|nu|xi|pi|rho|sigma"
                               r"|tau|upsilon|phi|varphi|chi|psi|omega)\s*\})")
# `\mathop{\text{Values}}(A)`, `\mathop{\mathrm{Bit}}`: the class of an operator, no mark
_MATHOP = re.compile(r"\\mathop\s*\{")


def old_fonts_read(text: str) -> str:
    """`text` with `{\\bf …}` as `\\bm{…}` and `{\\rm …}`, `{\\it …}` as plain groups;
    `\\mathop{…}` as what it holds."""
    if "{" not in text:
        return text
    if "\\mathop" in text:
        text = _operator_classes_blanked(text)
    if "\\mathbb" in text:
        text = _BLACKBOARD_GREEK.sub("\\\\bm    ", text)
    return _OLD_FONT.sub(_read, text)


def _operator_classes_blanked(text: str) -> str:
    """Each `\\mathop{` and the brace closing it made spaces (a group never closed: kept)."""
    chars = list(text)
    for m in _MATHOP.finditer(text):
        close = matching_close(text, m.end() - 1)
        if close is not None:
            chars[m.start():m.end()] = " " * (m.end() - m.start())
            chars[close] = " "
    return "".join(chars)


def _read(m: re.Match) -> str:
    return ("\\bm{" if m.group(2) == "bf" else "{   ") + m.group(1)

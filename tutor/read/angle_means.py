"""Angle brackets: `\\langle x^2 \\rangle`, the physicist's and statistician's mean, read as
E[x^2], and `∇q = ⟨2x, 6y⟩` a gradient's entries, each character where it stood; ⟨u, v⟩ (a
comma) and ⟨ψ|φ⟩ (a bar) elsewhere stay inner products (not read)."""

from __future__ import annotations

import re

# \langle … \rangle (or \left\langle … \right\rangle) around one expression: no comma (but in a
# call's brackets: N(x; μ, σ²)), no bar,
# no other angle bracket inside; something other than \cdot (⟨·⟩ names the operator, in prose)
_BRACKETED = r"\((?:[^()]|\([^()]*\))*\)"  # a bracket two deep: commas of a call inside
# what is drawn, below the closing bracket: ⟨…⟩_{p(x)} (x drawn from the law p), ⟨…⟩_x
_DRAWN = (r"(?P<drawn>\s*_\s*(?:\{\s*(?P<law>[a-zA-Z])\s*\(\s*(?P<of>[a-zA-Z])\s*\)\s*\}"
          r"|\{\s*(?P<braced>[a-zA-Z])\s*\}|(?P<bare>[a-zA-Z])))?")
_MEAN = re.compile(r"((?:\\left\s*)?\\langle(?![a-zA-Z])|\\left\s*<)((?:" + _BRACKETED
                   + r"|(?!\\[lr]angle)[^,|()])*?)"
                   r"((?:\\right\s*)?\\rangle(?![a-zA-Z])|\\right\s*>)"  # \left< X \right> too
                   + _DRAWN)


def angle_means(text: str) -> str:
    """`text` with each ⟨…⟩ of one expression as E[…] (the same number of characters); with
    what is drawn below it (`⟨…⟩_{p(x)}`), E_{x∼p}[…] where the opening bracket leaves room."""
    if "\\langle" not in text and "\\left" not in text:
        return text
    return _MEAN.sub(_as_mean, text)


def _as_mean(m: re.Match) -> str:
    inside = m.group(2)
    if not inside.strip() or inside.strip() in ("\\cdot", "\\bullet", "\\cdot\\", "."):
        return m.group()
    opening, closing = m.start(2) - m.start(), m.end(3) - m.end(2)
    head, below = "E[", len(m.group("drawn") or "")
    if m.group("drawn"):
        law, variable = m.group("law"), m.group("of") or m.group("braced") or m.group("bare")
        said = f"E_{{{variable}\\sim {law}}}[" if law else f"E_{{{variable}}}["
        head = said if len(said) <= opening else head
    return head + " " * (opening - len(head)) + inside + " " * (closing - 1) + "]" + " " * below


_ANGLE_VECTOR = re.compile(r"((?:\\nabla|∇)[^=;]*=\s*)(\\langle|⟨)"
                           r"([^⟨⟩\\]*(?:\\(?!rangle)[^⟨⟩\\]*)*)(\\rangle|⟩)")


def angle_vector(text: str) -> str:
    """`\\nabla q = \\langle 2x, 6y \\rangle`: angle brackets right after a gradient and = hold
    its entries (a vector, as in calculus courses), read as a tuple; elsewhere ⟨u, v⟩ is an
    inner product (not read)."""
    def bracket(m: re.Match) -> str:
        return m.group(1) + "(" + " " * (len(m.group(2)) - 1) + m.group(3) + \
            " " * (len(m.group(4)) - 1) + ")"
    return _ANGLE_VECTOR.sub(bracket, text)

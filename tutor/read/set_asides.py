"""`(x^n)' = nx^{n-1} \\qquad n \\in \\mathbb{N}`: a name's number set said beside a claim, at
the start or the end of its math, read as an assumption on the claim (never a claim)."""

from __future__ import annotations

import re

# the number sets and what a name in them is: ℕ the whole numbers from 1, ℕ₀ from 0
_SETS = {"N": ("natural",), "Z": ("integer",), "R": ("real",), "N0": ("integer", "nonnegative"),
         "R+": ("positive",), "Z+": ("natural",), "N+": ("natural",)}
_SET = (r"(?:\\mathbb\s*\{\s*(?P<tex>[NZR])\s*\}|\\(?P<short>[NZR])(?![a-zA-Z])|(?P<uni>[ℕℤℝ]))"
        r"(?P<sign>\s*(?:\^\s*\{?\s*[+*]\s*\}?|_\s*\{?\s*(?:[+*]|>\s*0|0)\s*\}?|₀|⁺|\^\s*\*))?")
_NAMES = r"(?P<names>[A-Za-z](?:_\{?\w\}?)?(?:\s*,\s*[A-Za-z](?:_\{?\w\}?)?){0,3})"
_IN = r"\s*(?:\\in(?![a-zA-Z])|∈)\s*"
_APART = r"(?:\s*(?:,|;|:|\\q?quad(?![a-zA-Z])|\\[,;:]|~|\\text\s*\{[^{}]*\}))+\s*"
_AT_END = re.compile(r"(?<!\s)" + _APART + _NAMES + _IN + _SET + r"[\s.,;]*$")  # a run once
_AT_START = re.compile(r"^\s*(?:\\forall\s*|∀\s*)?" + _NAMES + _IN + _SET + _APART)
_INTERVAL_AT_END = re.compile(r"(?<!\s)\s*(?:\\in(?![a-zA-Z])|∈)\s*(?:\\left\s*)?[(\[][^()\[\]$=]*,"
                              r"[^()\[\]$=]*(?:\\right\s*)?[)\]][\s.,;]*$")
_RELATION = re.compile(r"[=<>≤≥≈≠]|\\(?:le|ge|leq|geq|neq|approx)(?![a-zA-Z])")
_SUBSCRIPT = re.compile(r"_\{?(\w)\}?")


def set_asides(text: str) -> tuple[str, tuple[tuple[str, str], ...]]:
    """`text` with a number-set membership at its start or end blanked when the rest holds a
    relation, and the assumptions it gives: ((name, word), …), as `n integer` would."""
    said: list[tuple[str, str]] = []
    for pattern in (_AT_END, _AT_START):
        m = pattern.search(text)
        if m is None:
            continue
        rest = text[:m.start()] + text[m.end():]
        if not _RELATION.search(rest):
            continue
        words = _SETS.get(_set_name(m))
        if words is None:
            continue
        for name in re.split(r"\s*,\s*", m.group("names").strip()):
            said += [(_SUBSCRIPT.sub(r"_\1", name), word) for word in words]
        text = text[:m.start()] + " " * (m.end() - m.start()) + text[m.end():]
    m = _INTERVAL_AT_END.search(text) if "\\in" in text or "∈" in text else None
    if m is not None and "=" in text[:m.start()]:  # σ(a) = 1/(1 + e^{-a}) ∈ (0, 1): the range
        text = text[:m.start()] + " " * (m.end() - m.start()) + text[m.end():]  # said aside
    return text, tuple(said)


def _set_name(m: re.Match) -> str:
    letter = m.group("tex") or m.group("short") or "NZR"["ℕℤℝ".index(m.group("uni"))]
    sign = re.sub(r"[\s{}^_]", "", m.group("sign") or "")
    if not sign:
        return letter
    if sign in ("0", "₀"):
        return letter + "0"
    return letter + "+" if sign in ("+", "*", ">0", "⁺") else letter + "?"

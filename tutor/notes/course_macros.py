"""Macros a course's preamble defines and its homework notes use without defining them (the
preamble stays in the course's template): `\\lb … \\rb` for a pair of brackets, `\\To` for an
implication, `\\les` for ≤. Read with those meanings when the note does not define them; a
note's own definition always wins."""

from __future__ import annotations

# name -> (arguments, body, defaults of the first ones), as tutor.notes.macros keeps a note's own
COURSE_MACROS: dict[str, tuple] = {
    "lb": (0, "\\left("), "rb": (0, "\\right)"),  # \lb \frac{2\pi t}{365} \rb
    "To": (0, "\\Rightarrow"),                    # D'(59) ≈ 0.048 \To D'(59) ≈ 2.88
    "les": (0, "\\le"), "ges": (0, "\\ge"),       # 0 \les t \les 365
    "dlim": (0, "\\displaystyle\\lim"),           # \dlim_{x\to \infty}
    "deriv": (2, "\\dfrac{d #1}{d #2}", "", "x"),  # \deriv[y] dy/dx, \deriv d/dx, [y][t]
}


def course_macros_used(text: str) -> dict[str, tuple]:
    """The course macros `text` writes (`\\lb` but not `\\lbrace`)."""
    return {name: macro for name, macro in COURSE_MACROS.items() if f"\\{name}" in text and any(
        not text[at + len(name) + 1:at + len(name) + 2].isalpha()
        for at in _positions(text, f"\\{name}"))}


def _positions(text: str, needle: str) -> list[int]:
    """Where `needle` stands in `text`."""
    found, at = [], text.find(needle)
    while at >= 0:
        found.append(at)
        at = text.find(needle, at + 1)
    return found

"""Constants a section uses as names: `\\pi = 0.1`, a proportion called π (as many statistics
texts write the chance of a success), makes π a parameter of that section, not 3.14159."""

from __future__ import annotations

import re

# `\pi = 0.1`, `π = 0.25`: a bare π (no subscript) set to a number between 0 and 1
_PI_PROPORTION = re.compile(r"(?:\\pi(?![a-zA-Z])|π)\s*=\s*(0?\.\d+|0|1(?:\.0+)?)(?![\d.])")
# π as the circle constant: 2π, π r, √(2π), an angle of a sine: the section keeps the constant
_PI_CONSTANT = re.compile(r"\d\s*(?:\\pi(?![a-zA-Z])|π)|(?:\\pi(?![a-zA-Z])|π)\s*\d"
                          r"|\\sqrt\s*\{[^{}]*(?:\\pi(?![a-zA-Z])|π)|\\(?:sin|cos|tan)\b"
                          r"|(?:\\pi(?![a-zA-Z])|π)\s*(?:r\b|\\theta|/\s*\d)")


def pi_parameter_sections(lines: list) -> frozenset[int]:
    """The sections (a Line's `section`) that set a bare π to a proportion and never use it as
    the circle constant: their lines read π as a name."""
    named, constant = set(), set()
    for ln in lines:
        if _PI_PROPORTION.search(ln.text):
            named.add(ln.section)
        if _PI_CONSTANT.search(ln.text):
            constant.add(ln.section)
    return frozenset(named - constant)

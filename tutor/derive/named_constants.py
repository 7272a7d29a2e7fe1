"""Constants a section uses as names: `\\pi = 0.1`, a proportion called π (as many statistics
texts write the chance of a success), makes π a parameter of that section, not 3.14159;
`e = y - \\hat{y}`, a residual called e, makes e a name there, not Euler's number (when the
section also writes e^{-0.5}, such a power, but for a whole exponent, is Euler's)."""

from __future__ import annotations

import re

_PI = r"(?:\\pi(?![a-zA-Z])|π)"
# `\pi = 0.1`, `π = 0.25`: a bare π (no subscript) set to a number between 0 and 1
_PI_PROPORTION = re.compile(_PI + r"\s*=\s*(0?\.\d+|0|1(?:\.0+)?)(?![\d.])")
# π as the circle constant: 2π, π r, √(2π), an angle of a sine: the section keeps the constant
_PI_CONSTANT = re.compile(rf"\d\s*{_PI}|{_PI}\s*\d|\\sqrt\s*\{{[^{{}}]*{_PI}|\\(?:sin|cos|tan)\b"
                          rf"|{_PI}\s*(?:r\b|\\theta|/\s*\d)")
# `e = y - \hat{y}`: a bare e given a value that is not 2.718…
_E_NAMED = re.compile(r"(?<![\\\w])e\s*=(?!=)\s*(?!2\.71)(?=[^\s=])")
# e as Euler's number: e^{-z}, e^x, e^{0.5}, e^{-1}, \approx 2.718
_E_CONSTANT = re.compile(r"(?<![\\\w])e\s*\^\s*\{?\s*(?:[-\\a-zA-Z(]|\d*\.)|2\.718")


# the mark of a section where e is a name and its powers but whole ones are Euler's (tutor.read)
EULER_POWERS = "e^"

# what stands before a name given a value, not before an argument (`\ln e = 1`, `2e = …`)
_BEFORE_AN_ARGUMENT = re.compile(r"(?:\\[a-zA-Z]+|[-+*/^(\w.])\s*$")


def _names_it(text: str, start: int) -> bool:
    """Whether the match at `start` names the constant: it opens a statement (`e = y - ŷ`,
    `where π = 0.1`), never the argument of a function or a factor (`\\ln e = 1`)."""
    before = text[:start]
    return not _BEFORE_AN_ARGUMENT.search(before) or before.rstrip().endswith(
        ("\\quad", "\\qquad", "\\text{where}", "\\,", "\\;"))


def named_constant_sections(lines: list) -> dict[int, frozenset[str]]:
    """{section (a Line's `section`): the constants its lines read as names}: π set to a
    proportion, e given a value, in a section that never uses them as the constants."""
    named: dict[str, set] = {"pi": set(), "e": set()}
    constant: dict[str, set] = {"pi": set(), "e": set()}
    for ln in lines:
        for name, said, used in (("pi", _PI_PROPORTION, _PI_CONSTANT),
                                 ("e", _E_NAMED, _E_CONSTANT)):
            if any(_names_it(ln.text, m.start()) for m in said.finditer(ln.text)):
                named[name].add(ln.section)
            if used.search(ln.text):
                constant[name].add(ln.section)
    sections: dict[int, set] = {}
    for name in named:
        for section in named[name] - constant[name]:
            sections.setdefault(section, set()).add(name)
    for section in named["e"] & constant["e"]:  # e = ŷ - y beside 1/(1 + e^{-0.5}): the name
        sections.setdefault(section, set()).update(("e", EULER_POWERS))  # e, Euler's e^{-0.5}
    return {section: frozenset(names) for section, names in sections.items()}

"""A repeating decimal (`0.13\\overline{8}`, `0,\\overline{3}`) read as the fraction it is."""

from __future__ import annotations

import re
from fractions import Fraction

# digits, a point (or a decimal comma), digits that do not repeat, then the block that does
# under a bar (`\overline{8}`, `\bar{3}`, `\overline 6`); never after a letter or a subscript
_REPEATING = re.compile(r"(?<![\w\\.,{}^_])(\d*)(?:\.|,|\{,\})(\d*)"
                        r"\\(?:overline|bar)\s*(?:\{\s*(\d{1,12})\s*\}|(\d)(?!\d))")


def repeating_decimals(text: str) -> str:
    """Each repeating decimal written as `\\frac{p}{q}` (its value, in lowest terms), padded to
    where it stood; one whose fraction is longer than it stays (the parser names the bar)."""
    if "\\overline" not in text and "\\bar" not in text:
        return text
    return _REPEATING.sub(_as_fraction, text)


def repeating_value(whole: str, fixed: str, block: str) -> Fraction:
    """The value of `whole.fixed(block)(block)…`: 0.13(8) is (138 - 13)/900 = 5/36."""
    head = int(whole + fixed or "0")
    return Fraction(int(whole + fixed + block) - head,
                    (10 ** len(block) - 1) * 10 ** len(fixed))


def _as_fraction(m: re.Match) -> str:
    value = repeating_value(m.group(1), m.group(2), m.group(3) or m.group(4))
    if not m.group(1) and not m.group(0).startswith("."):  # `x ,\bar 3`: a list, no decimal
        return m.group(0)
    width = len(m.group(0))
    if value.denominator == 1:
        return str(value.numerator).ljust(width)
    written = f"\\frac{{{value.numerator}}}{{{value.denominator}}}"
    if len(written) > width:
        return m.group(0)
    # the spaces inside the braces: the math keeps its end where the decimal ended
    return f"\\frac{{{value.numerator}{' ' * (width - len(written))}}}{{{value.denominator}}}"

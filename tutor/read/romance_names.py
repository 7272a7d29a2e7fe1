"""Function names as Portuguese, Spanish, Polish, Russian and French notes write them
(`\\text{sen}`, `\\tg`, `\\operatorname{ctg}`, `Arcsin(x)`): sin, tan, cot, arcsin."""

from __future__ import annotations

import re

_NAMES = {"sen": "sin", "senh": "sinh", "arcsen": "arcsin", "tg": "tan", "arctg": "arctan",
          "cotg": "cot", "ctg": "cot"}
_ALTERNATIVES = "|".join(sorted(_NAMES, key=len, reverse=True))
# `\text{sen}`, `\mathrm{sen}`, `\operatorname{tg}` (a name in upright letters), `\sen` (the
# macro such notes define): never the bare letters s·e·n, which may be a product
_UPRIGHT_NAME = re.compile(r"\\(?:text|textrm|mathrm|operatorname)\s*\{\s*(" + _ALTERNATIVES
                           + r")\s*\}|\\(" + _ALTERNATIVES + r")(?![a-zA-Z])")

# `sen(x)`, `sen^2(x)`, `arcsen(x)`, `arctg'(x)`: the name typed bare, touching its bracket (a
# prime or a power between): no product s·e·n(x) is written so; never `tg(x)`, which may be
# t·g(x) with g a function
# what follows a name typed bare before its bracket: a prime, a power, then the bracket (each
# run of spaces has one place to go: linear, where `\s*['′]?\s*` would try every split)
_CALLED_AFTER = r"\s*(?:['′]\s*)?(?:\^\s*(?:\{[^{}]*\}|\d)\s*)?(?:\(|\\left\s*\()"
_BARE_CALLED = re.compile(r"(?<![A-Za-z\\])(senh|sen|arcsen|arctg|cotg|ctg)(?=" + _CALLED_AFTER
                          + ")")


def romance_function_names(text: str) -> str:
    """`text` with `\\text{sen}` as `\\sin` (padded: every other character where it stood)."""
    if "sen" not in text and "tg" not in text:
        return text
    return _UPRIGHT_NAME.sub(lambda m: f"\\{_NAMES[m.group(1) or m.group(2)]}".ljust(
        len(m.group())), text)


# French: `Arcsin(x)`, `Arctan'(x)` capitalised (ch, sh, th for cosh, sinh, tanh: not read,
# two letters cannot stand for four in place, and ch(x) may be c·h(x))
_FRENCH_CALLED = re.compile(r"(?<![A-Za-z\\])Arc(?=(?:sin|cos|tan)" + _CALLED_AFTER + ")")


def bare_romance_calls(text: str) -> str:
    """`text` with `sen(x)`, `sen^2(x)` typed bare as `sin(x)`, `sin^2(x)` (padded in place)."""
    if "Arc" in text:
        text = _FRENCH_CALLED.sub("arc", text)
    if "sen" not in text and "tg" not in text:
        return text
    return _BARE_CALLED.sub(lambda m: _NAMES[m.group(1)].ljust(len(m.group())), text)

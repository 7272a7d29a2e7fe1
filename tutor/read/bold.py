"""Bold names: \\mathbf{w}, \\vec{x} are vectors; an accent inside or outside the bold face too."""

from __future__ import annotations

import re

from lark import Token

from tutor.vocabulary import ALIAS_NAMES, FONT_COMMANDS

VECTOR_FONTS = ("mathbf", "boldsymbol", "bm", "vec")
NESTED = re.compile(r"\\(\w+)\s*\{\s*\\(\w+)\s*\{\s*\\?([a-zA-Z]+)\s*\}\s*\}$")


def is_bold(token) -> bool:
    nested = NESTED.match(str(token)) if token.type == "ACCENTED" else None
    if nested:  # \\mathbf{\\hat{y}}, \\hat{\\mathbf{y}}: the vector ŷ
        return bool({nested.group(1), nested.group(2)} & set(VECTOR_FONTS))
    return token.type == "ACCENTED" and re.match(
        r"\\({})(?![a-zA-Z])".format("|".join(VECTOR_FONTS)), str(token)) is not None


def plain_token(token):
    """The name token of a bold name's letter alone: \\mathbf{w}, \\vec{w} are the vector w;
    \\mathbf{\\hat{y}} is the vector ŷ."""
    nested = NESTED.match(str(token))
    if nested:
        accent = next(c for c in nested.groups()[:2] if c not in FONT_COMMANDS | set(VECTOR_FONTS))
        return Token("ACCENTED", f"\\{accent}{{{nested.group(3)}}}")
    letter = re.match(r"\\\w+\s*\{?\s*\\?([a-zA-Z]+)", str(token)).group(1)
    letter = ALIAS_NAMES.get(letter, letter)
    return Token("WORD" if len(letter) > 1 else "LETTER", letter)

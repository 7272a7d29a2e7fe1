"""Bold names: \\mathbf{w}, \\vec{x} are vectors; an accent inside or outside the bold face too,
or typed as Unicode (ŷ, x̄, θ̂)."""

from __future__ import annotations

import re
import unicodedata

from lark import Token

from tutor.errors import ParseError
from tutor.vocabulary import ALIAS_NAMES, FONT_COMMANDS, GREEK_UNICODE

VECTOR_FONTS = ("mathbf", "boldsymbol", "bm", "vec")
_FACES = FONT_COMMANDS | set(VECTOR_FONTS)
_COMBINING = {"\u0302": "hat", "\u0304": "bar", "\u0303": "tilde"}  # ŷ, x̄, w̃
_NESTED = re.compile(r"\\(\w+)\s*\{\s*\\(\w+)\s*\{\s*\\?([a-zA-Z]+)\s*\}\s*\}$")


def accent_in_face(text: str) -> tuple[str | None, str, bool] | None:
    """(the accent or None, the letter, whether a face is bold) of `\\mathbf{\\hat{y}}` or
    `\\hat{\\mathbf{y}}` (an accent and a face around one letter); None for other names.
    Raises ParseError for two accents."""
    m = _NESTED.match(text)
    if m is None:
        return None
    outer, inner, letter = m.groups()
    if outer not in _FACES and inner not in _FACES:  # \\overline{\\overline{z}}: which name?
        raise ParseError(f"an accent over an accented letter ({text}) is not read", text)
    accent = next((c for c in (outer, inner) if c not in _FACES), None)
    return accent, letter, bool({outer, inner} & set(VECTOR_FONTS))


def is_bold(token) -> bool:
    nested = accent_in_face(str(token)) if token.type == "ACCENTED" else None
    if nested:  # \\mathbf{\\hat{y}}, \\hat{\\mathbf{y}}: the vector ŷ
        return nested[2]
    return token.type == "ACCENTED" and re.match(
        r"\\({})(?![a-zA-Z])".format("|".join(VECTOR_FONTS)), str(token)) is not None


def plain_token(token):
    """The name token of a bold name's letter alone: \\mathbf{w}, \\vec{w} are the vector w;
    \\mathbf{\\hat{y}} is the vector ŷ."""
    nested = accent_in_face(str(token))
    if nested and nested[0]:
        return Token("ACCENTED", f"\\{nested[0]}{{{nested[1]}}}")
    letter = nested[1] if nested else re.match(r"\\\w+\s*\{?\s*\\?([a-zA-Z]+)",
                                                str(token)).group(1)
    letter = ALIAS_NAMES.get(letter, letter)
    return Token("WORD" if len(letter) > 1 else "LETTER", letter)


def unicode_accented(text: str) -> str:
    """`ŷ`, `x̄`, `θ̂` typed as Unicode: the name \\hat{y}, \\bar{x}, \\hat{\\theta} have (y_hat,
    x_bar, theta_hat); any other text as it is."""
    letter, *marks = unicodedata.normalize("NFD", text)
    if len(marks) != 1 or marks[0] not in _COMBINING:
        return text
    return f"{GREEK_UNICODE.get(letter, letter)}_{_COMBINING[marks[0]]}"

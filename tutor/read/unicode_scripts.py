"""Unicode subscripts typed in math (x₁, ŷᵢ, ∑ᵢ, zⱼ, ∇ₓ) as the `_` subscripts they stand for."""

from __future__ import annotations

from lark import Token

_SUBSCRIPT_LETTERS = str.maketrans("ₐₑₒₓₕₖₗₘₙₚₛₜᵢⱼᵣᵤᵥ₀₁₂₃₄₅₆₇₈₉",
                                   "aeoxhklmnpstijruv0123456789")


def subscript_spelled(token: Token) -> Token:
    """A SUB token written in Unicode subscript letters (`ᵢ`, `₁₂`) spelled `_i`, `_{12}`, its
    place in the text kept (the lexer's callback: every reader of SUB sees the `_` form)."""
    if token.startswith("_"):
        return token
    body = str(token).translate(_SUBSCRIPT_LETTERS)
    return token.update(value="_" + (body if len(body) == 1 else "{" + body + "}"))


def nabla_spelled(token: Token) -> Token:
    """`∇ₓ` (a Unicode subscript) spelled `∇_x`, its place in the text kept."""
    if len(token) != 2 or not token.startswith("∇") or token[1] == "_":
        return token
    return token.update(value="∇_" + token[1].translate(_SUBSCRIPT_LETTERS))


LEXER_CALLBACKS = {"SUB": subscript_spelled, "NABLA": nabla_spelled}

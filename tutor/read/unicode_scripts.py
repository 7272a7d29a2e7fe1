"""Unicode scripts typed in math: subscripts (x₁, ŷᵢ, ∑ᵢ, zⱼ, ∇ₓ) as the `_` subscripts they
stand for, the order of d²y/dx² and the primes ″, ‴ spelled out (superscripts as powers:
tutor.read.superscripts)."""

from __future__ import annotations

import re

from lark import Token

_SUBSCRIPT_LETTERS = str.maketrans("ₐₑₒₓₕₖₗₘₙₚₛₜᵢⱼᵣᵤᵥ₀₁₂₃₄₅₆₇₈₉₊₋",
                                   "aeoxhklmnpstijruv0123456789+-")


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


def order_spelled(token: Token) -> Token:
    """`d²y/dx²`, `d³/dx³`: the order raised in Unicode spelled `^2`, `^3` (its place kept)."""
    if "²" not in token and "³" not in token:
        return token
    return token.update(value=str(token).replace("²", "^2").replace("³", "^3"))


def primes_spelled(token: Token) -> Token:
    """`″`, `‴` (one character each) as the primes they are, `''`, `'''`."""
    if token not in ("″", "‴"):
        return token
    return token.update(value="'" * (2 if token == "″" else 3))


def leibniz_spelled(token: Token) -> Token:
    """`dL/dW₂`, `dz₂/da₁`: the order (`d²y/dx²`) and the digits subscripted in Unicode
    spelled `^2`, `_2`, its place in the text kept."""
    token = order_spelled(token)
    if not _DIGIT_SUBSCRIPTS.search(token):
        return token
    return token.update(value=_DIGIT_SUBSCRIPTS.sub(
        lambda m: "_" + m.group().translate(_SUBSCRIPT_LETTERS), str(token)))


_DIGIT_SUBSCRIPTS = re.compile("[₀-₉]+")
LEXER_CALLBACKS = {"SUB": subscript_spelled, "NABLA": nabla_spelled, "DERIV": order_spelled,
                   "DERIV_OF": leibniz_spelled, "PRIME": primes_spelled,
                   "UNICODE_SUB": subscript_spelled}

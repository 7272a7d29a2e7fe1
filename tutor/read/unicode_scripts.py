"""Unicode scripts typed in math: subscripts (x₁, ŷᵢ, ∑ᵢ, zⱼ, ∇ₓ) as the `_` subscripts they
stand for, superscripts (x², eˣ, xⁿ⁻¹) as powers."""

from __future__ import annotations

import re

import sympy as sp
from lark import Token

from tutor.errors import ParseError
from tutor.names import symbol

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


LEXER_CALLBACKS = {"SUB": subscript_spelled, "NABLA": nabla_spelled, "DERIV": order_spelled,
                   "DERIV_OF": order_spelled, "PRIME": primes_spelled,
                   "UNICODE_SUB": subscript_spelled}


_SUPERSCRIPTS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁻⁺ˣⁿⁱᵏʸᵐᵗ", "0123456789-+xnikymt")
_RAISED = re.compile(r"(-?\d+)|([a-z])(?:([+-])(\d+))?")


def raised(text: str, source: str):
    """A power written in superscripts: `²`, `⁻¹` (a whole number), `ˣ`, `ⁿ⁻¹` (a letter, perhaps
    and a whole number); anything else is refused."""
    m = _RAISED.fullmatch(text.translate(_SUPERSCRIPTS))
    if m is None:
        raise ParseError(f"a power written in superscripts ({text}): write it with ^", source)
    if m.group(1):
        return sp.Integer(int(m.group(1)))
    letter = symbol(m.group(2))
    if m.group(3) is None:
        return letter
    number = sp.Integer(int(m.group(4)))
    return letter + number if m.group(3) == "+" else letter - number

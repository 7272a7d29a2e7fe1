"""Unicode superscripts as an exponent: x², 2⁻¹, and as phones and tweets write them, xⁿ, pᵏ,
(1−p)ⁿ⁻ᵏ, e⁻ˣ (a capital is left out: wᵀ is a transpose, never w to the power T)."""

from __future__ import annotations

import re

import sympy as sp

from tutor.names import symbol

SUPERSCRIPT_LETTERS = "ⁿⁱˣʸᵏᵐᵗᵃᵇᶜᵈᵖʳˢᵘᵛʷᶻʲˡᵍʰᶠᵒᵉ"  # ᵉ: e (∫₁ᵉ)
_PLAIN = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁻⁺" + SUPERSCRIPT_LETTERS,
                       "0123456789-+" + "nixykmtabcdprsuvwzjlghfoe")
_SUBSCRIPTS = str.maketrans("ᵢⱼₖₘₙ", "ijkmn")
_SUM = re.compile(r"[+-]?(?:\d+|\d*[a-z]+(?:_[a-z]+)?)(?:[+-](?:\d+|\d*[a-z]+(?:_[a-z]+)?))*")
_TERM = re.compile(r"([+-]?)(\d*)([a-z]*(?:_[a-z]+)?)")


def superscript_value(text: str) -> sp.Expr:
    """The exponent a run of superscripts writes: `²` 2, `⁻¹` -1, `ⁿ⁻ᵏ` n - k, `²ˣ` 2x."""
    plain = re.sub(r"[ᵢⱼₖₘₙ]+", lambda m: "_" + m.group().translate(_SUBSCRIPTS),
                   text).translate(_PLAIN)  # pᵏᵢ: the exponent k_i
    if re.fullmatch(r"-?\d+", plain):
        return sp.Integer(int(plain))
    if not _SUM.fullmatch(plain):
        raise ValueError(f"the exponent {text} cannot be read")
    total = sp.Integer(0)
    for sign, digits, letters in _TERM.findall(plain):
        if not (digits or letters):
            continue
        head, _, sub = letters.partition("_")
        names = [*head[:-1], head[-1] + "_" + sub] if sub else list(head)
        term = sp.Integer(int(digits or 1)) * sp.Mul(*(sp.E if ch == "e" else symbol(ch)
                                                        for ch in names))  # ᵉ: Euler's e
        total += -term if sign == "-" else term
    return total


def euler_base(base, exp, symbols: frozenset):
    """The base of a power: e named in a section (`e = ŷ - y`) that also writes e^{-0.5} is
    Euler's e under any exponent but a whole one (e^2, the name squared); else `base`."""
    if base == symbol("e") and "e^" in symbols and not (exp.is_Integer and exp > 0):
        return sp.E
    return base

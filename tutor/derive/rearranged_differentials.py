"""`x\\,dx = \\frac{du}{2}` after `u = 1 + x^2`: a differential rearranged, read as du/dx = 2x."""

from __future__ import annotations

import re

import sympy as sp

from tutor.errors import ParseError
from tutor.model import Chain, Link, Part, span_of
from tutor.read.parser import parse_chains
from tutor.read.prose import DIFFERENTIAL_D

_LETTER = r"[a-zA-Z](?![a-zA-Z])"
_DIFFERENTIAL = re.compile(r"(?<![a-zA-Z\\])" + DIFFERENTIAL_D + r"\s*(?P<letter>" + _LETTER + ")")


def rearranged_differential(text: str, syntax: str, context, chain_type) -> Chain | None:
    """du/dx = A/B from `A dx = B du` (a `chain_type`, checked as `du = F dx` is), when each side
    holds one differential, of two letters, the side of du a number times du (`\\frac{du}{2}`)
    and the other one in x only; None otherwise (the line stays unread)."""
    if text.count("=") != 1:
        return None
    equals = text.index("=")
    sides = [(0, equals), (equals + 1, len(text))]
    found = [list(_DIFFERENTIAL.finditer(text, start, end)) for start, end in sides]
    if any(len(f) != 1 for f in found) or found[0][0]["letter"] == found[1][0]["letter"]:
        return None
    try:
        factors = [_factor(text, start, end, f[0], syntax, context)
                   for (start, end), f in zip(sides, found, strict=True)]
    except ParseError:
        return None
    if any(f is None for f in factors):
        return None
    names = [sp.Symbol(f[0]["letter"]) for f in found]
    plain = [not factor.free_symbols for factor in factors]
    if plain.count(True) != 1:  # which is u, which is x: the side of du is a number times du
        return None
    u_side = plain.index(True)
    x_side = 1 - u_side
    u, x = names[u_side], names[x_side]
    if factors[u_side] == 0 or factors[x_side].free_symbols != {x}:
        return None
    m = found[u_side][0]
    left = Part(sp.Derivative(sp.Function(u.name)(x), x), span_of(text, m.start(), m.end()))
    start, end = sides[x_side]
    right = Part(factors[x_side] / factors[u_side], span_of(text, start, end))
    link = Link("=", span_of(text, equals, equals + 1))
    return chain_type([left, right], [link])


def _factor(text: str, start: int, end: int, differential: re.Match, syntax: str, context):
    """What multiplies the differential on its side (the differential read as 1), or None."""
    side = text[start:differential.start()] + "1".ljust(len(differential.group())) + \
        text[differential.end():end]
    chains = parse_chains(side, syntax, context)
    if len(chains) != 1 or len(chains[0].parts) != 1:
        return None
    return chains[0].parts[0].expr.replace(  # x·1: the 1 that stood for dx multiplied out
        lambda e: isinstance(e, sp.Mul), lambda e: sp.Mul(*e.args))

"""The name a subscript gives: `_{\\text{max}}` is max, `_{12}` 12, a Unicode `ᵢ` or `₂` i or 2."""

from __future__ import annotations

import re

# Unicode's subscript digits and letters, as tweets and phones write p₁, ∑ᵢ pᵢ, log₂ x
UNICODE_SUBSCRIPTS = "₀₁₂₃₄₅₆₇₈₉ₐₑₒₓₕₖₗₘₙₚₛₜᵢⱼᵣᵤᵥ"
_PLAIN = str.maketrans(UNICODE_SUBSCRIPTS, "0123456789aeoxhklmnpstijruv")


def subscript_name(sub: str) -> str:
    """`_{\\text{max}}` -> `max`, `_{12}` -> `12`, `_i` -> `i`, `ᵢ` -> `i`, `₁₂` -> `12`."""
    if sub[:1] in UNICODE_SUBSCRIPTS:
        return sub.translate(_PLAIN)
    body = sub[1:]
    body = re.sub(r"\\(text|mathrm|textrm|operatorname)\s*", "", body)
    return re.sub(r"[{}\\\s]", "", body)

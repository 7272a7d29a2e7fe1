"""∂E/∂W^{(2)}_1, ∂L/∂a^{[1]}: a layer label above the variable of a partial, as a subscript."""

from __future__ import annotations

import re

# \partial W_1^{(2)} (tutor.read.rewrites has put a subscript before the label already),
# \partial a^{[1]}: layer 2's unit 1 is the name W_{2,1}, as tutor.read.calls names W^{(2)}_1
# anywhere else; the subscript and the label are single runs of word characters (linear)
_PARTIAL_LABEL = re.compile(r"(\\partial\s*\\?[A-Za-z]+)(?:\s*_\s*(?:\{\s*(\w+)\s*\}|(\w)))?"
                            r"\^\{(?:\[(\w+)\]|\((\w+)\))\}(?!\s*[_^])")


def _as_subscript(m: re.Match) -> str:
    unit, layer = m.group(2) or m.group(3), m.group(4) or m.group(5)
    written = m.group(1) + "_{ " + layer + (f",{unit}" if unit else "") + " }"
    return written.ljust(len(m.group()))  # the columns after it stay where they were


def partial_layer_labels(text: str) -> str:
    """text with the layer label of every partial's variable made its subscript (same length
    or shorter, padded with spaces)."""
    if "\\partial" not in text or ("^{[" not in text and "^{(" not in text):
        return text
    return _PARTIAL_LABEL.sub(_as_subscript, text)

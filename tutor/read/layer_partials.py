"""Layer labels: ∂E/∂W^{(2)}_1, ∂L/∂a^{[1]} (above a partial's variable), and Nielsen's bare
a^L_j, w^l_{jk} (layer l above a subscripted name, never a power)."""

from __future__ import annotations

import re

from tutor.vocabulary import GREEK

# \partial W_1^{(2)} (tutor.read.rewrites has put a subscript before the label already),
# \partial a^{[1]}, \partial W^L (a bare l or L above a name: never an order): layer 2's
# unit 1 is the name W_{2,1}, as tutor.read.calls names W^{(2)}_1 anywhere else;
# the subscript and the label are single runs of word characters (linear)
_PARTIAL_LABEL = re.compile(r"(\\partial\s*\\?[A-Za-z]+)(?:\s*_\s*(?:\{\s*(\w+)\s*\}|(\w)))?"
                            r"(?:\^\{(?:\[(\w+)\]|\((\w+)\))\}|[\^\ue021]\s*(?:([lL])|\{\s*([lL])\s*\}))"
                            r"(?!\s*[_^])")


def _as_subscript(m: re.Match) -> str:
    unit, layer = m.group(2) or m.group(3), m.group(4) or m.group(5) or m.group(6) or m.group(7)
    written = m.group(1) + "_{ " + layer + (f",{unit}" if unit else "") + " }"
    return written.ljust(len(m.group()))  # the columns after it stay where they were


def partial_layer_labels(text: str) -> str:
    """text with the layer label of every partial's variable made its subscript (same length
    or shorter, padded with spaces)."""
    if "\\partial" not in text or "^" not in text and LAYER_MARK not in text:
        return text
    return _PARTIAL_LABEL.sub(_as_subscript, text)


LAYER_MARK = "\ue021"  # stands for the ^ of a bare layer label (the grammar's LABEL_SUP)
# a^L_j, w^l_{jk}, \delta^L_j: a letter (or a Greek one) with l or L above and a subscript
# after; \sum^L_{l=1} (a bound) is no name; a single run of letters each side (linear)
_BARE_LAYER = re.compile(r"(?:(?<![\\A-Za-z])[A-Za-z]|\\(?:"
                         + "|".join(name for name, _, _ in GREEK)
                         + r")(?![A-Za-z]))\s*\^(?=\s*(?:[lL]|\{\s*[lL]\s*\})\s*_)")


def bare_layer_labels(text: str) -> str:
    """text with the ^ of every bare layer label (a^L_j) marked, the same length."""
    if "^" not in text or "_" not in text:
        return text
    return _BARE_LAYER.sub(lambda m: m.group()[:-1] + LAYER_MARK, text)

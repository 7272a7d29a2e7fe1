"""Sentences for tokens out of place: constructs of the notes refused by name."""

from __future__ import annotations

from tutor.read.bars import ABS_CLOSE, ABS_OPEN

MISPLACED_PRIME = "a prime (') is read only on a name before its bracket, as in f'(x) or \\tanh'(x)"
SUBSCRIPTED_CALL = ("a subscript after a bracket, as in g(z)_i (a "
                    "component), is not supported yet: write it as a name, s_i")
PARTIAL_ALONE = ("'\\partial' is only read in a partial derivative "
                 "\\frac{\\partial …}{\\partial x} (∂ is never a symbol)")
NEGATION = "\\neg (not) is read only before an event inside P(…), e.g. P(\\neg D)"


def unexpected_token(token: str, text: str, offset: int) -> str:
    """The sentence for a token that cannot stand where it stands: a prime or a subscript out of
    place by name, anything else as it is."""
    got = token.replace(ABS_OPEN, "|").replace(ABS_CLOSE, "|")
    if got.strip("'′") == "":
        return MISPLACED_PRIME
    if got.startswith("_") and text[:offset].rstrip().endswith(")"):
        return SUBSCRIPTED_CALL
    if got == "\\partial":  # ∂ alone: only in \frac{\partial …}{\partial …}
        return PARTIAL_ALONE
    if len(got) == 1 and not got.isalnum():
        return f"unexpected character {got!r}"
    return f"unexpected {got!r} here"

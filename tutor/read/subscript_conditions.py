"""`P_B(A)`, the probability of A given B as French notes write it (`P_{M_1}(D)`, `P_{\\bar B}(A)`):
P(A | B) when the subscript and the argument are both events (capital letters)."""

from __future__ import annotations

import re

import sympy as sp

from tutor.names import symbol
from tutor.read.events import Given
from tutor.vocabulary import SAME_AS

# the name after P_: an event letter with an index (M_1, M2), or overlined / barred (its complement)
# (not X, Y, Z: P_X(A) is the law of the random variable X, not a condition)
_CONDITION = re.compile(r"P_(?:(?P<mark>overline|bar)(?P<marked>[A-W](?:_?\d+)?)|(?P<plain>[A-W]"
                        r"(?:_?\d+)?))")
_EVENT = re.compile(r"[A-Z](?:_?\d+)?(?:_(?:overline|bar))?|[A-Z]ᶜ")


def probability_named(name: str, args: list, defined) -> tuple[str, list]:
    """The name and arguments of a call: P for `\\Pr` (its other spellings), P(A | B) for
    `P_B(A)`; `name` and `args` as they are for anything else (P_n(x), a function P_B defined
    in the text, more than one argument, an argument that is not an event)."""
    name = SAME_AS.get(name, name)
    m = _CONDITION.fullmatch(name)
    if m is None or name in defined or len(args) != 1 or not isinstance(args[0], sp.Symbol) \
            or not _EVENT.fullmatch(args[0].name):
        return name, args
    condition = m.group("plain") or f"{m.group('marked')}_{m.group('mark')}"
    return "P", [Given((args[0],), (symbol(condition),))]

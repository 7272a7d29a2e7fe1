"""Events inside P(…) as notes write them: a test's signs, complements (Dᶜ, D^-, \\neg D),
unions (A \\cup B, expanded by inclusion–exclusion)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import combinations

import sympy as sp

from tutor.errors import ParseError
from tutor.names import PRIME, symbol
from tutor.read.outer_braces import matching_close
from tutor.vocabulary import PROBABILITY_NAMES

SIGN_LETTERS = {"+": "ᐩ", "-": "ᐨ"}
COMPLEMENT = "ᶜ"  # Dᶜ: a modifier letter c, so the complement shows as written


def complement_of(name, text: str):
    """The complement of the event `name`: the name with ᶜ after it (D -> Dᶜ)."""
    if not isinstance(name, sp.Symbol):
        raise ParseError("the complement (\\neg, ^c) is read of an event name only, e.g. "
                         "P(\\neg D)", text)
    return symbol(name.name + COMPLEMENT)


# D', A_1' inside P(…): an upper-case event primed, its complement (P(D') = 1 - P(D))
_PRIMED_EVENT = re.compile(r"[A-Z](?:_\w+)?" + PRIME)


def complement_power(arg, text: str):
    """`D^c`, `A^C` inside P(…) (an upper-case event to the power c), `D'` (primed): the
    complement Dᶜ; in the event and the condition of `P(T | D')` too."""
    if isinstance(arg, Given):
        return Given(*(tuple(complement_power(e, text) for e in part)
                       for part in (arg.event, arg.condition)))
    if isinstance(arg, sp.Symbol) and _PRIMED_EVENT.fullmatch(arg.name):
        return complement_of(symbol(arg.name[:-len(PRIME)]), text)
    if (isinstance(arg, sp.Pow) and isinstance(arg.base, sp.Symbol) and arg.base.name[:1].isupper()
            and isinstance(arg.exp, sp.Symbol) and arg.exp.name in ("c", "C")):
        return complement_of(arg.base, text)
    return arg


@dataclass
class Given:
    """`A | B` inside P(…): the event and its condition, before the call is built."""

    event: tuple
    condition: tuple


# H(X | Y), the conditional entropy, is no H(X, Y), the joint entropy: a name of its own
_CONDITIONAL_NAMES = {"H": "H_cond"}
CONDITIONED_NAMES = frozenset(_CONDITIONAL_NAMES.values())  # their conditions may be events


def conditioned_name(name: str) -> str:
    """The name of `name(A | B)` as an opaque function of A and B: `H(X|Y)` reads as
    H_cond(X, Y), never as the joint H(X, Y); L(θ | x), E[X | Y] keep their names."""
    return _CONDITIONAL_NAMES.get(name, name)


def unconditioned_name(name: str) -> str:
    """The name as written of a call `conditioned_name` renamed (H_cond is H)."""
    return next((w for w, read in _CONDITIONAL_NAMES.items() if read == name), name)


def event_and_condition(args) -> tuple[tuple, tuple]:
    """The events of P(…)'s arguments and its condition (all that follows the bar: P(A | B, C))."""
    event: tuple = ()
    condition: tuple = ()
    for a in args:
        if isinstance(a, Given):
            event += a.event
            condition += a.condition
        elif condition:
            condition += (a,)
        else:
            event += (a,)
    return event, condition


MAX_UNION = 4  # inclusion–exclusion over 15 intersections at most


@dataclass(frozen=True)
class Union:
    """`A \\cup B` inside P(…): its parts, each an intersection (a tuple of events)."""

    parts: tuple


def union_of(a_parts: tuple, b_parts: tuple, text: str) -> Union:
    """The union of two unions (or events, given as one-part tuples)."""
    parts = a_parts + b_parts
    if len(parts) > MAX_UNION:
        raise ParseError(f"a union of more than {MAX_UNION} events is not read", text)
    return Union(parts)


def inclusion_exclusion(event: tuple) -> list[tuple[int, tuple]] | None:
    """P(A ∪ B ∩ …) as signed intersections: [(sign, events)], by inclusion–exclusion over the
    first union in `event` (the rest of `event` intersected with each term); None without one."""
    union = next((e for e in event if isinstance(e, Union)), None)
    if union is None:
        return None
    others = tuple(e for e in event if e is not union)
    terms = []
    for size in range(1, len(union.parts) + 1):
        for chosen in combinations(union.parts, size):
            terms.append(((-1) ** (size + 1), others + tuple(e for p in chosen for e in p)))
    return terms


def union_probability(probability, name: str, event: tuple, condition: tuple, text: str):
    """P(A ∪ B | C) as P(A | C) + P(B | C) - P(A ∩ B | C), each term built by `probability`
    (name, events, condition); None when `event` holds no union."""
    if any(isinstance(e, Union) for e in condition):
        raise ParseError("a union after the bar (P(A | B \\cup C)) is not read yet", text)
    terms = inclusion_exclusion(event)
    if terms is None:
        return None
    return sp.Add(*[sign * probability(name, tuple(complement_power(e, text) for e in events),
                                       condition) for sign, events in terms])


def refuse_misplaced_union(name: str, args, text: str) -> None:
    """A union among the arguments (or their events) of a call that is no probability: refused."""
    if name not in PROBABILITY_NAMES and any(
            isinstance(e, Union) for a in args
            for e in (getattr(a, "event", ()) + getattr(a, "condition", ()) or (a,))):
        raise ParseError("a union of events (\\cup) is read inside P(…) only", text)


# `P{X = 5}`, `Pr{X > 1/2}` (Ross's braces around an event, in plain text): P(…), as `P\{…\}`
_BRACED_EVENT = re.compile(r"(?<![\\\w])(?:P|Pr|p)\{")


# `A^{\textrm{C}}`, `A^{\text{c}}`: the complement's letter set upright
_UPRIGHT_COMPLEMENT = re.compile(r"(?<=\^\{)\\(?:text|textrm|mathrm|rm)\{([cC])\}(?=\})")


def event_spellings(text: str) -> str:
    """`P{X = 5}` with its braces as brackets, `A^{\\textrm{C}}` as `A^{C}` (same length);
    `P\\{…\\}` is read as before."""
    if "{" not in text:
        return text
    text = _UPRIGHT_COMPLEMENT.sub(lambda m: " " * (len(m.group()) - 1) + m.group(1), text)
    chars = list(text)
    for m in _BRACED_EVENT.finditer(text):
        close = matching_close(text, m.end() - 1)
        if close is not None and text[m.end():close].strip():
            chars[m.end() - 1], chars[close] = "(", ")"
    return "".join(chars)

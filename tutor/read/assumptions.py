"""Assumption text (`x > 0`, `0 < p < 1`, `n integer positive`) read into Assumptions."""

from __future__ import annotations

import re
from functools import lru_cache

import sympy as sp

from tutor.errors import ParseError
from tutor.model import Assumptions, assumptions_from
from tutor.names import safe_name
from tutor.read.parser import parse_chains

WORDS = {"integer", "positive", "negative", "nonnegative", "nonpositive", "real", "natural",
         "nonzero", "odd", "even"}
OPS = {"<": sp.StrictLessThan, "<=": sp.LessThan, ">": sp.StrictGreaterThan,
       ">=": sp.GreaterThan, "!=": sp.Unequality}


class AssumptionError(ParseError):
    """An assumption that cannot be read (text that cannot be read: a ParseError)."""

    def describe(self) -> str:
        return self.message


def read_assumptions(texts) -> Assumptions:
    """Read a list of short assumption texts; raises AssumptionError with the text at fault."""
    if isinstance(texts, Assumptions):
        return texts
    if isinstance(texts, str):
        texts = (texts,)
    texts = tuple(texts or ())
    if all(isinstance(t, str) for t in texts):
        return _read_texts(texts).merged(Assumptions())  # a copy: callers may extend it
    result = Assumptions()
    for text in texts:
        result = result.merged(text if isinstance(text, Assumptions) else _read_texts((text,)))
    return result


@lru_cache(maxsize=256)
def _read_texts(texts: tuple[str, ...]) -> Assumptions:
    flags: dict[str, set[str]] = {}
    relations = []
    for text in texts:
        words = text.replace(",", " ").split()
        found = [w for w in words if w.lower() in WORDS]
        if found and len(found) < len(words):
            for name in (w for w in words if w.lower() not in WORDS):
                flags.setdefault(_name(name), set()).update(f.lower() for f in found)
            continue
        try:
            chains = parse_chains(text, "auto")
        except ParseError as exc:
            raise AssumptionError(f"cannot read the assumption {text!r}: {exc.message}") from None
        for chain in chains:
            if not chain.links:
                raise AssumptionError(f"the assumption {text!r} is not a relation or a flag")
            for left, link, right in chain.steps():
                op = link.op
                if op == "=" and isinstance(left.expr, sp.Sum):  # Σ_k y_k = 1 (tutor.judge)
                    relations.append(sp.Eq(left.expr, right.expr, evaluate=False))
                    continue
                if op not in OPS:
                    raise AssumptionError(f"the assumption {text!r} uses {op!r}; use < <= > >= !=")
                relations.append(OPS[op](left.expr, right.expr, evaluate=False))
    return assumptions_from(flags, relations)


def _name(text: str) -> str:
    return safe_name(re.sub(r"[{}\\]", "", text))  # the name the reader gives that symbol

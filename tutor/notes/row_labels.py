"""An equation number before a plain-text formula (`(4)     D(xⁿ) = n·xⁿ⁻¹`) and a rule's name
after it (`…     [Kedjeregeln]`, `…     (partiell integration)`): labels, no part of the math."""

from __future__ import annotations

import re

# `(1)`, `(12a)` then at least two spaces or a tab: the number of the row, as a book sets it
_NUMBER = re.compile(r"[ \t]*\(\s*\d{1,2}[a-z]?\s*\)(?:[ \t]{2,}|\t)(?=\S)")
_WORD = re.compile(r"[A-Za-zÀ-ÖØ-öø-ɏ]{3}")  # a word in a label (not `(x)`, `[a, b]`)
_GAP = "  "  # a label stands apart from the formula by at least two spaces


def label_trimmed(line: str) -> tuple[int, int]:
    """(start, end) of the formula in `line`, its leading number and trailing name left out
    (the whole line when it has neither)."""
    number = _NUMBER.match(line)
    start = number.end() if number else 0
    body = line.rstrip()
    end = len(body)
    if body.endswith(("]", ")")):
        opening = body.rfind("[" if body.endswith("]") else "(")
        label = body[opening + 1:-1]
        if opening > start and body[:opening].endswith((_GAP, "\t")) and "=" not in label \
                and "(" not in label and "[" not in label and _WORD.search(label):
            end = len(body[:opening].rstrip())
    return start, end

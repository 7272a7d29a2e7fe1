"""A row or display that ends with an operator (`x^2 + 2x +`) goes on in the next one."""

from __future__ import annotations

import re

# what a formula broken over lines ends with: a sign or a product left open (a trailing `=`
# is tutor.notes.fragments' own: the next row's relation joins them)
_OPEN_TAIL = ("+", "-", "\\cdot", "\\times")
_BROKEN_AT = re.compile(r"[ \t\n]*(?:\\\\[ \t\n]*)?\Z")
# what may stand between two displays that are one formula: their delimiters and spaces only
_DELIMITERS_ONLY = re.compile(r"(?:\s|\$|\\\[|\\\])*")
_TAIL = 12  # characters looked at: the operator and the spaces after it


def ends_open(chars: list[str] | str, start: int, end: int) -> bool:
    """Does `chars[start:end]` end with an operator that needs something after it? (`-` of a
    one-sided limit `0^-` or of `x_-` is no open end)."""
    k = end - 1
    while k >= start and chars[k] in " \t\n":
        k -= 1
    tail = "".join(chars[max(start, k - _TAIL + 1):k + 1])
    op = next((o for o in _OPEN_TAIL if tail.endswith(o)), None)
    if op is None or not (k - start >= _TAIL or tail[:-len(op)].strip()):
        return False  # no operator, or nothing before it
    before = tail[-len(op) - 1] if len(tail) > len(op) else " "
    return len(op) > 1 or before not in "^_<>!:=\\-{"


def open_ends_joined(masked: str, regions: list[tuple[int, int]]
                     ) -> tuple[str, list[tuple[int, int]]]:
    """Displays split where a formula was broken (`$$ … + $$` and `$$ … $$` with nothing but
    their delimiters between) joined into one region, the delimiters between blanked."""
    joined: list[tuple[int, int]] = []
    chars: list[str] | None = None
    for start, end in regions:
        if joined and _joins(masked, joined[-1], start):
            chars = chars or list(masked)
            last_start, last_end = joined[-1]
            for k in range(last_end, start):
                if chars[k] != "\n":
                    chars[k] = " "
            joined[-1] = (last_start, end)
        else:
            joined.append((start, end))
    return ("".join(chars) if chars else masked), joined


def _joins(masked: str, last: tuple[int, int], start: int) -> bool:
    last_start, last_end = last
    if not _DELIMITERS_ONLY.fullmatch(masked, last_end, start) or "\n" not in masked[
            last_end:start]:
        return False
    end = _BROKEN_AT.search(masked, max(last_start, last_end - 80), last_end)
    return end is not None and ends_open(masked, last_start, end.start())

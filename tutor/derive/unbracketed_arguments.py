"""`\\log_2 4/6`: a logarithm of a number written before a slash, no brackets. Read by the
rules it is (log₂ 4)/6; entropy notes mean log₂(4/6). A step wrong on the first reading is
unsure, naming both."""

from __future__ import annotations

import re

from tutor.model import StepResult

# `\log_2 4/6`, `log2 1/4`, `\ln 3/4`: the log, its base, a number, a slash and a number
_FRACTION_AFTER_LOG = re.compile(r"(?:\\log|\\ln|\blog2|\blog|\bln)"
                                 r"(?:_\s*(?:\{\s*\w+\s*\}|\w+))?\s*"
                                 r"(\d+(?:\.\d+)?)\s*/\s*(\d+(?:\.\d+)?)(?![\d.])")


def on_an_unbracketed_fraction(last: StepResult, *texts: str) -> None:
    """`last` made unchecked when it is an error and a side of its step writes a log of a
    number before a slash without brackets (either reading may be meant)."""
    if last.verdict != "error":
        return
    for text in texts:
        found = _FRACTION_AFTER_LOG.search(text or "")
        if found is not None:
            top, bottom = found.group(1), found.group(2)
            last.not_sure(f"'{found.group().strip()}' is read as (log {top})/{bottom}; "
                          f"log({top}/{bottom}) may be meant: not sure")
            return

"""Where a line defines a function by its head (`v(t) = …`): the name is a call from the start."""

from __future__ import annotations

import re

# v(t) = …, T_2(x) = … (a Taylor polynomial), at a statement's start: the line's, or after
# `,`, `;`, a word in \text or a \quad (`g(u) = √u \text{ og } u(x) = …`)
FUNCTION_DEFINITION = re.compile(
    r"(?:^|[,;]|\\text\s*\{[^{}]*\}|\\q?quad(?![a-zA-Z]))\s*"
    r"([A-Za-z])(?:_(\w|\{\w+\}))?\s*\(\s*([A-Za-z](?:_\w+)?(?:\s*,\s*[A-Za-z](?:_\w+)?)*)\s*\)"
    r"\s*(?:=|:=)")


def defined_function_names(text: str) -> list[str]:
    """The names `text` defines as functions of other names (`v(t) = …`, `T_2(x) = …`)."""
    names = []
    for m in FUNCTION_DEFINITION.finditer(text):
        if m.group(1) in re.split(r"\s*,\s*", m.group(3)) or (
                m.group(2) and m.group(1) in "PE" and m.group(3)[0].isupper()):  # P_B(A): given B
            continue
        names.append(m.group(1) + (f"_{m.group(2).strip('{}')}" if m.group(2) else ""))
    return names

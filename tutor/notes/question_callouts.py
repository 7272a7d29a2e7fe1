"""Questions of a problem set written as Obsidian callouts (`> [!question] Part B`), the answer
in lines below: each such callout opens a section as a heading would (values, laws and
distributions said under Part A are not Part B's). So does each quoted block of a note that
quotes several apart (`> Suppose X ~ Bin(n, p)` …, a blank line, `> Red box has …`): an example
each, the iid draws of the first not the second's."""

from __future__ import annotations

import re

from tutor.notes.indented_math import FENCE

# the header line of a callout whose kind asks something (Obsidian: question, its aliases help
# and faq; exercise and problem as plugins and habits write them)
_QUESTION = re.compile(r"[ \t]*>[ \t]*\[!(?:question|help|faq|exercise|problem)\][-+]?(?:[ \t]|$)",
                       re.IGNORECASE)
LEVEL = 6  # below every `#` heading: Part B after Part A is a sibling, a new exercise


def question_callout_starts(text: str) -> list[int]:
    """The offsets of the lines that open a question callout (outside code fences)."""
    starts, quotes, offset, fence, quoted = [], [], 0, None, False
    for line in text.split("\n"):
        opener = FENCE.match(line)
        if opener and (fence is None or opener.group(1).startswith(fence)):
            fence = None if fence else opener.group(1)
        elif fence is None and _QUESTION.match(line):
            starts.append(offset)
        elif fence is None and _QUOTED.match(line) and not quoted:
            quotes.append(offset)  # a quoted block opens (a line that is not quoted before it)
        quoted = fence is None and bool(_QUOTED.match(line))
        offset += len(line) + 1
    return sorted(set(starts + (quotes if len(quotes) > 1 else [])))


_QUOTED = re.compile(r" {0,3}>")

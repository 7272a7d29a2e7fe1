"""Displays written one under another with no `=` and no words between (`$$\\lim …$$`, then
`$$\\frac{1}{2}$$`): each a new form of the expression above, as the rows of a plain step file
are; a form that disagrees is not claimed equal by what is written, so it is never an error."""

from __future__ import annotations

import re

# a relation, an arrow between steps or a comma of a list: the row says something of its own
_RELATION = re.compile(r"=|<|>|≤|≥|≈|≠|\\(?:[lg]eq?|neq?|approx|equiv|sim|implies|iff|Rightarrow"
                       r"|Longrightarrow|longrightarrow|rightarrow|mapsto|in|subset)(?![a-zA-Z])"
                       r"|,|;|\\\\|&")
_ARROW_IN_LIMIT = re.compile(r"_\s*\{[^{}]*\}")  # `\lim_{x \to 0}`: the point, no step
NOT_CLAIMED = ("a new form of the display above, written with no '=' between them: not "
               "claimed equal, so not checked")


def lone(text: str) -> bool:
    """Whether a row is an expression alone: no relation, no list, one row."""
    return bool(text.strip()) and not _RELATION.search(_ARROW_IN_LIMIT.sub(" ", text))


def lone_displays_joined(fragments: list) -> list:
    """The fragments with each lone one-row block right under a lone block (no words between,
    under the same heading) made a row of that block, marked `lone_form` (its step is judged
    from the row above)."""
    rows: dict[int, list] = {}
    for fragment in fragments:
        rows.setdefault(fragment.block, []).append(fragment)
    joined_to: dict[int, int] = {}  # a block -> the block it joins
    previous = section = None
    for fragment in fragments:
        original = fragment.block
        if previous is not None and original != previous and len(rows[original]) == 1 \
                and fragment.adjacent and not fragment.continues and lone(fragment.text) \
                and fragment.section == section and all(lone(f.text) for f in rows[previous]):
            joined_to[original] = joined_to.get(previous, previous)
        previous, section = original, fragment.section
        if original in joined_to:
            fragment.block, fragment.lone_form = joined_to[original], True
    return fragments


def unclaimed(steps: list, lines: set[int]) -> list:
    """The steps on the `lines` of such forms with an error or a warning made unchecked."""
    for step in steps:
        if step.line in lines and step.verdict in ("error", "warning"):
            step.verdict, step.code, step.diagnosis = "unchecked", None, None
            step.message = f"{NOT_CLAIMED} ({step.message})"
    return steps

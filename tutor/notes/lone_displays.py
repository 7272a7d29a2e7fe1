"""Displays written one under another with no `=` and no words between (`$$\\lim …$$`, then
`$$\\frac{1}{2}$$`): each a new form of the expression above, as the rows of a plain step file
are; a form that disagrees is not claimed equal by what is written, so it is never an error."""

from __future__ import annotations

import re

from tutor.notes.fragments import little_between
from tutor.notes.lhopital_chains import lhopital_chained

# a relation, an arrow between steps or a comma of a list: the row says something of its own
_RELATION = re.compile(r"=|<|>|≤|≥|≈|≠|\\(?:[lg]eq?|neq?|approx|equiv|sim|implies|iff|Rightarrow"
                       r"|Longrightarrow|longrightarrow|rightarrow|mapsto|in|subset)(?![a-zA-Z])"
                       r"|,|;|\\\\|&")
_ARROW_IN_LIMIT = re.compile(r"_\s*\{[^{}]*\}")  # `\lim_{x \to 0}`: the point, no step
# words that say a display is the one above written anew
_SAID_EQUAL = re.compile(r"simplif|reduces? to|rewrit|rearrang|\bbecomes\b|\bor\b|\bi\.e\."
                         r"|\bthat is\b|\bequals?\b|\bequal to\b|\bexpand", re.I)
_RELATION_AT_END = re.compile(r"(?:=|<|>|\\[lg]eq?)\Z")  # of the text stripped
NOT_CLAIMED = ("a new form of the display above, written with no '=' between them: not "
               "claimed equal, so not checked")


def lone(text: str) -> bool:
    """Whether a row is an expression alone: no relation, no list, one row."""
    return bool(text.strip()) and not _RELATION.search(_ARROW_IN_LIMIT.sub(" ", text))


def _displayed(lines: list[str], fragment) -> bool:
    """Whether a fragment stands in a display of its own line (`$$…$$`, `\\[…\\]`, or their
    delimiters on the line above), never in a `$…$` of a sentence."""
    here = lines[fragment.line - 1].lstrip() if fragment.line <= len(lines) else ""
    above = lines[fragment.line - 2].strip() if 2 <= fragment.line <= len(lines) + 1 else ""
    return here.startswith(("$$", "\\[")) or above in ("$$", "\\[") or above.startswith((
        "\\begin{equation", "\\begin{displaymath"))


def _said_to_be_equal(lines: list[str], above: list, fragment) -> bool:
    """`$$\\lim …$$ This simplifies to $$\\lim …$$`, `… or $$…$$`: a few words between two
    displays of one row that say the second is the first written anew."""
    if len(above) != 1 or not (_displayed(lines, above[0]) and _displayed(lines, fragment)):
        return False
    gap = "\n".join(lines[above[0].end_line:fragment.line - 1])
    return bool(_SAID_EQUAL.search(gap)) and little_between(gap) and not _RELATION_AT_END.search(
        above[0].text.rstrip())


def lone_displays_joined(text: str, fragments: list) -> list:
    """The fragments with each lone one-row display right under a lone display (no words
    between, under the same heading) made a row of that block, marked `lone_form` (its step
    is judged from the row above); then limits under limits with the rule said between
    (tutor.notes.lhopital_chains)."""
    lines = text.split("\n")
    rows: dict[int, list] = {}
    for fragment in fragments:
        rows.setdefault(fragment.block, []).append(fragment)
    joined_to: dict[int, int] = {}  # a block -> the block it joins
    previous = section = None
    for fragment in fragments:
        original = fragment.block
        if previous is not None and original != previous and len(rows[original]) == 1 \
                and not fragment.continues and lone(fragment.text) \
                and fragment.section == section and (fragment.adjacent and all(
                    lone(f.text) and _displayed(lines, f) for f in rows[previous] + [fragment])
                    or _said_to_be_equal(lines, rows[previous], fragment)):
            joined_to[original] = joined_to.get(previous, previous)
        previous, section = original, fragment.section
        if original in joined_to:
            fragment.block, fragment.lone_form = joined_to[original], True
    return lhopital_chained(text, fragments, lone)  # `$$\lim …$$` 0/0: `$$\lim …$$`


def unclaimed(steps: list, lines: set[int]) -> list:
    """The steps on the `lines` of such forms with an error or a warning made unchecked."""
    for step in steps:
        if step.line in lines and step.verdict in ("error", "warning"):
            step.verdict, step.code, step.diagnosis = "unchecked", None, None
            step.message = f"{NOT_CLAIMED} ({step.message})"
    return steps

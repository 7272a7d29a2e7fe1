"""A step found wrong looked at once more: is it sure, or only wrong on a reading the text
leaves open (a name of an earlier heading, the branch of a square root, a name a premise
gave a value, a part named, an index the prose sets apart)?"""

from __future__ import annotations

import re

from tutor.derive.earlier_sections import under_an_earlier_heading
from tutor.derive.premised_names import on_a_premised_name
from tutor.derive.replaced_parts import a_part_named
from tutor.derive.root_branches import on_a_root_branch
from tutor.model import StepResult


def second_look(ctx, last: StepResult, a, b, ln=None) -> None:
    """`last` (the result of the step a → b) made unchecked, with the reason, when its error
    rests on a reading the text leaves open."""
    under_an_earlier_heading(ctx, last, a, b)
    on_a_root_branch(ctx, last, a, b)
    on_a_premised_name(ctx, last, a, b)
    a_part_named(ctx, last, a, b)  # e^{o_k}/Σ_i e^{o_i} written p_k: a substitution
    apart_by_the_prose(ln, last)  # `For incorrect class $j$`: j ≠ k


# the diagnosis of a claim right for distinct indices (tutor.judge.index_cases.coinciding)
_COINCIDING = re.compile(r"wrong at ([a-zA-Z](?:_\w+)?(?: = [a-zA-Z](?:_\w+)?)+)")


def apart_by_the_prose(ln, last: StepResult) -> None:
    """`last` made unchecked when it is wrong only where two indices coincide and the prose
    just before its block takes one of them to be another index (`For incorrect class $j$`):
    the case it is wrong in is the one the text leaves out."""
    said = getattr(ln, "other_index", "")
    found = _COINCIDING.search(last.diagnosis or "") if said and last.verdict == "error" else None
    letters = found.group(1).split(" = ") if found else []
    if said in letters:
        others = " = ".join(letter for letter in letters if letter != said)
        last.not_sure(f"right for {said} ≠ {others}, as the text above takes {said} to be "
                      f"another index; wrong only at {found.group(1)}")

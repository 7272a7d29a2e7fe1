"""A step found wrong looked at once more: is it sure, or only wrong on a reading the text
leaves open (a name of an earlier heading, the branch of a square root, a name a premise
gave a value)?"""

from __future__ import annotations

from tutor.derive.earlier_sections import under_an_earlier_heading
from tutor.derive.premised_names import on_a_premised_name
from tutor.derive.root_branches import on_a_root_branch
from tutor.model import StepResult


def second_look(ctx, last: StepResult, a, b) -> None:
    """`last` (the result of the step a → b) made unchecked, with the reason, when its error
    rests on a reading the text leaves open."""
    under_an_earlier_heading(ctx, last, a, b)
    on_a_root_branch(ctx, last, a, b)
    on_a_premised_name(ctx, last, a, b)

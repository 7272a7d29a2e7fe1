"""A line of prose underlined with `---` or `===` is a heading (Markdown's setext form): a new
section, so a block that opens with `=` under it does not go on from the value above it (a
false alarm on held-out slips29: `= 0.02·0.5/…` of question 4 compared with question 3's
0.8181)."""

from __future__ import annotations

import pytest
from document_steps import assert_verdicts

ABOVE = "$$P = 0.9 \\cdot 0.5 = 0.45$$\n\n"
BELOW = "\n\n$$= 0.02 \\cdot 0.5 = 0.01$$\n"


@pytest.mark.parametrize(("between", "verdicts"), [
    ("Second part\n-----------", ["unchecked", "ok", "ok"]),
    ("Second part\n===", ["unchecked", "ok", "ok"]),
    # no heading: the block opening with = goes on from the value above (a slip there)
    ("Second part", ["unchecked", "ok", "error", "ok"]),
    # a rule after a blank line is a thematic break, no heading
    ("Second part\n\n---", ["unchecked", "ok", "error", "ok"]),
])
def test_a_setext_heading_starts_a_section(between, verdicts):
    assert_verdicts(ABOVE + between + BELOW, [(v, None) for v in verdicts])

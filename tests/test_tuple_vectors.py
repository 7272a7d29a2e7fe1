"""Tuples added or taken away (`[0.098, 0.659, 0.242] - [0, 1, 0] = [0.098, -0.341, 0.242]`, the
gradient of softmax with cross-entropy worked out in numbers) are vectors, compared entry by
entry with their decimals exact; a tuple alone stays a tuple or an interval (not a claim)."""

from __future__ import annotations

import pytest
from document_steps import assert_verdicts


@pytest.mark.parametrize(("text", "verdicts"), [
    ("$$[0.098, 0.659, 0.242] - [0, 1, 0] = [0.098, -0.341, 0.242]$$", ["ok"]),
    ("$$[0.098, 0.659, 0.242] - [0, 1, 0] = [0.098, 0.341, 0.242]$$", ["error"]),
    ("$$(0.5, 0.25) + (0.5, 0.5) = (1, 0.75)$$", ["ok"]),
    ("$$[1, 2] + [3, 4] = [4, 7]$$", ["error"]),
    ("$$[1, 2] + [3, 4] = [4, 6]$$", ["ok"]),
    ("The interval $[0, 1]$ holds $x$.", []),  # a tuple alone: no claim
])
def test_tuples_added_are_vectors(text, verdicts):
    assert_verdicts(text + "\n", [(v, None) for v in verdicts])

"""Data listed in a sentence ("times $2, 3, 1, 4$: $\\sum t_i = 10$") is the list of the one
family the rest of its paragraph sums or averages: those sums were "a substitution: holds when
sum(…) = 10". A run of numbers is no data after `=`, `\\in` or a bracket (a set of values),
before `\\dots`, beside another count (`n = 5` for four numbers), or with no one family summed."""

from __future__ import annotations

import pytest

from tutor.batch import check_document
from tutor.notes.data_lists import _lists


def _verdict_of(text: str, source: str) -> str:
    steps = [s for s in check_document(text, kind="md").steps if s.source == source]
    assert steps, [(s.source, s.verdict) for s in check_document(text, kind="md").steps]
    return steps[-1].verdict


@pytest.mark.parametrize(("text", "source", "verdict"), [
    ("With $n = 4$ and times $2, 3, 1, 4$: $\\sum t_i = 10$.", "10", "ok"),
    ("For the data $2, 0, 3, 1, 4$ we get $\\sum_i x_i = 10$.", "10", "ok"),
    ("Dati: $1.5,\\space 2,\\space 0.5,\\space 4$, quindi $\\sum x_i = 8$.", "8", "ok"),
    ("Scores 4, 8, 6 and 2: $\\sum_i y_i^2 = 120$.", "120", "ok"),
    ("Scores 4, 8, 6 and 2: $\\bar y = \\frac{4 + 8 + 6 + 2}{4} = 5$.", "5", "ok"),
    # a slip in the sum is found with the data
    ("Data $1, 2, 3$ give $\\sum_i z_i = 7$.", "7", "error"),
    ("Data $1, 2, 3$ give $\\sum_i z_i^2 = 13$.", "13", "error"),
    # no data: a set of values, a list that goes on, another count, no family summed
    ("For $k = 0, 1, 2$ we have $\\sum_i w_i = 5$.", "5", "unchecked"),
    ("Values $1, 2, 3, \\dots$ and $\\sum_i w_i = 5$.", "5", "unchecked"),
    ("The values $2, 4, 6$ and $n = 5$: $\\sum_i v_i = 12$.", "12", "unchecked"),
    ("Points $(1, 2, 3)$ and $\\sum_i v_i = 6$.", "6", "unchecked"),
])
def test_listed_data_is_summed(text, source, verdict):
    assert _verdict_of(text, source) == verdict


@pytest.mark.parametrize(("text", "found"), [
    ("times $2, 3, 1, 4$: $\\sum t_i = 10$", [("t", 4)]),
    ("times 2, 3, 1, 4: $\\sum t_i + \\sum s_i = 10$", []),   # two families: which?
    ("times 2, 3, 1, 4: $t_1 = 2$", []),                      # nothing summed
    ("the years 2019, 2020, 2021 saw growth", []),
])
def test_which_lists_are_data(text, found):
    assert [(name, len(values)) for _, name, values in _lists(text)] == found

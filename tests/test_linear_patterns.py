"""Patterns run on user text end in time on hostile input (each row hung or ran for minutes
before: an alternation whose branches overlap, or runs of spaces with several places to go)."""

import pytest

from tutor.judge.decimals import BARE_DECIMAL
from tutor.notes.bare_formulas import _ARITHMETIC
from tutor.notes.opening_conditions import foreign_words


def test_a_long_run_of_thai_letters_is_read_at_once():
    assert foreign_words("ก" * 3000 + "!") is False
    assert foreign_words("ดังนั้น") is True


@pytest.mark.parametrize("text, bare", [
    ("0.5", True), ("$0.5$", True), (" - 0.25 ", True), ("0.5 \\times 10^{-3}", True),
    ("$ −1.386 $", True), ("5.32 × 10^11", True), ("0.50$ ", True), ("1.2.3", False),
    ("x0.5", False), (" " * 20000 + "!", False), ("$" + " " * 20000 + "0.5" + " " * 20000, True),
])
def test_bare_decimal(text, bare):
    assert bool(BARE_DECIMAL.match(text)) is bare


@pytest.mark.parametrize("text, found", [
    ("2.5 + 1.5 = 4", True), ("10.5" * 5000, False), ("x = 3", False),
])
def test_arithmetic_in_a_bare_formula(text, found):
    assert bool(_ARITHMETIC.search(text)) is found

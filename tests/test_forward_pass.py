"""A forward pass written with arrows, `x \\to z = w_1 x \\to a = \\tanh(z)`: the statements
between the arrows are statements of their own (definitions here), never steps from the name
before the arrow."""

from __future__ import annotations

from document_steps import assert_verdicts


def test_statements_between_arrows():
    text = (r"Architecture: $x \to z = w_1 x \to a = \tanh(z) \to q = w_2 a$." "\n\n"
            r"With $x = 1$, $w_1 = 0.5$, $w_2 = 2$: $q = 2\tanh(0.5) \approx 0.924$." "\n")
    assert_verdicts(text, [("unchecked", "definition of z"), ("unchecked", "definition of a"),
                           ("unchecked", "definition of q"), ("unchecked", None),
                           ("unchecked", None), ("unchecked", None), ("ok", None),
                           ("ok", None)])


def test_a_single_statement_after_an_arrow_stays_whole():
    """`h \\to 0` alone says where h goes; one statement beside an arrow is not split."""
    assert_verdicts(r"As $h \to 0$, $f = 2x$." "\n", [("unchecked", "definition of f")])

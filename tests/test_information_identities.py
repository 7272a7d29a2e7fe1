"""Identities of information measures (H(X|Y) = H(X,Y) − H(Y), I(X;Y), D(p‖q) = H(p,q) − H(p))
checked by writing each measure in joint entropies or cross-entropies."""

import pytest
from document_steps import assert_verdicts

import tutor

COMPARE = [
    # (left, right, status)
    (r"H(X|Y)", r"H(X,Y) - H(Y)", "equal"),
    (r"I(X;Y)", r"H(X) - H(X|Y)", "equal"),
    (r"I(X;Y)", r"H(Y) - H(Y|X)", "equal"),
    (r"I(X;Y)", r"H(X) + H(Y) - H(X,Y)", "equal"),
    (r"H(X,Y)", r"H(Y,X)", "equal"),
    (r"D_{KL}(p \| q)", r"H(p,q) - H(p)", "equal"),
    (r"H(P, Q)", r"H(P) + D_{KL}(P \| Q)", "equal"),
    # a number apart: wrong under every law
    (r"H(X|Y)", r"H(X,Y) - H(Y) + 1", "not_equal"),
    # no identity: a law under which the sides differ
    (r"I(X;Y)", r"H(X) - H(Y|X)", "not_equal"),
    (r"H(X,Y)", r"H(X) + H(Y)", "not_equal"),
    (r"H(p,q)", r"H(q,p)", "not_equal"),
    (r"D_{KL}(p \| q)", r"H(q,p) - H(p)", "not_equal"),
]


@pytest.mark.parametrize("left, right, status", COMPARE)
def test_identities_of_information(left, right, status):
    assert tutor.compare(left, right).status == status


def test_a_witness_names_laws_under_which_the_sides_differ():
    verdict = tutor.compare("H(X,Y)", "H(X) + H(Y)")
    assert "X = Y one fair coin" in verdict.method


DOCUMENTS = [
    # an identity is checked (and the name defined), then the values put in
    ("$$H(X|Y) = H(X,Y) - H(Y) = 1.722 - 1 = 0.722$$\n",
     [("ok", "identities of information"), ("unchecked", None), ("ok", None)]),
    ("$$D_{KL}(p \\| q) = H(p, q) - H(p)$$\n", [("ok", "identities of information")]),
    # under independence (said in the text) it may hold: no identity, never called wrong
    ("$X$ and $Y$ are independent.\n\n$$H(X, Y) = H(X) + H(Y)$$\n", [("unchecked", None)]),
    ("$$I(X;Y) = H(X) + H(Y) - H(X,Y)$$\n\n$$= H(X) - H(X|Y) + 1$$\n",
     [("ok", None), ("error", None)]),
    # a measure beside its own formula is checked against its definition (in nats or bits);
    # a formula of the writer's own for H stays a definition
    ("$$H(X) = -\\sum_x p(x) \\log p(x)$$\n", [("ok", None)]),
    ("$$H(X) = -\\sum_x p(x) \\log_2 p(x)$$\n", [("ok", None)]),
    ("$$H(X) = \\sum_x p(x)^2$$\n", [("unchecked", "definition of H(X)")]),
    ("$$D(p, q) = \\sum_i (p_i - q_i)^2$$\n", [("unchecked", "definition of D(p, q)")]),
]


@pytest.mark.parametrize("text, verdicts", DOCUMENTS)
def test_identities_in_notes(text, verdicts):
    assert_verdicts(text, verdicts)

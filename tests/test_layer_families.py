"""Layer-labelled families of backprop notes (`w^{(2)}_{jk}`, `a^{(L)}_j`): entries of one family
inside sums and outside them, so a derivative in one entry is worked out (it was 0: false
errors), and the slips beside them stay errors."""

from __future__ import annotations

import pytest
import sympy as sp
from document_steps import assert_verdicts

from tutor import compare
from tutor.indices import entry_of, split_name
from tutor.read.grammar import detect_syntax

COST = r"\frac{\partial}{\partial a^{(L)}_j} \frac{1}{2}\sum_j (y_j - a^{(L)}_j)^2"
WEIGHTS = r"\frac{\partial}{\partial w^{(l)}_{jk}} \sum_m w^{(l)}_{jm} a^{(l-1)}_m"


@pytest.mark.parametrize(("a", "b", "status"), [
    (COST, r"a^{(L)}_j - y_j", "equal"),
    (COST, r"y_j - a^{(L)}_j", "not_equal"),  # the sign
    (COST, r"(a^{(L)}_j - y_j)^2", "not_equal"),
    (r"\frac{\partial}{\partial w^{(l)}_{jk}} \sum_k w^{(l)}_{jk} a^{(l)}_k", r"\, a^{(l)}_k",
     "equal"),
    (r"\frac{\partial}{\partial w^{(l)}_{jk}} \sum_m w^{(l)}_{jm} a^{(l)}_m", r"\, a^{(l)}_k",
     "equal"),
    (r"\frac{\partial}{\partial w^{(l)}_{jk}} \sum_m w^{(l)}_{jm} a^{(l)}_m", r"\, a^{(l)}_j",
     "not_equal"),  # the other index
    (r"\frac{\partial}{\partial w^{(2)}_{jk}} \sum_m w^{(2)}_{jm} a^{(1)}_m", r"\, a^{(1)}_k",
     "equal"),
    (r"\frac{\partial}{\partial w^{(2)}_{12}} \sum_m w^{(2)}_{1m} a^{(1)}_m", r"\, a^{(1)}_2",
     "equal"),  # digits taken one by one: w at (2, 1, 2)
    (r"\frac{\partial}{\partial w^{(2)}_{12}} \sum_m w^{(2)}_{1m} a^{(1)}_m", r"\, a^{(1)}_1",
     "unknown"),  # never equal; undecided as for w_{12} without a label (the range of m)
    (r"\frac{\partial}{\partial w^{(out)}_{j}} \sum_m w^{(out)}_{m} h_m", r"\, h_j", "equal"),
    (r"\frac{\partial}{\partial w^{(out)}_{j}} \sum_m w^{(out)}_{m} h_m", r"\, h_j^2",
     "not_equal"),
    (r"\frac{\partial}{\partial w_{jk}} \sum_m w_{jm} a_m", r"\, a_k", "equal"),
])
def test_derivative_in_a_labelled_entry(a, b, status):
    assert compare(a, b).status == status


@pytest.mark.parametrize(("name", "split"), [
    ("x_i", ("x", "[i]")),
    ("x_i_2c_j", ("x", "[i, j]")),          # x_{i,j}
    ("w_2_2c_jk", ("w", "[2, j, k]")),      # W^{(2)}_{jk}
    ("w_2_2c_1m", ("w", "[2, 1, m]")),
    ("w_2_2c_12", ("w", "[2, 12]")),        # digits: split by the family's arity (below)
    ("a_L_2c_j", ("a", "[L, j]")),
    ("a_out_2c_j", ("a_out", "[j]")),       # a^{(out)}_j: the label names the family
    ("x_max", None),
    ("a_out_2c_max", None),
])
def test_split_name(name, split):
    found = split_name(sp.Symbol(name))
    assert (None if found is None else (found[0], str(found[1]))) == split


@pytest.mark.parametrize(("name", "arity", "parts"), [
    ("w_2_2c_12", 3, "[2, 1, 2]"),
    ("w_2_2c_12", 2, "[2, 12]"),
    ("x_12", 2, "[1, 2]"),
    ("x_12", 1, "[12]"),
    ("w_2_2c_12", 4, None),
])
def test_entry_of(name, arity, parts):
    found = entry_of(sp.Symbol(name), arity)
    assert (None if found is None else str(found[1])) == parts


@pytest.mark.parametrize(("text", "syntax"), [
    ("a^{(L)}_j - y_j", "latex"),   # a label above a name is TeX's, never a power
    ("W^{[2]} x", "latex"),
    ("x^{2} + 1", "plain"),
    ("x^(2)", "plain"),
    (r"\sin x", "latex"),
])
def test_detect_syntax(text, syntax):
    assert detect_syntax(text) == syntax


DOCUMENT = r"""Let ${} = \frac{{1}}{{2}}\sum_j (y_j - {})^2$. Then

$$\frac{{\partial {}}}{{\partial {}}} = {}$$
"""


@pytest.mark.parametrize(("name", "entry", "claim", "verdict"), [
    ("E", "a_j", "a_j - y_j", "ok"),
    ("E", "a_j", "y_j - a_j", "error"),   # the sign slip (was unchecked: "a substitution")
    ("C", "a^{(L)}_j", "a^{(L)}_j - y_j", "ok"),
    ("C", "a^{(L)}_j", "y_j - a^{(L)}_j", "error"),
    ("C", "a^{(L)}_j", "2(a^{(L)}_j - y_j)", "error"),  # the half dropped
])
def test_cost_derivative_in_notes(name, entry, claim, verdict):
    text = DOCUMENT.format(name, entry, name, entry, claim)
    assert_verdicts(text, [("unchecked", "definition"), (verdict, None)])


@pytest.mark.parametrize(("text", "read"), [
    # Nielsen's bare layer label: layer l or L above a subscripted name, never a power
    (r"a^L_j", "a_L_2c_j"),
    (r"a^{L}_j", "a_L_2c_j"),
    (r"w^l_{jk}", "w_l_2c_jk"),
    (r"\delta^L_j", "delta_L_2c_j"),
    (r"\sigma^l_j", "sigma_l_2c_j"),
    # no subscript after it, another letter, a sum's bound, a subscript first: as before
    (r"x^l", "x**l"),
    (r"x^L + 1", "x**L + 1"),
    (r"x^2_i", "x_i**2"),
    (r"x^n_i", "x_i**n"),
    (r"a_j^L", "a_j**L"),
    (r"\sum^L_{l=1} x_l", "Sum(x[l], (l, 1, L))"),
])
def test_bare_layer_label(text, read):
    from tutor.read.parser import parse

    assert str(parse(text, "latex")) == read


NIELSEN = r"""For the quadratic cost $C = \frac{{1}}{{2}}\sum_j (y_j - a^L_j)^2$ we get

$$\frac{{\partial C}}{{\partial a^L_j}} = {}$$
"""


@pytest.mark.parametrize(("claim", "verdict"), [
    ("a^L_j - y_j", "ok"),
    ("y_j - a^L_j", "error"),
    ("(a^L_j - y_j)^2", "error"),
])
def test_nielsen_cost_derivative(claim, verdict):
    assert_verdicts(NIELSEN.format(claim), [("unchecked", "definition"), (verdict, None)])


FAMILY_DEFINED = (
    r"The activation is ${} = \sigma({})$ and the cost is "
    r"$C = \frac{{1}}{{2}}\sum_j (y_j - {})^2$."
    + r"""

$$\frac{{\partial C}}{{\partial {}}} = {}$$
""")


# a family defined by one entry (a_j = σ(z_j)) and a derivative in one of its entries: taken in
# a as written, then at its value (was 'C does not hold a_j': unchecked, the slip unseen)
@pytest.mark.parametrize(("entry", "inner", "claim", "verdict"), [
    ("a_j", "z_j", "a_j - y_j", "ok"),
    ("a_j", "z_j", "y_j - a_j", "error"),
    ("a_j", "z_j", r"\sigma(z_j) - y_j", "ok"),
    ("a_j", "z_j", r"(a_j - y_j)\sigma'(z_j)", "error"),  # the next factor, too soon
    ("a^l_j", "z^l_j", "a^L_j - y_j", "ok"),  # layer l's definition at layer L
    ("a^l_j", "z^l_j", "y_j - a^L_j", "error"),
])
def test_derivative_in_a_defined_family(entry, inner, claim, verdict):
    variable = entry.replace("^l", "^L")
    text = FAMILY_DEFINED.format(entry, inner, variable, variable, claim)
    assert_verdicts(text, [("unchecked", "definition"), ("unchecked", "definition"),
                           (verdict, None)])


_a, _y = sp.IndexedBase("a"), sp.IndexedBase("y")
_k, _j, _n = sp.symbols("k j n_max")
_aj, _a1, _yj = sp.symbols("a_j a_1 y_j")


@pytest.mark.parametrize(("expr", "taken"), [
    (sp.Sum((_y[_k] - _a[_k]) ** 2, (_k, 1, _n)) / 2, "a_j - y_j"),
    (sp.Sum(sp.exp(_a[_k]), (_k, 1, _n)) ** 2, "2*exp(a_j)*Sum(exp(a[k]), (k, 1, n_max))"),
    (_aj * sp.Sum(_a[_k], (_k, 1, _n)), "a_j + Sum(a[k], (k, 1, n_max))"),
    (sp.log(sp.Sum(sp.exp(_a[_k]), (_k, 1, _n))), "exp(a_j)/Sum(exp(a[k]), (k, 1, n_max))"),
    (_a1 * sp.Sum(_a[_k], (_k, 1, _n)), None),                 # a_1 may be a_j
    (sp.Sum(_a[_k] * _a[_k + 1], (_k, 1, _n)), None),          # two entries in one term
    (sp.Sum(sp.Sum(_a[_k], (_k, 1, _n)), (_j, 1, _n)), None),  # a sum in a sum
])
def test_taken_in_entries(expr, taken):
    from tutor.derive.own_entries import taken_in_entries

    found = taken_in_entries(sp.Derivative(expr, _aj))
    assert (None if found is None else str(found)) == taken


@pytest.mark.parametrize(("diagnosis", "groups"), [
    ("right for different indices, wrong at j = k: the term of the Kronecker delta",
     [["j", "k"]]),
    ("right for different indices, wrong at i = j, k = l: the term", [["i", "j"], ["k", "l"]]),
    ("right for different indices, wrong at i_1 = i_2 = j: the term", [["i_1", "i_2", "j"]]),
    ("a sign slip", []),
    (None, []),
])
def test_indices_met(diagnosis, groups):
    from tutor.judge.index_cases import indices_met

    assert indices_met(diagnosis) == groups


@pytest.mark.parametrize(("where", "groups"), [
    ("j = k", [["j", "k"]]),
    ("i = j, k = l", [["i", "j"], ["k", "l"]]),
])
def test_indices_met_reads_what_coinciding_writes(where, groups):
    from tutor.judge.index_cases import COINCIDING, coinciding, indices_met
    from tutor.model import Verdict

    _, diagnosis = coinciding(Verdict("not_equal", reason=COINCIDING + where))
    assert indices_met(diagnosis) == groups

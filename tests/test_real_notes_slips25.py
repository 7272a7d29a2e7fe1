"""Slips of the held-out real notes of issue 12 (sets 22 to 24, outside the repository) that
went unseen, each habit written here in our own words as a construct and the verdict it must
get; the right form of each beside it."""

from __future__ import annotations

import pytest

from tutor import check_document

# a derivative of a formula in names defined above (the model's output, then the loss written
# with it): ∂(t - p)²/∂a with p = ca + d is taken through p's definition (it was 'a derivative
# of a quantity not written in the variable here'); a name that is a number stays unknown
THROUGH_DEFINED = """# Model
$p = {value}$

$\\frac{{\\partial (t - p)^2}}{{\\partial a}} = {rhs}$
"""

# a tall bracket drawn as a bmatrix of one entry holding a binomial written as a pmatrix, over
# several source rows of an align: the row is read (the inner row break belonged to the
# binomial; it was '\\end cannot stand here'), so a slip in it or in the row below is seen
NESTED_BRACKET = """$$
\\begin{{align*}}
s &= m\\sum_{{j=0}}^{{m}} \\begin{{pmatrix}} m \\\\ j \\end{{pmatrix}} q^j (1-q)^{{m-j}} \\\\
 &= m\\begin{{bmatrix}}
 {factor}\\sum_{{j=0}}^{{m}}
 \\begin{{pmatrix}}
 m \\\\ j
 \\end{{pmatrix}}
 q^{{j}}(1 - q)^{{m - j}} \\end{{bmatrix}} \\\\
 &= {last}
\\end{{align*}}
$$
"""

# a density given by cases whose condition was written the wrong way round (`x \le 0` for
# `x \ge 0` beside `x < 0`): the rows overlap on an interval and disagree there, a warning; rows
# that only touch at a point, or agree where they overlap, are a definition as before
BY_CASES = ("$g(t) = \\begin{{cases}} {first} & {when_first} \\\\ {second} & {when_second} "
            "\\end{{cases}}$\n")


def _verdicts(text: str, line: int) -> list[str]:
    return [s.verdict for s in check_document(text, kind="md").steps if s.line == line]


@pytest.mark.parametrize(("text", "line", "verdicts"), [
    (THROUGH_DEFINED.format(value="ca + d", rhs="-2c(t - ca - d)"), 4, ["ok"]),
    (THROUGH_DEFINED.format(value="ca + d", rhs="-2c(t - ca + d)"), 4, ["error"]),
    (THROUGH_DEFINED.format(value="ca + d", rhs="2c(t - ca - d)"), 4, ["error"]),
    (THROUGH_DEFINED.format(value="0.8", rhs="-2c(t - 0.8)"), 4, ["unchecked"]),  # a number
    (NESTED_BRACKET.format(factor="", last="m"), 4, ["ok"]),
    (NESTED_BRACKET.format(factor="", last="m"), 10, ["ok"]),
    (NESTED_BRACKET.format(factor="q", last="mq"), 4, ["error"]),  # a factor slipped in
    (BY_CASES.format(first="2e^{-2t}", when_first="t \\le 0", second="0", when_second="t < 0"),
     1, ["warning"]),
    (BY_CASES.format(first="2e^{-2t}", when_first="t \\ge 0", second="0", when_second="t < 0"),
     1, ["unchecked"]),
    (BY_CASES.format(first="1", when_first="t \\ge 0", second="0", when_second="t \\le 0"),
     1, ["unchecked"]),  # they meet at t = 0 only
    (BY_CASES.format(first="t^2", when_first="t > 1", second="t^2", when_second="t > 0"),
     1, ["unchecked"]),  # they overlap and agree
    (BY_CASES.format(first="c", when_first="t > 1", second="0", when_second="t > 0"),
     1, ["warning"]),  # c: a name, any value of it (c = 0.7 witnesses)
])
def test_slip_of_real_notes_found(text: str, line: int, verdicts: list[str]) -> None:
    assert _verdicts(text, line) == verdicts


# the bracket reading leaves a matrix a matrix: rows or cells outside the inner environment
@pytest.mark.parametrize(("text", "expected"), [
    ("a\\begin{bmatrix} \\begin{pmatrix} n \\\\ k \\end{pmatrix} x \\end{bmatrix}",
     "a\\left(          \\begin{pmatrix} n \\\\ k \\end{pmatrix} x \\right)      "),
    ("\\begin{bmatrix} \\begin{pmatrix} n \\\\ k \\end{pmatrix} \\\\ 2 \\end{bmatrix}", None),
    ("\\begin{bmatrix} \\begin{pmatrix} n \\\\ k \\end{pmatrix} & 2 \\end{bmatrix}", None),
    ("\\begin{bmatrix} x + 1 \\end{bmatrix}", None),  # no inner environment: as it was
    ("\\begin{bmatrix} \\begin{pmatrix} n \\\\ k \\end{pmatrix}", None),  # not closed
])
def test_one_entry_bracket(text: str, expected: str | None) -> None:
    from tutor.read.column_vectors import nested_brackets
    assert nested_brackets(text) == (text if expected is None else expected)

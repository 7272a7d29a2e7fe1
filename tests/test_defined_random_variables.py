"""A random variable defined from another in the same part (Y = 2Z + 5): its moments are
that variable's, so a slip through the definition is an error; one defined under an earlier
heading may be another's, so a claim about it there stays as written."""

import pytest
from document_steps import assert_verdicts

DOCUMENTS = [
    # the factor not squared: wrong through Y = 2Z + 5 (before: "holds for some distributions")
    ("Let $Z \\sim N(0,1)$ and $Y = 2Z + 5$.\n\n"
     "$$\\mathrm{Var}(Y) = 2\\,\\mathrm{Var}(Z) = 2$$\n",
     [("unchecked", None), ("unchecked", None), ("error", None), ("ok", None)]),
    # the right line after it is not judged against the wrong value above
    ("Let $Z \\sim N(0,1)$ and $Y = 2Z + 5$.\n\n"
     "$$\\mathrm{Var}(Y) = 2\\,\\mathrm{Var}(Z) = 2$$\n\n"
     "$$\\mathrm{Var}(Y) = 4\\,\\mathrm{Var}(Z) = 4$$\n",
     [("unchecked", None), ("unchecked", None), ("error", None), ("ok", None), ("ok", None),
      ("ok", None)]),
    ("Let $Z \\sim N(0,1)$ and $Y = 2Z + 5$.\n\n"
     "$$\\mathrm{Var}(Y) = 4\\,\\mathrm{Var}(Z) = 4$$\n",
     [("unchecked", None), ("unchecked", None), ("ok", None), ("ok", None)]),
    # Y defined under an earlier heading: the Y of this part may be another
    ("## Part 1\n\nLet $Z \\sim N(0,1)$ and $Y = 2Z + 5$.\n\n## Part 2\n\n"
     "$$\\mathrm{Var}(Y) = 2\\,\\mathrm{Var}(Z)$$\n",
     [("unchecked", None), ("unchecked", None), ("unchecked", None)]),
]


@pytest.mark.parametrize("text, verdicts", DOCUMENTS)
def test_moments_through_a_definition(text, verdicts):
    assert_verdicts(text, verdicts)

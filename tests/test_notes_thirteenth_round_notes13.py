"""The thirteenth round of real-notes habits (probability, distributions, information theory):
a table typed with spaces in a plain-text answer, Sphinx / reStructuredText pages, Word's
UnicodeMath pasted into notes, e-mail replies in plain text."""

from __future__ import annotations

import pytest

import tutor


def _steps(text: str, kind: str) -> list[tuple[int, str]]:
    return [(s.line, s.verdict) for s in tutor.check_document(text, kind=kind).steps]


# a 2x2 table typed with spaces is columns, not a product: no row is checked against the last
@pytest.mark.parametrize(("text", "expected"), [
    ("  X=0      0.4    0.1\n  X=1      0.1    0.4\n", []),
    ("x = 2\nx   3   4\n", [(1, "unchecked")]),
    ("H   = 1/2 + 1/4\n    = 3/4\n", [(1, "unchecked"), (2, "ok")]),  # a gap before `=`: layout
])
def test_a_table_typed_with_spaces_is_no_formula(text, expected):
    assert _steps(text, "txt") == expected


SPHINX_PAGE = r""".. _review:

=======
Review
=======

With :math:`p = 0.4` and :math:`n = 5`, see :eq:`var`.

.. math::
   :label: var

   \operatorname{Var}(X) = np(1 - p)
                         = 5 \cdot 0.4 \cdot 0.6 = VAR

   E[X] = np = 2

.. code-block:: python

   x = 5 * 0.4   # 2.0

.. note::

   .. math:: 2^{10} = 1024

.. math:: z = \frac{55 - 70}{10} = -1.5
"""


# a Sphinx page: `.. math::` paragraphs are displays (options and code left out), roles inline
@pytest.mark.parametrize(("var", "verdict"), [("1.2", "ok"), ("1.4", "error")])
def test_a_sphinx_page_is_read_for_its_math(var, verdict):
    assert _steps(SPHINX_PAGE.replace("VAR", var), "rst") == [
        (7, "unchecked"), (7, "unchecked"), (12, "unchecked"), (13, "ok"), (13, verdict),
        (15, "unchecked"), (15, "ok"), (23, "ok"), (25, "unchecked"), (25, "ok")]


# the columns of a step are those of the page as written
def test_a_sphinx_step_points_at_the_page():
    steps = tutor.check_document(SPHINX_PAGE.replace("VAR", "1.2"), kind="rst").steps
    assert [(s.line, s.column, s.source) for s in steps][-1] == (25, 36, "-1.5")


# a `.rst` file is read as a page; text with `.. math::` or `:math:` is guessed to be one
def test_an_rst_file_and_rst_text_are_read_as_pages(tmp_path):
    page = tmp_path / "review.rst"
    page.write_text(SPHINX_PAGE.replace("VAR", "1.4"), encoding="utf-8")
    assert [s.verdict for s in tutor.check_document(str(page)).steps].count("error") == 1
    assert [s.verdict for s in tutor.check_document(SPHINX_PAGE.replace("VAR", "1.4")).steps
            ].count("error") == 1

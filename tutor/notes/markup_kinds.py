"""Other markups whose math is read as Markdown's: AsciiDoc (`.adoc`), Org (`.org`),
reStructuredText (`.rst`) and web (`.html`, MathJax) pages; and Typst (`.typ`), whose math is
read as typed math."""

from __future__ import annotations

import re

from tutor.notes.asciidoc import ADOC_SUFFIXES, asciidoc_as_markdown
from tutor.notes.html_pages import HTML_SUFFIXES, html_as_markdown, math_scripts_as_delimiters
from tutor.notes.org import ORG_SUFFIXES, org_as_markdown
from tutor.notes.restructured import RST_SUFFIXES, restructured_as_markdown
from tutor.notes.typst import TYP_SUFFIXES

MARKUP_KINDS = ("adoc", "asciidoc", "org", "rst", "restructuredtext", "html", "typ", "typst")
# a folder's files with these suffixes are notes too
MARKUP_SUFFIXES = (*ADOC_SUFFIXES, *ORG_SUFFIXES, *RST_SUFFIXES, *TYP_SUFFIXES)


def markup_kind(suffix: str) -> str | None:
    """The kind of document a file suffix names among these markups, or None."""
    suffix = suffix.lower()
    if suffix in ADOC_SUFFIXES:
        return "adoc"
    if suffix in RST_SUFFIXES:
        return "rst"
    if suffix in TYP_SUFFIXES:
        return "typ"
    if suffix in HTML_SUFFIXES:  # named on the command line: a folder's pages are not notes
        return "html"
    return "org" if suffix in ORG_SUFFIXES else None


_RESTRUCTURED_MATH = re.compile(r"^\s*\.\. math::|:math:`[^`\n]+`", re.M)


def as_markdown(text: str, kind: str) -> tuple[str, str]:
    """(text, kind) with an AsciiDoc, Org or reStructuredText page rewritten as Markdown, line
    for line; other kinds unchanged."""
    if kind in ("adoc", "asciidoc"):
        return asciidoc_as_markdown(text), "md"
    if kind == "org":
        return org_as_markdown(text), "md"
    if kind in ("rst", "restructuredtext") or kind in ("txt", "plain", "text") and \
            _RESTRUCTURED_MATH.search(text):  # Sphinx: `.. math::`, `:math:`…`` (as .txt too)
        return restructured_as_markdown(text), "md"
    if kind == "html":  # a blog post typeset by MathJax: `<script type="math/tex">`
        return html_as_markdown(text), "md"
    if kind in ("md", "markdown") and "math/tex" in text:  # a Jekyll post: MathJax 2's scripts
        return math_scripts_as_delimiters(text), kind
    return text, kind

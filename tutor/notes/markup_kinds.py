"""Other markups whose math is read as Markdown's: AsciiDoc (`.adoc`), Org (`.org`) and
reStructuredText (`.rst`) pages; and Typst (`.typ`), whose math is read as typed math."""

from __future__ import annotations

from tutor.notes.asciidoc import ADOC_SUFFIXES, asciidoc_as_markdown
from tutor.notes.org import ORG_SUFFIXES, org_as_markdown
from tutor.notes.restructured import RST_SUFFIXES, restructured_as_markdown
from tutor.notes.typst import TYP_SUFFIXES

MARKUP_KINDS = ("adoc", "asciidoc", "org", "rst", "restructuredtext", "typ", "typst")
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
    return "org" if suffix in ORG_SUFFIXES else None


def as_markdown(text: str, kind: str) -> tuple[str, str]:
    """(text, kind) with an AsciiDoc, Org or reStructuredText page rewritten as Markdown, line
    for line; other kinds unchanged."""
    if kind in ("adoc", "asciidoc"):
        return asciidoc_as_markdown(text), "md"
    if kind == "org":
        return org_as_markdown(text), "md"
    if kind in ("rst", "restructuredtext"):  # Sphinx: `.. math::`, `:math:`…``
        return restructured_as_markdown(text), "md"
    return text, kind

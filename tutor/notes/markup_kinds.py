"""Other markups whose math is read as Markdown's: AsciiDoc (`.adoc`) and Org (`.org`) pages."""

from __future__ import annotations

from tutor.notes.asciidoc import ADOC_SUFFIXES, asciidoc_as_markdown
from tutor.notes.org import ORG_SUFFIXES, org_as_markdown

MARKUP_KINDS = ("adoc", "asciidoc", "org")
MARKUP_SUFFIXES = (*ADOC_SUFFIXES, *ORG_SUFFIXES)  # a folder's files of these are notes too


def markup_kind(suffix: str) -> str | None:
    """The kind of document a file suffix names among these markups, or None."""
    suffix = suffix.lower()
    if suffix in ADOC_SUFFIXES:
        return "adoc"
    return "org" if suffix in ORG_SUFFIXES else None


def as_markdown(text: str, kind: str) -> tuple[str, str]:
    """(text, kind) with an AsciiDoc or Org page rewritten as Markdown, line for line; other
    kinds unchanged."""
    if kind in ("adoc", "asciidoc"):
        return asciidoc_as_markdown(text), "md"
    if kind == "org":
        return org_as_markdown(text), "md"
    return text, kind

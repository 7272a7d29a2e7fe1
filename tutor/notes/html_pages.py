"""Read a web page saved as `.html` (a blog post typeset by MathJax or KaTeX) as Markdown's notes.

MathJax 2 writes math in `<script type="math/tex">…</script>` (and `; mode=display` for a
display); those tags become `\\(`…`\\)` and `\\[`…`\\]`. A page saved after KaTeX typeset it
keeps each formula's TeX in `<annotation encoding="application/x-tex">…</annotation>`: that
becomes `\\(`…`\\)`, and the rendered glyphs beside it (`<span class="katex-html">`) stay tags
and prose. A page's scripts that are no math (a MathJax configuration holding
`['\\\\(', '\\\\)']`, JavaScript), its styles, comments and `<pre>` code blocks are blanked.
Every rewrite keeps the text's length and line breaks.
"""

from __future__ import annotations

import re

HTML_SUFFIXES = (".html", ".htm", ".xhtml")
# `<script type="math/tex">`, `<script type='math/tex; mode=display'>`: MathJax 2's math
_MATH_SCRIPT = re.compile(r"<script\s+type\s*=\s*[\"']math/tex(?P<display>;\s*mode\s*=\s*display)?"
                          r"[\"']\s*>(?P<math>.*?)</script\s*>", re.I | re.S)
# KaTeX's rendered formula keeps its source: `<annotation encoding="application/x-tex">x^2</…>`
_TEX_ANNOTATION = re.compile(r"<annotation\s+encoding\s*=\s*[\"']application/x-tex[\"']\s*>"
                             r"(?P<math>.*?)</annotation\s*>", re.I | re.S)
# what a page holds that is no notes' text: scripts, styles, comments, preformatted code
_NOT_TEXT = re.compile(r"<(script|style|pre|textarea)\b[^>]*>.*?</\1\s*>|<!--.*?-->"
                       r"|<w?br\s*/?>", re.I | re.S)  # `<br />` a blog engine put in math


def html_as_markdown(text: str) -> str:
    """`text` with MathJax's math scripts turned into LaTeX delimiters and the page's other
    scripts, styles, comments, `<pre>` blocks and line-break tags blanked; the same length, the
    same lines."""
    text = _MATH_SCRIPT.sub(_delimited, text)
    text = _TEX_ANNOTATION.sub(_delimited, text)
    return _NOT_TEXT.sub(lambda m: _blank(m.group()), text)


def _delimited(script: re.Match) -> str:
    """A math script as its math between `\\(`…`\\)` (`\\[`…`\\]` displayed), padded to length."""
    display = "display" in script.groupdict() and script.group("display")
    opening, closing = ("\\[", "\\]") if display else ("\\(", "\\)")
    head = script.start("math") - script.start()
    tail = script.end() - script.end("math")
    return " " * (head - 2) + opening + script.group("math") + closing + " " * (tail - 2)


def _blank(span: str) -> str:
    """Spaces for every character of `span` but its line breaks."""
    return re.sub(r"[^\n]", " ", span)

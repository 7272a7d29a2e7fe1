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
                          r"[\"']\s*>", re.I)
# KaTeX's rendered formula keeps its source: `<annotation encoding="application/x-tex">x^2</…>`
_TEX_ANNOTATION = re.compile(r"<annotation\s+encoding\s*=\s*[\"']application/x-tex[\"']\s*>", re.I)
# what a page holds that is no notes' text: scripts, styles, comments, preformatted code, and
# `<br />` a blog engine put in math (each opening's closing found by a plain search: linear)
_NOT_TEXT = re.compile(r"<(?P<tag>script|style|pre|textarea)\b[^<>]{0,2000}>|(?P<comment><!--)"
                       r"|<w?br\s*/?>", re.I)


def html_as_markdown(text: str) -> str:
    """`text` with MathJax's math scripts turned into LaTeX delimiters and the page's other
    scripts, styles, comments, `<pre>` blocks and line-break tags blanked; the same length, the
    same lines. Linear in the page's length, however many tags are left unclosed."""
    text = _rewritten(text, _MATH_SCRIPT, lambda m: "</script", _delimited)
    text = _rewritten(text, _TEX_ANNOTATION, lambda m: "</annotation", _delimited)
    return _rewritten(text, _NOT_TEXT, _closing, lambda text, m, inner, end: _blank(
        text[m.start():end]))


def math_scripts_as_delimiters(text: str) -> str:
    """A Markdown post (Jekyll, kramdown) with MathJax 2's `<script type="math/tex">` in it:
    each such script's math between `\\(`…`\\)` (`\\[`…`\\]` displayed); the rest of the
    text as it is (its code blocks, its other tags). The same length, the same lines."""
    return _rewritten(text, _MATH_SCRIPT, lambda m: "</script", _delimited)


def _closing(m: re.Match) -> str | None:
    """What closes an opening of _NOT_TEXT (None: a `<br>`, closed by itself)."""
    if m.group("tag"):
        return "</" + m.group("tag").lower()
    return "-->" if m.group("comment") else None


def _rewritten(text: str, opening: re.Pattern, closing, replace) -> str:
    """`text` with each `opening … closing>` span replaced by `replace(text, m, inner end,
    end)` (of the same length). A closing searched for once and missing is not searched for
    again (a page of unclosed tags is read in one pass)."""
    lower, pieces, pos, unclosed = text.lower(), [], 0, set()
    for m in opening.finditer(text):
        if m.start() < pos:
            continue
        close = closing(m)
        if close is None:
            inner, end = m.end(), m.end()
        elif close in unclosed or (inner := lower.find(close, m.end())) < 0:
            unclosed.add(close)
            continue
        else:
            end = inner + len(close) if close == "-->" else text.find(">", inner) + 1
            if end <= 0:
                unclosed.add(close)
                continue
        pieces += [text[pos:m.start()], replace(text, m, inner, end)]
        pos = end
    return "".join(pieces) + text[pos:]


def _delimited(text: str, script: re.Match, inner: int, end: int) -> str:
    """A math script as its math between `\\(`…`\\)` (`\\[`…`\\]` displayed), padded to length."""
    display = "display" in script.groupdict() and script.group("display")
    opening, closing = ("\\[", "\\]") if display else ("\\(", "\\)")
    head, tail = script.end() - script.start(), end - inner
    return " " * (head - 2) + opening + text[script.end():inner] + closing + " " * (tail - 2)


def _blank(span: str) -> str:
    """Spaces for every character of `span` but its line breaks."""
    return re.sub(r"[^\n]", " ", span)

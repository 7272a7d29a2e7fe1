"""Dev.to's Liquid math tags read as dollars: `{% katex %}…{% endkatex %}` a display and
`{% katex inline %}…{% endkatex %}` inline math; Hugo's shortcodes the same way
(`{{< katex >}}…{{< /katex >}}`: a display when it spans lines or says `display`), every other
character in its place."""

from __future__ import annotations

import re

# an opening tag, then its closing tag (within a few lines: a tag left open is no math)
_TAG_PAIR = re.compile(
    r"\{%-?[ \t]*katex(?P<inline>[ \t]+inline)?[ \t]*-?%\}"
    r"(?P<body>(?:(?!\{%)[^\n]|\n){1,1500}?)"
    r"\{%-?[ \t]*endkatex[ \t]*-?%\}")
_SHORTCODE_PAIR = re.compile(
    r"\{\{[<%][ \t]*katex(?P<options>[^<>%}\n]*)[>%]\}\}"
    r"(?P<body>(?:(?!\{\{)[^\n]|\n){1,1500}?)"
    r"\{\{[<%][ \t]*/katex[ \t]*[>%]\}\}")


def liquid_katex_as_dollars(text: str) -> str:
    """`text` with each Liquid KaTeX pair written as `$…$` (inline) or `$$…$$` (display), the
    dollars next to the math and the rest of each tag blanked, so positions do not move."""
    if "katex" not in text:
        return text
    text = _SHORTCODE_PAIR.sub(_shortcode_as_dollars, text)
    return _TAG_PAIR.sub(_as_dollars, text)


def _parts(match: re.Match) -> tuple[str, str, str]:
    """(the opening tag, the body, the closing tag) of a tag pair."""
    return (match.group()[:match.start("body") - match.start()], match.group("body"),
            match.group()[match.end("body") - match.start():])


def _as_dollars(match: re.Match) -> str:
    """One tag pair with its tags as dollars padded by spaces to the tags' lengths."""
    opening, body, closing = _parts(match)
    if match.group("inline"):
        if "\n" in body:
            return match.group()
        return _padded(opening, "$", body, closing)
    return _padded(opening, "$$", body, closing)


def _shortcode_as_dollars(match: re.Match) -> str:
    """One Hugo shortcode pair: inline on one line, else (or when it says so) a display."""
    opening, body, closing = _parts(match)
    display = "display" in match.group("options") or "\n" in body
    return _padded(opening, "$$" if display else "$", body, closing)


def _padded(opening: str, dollars: str, body: str, closing: str) -> str:
    """`body` between `dollars`, each tag's other characters blanked (inline math has its
    dollars next to the math: a space inside would end it)."""
    if dollars == "$":
        return " " * (len(opening) - 1) + "$" + body + "$" + " " * (len(closing) - 1)
    return "$$" + " " * (len(opening) - 2) + body + "$$" + " " * (len(closing) - 2)

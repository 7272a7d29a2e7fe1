"""Math written in other markups, blanked in place to LaTeX delimiters: wiki `<math>` tags,
HTML entities, Anki clozes; and whether a plain-text file carries LaTeX-delimited math.

Every rewrite keeps the text's length and line breaks, so offsets still map to the source.
"""

from __future__ import annotations

import re
import unicodedata
from html.entities import html5

# MediaWiki's `<math>…</math>` (and `<math display="block">`): the math between is LaTeX
_WIKI_OPEN = re.compile(r"<math(?:\s+display\s*=\s*[\"']?(?:block|inline)[\"']?)?\s*>")
_WIKI_CLOSE = "</math>"
# a wiki table `{| … |}`: its rows start `|` or `!` (not Markdown's table rows), cells `||`
_WIKI_TABLE = re.compile(r"^\{\|.*?^\|\}", re.M | re.S)
_WIKI_ROW_MARK = re.compile(r"^[|!]", re.M)
# HTML exports (Anki fields, wiki pages) escape `<`, `>`, `&` and spaces, also inside math
_ENTITIES = {"&lt;": "<", "&gt;": ">", "&amp;": "&", "&nbsp;": " ", "&le;": "≤", "&ge;": "≥",
             "&minus;": "−", "&quot;": '"', "&#39;": "'"}
# any named (`&times;`, `&middot;`, `&pi;`) or numbered (`&#960;`, `&#x3C0;`) entity of HTML
_ENTITY = re.compile(r"&(?:[A-Za-z][A-Za-z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});")
# Anki's cloze deletion `{{c1::answer}}` / `{{c1::answer::hint}}`: the answer is the math
_SUPERSCRIPT = re.compile(r"(?<=[\w)])<sup>([^<>\n]{1,20})</sup>")
_SUBSCRIPT = re.compile(r"(?<=[A-Za-z])<sub>([A-Za-z0-9]{1,3})</sub>")
_CLOZE_OPEN = re.compile(r"\{\{c\d{1,3}::")
# a plain-text file whose lines hold `\(…\)`, `\[…\]`, `$$…$$`, `<math>`, `[$]`: notes, not steps
_DELIMITED_MATH = re.compile(r"(?<!\\)\\\(.*?\\\)|(?<!\\)\\\[.*?\\\]|\$\$|<math[\s>]"
                             r"|\{\{c\d{1,3}::|\[\$\$?\]|\[tex\]", re.DOTALL)  # never `\\[4pt]`
# an HTML table cell that holds one `$…$` with spaces inside its dollars
_CELL_MATH = re.compile(r"(<t[dh](?:\s[^<>]*)?>\s*)(\$)(\s+)([^$<>\n]*?\$\s*</t[dh]>)")
# Anki's older math tags: `[$]…[/$]` inline, `[$$]…[/$$]` displayed (MathJax came later)
_ANKI_TAGS = {"[$]": " \\(", "[/$]": "\\)  ", "[$$]": "  \\[", "[/$$]": "\\]   "}
# WordPress's math: `$latex …$` (the word after the dollar is no factor), `[latex]…[/latex]`;
# Brainly's and forums' `[tex]…[/tex]`
_WORDPRESS_TAGS = {"[latex]": "     \\(", "[/latex]": "\\)      ", "[tex]": "   \\(",
                   "[/tex]": "\\)    "}
_WORDPRESS_TAG = re.compile(r"\[/?(?:la)?tex\]|(?<!\$)\$\$?latex[ \t]+")
_ANKI_TAG = re.compile("|".join(map(re.escape, sorted(_ANKI_TAGS, key=len, reverse=True))))


def carries_delimited_math(text: str) -> bool:
    """Does a plain-text document write its math between LaTeX (or wiki) delimiters, as an
    Anki export or a wiki page does? Then it is read as Markdown, not one step per line."""
    return bool(_DELIMITED_MATH.search(text))


# a lone backslash that ends a line (never the `\\` of a TeX row): Markdown's hard line break
_HARD_BREAK = re.compile(r"(?<![\\\s])\\(?=[ \t]*$)", re.M)


def markup_math_blanked(text: str) -> str:
    """`text` with wiki math tags and Anki's `[$]…[/$]` turned into `\\(`…`\\)`, HTML entities
    into their character, `<sup>…</sup>` into a power and Anki cloze braces into spaces; the
    same length, the same lines."""
    if "<math" in text:
        text = _WIKI_OPEN.sub(lambda m: " " * (len(m.group()) - 2) + "\\(", text)
        text = text.replace(_WIKI_CLOSE, "\\)" + " " * (len(_WIKI_CLOSE) - 2))
        text = _WIKI_TABLE.sub(_wiki_table_as_prose, text)
    if "[$" in text or "[/$" in text:
        text = _ANKI_TAG.sub(lambda m: _ANKI_TAGS[m.group()], text)
    if "tex" in text:  # WordPress: `$latex x^2$`, `[latex]x^2[/latex]`; `[tex]x^2[/tex]`
        text = _WORDPRESS_TAG.sub(_wordpress_delimiter, text)
    if "&" in text:
        text = _ENTITY.sub(_entity_character, text)
    if "{{c" in text:
        text = _clozes_blanked(text)
    if "<sup>" in text:  # `28x<sup>6</sup> - 1`: HTML's superscript, a power
        text = _SUPERSCRIPT.sub(lambda m: "^(   " + m.group(1) + ")     ", text)
    if "<sub>" in text:  # `a<sub>0</sub>`: HTML's subscript, an index
        text = _SUBSCRIPT.sub(lambda m: "_{   " + m.group(1) + "}     ", text)
    if "<t" in text:  # `<td>$ C_n^k p^k $</td>`: a cell's math, a space after its `$`
        text = _CELL_MATH.sub(lambda m: m.group(1) + m.group(3) + "$" + m.group(4), text)
    if "\\\n" in text:  # `P(E) = 13/40\`: Markdown's hard line break, no part of the math
        text = _HARD_BREAK.sub(" ", text)
    return text


def _wordpress_delimiter(tag: re.Match) -> str:
    """`[latex]` as `\\(`, `$latex ` as `$` right before the math, the tag's length kept."""
    written = tag.group()
    if written in _WORDPRESS_TAGS:
        return _WORDPRESS_TAGS[written]
    dollars = written[:written.rindex("$") + 1]
    return dollars.rjust(len(written))


def _entity_character(entity: re.Match) -> str:
    """The character an HTML entity stands for, padded to the entity's length (a space for one
    that is a space or invisible: `&nbsp;`, `&InvisibleTimes;`); the entity itself if unknown."""
    name = entity.group()
    if name in _ENTITIES:
        character = _ENTITIES[name]
    elif name.startswith("&#"):
        number = int(name[3:-1], 16) if name[2] in "xX" else int(name[2:-1])
        character = chr(number) if 32 <= number <= 0x10FFFF and not 0xD800 <= number <= 0xDFFF \
            else name
    else:
        character = html5.get(name[1:], name)
    if character != name and (character.isspace() or unicodedata.category(character[0]) == "Cf"):
        character = " "
    return character.ljust(len(name)) if len(character) <= len(name) else name


def _wiki_table_as_prose(table: re.Match) -> str:
    """A wiki table with its row marks blanked: each row reads as a line of prose and math."""
    return _WIKI_ROW_MARK.sub(" ", table.group())


def _clozes_blanked(text: str) -> str:
    """`{{c1::E[X^2] - (E[X])^2}}` -> the answer between spaces (a `::hint` blanked too)."""
    chars = list(text)
    for opener in _CLOZE_OPEN.finditer(text):
        close, hint = _cloze_end(text, opener.end())
        if close < 0:
            continue
        for position in [*range(opener.start(), opener.end()), *range(hint, close + 2)]:
            chars[position] = " "
    return "".join(chars)


def _cloze_end(text: str, start: int) -> tuple[int, int]:
    """(where the cloze's closing `}}` stands, where its `::hint` starts or the `}}` if none);
    braces inside the answer are balanced. (-1, -1) when it is not closed on its line."""
    depth, hint, position = 0, -1, start
    while position < len(text) and text[position] != "\n":
        if depth == 0 and text.startswith("}}", position):
            return position, position if hint < 0 else hint
        if depth == 0 and hint < 0 and text.startswith("::", position):
            hint = position
        depth += {"{": 1, "}": -1}.get(text[position], 0)
        if depth < 0:
            return -1, -1
        position += 1
    return -1, -1


# Anki's plain-text export opens with `#separator:tab`, `#html:true`, `#deck column:2` lines
_ANKI_HEADER = re.compile(r"#(?:separator|html|notetype|deck|tags|guid|columns|if matches)"
                          r"(?: column)?:", re.I)


def anki_note_starts(text: str) -> list[int]:
    """Where each note of an Anki plain-text export starts (one note a line; a quoted field
    may run over lines): every note is a card of its own, like a section. [] for other text."""
    lines = text.split("\n")
    if not lines or not _ANKI_HEADER.match(lines[0]):
        return []
    starts, offset, quotes = [], 0, 0
    for line in lines:
        if quotes % 2 == 0 and line.strip() and not _ANKI_HEADER.match(line):
            starts.append(offset)
        quotes += line.count('"')
        offset += len(line) + 1
    return starts


# TeX's braced comma: `0{,}25` can only be a decimal comma; `2{,}585` alone could be thousands
_CLEAR_BRACED_DECIMAL = re.compile(r"(?<![\d.{])(?:0\{,\}\d+|\d+\{,\}(?!\d{3}(?![\d{]))\d+)"
                                   r"(?![\d{])")
_THREE_AFTER_BRACED = re.compile(r"(?<![\d.{])([1-9]\d{0,2})\{,\}(\d{3})(?![\d{])")
_GROUPS_OF_THOUSANDS = re.compile(r"\d\{,\}\d{3}\{,\}\d{3}")  # 1{,}000{,}000


def braced_decimals_settled(text: str) -> str:
    """`2{,}585` as `{2.585}` (a group, the same length) in a document that writes its
    decimals with a braced comma elsewhere (`0{,}25`, `1{,}5`: no thousands can be meant) and
    never groups thousands so (`1{,}000{,}000`): one writer keeps one decimal mark."""
    if "{,}" not in text or not _CLEAR_BRACED_DECIMAL.search(text) or \
            _GROUPS_OF_THOUSANDS.search(text):
        return text
    return _THREE_AFTER_BRACED.sub(lambda m: f"{{{m.group(1)}.{m.group(2)}}}", text)

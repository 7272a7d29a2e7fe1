"""Find the math of a Markdown/Obsidian note, and its `tutor:` settings in the front matter."""

from __future__ import annotations

import re

from tutor.notes import code_spans
from tutor.notes.bare_brackets import bare_brackets_as_displays
from tutor.notes.bare_formulas import bare_formula_regions
from tutor.notes.choice_options import without_choices
from tutor.notes.claim_rows import claims_in_row
from tutor.notes.code_spans import BACKTICKS, DOLLARS_ONLY, backtick_span_ends, dollars_only_in_code
from tutor.notes.composition_parts import without_composition_parts
from tutor.notes.data_lists import with_data_lists
from tutor.notes.data_tables import with_data_tables
from tutor.notes.derivative_tables import derivative_table_rows, with_table_rows
from tutor.notes.docs_escapes import docs_escapes_removed
from tutor.notes.fences import MARKDOWN_FENCE
from tutor.notes.fragments import (
    _LAYOUT_ENVS,
    PROBLEM_ID,
    Fragment,
    fragments_in,
    problem_in,
)
from tutor.notes.frontmatter import front_matter
from tutor.notes.html_pre import pre_math_regions
from tutor.notes.image_math import IMAGE_MATH, decoded_in_place, formula_span
from tutor.notes.indented_math import FENCE, as_plain, indented_math_regions
from tutor.notes.latex_tables import latex_tables_read
from tutor.notes.liquid_katex import liquid_katex_as_dollars
from tutor.notes.lone_displays import lone_displays_joined
from tutor.notes.markup_math import anki_note_starts, markup_math_blanked
from tutor.notes.moment_tables import moment_table_rows
from tutor.notes.notebook_outputs import displayed_outputs_blanked
from tutor.notes.numbered_titles import numbered_title_starts
from tutor.notes.operator_d import derivative_operator_joined
from tutor.notes.prose_arithmetic import prose_arithmetic_regions
from tutor.notes.prose_around import apply_blanks
from tutor.notes.prose_joins import joined_with_prose
from tutor.notes.prose_values import prose_value_regions
from tutor.notes.question_callouts import LEVEL, question_callout_starts
from tutor.notes.shown_mistakes import without_shown_mistakes
from tutor.notes.value_tables import value_table_rows
from tutor.notes.wikipedia_math import grouping_braces_undone, wikipedia_math_as_dollars


def read_markdown(text: str, macros: dict | None = None) -> tuple[list[Fragment], dict]:
    """The math fragments of a Markdown note and its front-matter settings (`macros`: those a
    notebook's other cells define)."""
    text = docs_escapes_removed(text)  # Google Docs' export: `x\\^2`, `2 \\* x`, `w\\_new`
    text = liquid_katex_as_dollars(text)  # Dev.to's `{% katex inline %}…{% endkatex %}`
    text = wikipedia_math_as_dollars(text)  # `{\displaystyle …}` copied out of Wikipedia
    text = derivative_operator_joined(text)  # D($x^{-2}$) = $-2x^{-1}$ in Italian notes
    text = bare_brackets_as_displays(text)  # `[` TeX `]` copied out of a chat: a display
    text = markup_math_blanked(text)  # wiki `<math>`, HTML `&gt;`, Anki `{{c1::…}}`
    text = displayed_outputs_blanked(text)  # nbconvert: a sympy result under its code cell
    scanner = _MarkdownScanner(text, dollars_only_in_code(text))
    settings = scanner.run()
    scanner.events += [(start, 1, None) for start in anki_note_starts(text)]  # a card: a section
    scanner.events += [(start, 2, None) for start in numbered_title_starts(text)]  # `3. Softmax`
    scanner.events += [(start, LEVEL, None) for start in question_callout_starts(text)]  # Part B
    plain = indented_math_regions(text, scanner.regions)  # `    P(H) = 0.5*0.8 = 0.4`
    plain += bare_formula_regions(text, scanner.regions + plain)  # Word's `E[X]=∑_(k=1)^6▒k/6`
    plain += prose_value_regions(text, scanner.regions + plain)  # `Let p = 0.3 be …` in words
    plain += prose_arithmetic_regions(text, scanner.regions + plain)  # `is 1/16 = 0.0625`
    plain += pre_math_regions(text, scanner.regions + plain)  # `<pre><b>E(X) = …</b></pre>`
    scanner.regions = without_choices(text, sorted(  # a. $…$ b. $…$; `$X \sim$ Bernoulli$(0.5)$`
        r for r in scanner.regions + plain if not _LAW_IN_WORDS.search(text, *r)))  # (no claim)
    scanner.regions = without_composition_parts(text, without_shown_mistakes(  # ❌ $…$
        text, scanner.regions))  # Wrong: $…$; `outer function $y = u(x) = x^3$` (no claim)
    masked = decoded_in_place(apply_blanks(text, scanner.blanks), scanner.image_math)
    masked = grouping_braces_undone(masked, scanner.regions)  # Wikipedia's `{\frac {d}{dx}}`
    fragments = fragments_in(text, masked, scanner.regions, scanner.events, macros)
    fragments = joined_with_prose(text, as_plain(text, fragments, plain))
    fragments, rows = latex_tables_read(masked, fragments)  # \textbf{Function} && …
    rows += derivative_table_rows(masked, 1 + max((f.block for f in fragments + rows), default=0))
    rows += moment_table_rows(masked, 1 + max((f.block for f in fragments + rows), default=0))
    rows += value_table_rows(masked, 1 + max((f.block for f in fragments + rows), default=0))
    fragments = with_table_rows(fragments, rows)  # a row: a claim (f' of f, a law's mean)
    fragments = lone_displays_joined(text, fragments)  # `$$\lim …$$` then `$$\frac{1}{2}$$`: a step
    return with_data_lists(text, with_data_tables(text, fragments)), settings


_LAW_IN_WORDS = re.compile(r"\\sim\s*$")  # a math span that stops at its `\sim`


# ---------------------------------------------------------------- Markdown / Obsidian

_QUOTE_MARK = re.compile(r" {0,3}>[ \t]?")
_DISPLAY_START = re.compile(r"\s*(\\begin\s*\{|\$\$|\\\[)")
# a heading; in an outliner (Logseq, Roam) a bullet holds it: `- ## Backprop`, `\t- ### Step 2`
_SETEXT = re.compile(r" {0,3}(?:=+|-{2,})[ \t]*")  # the underline of a setext heading
_HEADING = re.compile(r"(?: {0,3}|[ \t]*[-*+][ \t]+)(#{1,6})(?:[ \t]|$)")
_TABLE_ROW = re.compile(r"\s*\|")
# math environments that stand on their own in MyST / Jupyter notes (outside `$$`), and the
# inner ones that MathJax's pages (Hugo) render on their own too (`\begin{split}` in prose)
_BARE_ENVS = "|".join(re.escape(env) for env in sorted(_LAYOUT_ENVS, key=len, reverse=True))
_PROSE_TOKEN = re.compile(
    r"\\begin\{(?:" + _BARE_ENVS + r")\}|\\{1,2}[\[(]|\\|`+|<!--|%%|!?\[\[|\$\$?|"
    + IMAGE_MATH.pattern)
# `\\[ … \\]` and `\\( … \\)`: the same, escaped for Markdown (Jekyll, kramdown posts)
_CLOSERS = {"\\[": "\\]", "\\(": "\\)", "\\\\[": "\\\\]", "\\\\(": "\\\\)"}
_MATH_TOKEN = re.compile(r"\\|\$\$?")

def _quote_prefix(line: str, max_depth: int = 1_000) -> tuple[int, int]:
    """Length and depth of the blockquote markers (`> `, `> > `) that start a line."""
    position = depth = 0
    while depth < max_depth and (mark := _QUOTE_MARK.match(line, position)):
        position, depth = mark.end(), depth + 1
    return position, depth


# `$ \\sin(x) $`: inline math padded with spaces, closed on the same line by ` $` (never
# `$ 5 and $ 10`: a closing $ before a digit, or nothing but a number inside, is money)
_MATH_SIGN = re.compile(r"[\\=+\-^_()/*<>]")
# `$x = 3 \\\\[6pt] $`: a row break (and its spacing) before a spaced closing $ ends the math
_ROW_BREAK_AT_END = re.compile(
    r"\\\\\*?(?:\s*\[\s*-?[\d.]+\s*(?:pt|em|ex|mm|cm|in|mu|bp|sp)\s*\])?\s+$")
# `$` alone on its line opens a display closed by another `$` alone (within a few lines)
# `- \\( \\log_2 0.6 \\approx -0.737 \\)` on a line of a `$$` display: a list item pasted in (the
# inline delimiters cannot stand in a display), its dash a bullet, not a minus
_BULLETED_INLINE = re.compile(r"([ \t]*[-*+][ \t]+)(?=\\\(.*\\\)[ \t]*$)")
_LONE_DOLLAR = re.compile(r"\$[ \t]*")
_HARD_BREAK = re.compile(r"\$\\[ \t]*(?:\n|\Z)")  # `$\` ending a line: Markdown's line break
_LONE_DOLLAR_CLOSE = re.compile(r"\n(?:[^\n$]*\S[^\n$]*\n){1,12}[ \t]*\$[ \t]*(?:\n|\Z)")
_SPACED_INLINE = re.compile(r"\$ +(?=[^\s$])(?!\d+(\.\d+)? +\$)[^$\n]{1,80}? \$(?! *[\d$])")
_LINE_END = re.compile(r"[ \t]*(?:\n|\Z)")
_HALF_SPACED = re.compile(r"\$ +(?=[^\s$])[^$\n]{0,240}?[^\s$\\]\$(?![\d$])")  # `$ -\log 2$`


class _MarkdownScanner:
    """One pass over the lines: blocks (fences, tables, headings, quotes), then inline math."""

    def __init__(self, text: str, code_math: bool = False):
        self.text = text
        self.code_math = code_math  # `$…$` in code spans is the math (no `$` outside code)
        self.regions: list[tuple[int, int]] = []
        self.blanks: list[tuple[int, int]] = []
        self.image_math: list[tuple[int, int]] = []  # formulas in image addresses
        self.callout_fences: list[str] = []  # open ```ad-… callouts, ```{note} (MyST)
        self.events: list[tuple[int, int | None, str | None]] = []
        self.math_start: int | None = None  # start of the open math region, if any
        self.closer = "$"
        self.paragraph_bound = True  # an unclosed region ends at the end of its paragraph
        self.math_quote_depth = 0
        self.fence: str | None = None
        self.math_fence: int | None = None  # where the math of an open ```math fence starts
        self.comment_closer: str | None = None
        self.last_line_end = 0

    def run(self) -> dict:
        lines = self.text.split("\n")
        body, settings = front_matter(lines)
        offset = sum(len(line) + 1 for line in lines[:body])
        for line in lines[body:]:
            self._line(line, offset, offset + len(line))
            self.last_line_end = offset + len(line)
            offset += len(line) + 1
        self._close(len(self.text))
        if self.math_fence is not None:  # an unclosed ```math fence runs to the end
            self.regions.append((self.math_fence, len(self.text)))
        return settings

    def _line(self, line: str, start: int, end: int) -> None:
        if self.math_start is not None and not self.paragraph_bound:  # inside a $$ display
            self._display_line(line, start, end)
            return
        prefix, depth = _quote_prefix(line)
        self.blanks.append((start, start + prefix))
        body = line[prefix:]
        if self.fence:
            self._fenced_line(body, start)
        elif self.comment_closer:
            self._commented_line(start + prefix, end, depth)
        else:
            self._block_line(body, start, prefix, end, depth)

    def _display_line(self, line: str, start: int, end: int) -> None:
        """A line inside a `$$` display: only the quote markers of its depth are not math."""
        prefix, _ = _quote_prefix(line, self.math_quote_depth)
        bullet = _BULLETED_INLINE.match(line, prefix)
        self.blanks.append((start, start + (bullet.end(1) if bullet else prefix)))
        self._scan(start + prefix, end, self.math_quote_depth)

    def _fenced_line(self, body: str, start: int) -> None:
        """A line inside a code fence: nothing to read, but it may close the fence (a
        ```math fence is math: its lines up to here are one region)."""
        closing = FENCE.match(body)
        if closing and not body[closing.end():].strip() and closing.group(1).startswith(self.fence):
            self.fence = None
            if self.math_fence is not None:
                self.regions.append((self.math_fence, max(self.math_fence, start - 1)))
                self.math_fence = None

    def _commented_line(self, position: int, end: int, depth: int) -> None:
        """A line inside a comment: scan what follows the comment's end, if it ends here."""
        close = self.text.find(self.comment_closer, position, end)
        if close >= 0:
            after, self.comment_closer = close + len(self.comment_closer), None
            self._scan(after, end, depth)

    def _block_line(self, body: str, start: int, prefix: int, end: int, depth: int) -> None:
        """A line outside fences and comments: a blank, fence, heading, table row or prose."""
        fence, heading = FENCE.match(body), _HEADING.match(body)
        if not body.strip() or fence or heading or _TABLE_ROW.match(body) or (
                self.closer == "$" and _DISPLAY_START.match(body)):  # no display in a `$`
            self._close(self.last_line_end)  # a paragraph ends: an unclosed `$` ends with it
        if fence and self.callout_fences and not body[fence.end():].strip() \
                and fence.group(1).startswith(self.callout_fences[-1]):
            self.callout_fences.pop()  # the end of a callout or a directive written as a fence
        elif fence and MARKDOWN_FENCE.match(body, fence.end()):
            self.callout_fences.append(fence.group(1))  # ```ad-example, ```{note}: Markdown
        elif fence:
            self.fence = fence.group(1)
            if body[fence.end():].strip().lower() == "math":
                self.math_fence = end + 1
        elif heading:
            self.events.append((start, len(heading.group(1)), problem_in(body)))
            self._scan(start + prefix + heading.end(), end, depth)  # `## Problem: $f(x)=…$`
            self.math_start = None  # a `$` left open in a heading is prose (`# Costs in $`)
        elif body.strip() and not self._setext_heading(body, start) and (
                not _TABLE_ROW.match(body) or claims_in_row(body)):
            if self.math_start is None:
                for mention in PROBLEM_ID.finditer(body):
                    self.events.append((start + prefix + mention.start(), None, mention.group()))
            self._scan(start + prefix, end, depth)

    def _setext_heading(self, body: str, start: int) -> bool:
        """Whether the line is a row of `=` or `-` under a line of prose (`Bayes rule says:`
        over `---`): a setext heading, noted at the line above."""
        if not _SETEXT.fullmatch(body) or start == 0 or self.math_start is not None:
            return False
        above = self.text[self.text.rfind("\n", 0, start - 1) + 1:start - 1]
        if not above.strip() or FENCE.match(above) or _HEADING.match(above) or \
                _TABLE_ROW.match(above) or "$" in above:
            return False
        self.events.append((start - len(above) - 1, 1 + ("-" in body), problem_in(above)))
        return True

    def _scan(self, position: int, end: int, quote_depth: int) -> None:
        text = self.text
        link_unclosed = False  # a `[[` without `]]` on this line: later ones have none either
        code_span_ends: dict[int, int | None] | None = None
        while position < end:
            if self.math_start is not None:
                position = self._scan_math(position, end)
                continue
            token = _PROSE_TOKEN.search(text, position, end)
            if not token:
                return
            kind, position = token.group(), token.end()
            if kind[0] == "\\":
                position = self._backslash(token, quote_depth)
            elif kind[0] == "`":
                if code_span_ends is None:
                    code_span_ends = backtick_span_ends(text, token.start(), end)
                self._dollars_in_code(token, code_span_ends.get(token.start()))
                position = code_span_ends.get(token.start()) or position
            elif kind in ("<!--", "%%"):
                position = self._comment_end(kind, position, end)
            elif kind.endswith("[["):
                close = -1 if link_unclosed else text.find("]]", position, end)
                link_unclosed = close < 0
                position = position if link_unclosed else close + 2
            else:  # `$`, `$$`, or a formula in an image's address
                position = self._open_math(kind, position, end, quote_depth) \
                    if kind[0] == "$" else self._image_math(token, end)

    def _dollars_in_code(self, token: re.Match, close: int | None) -> None:
        """`` `$E(X^2) = 91/6$` ``: a code span that holds exactly one `$…$` (Hugo and Jekyll
        blogs guard their math from Markdown so) is that math, in a note with no `$` outside
        code (elsewhere such a span shows how math is typed)."""
        inside = (token.end(), close - len(token.group())) if close is not None else None
        if inside and code_spans.function_written_out(self.text, *inside):  # `tanh(x) = …`
            self.regions.append(inside)  # alone on its line in a code span: math
        if not self.code_math or close is None:
            return
        inner = DOLLARS_ONLY.fullmatch(self.text, token.end(), close - len(token.group()))
        if inner:
            self.regions.append((inner.start(2), inner.end(2)))

    def _image_math(self, token: re.Match, end: int) -> int:
        """The formula in an image's address is a region of its own; where scanning goes on."""
        start = token.end()
        stop = formula_span(self.text, start, end, self.text[token.start() - 1:token.start()])
        if stop > start:
            self.regions.append((start, stop))
            self.image_math.append((start, stop))
        return stop

    def _backslash(self, token: re.Match, quote_depth: int) -> int:
        """`\\[`, `\\(` (`\\\\[` escaped for Markdown) or a bare `\\begin{align}` opens math;
        any other `\\` escapes a character (`\\$` is a dollar). Where scanning goes on."""
        kind = token.group()
        if kind.startswith("\\begin"):
            self._open(token.start(), "\\end" + kind[len("\\begin"):], quote_depth)
        elif kind in _CLOSERS:
            if kind == "\\(" and self.text[token.start() - 1:token.start()].isalnum():
                return token.end()  # `P\(A wins\)`: an exported Markdown bracket after a word
            if kind.startswith("\\\\") and self.text.find(_CLOSERS[kind], token.end()) < 0:
                return token.end()  # `\\[` never closed: an escaped backslash, then prose
            self._open(token.end(), _CLOSERS[kind], quote_depth)
        else:
            return token.end() + 1
        return token.end()

    def _comment_end(self, opener: str, position: int, end: int) -> int:
        """Where the comment opened by `opener` ends; `end` if it runs on past this line."""
        closer = "-->" if opener == "<!--" else "%%"
        close = self.text.find(closer, position, end)
        if close < 0:
            self.comment_closer = closer
            return end
        return close + len(closer)

    def _backticked_math(self, position: int, end: int) -> int:
        """GitLab's (and GitHub's) inline math `` $`x^2`$ ``: the text between the backticks
        is math when the same backticks and a `$` close it on the line; else a code span."""
        ticks = BACKTICKS.match(self.text, position).group()
        close = self.text.find(ticks + "$", position + len(ticks), end)
        if close < 0:
            return position
        self.regions.append((position + len(ticks), close))
        return close + len(ticks) + 1

    def _open_math(self, opener: str, position: int, end: int, quote_depth: int) -> int:
        """Open a `$$` display, or a `$` inline region if a non-space follows the `$`, or a
        `$ x $` padded with spaces on one line (MathJax blogs write so); a backticked
        `` $`…`$ `` is read whole. Where scanning goes on."""
        if opener == "$" and self.text.startswith("`", position):
            return self._backticked_math(position, end)
        if opener == "$$" or position < end and not self.text[position].isspace():
            self._open(position, opener, quote_depth)
        elif opener == "$" and _LONE_DOLLAR.fullmatch(self.text, position - 1, end) and not \
                self.text[self.text.rfind("\n", 0, position - 1) + 1:position - 1].strip() and \
                _LONE_DOLLAR_CLOSE.match(self.text, end):  # `$` alone on a line, then the
            self._open(position, "$ alone", quote_depth)  # math, then `$` alone: a display
        elif (spaced := _SPACED_INLINE.match(self.text, position - 1, end)) and (
                _MATH_SIGN.search(spaced.group()) or " " not in spaced.group()[1:-1].strip()):
            self._open(position, " $", quote_depth)  # `$ 1 and 2 $`: words, prose
        elif (half := _HALF_SPACED.match(self.text, position - 1, end)) and \
                _MATH_SIGN.search(half.group()):  # `$ -\log(0.9) \approx 0.10$`: MathJax
            self._open(position, "$", quote_depth)  # takes it; the `$` before `.` closes it
        return position

    def _scan_math(self, position: int, end: int) -> int:
        text = self.text
        while token := _MATH_TOKEN.search(text, position, end):
            position = token.end()
            if token.group() == "\\":
                if self.closer[0] == "\\" and text.startswith(self.closer, token.start()):
                    closes_env = self.closer.startswith("\\end")  # the region keeps \end{…}
                    self._close(token.start() + len(self.closer) * closes_env)
                    return token.start() + len(self.closer)
                position += 1
            elif self.closer == "$$" and token.group() == "$$":
                self._close(token.start())
                return position
            elif self.closer == "$ alone":  # closed by a `$` alone on its line
                if _LONE_DOLLAR.fullmatch(text, token.start(), end):
                    self._close(token.start())
                    return end
            elif self.closer == " $":  # `$ x $`: the next $ closes it
                self._close(token.start())
                return token.start() + 1
            elif self.closer == "$":
                before, after = text[token.start() - 1], text[token.start() + 1:token.start() + 2]
                if (not before.isspace() or _ROW_BREAK_AT_END.search(text, self.math_start,
                        token.start()) or _HARD_BREAK.match(text, token.start())
                        or self._spaced_at_line_end(token.start())
                        or self._alone_closing(token.start())) \
                        and not after.isdigit():  # `… (1-p)^3 $\` then a new line: closed
                    self._close(token.start())
                    return token.start() + 1
                position = token.start() + 1
        return end

    def _spaced_at_line_end(self, dollar: int) -> bool:
        """`$P(A) = 0.17 $` then a new line: a spaced `$` that ends the line its math began on
        closes it (else the math ran on into the next bullet, `0.17 - P(M|D)`)."""
        return "\n" not in self.text[self.math_start:dollar] and \
            _LINE_END.match(self.text, dollar + 1) is not None

    def _alone_closing(self, dollar: int) -> bool:
        """`a. $f(x) = … \\` then rows, then `$` alone on its line: the inline math that ran
        over lines ends there (else it ran on into the next item, `b. $…`)."""
        line_start = self.text.rfind("\n", 0, dollar) + 1
        return "\n" in self.text[self.math_start:dollar] and not self.text[
            line_start:dollar].strip() and _LINE_END.match(self.text, dollar + 1) is not None

    def _open(self, position: int, closer: str, quote_depth: int) -> None:
        self.math_start, self.closer, self.math_quote_depth = position, closer, quote_depth
        self.paragraph_bound = closer in ("$", " $", "\\)", "\\\\)") \
            or self.text.find(closer, position) < 0

    def _close(self, end: int) -> None:
        if self.math_start is not None:
            self.regions.append((self.math_start, max(end, self.math_start)))
            self.math_start = None

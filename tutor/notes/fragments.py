"""Cut math regions of a note into row fragments that keep their source positions."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from tutor.notes.bare_limits import bare_limits_filled
from tutor.notes.columns import ROWS_ARRAY, array_of_rows, row_statements
from tutor.notes.course_macros import course_macros_used
from tutor.notes.described_laws import PROBLEM_LABEL, described_at, described_laws
from tutor.notes.independence import independence_events, independent_at
from tutor.notes.law_labels import unnamed_parameters
from tutor.notes.macros import document_macros, expand_all, without_definitions
from tutor.notes.math_labels import (
    leading_label_blanked,
    trailing_arrow_blanked,
    trailing_asides_blanked,
    words_only,
)
from tutor.notes.named_families import family_at, named_families
from tutor.notes.one_hot import one_hot_events
from tutor.notes.open_ends import ends_open, open_ends_joined
from tutor.notes.other_index import other_index_said
from tutor.notes.problem_items import lettered_part_starts, problem_item_starts
from tutor.notes.prose_around import defines_next, word_naming_value
from tutor.notes.reasons import blank, read_connective, total_tags
from tutor.notes.repeated_relations import repeated_relation_blanked
from tutor.notes.sibling_headings import level_at, section_at, sibling_labels, sibling_starts
from tutor.notes.size_wrappers import size_wrapper_blanked
from tutor.notes.step_headings import section_starts
from tutor.notes.zero_said import zero_said

# PRB-33, CH.PRB-3.4, "CH.PRB- 3.4": a book problem id
PROBLEM_ID = re.compile(r"(?<![A-Za-z0-9])(?:CH\s*\.\s*)?PRB\s*-\s*\d+(?:\.\d+)?", re.I)
_LEADING_SPACING = re.compile(r"(?:\s|~|\\(?:[,;:! ]|q?quad\b|displaystyle\b|hspace\*?\{[^}]*\}"
                              r"|en(?:space|skip)\b|tiny\b|small\b|blacksquare\b|square\b"
                              r"|[hv]?phantom\s*\{(?:[^{}]|\{[^{}]*\})*\}))*")
_RELATION_START = re.compile(
    r"<=>|=>|:=|=|<|>|[≤≥≈≠⇒⇔⟹⟺→≡∼]"
    r"|\\(?:leq?|geq?|leqslant|geqslant|neq?|lt|gt|approx|simeq|sim|cong|equiv|propto"
    r"|implies|impliedby|iff|Rightarrow|Longrightarrow|Leftrightarrow|Longleftrightarrow"
    r"|Updownarrow|[Dd]ownarrow|rightarrow|longrightarrow|to)(?![a-zA-Z])"
    r"|\\(?:overset|stackrel)\s*\{(?:[^{}]|\{[^{}]*\})*\}\s*\{\s*=\s*\}")  # &\stackrel{(a)}{=}

# `$\xrightarrow{H}$` alone in prose ("an arrow below means …"): named, not a step
_LONE_ARROW = re.compile(r"\\x(?:right|left|Right|Left)arrow\s*(?:\[[^\[\]]*\])?"
                         r"\s*\{(?:[^{}]|\{[^{}]*\})*\}")


@dataclass
class Fragment:
    """One row of math: its text (same length as its source slice) and where it stands."""

    text: str
    line: int
    column: int
    end_line: int
    syntax: str  # "latex" | "plain"
    block: int  # fragments of one block form one derivation
    continues: bool  # starts with a relation: continues the chain of the row above
    problem: str | None = None  # book problem id in force, raw as written
    follows: bool = False  # its block follows the block before with little or no prose between
    independent: frozenset = frozenset()  # random variables stated independent in the prose
    section: int = 0  # how many headings stand above it
    described: tuple = ()  # ((name, (family, argument texts)), …): laws described in words
    adjacent: bool = False  # its block follows the block before with no words between
    tables: tuple = ()  # ((name, numbers), …): data of a Markdown table just above
    one_hot: frozenset = frozenset()  # labels stated one-hot in the prose (`with one-hot $y$`)
    reason: bool = False  # a row that opens with `\\because`: an aside in a chain of rows
    zero_said: bool = False  # the prose before its block sets what stood above to zero
    written: str = ""  # the row as written, when macros were expanded in `text`
    origins: tuple = ()  # for each character of `text`, its offset in `written`
    named: str = ""  # `sum $= 11.107$`: the word before it, whose value its `= …` gives
    level: int = 0  # the level of the heading above it (`###`: 3), 0 if none is known
    other_index: str = ""  # `For incorrect class $j$`: the index the prose takes as another
    lone_form: bool = False  # an expression alone under one alone (tutor.notes.lone_displays)
    item: bool = False  # it opens an item of a Markdown list (`+ $cos(x) = 1$`): maybe a fact

    def locate(self, offset: int) -> tuple[int, int]:
        """(line, column) in the source file of `text[offset]` (1-based)."""
        text = self.text
        if self.origins:  # macros expanded: where the character came from, as written
            text = self.written
            offset = self.origins[max(0, min(offset, len(self.origins) - 1))]
        offset = max(0, min(offset, len(text)))
        newline = text.rfind("\n", 0, offset)
        if newline < 0:
            return self.line, self.column + offset
        return self.line + text.count("\n", 0, offset), offset - newline


def starts_with_relation(text: str) -> bool:
    """Does this row (after blanking) begin with a relation such as `=`, `\\le`, `\\implies`?"""
    return _RELATION_START.match(text, _LEADING_SPACING.match(text).end()) is not None


# ---------------------------------------------------------------- problems in force


class _ProblemTimeline:
    """Which problem id is in force at each offset, from headings and mentions.

    A heading naming an id sets it for its section (subsections inherit it); a heading without
    one clears it for its section; a link or prose line naming one sets it there."""

    def __init__(self, events: list[tuple[int, int | None, str | None]]):
        self.offsets: list[int] = []
        self.problems: list[str | None] = []
        stack: list[list] = [[0, None]]  # [heading level, problem]
        for offset, level, problem in sorted(events, key=lambda event: event[0]):
            if level is None:
                stack[-1][1] = problem
            else:
                while len(stack) > 1 and stack[-1][0] >= level:
                    stack.pop()
                stack.append([level, problem])
            self.offsets.append(offset)
            self.problems.append(next((p for _, p in reversed(stack) if p), None))

    def at(self, offset: int) -> str | None:
        index = bisect_right(self.offsets, offset) - 1
        return self.problems[index] if index >= 0 else None


def problem_in(text: str) -> str | None:
    return match.group() if (match := PROBLEM_ID.search(text)) else None


# ---------------------------------------------------------------- rows of a math region

_WRAPPER_ENVS = {"equation", "equation*", "displaymath", "math"}
_ROW_ENVS = {"align", "align*", "aligned", "alignat", "alignat*", "alignedat", "split", "gather",
             "gather*", "gathered", "flalign", "flalign*", "eqnarray", "eqnarray*"}
_ONE_ROW_ENVS = {"multline", "multline*"}  # `\\` breaks the line, not the equation
_LAYOUT_ENVS = _WRAPPER_ENVS | _ROW_ENVS | _ONE_ROW_ENVS
_BRACED = r"\{[^{}]*(?:\{[^{}]*\}[^{}]*)*\}"
_ROW_TOKEN = re.compile(
    r"(?P<begin>\\begin\s*\{(?P<begin_name>[^{}]*)\}(?:\s*\[[tcb]\]|\s*\{\d+\})?)"
    r"|(?P<end>\\end\s*\{(?P<end_name>[^{}]*)\})"
    r"|(?P<newline>\\\\?cr(?![a-zA-Z])|\\\\(?:\\(?=\s))?(?!%)\*?"  # Hugo's `\\\`, `\\cr` too
    r"(?:[ \t]*\[\s*-?[\d.]+\s*(?:pt|em|ex|mm|cm|in|mu|bp|sp)\s*\])?"
    r"|\\newline(?![a-zA-Z])|\n[ \t]*\n\s*)"  # `\newline` and a blank line end a row too
    r"|(?P<drop>\\(?:tag\*?|label|intertext|shortintertext|eqref|ref|cref)\s*" + _BRACED
    + r"|\\(?:nonumber|notag|qedhere)(?![a-zA-Z])|\(\s*\\#[a-z]+:[\w:/-]+\s*\))"  # (\#eq:binom)
    r"|(?P<line>\n)|\\[a-zA-Z]+|(?P<amp>&|\\&(?=\s*(?:[=<>≈≤≥]|\\(?:approx|[lg]eq?|implies)\b)))"
    r"|\\.|(?P<open>\{)|(?P<close>\})", re.S)  # Hugo's `\& =`: the & escaped
_PROBLEM_LABEL = re.compile(r"^ {0,3}(?:" + PROBLEM_LABEL + ")", re.M)  # `**Q7.**`: a problem
_ENUM_LABEL = r"\(?(?:\d{1,3}|[a-z]|[ivx]{1,5})[.)]"  # 1.  2)  (3)  a)  (iv)
_LABELLED_SIM = re.compile(r"\\(?:overset|stackrel)\s*\{(?:[^{}]|\{[^{}]*\})*\}\s*\{\s*\\sim\s*\}"
                           r"|\\hookrightarrow(?![a-zA-Z])")  # X ↪ N(μ, σ²) of Spanish notes
_ENUMERATOR = re.compile(rf"{_ENUM_LABEL}|\\text(?:bf)?\{{\s*{_ENUM_LABEL}\s*\}}")


def _split_rows(math: str) -> list[tuple[int, str, bool]]:
    """Rows of a math region: (offset of the row's first character, blanked text, a reason)."""
    math = total_tags(size_wrapper_blanked(math))  # `\\tag{$\\because …$}`: a condition
    splitter = _RowSplitter(math)
    for token in _ROW_TOKEN.finditer(math):
        splitter.take(token)
    if splitter.depth:  # a brace left open: one bad row must not swallow the rows after it
        splitter = _RowSplitter(math, lenient=True)
        for token in _ROW_TOKEN.finditer(math):
            splitter.take(token)
    splitter.rows.append((splitter.row_start, len(math), splitter.first_amp))
    splitter.row_amps[splitter.row_start] = splitter.amps
    return _nonblank_rows(splitter.chars, row_statements(
        math, splitter.rows, splitter.row_amps, splitter.line_ends))


class _RowSplitter:
    """One pass over the tokens of a math region: the environments open, the brace depth, and
    the rows found so far, with layout tokens blanked in `chars`."""

    def __init__(self, math: str, lenient: bool = False):
        self.math, self.lenient = math, lenient  # lenient: a `\\` ending a line ends its row
        self.chars = list(math)
        self.envs: list[tuple[str, int]] = []  # (name, brace depth where it opened)
        self.depth = 0
        self.rows: list[tuple[int, int, int | None]] = []  # (start, end, first `&` or None)
        self.row_start: int = 0
        self.first_amp: int | None = None
        self.amps: list[int] = []  # the row-level `&` of the row being read
        self.row_amps: dict[int, list[int]] = {}  # row start -> its row-level `&`
        self.line_ends: list[int] = []  # source line breaks at row level, outside a multline

    def take(self, token: re.Match) -> None:
        kind = token.lastgroup
        if kind in ("begin", "end"):
            self._environment(token, kind)
        elif kind in ("newline", "amp"):
            if self._at_row_level() or self._ends_a_line(token, kind):
                self._row_break(token, kind)
        elif kind == "drop":  # `\intertext{…}` also ends the row above (amsmath puts its `\\`)
            self._row_break(token, "newline" if "intertext" in token.group()
                            and self._at_row_level() else kind)
        elif kind == "line":
            if self._at_row_level() and self._innermost_env() not in _ONE_ROW_ENVS:
                self.line_ends.append(token.start())
        elif kind == "open":
            self.depth += 1
        elif kind == "close":
            self.depth -= 1

    def _ends_a_line(self, token: re.Match, kind: str) -> bool:
        """Lenient: a `\\` at the end of a source line, inside a brace left open."""
        if not self.lenient or kind != "newline" or self._innermost_env() not in (
                None, ROWS_ARRAY, *_LAYOUT_ENVS):
            return False
        if re.match(r"[ \t]*(\n|$)", self.math[token.end():token.end() + 80]):
            self.depth = self.envs[-1][1] if self.envs else 0
            return True
        return False

    def _innermost_env(self) -> str | None:
        return self.envs[-1][0] if self.envs else None

    def _at_row_level(self) -> bool:
        """Outside braces, directly in a layout environment (or none): `\\` and `&` count."""
        env = self._innermost_env()
        return (self.depth == (self.envs[-1][1] if self.envs else 0)
                and (env is None or env in _LAYOUT_ENVS or env == ROWS_ARRAY))

    def _environment(self, token: re.Match, kind: str) -> None:
        """Open or close an environment (closing also those left open inside it)."""
        name = token.group(f"{kind}_name").strip()
        if name in _LAYOUT_ENVS:
            blank(self.chars, token.start(), token.end())
        elif name == "array" and self._rows_array(token, kind):
            name = ROWS_ARRAY
        if kind == "begin":
            self.envs.append((name, self.depth))
            return
        while self.envs and self.envs.pop()[0] not in (name, ROWS_ARRAY):
            pass

    def _rows_array(self, token: re.Match, kind: str) -> bool:
        """An array of derivation rows (tutor.notes.columns) opened or closed at `token`: its
        `\\begin{array}{rl}` or `\\end{array}` blanked."""
        if kind == "end":
            if not (self.envs and self.envs[-1][0] == ROWS_ARRAY):
                return False
            blank(self.chars, token.start(), token.end())
            return True
        outer = all(env in _WRAPPER_ENVS for env, _ in self.envs)
        before = "".join(self.chars[self.row_start:token.start()])
        if not (outer and self.depth == 0 and array_of_rows(self.math, token, before)):
            return False
        columns = self.math.index("}", token.end()) + 1
        blank(self.chars, token.start(), columns)  # its `{rl}` opens and closes a brace
        return True

    def _row_break(self, token: re.Match, kind: str) -> None:
        """Blank a row-level `&` (noting the row's first) or `\\` (ending the row)."""
        blank(self.chars, token.start(), token.end())
        if kind == "amp":
            self.first_amp = token.start() if self.first_amp is None else self.first_amp
            self.amps.append(token.start())
        elif kind == "newline" and self._innermost_env() not in _ONE_ROW_ENVS and not ends_open(
                self.chars, self.row_start, token.start()):  # `x^2 + \\ 3x`: one row
            self.rows.append((self.row_start, token.start(), self.first_amp))
            self.row_amps[self.row_start] = self.amps
            self.row_start, self.first_amp, self.amps = token.end(), None, []
        elif kind == "newline":  # `a = \\ = b` in a multline: the sign is read once
            repeated_relation_blanked(self.chars, self.row_start, token.start(), token.end())


def _nonblank_rows(chars: list[str], rows: list[tuple[int, int, int | None]]
                   ) -> list[tuple[int, str, bool]]:
    """The rows that are not blank, with an enumerator label before the first `&` blanked."""
    result = []
    for k, (start, end, amp) in enumerate(rows):
        if amp is not None and _ENUMERATOR.fullmatch("".join(chars[start:amp]).strip()):
            blank(chars, start, amp)
        leading_label_blanked(chars, start, end)  # `$a) \lim … = 0$`
        if k + 1 < len(rows) and starts_with_relation("".join(chars[rows[k + 1][0]:
                                                                    rows[k + 1][1]])):
            _trailing_equals(chars, start, end)  # else the = goes on to it (trailing_relations)
        else:  # `$\lim_{x\to0^-}\sin x=0=f(0)\Rightarrow$ automatic`
            trailing_arrow_blanked(chars, start, end)
        reason = read_connective(chars, start, end) or _fact_aside(chars, rows, k)
        _plain_sim(chars, start, end)
        unnamed_parameters(chars, start, end)
        trailing_asides_blanked(chars, start, end)
        row = "".join(chars[start:end])
        stripped = row.strip()  # `$\implies$` alone: prose; `\(\qquad\)`: a blank
        if stripped and not (_RELATION_START.fullmatch(stripped) or _LEADING_SPACING.fullmatch(
                stripped) or _LONE_ARROW.fullmatch(stripped) or words_only(stripped)):
            result.append((start + len(row) - len(row.lstrip()), stripped, reason))
    return result


def _fact_aside(chars: list[str], rows: list[tuple[int, int, int | None]], k: int) -> bool:
    """`&= A \\\\ & E[(x-μ)^2] = σ^2 \\\\ &= B`: a row its `&` opens, holding a statement of its
    own between two rows that go on with a relation: a fact used beside the chain (an aside)."""
    start, end, amp = rows[k]
    row = "".join(chars[start:end])
    if amp is None or "".join(chars[start:amp]).strip() or "=" not in row \
            or starts_with_relation(row):
        return False
    texts = ("".join(chars[a:b]) for a, b, _ in reversed(rows[:k]))  # `\\\\ \\\\`: blank rows
    before = next((t for t in texts if t.strip()), "")
    after = next((t for t in ("".join(chars[a:b]) for a, b, _ in rows[k + 1:]) if t.strip()), "")
    return starts_with_relation(before) and starts_with_relation(after)


def _trailing_equals(chars: list[str], start: int, end: int) -> None:
    """`&= \\frac{…}{…} = \\\\` and then `&= …`: a row that ends with = goes on in the row
    below (the = is blanked; the next row's relation joins them)."""
    k = end - 1
    while k >= start and chars[k].isspace():
        k -= 1
    if k > start and chars[k] == "=" and chars[k - 1] not in "<>!:=\\":
        chars[k] = " "


def _plain_sim(chars: list[str], start: int, end: int) -> None:
    """`\\overset{iid}{\\sim}`, `\\stackrel{\\text{iid}}{\\sim}`, `\\hookrightarrow`: "has the
    law", as `\\sim` (the label above it is prose)."""
    row = "".join(chars[start:end])
    for m in reversed(list(_LABELLED_SIM.finditer(row))):
        blank(chars, start + m.start(), start + m.end())
        chars[start + m.start():start + m.start() + 4] = list("\\sim")


def fragments_in(text: str, masked: str, regions: list[tuple[int, int]],
               events: list[tuple[int, int | None, str | None]],
               macros: dict | None = None) -> list[Fragment]:
    """Cut each math region (offsets into text) into row fragments; one block per region.

    `events` are the headings and mentions that set the problem in force (_ProblemTimeline)."""
    timeline, macros = _ProblemTimeline(events), {**course_macros_used(text), **(macros or {}),
                                                   **document_macros(text)}
    masked, regions = open_ends_joined(masked, regions)  # `$$ x^2 + $$ $$ 3x $$`: one formula
    if macros:  # `\newcommand{\E}{\mathbb{E}}`: no claim where it stands, expanded where used
        masked = without_definitions(masked)
    headings = sorted(o for o, level, _ in events if level is not None)
    sections = section_starts(text, sorted(headings + problem_item_starts(text)  # `7.`, `a.`
                                           + lettered_part_starts(text)),
                              _PROBLEM_LABEL)  # `### Step 2`: none
    siblings = sorted(set(sibling_starts(events, text)) & set(sections) | set(sibling_labels(
        sections, [m.start() for m in _PROBLEM_LABEL.finditer(text)], text)))  # `## Opgave 2`
    stated, laws, one_hot, families = independence_events(text, headings), described_laws(
        text, headings), one_hot_events(text, headings), named_families(text, headings)
    line_starts = [0] + [m.end() for m in re.finditer("\n", text)]
    fragments, block, last_end = [], 0, None
    for start, end in regions:
        problem = timeline.at(start)
        rows = _split_rows(masked[start:end])
        gap = masked[last_end:start] if last_end is not None else ""
        words = None if last_end is None or any(last_end < h <= start for h in sections) else \
            words_between(gap)  # a problem label, an Anki card part them too
        follows = words is not None and words <= MAX_WORDS_BETWEEN and described_at(laws, start) \
            == described_at(laws, last_end - 1) and not defines_next(gap, masked[start:end])
        adjacent = words == 0
        zero, other = follows and zero_said(gap), other_index_said(text, start)  # once a block
        for offset, row, reason in rows:
            offset, written = offset + start, row
            row, origins = bare_limits_filled(*expand_all(row, macros))  # = \lim (x + 3)
            line = bisect_right(line_starts, offset)
            column = offset - line_starts[line - 1] + 1
            fragments.append(Fragment(row, line, column, line + row.count("\n"), "latex", block,
                                      starts_with_relation(row), problem, follows,
                                      independent_at(stated, offset),
                                      section_at(sections, siblings, offset),
                                      described_at(laws, offset) + family_at(families, offset),
                                      adjacent, one_hot=independent_at(one_hot, offset),
                                      reason=reason, zero_said=zero, written=written,
                                      origins=origins, named=word_naming_value(text, offset),
                                      level=level_at(events, sections, offset),
                                      other_index=other, item=bool(_ITEM_OPENED.fullmatch(
                                          text, line_starts[line - 1], offset))))
        block += bool(rows)
        last_end = end if rows else last_end
    return fragments


# what stands before a row that opens an item of a list: a bullet or a number, and spaces
_ITEM_OPENED = re.compile(r"[ \t>]*(?:[-*+•]|\d{1,2}[.)])[ \t]+(?:\$\$?|\\[(\[])?")
_GAP_MARKUP = re.compile(r"<[^<>]*>|\\[\[\]()]|\\(?:begin|end)\s*\{[^{}]*\}|\$|[*_>|~]")
_GAP_BREAK = re.compile(r"^ {0,3}(?:#{1,6}(?:\s|$)|`{3,}|~{3,}|[-*_](?:\s*[-*_]){2,}\s*$)"
                        r"|\\(?:part|chapter|(?:sub)*section|paragraph)\*?\s*[\[{]", re.M)
_MATH_FENCE_START = re.compile(r"\A\s*(`{3,}|~{3,})[ \t]*$", re.M)  # the block before ends
_MATH_FENCE_END = re.compile(r"^[ \t]*(`{3,}|~{3,})[ \t]*math[ \t]*\s*\Z", re.M)  # next opens
MAX_WORDS_BETWEEN = 8  # "so", "then, taking logs:", "which gives" ... a sentence of prose more


def little_between(gap: str) -> bool:
    """Two blocks are one sequence when at most a few words and no heading, fence or rule
    stand between them (`$$…$$ so $$…$$`)."""
    return (words := words_between(gap)) is not None and words <= MAX_WORDS_BETWEEN


def words_between(gap: str) -> int | None:
    """How many words of prose stand between two blocks; None when a heading, fence or rule
    parts them (the fences of ```math blocks are their own)."""
    gap = _MATH_FENCE_END.sub("", _MATH_FENCE_START.sub("", gap))
    return None if _GAP_BREAK.search(gap) else sum(any(c.isalnum() for c in w)
                                                   for w in _GAP_MARKUP.sub(" ", gap).split())

"""Read study notes (Markdown/Obsidian, LaTeX, plain step files) into math fragments with positions.

A fragment is one row of math exactly as it stands in the source: characters that are not math
(alignment `&`, row ends `\\\\`, `\\tag{..}`, blockquote markers inside a display...) are replaced
by spaces, so an offset into `Fragment.text` maps 1:1 to a line and column of the file.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from pathlib import Path

from tutor.errors import DocumentError

MAX_BYTES = 5 * 1024 * 1024

# A book problem id: PRB-33, CH.PRB-3.4, "CH.PRB- 3.4" (case-insensitive).
PROBLEM_ID = re.compile(r"(?<![A-Za-z0-9])(?:CH\s*\.\s*)?PRB\s*-\s*\d+(?:\.\d+)?", re.IGNORECASE)

_LEADING_SPACING = re.compile(r"(?:\s|~|\\[,;:! ]|\\q?quad(?![a-zA-Z])|\\hspace\*?\{[^{}]*\})*")
_RELATION_START = re.compile(
    r"<=>|=>|:=|=|<|>|[≤≥≈≠⇒⇔⟹⟺→≡∼]"
    r"|\\(?:leq?|geq?|leqslant|geqslant|neq?|lt|gt|approx|simeq|sim|cong|equiv|propto"
    r"|implies|impliedby|iff|Rightarrow|Longrightarrow|Leftrightarrow|Longleftrightarrow"
    r"|rightarrow|longrightarrow|to)(?![a-zA-Z])")


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

    def locate(self, offset: int) -> tuple[int, int]:
        """(line, column) in the source file of `text[offset]` (1-based)."""
        offset = max(0, min(offset, len(self.text)))
        newline = self.text.rfind("\n", 0, offset)
        if newline < 0:
            return self.line, self.column + offset
        return self.line + self.text.count("\n", 0, offset), offset - newline


@dataclass
class Document:
    """A read document: its math fragments in source order, its settings and its lines."""

    path: str
    fragments: list[Fragment] = field(default_factory=list)
    settings: dict = field(default_factory=dict)  # "assume": list[str], "log_base": str | int
    lines: list[str] = field(default_factory=list)


def starts_with_relation(text: str) -> bool:
    """Does this row (after blanking) begin with a relation such as `=`, `\\le`, `\\implies`?"""
    return _RELATION_START.match(text, _LEADING_SPACING.match(text).end()) is not None


def read_document(path: str | Path) -> Document:
    """Read a notes file; the kind comes from the suffix. Raises DocumentError if unreadable."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if path.is_dir():
            raise DocumentError(f"{path}: is a directory, not a file")
        if size > MAX_BYTES:
            raise DocumentError(f"{path}: file too large ({size} bytes; the limit is 5 MB)")
        with path.open("rb") as stream:
            data = stream.read(MAX_BYTES + 1)
    except FileNotFoundError:
        raise DocumentError(f"{path}: no such file") from None
    except PermissionError:
        raise DocumentError(f"{path}: cannot read the file (permission denied)") from None
    except OSError as exc:
        raise DocumentError(f"{path}: cannot read the file ({exc.strerror or exc})") from None
    if len(data) > MAX_BYTES:
        raise DocumentError(f"{path}: file too large (over the 5 MB limit)")
    if b"\0" in data:
        raise DocumentError(f"{path}: binary file (contains NUL bytes), not a text document")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise DocumentError(f"{path}: not UTF-8 text (bad byte at offset {exc.start})") from None
    suffix = path.suffix.lower()
    kind = "md" if suffix in (".md", ".markdown") else "tex" if suffix == ".tex" else "txt"
    return read_text(text, kind, str(path))


def read_text(text: str, kind: str, path: str = "<text>") -> Document:
    """Read a document given as a string; kind is "md", "tex" or "txt"."""
    text = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    lines = text.split("\n")
    if lines[-1] == "":
        lines.pop()
    if kind in ("md", "markdown"):
        scanner = _MarkdownScanner(text)
        settings = scanner.run()
        fragments = _fragments(text, _apply_blanks(text, scanner.blanks), scanner.regions,
                               _ProblemTimeline(scanner.events))
    elif kind in ("tex", "latex"):
        settings = {}
        fragments = _read_tex(text)
    elif kind in ("txt", "plain", "text"):
        settings = {}
        fragments = _read_plain(lines)
    else:
        raise ValueError(f"unknown document kind {kind!r} (expected 'md', 'tex' or 'txt')")
    return Document(path, fragments, settings, lines)


# ---------------------------------------------------------------- problems in force


class _ProblemTimeline:
    """Which problem id is in force at each offset, from headings and mentions.

    A heading naming an id sets it for its section (subsections inherit it); a heading without
    one clears it for its section; a link or prose line naming one sets it for the current section.
    """

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


def _problem_in(text: str) -> str | None:
    match = PROBLEM_ID.search(text)
    return match.group() if match else None


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
    r"|(?P<newline>\\\\\*?(?:[ \t]*\[\s*-?[\d.]+\s*(?:pt|em|ex|mm|cm|in|mu|bp|sp)\s*\])?)"
    r"|(?P<drop>\\(?:tag\*?|label|intertext|shortintertext)\s*" + _BRACED
    + r"|\\(?:nonumber|notag)(?![a-zA-Z]))"
    r"|\\[a-zA-Z]+|\\.|(?P<amp>&)|(?P<open>\{)|(?P<close>\})", re.S)
_ENUM_LABEL = r"\(?(?:\d{1,3}|[a-z]|[ivx]{1,5})[.)]"  # 1.  2)  (3)  a)  (iv)
_ENUMERATOR = re.compile(rf"{_ENUM_LABEL}|\\text(?:bf)?\{{\s*{_ENUM_LABEL}\s*\}}")


def _blank(chars: list[str], start: int, end: int) -> None:
    for index in range(start, end):
        if chars[index] != "\n":
            chars[index] = " "


def _split_rows(math: str) -> list[tuple[int, str]]:
    """Rows of a math region as (offset of the row's first character, blanked text)."""
    chars = list(math)
    envs: list[tuple[str, int]] = []  # (name, brace depth where it opened)
    depth = 0
    rows: list[tuple[int, int, int | None]] = []
    row_start, first_amp = 0, None
    for token in _ROW_TOKEN.finditer(math):
        kind = token.lastgroup
        env = envs[-1][0] if envs else None
        at_row_level = (depth == (envs[-1][1] if envs else 0)
                        and (env is None or env in _LAYOUT_ENVS))
        if kind == "begin":
            name = token.group("begin_name").strip()
            if name in _LAYOUT_ENVS:
                _blank(chars, token.start(), token.end())
            envs.append((name, depth))
        elif kind == "end":
            name = token.group("end_name").strip()
            if name in _LAYOUT_ENVS:
                _blank(chars, token.start(), token.end())
            while envs and envs.pop()[0] != name:
                pass
        elif kind == "newline" and at_row_level:
            _blank(chars, token.start(), token.end())
            if env not in _ONE_ROW_ENVS:
                rows.append((row_start, token.start(), first_amp))
                row_start, first_amp = token.end(), None
        elif kind == "drop":
            _blank(chars, token.start(), token.end())
        elif kind == "amp" and at_row_level:
            _blank(chars, token.start(), token.end())
            first_amp = token.start() if first_amp is None else first_amp
        elif kind == "open":
            depth += 1
        elif kind == "close":
            depth -= 1
    rows.append((row_start, len(math), first_amp))
    result = []
    for start, end, amp in rows:
        if amp is not None and _ENUMERATOR.fullmatch("".join(chars[start:amp]).strip()):
            _blank(chars, start, amp)
        row = "".join(chars[start:end])
        stripped = row.strip()
        if stripped:
            result.append((start + len(row) - len(row.lstrip()), stripped))
    return result


def _fragments(text: str, masked: str, regions: list[tuple[int, int]],
               timeline: _ProblemTimeline) -> list[Fragment]:
    """Cut each math region (offsets into text) into row fragments; one block per region."""
    line_starts = [0] + [m.end() for m in re.finditer("\n", text)]
    fragments: list[Fragment] = []
    block = 0
    for start, end in regions:
        problem = timeline.at(start)
        rows = _split_rows(masked[start:end])
        for offset, row in rows:
            offset += start
            line = bisect_right(line_starts, offset)
            column = offset - line_starts[line - 1] + 1
            fragments.append(Fragment(row, line, column, line + row.count("\n"), "latex", block,
                                      starts_with_relation(row), problem))
        block += bool(rows)
    return fragments


def _apply_blanks(text: str, blanks: list[tuple[int, int]]) -> str:
    pieces, last = [], 0
    for start, end in sorted(blanks):
        start = max(start, last)
        if end > start:
            pieces += [text[last:start], re.sub(r"[^\n]", " ", text[start:end])]
            last = end
    pieces.append(text[last:])
    return "".join(pieces)


# ---------------------------------------------------------------- Markdown / Obsidian

_QUOTE_MARK = re.compile(r" {0,3}>[ \t]?")
_FENCE = re.compile(r" {0,3}(`{3,}|~{3,})")
_HEADING = re.compile(r" {0,3}(#{1,6})(?:[ \t]|$)")
_TABLE_ROW = re.compile(r"\s*\|")
_PROSE_TOKEN = re.compile(r"\\|`+|<!--|%%|!?\[\[|\$\$?")
_MATH_TOKEN = re.compile(r"\\|\$\$?")
_BACKTICKS = re.compile("`+")


def _code_span_ends(text: str, start: int, end: int) -> dict[int, int | None]:
    """For each backtick run in text[start:end]: where the code span it opens ends (None: none)."""
    runs = [(run.start(), run.end()) for run in _BACKTICKS.finditer(text, start, end)]
    ends: dict[int, int | None] = {}
    nearest_later: dict[int, int] = {}  # run length -> end of the nearest later run that long
    for run_start, run_end in reversed(runs):
        ends[run_start] = nearest_later.get(run_end - run_start)
        nearest_later[run_end - run_start] = run_end
    return ends


def _quote_prefix(line: str, max_depth: int = 1_000) -> tuple[int, int]:
    """Length and depth of the blockquote markers (`> `, `> > `) that start a line."""
    position = depth = 0
    while depth < max_depth and (mark := _QUOTE_MARK.match(line, position)):
        position, depth = mark.end(), depth + 1
    return position, depth


class _MarkdownScanner:
    """One pass over the lines: blocks (fences, tables, headings, quotes), then inline math."""

    def __init__(self, text: str):
        self.text = text
        self.regions: list[tuple[int, int]] = []
        self.blanks: list[tuple[int, int]] = []
        self.events: list[tuple[int, int | None, str | None]] = []
        self.math_start: int | None = None  # start of the open math region, if any
        self.closer = "$"
        self.paragraph_bound = True  # an unclosed region ends at the end of its paragraph
        self.math_quote_depth = 0
        self.fence: str | None = None
        self.comment_closer: str | None = None
        self.last_line_end = 0

    def run(self) -> dict:
        lines = self.text.split("\n")
        body, settings = _front_matter(lines)
        offset = sum(len(line) + 1 for line in lines[:body])
        for line in lines[body:]:
            self._line(line, offset, offset + len(line))
            self.last_line_end = offset + len(line)
            offset += len(line) + 1
        self._close(len(self.text))
        return settings

    def _line(self, line: str, start: int, end: int) -> None:
        if self.math_start is not None and not self.paragraph_bound:  # inside a $$ display
            prefix, _ = _quote_prefix(line, self.math_quote_depth)
            self.blanks.append((start, start + prefix))
            self._scan(start + prefix, end, self.math_quote_depth)
            return
        prefix, depth = _quote_prefix(line)
        self.blanks.append((start, start + prefix))
        body = line[prefix:]
        if self.fence:
            closing = re.fullmatch(r" {0,3}(`{3,}|~{3,})\s*", body)
            if closing and closing.group(1).startswith(self.fence):
                self.fence = None
            return
        if self.comment_closer:
            close = self.text.find(self.comment_closer, start + prefix, end)
            if close >= 0:
                after, self.comment_closer = close + len(self.comment_closer), None
                self._scan(after, end, depth)
            return
        fence, heading = _FENCE.match(body), _HEADING.match(body)
        if not body.strip() or fence or heading or _TABLE_ROW.match(body):
            self._close(self.last_line_end)  # a paragraph ends: an unclosed `$` ends with it
        if fence:
            self.fence = fence.group(1)
        elif heading:
            self.events.append((start, len(heading.group(1)), _problem_in(body)))
        elif body.strip() and not _TABLE_ROW.match(body):
            if self.math_start is None:
                for mention in PROBLEM_ID.finditer(body):
                    self.events.append((start + prefix + mention.start(), None, mention.group()))
            self._scan(start + prefix, end, depth)

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
            if kind == "\\":
                position += 1
            elif kind[0] == "`":
                if code_span_ends is None:
                    code_span_ends = _code_span_ends(text, token.start(), end)
                position = code_span_ends.get(token.start()) or position
            elif kind in ("<!--", "%%"):
                closer = "-->" if kind == "<!--" else "%%"
                close = text.find(closer, position, end)
                if close < 0:
                    self.comment_closer = closer
                    return
                position = close + len(closer)
            elif kind.endswith("[["):
                close = -1 if link_unclosed else text.find("]]", position, end)
                link_unclosed = close < 0
                position = position if link_unclosed else close + 2
            elif kind == "$$":
                self._open(position, "$$", quote_depth)
            elif kind == "$" and position < end and not text[position].isspace():
                self._open(position, "$", quote_depth)

    def _scan_math(self, position: int, end: int) -> int:
        text = self.text
        while token := _MATH_TOKEN.search(text, position, end):
            position = token.end()
            if token.group() == "\\":
                position += 1
            elif self.closer == "$$" and token.group() == "$$":
                self._close(token.start())
                return position
            elif self.closer == "$":
                before, after = text[token.start() - 1], text[token.start() + 1:token.start() + 2]
                if not before.isspace() and not after.isdigit():
                    self._close(token.start())
                    return token.start() + 1
                position = token.start() + 1
        return end

    def _open(self, position: int, closer: str, quote_depth: int) -> None:
        self.math_start, self.closer, self.math_quote_depth = position, closer, quote_depth
        self.paragraph_bound = closer == "$" or self.text.find("$$", position) < 0

    def _close(self, end: int) -> None:
        if self.math_start is not None:
            self.regions.append((self.math_start, max(end, self.math_start)))
            self.math_start = None


# ---------------------------------------------------------------- front matter settings


def _front_matter(lines: list[str]) -> tuple[int, dict]:
    """(index of the first line after the front matter, the `tutor:` settings)."""
    if not lines or lines[0].rstrip() != "---":
        return 0, {}
    for index in range(1, len(lines)):
        if lines[index].rstrip() in ("---", "..."):
            try:
                return index + 1, _tutor_settings(lines[1:index])
            except (ValueError, IndexError):
                return index + 1, {}
    return 0, {}


def _tutor_settings(lines: list[str]) -> dict:
    for index, line in enumerate(lines):
        key = re.match(r"tutor\s*:(.*)$", line)
        if not key:
            continue
        rest = _strip_yaml_comment(key.group(1)).strip()
        if rest:
            value = _parse_flow(rest)
        else:
            block = []
            for item in lines[index + 1:]:
                if item.strip() and not item[0].isspace():
                    break
                block.append(item)
            value = _parse_block_mapping(block)
        return _normalise_settings(value)
    return {}


def _normalise_settings(value: object) -> dict:
    if not isinstance(value, dict):
        return {}
    settings = dict(value)
    if "assume" in settings:
        assume = settings["assume"]
        items = assume if isinstance(assume, list) else [] if assume in (None, "") else [assume]
        settings["assume"] = [str(item) for item in items]
    if "log_base" in settings:
        base = settings["log_base"]
        if isinstance(base, str) and base.isdigit():
            base = int(base)
        if isinstance(base, int | str) and base != "":
            settings["log_base"] = base
        else:
            del settings["log_base"]
    return settings


def _strip_yaml_comment(text: str) -> str:
    quote = None
    for index, char in enumerate(text):
        if quote:
            quote = None if char == quote else quote
        elif char in "\"'":
            quote = char
        elif char == "#" and (index == 0 or text[index - 1].isspace()):
            return text[:index]
    return text


def _parse_block_mapping(lines: list[str]) -> dict:
    mapping: dict = {}
    key = None
    for line in lines:
        item = _strip_yaml_comment(line).strip()
        if item == "-" or item.startswith("- "):
            if key is not None:
                if not isinstance(mapping.get(key), list):
                    mapping[key] = []
                mapping[key].append(_parse_flow(item[1:].strip()))
        elif entry := re.match(r"([A-Za-z_][\w-]*)\s*:\s*(.*)$", item):
            key = entry.group(1)
            mapping[key] = _parse_flow(entry.group(2)) if entry.group(2) else []
    return mapping


def _parse_flow(text: str) -> object:
    """A YAML flow value: {k: v, ...}, [a, b], "quoted", 'quoted', or a plain scalar."""
    value, _ = _flow_value(text.strip(), 0, top=True)
    return value


def _flow_value(text: str, index: int, top: bool = False) -> tuple[object, int]:
    while index < len(text) and text[index] == " ":
        index += 1
    if index >= len(text):
        return "", index
    char = text[index]
    if char in "[{":
        closer, items, mapping = ("]" if char == "[" else "}"), [], {}
        index += 1
        while True:
            while index < len(text) and text[index] in " ,":
                index += 1
            if index >= len(text) or text[index] == closer:
                return (items if char == "[" else mapping), index + 1
            if char == "[":
                item, after = _flow_value(text, index)
                if after <= index:
                    raise ValueError(f"unexpected {text[index]!r} in a flow list")
                items.append(item)
                index = after
            else:
                colon = text.index(":", index)
                key = text[index:colon].strip().strip("\"'")
                mapping[key], index = _flow_value(text, colon + 1)
    if char in "\"'":
        close = text.index(char, index + 1)
        return text[index + 1:close], close + 1
    stop = re.compile(r"$" if top else r"[,\]}]").search(text, index)
    scalar = text[index:stop.start()].strip()
    return (int(scalar) if re.fullmatch(r"[+-]?\d+", scalar) else scalar), stop.start()


# ---------------------------------------------------------------- LaTeX

_MATH_ENVS = _LAYOUT_ENVS - {"aligned", "alignedat", "split", "gathered"}
_VERBATIM_ENVS = {"verbatim", "verbatim*", "lstlisting", "minted", "comment", "Verbatim"}
_SECTION_LEVELS = {"part": 0, "chapter": 1, "section": 2, "subsection": 3, "subsubsection": 4,
                   "paragraph": 5}
_TEX_TOKEN = re.compile(
    r"\\begin\s*\{(?P<env>[^{}]*)\}"
    r"|\\(?P<section>part|chapter|section|subsection|subsubsection|paragraph)\*?(?![a-zA-Z])"
    r"|\\verb\*?(?P<verb>[^a-zA-Z\s*])|\\[\[(]|\\.|\$\$?", re.S)
_TEX_COMMENT_TOKEN = re.compile(r"\\.|%", re.S)
_TEX_MATH_TOKEN = re.compile(r"\\(?:begin|end)\s*\{[^{}]*\}|\\.|\$\$?|\n[ \t]*\n", re.S)


def _mask_tex_comments(text: str) -> str:
    """Blank every `%` comment (not `\\%`) up to the end of its line."""
    blanks, position = [], 0
    while token := _TEX_COMMENT_TOKEN.search(text, position):
        position = token.end()
        if token.group() == "%":
            line_end = text.find("\n", position)
            position = len(text) if line_end < 0 else line_end
            blanks.append((token.start(), position))
    return _apply_blanks(text, blanks)


def _find_tex_close(masked: str, position: int, end: int, closer: str) -> tuple[int, int]:
    """(end of the math, where scanning resumes); an unclosed region ends at its paragraph."""
    nesting = 0
    opener = closer.replace("\\end", "\\begin")
    while token := _TEX_MATH_TOKEN.search(masked, position, end):
        text = re.sub(r"\s+", "", token.group())
        if token.group()[0] == "\n":
            return token.start(), token.start()
        if text == opener and closer.startswith("\\end"):
            nesting += 1
        elif text == closer or (closer == "$" and text == "$$"):
            if nesting == 0:
                return (token.end(), token.end()) if closer.startswith("\\end") \
                    else (token.start(), token.start() + len(closer))
            nesting -= 1
        position = token.end()
    return end, end


def _read_tex(text: str) -> list[Fragment]:
    masked = _mask_tex_comments(text)
    begin = re.search(r"\\begin\s*\{document\}", masked)
    start = begin.end() if begin else 0
    finish = re.compile(r"\\end\s*\{document\}").search(masked, start)
    end = finish.start() if finish else len(masked)
    regions: list[tuple[int, int]] = []
    events: list[tuple[int, int | None, str | None]] = []
    position = start
    while token := _TEX_TOKEN.search(masked, position, end):
        kind, position = token.group(), token.end()
        if token.group("env") is not None:
            env = token.group("env").strip()
            if env in _VERBATIM_ENVS:
                close = masked.find("\\end{" + env + "}", position, end)
                position = end if close < 0 else close
            elif env in _MATH_ENVS:
                region_end, position = _find_tex_close(masked, position, end, f"\\end{{{env}}}")
                regions.append((token.start(), region_end))
        elif token.group("section"):
            title = re.compile(r"\s*(?:\[[^\]]*\])?\s*(" + _BRACED + ")").match(masked, position)
            name = title.group(1) if title else ""
            events.append((token.start(), _SECTION_LEVELS[token.group("section")],
                           _problem_in(name)))
        elif token.group("verb"):
            close = masked.find(token.group("verb"), position, end)
            position = end if close < 0 else close + 1
        elif kind in ("\\[", "\\(", "$$", "$"):
            closer = {"\\[": "\\]", "\\(": "\\)"}.get(kind, kind)
            region_end, position = _find_tex_close(masked, position, end, closer)
            regions.append((token.end(), region_end))
    region_starts = [region[0] for region in regions]
    for mention in PROBLEM_ID.finditer(masked):
        index = bisect_right(region_starts, mention.start()) - 1
        if index < 0 or mention.start() >= regions[index][1]:
            events.append((mention.start(), None, mention.group()))
    return _fragments(text, masked, regions, _ProblemTimeline(events))


# ---------------------------------------------------------------- plain step files


def _read_plain(lines: list[str]) -> list[Fragment]:
    """One step per non-empty line; `#` starts a comment; a blank line starts a new block."""
    fragments: list[Fragment] = []
    block, in_block, problem = -1, False, None
    for number, line in enumerate(lines, 1):
        code, _, comment = line.partition("#")
        problem = _problem_in(comment) or problem
        if not line.strip():
            in_block = False
            continue
        step = code.strip()
        if not step:
            continue
        if not in_block:
            block, in_block = block + 1, True
        column = len(code) - len(code.lstrip()) + 1
        fragments.append(Fragment(step, number, column, number, "plain", block,
                                  starts_with_relation(step), problem))
    return fragments

"""Find the math of a LaTeX document: display and inline math, math environments, sections."""

from __future__ import annotations

import re
from bisect import bisect_right

from tutor.notes.data_lists import with_data_lists
from tutor.notes.derivative_tables import with_table_rows
from tutor.notes.exam_class import exam_headings
from tutor.notes.fragments import (
    _BRACED,
    _LAYOUT_ENVS,
    PROBLEM_ID,
    Fragment,
    fragments_in,
    problem_in,
)
from tutor.notes.latex_tables import latex_tables_read
from tutor.notes.lone_displays import lone_displays_joined
from tutor.notes.overlays import overlays_blanked
from tutor.notes.prose_around import apply_blanks

_MATH_ENVS = _LAYOUT_ENVS - {"aligned", "alignedat", "split", "gathered"}
_VERBATIM_ENVS = {"verbatim", "verbatim*", "lstlisting", "minted", "comment", "Verbatim"}
_SECTION_LEVELS = {"part": 0, "chapter": 1, "section": 2, "subsection": 3, "subsubsection": 4,
                   "paragraph": 5}
_EXERCISE_ENVS = {"example", "exercise", "problem", "question", "examplebox", "exercisebox"}
_EXERCISE_LEVEL = 6  # below \\paragraph: the examples of a section are siblings
_TEX_TOKEN = re.compile(
    r"\\begin\s*\{(?P<env>[^{}]*)\}"
    r"|\\(?P<section>part|chapter|section|subsection|subsubsection|paragraph)\*?(?![a-zA-Z])"
    r"|\\verb\*?(?P<verb>[^a-zA-Z\s*])|\\[\[(]|\\.|\$\$?", re.S)
_SECTION_TITLE = re.compile(r"\s*(?:\[[^\]]*\])?\s*(" + _BRACED + ")")
_BEGIN_DOCUMENT = re.compile(r"\\begin\s*\{document\}")
_END_DOCUMENT = re.compile(r"\\end\s*\{document\}")
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
    return apply_blanks(text, blanks)


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


def _heading(masked: str, token: re.Match, position: int) -> list[tuple[int, int, str | None]]:
    """The event of a sectioning command; none for an exam-class `\\part[2] …` (an item of its
    question: the parts share its values), which has no braced title."""
    title = _SECTION_TITLE.match(masked, position)
    if title is None and token.group("section") == "part":
        return []
    return [(token.start(), _SECTION_LEVELS[token.group("section")],
             problem_in(title.group(1) if title else ""))]


def _environment(masked: str, token: re.Match, end: int, regions: list, events: list) -> int:
    """Where reading goes on after `\\begin{env}`: past a verbatim one, past a math one (its
    region kept); an example or exercise opens a section of its own (its own y = …)."""
    env, position = token.group("env").strip(), token.end()
    if env in _VERBATIM_ENVS:
        close = masked.find("\\end{" + env + "}", position, end)
        return end if close < 0 else close
    if env.rstrip("*") in _EXERCISE_ENVS:
        events.append((token.start(), _EXERCISE_LEVEL, None))
    elif env in _MATH_ENVS:
        region_end, position = _find_tex_close(masked, position, end, f"\\end{{{env}}}")
        regions.append((token.start(), region_end))
    return position


def read_latex(text: str) -> list[Fragment]:
    """The math fragments of a .tex file (inside `\\begin{document}` when it has one)."""
    masked = overlays_blanked(_mask_tex_comments(text))  # Beamer's \pause, \onslide<2->{…}
    begin = _BEGIN_DOCUMENT.search(masked)
    start = begin.end() if begin else 0
    finish = _END_DOCUMENT.search(masked, start)
    end = finish.start() if finish else len(masked)
    regions: list[tuple[int, int]] = []
    events: list[tuple[int, int | None, str | None]] = []
    position = start
    while token := _TEX_TOKEN.search(masked, position, end):
        kind, position = token.group(), token.end()
        if token.group("env") is not None:
            position = _environment(masked, token, end, regions, events)
        elif token.group("section"):
            events += _heading(masked, token, position)
        elif token.group("verb"):
            close = masked.find(token.group("verb"), position, end)
            position = end if close < 0 else close + 1
        elif kind in ("\\[", "\\(", "$$", "$"):
            closer = {"\\[": "\\]", "\\(": "\\)"}.get(kind, kind)
            region_end, position = _find_tex_close(masked, position, end, closer)
            regions.append((token.end(), region_end))
    events += exam_headings(masked, start, end)
    region_starts = [region[0] for region in regions]
    for mention in PROBLEM_ID.finditer(masked):
        index = bisect_right(region_starts, mention.start()) - 1
        if index < 0 or mention.start() >= regions[index][1]:
            events.append((mention.start(), None, mention.group()))
    fragments, rows = latex_tables_read(masked, fragments_in(text, masked, regions, events))
    fragments = with_table_rows(fragments, rows)  # \textbf{Function} & …
    return with_data_lists(text, lone_displays_joined(text, fragments))  # This simplifies to

"""A row that ends with `=` (`$-(0.5\\log_2 0.5 + 0.5\\log_2 0.5) =$`) goes on in the next row
of math (`$= 1$` written without its `=`): the `=` is carried over to it."""

from __future__ import annotations

import re
from dataclasses import replace

from tutor.notes.fragments import Fragment

_TRAILING_EQUALS = re.compile(r"(?<![<>!:=\\])=\s*$")
# `\rightarrow`, `\implies`, `⇒`: an arrow between statements (or to the prose after the math)
_ARROW = re.compile(r"\\(?:long)?(?:right|Right)arrow(?![a-zA-Z])|\\Longrightarrow|\\implies|[→⇒]")
_ANY_RELATION = re.compile(r"[=<>≈≤≥→⇒]|\\(?:approx|le|ge|leq|geq|neq|ne|sim|to|implies|"
                           r"Rightarrow|Longrightarrow|iff|equiv|in)(?![a-zA-Z])")
# a row that works a derivative out: `D[f(x)] = …`, `f'(x) = …`, `y' = …`, `\frac{d}{dx}… = …`
_DERIVATIVE_WORKED = re.compile(r"\s*(?:D\s*(?:\\left)?\s*[\[(]|[A-Za-z](?:\(\w\))?'|"
                                r"[A-Za-z]'\(|\\d?frac\s*\{\s*d)[^=]*=(?!=)[^=]*\S")
_TRAILING_ARROW = re.compile(rf"(?:{_ARROW.pattern}|\\(?:Long)?[Ll]eftrightarrow(?![a-zA-Z])|\\iff"
                             r"(?![a-zA-Z])|[⟺⇔])\s*$")  # `lim … \Leftrightarrow \\`: ink


# `= \underline{\hspace{2cm}}`, `= \_\_\_`, `= ?`, `= \boxed{\phantom{0}}`: a blank to fill in
_BLANK_ANSWER = re.compile(r"(?<![<>!:=\\])=\s*(?:\?|\\text\s*\{\s*\?\s*\}|\\underline\s*\{\s*"
                           r"\\hspace\s*\{[^{}]*\}\s*\}|(?:\\_\s*){2,}|_{3,}|\\square|\\boxed\s*\{"
                           r"(?:\s|\\q?quad|\\phantom\s*\{[^{}]*\})*\})\s*$")


def carried_relations(fragments: list[Fragment]) -> list[Fragment]:
    """The fragments with each trailing `=` moved to the start of the row after it, when that
    row follows closely and does not open with a relation of its own; a trailing `=` that
    goes on nowhere (`Then $h'(x) =$`), or one before a blank to fill in, is a question's:
    blanked, the expression before it is what is asked."""
    done = list(fragments)
    for k, row in enumerate(done):
        after = done[k + 1] if k + 1 < len(done) else None
        arrow = _TRAILING_ARROW.search(row.text)
        if arrow is not None and row.text[:arrow.start()].strip():  # `= 9.75 \rightarrow` [9.75, …]
            kept = row.text[:arrow.start()].rstrip()  # an arrow to the prose after: ink
            done[k] = replace(row, text=kept, origins=row.origins[:len(kept)])
            continue
        trailing = _TRAILING_EQUALS.search(row.text) or _BLANK_ANSWER.search(row.text)
        if trailing is None or not row.text[:trailing.start()].strip():
            continue
        cut = trailing.start()
        if trailing.group().strip() != "=":  # `F(x) = … \longrightarrow F'(x) = ?`: no step on
            cut = _asked_after_arrow(row.text, cut)
        blanked = row.text[:cut] + " " * (len(row.text) - cut)
        if after is not None and not after.continues and (
                after.block == row.block or after.adjacent) and trailing.group().strip() == "=":
            done[k + 1] = _with_equals(after)  # no words between: it goes on in the next row
        elif after is not None and after.block == row.block:
            continue  # `a = \\ b`: the row below goes on (as a row of its own)
        kept = blanked.rstrip()  # a fragment's text never ends in spaces (`$0=$`: `0`)
        done[k] = replace(row, text=kept, origins=row.origins[:len(kept)])
    return _bare_rows_carried(done)


def _bare_rows_carried(done: list[Fragment]) -> list[Fragment]:
    """`D[(3x-2)(5x^2+7)] = \\ (3·D[x] + …)(…) \\ 3(5x^2+7) + … \\ 45x^2 - 20x + 21`: after
    a row that an `=` carried over, or a row that works a derivative out (`D[f(x)] = …`), the
    rows of the block with no relation of their own go on the same way (each an `=` left
    off), as Italian notes write a derivative out. A bare row the next row goes on from with a
    relation of its own (`f'(x) \\\\ &= 3x^2`) is that row's left side, no step."""
    for k in range(1, len(done)):
        row, before = done[k], done[k - 1]
        if (before.continues or _DERIVATIVE_WORKED.match(before.text)) and \
                row.block == before.block and not row.continues \
                and not _ANY_RELATION.search(row.text) and not _left_side_above(done, k):
            done[k] = _with_equals(row)
    return done


def _left_side_above(done: list[Fragment], k: int) -> bool:
    """Whether row k is a call alone (`f'(x)`) and the row after it, in its block, opens with
    a relation of its own (an expression alone goes on: `\\cos t - \\frac{-\\sin t}{…}`)."""
    return k + 1 < len(done) and done[k + 1].block == done[k].block and done[
        k + 1].continues and _CALL_ALONE.fullmatch(done[k].text) is not None


# `f'(x)`, `g(t)`, `y''(x)`: a function's call alone on a row, a left side for the row below
_CALL_ALONE = re.compile(r"\s*[A-Za-z]\w*'*\s*(?:\\left\s*)?\(\s*[A-Za-z]\s*(?:\\right\s*)?\)\s*")


def _asked_after_arrow(text: str, end: int) -> int:
    """Where the question asked before a blank (`F'(x) = ?`) starts when an arrow outside any
    braces leads to it (`F(x) = sen²(x) \\longrightarrow F'(x) = ?`): the arrow is no step to
    what is asked; else `end`."""
    found = [m for m in _ARROW.finditer(text, 0, end)
             if text.count("{", 0, m.start()) == text.count("}", 0, m.start())]
    return found[-1].start() if found else end


def _with_equals(row: Fragment) -> Fragment:
    """The row marked as going on from the row above with an `=` it does not write (the walk
    reads a row that continues without a relation of its own as `= …`: no character is made up,
    each one still stands where it stood)."""
    return replace(row, continues=True)


# what may stand before the `=` on its line: indentation, a list bullet, a quote mark
_LINE_OPENING = re.compile(r"[ \t]*(?:>[ \t]*)*(?:[-*+][ \t]+)?")
_MATH_OPENER = re.compile(r"(?:\$\$?|\\\(|\\\[)[ \t]*$")


def prose_equals_carried(text: str, fragments: list[Fragment]) -> list[Fragment]:
    """The fragments with the `=` written in prose before a block (`= $\\frac{…}{…}$` on a line
    of its own, the math after it) carried into its first row, when that block follows the one
    before with no words between: the row goes on from the row above."""
    lines = text.split("\n")
    done = list(fragments)
    for k in range(1, len(done)):
        row = done[k]
        if row.block == done[k - 1].block or not row.adjacent or row.continues \
                or not 0 < row.line <= len(lines):
            continue
        before = lines[row.line - 1][:max(0, row.column - 1)]
        opener = _MATH_OPENER.search(before)
        if opener is None:
            continue
        said = before[_LINE_OPENING.match(before).end():opener.start()]
        if said.strip() == "=":
            done[k] = _with_equals(row)
    return done

"""A derivation checked as it grows: add a line, take it back; line 40 costs what line 3 does."""

from __future__ import annotations

from dataclasses import dataclass, replace

from tutor.derive.context import Line, as_lines
from tutor.derive.derivation import DerivationChecker, ParsedLine, WalkState
from tutor.derive.sequences import opens_equations
from tutor.model import Problem, StepResult


@dataclass(frozen=True)
class _Entry:
    """A line added, and what the walk looked like just before it."""

    parsed: ParsedLine
    before: WalkState
    context: tuple
    start: int  # where its results begin
    lookahead: bool = False  # walked knowing that an equation follows it


class Derivation:
    """`Derivation(problem=None, assume=(), log_base=None)`: `.add(text)` checks one more line
    against the ones before and returns its results; `.undo()` takes the last line back.

    Only the new line is walked (and the line before it again when the new one is an
    equation: a premise is known only by what follows it), so the cost of a line does not
    grow with the length of the derivation.
    """

    def __init__(self, problem: Problem | None = None, assume=(), log_base: int | None = None,
                 *, budget: float = 2.0):
        assume = [assume] if isinstance(assume, str) else list(assume)
        self._checker = DerivationChecker(problem, assume, log_base, budget)
        self._entries: list[_Entry] = []
        self._state = WalkState()
        if problem and problem.start:
            start = self._checker.parse_line(Line(problem.start, line=0, syntax="auto"))
            self._state = self._checker.walk_line(start, self._state, False)

    @property
    def problem(self) -> Problem | None:
        return self._checker.problem

    @property
    def lines(self) -> list[str]:
        return [e.parsed.line.text for e in self._entries]

    @property
    def results(self) -> list[StepResult]:
        """The results of every line so far, in order."""
        return list(self._checker.results)

    def read(self, text: str) -> ParsedLine:
        """Read a line in this derivation's context (defined functions, log base), once:
        hand the result to `add(parsed=…)` to check it without reading it again."""
        return self._checker.parse_line(self._line(text))

    def add(self, text: str | Line = "", *, parsed: ParsedLine | None = None) -> list[StepResult]:
        """Check one more line; its results (a chain `a = b = c` gives one per step)."""
        item = self._numbered(parsed) if parsed else self._checker.parse_line(self._line(text))
        if self._entries and opens_equations(self._entries[-1].parsed, item):
            self._walk_last_again(lookahead=True)
        entry = _Entry(item, self._state, self._checker.ctx.snapshot(),
                       len(self._checker.results))
        self._state = self._checker.walk_line(item, self._state, False)
        self._entries.append(entry)
        return self._checker.results[entry.start:]

    def undo(self) -> list[StepResult]:
        """Take the last line back; returns its results (empty when there was none)."""
        if not self._entries:
            return []
        entry = self._entries.pop()
        removed = self._rewind(entry)
        if self._entries and self._entries[-1].lookahead:
            self._walk_last_again(lookahead=False)
        return removed

    def finish(self) -> list[StepResult]:
        """All results with the end of the derivation judged (a block ending away from its
        start, a problem's target); the derivation itself is left as it was."""
        checker = self._checker
        saved, context = list(checker.results), checker.ctx.snapshot()
        checker.finish(self._entries[-1].parsed if self._entries else None, self._state)
        out = list(checker.results)
        checker.results, _ = saved, checker.ctx.restore(context)
        return out

    # -- inside ---------------------------------------------------------------------------
    def _line(self, text: str | Line) -> Line:
        return text if isinstance(text, Line) else Line(str(text), line=len(self._entries) + 1)

    def _numbered(self, parsed: ParsedLine) -> ParsedLine:
        """A line read earlier (before an undo, say) numbered as the next line."""
        number = len(self._entries) + 1
        if parsed.line.line == number:
            return parsed
        shift = number - parsed.line.line
        error = parsed.error and replace(parsed.error, line=parsed.error.line + shift,
                                         end_line=parsed.error.end_line + shift)
        return replace(parsed, line=replace(parsed.line, line=number), error=error)

    def _rewind(self, entry: _Entry) -> list[StepResult]:
        removed = self._checker.results[entry.start:]
        del self._checker.results[entry.start:]
        self._checker.ctx.restore(entry.context)
        self._state = entry.before
        return removed

    def _walk_last_again(self, lookahead: bool) -> None:
        entry = self._entries.pop()
        self._rewind(entry)
        self._state = self._checker.walk_line(entry.parsed, entry.before, lookahead)
        self._entries.append(_Entry(entry.parsed, entry.before, entry.context, entry.start,
                                    lookahead))


def check_derivation(lines, problem: Problem | None = None, assume=(), *,
                     log_base: int | None = None, budget: float = 2.0) -> list[StepResult]:
    """Check every step of a derivation; one StepResult per step (a chain gives several)."""
    derivation = Derivation(problem, assume, log_base, budget=budget)
    for line in as_lines(lines):
        derivation.add(line)
    return derivation.finish()

"""The real checker of a practice session: one incremental Derivation, each line read once."""

from __future__ import annotations

from typing import Any

from tutor.errors import ParseError
from tutor.model import Problem, StepResult
from tutor.practice.render import render_expr


class LiveChecker:
    """The real checker for a session: one `tutor.Derivation` kept in step with its lines.

    A line is read once (`read` echoes it and keeps the reading for `__call__`), and only the
    new line is checked: the cost of a line does not grow with the derivation.
    """

    def __init__(self, budget: float = 2.0):
        self.budget = budget  # seconds a step may take
        self._derivation: Any = None
        self._problem: Problem | None = None
        self._wanted: Problem | None = None  # the problem the next line belongs to (`use`)
        self._read: dict[str, Any] = {}

    def use(self, problem: Problem | None) -> None:
        """Read the next lines in `problem`'s context (its log base, its names), before the
        first of them is checked."""
        self._wanted = problem

    def read(self, text: str) -> str:
        """How `text` is read in this derivation's context, on one line (ParseError if not)."""
        parsed = self._live(self._wanted).read(text)
        if parsed.error is not None and parsed.error.verdict == "parse_error":
            raise ParseError(parsed.error.message, text, 1, max(parsed.error.column, 1))
        self._read = {text: parsed}
        return render_expr(parsed.chains or text)

    def __call__(self, lines: list[str], problem: Problem | None) -> list[StepResult]:
        self._wanted = problem
        derivation = self._live(problem)
        done = derivation.lines
        same = 0
        while same < min(len(done), len(lines)) and done[same] == lines[same]:
            same += 1
        if len(done) > same:  # lines were taken back: what was read in their context is stale
            self._read = {}
        for _ in range(len(done) - same):
            derivation.undo()
        for text in lines[same:]:
            derivation.add(text, parsed=self._read.pop(text, None))
        return derivation.finish()  # as if it ended here: the answer is judged as in `check`

    def _live(self, problem: Problem | None) -> Any:
        from tutor.derive.incremental import Derivation

        if self._derivation is None or problem is not self._problem:
            self._derivation = Derivation(problem, budget=self.budget)
            self._problem, self._read = problem, {}
        return self._derivation

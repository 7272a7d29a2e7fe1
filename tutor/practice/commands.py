"""The bare-word commands of a practice session: hint, undo, steps, show, solution, next."""

from __future__ import annotations

from typing import Any

from tutor.bank.slips import slip_hint
from tutor.errors import TutorError
from tutor.model import Problem
from tutor.practice.render import SYMBOL, worst, wrap

COMMANDS = ("hint", "undo", "steps", "show", "solution", "restart", "next", "new", "help",
            "quit", "exit")
_BAD = ("error", "parse_error")

HELP = """\
Type one step of your derivation per line, e.g.  lim h->0 (-h + 4xh)/h
Each line is checked against the line before it (the first against the start).
Commands (bare words):
  hint      the next hint                 undo      take back the last line
  steps     your derivation so far        show      the problem again
  solution  the worked solution           restart   start this problem afresh
  next      another problem, same topic   help      this text
  quit      leave (also exit or Ctrl-D)   Ctrl-C    cancels the line typed
Syntax: 2x^2  sqrt(x)  e^(x^3)  ln(x)  log2(x)  lim h->0 (...)  d/dx (...)
        sum(i=1..N, ...)  binom(n,k)  sigma(x)  a = b = c
An open bracket continues the line on the next: close it, or press Enter on an
empty line to submit the line as it is."""

SCRATCHPAD_HELP = """\
Type an expression, then each step on its own line: (x+1)^2, then x^2 + 2x + 1
Each line is checked against the line before it.
Commands (bare words):
  new       start a new derivation        undo      take back the last line
  steps     your derivation so far        help      this text
  quit      leave (also exit or Ctrl-D)   Ctrl-C    cancels the line typed
Syntax: 2x^2  sqrt(x)  e^(x^3)  ln(x)  log2(x)  lim h->0 (...)  d/dx (...)
        sum(i=1..N, ...)  binom(n,k)  sigma(x)  a = b = c
An open bracket continues the line on the next: close it, or press Enter on an
empty line to submit the line as it is.
`tutor practice` picks a problem with hints and a worked solution."""


class Commands:
    """The commands, mixed into `PracticeSession` (which holds the state they read)."""

    problem: Problem | None
    lines: list[str]
    results: list
    hints_used: int
    slip: tuple[str, str | None, int] | None
    slip_hints: int
    solved: bool
    pending: str | None
    done: bool
    revealed: bool
    catalogue: Any

    # -- commands ---------------------------------------------------------------------------
    def _command(self, word: str) -> list[str]:
        if word in ("quit", "exit"):
            self.done = True
            return self.close()
        if word == "help":
            return (HELP if self.problem else SCRATCHPAD_HELP).splitlines()
        if word == "new":
            if self.problem is not None:
                return ["`new` is for the scratchpad: `restart` starts this problem afresh."]
            self._reset(None)
            return ["A new derivation: type its first expression."]
        if word == "undo":
            return self._undo()
        if word == "steps":
            return self._steps()
        if word == "restart":
            out = self.close()
            self._reset(self.problem)
            return out + ["Starting afresh.", ""] + self.intro()
        return self._problem_command(word)

    def _problem_command(self, word: str) -> list[str]:
        """`show`, and the commands that need a problem: `hint`, `solution`, `next`."""
        if word == "show":
            return self.intro()
        if self.problem is None:
            return [f"`{word}` needs a problem: try `tutor practice` (this is the scratchpad)."]
        if word == "hint":
            return self._hint()
        if word == "solution":
            self.pending = "solution"
            return ["The worked solution will be recorded as revealed."]
        if word == "next":
            return self._next()
        return [f"unknown command {word}"]  # pragma: no cover - COMMANDS is exhaustive

    def _undo(self) -> list[str]:
        if not self.lines:
            return ["Nothing to undo."]
        line = self.lines.pop()
        self.results.pop()
        out = wrap(f"undone: {line}", "", "  ")
        if self.solved:  # reopened to try another way: its progress stays solved
            self.solved = False
            out += wrap("(the problem stays solved in your progress; the lines from here are "
                        "checked as before)", "", "  ")
        last = self.lines[-1] if self.lines else (self.problem.start if self.problem else None)
        if last:
            out += wrap(f"now continuing from: {last}", "", "  ")
        return out

    def _steps(self) -> list[str]:
        out = []
        if self.problem and self.problem.start:
            out += wrap(self.problem.start, "   0    ", " " * 8)
        for i, (line, res) in enumerate(zip(self.lines, self.results, strict=True), 1):
            sym = SYMBOL.get(worst(res), "?") if res else "·"
            out += wrap(line, f"{i:>4}  {sym} ", " " * 8)
        return out or ["No steps yet."]

    def _hint(self) -> list[str]:
        if self.slip is not None:  # the hint answers the slip just made, then the ladder
            line, code = self.slip
            self.slip = None
            text = slip_hint(self.problem, line, code, same_value)
            if text:
                self.slip_hints += 1
                out = [] if self.solved else self._save("record_hint", -self.slip_hints)
                return out + wrap(text, "Hint (about your last line): ", "  ")
        hints = self.problem.hints if self.problem else []
        if not hints:
            return ["This problem has no hints; `solution` shows the worked solution."]
        if self.hints_used >= len(hints):
            out = ["No more hints; `solution` shows the worked solution.", ""]
            return out + wrap(hints[-1], f"Hint {len(hints)}/{len(hints)}: ", "  ")
        self.hints_used += 1
        out = [] if self.solved else self._save("record_hint", self.hints_used)
        return out + wrap(hints[self.hints_used - 1],
                          f"Hint {self.hints_used}/{len(hints)}: ", "  ")

    def _reveal(self) -> list[str]:
        p = self.problem
        assert p is not None
        self.revealed = True
        out = self._save("finish_attempt", self.solved, True)
        out.append("Worked solution:")
        if p.start:
            out += wrap(p.start, "   0  ", " " * 6)
        for i, step in enumerate(p.solution, 1):
            out += wrap(step, f"{i:>4}  ", " " * 6)
        return out

    def _next(self) -> list[str]:
        p = self.problem
        assert p is not None
        try:
            same = [q for q in self.catalogue_list() if q.topic == p.topic]
        except TutorError as exc:
            return [f"cannot load the problem bank: {exc}"]
        ids = [q.id for q in same]
        if p.id in ids and len(same) > 1:
            nxt = same[(ids.index(p.id) + 1) % len(same)]
        else:
            nxt = next((q for q in same if q.id != p.id), None)
        if nxt is None:
            return [f"No other {p.topic} problem; `quit`, then `tutor practice` to choose."]
        out = self.close()
        self._reset(nxt)
        return out + self.intro()

    def catalogue_list(self) -> list[Problem]:
        if self.catalogue is None:
            from tutor.bank.loader import problems

            self.catalogue = problems
        return list(self.catalogue())



def same_value(a: str, b: str) -> bool:
    """Two typed lines have the same value (a listed mistake typed another way)."""
    from tutor.judge.equivalence import compare
    from tutor.read.parser import parse_chains

    try:
        x, y = (parse_chains(t, "auto")[-1].parts[-1].expr for t in (a, b))
        return compare(x, y, budget=0.5).status == "equal"
    except Exception:  # noqa: BLE001 - a best-effort match for choosing a hint
        return False

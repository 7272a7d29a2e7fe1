"""Practice session logic (lines, verdicts, hints, undo, commands) kept apart from terminal I/O."""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from typing import Any

from tutor.derive.messages import (
    AGAINST_THE_ANSWER,
    CARRIED_FORWARD,
    REPLACES_LINE_ABOVE,
    TARGET,
)
from tutor.errors import ParseError, TutorError
from tutor.model import Problem, StepResult
from tutor.practice.commands import _BAD, COMMANDS, HELP, Commands  # noqa: F401 - re-exported
from tutor.practice.render import duration, format_result, plural, wrap

Checker = Callable[[list[str], Problem | None], list[StepResult]]
Reacher = Callable[[list[str], Problem], "bool | str"]
Reader = Callable[[str], str]

_OPEN, _CLOSE = "([{", ")]}"




def bracket_depth(text: str) -> int:
    """How many brackets are still open at the end of text (never below 0)."""
    depth = 0
    for ch in text:
        if ch in _OPEN:
            depth += 1
        elif ch in _CLOSE:
            depth = max(0, depth - 1)
    return depth


def split_statements(text: str) -> list[str]:
    """Pasted or continued text as statements: lines join while brackets stay open."""
    out: list[str] = []
    buf: list[str] = []
    for raw in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        line = raw.strip()
        if not line and not buf:
            continue
        buf.append(line)
        joined = " ".join(p for p in buf if p)
        if bracket_depth(joined) == 0:
            out.append(joined)
            buf = []
    if buf:
        out.append(" ".join(p for p in buf if p))
    return [s for s in out if s]


class PracticeSession(Commands):
    """The state of one practice (or scratchpad) session; `handle` answers a typed line."""

    def __init__(self, problem: Problem | None = None, *, checker: Checker | None = None,
                 reaches: Reacher | None = None, reader: Reader | None = None,
                 store: Any = None, catalogue: Callable[[], list[Problem]] | None = None,
                 clock: Callable[[], float] = time.monotonic):
        from tutor.practice.live import LiveChecker

        live = LiveChecker() if checker is None or reader is None else None
        self.checker = checker or live
        self.reaches = reaches or default_reaches
        self.reader = reader if reader is not None else live.read
        self.store = store
        self.catalogue = catalogue
        self.clock = clock
        self.done = False
        self._reset(problem)

    # -- state ----------------------------------------------------------------------------
    def _reset(self, problem: Problem | None) -> None:
        self.problem = problem
        use = getattr(self.checker, "use", None)
        if use is not None:  # lines are read (echoed) in the problem's context: its log base
            use(problem)
        self.lines: list[str] = []
        self.results: list[list[StepResult]] = []
        self.hints_used = 0  # the level reached on the problem's ladder of hints
        self.slip: tuple[str, str | None] | None = None  # the last wrong line, unanswered
        self.slip_hints = 0  # hints that answered a slip
        self.tries: dict[int, int] = {}  # wrong lines typed as step k: values shown from 2
        self.mistakes = 0
        self.revealed = False
        self.solved = False
        self.recorded = False  # its success saved: reopened by `undo`, it stays solved there
        self.pending: str | None = None
        self.form_told = False  # "to finish, write it in …" is said once
        self.attempt_id: int | None = None
        self.started = self.clock()

    @property
    def prompt(self) -> str:
        return "show the worked solution? [y/N] " if self.pending else "> "

    def toolbar(self) -> str:
        name = self.problem.id if self.problem else "scratchpad"
        parts = [name, f"step {len(self.lines)}"]
        if self.problem:
            parts.append(f"hints {self.hints_used}/{len(self.problem.hints)}")
            parts.append(f"mistakes {self.mistakes}")
            if self.solved:
                parts.append("solved")
        text = " │ ".join(parts) + " │ help · quit"
        return text if len(text) <= 79 else text[:78] + "…"

    def words(self) -> list[str]:
        """Problem ids for completion."""
        try:
            return [p.id for p in self.catalogue_list()]
        except Exception:  # the bank is optional for completion
            return []

    # -- store (progress is best effort: a failing store is reported once, then dropped) --
    def _save(self, method: str, *args: Any) -> list[str]:
        if self.store is None or self.problem is None:
            return []
        try:
            if self.attempt_id is None:
                self.attempt_id = self.store.start_attempt(self.problem.id, self.problem.topic)
            getattr(self.store, method)(self.attempt_id, *args)
        except TutorError as exc:
            self.store = None
            return wrap(f"progress will not be saved in this session: {exc}", "! ")
        return []

    def close(self) -> list[str]:
        """Finish the current attempt (on quit, Ctrl-D, restart, next)."""
        out: list[str] = []
        if self.attempt_id is not None and not (self.solved or self.recorded):
            out = self._save("finish_attempt", False, self.revealed)
        return out

    # -- input ----------------------------------------------------------------------------
    def intro(self) -> list[str]:
        p = self.problem
        if p is None:
            return ["Scratchpad: type an expression, then each next step on its own line;",
                    "every line is checked against the line before it. `help` for commands."]
        out = [f"{p.id} · {p.topic}", *wrap(p.title, "", ""), ""]
        for para in p.statement.replace("$", "").split("\n\n"):
            out += wrap(" ".join(para.split()), "", "")
        extra = []
        if p.given:
            extra.append(("given", "; ".join(f"{k} = {v}" for k, v in p.given.items())))
        if p.assume:
            extra.append(("assume", ", ".join(p.assume)))
        if p.method:
            extra.append(("method", p.method.replace("-", " ")))
        if p.start:
            extra.append(("start", p.start))
        if extra:
            out.append("")
            out += [line for key, val in extra for line in wrap(val, f"  {key + ':':<8}",
                                                                   " " * 10)]
        out += ["", "Type one step per line: `hint` for a hint, `help` for commands."]
        return out

    def handle(self, text: str) -> list[str]:
        """Answer what the learner typed (one line, a continued line, or a paste)."""
        if self.pending:
            return self._answer_pending(text)
        out: list[str] = []
        for stmt in split_statements(text):
            if self.done:
                break
            if self.pending:
                out += self._answer_pending(stmt)
                continue
            word = stmt.lower()
            if word in COMMANDS or word == "?":
                out += self._command("help" if word == "?" else word)
            else:
                out += self._step(stmt)
        return out

    def _answer_pending(self, text: str) -> list[str]:
        self.pending = None
        answer = text.strip().lower()
        if answer in ("y", "yes"):
            return self._reveal()
        out = ["Solution not shown."]
        if answer not in ("", "n", "no"):
            out += self.handle(text)
        return out

    # -- steps ------------------------------------------------------------------------------
    def _step(self, line: str) -> list[str]:
        if self.solved:
            return ["Solved already: `next` for another problem, `restart`, or `quit`."]
        if re.match(r"=(?![=>])", line) and line[1:].strip():  # "= x + 1" continues the chain
            line = line[1:].strip()
        out, readable = self._read_back(line)
        if not readable:
            return out
        self.lines.append(line)
        try:
            results = self._check()
            replaced = self._correction(results)
        except KeyboardInterrupt:
            self.lines.pop()
            return out + ["cancelled; the line was not added"]
        if any(r.verdict == "parse_error" for r in results):
            self.lines.pop()
            return out + [row for r in results for row in format_result(r)]
        if replaced is not None:
            results = replaced
            out.append(f"✓ right — this replaces line {len(self.lines)} above")
        self.results.append(results)
        return out + self._feedback(line, results)

    def _correction(self, results: list[StepResult]) -> list[StepResult] | None:
        """A right line typed after a wrong one, as its correction: the results of the
        derivation without the wrong line (which is dropped), or None."""
        again_right = any(REPLACES_LINE_ABOVE in r.message for r in results)
        if not (self.results and any(r.verdict in _BAD for r in self.results[-1])
                and (again_right or any(r.verdict in _BAD for r in results))):
            return None
        trial = self.lines[:-2] + self.lines[-1:]
        again = self._check(trial, earlier=self.results[:-1])
        if again and all(r.verdict == "ok" for r in again):
            self.lines, self.results = trial, self.results[:-1]
            return again
        return None  # (the checker follows the lines it is given: nothing to undo)

    def _read_back(self, line: str) -> tuple[list[str], bool]:
        """The `read as:` echo of a line, and whether to go on and check it."""
        try:
            out = wrap(self.reader(line), "  read as: ", " " * 11)
            if _UNBRACKETED_LIMIT.match(line):
                out += wrap("(the limit of everything after it; brackets say so: "
                            "lim h->0 (…))", "           ", " " * 11)
            return out, True
        except ParseError as exc:
            out = wrap(f"could not read this: {exc.message}", "✗ ")
            return out + ["  " + row for row in exc.caret().splitlines()], False
        except KeyboardInterrupt:
            return ["cancelled"], False
        except Exception:  # the echo is a courtesy; the checker still runs
            return [], True

    def _feedback(self, line: str, results: list[StepResult]) -> list[str]:
        """Report the results of a new step, count its mistakes, save it, see if it solves."""
        out: list[str] = []
        if not results:
            first = len(self.lines) == 1 and not (self.problem and self.problem.start)
            out.append("· noted: the next line is checked against it" if first else "· noted")
        self.slip = None
        position = len(self.lines)
        wrong = any(r.verdict == "error" or (r.verdict == "warning" and r.code)
                    for r in results)  # 2h → 7h under a limit counts too
        self.tries[position] = self.tries.get(position, 0) + wrong
        for r in results:
            label = f"{r.source}: " if len(results) > 1 and r.source else ""
            out += format_result(r, label, values=self.tries[position] >= 2)
            if r.verdict == "error" or (r.verdict == "warning" and r.code):
                self.mistakes += 1
                self.slip = (line, r.code)
        if any(r.verdict == "error" for r in results):
            out.append("  `undo` takes this line back; or go on from it")
        for r in results:
            out += self._save("record_step", len(self.lines), r.source or line, r.verdict,
                              r.code)
        if self.problem is not None and not any(r.verdict in _BAD for r in results):
            out += self._check_solved()
        return out

    def _check(self, lines: list[str] | None = None,
               earlier: list[list[StepResult]] | None = None) -> list[StepResult]:
        """The results of the last of `lines` (the session's), judged after `earlier`."""
        lines = self.lines if lines is None else lines
        n = len(lines)
        try:
            results = self.checker(list(lines), self.problem)
        except TutorError as exc:
            return [StepResult(n, n, 1, lines[-1], None, "unchecked",
                               f"could not check this step: {exc}")]
        except (KeyboardInterrupt, SystemExit):
            raise
        except Exception as exc:  # a checker bug must not end the session
            return [StepResult(n, n, 1, lines[-1], None, "unchecked",
                               f"internal error ({type(exc).__name__}): {exc}")]
        wrong_before = any(x.verdict in _BAD for res in (self.results if earlier is None
                                                           else earlier) for x in res)
        return [r for r in results if r.line == n and not _stale(r, wrong_before)]

    def _check_solved(self) -> list[str]:
        p = self.problem
        assert p is not None
        try:
            reached = self.reaches(list(self.lines), p)
        except Exception:
            reached = False
        if not reached:
            return []
        if isinstance(reached, str):  # the answer's value, not yet in the asked form
            if self.form_told:
                return []
            self.form_told = True
            form = f" (asked: {p.form})" if p.form else ""
            return wrap(f"That is the answer's value; to finish, {reached}{form}.", "· ")
        if len(self.lines) < 2 <= len(p.solution):
            return wrap("That is the answer: now show how you get there. `undo`, then write "
                        "the steps one per line.", "· ")
        wrong = [i for i, res in enumerate(self.results, 1) if any(r.verdict in _BAD
                                                                   for r in res)]
        if wrong:
            return wrap(f"That is the answer, but step {wrong[0]} is wrong: `undo` back to it "
                        f"and fix it to finish the derivation.", "! ")
        self.solved = True
        out = [] if self.recorded else self._save("finish_attempt", True, self.revealed)
        self.recorded = True
        hints = plural(self.hints_used + self.slip_hints, "hint")
        stats = (f"{plural(len(self.lines), 'step')} · {plural(self.mistakes, 'mistake')} · "
                 f"{hints} · {duration(self.clock() - self.started)}")
        out += ["", f"★ Solved! {stats}"]
        if self.revealed:
            out.append("  (after the worked solution was shown)")
        out.append(f"`next` for another {p.topic} problem, `restart` to try again, or `quit`.")
        return out


# `lim h->0 -1/(x(x+h))`: a signed operand with no bracket
_UNBRACKETED_LIMIT = re.compile(r"\s*lim\b[^(]*?(->|→)\s*[-+]?[\w.∞]+\s+[-+]")


def _stale(r: StepResult, wrong_before: bool) -> bool:
    """A judgement of the end that is not news mid-way: an earlier wrong line carried
    forward (already answered), or "not the answer" after a wrong line."""
    if r.message == CARRIED_FORWARD:
        return True
    return wrong_before and r.method is not None and r.method.startswith(
        (TARGET, AGAINST_THE_ANSWER))


# -- defaults: the real checker, imported lazily (sympy is slow to import) ------------------
def default_reaches(lines: list[str], problem: Problem) -> bool | str:
    """True when the last line is the answer in the asked form; a reason (str) when it has
    the answer's value but not yet the form; False otherwise."""
    try:
        from tutor.derive.answers import answer_state
    except ImportError:
        return False
    state, why = answer_state(lines, problem)
    return True if state == "solved" else (why or False)

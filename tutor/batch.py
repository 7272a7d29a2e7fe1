"""Check whole documents and folders of them: problem association, worker processes, timeouts."""

from __future__ import annotations

import multiprocessing
import os
import re
import signal
import threading
import time
from collections.abc import Callable, Iterable
from itertools import groupby
from multiprocessing.connection import wait
from pathlib import Path

from tutor.derive.derivation import DerivationChecker, Line
from tutor.derive.product_dots import dots_unsettled
from tutor.errors import DocumentError, ProblemError
from tutor.model import FileReport, Problem, StepResult
from tutor.notes.documents import MARKDOWN_SUFFIXES, Document, read_document, read_text
from tutor.notes.lone_displays import unclaimed
from tutor.notes.markup_kinds import MARKUP_SUFFIXES

SUFFIXES = (*MARKDOWN_SUFFIXES, ".tex", ".txt", ".ipynb", *MARKUP_SUFFIXES)
_RESTRUCTURED_MATH = re.compile(r"^[ \t]*\.\. math::|:math:`", re.M)  # Sphinx math
_LATEX_COMMAND = re.compile(r"\\[A-Za-z]")


def _problem(ref: str | Problem | None) -> Problem | None:
    from tutor.bank.lookup import as_problem  # the bank loads only when a problem is named

    return as_problem(ref)


def guess_kind(text: str) -> str:
    """The kind of notes given as text: a notebook's JSON, LaTeX, reStructuredText, Markdown,
    or plain steps."""
    head = text.lstrip()
    if head.startswith("{") and '"cells"' in head:
        return "ipynb"
    if "\\documentclass" in text:
        return "tex"
    if _RESTRUCTURED_MATH.search(text):
        return "rst"
    if any(sign in text for sign in ("$", "```", "\\[", "\\(", "\\begin{")):
        return "md"
    return "txt"


def _is_path(source) -> bool:
    """A Path, or a one-line string naming a file (or ending in a notes suffix): a path.
    Anything else given as a string is the text of the notes."""
    if isinstance(source, os.PathLike):
        return True
    if "\n" in source or len(source) > 4096:
        return False
    return source.lower().endswith(SUFFIXES) or Path(source).is_file()


def read_source(source, kind: str | None = None, path: str = "<text>") -> Document:
    """A Document from a path, or from the text of notes (its kind given or guessed). Guessed
    plain steps written in LaTeX (`\\ln(x^2) = 2\\ln x`, a line each) are read as LaTeX."""
    if isinstance(source, Document):
        return source
    if not isinstance(source, (str, os.PathLike)):
        raise TypeError(f"check_document takes a path or text, not {type(source).__name__}")
    if kind is None and _is_path(source):
        return read_document(source)
    text = str(source)
    return read_text(text, kind or guess_kind(text), path)


def _syntax(fragment) -> str:
    """How a fragment is parsed: a line of a plain step file written in LaTeX
    (`\\ln(x^2) = 2\\ln x`, `f(x) = \\frac{1}{x}`) is read as LaTeX; it still chains as a step."""
    if fragment.syntax == "plain" and _LATEX_COMMAND.search(fragment.text):
        return "latex"
    return fragment.syntax


def check_document(source, problem=None, assume=(), *, kind: str | None = None,
                   timeout: float = 2.0, skip_lines: frozenset[int] = frozenset(),
                   on_step: Callable[[int], None] | None = None) -> FileReport:
    """Check every step of notes: a path, or their text (`kind` "md", "tex", "txt", "ipynb"
    given or guessed: `\\documentclass` makes LaTeX, `$` or `\\begin{` Markdown, otherwise
    plain steps, one a line).

    A one-line string naming an existing file, or ending in .md/.tex/.txt/.ipynb, is a path.
    `on_step(line)` is called as each step starts (a supervising process watches it);
    steps on `skip_lines` are reported unchecked without being tried.
    """
    _positive_timeout(timeout)
    doc = read_source(source, kind)
    fixed = _problem(problem)
    settings = doc.settings or {}
    written = settings.get("assume", [])
    assume = list(assume) + ([written] if isinstance(written, str) else list(written))
    base = settings.get("log_base")
    log_base = int(base) if base is not None and str(base).isdigit() else None
    report = FileReport(doc.path, fixed.id if fixed else None)
    checker = None
    current = object()
    for ref, fragments in groupby(doc.fragments, key=lambda f: f.problem):
        wanted = fixed
        if fixed is None and ref is not None:
            try:
                wanted = _problem(ref)
            except (ProblemError, ImportError):
                wanted = None  # a book id the bank does not have: check without it
        if checker is None or wanted is not current:
            checker = DerivationChecker(wanted, assume, log_base, timeout,
                                        settings.get("vectors", ()))
            checker.on_step = on_step
            current = wanted
        # in a plain step file every line continues the one above; in LaTeX only `= …` rows do
        checker.skip_lines = skip_lines
        fragments = list(fragments)
        lines = [Line(f.text, f.line, f.column, _syntax(f), f.block, True if f.continues else (
                      None if f.syntax == "plain" or f.lone_form else False),
                      f.locate, f.follows, f.independent, f.section, f.described,
                      f.adjacent, f.tables, f.one_hot, f.reason, f.zero_said, f.named,
                      level=f.level, other_index=f.other_index, item=f.item)
                     for f in fragments]
        checker.results = []
        report.steps.extend(dots_unsettled(unclaimed(checker.run(lines), {  # 3.1 after 1.\frac…
            f.line for f in fragments if f.lone_form}), lines))
    if doc.cells:
        _locate_in_cells(report, doc)
    return report


def check_text(text: str, path: str = "<stdin>", problem=None, assume=(), *,
               timeout: float = 2.0) -> FileReport:
    """Notes given as text (`tutor check -`), in this process; unreadable: a report with error."""
    try:
        doc = read_text(text, guess_kind(text), path)
        return check_document(doc, problem, assume, timeout=timeout)
    except DocumentError as exc:
        return FileReport(path, None, [], error=str(exc))


def _locate_in_cells(report: FileReport, doc: Document) -> None:
    """Notebook steps: `line` and `end_line` counted inside the step's cell, `cell` set."""
    for step in report.steps:
        cell, line = doc.cell_of(step.line)
        if cell is not None:
            step.cell, step.end_line = cell, line + step.end_line - step.line
            step.line = line


def _positive_timeout(timeout: float) -> None:
    if not timeout > 0:
        raise ValueError(f"the time budget of a step must be above 0 seconds, not {timeout!r}")


def collect(paths: Iterable[str], glob: str | None = None) -> list[tuple[str, str | None]]:
    """Files to check, in order: (path, error) with directories walked recursively."""
    found: list[tuple[str, str | None]] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            pattern = glob or "*"
            for p in sorted(path.rglob(pattern)):
                if p.is_file() and (glob or p.suffix.lower() in SUFFIXES):
                    found.append((str(p), None))
        elif path.exists():
            found.append((str(path), None))
        else:
            found.append((str(path), f"{path}: no such file or directory"))
    return found


def _check_one(path: str, problem, assume, timeout: float,
               skip: frozenset[int] = frozenset(), on_step=None) -> FileReport:
    try:
        return check_document(path, problem, assume, timeout=timeout, skip_lines=skip,
                              on_step=on_step)
    except DocumentError as exc:
        return FileReport(path, None, [], error=str(exc))


def _worker(conn, line, problem, assume, timeout):  # pragma: no cover - runs in a worker
    """Check the files the parent sends, one at a time, until it sends None.

    A thread beats every 0.2 s; each step writes its source line into shared memory. A step
    stuck in C code holds the interpreter, the beats stop, and the parent stops this worker and
    re-checks the file without that step. Ctrl-C is the parent's business: the worker ignores
    SIGINT (a terminal sends it to the whole process group) and the parent stops it.
    """
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    lock = threading.Lock()

    def on_step(n: int) -> None:  # the step in progress, for the parent to name a stuck one
        line.value = n

    def send(message) -> None:
        with lock:
            conn.send(message)

    def beat() -> None:
        while True:
            time.sleep(0.2)
            try:
                send(("beat",))
            except (OSError, ValueError):
                return

    threading.Thread(target=beat, daemon=True).start()
    while True:
        task = conn.recv()
        if task is None:
            return
        path, skip = task
        try:
            send(_check_one(path, problem, assume, timeout, skip, on_step))
        except Exception as exc:  # noqa: BLE001 - a worker must always answer
            send(FileReport(path, None, [], error=f"{path}: internal error: {exc}"))


class _Worker:
    """A worker process, the file it is checking and when that file's time is up."""

    def __init__(self, ctx, problem, assume, timeout):
        self.conn, child = ctx.Pipe()
        self.line = ctx.Value("i", 0, lock=False)  # the step being checked, written by the worker
        self.proc = ctx.Process(target=_worker, args=(child, self.line, problem, assume, timeout),
                                daemon=True)
        _start_deaf_to_ctrl_c(self.proc)
        child.close()
        self.task: int | None = None
        self.end = self.beat = 0.0

    def give(self, k: int, path: str, skip: frozenset[int], limit: float) -> None:
        self.task, self.end, self.beat = k, time.monotonic() + limit, time.monotonic()
        self.line.value = 0
        self.conn.send((path, skip))

    def stop(self, kill: bool = False) -> None:
        if kill:
            self.proc.kill()
        else:
            try:
                self.conn.send(None)
            except (BrokenPipeError, OSError):
                self.proc.kill()
        self.proc.join(2)
        self.conn.close()


def _start_deaf_to_ctrl_c(proc) -> None:
    """Start a worker with SIGINT blocked, so that a Ctrl-C arriving before the worker has set
    it to ignored cannot raise KeyboardInterrupt there; the parent's mask is restored at once
    (a SIGINT meanwhile stays pending and reaches the parent)."""
    if not hasattr(signal, "pthread_sigmask"):
        proc.start()
        return
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        proc.start()
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


def check_paths(paths: Iterable[str], problem=None, assume=(), *, jobs: int = 1,
                timeout: float = 2.0, glob: str | None = None,
                progress: Callable[[int, int], None] | None = None) -> list[FileReport]:
    """Check files in supervised worker processes, reports in input order.

    A worker that stops beating (a step stuck in C code, beyond what the in-process budget can
    interrupt) is killed after `timeout` + 2 s; its file is checked again with that step
    reported unchecked. A file over its whole allowance is reported unchecked.
    """
    _positive_timeout(timeout)
    if jobs < 1:
        raise ValueError(f"jobs must be at least 1, not {jobs!r}")
    files = collect(paths, glob)
    if problem is not None and not isinstance(problem, Problem):
        problem = _problem(problem)
    reports: list[FileReport | None] = [None] * len(files)
    todo: list[tuple[int, frozenset[int]]] = []
    for k, (path, error) in enumerate(files):
        if error:
            reports[k] = FileReport(path, None, [], error=error)
        else:
            todo.append((k, frozenset()))
    if todo:
        _supervise(files, todo, reports, problem, assume, jobs, timeout, progress)
    return [r for r in reports if r is not None]


def _supervise(files, todo, reports, problem, assume, jobs, timeout, progress) -> None:
    ctx = multiprocessing.get_context("fork" if hasattr(os, "fork") else "spawn")
    if min(jobs, len(todo)) > 1:  # one worker warms up on its first file at no extra cost
        _warm_up()
    supervisor = _Supervisor(ctx, files, todo, reports, problem, assume, jobs, timeout, progress)
    finished = False
    try:
        while todo or supervisor.busy():
            supervisor.hand_out_files()
            supervisor.tend_busy_workers()
        finished = True
    finally:  # interrupted (Ctrl-C) or failed: stop the busy workers at once
        supervisor.stop_workers(kill=not finished)


class _Supervisor:
    """Hands files to the workers, files their reports, and replaces stuck or dead workers."""

    def __init__(self, ctx, files, todo, reports, problem, assume, jobs, timeout, progress):
        self.ctx, self.files, self.todo, self.reports = ctx, files, todo, reports
        self.problem, self.assume, self.timeout, self.progress = problem, assume, timeout, progress
        self.workers = [self._new_worker() for _ in range(max(1, min(jobs, len(todo))))]
        self.skips: dict[int, frozenset[int]] = {}  # file index -> the lines it is checked without
        self.done = 0

    def _new_worker(self) -> _Worker:
        return _Worker(self.ctx, self.problem, self.assume, self.timeout)

    def busy(self) -> bool:
        return any(w.task is not None for w in self.workers)

    def hand_out_files(self) -> None:
        """Give the next files to do to the idle workers."""
        for w in self.workers:
            if w.task is None and self.todo:
                k, skip = self.todo.pop(0)
                self.skips[k] = skip
                path = self.files[k][0]
                w.give(k, path, skip, self.timeout * max(4, _size_hint(path)) + 5)

    def tend_busy_workers(self) -> None:
        """Wait briefly for messages, then act on each busy worker; count the finished files."""
        ready = wait([w.conn for w in self.workers if w.task is not None], timeout=0.05)
        for n, w in enumerate(self.workers):
            if w.task is None or not self._file_finished(n, w, ready):
                continue
            w.task = None
            self.done += 1
            if self.progress:
                self.progress(self.done, len(self.files))

    def _file_finished(self, n: int, w: _Worker, ready) -> bool:
        """Act on busy worker `n`: True once its file has a report, False while it is pending."""
        k, path = w.task, self.files[w.task][0]
        if w.conn in ready:
            return self._receive(n, w, k, path)
        stuck = time.monotonic() - w.beat > self.timeout + 2
        if stuck and len(self.skips[k]) < 5 and w.line.value not in self.skips[k]:
            self._replace(n, w)  # stuck in one step: check the file again without it
            self.todo.insert(0, (k, self.skips[k] | {w.line.value}))
            return False
        if stuck or time.monotonic() > w.end or not w.proc.is_alive():
            self._replace(n, w)
            self.reports[k] = FileReport(path, None, [StepResult(
                1, 1, 1, "", None, "unchecked",
                "the file took too long and its checker was stopped")])
            return True
        return False

    def _receive(self, n: int, w: _Worker, k: int, path: str) -> bool:
        """Read worker `n`'s message: a beat (False) or the report of file `k` (True)."""
        try:
            message = w.conn.recv()
        except EOFError:
            message = FileReport(path, None, [], error=f"{path}: the checker stopped")
            self.workers[n] = self._new_worker()
        if isinstance(message, tuple):  # ("beat",): still working
            w.beat = time.monotonic()
            return False
        self.reports[k] = message
        return True

    def _replace(self, n: int, w: _Worker) -> None:
        """Kill worker `n` and put a fresh one in its place."""
        w.stop(kill=True)
        self.workers[n] = self._new_worker()

    def stop_workers(self, kill: bool) -> None:
        for w in self.workers:
            w.stop(kill=kill)


def _warm_up() -> None:
    """Build the parsers and first-use caches once, so several forked workers inherit them
    instead of each paying for them (0.3 s of CPU)."""
    from tutor.derive.incremental import check_derivation
    from tutor.read.grammar import parser_for

    parser_for("latex")
    parser_for("plain")
    check_derivation(["(x+1)^2", "x^2 + 2x + 1", "sin(x)/x"])


def _size_hint(path: str) -> int:
    try:
        return max(1, Path(path).read_text(errors="replace").count("\n") // 2)
    except OSError:
        return 1

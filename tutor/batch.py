"""Check whole documents and folders of them: problem association, worker processes, timeouts."""

from __future__ import annotations

import multiprocessing
import os
import time
from collections.abc import Callable, Iterable
from itertools import groupby
from multiprocessing.connection import wait
from pathlib import Path

from tutor.derivation import DerivationChecker, Line
from tutor.documents import Document, read_document, read_text
from tutor.errors import DocumentError, ProblemError
from tutor.model import FileReport, Problem, StepResult

SUFFIXES = (".md", ".markdown", ".tex", ".txt")


def _problem(ref: str | Problem | None) -> Problem | None:
    if ref is None or isinstance(ref, Problem):
        return ref
    from tutor.problems import problem

    return problem(ref)


def check_document(source, problem=None, assume=(), *, kind: str | None = None,
                   timeout: float = 2.0) -> FileReport:
    """Check every step of a notes file (a path, or text with `kind` given)."""
    if isinstance(source, Document):
        doc = source
    elif kind is not None:
        doc = read_text(str(source), kind)
    else:
        doc = read_document(source)
    fixed = _problem(problem)
    settings = doc.settings or {}
    assume = list(assume) + list(settings.get("assume", []))
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
            checker = DerivationChecker(wanted, assume, log_base, timeout)
            current = wanted
        # in a plain step file every line continues the one above; in LaTeX only `= …` rows do
        lines = [Line(f.text, f.line, f.column, f.syntax, f.block,
                      True if f.continues else (None if f.syntax == "plain" else False),
                      f.locate) for f in fragments]
        checker.results = []
        report.steps.extend(checker.run(lines))
    return report


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


def _check_one(path: str, problem, assume, timeout: float) -> FileReport:
    try:
        return check_document(path, problem, assume, timeout=timeout)
    except DocumentError as exc:
        return FileReport(path, None, [], error=str(exc))


def _worker(conn, problem, assume, timeout):  # pragma: no cover - runs in a worker
    """Check the files the parent sends, one at a time, until it sends None."""
    while True:
        path = conn.recv()
        if path is None:
            return
        try:
            conn.send(_check_one(path, problem, assume, timeout))
        except Exception as exc:  # noqa: BLE001 - a worker must always answer
            conn.send(FileReport(path, None, [], error=f"{path}: internal error: {exc}"))


class _Worker:
    """A worker process, the file it is checking and when that file's time is up."""

    def __init__(self, ctx, problem, assume, timeout):
        self.conn, child = ctx.Pipe()
        self.proc = ctx.Process(target=_worker, args=(child, problem, assume, timeout),
                                daemon=True)
        self.proc.start()
        child.close()
        self.task: int | None = None
        self.end = 0.0

    def give(self, k: int, path: str, limit: float) -> None:
        self.task, self.end = k, time.monotonic() + limit
        self.conn.send(path)

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


def check_paths(paths: Iterable[str], problem=None, assume=(), *, jobs: int = 1,
                timeout: float = 2.0, glob: str | None = None,
                progress: Callable[[int, int], None] | None = None) -> list[FileReport]:
    """Check files in worker processes; a file whose worker overruns is killed and reported."""
    files = collect(paths, glob)
    if problem is not None and not isinstance(problem, Problem):
        problem = _problem(problem)
    reports: list[FileReport | None] = [None] * len(files)
    todo = []
    for k, (path, error) in enumerate(files):
        if error:
            reports[k] = FileReport(path, None, [], error=error)
        else:
            todo.append(k)
    if len(todo) == 1 and jobs <= 1:
        k = todo[0]
        reports[k] = _check_one(files[k][0], problem, assume, timeout)
        return [r for r in reports if r is not None]
    ctx = multiprocessing.get_context("fork" if hasattr(os, "fork") else "spawn")
    _warm_up()
    workers = [_Worker(ctx, problem, assume, timeout) for _ in range(max(1, min(jobs, len(todo))))]
    done = 0
    try:
        while todo or any(w.task is not None for w in workers):
            for w in workers:
                if w.task is None and todo:
                    k = todo.pop(0)
                    w.give(k, files[k][0], timeout * max(4, _size_hint(files[k][0])) + 5)
            busy = [w for w in workers if w.task is not None]
            ready = wait([w.conn for w in busy], timeout=0.05)
            for n, w in enumerate(workers):
                if w.task is None:
                    continue
                k = w.task
                if w.conn in ready:
                    try:
                        reports[k] = w.conn.recv()
                    except EOFError:
                        reports[k] = FileReport(files[k][0], None, [],
                                                error=f"{files[k][0]}: the checker stopped")
                        workers[n] = _Worker(ctx, problem, assume, timeout)
                elif time.monotonic() > w.end or not w.proc.is_alive():
                    w.stop(kill=True)
                    workers[n] = _Worker(ctx, problem, assume, timeout)
                    reports[k] = FileReport(files[k][0], None, [StepResult(
                        1, 1, 1, "", None, "unchecked",
                        "the file took too long and its checker was stopped")])
                else:
                    continue
                w.task = None
                done += 1
                if progress:
                    progress(done, len(files))
    finally:
        for w in workers:
            w.stop()
    return [r for r in reports if r is not None]


def _warm_up() -> None:
    """Build the parsers and first-use caches once, so forked workers inherit them."""
    from tutor.derivation import check_derivation
    from tutor.parsing import parser_for

    parser_for("latex")
    parser_for("plain")
    check_derivation(["(x+1)^2", "x^2 + 2x + 1", "sin(x)/x"])


def _size_hint(path: str) -> int:
    try:
        return max(1, Path(path).read_text(errors="replace").count("\n") // 2)
    except OSError:
        return 1

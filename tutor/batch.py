"""Check whole documents and folders of them: problem association, worker processes, timeouts."""

from __future__ import annotations

import multiprocessing
import os
import time
from collections.abc import Callable, Iterable
from itertools import groupby
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


def _child(conn, path, problem, assume, timeout):  # pragma: no cover - runs in a worker
    try:
        conn.send(_check_one(path, problem, assume, timeout))
    except Exception as exc:  # noqa: BLE001 - a worker must always answer
        conn.send(FileReport(path, None, [], error=f"{path}: internal error: {exc}"))
    finally:
        conn.close()


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
    running: dict[int, tuple] = {}
    done = 0
    while todo or running:
        while todo and len(running) < max(1, jobs):
            k = todo.pop(0)
            parent, child = ctx.Pipe(duplex=False)
            proc = ctx.Process(target=_child, args=(child, files[k][0], problem, assume, timeout))
            proc.start()
            child.close()
            limit = timeout * max(4, _size_hint(files[k][0])) + 5
            running[k] = (proc, parent, time.monotonic() + limit)
        for k, (proc, conn, end) in list(running.items()):
            if conn.poll(0.01):
                try:
                    reports[k] = conn.recv()
                except EOFError:
                    reports[k] = FileReport(files[k][0], None, [],
                                            error=f"{files[k][0]}: the checker stopped")
            elif not proc.is_alive() or time.monotonic() > end:
                proc.kill()
                reports[k] = FileReport(files[k][0], None, [StepResult(
                    1, 1, 1, "", None, "unchecked", f"timed out after {end:.0f} s")], None)
                reports[k].steps[0].message = "the file took too long and was stopped"
            else:
                continue
            proc.join(1)
            conn.close()
            del running[k]
            done += 1
            if progress:
                progress(done, len(files))
    return [r for r in reports if r is not None]


def _size_hint(path: str) -> int:
    try:
        return max(1, Path(path).read_text(errors="replace").count("\n") // 2)
    except OSError:
        return 1

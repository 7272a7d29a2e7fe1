"""Inside a worker process: run one case against the public API, timed and caught, then sweep."""

from __future__ import annotations

import faulthandler
import os
import signal
import time
import traceback
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

from fuzzing.cases import Case, Outcome, allowance

MEMORY = 3 << 30  # bytes of address space a worker may add to what it inherits
Frame = tuple[str, int | str | None, str]  # (file, line number, function)


@lru_cache(maxsize=1)
def _tutor_dir() -> str:
    import tutor

    return str(Path(tutor.__file__).resolve().parent) + os.sep


def _frame_text(path: str, lineno: int | str | None, name: str) -> str:
    tutor_path = _tutor_dir()
    if path.startswith(tutor_path):
        path = "tutor/" + path[len(tutor_path):]
    elif "site-packages" + os.sep in path:
        path = path.split("site-packages" + os.sep, 1)[1]
    return f"{path}:{lineno} in {name}"


def where_in_tutor(frames: list[Frame]) -> tuple[str, str]:
    """For a stack listed outermost first: its last frame in tutor/, and its innermost frame."""
    ours = [f for f in frames if f[0].startswith(_tutor_dir())]
    return (_frame_text(*ours[-1]) if ours else "(no frame in tutor/)",
            _frame_text(*frames[-1]) if frames else "")


def _describe(outcome: Outcome, exc: BaseException) -> None:
    frames = [(f.filename, f.lineno, f.name) for f in traceback.extract_tb(exc.__traceback__)]
    name = type(exc).__qualname__
    module = type(exc).__module__
    outcome.kind = name if module == "builtins" else f"{module}.{name}"
    outcome.frame, outcome.where = where_in_tutor(frames)
    outcome.message = str(exc)[:300]


def _internal(texts: Iterable[str | None]) -> list[str]:
    return [t[:300] for t in texts if t and "internal error" in t]


def call_api(case: Case, budget: float, scratch: str) -> tuple[int, bool, list[str]]:
    """Run the case: (steps checked, a step was a parse_error, internal errors reported)."""
    import tutor

    if case.api == "parse":
        tutor.parse(case.a)
        return 1, False, []
    if case.api.startswith("compare"):
        verdict = tutor.compare(case.a, case.b, assume=case.assume, budget=budget)
        return 1, False, _internal([verdict.reason, verdict.method])
    if case.api == "derivation":
        steps = tutor.check_derivation(case.lines, budget=budget)
    elif case.as_file:
        path = Path(scratch) / f"notes.{case.kind}"
        path.write_text(case.a, encoding="utf-8")
        steps = tutor.check_document(str(path), timeout=budget).steps
    else:
        steps = tutor.check_document(case.a, kind=case.kind, timeout=budget).steps
    flagged = any(s.verdict == "parse_error" for s in steps)
    texts = [t for s in steps for t in (s.message, s.diagnosis, s.method)]
    return len(steps), flagged, _internal(texts)


def _is_document_error(exc: BaseException) -> bool:
    """Whether `exc` is tutor's DocumentError (an unreadable file), found by name.

    DocumentError is not in tutor's public API; matching the class name keeps the fuzz off
    tutor's module layout.
    """
    return any(klass.__name__ == "DocumentError" for klass in type(exc).__mro__)


def run_case(case: Case, budget: float, scratch: str, cwd: str | None = None) -> Outcome:
    """Run one case, catching everything; time it and look for files it created in `cwd`."""
    import tutor

    outcome = Outcome.for_case(case, "ok")
    steps = case.steps()
    start = time.process_time()  # this worker's CPU: other programs on the machine add none
    try:
        steps, outcome.flagged, outcome.internal = call_api(case, budget, scratch)
    except tutor.ParseError:
        outcome.status = "parse_error"
    except KeyboardInterrupt:
        raise
    except BaseException as exc:  # noqa: B036 - BudgetExceeded and SystemExit count too
        if case.as_file and _is_document_error(exc):  # an unreadable file (NUL bytes) is refused
            outcome.status = "parse_error"
        else:
            outcome.status = "traceback"
            _describe(outcome, exc)
    outcome.seconds = time.process_time() - start
    outcome.allowed = allowance(budget, steps, case.size())
    signal.setitimer(signal.ITIMER_REAL, 0)  # no stray alarm may reach the next case
    if cwd is not None:
        outcome.created = _sweep(cwd)
    return outcome


def _sweep(cwd: str) -> list[str]:
    """Names of the files in `cwd` (which starts empty), removed so the next case starts clean."""
    names = sorted(os.listdir(cwd))
    for name in names:
        try:
            os.remove(os.path.join(cwd, name))
        except OSError:
            pass
    return names


def _limit_memory() -> None:
    try:
        import resource

        with open("/proc/self/statm") as stream:
            pages = int(stream.read().split()[0])
        limit = pages * os.sysconf("SC_PAGE_SIZE") + MEMORY
        resource.setrlimit(resource.RLIMIT_AS, (limit, resource.getrlimit(resource.RLIMIT_AS)[1]))
    except (ImportError, OSError, ValueError):
        pass


def serve(conn, cwd: str, scratch: str, budget: float, stack: str) -> None:  # pragma: no cover
    """Run the cases the parent sends, one at a time, until it sends None.

    On SIGUSR1 (sent before a hard-timeout kill) the Python stack is written to `stack`, even
    from inside C code.
    """
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's business
    os.chdir(cwd)
    _limit_memory()
    with open(stack, "w") as dump:
        if hasattr(signal, "SIGUSR1"):
            faulthandler.register(signal.SIGUSR1, file=dump, all_threads=False)
        while (case := conn.recv()) is not None:
            conn.send(run_case(case, budget, scratch, cwd))

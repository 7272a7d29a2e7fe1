"""The `tutor` command line: a thin layer over the library (argparse, printing, exit codes)."""

from __future__ import annotations

import argparse
import json
import math
import os
import shutil
import sys

from tutor import __version__

EXIT_OK, EXIT_WRONG, EXIT_USAGE, EXIT_UNKNOWN = 0, 1, 2, 3

DESCRIPTION = """A symbolic math tutor and derivation checker.

examples:
  tutor check examples/calculus_notes.md          check every step of a notes file
  tutor check notes/ --format json --jobs 2       a folder, as JSON
  tutor check notes/ --format html -o report.html one page to read (offline, typeset)
  tutor compare "ln(x^2)" "2 ln(x)" --assume "x > 0"
  tutor list entropy                              find problems
  tutor practice first-principles-quadratic       practise one, step by step
"""


def cpu_count() -> int:
    """The cores this process may run on (its CPU affinity where the system tells), at least 1."""
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return os.cpu_count() or 1


def jobs_value(text: str) -> int:
    """`--jobs`: a whole number ≥ 1, or `auto` for the number of cores."""
    if text.strip().lower() == "auto":
        return cpu_count()
    try:
        jobs = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"expected a whole number of at least 1 or 'auto', not {text!r}") from None
    if jobs < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, not {jobs}")
    return jobs


def timeout_value(text: str) -> float:
    """`--timeout`: a finite number of seconds above 0."""
    try:
        seconds = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a number of seconds, not {text!r}") from None
    if not (math.isfinite(seconds) and seconds > 0):
        raise argparse.ArgumentTypeError(f"must be a number of seconds above 0, not {text}")
    return seconds


def _add_check_parser(sub) -> None:
    """`tutor check`: its paths, its report formats and the way it runs."""
    c = sub.add_parser("check", help="check every step of notes (.md .Rmd .qmd .tex .rst "
                                     ".txt .ipynb .html, folders, -)",
                       description="Exit 0 when no step is wrong, 1 when a step is wrong, "
                                   "2 for a usage or input error.")
    c.add_argument("paths", nargs="+", metavar="PATH", help="files, folders, or - for stdin")
    c.add_argument("--problem", metavar="ID", help="tie every file to this problem")
    c.add_argument("--assume", action="append", default=[], metavar="TEXT",
                   help="an assumption such as 'x > 0' (repeatable)")
    c.add_argument("--format", choices=("text", "json", "junit", "short", "sarif", "html"),
                   default="text", help="short: one line per diagnostic (editors); sarif: code "
                   "scanning; html: one offline page (with --output)")
    c.add_argument("--output", "-o", metavar="FILE", help="write the report to FILE")
    c.add_argument("--watch", action="store_true",
                   help="re-check files when they are saved, print what changed (Ctrl-C stops)")
    c.add_argument("--jobs", type=jobs_value, default="auto", metavar="N",
                   help="worker processes, at least 1, or 'auto' (default: one per core)")
    c.add_argument("--timeout", type=timeout_value, default=2.0, metavar="SECONDS",
                   help="time budget per step (default 2)")
    c.add_argument("--glob", metavar="PATTERN", help="files to take from folders, e.g. '*.md'")
    c.add_argument("--verbose", "-v", action="store_true", help="list the ok steps too")


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="tutor", description=DESCRIPTION,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--version", action="version", version=f"tutor {__version__}")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")

    _add_check_parser(sub)

    m = sub.add_parser("compare", help="are two expressions (equations, inequalities) equal?",
                       description="Exit 0 equal, 1 not equal, 3 undecided, 2 unreadable input.")
    m.add_argument("a")
    m.add_argument("b")
    m.add_argument("--assume", action="append", default=[], metavar="TEXT")
    m.add_argument("--format", choices=("text", "json"), default="text")

    lst = sub.add_parser("list", help="list or search the problem bank")
    lst.add_argument("words", nargs="*")
    lst.add_argument("--topic")
    lst.add_argument("--format", choices=("text", "json"), default="text")

    s = sub.add_parser("show", help="show a problem")
    s.add_argument("id")
    s.add_argument("--solution", action="store_true")
    s.add_argument("--format", choices=("text", "json"), default="text")

    h = sub.add_parser("hint", help="hints for a problem, one level at a time")
    h.add_argument("id")
    group = h.add_mutually_exclusive_group()
    group.add_argument("--level", type=int, default=None, metavar="N",
                       help="this level (default: the next one you have not seen)")
    group.add_argument("--all", action="store_true")

    pr = sub.add_parser("practice", help="practise a problem in the terminal")
    pr.add_argument("id", nargs="?")
    pr.add_argument("--vi", action="store_true", help="Vi key bindings")
    r = sub.add_parser("repl", help="a scratchpad: every line is checked against the one above")
    r.add_argument("--vi", action="store_true")

    g = sub.add_parser("progress", help="what you have practised, per topic")
    g.add_argument("--format", choices=("text", "json"), default="text")
    g.add_argument("--export", metavar="FILE")
    g.add_argument("--reset", action="store_true")
    return p


def unknown_command(parser: argparse.ArgumentParser, argv: list[str]) -> bool:
    """Say so when the first word is no command, with the nearest one if a slip is likely."""
    if not argv or argv[0].startswith("-") or argv[0] in COMMANDS:
        return False
    import difflib

    near = difflib.get_close_matches(argv[0], list(COMMANDS), n=1, cutoff=0.6)
    hint = f"; did you mean '{near[0]}'?" if near else f" (commands: {', '.join(COMMANDS)})"
    if os.path.exists(argv[0]):
        hint = f"; to check this file: tutor check {argv[0]}"
    parser.print_usage(sys.stderr)
    print(f"tutor: no command '{argv[0]}'{hint}", file=sys.stderr)
    return True


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    if unknown_command(parser, sys.argv[1:] if argv is None else argv):
        return EXIT_USAGE
    args = parser.parse_args(argv)
    if not args.command:
        parser.print_help(sys.stderr)  # a command is required: a usage error
        return EXIT_USAGE
    from tutor.errors import ParseError, TutorError

    try:
        return COMMANDS[args.command](args)
    except ParseError as exc:
        if not exc.text:  # an assumption: the message quotes the text at fault
            print(f"tutor: {exc.message}", file=sys.stderr)
            return EXIT_USAGE
        print(f"tutor: cannot read this: {exc.message} (column {exc.column})", file=sys.stderr)
        print("  " + exc.caret().replace("\n", "\n  "), file=sys.stderr)
        return EXIT_USAGE
    except TutorError as exc:
        print(f"tutor: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:  # one line; on a terminal, below the ^C and any progress bar
        print(("\n" if sys.stderr.isatty() else "") + "tutor: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return EXIT_OK
    except Exception as exc:  # noqa: BLE001 - never a traceback: one line, and exit 2
        from tutor.errors import internal_error

        print(f"tutor: {internal_error(exc)}; please report it", file=sys.stderr)
        return EXIT_USAGE


def cmd_check(args) -> int:
    """Reports on stdout (or --output); each unreadable file is a `tutor:` line on stderr and
    exit 2. `-` reads notes from stdin; --watch re-checks saved files until Ctrl-C."""
    from tutor.read.assumptions import read_assumptions

    read_assumptions(args.assume)  # an unreadable --assume is a usage error, before any work
    if args.watch:
        return _watch(args)
    reports, texts = _check_reports(args)
    _print_reports(args, reports, texts)
    unreadable = [r for r in reports if r.error]
    for r in unreadable:
        print(f"tutor: {r.error}", file=sys.stderr)
    if unreadable:
        return EXIT_USAGE
    wrong = any(s.verdict == "error" for r in reports for s in r.steps)
    return EXIT_WRONG if wrong else EXIT_OK


def _check_reports(args):
    """(reports in the order of the paths, {path: text} of what came from stdin)."""
    from tutor.batch import check_paths, check_text

    files = [p for p in args.paths if p != "-"]
    reports = check_paths(files, args.problem, args.assume, jobs=args.jobs,
                          timeout=args.timeout, glob=args.glob,
                          progress=_progress_bar(args)) if files else []
    if "-" not in args.paths:
        return reports, {}
    text = sys.stdin.read()
    stdin_report = check_text(text, "<stdin>", args.problem, args.assume, timeout=args.timeout)
    reports.insert(args.paths.index("-"), stdin_report)
    return reports, {"<stdin>": text}


def _watch(args) -> int:
    from tutor.batch import check_paths
    from tutor.watch import watch

    if "-" in args.paths:
        print("tutor: --watch needs files or folders, not stdin", file=sys.stderr)
        return EXIT_USAGE

    def check(paths):
        return check_paths(paths, args.problem, args.assume, jobs=args.jobs,
                           timeout=args.timeout)

    return watch(args.paths, check, glob=args.glob,
                 out=lambda line: print(line, flush=True))


def _progress_bar(args):
    """A progress bar on stderr for several files, when stderr is a terminal; else None."""
    if not sys.stderr.isatty() or (len(args.paths) < 2 and
                                   not any(os.path.isdir(p) for p in args.paths)):
        return None

    def progress(done: int, total: int) -> None:
        width = 30
        filled = width * done // max(total, 1)
        print(f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{total} files",
              end="" if done < total else "\n", file=sys.stderr, flush=True)
    return progress


def _print_reports(args, reports, texts) -> None:
    """The report in the chosen format, on stdout or into --output."""
    from tutor.report import use_color
    from tutor.report.formats import read_sources, render

    sources = read_sources(reports, texts) if args.format in ("text", "html") else {}
    stream = sys.stdout
    tty = args.output is None and _isatty(stream)
    width = shutil.get_terminal_size().columns if tty else None
    page = render(reports, args.format, sources=sources, verbose=args.verbose, width=width,
                  color=args.output is None and use_color(stream))
    if args.output is None:
        stream.write(page)
        return
    try:
        with open(args.output, "w", encoding="utf-8") as fh:
            fh.write(page)
    except OSError as exc:
        from tutor.errors import TutorError

        raise TutorError(f"cannot write {args.output}: {exc.strerror or exc}") from None


def _isatty(stream) -> bool:
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError, OSError):
        return False


def cmd_compare(args) -> int:
    from tutor.api import compare

    try:
        verdict = compare(args.a, args.b, args.assume)
    except ValueError as exc:
        print(f"tutor: {exc}", file=sys.stderr)
        return EXIT_USAGE
    if args.format == "json":
        print(json.dumps(verdict.to_dict(), indent=2))
    else:
        print(verdict.status.replace("_", " "))
        if verdict.method:
            print(f"  method: {verdict.method}")
        if verdict.witness:
            print("  witness: " + ", ".join(f"{k} = {v}" for k, v in verdict.witness.items()))
        if verdict.reason:
            print(f"  reason: {verdict.reason}")
    return {"equal": EXIT_OK, "not_equal": EXIT_WRONG}.get(verdict.status, EXIT_UNKNOWN)


def cmd_list(args) -> int:
    from tutor.bank.hints import render_list
    from tutor.bank.lookup import search

    print(render_list(search(" ".join(args.words), args.topic), args.format))
    return EXIT_OK


def cmd_show(args) -> int:
    from tutor.bank.hints import render_show
    from tutor.bank.lookup import problem

    print(render_show(problem(args.id), args.format, solution=args.solution))
    return EXIT_OK


def cmd_hint(args) -> int:
    from tutor.bank.hints import render_hint
    from tutor.bank.lookup import problem

    p = problem(args.id)
    level = args.level
    if level is None and not args.all:
        level = _next_hint_level(p.id, len(p.hints))
    print(render_hint(p, level=level, all_levels=args.all))
    return EXIT_OK


def _next_hint_level(problem_id: str, count: int) -> int:
    """The first level not seen yet (in practice or here), recorded as seen; 1 without a
    usable progress store."""
    from tutor.errors import TutorError
    from tutor.practice.progress import Store

    try:
        with Store() as store:
            level = max(1, min(store.hint_level_seen(problem_id) + 1, count))
            store.record_lookup(problem_id, level)
            return level
    except TutorError as exc:
        print(f"tutor: progress not available ({exc}); showing hint 1", file=sys.stderr)
        return 1


def cmd_practice(args) -> int:
    from tutor.practice.repl import run_practice

    if args.id is not None:
        from tutor.bank.lookup import problem

        problem(args.id.strip())  # an unknown id: ProblemError, `tutor: …` on stderr, exit 2
    return run_practice(args.id, vi=args.vi)


def cmd_repl(args) -> int:
    from tutor.practice.repl import run_scratchpad

    return run_scratchpad(vi=args.vi)


def cmd_progress(args) -> int:
    from tutor.bank.loader import problems
    from tutor.practice.mastery import render_progress
    from tutor.practice.progress import Store

    store = Store()
    if args.reset:
        if not _confirm("Forget all progress? This cannot be undone. [y/N] "):
            print("nothing changed")
            return EXIT_OK
        store.reset()
        print("progress reset")
        return EXIT_OK
    if args.export:
        store.export(args.export)
        print(f"progress written to {args.export}", file=sys.stderr)
        return EXIT_OK
    print(render_progress(store.summary([(p.id, p.topic) for p in problems()]), args.format))
    return EXIT_OK


def _confirm(question: str) -> bool:
    """Ask on stderr (stdout keeps only results); no answer (end of input) is no."""
    print(question, end="", file=sys.stderr, flush=True)
    answer = sys.stdin.readline()
    if not answer:
        print(file=sys.stderr)
    return answer.strip().lower() in ("y", "yes")


COMMANDS = {"check": cmd_check, "compare": cmd_compare, "list": cmd_list, "show": cmd_show,
            "hint": cmd_hint, "practice": cmd_practice, "repl": cmd_repl,
            "progress": cmd_progress}

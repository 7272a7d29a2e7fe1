"""The `tutor` command line: a thin layer over the library (argparse, printing, exit codes)."""

from __future__ import annotations

import argparse
import json
import os
import sys

EXIT_OK, EXIT_WRONG, EXIT_USAGE, EXIT_UNKNOWN = 0, 1, 2, 3

DESCRIPTION = """A symbolic math tutor and derivation checker.

examples:
  tutor check examples/calculus_notes.md          check every step of a notes file
  tutor check notes/ --format json --jobs 2       a folder, as JSON
  tutor compare "ln(x^2)" "2 ln(x)" --assume "x > 0"
  tutor list entropy                              find problems
  tutor practice first-principles-quadratic       practise one, step by step
"""


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="tutor", description=DESCRIPTION,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--version", action="version", version="tutor 0.1.0")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")

    c = sub.add_parser("check", help="check every step of notes (.md, .tex, .txt) or folders",
                       description="Exit 0 when no step is wrong, 1 when a step is wrong, "
                                   "2 for a usage or input error.")
    c.add_argument("paths", nargs="+", metavar="PATH")
    c.add_argument("--problem", metavar="ID", help="tie every file to this problem")
    c.add_argument("--assume", action="append", default=[], metavar="TEXT",
                   help="an assumption such as 'x > 0' (repeatable)")
    c.add_argument("--format", choices=("text", "json", "junit"), default="text")
    c.add_argument("--jobs", type=int, default=1, metavar="N", help="worker processes")
    c.add_argument("--timeout", type=float, default=2.0, metavar="SECONDS",
                   help="time budget per step (default 2)")
    c.add_argument("--glob", metavar="PATTERN", help="files to take from folders, e.g. '*.md'")
    c.add_argument("--verbose", "-v", action="store_true", help="list the ok steps too")

    m = sub.add_parser("compare", help="are two expressions (or equations) equal?",
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
    group.add_argument("--level", type=int, default=1, metavar="N")
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


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not args.command:
        parser.print_help()
        return EXIT_OK
    from tutor.errors import ParseError, TutorError

    try:
        return COMMANDS[args.command](args)
    except ParseError as exc:
        print(f"tutor: cannot read this: {exc.message} (column {exc.column})", file=sys.stderr)
        print("  " + exc.caret().replace("\n", "\n  "), file=sys.stderr)
        return EXIT_USAGE
    except TutorError as exc:
        print(f"tutor: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("tutor: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return EXIT_OK


def cmd_check(args) -> int:
    from tutor import report
    from tutor.batch import check_paths

    progress = None
    if sys.stderr.isatty() and (len(args.paths) > 1 or any(os.path.isdir(p) for p in args.paths)):
        def progress(done: int, total: int) -> None:
            width = 30
            filled = width * done // max(total, 1)
            print(f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{total} files",
                  end="" if done < total else "\n", file=sys.stderr, flush=True)
    reports = check_paths(args.paths, args.problem, args.assume, jobs=args.jobs,
                          timeout=args.timeout, glob=args.glob, progress=progress)
    if args.format == "json":
        print(report.render_json(reports))
    elif args.format == "junit":
        print(report.render_junit(reports))
    else:
        sources = {}
        for r in reports:
            try:
                with open(r.path, encoding="utf-8") as fh:
                    sources[r.path] = fh.read().splitlines()
            except (OSError, UnicodeDecodeError):
                pass
        print(report.render_text(reports, sources, color=report.use_color(sys.stdout),
                                 verbose=args.verbose))
    if any(r.error for r in reports):
        for r in reports:
            if r.error:
                print(f"tutor: {r.error}", file=sys.stderr)
        return EXIT_USAGE
    wrong = any(s.verdict == "error" for r in reports for s in r.steps)
    return EXIT_WRONG if wrong else EXIT_OK


def cmd_compare(args) -> int:
    from tutor.equivalence import compare

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
    from tutor.bank import search
    from tutor.hints import render_list

    print(render_list(search(" ".join(args.words), args.topic), args.format))
    return EXIT_OK


def cmd_show(args) -> int:
    from tutor.bank import problem
    from tutor.hints import render_show

    print(render_show(problem(args.id), args.format, solution=args.solution))
    return EXIT_OK


def cmd_hint(args) -> int:
    from tutor.bank import problem
    from tutor.hints import render_hint

    print(render_hint(problem(args.id), level=args.level, all_levels=args.all))
    return EXIT_OK


def cmd_practice(args) -> int:
    from tutor.repl import run_practice

    return run_practice(args.id, vi=args.vi)


def cmd_repl(args) -> int:
    from tutor.repl import run_scratchpad

    return run_scratchpad(vi=args.vi)


def cmd_progress(args) -> int:
    from tutor.bank import problems
    from tutor.progress import Store, render_progress

    store = Store()
    if args.reset:
        answer = input("Forget all progress? This cannot be undone. [y/N] ").strip().lower()
        if answer not in ("y", "yes"):
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


COMMANDS = {"check": cmd_check, "compare": cmd_compare, "list": cmd_list, "show": cmd_show,
            "hint": cmd_hint, "practice": cmd_practice, "repl": cmd_repl,
            "progress": cmd_progress}

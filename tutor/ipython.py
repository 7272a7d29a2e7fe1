"""The IPython extension: `%load_ext tutor`, then a `%%tutor` cell checks the cell's derivation.

    %%tutor --assume "x > 0"
    (x+1)^2
    = x^2 + 2x + 1

The cell is notes text (plain steps, Markdown with `$…$`, or LaTeX); the magic returns the
FileReport, which the notebook shows typeset. IPython itself is not imported here: the shell is
handed in by `%load_ext`.
"""

from __future__ import annotations

import argparse
import shlex
import sys

from tutor.batch import check_document
from tutor.errors import TutorError
from tutor.model import FileReport


class _MagicArguments(argparse.ArgumentParser):
    def error(self, message: str):  # a bad option line is a message, never SystemExit
        raise TutorError(f"%%tutor: {message}")


def _magic_parser() -> argparse.ArgumentParser:
    parser = _MagicArguments(prog="%%tutor", add_help=False)
    parser.add_argument("--problem", metavar="ID")
    parser.add_argument("--assume", action="append", default=[], metavar="TEXT")
    parser.add_argument("--kind", choices=("md", "tex", "txt"))
    parser.add_argument("--timeout", type=float, default=2.0)
    return parser


def tutor_cell(line: str, cell: str) -> FileReport | None:
    """Check the derivation written in a cell; options on the magic line as in `tutor check`."""
    try:
        args = _magic_parser().parse_args(shlex.split(line))
        text = cell if cell.endswith("\n") else cell + "\n"  # text, never a file's name
        return check_document(text, args.problem, args.assume, kind=args.kind,
                              timeout=args.timeout)
    except (TutorError, ValueError) as exc:
        print(f"tutor: {exc}", file=sys.stderr)
        return None


def load_ipython_extension(ipython) -> None:
    """Called by `%load_ext tutor`: register the `%%tutor` cell magic."""
    ipython.register_magic_function(tutor_cell, magic_kind="cell", magic_name="tutor")

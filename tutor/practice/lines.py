"""The line-by-line session: for piped input and for terminals that cannot edit (TERM=dumb)."""

from __future__ import annotations

import sys
from typing import Any

from tutor.practice.chooser import Echo
from tutor.practice.session import PracticeSession, bracket_depth


def dumb_terminal() -> bool:
    """TERM=dumb or unknown (prompt_toolkit's own test): its editing would echo stray text
    and a Ctrl-C there surfaces as a traceback; such terminals get the plain loop."""
    from prompt_toolkit.utils import is_dumb_terminal

    return is_dumb_terminal()


OPEN_BRACKET = "open bracket: close it, or Enter on an empty line submits the line as it is"


def plain_loop(state: PracticeSession, echo: Echo, stream: Any = None) -> int:
    """Line-by-line session (piped input, a dumb terminal): same answers, no editing."""
    stream = stream or sys.stdin
    echo(state.intro())
    buf = ""
    show_prompt = stream.isatty()
    while True:
        if show_prompt:  # `… ` goes on a line with a bracket open
            print(state.prompt if not buf else "… ", end="", flush=True)
        try:
            raw = stream.readline()
        except KeyboardInterrupt:  # Ctrl-C: the line is dropped, the session goes on
            print("\n(Ctrl-C clears the line; type quit or press Ctrl-D to leave)", flush=True)
            buf = ""
            continue
        if not raw:
            break
        buf += raw
        if bracket_depth(buf) > 0 and raw.strip():  # an open bracket: the line goes on (an
            if show_prompt and buf == raw:  # empty line sends it, as Enter twice in the editor)
                print(f"  ({OPEN_BRACKET})", flush=True)
            continue
        echo(state.handle(buf))
        buf = ""
        if state.done:
            return 0
    if buf:
        echo(state.handle(buf))
    echo(state.close())
    return 0


def stdout_echo(lines: list[str]) -> None:
    """Print the session's answer lines."""
    for line in lines:
        print(line)
    sys.stdout.flush()



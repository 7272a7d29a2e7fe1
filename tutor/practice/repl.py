"""Interactive practice and scratchpad: prompt_toolkit prompt, lexer, completer, toolbar."""

from __future__ import annotations

import functools
import os
import re
import sys
import threading
from collections.abc import Callable, Iterable
from typing import Any

from prompt_toolkit.auto_suggest import AutoSuggestFromHistory
from prompt_toolkit.completion import Completer, Completion
from prompt_toolkit.document import Document
from prompt_toolkit.formatted_text import StyleAndTextTuples
from prompt_toolkit.lexers import Lexer

from tutor.errors import TutorError
from tutor.model import Problem, StepResult
from tutor.practice.chooser import Echo, choose, resolve, stdin_ask
from tutor.practice.lines import OPEN_BRACKET, dumb_terminal, plain_loop, stdout_echo
from tutor.practice.render import wrap
from tutor.practice.session import COMMANDS, PracticeSession, bracket_depth

Catalogue = Callable[[], list[Problem]]


@functools.cache
def function_words() -> tuple[str, ...]:
    """What the completer offers and the lexer colours (tutor.vocabulary.REPL_WORDS), read on
    first use: the registry imports sympy, which the preloader loads while the prompt opens."""
    from tutor.vocabulary import REPL_WORDS

    return REPL_WORDS

_TOKEN = re.compile(r"""
    (?P<number>\d+(?:\.\d*)?|\.\d+)
  | (?P<word>[A-Za-z_α-ωΑ-Ω][A-Za-z_0-9α-ωΑ-Ω]*)
  | (?P<operator>->|=>|<=>|~=|<=|>=|[-+*/^=<>!~|·×−→∞√Σ',])
  | (?P<bracket>[()\[\]{}])
  | (?P<space>\s+)
  | (?P<other>.)""", re.VERBOSE)

STYLE = {
    "number": "ansicyan", "function": "ansiblue bold", "name": "", "operator": "ansimagenta",
    "bracket": "bold", "bracket-error": "bg:ansired ansiwhite", "command": "ansigreen bold",
    "ok": "ansigreen", "error": "ansired bold", "warning": "ansiyellow",
    "unchecked": "ansiyellow", "readas": "ansibrightblack", "solved": "ansigreen bold",
}
_LINE_CLASS = (("✓", "ok"), ("✗", "error"), ("! ", "warning"), ("? ", "unchecked"),
               ("  read as:", "readas"), ("★", "solved"))


class MathLexer(Lexer):
    """Colours numbers, known function names, other names, operators and brackets."""

    def lex_document(self, document: Document) -> Callable[[int], StyleAndTextTuples]:
        lines = document.lines
        is_command = document.text.strip().lower() in COMMANDS

        def get_line(i: int) -> StyleAndTextTuples:
            if i >= len(lines):
                return []
            if is_command:
                return [("class:command", lines[i])]
            return self.tokens(lines[i])

        return get_line

    @staticmethod
    def tokens(line: str) -> StyleAndTextTuples:
        out: StyleAndTextTuples = []
        depth = 0
        for m in _TOKEN.finditer(line):
            kind, text = m.lastgroup or "other", m.group()
            if kind == "word":
                kind = "function" if text.lower() in function_words() else "name"
            elif kind == "bracket":
                depth += 1 if text in "([{" else -1
                if depth < 0:
                    kind, depth = "bracket-error", 0
            elif kind in ("space", "other"):
                out.append(("", text))
                continue
            out.append((f"class:{kind}", text))
        return out


class TutorCompleter(Completer):
    """Commands and problem ids as the first word; function names anywhere."""

    def __init__(self, ids: Callable[[], Iterable[str]] = tuple):
        self.ids = ids
        self._ids: list[str] | None = None

    def get_completions(self, document: Document, complete_event: Any) -> Iterable[Completion]:
        before = document.text_before_cursor
        first = re.fullmatch(r"\s*([\w-]*)", before)
        if first:
            word = first.group(1)
            if self._ids is None:
                try:
                    self._ids = list(self.ids())
                except Exception:  # completion must never break the prompt
                    self._ids = []
            pools = [(COMMANDS, "command"), (self._ids, "problem"), (function_words(), "function")]
        else:
            m = re.search(r"[A-Za-z_]\w*$", before)
            word = m.group() if m else ""
            pools = [(function_words(), "function")]
        if not word:
            return
        seen = set()
        for pool, meta in pools:
            for cand in pool:
                if cand.lower().startswith(word.lower()) and cand != word and cand not in seen:
                    seen.add(cand)
                    yield Completion(cand, start_position=-len(word), display_meta=meta)


_OPEN_HINT = OPEN_BRACKET


def _submit_on_empty_line() -> Any:
    """Enter on an empty continuation line submits what was typed, brackets open or not."""
    from prompt_toolkit.filters import Condition
    from prompt_toolkit.key_binding import KeyBindings

    bindings = KeyBindings()

    @Condition
    def on_empty_line() -> bool:
        from prompt_toolkit.application import get_app

        doc = get_app().current_buffer.document
        return "\n" in doc.text and doc.current_line.strip() == "" and doc.is_cursor_at_the_end

    @bindings.add("enter", filter=on_empty_line)
    def _(event: Any) -> None:
        buffer = event.current_buffer
        buffer.text = buffer.text.rstrip("\n ")
        buffer.validate_and_handle()

    return bindings


def no_color() -> bool:
    return bool(os.environ.get("NO_COLOR"))


def editing_mode(vi: bool) -> Any:
    from prompt_toolkit.enums import EditingMode

    use_vi = vi or os.environ.get("TUTOR_EDITING_MODE", "").lower() == "vi"
    return EditingMode.VI if use_vi else EditingMode.EMACS


def _history() -> Any:
    from prompt_toolkit.history import FileHistory, InMemoryHistory

    from tutor.practice.progress import data_dir

    try:
        d = data_dir()
        d.mkdir(parents=True, exist_ok=True)
        path = d / "history"
        path.touch(exist_ok=True)
        return FileHistory(str(path))
    except OSError:
        return InMemoryHistory()


class _Preloader:
    """Imports the checker (sympy) in the background while the learner reads the problem."""

    def __init__(self) -> None:
        self._thread = threading.Thread(target=self._run, daemon=True)

    @staticmethod
    def _run() -> None:
        try:
            import tutor.derive.derivation  # noqa: F401
            import tutor.read.parser  # noqa: F401
        except Exception:  # reported by the real call later
            pass

    def start(self) -> None:
        self._thread.start()

    def wait(self) -> None:
        if self._thread.is_alive():
            self._thread.join()


class Terminal:
    """The prompt_toolkit side: a PromptSession bound to one PracticeSession."""

    def __init__(self, state: PracticeSession, *, input: Any = None, output: Any = None,
                 vi: bool = False, echo: Echo | None = None):
        from prompt_toolkit import PromptSession
        from prompt_toolkit.filters import Condition
        from prompt_toolkit.output import ColorDepth
        from prompt_toolkit.styles import Style
        from prompt_toolkit.utils import is_dumb_terminal

        self.state = state
        self.plain = no_color() or (output is None and is_dumb_terminal())
        self.style = Style([]) if self.plain else Style.from_dict(STYLE)
        common: dict[str, Any] = dict(input=input, output=output,
                                      editing_mode=editing_mode(vi), style=self.style)
        if self.plain:
            common.update(color_depth=ColorDepth.DEPTH_1_BIT,
                          include_default_pygments_style=False)
        open_brackets = Condition(lambda: bracket_depth(self.session.default_buffer.text) > 0)
        self.session: Any = PromptSession(
            history=_history(), completer=TutorCompleter(state.words),
            auto_suggest=AutoSuggestFromHistory(), key_bindings=_submit_on_empty_line(),
            complete_while_typing=False, lexer=MathLexer(), multiline=open_brackets,
            reserve_space_for_menu=4,
            bottom_toolbar=lambda: " " + (_OPEN_HINT if open_brackets() else state.toolbar()),
            prompt_continuation=lambda width, n, wrapped: "… ".rjust(width), **common)
        self._confirm: Any = None
        self._common = common
        self.echo = echo or self._print

    def _print(self, lines: list[str]) -> None:
        from prompt_toolkit import print_formatted_text
        from prompt_toolkit.formatted_text import FormattedText

        out = self.session.output
        for line in lines:
            if self.plain:
                out.write_raw(line + "\n")
                continue
            cls = next((c for prefix, c in _LINE_CLASS if line.startswith(prefix)), "")
            print_formatted_text(FormattedText([(f"class:{cls}" if cls else "", line)]),
                                 style=self.style, output=out)
        out.flush()

    def ask(self, message: str, *, plain_prompt: bool = False) -> str:
        """One line from the learner; y/n questions use a prompt without history."""
        if not plain_prompt:
            return self.session.prompt(message)
        if self._confirm is None:
            from prompt_toolkit import PromptSession

            self._confirm = PromptSession(**self._common)
        return self._confirm.prompt(message)

    def loop(self) -> int:
        state, told = self.state, False
        self.echo(state.intro())
        while not state.done:
            try:
                text = self.ask(state.prompt, plain_prompt=bool(state.pending))
            except KeyboardInterrupt:  # Ctrl-C: cancel the line being typed
                if state.pending:
                    self.echo(state.handle("n"))
                elif not told:  # once: a learner may have meant to leave
                    self.echo(["(Ctrl-C clears the line; type quit or press Ctrl-D to leave)"])
                    told = True
                continue
            except EOFError:  # Ctrl-D: leave
                self.echo(state.close())
                break
            try:
                self.echo(state.handle(text))
            except KeyboardInterrupt:
                self.echo(["cancelled"])
        return 0


def _live_or_given(checker: Any, reader: Any, preload: _Preloader) -> tuple[Any, Any]:
    """The checker and reader given, or for each one not given the live one (which waits for
    the preloading to finish)."""
    live = None
    if checker is None or reader is None:
        from tutor.practice.live import LiveChecker

        live = LiveChecker()

    def real_checker(lines: list[str], problem: Problem | None) -> list[StepResult]:
        preload.wait()
        return live(lines, problem)

    def real_reader(text: str) -> str:
        preload.wait()
        return live.read(text)

    if live is not None:
        real_checker.use = live.use  # type: ignore[attr-defined]  # the problem of the lines
    return checker or real_checker, reader or real_reader


def _open_store(say: Echo) -> Any:
    """A progress store opened for this session, or None (and a warning) when it cannot be."""
    try:
        from tutor.practice.progress import Store

        return Store()
    except TutorError as exc:
        say(wrap(str(exc), "! ") + ["! progress will not be saved in this session"])
        return None


def _choose_problem(problem_id: str | None, catalogue: Catalogue | None,
                    state: PracticeSession, term: Terminal | None, say: Echo) -> Problem | None:
    """The problem named by `problem_id`, else the one the learner chooses from the bank (None:
    they left). Raises TutorError for an unknown id or a bank that cannot be read."""
    bank = list(catalogue()) if catalogue else None
    if problem_id is not None:
        return resolve(problem_id, bank)
    return choose(bank if bank is not None else state.catalogue_list(),
                  state.store, term.ask if term else stdin_ask, say)


def _setup(problem_id: str | None, *, practice: bool, input: Any, output: Any, store: Any,
           vi: bool, checker: Any, catalogue: Catalogue | None, echo: Echo | None,
           reader: Any, reaches: Any) -> int:
    piped = input is None and output is None and (not (sys.stdin.isatty() and sys.stdout.isatty())
                                                  or dumb_terminal())  # TERM=dumb: line by line
    preload = _Preloader()
    use_checker, use_reader = _live_or_given(checker, reader, preload)
    state = PracticeSession(None, checker=use_checker, reader=use_reader,
                            reaches=reaches, catalogue=catalogue)
    term = None if piped else Terminal(state, input=input, output=output, vi=vi, echo=echo)
    say: Echo = echo or (term.echo if term else stdout_echo)
    owned = practice and store is None
    if owned:
        store = _open_store(say)
    state.store = store if practice else None
    try:
        if practice:
            try:
                chosen = _choose_problem(problem_id, catalogue, state, term, say)
            except TutorError as exc:  # an error, not a result: stderr, as every command does
                print(f"tutor: {exc}", file=sys.stderr)
                return 2
            if chosen is None:
                return 0
            state._reset(chosen)
        if checker is None:
            preload.start()
        return term.loop() if term else plain_loop(state, say)
    finally:
        if owned and store is not None:
            store.close()


def run_practice(problem_id: str | None = None, *, input: Any = None, output: Any = None,
                 store: Any = None, vi: bool = False, checker: Any = None,
                 catalogue: Catalogue | None = None, echo: Echo | None = None,
                 reader: Any = None, reaches: Any = None) -> int:
    """`tutor practice [ID]`: work a problem step by step; no id lists problems to choose.

    `input`/`output` are prompt_toolkit Input/Output (tests pass a pipe and DummyOutput);
    `checker`, `reaches`, `catalogue`, `echo` and `reader` replace the real checker, the
    target test, the problem bank, the screen and the "read as" echo (for tests and
    embedding). Returns the exit code.
    """
    return _setup(problem_id, practice=True, input=input, output=output, store=store, vi=vi,
                  checker=checker, catalogue=catalogue, echo=echo, reader=reader,
                  reaches=reaches)


def run_scratchpad(*, input: Any = None, output: Any = None, vi: bool = False,
                   checker: Any = None, echo: Echo | None = None, reader: Any = None) -> int:
    """`tutor repl`: a free scratchpad; every line is checked against the line before it."""
    return _setup(None, practice=False, input=input, output=output, store=None, vi=vi,
                  checker=checker, catalogue=None, echo=echo, reader=reader, reaches=None)

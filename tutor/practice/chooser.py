"""Choosing a problem to practise: by id or alias, or from a list by topic, solved ones marked."""

from __future__ import annotations

import difflib
import sys
from collections.abc import Callable, Iterable
from typing import Any

from tutor.errors import ProblemError, TutorError
from tutor.model import Problem
from tutor.practice.render import plural

Echo = Callable[[list[str]], None]


def _find(text: str, bank: list[Problem]) -> Problem | None:
    key = text.strip().lower()
    return next((p for p in bank if key == p.id.lower() or
                 key in (a.lower() for a in p.aliases)), None)


def resolve(text: str, bank: list[Problem] | None) -> Problem:
    """A problem by id or alias (case-insensitive); the real bank suggests near misses."""
    if bank is None:
        from tutor.bank.lookup import problem

        return problem(text.strip())
    found = _find(text, bank)
    if found is None:
        near = difflib.get_close_matches(text.strip().lower(), [p.id for p in bank], 1)
        hint = f"; did you mean {near[0]}?" if near else ""
        raise ProblemError(f"no problem {text.strip()}{hint}")
    return found


def _cut(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


class Chooser:
    """Choosing a problem in two views that fit 80×24: the topics, then a topic's problems.

    `handle(text)` answers one input (a number, a topic, a problem id or alias, or search
    words); it sets `chosen` when a problem is picked and `done` when the learner leaves.
    """

    MAX_ROWS = 18

    def __init__(self, bank: list[Problem], solved: Iterable[str] = (),
                 attempted: Iterable[str] = ()):
        if not bank:
            raise ProblemError("the problem bank is empty")
        self.bank = bank
        self.solved, self.attempted = set(solved), set(attempted)
        self.topics = list(dict.fromkeys(p.topic for p in bank))
        self.shown: list[Problem] | None = None  # None: the topic view
        self.chosen: Problem | None = None
        self.done = False

    @property
    def prompt(self) -> str:
        return "topic> " if self.shown is None else "problem> "

    def start(self) -> list[str]:
        if len(self.topics) == 1:
            return self._list(self.bank, self.topics[0])
        return self._topic_view()

    def _topic_view(self) -> list[str]:
        self.shown = None
        out = ["Choose a topic by number or name (or type a problem id or search words;",
               "empty leaves):"]
        for i, topic in enumerate(self.topics, 1):
            items = [p for p in self.bank if p.topic == topic]
            done = sum(p.id in self.solved for p in items)
            out.append(f"  {i:>2}  {_cut(topic, 30):<30}  {plural(len(items), 'problem'):>12}, "
                       f"{done} solved")
        return out

    def _list(self, items: list[Problem], heading: str) -> list[str]:
        self.shown = items[: self.MAX_ROWS]
        back = "empty goes back" if len(self.topics) > 1 else "empty leaves"
        out = [_cut(f"{heading}: a number or an id ({back}); ✓ solved, · tried", 79)]
        width = min(32, max(len(p.id) for p in self.shown))
        for i, p in enumerate(self.shown, 1):
            mark = "✓" if p.id in self.solved else "·" if p.id in self.attempted else " "
            out.append(_cut(f" {i:>3} {mark} {_cut(p.id, width):<{width}}  {p.title}", 79))
        if len(items) > len(self.shown):
            out.append(f"  … and {len(items) - len(self.shown)} more: type words to narrow")
        return out

    def handle(self, text: str) -> list[str]:
        key = text.strip().lower()
        if key in ("quit", "exit"):
            self.done = True
            return []
        if not key:
            if self.shown is None or len(self.topics) == 1:
                self.done = True
                return []
            return self._topic_view()
        if key.isdigit():
            return self._by_number(int(key))
        if key in self.topics:
            return self._list([p for p in self.bank if p.topic == key], key)
        self.chosen = _find(key, self.bank)
        if self.chosen:
            return []
        return self._search(key)

    def _by_number(self, n: int) -> list[str]:
        """Open the topic, or choose the problem, numbered `n` in the view shown."""
        if self.shown is None and 1 <= n <= len(self.topics):
            topic = self.topics[n - 1]
            return self._list([p for p in self.bank if p.topic == topic], topic)
        if self.shown is not None and 1 <= n <= len(self.shown):
            self.chosen = self.shown[n - 1]
            return []
        return [f"no number {n} here"]

    def _search(self, key: str) -> list[str]:
        """Choose the one problem whose words hold every search word, or list the matches."""
        hits = [p for p in self.bank if all(
            w in " ".join([p.id, p.title, p.topic, *p.tags, *p.aliases]).lower()
            for w in key.split())]
        if len(hits) == 1:
            self.chosen = hits[0]
            return []
        if hits:
            return self._list(hits, f"{len(hits)} problems match")
        try:
            resolve(key, self.bank)
        except ProblemError as exc:
            return [f"{exc} (no title matches either)"]
        return []  # pragma: no cover - _find would have found it

def choose(bank: list[Problem], store: Any, ask: Callable[[str], str],
            say: Echo) -> Problem | None:
    solved: set[str] = set()
    tried: set[str] = set()
    if store is not None:
        try:
            rows = store.summary([(p.id, p.topic) for p in bank])["problems"]
            solved = {r["id"] for r in rows if r["solved"]}
            tried = {r["id"] for r in rows if r["attempts"]}
        except (TutorError, AttributeError):
            pass
    chooser = Chooser(bank, solved, tried)
    say(chooser.start())
    while chooser.chosen is None and not chooser.done:
        try:
            text = ask(chooser.prompt)
        except (EOFError, KeyboardInterrupt):
            return None
        say(chooser.handle(text))
    return chooser.chosen


def stdin_ask(message: str) -> str:
    if sys.stdin.isatty():
        print(message, end="", flush=True)
    text = sys.stdin.readline()
    if not text:
        raise EOFError
    return text

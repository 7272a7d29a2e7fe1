"""Find problems: by id or alias (generated variants too), or by words and topic."""

from __future__ import annotations

import difflib
import re

from tutor.bank.generators import FAMILIES, generate
from tutor.bank.loader import TOPICS, bank, index, normalised
from tutor.errors import ProblemError
from tutor.model import Problem


def problem(id_or_alias: str) -> Problem:
    """Look a problem up by id or alias, ignoring case, spaces and '_' versus '-'."""
    key = normalised(id_or_alias)
    found = index().get(key)
    if found is not None:
        return found
    m = re.fullmatch(r"gen-(.+)-(\d+)", "".join(id_or_alias.lower().split()).replace("_", "-"))
    if m and m.group(1) in FAMILIES:
        return generate(m.group(1), int(m.group(2)))
    names = {normalised(k): k for p in bank() for k in [p.id, *p.aliases]}
    close = difflib.get_close_matches(key, list(names), n=3, cutoff=0.6)
    if close:
        raise ProblemError(f"no problem {id_or_alias.strip()}; did you mean "
                           f"{' or '.join(names[c] for c in close)}?")
    raise ProblemError(f"no problem {id_or_alias.strip()}; `tutor list` shows the problems")


def _topic(topic: str) -> str:
    name = topic.strip().lower().replace("_", "-").replace(" ", "-")
    if name not in TOPICS:
        close = difflib.get_close_matches(name, TOPICS, n=1, cutoff=0.5)
        hint = f"; did you mean {close[0]}?" if close else f" (topics: {', '.join(TOPICS)})"
        raise ProblemError(f"no topic {topic.strip()}{hint}")
    return name


def search(words: str = "", topic: str | None = None) -> list[Problem]:
    """Problems whose id, aliases, title, tags or statement contain every word (any case)."""
    wanted = words.lower().split()
    name = _topic(topic) if topic else None
    out = []
    for p in bank():
        if name and p.topic != name:
            continue
        hay = " ".join([p.id, *p.aliases, p.title, *p.tags, p.statement, p.topic]).lower()
        if all(w in hay for w in wanted):
            out.append(p)
    return out


def as_problem(ref: str | Problem | None) -> Problem | None:
    """A problem given by the caller: None, a Problem, or its id or alias (looked up)."""
    if ref is None or isinstance(ref, Problem):
        return ref
    if not isinstance(ref, str):
        raise TypeError(f"a problem is a Problem or its id, not {type(ref).__name__}")
    return problem(ref)

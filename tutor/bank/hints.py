"""Hints and listings: render the problem bank for `tutor list`, `tutor show` and `tutor hint`.

Every function returns a string (text or JSON); the command line prints it.
"""

from __future__ import annotations

import json
import textwrap
from typing import Any

from tutor.errors import ProblemError
from tutor.model import Problem

WIDTH = 80  # the listing fits this many columns
TEXT_WIDTH = 78  # prose (statements, hints) is wrapped at this width
_FORMATS = ("text", "json")
_METHODS = {
    "first-principles": "first principles: the derivative as the limit of the difference "
                        "quotient, no differentiation rules",
    "lhopital": "L'Hopital's rule, where the form is 0/0 or oo/oo",
}


def _check_format(fmt: str) -> None:
    if fmt not in _FORMATS:
        raise ProblemError(f"unknown format {fmt!r} (use text or json)")


def _dumps(data: Any) -> str:
    return json.dumps(data, indent=2, ensure_ascii=False)


def render_list(problems: list[Problem], fmt: str = "text") -> str:
    """The problems grouped by topic (id, then title with aliases) in 80 columns, or JSON.

    Text layout: a header line per topic, then one aligned row per problem; long titles wrap
    under the title column.
    """
    _check_format(fmt)
    if fmt == "json":
        return _dumps([{"id": p.id, "title": p.title, "topic": p.topic, "tags": list(p.tags),
                        "aliases": list(p.aliases)} for p in problems])
    if not problems:
        return "no problems match"
    id_w = max(len(p.id) for p in problems)
    title_w = max(WIDTH - id_w - 4, 24)
    groups: dict[str, list[Problem]] = {}
    for p in problems:
        groups.setdefault(p.topic, []).append(p)
    lines = []
    for topic, members in groups.items():
        lines.append(f"{topic} ({len(members)})")
        for p in members:
            cell = p.title + (f" [{', '.join(p.aliases)}]" if p.aliases else "")
            wrapped = textwrap.wrap(cell, title_w, break_on_hyphens=False) or [""]
            lines.append(f"  {p.id:<{id_w}}  {wrapped[0]}".rstrip())
            lines.extend(" " * (id_w + 4) + more for more in wrapped[1:])
    count = len(problems)
    lines.append(f"{count} problem{'s' if count != 1 else ''}")
    return "\n".join(lines)


def _wrap(text: str, indent: str = "", first: str = "") -> str:
    """Wrap each paragraph at TEXT_WIDTH columns."""
    out = []
    for i, para in enumerate(text.split("\n\n")):
        out.append(textwrap.fill(para, TEXT_WIDTH, initial_indent=first if i == 0 else indent,
                                 subsequent_indent=indent, break_on_hyphens=False,
                                 break_long_words=False))
    return "\n\n".join(out)


def problem_dict(p: Problem) -> dict[str, Any]:
    """The problem as JSON-ready data (the `tutor show --format json` payload)."""
    return {"id": p.id, "title": p.title, "topic": p.topic, "statement": p.statement,
            "given": dict(p.given), "assume": list(p.assume), "start": p.start,
            "target": p.target, "method": p.method, "hints": list(p.hints),
            "solution": list(p.solution), "aliases": list(p.aliases), "tags": list(p.tags),
            "source": p.source, "log_base": p.log_base, "family": p.family, "form": p.form}


def render_show(p: Problem, fmt: str = "text", solution: bool = False) -> str:
    """The problem as text (the worked solution only when asked) or as JSON."""
    _check_format(fmt)
    if fmt == "json":
        return _dumps(problem_dict(p))
    head = f"{p.id} ({p.topic})" + (f" - also {', '.join(p.aliases)}" if p.aliases else "")
    lines = [p.title, "=" * min(len(p.title), TEXT_WIDTH), _wrap(head, indent="  ")]
    if p.source:
        lines.append(_wrap(p.source, indent="        ", first="Source: "))
    lines += ["", _wrap(p.statement), ""]
    if p.given:
        lines.append("Given:")
        lines += [f"  {name} = {value}" for name, value in p.given.items()]
    if p.assume:
        lines.append(_wrap(", ".join(p.assume), indent="        ", first="Assume: "))
    if p.log_base:
        lines.append(f"Logs:   a bare log means log base {p.log_base}")
    if p.method:
        lines.append(_wrap(_METHODS.get(p.method, p.method), indent="        ",
                           first="Method: "))
    if p.start:
        lines.append(f"Start:  {p.start}")
    lines.append(f"Hints:  {len(p.hints)} (tutor hint {p.id})")
    if solution:
        lines += ["", "Solution:"]
        width = len(str(len(p.solution)))
        if p.start:
            lines.append(f"  {'':>{width}}  {p.start}")
        lines += [f"  {i:>{width}}. {step}" for i, step in enumerate(p.solution, 1)]
        lines.append(f"Answer: {p.target}")
    return "\n".join(line.rstrip() for line in lines).rstrip()


def render_hint(p: Problem, level: int | None = None, all_levels: bool = False) -> str:
    """'Hint k/n: ...' for one level (default 1), or every hint numbered."""
    n = len(p.hints)
    if all_levels:
        return "\n".join(_hint(p, k) for k in range(1, n + 1))
    k = 1 if level is None else level
    if k < 1:
        raise ProblemError(f"hint level must be 1 or more, not {k}")
    if k > n:
        return _hint(p, n) + "\n(no more hints)"
    return _hint(p, k)


def _hint(p: Problem, k: int) -> str:
    label = f"Hint {k}/{len(p.hints)}: "
    return _wrap(p.hints[k - 1], indent="  ", first=label)

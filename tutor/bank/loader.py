"""Problem bank: load and validate the TOML problems, look them up by id, alias or words.

No math is parsed here (no sympy, no lark): listing the bank must stay fast. The targets and
steps are checked by the tests through ``tutor.read.parser``.
"""

from __future__ import annotations

import functools
import re
import tomllib
from pathlib import Path
from typing import Any

from tutor.errors import ProblemError
from tutor.model import Mistake, Problem

TOPICS = ("calculus", "information-theory", "logistic-regression", "neural-networks",
          "optimisation", "probability")
FAMILIES = range(1, 32)   # the problem families of the book's inventory (its section 8)
METHODS = ("first-principles", "lhopital")
LOG_BASES = ("2", "10", "e")
CODES = ("sign", "factor", "reciprocal", "term", "exponent", "expansion", "chain-rule", "log-rule",
         "log-base", "arithmetic", "solve-step", "limit-value", "lhopital-not-indeterminate",
         "lhopital-quotient-rule", "limit-dropped", "limit-rewrite", "method", "final-answer",
         "product-rule", "variable", "not-differentiated", "complement", "dropped-function",
         "argument", "other")

_REQUIRED: dict[str, type] = {"id": str, "title": str, "topic": str, "statement": str,
                              "target": str, "hints": list, "solution": list}
_OPTIONAL: dict[str, type] = {"aliases": list, "tags": list, "source": str, "given": dict,
                              "assume": list, "start": str, "method": str, "log_base": str,
                              "mistakes": list, "family": int, "form": str}
_MISTAKE_KEYS: dict[str, type] = {"step": str, "expect": str, "after": int, "hint": str}
_ID_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_TYPE_NAMES = {str: "a string", list: "a list", dict: "a table", int: "an integer"}


# ---------------------------------------------------------------------------------------------
# Loading and validation

def bank_dir() -> Any:
    """The folder of the bank: the installed ``tutor._problems`` if present, else the repo's."""
    try:
        from importlib.resources import files

        return files("tutor._problems")
    except (ModuleNotFoundError, TypeError):
        return Path(__file__).resolve().parents[2] / "problems"


def _fail(path: Any, field: str | None, message: str) -> ProblemError:
    where = f"field '{field}': " if field else ""
    return ProblemError(f"{path}: {where}{message}")


def _check_type(path: Any, field: str, value: Any, kind: type) -> None:
    if kind is int and isinstance(value, bool) or not isinstance(value, kind):
        raise _fail(path, field, f"must be {_TYPE_NAMES[kind]}, not {type(value).__name__}")


def _strings(path: Any, field: str, value: list) -> list[str]:
    for i, item in enumerate(value):
        if not isinstance(item, str) or not item.strip():
            raise _fail(path, field, f"item {i + 1} must be a non-empty string")
    return [item.strip() for item in value]


def _paragraphs(text: str) -> str:
    """Reflow a statement: single newlines become spaces, blank lines separate paragraphs."""
    paras = re.split(r"\n\s*\n", text.strip())
    return "\n\n".join(" ".join(p.split()) for p in paras)


def _check_mistake_keys(path: Any, field: str, raw: dict) -> None:
    """Reject unknown keys, then missing required keys, then values of the wrong type."""
    unknown = sorted(set(raw) - set(_MISTAKE_KEYS))
    if unknown:
        raise _fail(path, f"{field}.{unknown[0]}", "unknown key")
    for key in ("step", "expect"):
        if key not in raw:
            raise _fail(path, f"{field}.{key}", "missing")
    for key, kind in _MISTAKE_KEYS.items():
        if key in raw:
            _check_type(path, f"{field}.{key}", raw[key], kind)


def _mistake(path: Any, field: str, raw: Any, n_steps: int) -> Mistake:
    """Validate one ``[[mistakes]]`` table and build the Mistake."""
    if not isinstance(raw, dict):
        raise _fail(path, field, "must be a table with 'step' and 'expect'")
    _check_mistake_keys(path, field, raw)
    step, expect, after = raw["step"].strip(), raw["expect"].strip(), raw.get("after", 0)
    if not step:
        raise _fail(path, f"{field}.step", "must not be empty")
    if expect not in CODES:
        raise _fail(path, f"{field}.expect", f"unknown diagnosis code {expect!r}")
    if not 0 <= after < n_steps:
        raise _fail(path, f"{field}.after", f"must be between 0 and {n_steps - 1}")
    return Mistake(step=step, expect=expect, after=after, hint=raw.get("hint", "").strip())


def _mistakes(path: Any, value: list, n_steps: int) -> list[Mistake]:
    return [_mistake(path, f"mistakes[{i + 1}]", raw, n_steps) for i, raw in enumerate(value)]


def _check_fields(path: Any, data: dict[str, Any]) -> None:
    """Reject unknown keys, missing or empty required fields, and values of the wrong type."""
    unknown = sorted(set(data) - set(_REQUIRED) - set(_OPTIONAL))
    if unknown:
        raise _fail(path, unknown[0], "unknown key")
    for key, kind in _REQUIRED.items():
        if key not in data:
            raise _fail(path, key, "missing")
        _check_type(path, key, data[key], kind)
        if not data[key] or kind is str and not data[key].strip():
            raise _fail(path, key, "must not be empty")
    for key, kind in _OPTIONAL.items():
        if key in data:
            _check_type(path, key, data[key], kind)


def _problem_id(path: Any, data: dict[str, Any], stem: str | None, generated: bool) -> str:
    """The checked id: a slug, 'gen-' exactly when generated, and equal to the file stem."""
    pid = data["id"].strip()
    if not _ID_RE.match(pid):
        raise _fail(path, "id", f"{pid!r} is not a slug (lower-case letters, digits, '-')")
    if pid.startswith("gen-") != generated:
        raise _fail(path, "id", "'gen-' starts the ids of generated problems, and only those")
    if stem is not None and pid != stem:
        raise _fail(path, "id", f"{pid!r} differs from the file name {stem!r}")
    return pid


def _topic(path: Any, data: dict[str, Any], folder: str | None) -> str:
    """The checked topic: a known one, equal to the folder name."""
    topic = data["topic"].strip()
    if topic not in TOPICS:
        raise _fail(path, "topic", f"unknown topic {topic!r} (known: {', '.join(TOPICS)})")
    if folder is not None and topic != folder:
        raise _fail(path, "topic", f"{topic!r} differs from the folder name {folder!r}")
    return topic


def _hints(path: Any, data: dict[str, Any]) -> list[str]:
    hints = _strings(path, "hints", data["hints"])
    if len(hints) < 3:
        raise _fail(path, "hints", f"needs at least 3 hints, has {len(hints)}")
    return hints


def _given(path: Any, data: dict[str, Any]) -> dict[str, str]:
    """The ``given`` table, checked to map each name to a non-empty string."""
    given = data.get("given", {})
    for key, value in given.items():
        if not key.strip() or not isinstance(value, str) or not value.strip():
            raise _fail(path, f"given.{key}", "must map a name to a non-empty string")
    return given


def _check_choices(path: Any, data: dict[str, Any]) -> None:
    """``method`` and ``log_base``, when present, must be among the known values."""
    for key in ("method", "log_base"):
        allowed = METHODS if key == "method" else LOG_BASES
        if key in data and data[key] not in allowed:
            raise _fail(path, key, f"{data[key]!r} is not one of {', '.join(allowed)}")


def _start(path: Any, data: dict[str, Any]) -> str | None:
    """The optional starting expression, which must not be blank when present."""
    start = data.get("start")
    if start is not None and not start.strip():
        raise _fail(path, "start", "must not be empty (leave it out instead)")
    return start


def _family(path: Any, data: dict[str, Any]) -> int | None:
    """The inventory family (1-31) the problem belongs to, if given."""
    family = data.get("family")
    if family is not None and family not in FAMILIES:
        raise _fail(path, "family", f"must be a family of the inventory, 1 to 31, not {family}")
    return family


def parse_problem(data: dict[str, Any], path: Any = "<problem>", stem: str | None = None,
                  folder: str | None = None, generated: bool = False) -> Problem:
    """Validate one problem table (as read from TOML) and build the Problem."""
    _check_fields(path, data)
    pid = _problem_id(path, data, stem, generated)
    topic = _topic(path, data, folder)
    hints = _hints(path, data)
    solution = _strings(path, "solution", data["solution"])
    given = _given(path, data)
    _check_choices(path, data)
    start = _start(path, data)
    return Problem(
        id=pid, title=data["title"].strip(), topic=topic,
        statement=_paragraphs(data["statement"]), target=data["target"].strip(),
        hints=hints, solution=solution,
        aliases=_strings(path, "aliases", data.get("aliases", [])),
        tags=_strings(path, "tags", data.get("tags", [])),
        source=data.get("source", "").strip(),
        given={k.strip(): v.strip() for k, v in given.items()},
        assume=_strings(path, "assume", data.get("assume", [])),
        start=start.strip() if start else None,
        method=data.get("method"), log_base=data.get("log_base"),
        family=_family(path, data), form=data.get("form", "").strip() or None,
        mistakes=_mistakes(path, data.get("mistakes", []), len(solution)),
        path=str(path),
    )


def load_problem_file(path: Any, folder: str | None = None) -> Problem:
    """Read and validate one problem file; the id must be the file stem, the topic its folder."""
    name = getattr(path, "name", str(path))
    if folder is None and isinstance(path, (str, Path)):
        folder = Path(path).parent.name
    try:
        text = path.read_text(encoding="utf-8") if hasattr(path, "read_text") \
            else Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise _fail(path, None, f"cannot read: {exc}") from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise _fail(path, None, f"invalid TOML: {exc}") from None
    stem = name[:-5] if name.endswith(".toml") else name
    return parse_problem(data, path, stem=stem, folder=folder)


def normalised(text: str) -> str:
    """Lookup key: case, spaces, '-' and '_' do not matter ('PRB 33' finds 'PRB-33')."""
    return "".join(text.lower().split()).replace("_", "").replace("-", "")


def validate_bank(problems: list[Problem]) -> None:
    """Raise ProblemError when two problems share an id or an alias (compared normalised)."""
    owner: dict[str, Problem] = {}
    for p in problems:
        for name in [p.id, *p.aliases]:
            other = owner.setdefault(normalised(name), p)
            if other is not p:
                field = "id" if name == p.id else "aliases"
                raise ProblemError(f"{p.path or p.id}: field '{field}': {name!r} is already "
                                   f"used by {other.path or other.id}")


@functools.lru_cache(maxsize=1)
def bank() -> tuple[Problem, ...]:
    root = bank_dir()
    loaded = []
    for folder in sorted(root.iterdir(), key=lambda f: f.name):
        if not folder.is_dir() or folder.name.startswith((".", "_")):
            continue
        for file in folder.iterdir():
            if file.name.endswith(".toml") and file.is_file():
                loaded.append(load_problem_file(file, folder=folder.name))
    loaded.sort(key=lambda p: (p.topic, p.id))
    validate_bank(loaded)
    return tuple(loaded)


def problems() -> list[Problem]:
    """Every problem of the bank, sorted by topic then id (loaded and validated once)."""
    return list(bank())


@functools.lru_cache(maxsize=1)
def index() -> dict[str, Problem]:
    return {normalised(key): p for p in bank() for key in [p.id, *p.aliases]}

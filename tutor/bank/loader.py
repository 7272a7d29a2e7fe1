"""Problem bank: load and validate the TOML problems, look them up, generate seeded variants.

No math is parsed here (no sympy, no lark): listing the bank must stay fast. The targets and
steps are checked by the tests through ``tutor.read.parser``.
"""

from __future__ import annotations

import dataclasses
import difflib
import functools
import random
import re
import tomllib
from collections.abc import Callable
from fractions import Fraction
from pathlib import Path
from typing import Any

from tutor.errors import ProblemError
from tutor.model import Mistake, Problem

TOPICS = ("calculus", "information-theory", "logistic-regression", "probability")
METHODS = ("first-principles", "lhopital")
LOG_BASES = ("2", "10", "e")
CODES = ("sign", "factor", "reciprocal", "term", "exponent", "expansion", "chain-rule", "log-rule",
         "log-base", "arithmetic", "solve-step", "limit-value", "lhopital-not-indeterminate",
         "lhopital-quotient-rule", "limit-dropped", "method", "final-answer", "other")

_REQUIRED: dict[str, type] = {"id": str, "title": str, "topic": str, "statement": str,
                              "target": str, "hints": list, "solution": list}
_OPTIONAL: dict[str, type] = {"aliases": list, "tags": list, "source": str, "given": dict,
                              "assume": list, "start": str, "method": str, "log_base": str,
                              "mistakes": list}
_MISTAKE_KEYS: dict[str, type] = {"step": str, "expect": str, "after": int}
_ID_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_TYPE_NAMES = {str: "a string", list: "a list", dict: "a table", int: "an integer"}
_HAS_AFTER = "after" in {f.name for f in dataclasses.fields(Mistake)}


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


def _mistakes(path: Any, value: list, n_steps: int) -> list[Mistake]:
    out = []
    for i, raw in enumerate(value):
        field = f"mistakes[{i + 1}]"
        if not isinstance(raw, dict):
            raise _fail(path, field, "must be a table with 'step' and 'expect'")
        unknown = sorted(set(raw) - set(_MISTAKE_KEYS))
        if unknown:
            raise _fail(path, f"{field}.{unknown[0]}", "unknown key")
        for key in ("step", "expect"):
            if key not in raw:
                raise _fail(path, f"{field}.{key}", "missing")
        for key, kind in _MISTAKE_KEYS.items():
            if key in raw:
                _check_type(path, f"{field}.{key}", raw[key], kind)
        step, expect, after = raw["step"].strip(), raw["expect"].strip(), raw.get("after", 0)
        if not step:
            raise _fail(path, f"{field}.step", "must not be empty")
        if expect not in CODES:
            raise _fail(path, f"{field}.expect", f"unknown diagnosis code {expect!r}")
        if not 0 <= after < n_steps:
            raise _fail(path, f"{field}.after", f"must be between 0 and {n_steps - 1}")
        kwargs = {"after": after} if _HAS_AFTER else {}
        out.append(Mistake(step=step, expect=expect, **kwargs))
    return out


def parse_problem(data: dict[str, Any], path: Any = "<problem>", stem: str | None = None,
                  folder: str | None = None, generated: bool = False) -> Problem:
    """Validate one problem table (as read from TOML) and build the Problem."""
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
    pid = data["id"].strip()
    if not _ID_RE.match(pid):
        raise _fail(path, "id", f"{pid!r} is not a slug (lower-case letters, digits, '-')")
    if pid.startswith("gen-") != generated:
        raise _fail(path, "id", "'gen-' starts the ids of generated problems, and only those")
    if stem is not None and pid != stem:
        raise _fail(path, "id", f"{pid!r} differs from the file name {stem!r}")
    topic = data["topic"].strip()
    if topic not in TOPICS:
        raise _fail(path, "topic", f"unknown topic {topic!r} (known: {', '.join(TOPICS)})")
    if folder is not None and topic != folder:
        raise _fail(path, "topic", f"{topic!r} differs from the folder name {folder!r}")
    hints = _strings(path, "hints", data["hints"])
    if len(hints) < 3:
        raise _fail(path, "hints", f"needs at least 3 hints, has {len(hints)}")
    solution = _strings(path, "solution", data["solution"])
    given = data.get("given", {})
    for key, value in given.items():
        if not key.strip() or not isinstance(value, str) or not value.strip():
            raise _fail(path, f"given.{key}", "must map a name to a non-empty string")
    for key in ("method", "log_base"):
        allowed = METHODS if key == "method" else LOG_BASES
        if key in data and data[key] not in allowed:
            raise _fail(path, key, f"{data[key]!r} is not one of {', '.join(allowed)}")
    start = data.get("start")
    if start is not None and not start.strip():
        raise _fail(path, "start", "must not be empty (leave it out instead)")
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


def _norm(text: str) -> str:
    """Lookup key: case, spaces, '-' and '_' do not matter ('PRB 33' finds 'PRB-33')."""
    return "".join(text.lower().split()).replace("_", "").replace("-", "")


def validate_bank(problems: list[Problem]) -> None:
    """Raise ProblemError when two problems share an id or an alias (compared normalised)."""
    owner: dict[str, Problem] = {}
    for p in problems:
        for name in [p.id, *p.aliases]:
            other = owner.setdefault(_norm(name), p)
            if other is not p:
                field = "id" if name == p.id else "aliases"
                raise ProblemError(f"{p.path or p.id}: field '{field}': {name!r} is already "
                                   f"used by {other.path or other.id}")


@functools.lru_cache(maxsize=1)
def _bank() -> tuple[Problem, ...]:
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
    return list(_bank())


@functools.lru_cache(maxsize=1)
def _index() -> dict[str, Problem]:
    return {_norm(key): p for p in _bank() for key in [p.id, *p.aliases]}


def problem(id_or_alias: str) -> Problem:
    """Look a problem up by id or alias, ignoring case, spaces and '_' versus '-'."""
    key = _norm(id_or_alias)
    found = _index().get(key)
    if found is not None:
        return found
    m = re.fullmatch(r"gen-(.+)-(\d+)", "".join(id_or_alias.lower().split()).replace("_", "-"))
    if m and m.group(1) in FAMILIES:
        return generate(m.group(1), int(m.group(2)))
    names = {_norm(k): k for p in _bank() for k in [p.id, *p.aliases]}
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
    for p in _bank():
        if name and p.topic != name:
            continue
        hay = " ".join([p.id, *p.aliases, p.title, *p.tags, p.statement, p.topic]).lower()
        if all(w in hay for w in wanted):
            out.append(p)
    return out


# ---------------------------------------------------------------------------------------------
# Generators: seeded, reproducible variants of three families

def _num(q: Fraction | int) -> str:
    """An exact number as plain text: '3', '-7/4'."""
    q = Fraction(q)
    return str(q.numerator) if q.denominator == 1 else f"{q.numerator}/{q.denominator}"


def _dec(q: Fraction) -> str:
    """A multiple of 1/2 as a decimal: '-1.5', '2'."""
    return str(q.numerator) if q.denominator == 1 else f"{float(q):g}"


def _terms(terms: list[tuple[Fraction | int, str]]) -> str:
    """Join coefficient-monomial pairs as '3x^2 - x + 5' or '(3/2) log2(3) - 2/3'."""
    out = ""
    for coef, mono in terms:
        coef = Fraction(coef)
        if coef == 0:
            continue
        mag = abs(coef)
        if not mono:
            body = _num(mag)
        elif mag == 1:
            body = mono
        elif mag.denominator != 1:
            body = f"({_num(mag)}) {mono}"
        else:
            gap = " " if mono[1:2].isalpha() else ""  # '2 log2(3)' but '2x^2', '4x h'
            body = f"{_num(mag)}{gap}{mono}"
        if out:
            out += f" {'-' if coef < 0 else '+'} {body}"
        else:
            out = ("-" if coef < 0 else "") + body
    return out or "0"


def _first_principles_quadratic(rng: random.Random, seed: int) -> dict[str, Any]:
    nonzero = [k for k in range(-5, 6) if k]
    a, b, c = rng.choice(nonzero), rng.choice(nonzero + [6, 7, -6, -7]), rng.choice(nonzero)
    g = _terms([(a, "x^2"), (b, "x"), (c, "")])
    num = _terms([(2 * a, "x h"), (a, "h^2"), (b, "h")])
    return dict(
        topic="calculus", method="first-principles",
        title=f"Derivative of {g} from first principles",
        tags=["derivative", "limits", "first principles", "difference quotient", "generated"],
        statement=f"Using only the definition of the derivative (no differentiation rules), "
                  f"find g'(x) for g(x) = {g}.",
        given={"g(x)": g}, assume=["x real"], start="lim h->0 (g(x+h) - g(x))/h",
        target=_terms([(2 * a, "x"), (b, "")]),
        hints=[f"Replace every x in g(x) = {g} by (x+h), then subtract g(x) term by term.",
               f"Expand (x+h)^2 = x^2 + 2xh + h^2 before multiplying by {a}; every term "
               f"without an h cancels against g(x), the constant {c} included.",
               f"The numerator becomes {num}; divide each term by h, and only then let h "
               f"go to 0."],
        solution=[f"lim h->0 ({_terms([(a, '(x+h)^2'), (b, '(x+h)'), (c, '')])} - ({g}))/h",
                  f"lim h->0 ({num})/h",
                  f"lim h->0 ({_terms([(2 * a, 'x'), (b, ''), (a, 'h')])})",
                  _terms([(2 * a, "x"), (b, "")])],
        mistakes=[(f"lim h->0 ({_terms([(2 * a, 'x h'), (a, 'h^2'), (-b, 'h')])})/h", "sign", 1),
                  (f"lim h->0 ({_terms([(a, '(x^2 + h^2)'), (b, '(x+h)'), (c, '')])} - ({g}))/h",
                   "expansion", 0),
                  (_terms([(2 * a, "x"), (b, ""), (a, "h")]), "limit-dropped", 3)],
    )


_PMFS = [(2, 2), (2, 4, 4), (4, 4, 4, 4), (2, 4, 8, 8), (Fraction(4, 3), 4), (8, 8, Fraction(4, 3)),
         (Fraction(8, 3), Fraction(8, 3), 4), (3, 3, 3), (3, Fraction(3, 2)), (6, 3, 2),
         (6, 6, Fraction(3, 2)), (3, 3, 6, 6), (4, 4, 6, 3), (12, 4, Fraction(3, 2)),
         (9, Fraction(9, 2), Fraction(3, 2)), (2, 6, 6, 6), (Fraction(9, 4), Fraction(9, 4), 9),
         (Fraction(8, 3), Fraction(8, 3), 8, 8)]   # reciprocals of the probabilities


def _two_three(q: Fraction) -> tuple[int, int]:
    """Exponents (a, b) with q = 2^a 3^b."""
    exps = []
    for prime in (2, 3):
        e = 0
        for part, sign in ((q.numerator, 1), (q.denominator, -1)):
            while part % prime == 0:
                part //= prime
                e += sign
        exps.append(e)
    return exps[0], exps[1]


def _bits(const: Fraction | int, coef: Fraction | int) -> str:
    """const + coef log2(3) as text, the positive term first: 'log2(3) - 2/3', '2 - log2(3)'."""
    terms = [(coef, "log2(3)"), (const, "")]
    return _terms(terms if coef > 0 else terms[::-1])


def _entropy_discrete(rng: random.Random, seed: int) -> dict[str, Any]:
    inv = [Fraction(v) for v in rng.choice(_PMFS)]
    rng.shuffle(inv)
    # one row per outcome: probability text, 1/p text, (a, b) with 1/p = 2^a 3^b, p as Fraction
    rows = [(_num(1 / v), _num(v), _two_three(v), 1 / v) for v in inv]
    const = sum((q * a for _, _, (a, _), q in rows), Fraction(0))
    coef = sum((q * b for _, _, (_, b), q in rows), Fraction(0))
    bits = [_bits(a, b) for _, _, (a, b), _ in rows]
    weighted = " + ".join(f"({row[0]})({bit})" for row, bit in zip(rows, bits, strict=True))
    ps = [row[0] for row in rows]
    target = _bits(const, coef)
    return dict(
        topic="information-theory", log_base="2",
        title=f"Entropy of the distribution ({', '.join(ps)})",
        tags=["entropy", "shannon", "bits", "discrete distribution", "generated"],
        statement=f"A source emits {len(ps)} symbols with probabilities {', '.join(ps)}. "
                  f"Compute its entropy in bits.",
        given={}, assume=[],
        start="-(" + " + ".join(f"({p}) log2({p})" for p in ps) + ")",
        target=target,
        hints=["Move the minus sign inside: -p log2(p) = p log2(1/p), each probability times "
               "its surprisal.",
               "The surprisals are " + ", ".join(
                   f"log2({row[1]}) = {bit}" for row, bit in zip(rows, bits, strict=True))
               + " bits.",
               f"Weight each surprisal by its probability and add: {weighted}."],
        solution=[" + ".join(f"({p}) log2({r})" for p, r, _, _ in rows), weighted, target],
        mistakes=[(" + ".join(f"({p}) log2({p})" for p in ps), "sign", 0),
                  (" + ".join(f"({p}) ln({r})" for p, r, _, _ in rows), "log-base", 1)],
    )


def _logistic_prediction(rng: random.Random, seed: int) -> dict[str, Any]:
    while True:
        b0 = Fraction(rng.choice([k for k in range(-6, 7) if k]), 2)
        b1 = Fraction(rng.choice([k for k in range(-4, 5) if k]), 2)
        x = rng.randint(2, 6)
        z = b0 + b1 * x
        if z != 0:
            break
    op, nop = ("+", "-") if b1 > 0 else ("-", "+")
    lin = f"{_dec(b0)} {op} {_dec(abs(b1))} * {x}"
    return dict(
        topic="logistic-regression",
        title=f"Logistic prediction with b0 = {_dec(b0)}, b1 = {_dec(b1)} at x = {x}",
        tags=["logistic regression", "prediction", "sigmoid", "numbers", "generated"],
        statement=f"A logistic model has intercept b0 = {_dec(b0)} and slope b1 = {_dec(b1)}. "
                  f"Compute the predicted probability sigma(b0 + b1 x) that y = 1 at x = {x}.",
        given={"b0": _dec(b0), "b1": _dec(b1), "x": str(x)}, assume=[],
        start="sigma(b0 + b1 x)", target=f"1/(1 + e^({_dec(-z)}))",
        hints=["Compute the linear predictor b0 + b1 x first, then apply the sigmoid.",
               f"{lin} = {_dec(z)}, keeping the sign of every coefficient.",
               f"sigma({_dec(z)}) = 1/(1 + e^({_dec(-z)})); that is the probability, while "
               f"e^({_dec(z)}) would be the odds."],
        solution=[f"sigma({lin})", f"sigma({_dec(z)})", f"1/(1 + e^({_dec(-z)}))"],
        mistakes=[(f"sigma({_dec(b0)} {nop} {_dec(abs(b1))} * {x})", "sign", 0),
                  (f"sigma({_dec(b0)} {op} {_dec(abs(b1))})", "arithmetic", 0),
                  (f"1/(1 + e^({_dec(z)}))", "sign", 2)],
    )


_FAMILIES: dict[str, Callable[[random.Random, int], dict[str, Any]]] = {
    "first-principles-quadratic": _first_principles_quadratic,
    "entropy-discrete": _entropy_discrete,
    "logistic-prediction": _logistic_prediction,
}
FAMILIES: tuple[str, ...] = tuple(_FAMILIES)


def generate(family: str, seed: int) -> Problem:
    """A reproducible variant of a family: the same (family, seed) always gives the same problem."""
    name = "".join(family.lower().split()).replace("_", "-")
    if name not in _FAMILIES:
        close = difflib.get_close_matches(name, FAMILIES, n=1, cutoff=0.5)
        hint = f"; did you mean {close[0]}?" if close else f" (families: {', '.join(FAMILIES)})"
        raise ProblemError(f"no problem family {family}{hint}")
    if isinstance(seed, bool) or not isinstance(seed, int) or seed < 0:
        raise ProblemError(f"seed must be a non-negative integer, not {seed!r}")
    spec = _FAMILIES[name](random.Random(f"{name}:{seed}"), seed)
    spec["mistakes"] = [{"step": s, "expect": e, "after": a} for s, e, a in spec["mistakes"]]
    spec["id"] = f"gen-{name}-{seed}"
    spec["source"] = f"generated: family {name}, seed {seed}"
    spec["aliases"] = []
    return dataclasses.replace(parse_problem(spec, path=f"<{spec['id']}>", generated=True),
                               path="")

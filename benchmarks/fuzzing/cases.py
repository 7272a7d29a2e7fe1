"""The fuzz's data: a call (Case), what it did (Outcome), and the real lines and issue inputs."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]  # the project: examples/, problems/, tests/data/
APIS = ("parse", "compare", "compare_assume", "derivation", "document")
BUDGET = 0.5  # seconds per step given to the library (compare's budget, the per-step timeout)
# a call overruns past budget x steps + SLACK seconds of its worker's CPU: the slack covers what
# runs outside a step's budget, reading and the first use of a part of sympy in a fresh worker
# (`lim x->oo (2 sqrt(x))` against a polynomial, seed 10: 0.85-1.05 s, with a 0.5 s budget)
SLACK = 1.0
# reading is linear in the input and outside any step's budget: a second per 200,000 characters
# (a 565,000-character run of `<annotation …>` tags, seed 10 #447: 0.95 s of CPU here, 1.55 s
# on a slower CI machine)
READ_PER_CHARACTER = 1 / 200_000
SHOWN = 300  # characters of an input shown in the report


def allowance(budget: float, steps: int, size: int = 0) -> float:
    """The seconds a call of `steps` steps on `size` characters may take before it counts as an
    overrun."""
    return budget * max(1, steps) + SLACK + size * READ_PER_CHARACTER


# ---------------------------------------------------------------- cases and outcomes

@dataclass
class Case:
    """One call of the public API: which function, with which arguments."""

    family: str
    api: str  # one of APIS
    a: str = ""  # parse's text, compare's first side, the document's text
    b: str = ""  # compare's second side
    lines: list[str] = field(default_factory=list)  # check_derivation's lines
    assume: tuple[str, ...] = ()
    kind: str = "md"  # the document kind ("md", "tex", "txt")
    as_file: bool = False  # give check_document a path instead of text
    index: int = -1

    def steps(self) -> int:
        """An upper bound on the steps the call checks (for the hard timeout)."""
        if self.api == "derivation":
            return max(1, len(self.lines))
        if self.api == "document":
            return max(1, sum(1 for line in self.a.splitlines() if line.strip()))
        return 1

    def size(self) -> int:
        """The characters of its input."""
        return len(self.a) + len(self.b) + sum(map(len, self.lines)) + sum(map(len, self.assume))

    def show(self, limit: int | None = SHOWN) -> str:
        """The call as Python source, shortened to `limit` characters."""
        if self.api == "parse":
            text = f"tutor.parse({self.a!r})"
        elif self.api.startswith("compare"):
            extra = f", assume={list(self.assume)!r}" if self.assume else ""
            text = f"tutor.compare({self.a!r}, {self.b!r}{extra})"
        elif self.api == "derivation":
            text = f"tutor.check_derivation({self.lines!r})"
        else:
            where = ", from a file" if self.as_file else ""
            text = f"tutor.check_document({self.a!r}, kind={self.kind!r}){where}"
        if limit is None or len(text) <= limit:
            return text
        return f"{text[:limit]}… [{len(text)} characters]"


@dataclass
class Outcome:
    """What one call did: status, time, and for a traceback where it came from."""

    index: int
    family: str
    api: str
    status: str  # "ok", "parse_error", "traceback", "killed" (hard timeout), "died" (worker)
    seconds: float = 0.0
    allowed: float = 0.0
    kind: str = ""  # the exception type
    frame: str = ""  # the last frame in tutor/: "tutor/x.py:12 in f"
    where: str = ""  # the innermost frame
    message: str = ""
    flagged: bool = False  # a step came back as parse_error
    internal: list[str] = field(default_factory=list)  # internal errors turned into verdicts
    created: list[str] = field(default_factory=list)  # files that appeared in the cwd
    example: str = ""  # the input, for outcomes worth reporting
    size: int = 0  # the input's full length

    @classmethod
    def for_case(cls, case: Case, status: str, **details) -> Outcome:
        """An outcome of `case` with `status` and any other fields given."""
        return cls(case.index, case.family, case.api, status, **details)

    @property
    def crashed(self) -> bool:
        return self.status in ("traceback", "died")

    @property
    def overrun(self) -> bool:
        return self.status == "killed" or self.seconds > self.allowed

    @property
    def notable(self) -> bool:
        return self.crashed or self.overrun or bool(self.internal or self.created)


# ---------------------------------------------------------------- the real lines

@dataclass
class Corpus:
    """Math lines of the examples, test data and problem bank, grouped by derivation."""

    groups: list[list[str]]
    lines: list[str]
    problem_ids: list[str]


ENVIRONMENTS = r"(?:align|aligned|equation|gather|multline|split)\*?"
DISPLAY = [re.compile(p, re.S) for p in (
    rf"\\begin\{{{ENVIRONMENTS}\}}(.*?)\\end\{{{ENVIRONMENTS}\}}", r"\$\$(.*?)\$\$",
    r"\\\[(.*?)\\\]", r"\\\((.*?)\\\)", r"(?<![\\$])\$([^$\n]+)\$")]
ROW_JUNK = re.compile(r"\\(?:label|tag)\{[^}]*\}|\\nonumber|\\notag|&")


def _rows(block: str) -> list[str]:
    rows = (ROW_JUNK.sub(" ", row) for row in re.split(r"\\\\", block))
    return [" ".join(row.split()) for row in rows if row.strip()]


def latex_groups(text: str) -> list[list[str]]:
    """The math rows of a Markdown or LaTeX text, one group per display or inline formula."""
    groups: list[list[str]] = []

    def take(match: re.Match) -> str:
        rows = _rows(match.group(1))
        if rows:
            groups.append(rows)
        return " "

    for pattern in DISPLAY:
        text = pattern.sub(take, text)
    return groups


def plain_groups(text: str) -> list[list[str]]:
    """The derivations of a plain step file: blank lines separate them, `#` starts a comment."""
    groups: list[list[str]] = [[]]
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].strip()
        if not raw.strip():
            groups.append([])
        elif line:
            groups[-1].append(line)
    return [g for g in groups if g]


def problem_groups(text: str) -> tuple[list[list[str]], list[str]]:
    """The start/solution, target, given and mistake lines of a problem file, and its ids."""
    data = tomllib.loads(text)
    solution = [data.get("start")] + list(data.get("solution", []))
    groups = [[s for s in solution if isinstance(s, str)]]
    groups.append([data["target"]] if isinstance(data.get("target"), str) else [])
    groups += [[f"{k} = {v}"] for k, v in data.get("given", {}).items()]
    groups += [[m["step"]] for m in data.get("mistakes", []) if isinstance(m.get("step"), str)]
    ids = [data.get("id", "")] + list(data.get("aliases", []))
    return [g for g in groups if g], [i for i in ids if isinstance(i, str) and i]


@lru_cache(maxsize=1)
def load_corpus() -> Corpus:
    """Read the real lines once: examples/*.md|tex|txt, tests/data/*.md, problems/**/*.toml."""
    groups: list[list[str]] = []
    ids: list[str] = []
    latex = [*ROOT.glob("examples/*.md"), *ROOT.glob("examples/*.tex"),
             *ROOT.glob("tests/data/*.md")]
    for path in sorted(latex):
        groups += latex_groups(path.read_text(encoding="utf-8"))
    for path in sorted(ROOT.glob("examples/*.txt")):
        groups += plain_groups(path.read_text(encoding="utf-8"))
    for path in sorted(ROOT.glob("problems/**/*.toml")):
        found, names = problem_groups(path.read_text(encoding="utf-8"))
        groups += found
        ids += names
    groups = groups or [["(x+1)^2", "x^2 + 2x + 1"]]
    return Corpus(groups, sorted({line for g in groups for line in g}), sorted(set(ids)))


# ---------------------------------------------------------------- the known crashes (issue 10)

KNOWN_COMPARE = (  # issue 10, verbatim
    ("2e8585827", "1"), ("3e1894724", "1"), ("exp(10^400) x", "x"),
    ("sum_(i=1)^oo (i-99999999999999999999)", "1"), ("log(|∞|*0.5, tanh(t))", "1"),
    ("max(sum_(i=1)^oo (0.000000001), (f(x)))", "oo"), ("sin(x <= 1)", "1"),
    ("atan(1e-9 < x)", "1"), ("binom(k<=3.14159, pi)", "1"), ("x > 2", "2 < x"),
    ("x = x = x", "x"),
)
KNOWN_DOCUMENTS = (  # issue 10, verbatim
    "$$f(x, x) = x^2$$",
    "$$o = \\boxed{2}\\boxed{3}\\boxed{4}$$\n\nThen the loss.\n\n"
    "$$\\frac{\\partial L}{\\partial o} = p - y$$",
    "$$ki = \\sum_{i=1}^{n} x_i$$",
    "$$P(X = 1) = p, \\quad P(X = 0) = 1 - p$$",
)
FOLLOW_UP = "\n\n$$(x+1)^2 = x^2 + 2x + 1$$\n\n$$(a+b)^2 = a^2 + b^2$$\n"


def known_cases() -> list[Case]:
    """Every known crash input of issue 10, through every API that can take it."""
    cases = []
    for a, b in KNOWN_COMPARE:
        cases += [Case("", "compare", a=a, b=b), Case("", "compare", a=b, b=a),
                  Case("", "parse", a=a), Case("", "compare_assume", a=a, b=b, assume=("x > 0",)),
                  Case("", "derivation", lines=[a, b]),
                  Case("", "document", a=f"Notes.\n\n$${a}$$\n\n$${b}$$\n"),
                  Case("", "document", a=f"{a}\n{b}\n", kind="txt")]
    for doc in KNOWN_DOCUMENTS:
        rows = [row for group in latex_groups(doc) for row in group]
        cases += [Case("", "document", a=doc + "\n"), Case("", "document", a=doc + FOLLOW_UP),
                  Case("", "document", a=doc + FOLLOW_UP, as_file=True),
                  Case("", "derivation", lines=rows)]
    return cases

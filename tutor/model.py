"""Plain dataclasses shared by every stage: spans, verdicts, step results, problems."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

VERDICTS = ("ok", "error", "warning", "unchecked", "parse_error")


@dataclass(frozen=True)
class Span:
    """Where a piece of text stands in its source: 1-based line and column, and the text."""

    line: int
    column: int
    end_line: int
    end_column: int
    text: str


@dataclass
class Verdict:
    """The answer of the equivalence engine for one pair of expressions or equations."""

    status: str  # "equal" | "not_equal" | "unknown"
    method: str = ""
    witness: dict[str, str] | None = None
    reason: str | None = None
    direction: str | None = None  # for equations: "both", "forward", "backward", None

    @property
    def equal(self) -> bool:
        return self.status == "equal"

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class StepResult:
    """One checked step; its fields are the fields of a step in the JSON report."""

    line: int
    end_line: int
    column: int
    source: str
    relation: str | None
    verdict: str  # one of VERDICTS
    message: str
    code: str | None = None
    diagnosis: str | None = None
    method: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class FileReport:
    """The steps of one checked file, in source order."""

    path: str
    problem: str | None
    steps: list[StepResult] = field(default_factory=list)
    error: str | None = None  # set when the file could not be read at all

    def summary(self) -> dict[str, int]:
        counts = dict.fromkeys(VERDICTS, 0)
        for step in self.steps:
            counts[step.verdict] += 1
        return counts


@dataclass(frozen=True)
class Mistake:
    """A wrong step of a problem and the diagnosis code the checker must give it."""

    step: str
    expect: str
    after: int = 0  # index of the solution step it replaces (checked against the step before)


@dataclass
class Problem:
    """One problem of the bank, as read from its TOML file."""

    id: str
    title: str
    topic: str
    statement: str
    target: str
    hints: list[str]
    solution: list[str]
    aliases: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    source: str = ""
    given: dict[str, str] = field(default_factory=dict)
    assume: list[str] = field(default_factory=list)
    start: str | None = None
    method: str | None = None
    log_base: str | None = None
    mistakes: list[Mistake] = field(default_factory=list)
    path: str = ""

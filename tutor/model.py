"""Plain dataclasses shared by every stage: spans, verdicts, step results, problems."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING, Any, ClassVar

if TYPE_CHECKING:
    import sympy as sp

VERDICTS = ("ok", "error", "warning", "unchecked", "parse_error")
SIBLING_SECTION = 1000  # a section number jumps by this at a heading that starts a new exercise


class _Shown:
    """A result as text and in Jupyter (tutor.display's `<_shown_as>_str/_html/_markdown`),
    and never silently truthy: `if compare(a, b):` raises TypeError."""

    _shown_as: ClassVar[str] = ""
    _truth_instead: ClassVar[str] = ""

    def __bool__(self) -> bool:
        raise TypeError(f"a {type(self).__name__} has no truth value: test "
                        f"{self._truth_instead}")

    def __str__(self) -> str:
        return self._display("str")

    def _repr_html_(self) -> str:
        return self._display("html")

    def _repr_markdown_(self) -> str:
        return self._display("markdown")

    def _display(self, form: str) -> str:
        from tutor import display  # loaded when a result is first shown

        return getattr(display, f"{self._shown_as}_{form}")(self)


@dataclass(frozen=True)
class Span:
    """Where a piece of text stands in its source: 1-based line and column, and the text."""

    line: int
    column: int
    end_line: int
    end_column: int
    text: str


def span_of(text: str, start: int, end: int) -> Span:
    """The Span of text[start:end]: its line and column where it starts and ends."""
    line = text.count("\n", 0, start) + 1
    column = start - (text.rfind("\n", 0, start) + 1) + 1
    end_line = text.count("\n", 0, end) + 1
    end_column = end - (text.rfind("\n", 0, end) + 1) + 1
    return Span(line, column, end_line, end_column, text[start:end])


@dataclass
class Part:
    """One side of a relation chain: the expression and where it stands."""

    expr: sp.Basic
    span: Span
    unit: str | None = None


@dataclass
class Link:
    """The relation between two neighbouring parts, e.g. '=' or '->' with a label."""

    op: str
    span: Span
    label: str | None = None


@dataclass
class Chain:
    """`A = B = C`: parts joined by links; a lone expression is a chain of one part."""

    parts: list[Part]
    links: list[Link] = field(default_factory=list)

    def steps(self) -> list[tuple[Part, Link, Part]]:
        return [(self.parts[k], self.links[k], self.parts[k + 1]) for k in range(len(self.links))]


@dataclass
class Verdict(_Shown):
    """The answer of the equivalence engine for one pair of expressions or equations."""

    _shown_as: ClassVar[str] = "verdict"
    _truth_instead: ClassVar[str] = "verdict.equal or verdict.status"

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
class StepResult(_Shown):
    """One checked step; its fields are the fields of a step in the JSON report."""

    _shown_as: ClassVar[str] = "step"
    _truth_instead: ClassVar[str] = "step.verdict == 'ok'"

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
    read_as: str | None = None  # how the step was read, in the learner's notation
    cell: int | None = None  # the notebook cell it stands in (`line` counts in that cell)

    def not_sure(self, message: str) -> None:
        """Unchecked with `message`, no mistake named: a step not wrong for sure after all."""
        self.verdict, self.code, self.diagnosis, self.message = "unchecked", None, None, message

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        if data["cell"] is None:  # only notebooks have cells
            del data["cell"]
        return data



@dataclass
class FileReport(_Shown):
    """The steps of one checked file, in source order."""

    _shown_as: ClassVar[str] = "report"
    _truth_instead: ClassVar[str] = "report.summary()['error'] or report.error"

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
    hint: str = ""  # what to tell the learner who makes this mistake


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
    family: int | None = None   # the inventory's problem family (1-31)
    form: str | None = None     # the form the answer is asked in, in words


@dataclass
class Assumptions:
    """Flags per symbol name and relations to test sampled points against."""

    flags: dict[str, set[str]] = field(default_factory=dict)
    relations: list[sp.Basic] = field(default_factory=list)
    bounds: dict[str, list[float | None]] = field(default_factory=dict)

    def flag(self, name: str, word: str) -> bool:
        return word in self.flags.get(name, set())

    def is_integer(self, name: str) -> bool:
        return bool(self.flags.get(name, set()) & {"integer", "natural", "odd", "even"})

    def merged(self, other: Assumptions) -> Assumptions:
        flags = {k: set(v) for k, v in self.flags.items()}
        for k, v in other.flags.items():
            flags.setdefault(k, set()).update(v)
        bounds = {k: list(v) for k, v in self.bounds.items()}
        for k, (lo, hi) in other.bounds.items():
            old = bounds.setdefault(k, [None, None])
            old[0] = lo if old[0] is None else (old[0] if lo is None else max(old[0], lo))
            old[1] = hi if old[1] is None else (old[1] if hi is None else min(old[1], hi))
        merged = Assumptions(flags, self.relations + other.relations, bounds)
        _propagate_bounds(merged)
        return merged

    def with_relation(self, relation) -> Assumptions:
        """These assumptions and one more relation (`h != 0` inside a limit)."""
        return assumptions_from({}, [relation]).merged(self)


def assumptions_from(flags: dict[str, set[str]], relations: list) -> Assumptions:
    """Assumptions from flags per name and relations, with the bounds they imply."""
    result = Assumptions({k: set(v) for k, v in flags.items()}, list(relations))
    for rel in relations:
        _note_bound(result, rel)
    _propagate_bounds(result)
    return result


def _note_bound(result: Assumptions, rel) -> None:
    """Record `x > 0` style bounds so sampling starts inside the domain."""
    import sympy as sp

    left, right, op = rel.lhs, rel.rhs, rel.rel_op
    if isinstance(left, sp.Symbol) and right.is_number:
        name, value, side = left.name, float(right), op
    elif isinstance(right, sp.Symbol) and left.is_number:
        flip = {"<": ">", "<=": ">=", ">": "<", ">=": "<=", "!=": "!="}
        name, value, side = right.name, float(left), flip[op]
    else:
        return
    if value in (float("inf"), float("-inf")):  # x < ∞: no bound
        return
    b = result.bounds.setdefault(name, [None, None])
    if side in (">", ">="):
        b[0] = value if b[0] is None else max(b[0], value)
    elif side in ("<", "<="):
        b[1] = value if b[1] is None else min(b[1], value)


def _propagate_bounds(result: Assumptions) -> None:
    """`0 <= k` and `k <= n` give `n >= 0`: carry bounds along relations between two names."""
    import sympy as sp

    pairs = []
    for rel in result.relations:
        if isinstance(rel, sp.Unequality) or not (isinstance(rel.lhs, sp.Symbol)
                                                  and isinstance(rel.rhs, sp.Symbol)):
            continue
        small, big = (rel.lhs, rel.rhs) if isinstance(rel, (sp.StrictLessThan, sp.LessThan)) \
            else (rel.rhs, rel.lhs)
        pairs.append((small.name, big.name))
    for _ in range(len(pairs)):
        for small, big in pairs:
            lo = result.bounds.get(small, [None, None])[0]
            hi = result.bounds.get(big, [None, None])[1]
            if lo is not None:
                b = result.bounds.setdefault(big, [None, None])
                b[0] = lo if b[0] is None else max(b[0], lo)
            if hi is not None:
                b = result.bounds.setdefault(small, [None, None])
                b[1] = hi if b[1] is None else min(b[1], hi)

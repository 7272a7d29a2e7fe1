"""Check a derivation line by line: definitions, claims, premises, equations, limits, diagnosis."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

import sympy as sp
from sympy.core.function import AppliedUndef

from tutor.budget import BudgetExceeded, deadline
from tutor.derive.diagnosis import diagnose, diagnose_solve_step, show
from tutor.derive.limits import LimitRules
from tutor.errors import ParseError, TutorError, internal_error
from tutor.functions import expand_ml
from tutor.judge.equivalence import Equation, compare
from tutor.judge.units import unit_factor
from tutor.model import Assumptions, Problem, StepResult, Verdict
from tutor.names import symbol
from tutor.read.assumptions import read_assumptions
from tutor.read.builder import KNOWN_FUNCTIONS, Chain, ParseContext, Part
from tutor.read.parser import parse_chains

LEADING_RELATION = re.compile(
    r"^\s*(\\to\s*\\text\s*\{[^{}]*\}\s*\\to|=|\\approx|≈|~=|\\implies|\\Rightarrow|\\Longrightarrow|=>|⇒|\\to|->|→|\\equiv|\\iff)")
LEAD_OPS = {"=": "=", "\\approx": "~=", "≈": "~=", "~=": "~=", "\\equiv": "===", "\\iff": "<=>"}
CLAIM_OPS = {"=", "->", "=>", "~=", "===", ":=", "<=>"}


ON_STEP = None  # called with the source line of each step, for a supervising process


@dataclass
class Line:
    """One line of a derivation and where it stands in its source."""

    text: str
    line: int = 1
    column: int = 1
    syntax: str = "auto"
    block: int = 0
    continues: bool | None = None  # None: a lone expression continues the line above
    locate: Callable[[int], tuple[int, int]] | None = None


@dataclass
class Context:
    """What the derivation knows so far: definitions, assumptions, the base of bare log."""

    assume: list = field(default_factory=list)
    functions: dict[str, sp.Lambda] = field(default_factory=dict)
    values: dict[sp.Symbol, sp.Basic] = field(default_factory=dict)
    given: dict[sp.Symbol, sp.Basic] = field(default_factory=dict)  # a problem's fixed values
    seen: set[str] = field(default_factory=set)
    log_base: int | None = None
    _assumptions: Assumptions | None = None

    @property
    def assumptions(self) -> Assumptions:
        """The assumption texts, read once (an unreadable one raises AssumptionError)."""
        if self._assumptions is None:
            self._assumptions = read_assumptions(self.assume)
        return self._assumptions

    def parse_context(self) -> ParseContext:
        return ParseContext(functions=frozenset(self.functions), log_base=self.log_base)

    def expand(self, expr):
        """Replace defined functions by their bodies."""
        if self.given:
            expr = expr.xreplace(self.given)
        if not self.functions:
            return expr
        return expr.replace(
            lambda e: isinstance(e, AppliedUndef) and e.func.__name__ in self.functions
            and len(e.args) == len(self.functions[e.func.__name__].variables),
            lambda e: self.functions[e.func.__name__](*[_exact(a) for a in e.args]))


def _position(line: Line, part_span) -> tuple[int, int, int]:
    """Source (line, column, end_line) of a span inside a Line's text."""
    lines = line.text.split("\n")
    offset = sum(len(x) + 1 for x in lines[:part_span.line - 1]) + part_span.column - 1
    end = sum(len(x) + 1 for x in lines[:part_span.end_line - 1]) + part_span.end_column - 1
    if line.locate:
        (l1, c1), (l2, _) = line.locate(offset), line.locate(max(offset, end - 1))
        return l1, c1, l2
    if part_span.line == 1:
        return line.line, line.column + part_span.column - 1, line.line + part_span.end_line - 1
    return line.line + part_span.line - 1, part_span.column, line.line + part_span.end_line - 1


def as_lines(lines) -> list[Line]:
    out = []
    for k, item in enumerate(lines):
        out.append(item if isinstance(item, Line) else Line(str(item), line=k + 1))
    return out


def check_derivation(lines, problem: Problem | None = None, assume=(), *,
                     log_base: int | None = None, budget: float = 2.0) -> list[StepResult]:
    """Check every step of a derivation; one StepResult per step (a chain gives several)."""
    checker = DerivationChecker(problem, list(assume), log_base, budget)
    return checker.run(as_lines(lines))


def reaches_target(lines, problem: Problem) -> bool:
    """Whether the last line of a derivation equals the problem's target, in final form."""
    lines = as_lines(lines)
    if not lines or not problem.target:
        return False
    checker = DerivationChecker(problem, [], None, 2.0)
    try:
        chains = parse_chains(lines[-1].text, lines[-1].syntax, checker.ctx.parse_context())
        target = parse_chains(problem.target, "auto", checker.ctx.parse_context())
    except ParseError:
        return False
    last = chains[-1].parts[-1].expr
    if last.has(sp.Limit, sp.Derivative) or any(s.name in checker.ctx.functions for s in
                                                  last.atoms(sp.Symbol)):
        return False
    verdict = compare(checker.ctx.expand(last), checker.ctx.expand(target[-1].parts[-1].expr),
                      checker.ctx.assumptions)
    return verdict.status == "equal"


class DerivationChecker(LimitRules):
    """Walks the lines in order, carrying the context and the previous expression."""

    def __init__(self, problem: Problem | None, assume: list, log_base, budget: float):
        self.problem = problem
        self.budget = budget
        self.ctx = Context(assume=list(problem.assume if problem else []) + assume,
                           log_base=log_base if log_base is not None else (
                               int(problem.log_base) if problem and problem.log_base
                               and str(problem.log_base).isdigit() else None))
        self.results: list[StepResult] = []
        self.skip_lines: frozenset[int] = frozenset()  # steps a supervisor had to stop
        if problem:
            for name, value in (problem.given or {}).items():
                self._define_text(name, value)
            from tutor.judge.decimals import exact  # a problem's decimals are exact: 0.05 = 1/20

            self.ctx.given = {k: exact(v) for k, v in self.ctx.values.items()}
            self.ctx.values = {}

    def _define_text(self, name: str, value: str) -> None:
        try:
            chains = parse_chains(f"{name} = {value}", "auto", self.ctx.parse_context())
            self._define(chains[0].parts[0].expr, chains[0].parts[1].expr)
        except Exception:  # noqa: BLE001 - an unreadable given defines nothing
            pass

    # --- the walk --------------------------------------------------------------------------
    def run(self, lines: list[Line]) -> list[StepResult]:
        if self.problem and self.problem.start:
            lines = [Line(self.problem.start, line=0, syntax="auto"), *lines]
        parsed = [self._parse_contained(ln) for ln in lines]
        prev: Part | None = None
        prev_eq: Equation | None = None
        block = None
        origin = None
        errors_in_block = 0
        for k, (ln, chains, lead, error) in enumerate(parsed):
            if ln.block != block:
                self._contained(ln, self._close_block, origin, prev, errors_in_block)
                block, prev, prev_eq, origin, errors_in_block = ln.block, None, None, None, 0
            if error is not None:
                if ln.line > 0:
                    self.results.append(error)
                prev, prev_eq = None, None
                continue
            before = len(self.results)
            nxt = parsed[k + 1] if k + 1 < len(parsed) else None
            next_is_equation = bool(nxt and nxt[1] and nxt[0].block == ln.block and not nxt[2]
                                    and _is_equation(nxt[1][0]))
            for chain in chains:
                walked = self._contained(ln, self._chain, ln, chain, lead, prev, prev_eq, origin,
                                         next_is_equation, errors_in_block,
                                         steps=len(chain.links) + 1)
                prev, prev_eq, origin = walked or (None, None, origin)
                lead = None
            if ln.line == 0:  # the problem's start line is context, not a step of the learner
                del self.results[before:]
            errors_in_block += sum(r.verdict == "error" for r in self.results[before:])
        if parsed:
            last_line = parsed[-1][0]
            self._contained(last_line, self._close_block, origin, prev, errors_in_block)
            if self.problem and self.problem.target and prev is not None:
                self._contained(last_line, self._check_target, last_line, prev, errors_in_block)
        return self.results

    def _contained(self, ln: Line, work, *args, steps: int = 1):
        """`work(*args)` within the budget of `steps` steps; an unexpected error or a spent
        budget makes this line's step `unchecked`, never a crash or a hang.

        One bad step never loses a document: the rest of it is checked as usual.
        """
        try:
            with deadline(self.budget * steps):
                return work(*args)
        except BudgetExceeded:
            self.results.append(self._result(ln, None, "unchecked", self._spent()))
        except Exception as exc:  # noqa: BLE001 - containment: any bug stays inside its step
            self.results.append(self._result(ln, None, "unchecked", _failure(exc)))
        return None

    def _spent(self) -> str:
        return f"time budget of {self.budget:g} s spent"

    def _parse_contained(self, ln: Line):
        try:
            with deadline(self.budget):
                return self._parse(ln)
        except BudgetExceeded:
            return ln, [], None, self._result(ln, None, "unchecked", self._spent())
        except Exception as exc:  # noqa: BLE001 - containment, as in `_contained`
            return ln, [], None, self._result(ln, None, "unchecked", _failure(exc))

    def _check_target(self, ln: Line, last: Part, errors: int) -> None:
        """A derivation of a problem that ends in final form away from the target."""
        expr = self.ctx.expand(last.expr)
        if expr.has(sp.Limit, sp.Derivative, sp.Integral) or expr.atoms(AppliedUndef):
            return
        try:
            target = parse_chains(self.problem.target, "auto", self.ctx.parse_context())
        except ParseError:
            return
        if len(target) != 1 or len(target[0].parts) != 1:
            return
        goal = self.ctx.expand(target[0].parts[0].expr)
        if expr.free_symbols - goal.free_symbols:
            return  # not in final form yet: it still names something the answer does not
        verdict = compare(goal, expr, self.ctx.assumptions, budget=self.budget)
        if verdict.status != "not_equal":
            return
        mine = [r for r in self.results if r.line == ln.line and r.source == last.span.text]
        if mine and mine[-1].verdict == "error":
            return  # already explained at that step
        found = None if errors else diagnose(_value(goal), expr)
        code, why = found if found else ("final-answer", f"the answer is {show(goal)}")
        result = self._result(ln, last, "error", "this is not the answer to the problem",
                              code=code, diagnosis=why, method="target")
        if mine:
            self.results[self.results.index(mine[-1])] = result
        else:
            self.results.append(result)

    def _parse(self, ln: Line):
        text = ln.text
        if text.strip().endswith("?"):
            unfinished = self._result(ln, None, "unchecked", "unfinished line (ends with ?)")
            return ln, [], None, unfinished
        lead = None
        m = LEADING_RELATION.match(text)
        if m and ln.continues is not False:
            lead = LEAD_OPS.get(m.group(1), "->" if m.group(1) not in ("=",) else "=")
            text = " " * m.end() + text[m.end():]
        try:
            chains = parse_chains(text, ln.syntax, self.ctx.parse_context())
        except ParseError as exc:
            pos = sum(len(x) + 1 for x in text.split("\n")[:exc.line - 1]) + exc.column - 1
            line, col = ln.locate(pos) if ln.locate else (ln.line + exc.line - 1, (
                ln.column + exc.column - 1) if exc.line == 1 else exc.column)
            return ln, [], None, StepResult(line, line, col, ln.text.strip(), None,
                                            "parse_error", exc.message)
        for chain in chains:  # names used so far, so a later `x = 8` is not a definition
            self._note_definitions_early(chain)
        return ln, chains, lead, None

    def _note_definitions_early(self, chain: Chain) -> None:
        first = chain.parts[0].expr
        if chain.links and chain.links[0].op in ("=", ":=", "===") and _definable(
                first, self.ctx) and isinstance(first, AppliedUndef):
            self.ctx.functions.setdefault(first.func.__name__, sp.Lambda(first.args, first))

    def _chain(self, ln, chain, lead, prev, prev_eq, origin, next_is_equation, errors):
        parts, links = chain.parts, chain.links
        start = 0
        if lead and prev is not None:
            self._step(ln, prev, lead, parts[0], errors)
        elif not links and prev is not None and ln.continues is None:
            self._step(ln, prev, "=", parts[0], errors)
        elif links and _repeats_a_variable(parts[0].expr):
            self.results.append(self._result(ln, parts[1], "unchecked", f"{show(parts[0].expr)} "
                                             "repeats a variable: it defines nothing"))
            return None, None, origin
        elif links and links[0].op in ("=", ":=", "===") and _definable(parts[0].expr, self.ctx):
            self._define(parts[0].expr, parts[1].expr)
            self.results.append(self._result(ln, parts[0], "ok", f"definition of "
                                             f"{show(parts[0].expr)}", method="definition"))
            if len(parts) == 2:  # a bare definition starts nothing to continue from
                self._see(parts)
                return None, None, origin
            start = 1
        elif links and links[0].op == "=" and prev_eq is not None:
            eq = Equation(self.ctx.expand(parts[0].expr), self.ctx.expand(parts[1].expr))
            self._equation_step(ln, prev_eq, eq, parts[1])
            for k in range(1, len(links)):  # `p = a = b`: the rest are claims a = b
                self._step(ln, parts[k], links[k].op, parts[k + 1], errors,
                           label=links[k].label)
            self._see(parts)
            return parts[-1], Equation(eq.lhs, self.ctx.expand(parts[-1].expr)), origin
        elif _is_equation(chain) and not lead:
            eq = Equation(self.ctx.expand(parts[0].expr), self.ctx.expand(parts[1].expr))
            verdict = self._compare(parts[0], parts[1], "=")
            if verdict.status != "equal" and self._holds_with_values(eq):
                verdict = Verdict("equal")  # `p = 0.8` above: the claim is checked below
            if verdict.status != "equal" and (next_is_equation or _symbols_differ(eq)):
                why = "premise (taken as given)" if next_is_equation else \
                    f"holds when {show(eq.lhs)} = {show(eq.rhs)}"
                self.results.append(self._result(ln, parts[1], "unchecked", why,
                                                 method="premise" if next_is_equation
                                                 else "substitution"))
                self._see(parts)
                return parts[-1], eq, origin
        if origin is None:
            origin = parts[start] if parts[start].expr.has(sp.Limit, sp.Derivative) else origin
        for k in range(start, len(links)):
            self._step(ln, parts[k], links[k].op, parts[k + 1], errors, label=links[k].label)
        self._see(parts)
        eq = Equation(parts[0].expr, parts[1].expr) if _is_equation(chain) else None
        return parts[-1], eq, origin

    def _with_values(self, lhs, rhs, approx: bool = False) -> Verdict | None:
        """The comparison with the values defined earlier in the document (`p = 0.8`).

        `p_i = 0.5` also gives p[i] its value inside `\\sum_i p_i …`.
        """
        values = {k: _exact(v) for k, v in self.ctx.values.items()}  # 0.5 is exactly 1/2
        for item in (lhs.atoms(sp.Indexed) | rhs.atoms(sp.Indexed)):
            name = symbol(f"{item.base}_{item.indices[0]}")
            if name in values:
                values[item] = values[name]
        for variable in _variables_of_calculus(lhs, rhs):  # ∂L/∂o keeps o a variable
            values.pop(variable, None)
        used = [k for k in values if isinstance(k, sp.Indexed) or k in (
            lhs.free_symbols | rhs.free_symbols)]
        if not used:
            return None
        return compare(lhs.xreplace(values), rhs.xreplace(values), self.ctx.assumptions,
                       approx=approx, budget=self.budget)

    def _holds_with_values(self, eq: Equation) -> bool:
        verdict = self._with_values(eq.lhs, eq.rhs)
        return verdict is not None and verdict.status == "equal"

    def _see(self, parts) -> None:
        for p in parts:
            self.ctx.seen.update(s.name for s in p.expr.free_symbols)

    def _define(self, left, right) -> None:
        if isinstance(left, AppliedUndef):
            self.ctx.functions[left.func.__name__] = sp.Lambda(left.args, right)
        elif isinstance(left, sp.Symbol):
            self.ctx.values[left] = right
            self.ctx.seen.add(left.name)

    # --- one step --------------------------------------------------------------------------
    def _compare(self, a: Part, b: Part, op: str) -> Verdict:
        ea, eb = self.ctx.expand(a.expr), self.ctx.expand(b.expr)
        fa, fb = unit_factor(a.unit), unit_factor(b.unit)
        if a.unit and b.unit and fa and fb and fa != fb:
            ea, eb = ea * sp.nsimplify(fa), eb * sp.nsimplify(fb)
        return compare(ea, eb, self.ctx.assumptions, approx=(op == "~="), budget=self.budget)

    def _step(self, ln, a: Part, op: str, b: Part, errors: int, label: str | None = None):
        if ON_STEP is not None:
            ON_STEP(ln.line)
        if ln.line in self.skip_lines:
            self.results.append(self._result(ln, b, "unchecked", "this step took longer than "
                                             "its time budget and was stopped"))
            return
        try:
            with deadline(self.budget):
                self._check_step(ln, a, op, b, errors)
        except BudgetExceeded:
            self.results.append(self._result(ln, b, "unchecked", self._spent()))
        except Exception as exc:  # noqa: BLE001 - one bad step must not stop the others
            self.results.append(self._result(ln, b, "unchecked", _failure(exc)))

    def _check_step(self, ln, a: Part, op: str, b: Part, errors: int):
        if op not in CLAIM_OPS:
            self.results.append(self._result(ln, b, "unchecked",
                                             f"the relation {op} is not checked yet"))
            return
        ea, eb = self.ctx.expand(a.expr), self.ctx.expand(b.expr)
        if isinstance(ea, sp.Limit):
            limit_result = self._limit_step(ln, ea, eb, b)
            if limit_result is not None:
                self.results.append(limit_result)
                return
        verdict = self._compare(a, b, op)
        if verdict.status == "equal" and self._first_principles() and b.expr.has(sp.Derivative):
            self.results.append(self._result(
                ln, b, "error", "this problem asks for the derivative from first principles",
                code="method", diagnosis="use the limit of the difference quotient, not the "
                "rules of differentiation", method=verdict.method))
            return
        if verdict.status == "equal":
            note = " (it carries the earlier error forward)" if errors else ""
            self.results.append(self._result(ln, b, "ok", "follows from the previous expression"
                                             + note, method=verdict.method))
            return
        differ = _symbols_differ(Equation(ea, eb))
        if verdict.status == "unknown" or differ:
            again = self._with_values(ea, eb, op == "~=") if differ else None
            if again is not None and again.status == "equal":
                self.results.append(self._result(ln, b, "ok", "follows with the values defined "
                                                 "above", method=again.method))
            elif verdict.status == "unknown":
                self.results.append(self._result(ln, b, "unchecked", verdict.reason or
                                                 "undecided", method=verdict.method or None))
            else:
                self.results.append(self._result(
                    ln, b, "unchecked", f"a substitution: holds when {show(ea)} = {show(eb)}",
                    method="substitution"))
            return
        if isinstance(ea, sp.Limit) and isinstance(eb, sp.Limit):
            found = diagnose(ea.args[0], eb.args[0])
        else:
            worked = ea.has(sp.Derivative, sp.Sum, sp.Product, sp.Integral, sp.Subs)
            found = diagnose(_value(ea) if worked else ea, eb, previous=ea)
        code, why = found if found else ("other", None)
        self.results.append(self._result(ln, b, "error", "not equal to the previous expression",
                                         code=code, diagnosis=why, method=verdict.method))

    def _equation_step(self, ln, old: Equation, new: Equation, part: Part) -> None:
        old_symbols = old.lhs.free_symbols | old.rhs.free_symbols
        gone = old_symbols - (new.lhs.free_symbols | new.rhs.free_symbols)
        if gone and not (new.lhs.free_symbols | new.rhs.free_symbols) - old_symbols:
            names = ", ".join(sorted(show(s) for s in gone))
            self.results.append(self._result(ln, part, "unchecked", "a substitution: values "
                                             f"were put in for {names}", method="substitution"))
            return
        verdict = compare(sp.Eq(old.lhs, old.rhs, evaluate=False),
                          sp.Eq(new.lhs, new.rhs, evaluate=False), self.ctx.assumptions,
                          budget=self.budget)
        if verdict.status == "equal":
            self.results.append(self._result(ln, part, "ok", "an equivalent equation",
                                             method=verdict.method))
        elif verdict.direction == "forward":
            self.results.append(self._result(ln, part, "warning", verdict.reason or
                                             "follows, but not conversely", method=verdict.method))
        elif verdict.status == "not_equal":
            code, why = "solve-step", None
            same_lhs = compare(old.lhs, new.lhs, self.ctx.assumptions, budget=self.budget)
            if same_lhs.status == "equal" and not isinstance(new.lhs, sp.Symbol):
                found = diagnose(_value(old.rhs), new.rhs)
                if found:
                    code, why = found
            elif isinstance(new.lhs, sp.Symbol):
                correct = _solve_for(old, new.lhs)
                if correct is not None:
                    code, why = diagnose_solve_step(correct, new.rhs, new.lhs)
            self.results.append(self._result(ln, part, "error", "this equation does not follow "
                                             "from the previous one", code=code, diagnosis=why,
                                             method=verdict.method))
        else:
            self.results.append(self._result(ln, part, "unchecked", verdict.reason or "undecided"))

    def _close_block(self, origin: Part | None, last: Part | None, errors: int) -> None:
        """A derivation that started from a known value and ended elsewhere: final-answer."""
        if origin is None or last is None or not errors or not self.results:
            return
        result = self.results[-1]
        if result.verdict != "ok":
            return
        verdict = compare(self.ctx.expand(origin.expr), self.ctx.expand(last.expr),
                          self.ctx.assumptions, budget=self.budget)
        if verdict.status == "not_equal":
            result.verdict, result.code = "error", "final-answer"
            result.message = "the final result is wrong (an earlier error carried forward)"
            try:
                right = self.ctx.expand(origin.expr).doit()
                result.diagnosis = f"the right result is {show(sp.simplify(right))}"
            except (ValueError, TypeError, NotImplementedError):
                pass

    def _result(self, ln: Line, part: Part | None, verdict: str, message: str, *,
                code=None, diagnosis=None, method=None) -> StepResult:
        if part is None:
            return StepResult(ln.line, ln.line, ln.column, ln.text.strip(), None, verdict,
                              message, code, diagnosis, method)
        line, col, end = _position(ln, part.span)
        return StepResult(line, end, col, part.span.text, "=", verdict, message, code,
                          diagnosis, method)


def _repeats_a_variable(expr) -> bool:
    """`f(x, x)`: an undefined function whose arguments repeat a symbol."""
    return (isinstance(expr, AppliedUndef) and all(isinstance(a, sp.Symbol) for a in expr.args)
            and len(set(expr.args)) < len(expr.args))


def _variables_of_calculus(*exprs) -> set:
    """Symbols that a derivative, limit, sum, product or integral varies: never given a value."""
    found = set()
    for expr in exprs:
        for node in expr.atoms(sp.Derivative, sp.Limit, sp.Sum, sp.Product, sp.Integral):
            if isinstance(node, sp.Derivative):
                found |= {v for v, _ in node.variable_count}
            elif isinstance(node, sp.Limit):
                found.add(node.args[1])
            else:
                found |= {limit[0] for limit in node.limits}
    return found


def _failure(exc: Exception) -> str:
    """Why a step could not be checked: the user's error (an unreadable assumption) as it is,
    anything else as an internal error."""
    return str(exc) if isinstance(exc, TutorError) else internal_error(exc)


def _exact(expr):
    """A learner's decimal argument as the exact number written: H(0.98) uses 1 - 49/50."""
    from tutor.judge.decimals import exact

    return exact(expr) if expr.has(sp.Float) else expr


def _value(expr):
    """The expression with derivatives, sums and ML functions worked out, when that is quick."""
    try:
        return expand_ml(expr).doit()
    except (ValueError, TypeError, NotImplementedError):
        return expr


def _is_equation(chain: Chain) -> bool:
    return len(chain.parts) == 2 and chain.links[0].op == "="


def _symbols_differ(eq: Equation) -> bool:
    return eq.lhs.free_symbols != eq.rhs.free_symbols


def _definable(expr, ctx: Context) -> bool:
    """A new name on the left of `=` defines it: `g(x) = …`, `p_i = …`, `H = …`."""
    if isinstance(expr, sp.Symbol):
        return expr.name not in ctx.seen and len(expr.name) > 0
    if isinstance(expr, AppliedUndef):
        name = expr.func.__name__
        return (name not in KNOWN_FUNCTIONS and all(isinstance(a, sp.Symbol) for a in expr.args)
                and len(set(expr.args)) == len(expr.args)  # f(x, x) = … defines nothing
                and name not in ("P", "p", "E", "var", "Var"))
    return False


def _solve_for(eq: Equation, var: sp.Symbol):
    try:
        sols = sp.solve(sp.Add(eq.lhs, -eq.rhs), var, rational=True)
        return sols[0] if len(sols) == 1 else None
    except (NotImplementedError, ValueError, TypeError):
        return None

"""What a derivation walk carries: its lines, its context of definitions, and small helpers."""

from __future__ import annotations

from collections.abc import Callable
from contextlib import contextmanager
from dataclasses import dataclass, field

import sympy as sp

from tutor.compat import AppliedUndef
from tutor.derive.conditional_laws import laws_put_in
from tutor.derive.counts import counted_names
from tutor.derive.defined_values import (
    calls_at_derivative_points,
    defined_derivative,
    indexed_in_sums,
    named_gradients,
    names_in_limits,
)
from tutor.derive.earlier_sections import SIBLING_SECTION, left_above
from tutor.derive.entry_derivatives import in_entries
from tutor.derive.formulas import with_formulas
from tutor.derive.given_derivatives import with_given_derivatives
from tutor.derive.graph import through_definitions
from tutor.derive.increments import increments_on_line
from tutor.derive.index_conditions import case_in_force, conditions_alone, said_totals
from tutor.derive.new_names import definable
from tutor.derive.overloads import defined_body, derivatives_at_calls
from tutor.derive.parameters import (  # noqa: F401 (re-exported)
    note_signature,
    older_function_forgotten,
    parameters_of,
    power_parameter,
)
from tutor.derive.parent_sections import ParentSections
from tutor.derive.standard_normal import masses_with_standard_z
from tutor.derive.swapped_formulas import picks_other_values
from tutor.derive.tables import with_tables
from tutor.derive.vector_components import components_in
from tutor.derive.vector_values import numbers_transposed
from tutor.derive.worked import value_of  # noqa: F401 (re-exported)
from tutor.errors import TutorError, internal_error
from tutor.indices import family_entries
from tutor.judge.conventions import indicators
from tutor.judge.decimals import exact
from tutor.judge.equivalence import Equation
from tutor.judge.indexed import SEED, free_values, index_symbols
from tutor.judge.law_formulas import with_law_formulas
from tutor.judge.order_limits import without_general_orders
from tutor.judge.sum_ranges import UNBOUNDED
from tutor.model import Assumptions, Chain, Part, StepResult, assumptions_from
from tutor.read.assumptions import read_assumptions
from tutor.read.calls import ParseContext
from tutor.trees import nodes_of
from tutor.vectors import Gradient

CLAIM_OPS = {"=", "->", "=>", "~=", "===", ":=", "<=>"}


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
    follows: bool = False  # its block follows the block before with little or no prose between
    independent: frozenset = frozenset()  # random variables the prose states independent here
    section: int = 0  # how many headings stand above it
    described: tuple = ()  # laws the prose describes in words here: ((name, law), …)
    adjacent: bool = False  # its block follows the block before with no words between
    tables: tuple = ()  # data of a table just above: ((name, numbers), …)
    one_hot: frozenset = frozenset()  # labels the prose states one-hot here: Σ_k y_k = 1
    reason: bool = False  # `\\because σ(z) = …` between rows: an aside, the chain goes past it
    zero_said: bool = False  # "setting it to zero" before its block: what stood above = 0
    named: str = ""  # `sum $= 11.107$`: the word its `= …` gives the value of
    trailing: tuple = ()  # `$f'(x) = 1$ for $x > 0$`: bounds its claims hold under
    level: int = 0  # the level of the heading above it (`###`: 3), 0 if none is known
    other_index: str = ""  # `For incorrect class $j$`: an index the prose takes as another
    item: bool = False  # it opens an item of a list: a fact of its own, or a step


@dataclass(frozen=True)
class ParsedLine:
    """A line as read: its chains and leading relation, or the result saying why it cannot be."""

    line: Line
    chains: list
    lead: str | None
    error: StepResult | None


@dataclass
class Context:
    """What the derivation knows so far: definitions, assumptions, the base of bare log."""

    assume: list = field(default_factory=list)
    functions: dict[str, sp.Lambda] = field(default_factory=dict)
    values: dict[sp.Symbol, sp.Basic] = field(default_factory=dict)
    given: dict[sp.Symbol, sp.Basic] = field(default_factory=dict)  # a problem's fixed values
    seen: set[str] = field(default_factory=set)
    defined: set[str] = field(default_factory=set)  # functions whose definition was walked
    calls: dict = field(default_factory=dict)  # H(S) = 0.97: a value at one argument only
    given_at: dict = field(default_factory=dict)  # h'(2) = 8: the section its value was given in
    called: set[str] = field(default_factory=set)  # `v(t) = …` read v as a function from here
    read_as: dict = field(default_factory=dict)  # f(x, y) = … seen last: ∇f below reads in x, y
    log_base: int | None = None
    vectors: frozenset = frozenset()  # names declared vectors or matrices (front matter)
    laws: dict = field(default_factory=dict)     # moments of declared random variables
    moments: dict = field(default_factory=dict)  # moments stated in the blocks in sequence
    probabilities: list = field(default_factory=list)  # stated: P(+|D) - 0.9 (each is 0)
    distributions: dict = field(default_factory=dict)  # X -> (family, arguments): X ~ Bin(n, p)
    independent: frozenset = frozenset()  # names stated independent where the walk stands
    tables: dict = field(default_factory=dict)  # p = (0.5, 0.25, 0.25): name -> its values
    premised: set = field(default_factory=set)  # names given by a premise (a = wx + b)
    named: set = field(default_factory=set)  # names on the left of `=` in the lines read
    formulas_read: dict = field(default_factory=dict)  # L = (ŷ - y)^2 read: L -> {ŷ, y}
    counts: frozenset = frozenset()  # n of Σ_{i=1}^n above: a count, a whole number ≥ 1
    standing: tuple = ()  # `$\lambda > 0$` said in this section: relations that hold in it
    section: int = 0  # how many headings and problem labels stand above the line walked
    stale: set = field(default_factory=set)  # names valued under an earlier heading or label
    parents: ParentSections = field(default_factory=ParentSections)  # the headings open above
    formulas: dict = field(default_factory=dict)  # z = w x + b = 0.6: z -> w x + b (for ∂z/∂w)
    claimed: dict = field(default_factory=dict)  # ∂L/∂z = -0.4905: (section, value) (see
    # tutor.derive.claimed_derivatives)
    headed: dict = field(default_factory=dict)  # the functions defined when the heading came
    older: dict = field(default_factory=dict)  # … and when the heading before it came
    conditionals: dict = field(default_factory=dict)  # p(x | μ, σ²) = …: the laws in outcomes
    described: int | None = None  # the section in which an expression was written alone
    sums_above: tuple = (None, ())  # (block, sums) of the row read last (tutor.read.sums_above)
    _assumptions: Assumptions | None = None
    _counted: tuple | None = None  # (assumptions, counts, standing, all merged), made once

    @property
    def assumptions(self) -> Assumptions:
        """The assumption texts, read once (an unreadable one raises AssumptionError), the
        counts of the sums read so far and the conditions said in this section."""
        base = self._base_assumptions()
        if not (self.counts or self.standing):
            return base
        if self._counted is None or self._counted[0] is not base \
                or self._counted[1:3] != (self.counts, self.standing):
            counted = assumptions_from({s.name: {"integer"} for s in self.counts},
                                       [sp.Ge(s, 1, evaluate=False) for s in self.counts]
                                       + list(self.standing))
            self._counted = (base, self.counts, self.standing, base.merged(counted))
        return self._counted[3]

    def enter_section(self, section: int, independent: frozenset, level: int = 0) -> None:
        """A heading: what was said under the one before no longer stands (its conditions),
        and a function defined there may be defined anew (`ℓ(θ) = …` for the next model);
        `independent`: the random variables the prose states independent where the walk is."""
        self.independent, self.section_entered = independent, section != self.section
        self.new_exercise = section - self.section >= SIBLING_SECTION  # its equations are its own
        if section != self.section:
            jump = section - self.section  # skipped: a heading with no math passed by
            skipped, self.section, self.standing = 1 < jump % SIBLING_SECTION <= jump, section, ()
            self.defined, self.stale = set(), left_above(self, jump >= SIBLING_SECTION)
            self.stale -= self.parents.enter(self.values, level)  # `## Binomial`'s p under `###`
            self.older = dict(self.functions) if skipped else self.headed  # f(x) = x³ above:
            self.headed = dict(self.functions)  # f here may be another

    def _base_assumptions(self) -> Assumptions:
        if self._assumptions is None:
            self._assumptions = read_assumptions(self.assume)
        return self._assumptions

    def note_counts(self, expr) -> None:
        """A sum's upper bound n, a sequence's index n → ∞ (tutor.derive.counts)."""
        self.counts |= counted_names(expr)

    @contextmanager
    def assuming(self, relations: list):
        """These assumptions and `relations` too, while the block runs (a line's own bounds)."""
        saved = self._base_assumptions()
        for relation in relations:  # a relation, or (name, word): `n \in \mathbb{N}` beside
            self._assumptions = self._assumptions.merged(assumptions_from(
                {relation[0]: {relation[1]}}, [])) if isinstance(
                relation, tuple) else self._assumptions.with_relation(relation)
        try:
            yield
        finally:
            self._assumptions = saved

    def snapshot(self) -> tuple:
        """What the lines of a derivation change: defined functions, values, names seen."""
        return (dict(self.functions), dict(self.values), set(self.seen), set(self.defined),
                dict(self.calls), set(self.called), dict(self.laws), dict(self.moments),
                list(self.probabilities), dict(self.distributions), set(self.premised),
                list(getattr(self, "totals", [])), getattr(self, "said", (None, [])),
                (dict(self.tables), self.counts, self.standing, self.section, set(self.stale),
                 dict(self.conditionals), dict(self.claimed)))

    def restore(self, snapshot: tuple) -> None:
        (functions, values, seen, defined, calls, called, laws, moments, probabilities,
         distributions, premised, totals, said, document) = snapshot
        tables, self.counts, self.standing, self.section, stale, self.conditionals, claimed = \
            document  # claimed: ∂L/∂z = -0.4905, a derivative's value (claimed_derivatives)
        self.tables, self.stale, self.claimed = dict(tables), set(stale), dict(claimed)
        self.laws, self.moments = dict(laws), dict(moments)
        self.probabilities, self.distributions = list(probabilities), dict(distributions)
        self.functions, self.values, self.seen = dict(functions), dict(values), set(seen)
        self.defined, self.calls, self.called = set(defined), dict(calls), set(called)
        self.premised, self.totals, self.said = set(premised), list(totals), said

    def note_definition_early(self, chain: Chain) -> None:
        """A definition seen while reading, before the walk: `g(x) = …` makes g a function of
        the lines read after it; `L = …` lets them read ∂L/∂a (tutor.derive.graph)."""
        first = chain.parts[0].expr
        if not (chain.links and chain.links[0].op in ("=", ":=", "===") and definable(first, self)):
            return
        if isinstance(first, AppliedUndef):  # f(x) above, f(x, y) = … here: ∇f below in x, y
            note_signature(self, first)
        elif isinstance(first, sp.Symbol):
            self.named.add(first.name)
            names = {s.name for s in chain.parts[1].expr.free_symbols} - {first.name}
            if len(names) > 1:  # Z = x^2 y^4: Z_x below is ∂Z/∂x (tutor.read.subscript_partials)
                self.formulas_read[first.name] = frozenset(names)

    def index_conditions(self, chains: list, block: int, beside: list, line: int) -> list:
        """The relations (`k ≠ i`, `i = j`, a total) the claims of this line hold under."""
        totals = list(getattr(self, "totals", []))
        self.totals = totals + said_totals(chains)
        if beside:  # `∂a_j/∂z_i = …, \quad i ≠ j`: this line only
            return totals + beside
        said = conditions_alone(chains)
        if said:
            self.said = (block, said, line)
            return totals
        self.said, conditions = case_in_force(getattr(self, "said", (None, [])), block, line)
        return totals + conditions

    def parse_context(self, text: str = "") -> ParseContext:
        """How a line is read here; a function letter `text` uses as an increment (`x + h`) is
        a plain name on it (tutor.derive.increments)."""
        signatures = {**{n: b.variables for n, b in self.functions.items()}, **self.read_as}
        signatures = frozenset((n, tuple(str(v) for v in p)) for n, p in signatures.items())
        functions = frozenset(self.functions) | self.called
        return ParseContext(functions=functions - increments_on_line(text, functions),
                            values=frozenset(self.named), vectors=self.vectors,
                            formulas=frozenset(self.formulas_read.items()),
                            log_base=self.log_base, signatures=signatures)

    def expand(self, expr):
        """Replace defined functions by their bodies."""
        if self.given:  # p = 0.1 given: never put into d/dp (p stays the variable there)
            expr = expr.xreplace({k: v for k, v in self.given.items()
                                  if k not in variables_of_calculus(expr)})
        if self.calls:  # ∂ ln L(μ, σ²)/∂μ of L(μ, σ²) = …: in u at μ
            expr = calls_at_derivative_points(expr, self.calls).xreplace(self.calls)
        expr = with_tables(expr, self)  # Σ_x p(x) with p = (0.5, 0.5) above; H(0.8) of a coin
        if self.distributions:  # P(X = 2) of X ~ Bin(10, 0.3): its mass
            expr = masses_with_standard_z(expr, self)
        made_of = {k: exact(v) if isinstance(v, sp.Basic) else v for k, v in with_formulas(
            self.values, self.formulas, self.stale, expr).items()}  # tanh(a) at 0.5: no float
        made_of = components_in(made_of, expr, self.tables)  # ∂L/∂w_1 through ŷ = w^T x
        expr = through_definitions(expr, made_of, self.premised)  # ∂L/∂a, p_k of p_i
        expr = names_in_limits(expr, made_of)  # lim_{x→0} y of y = x² + 1 above
        if self.values and expr.has(sp.Derivative):  # ∂L/∂ŷ of an L defined above
            expr = expr.replace(lambda e: isinstance(e, sp.Derivative) and isinstance(
                e.expr, AppliedUndef), lambda d: defined_derivative(d, made_of,
                                                                    self.functions, self.calls))
        expr = named_gradients(expr, self.functions)  # ∇_w J of J(w) above: J at w
        expr = derivatives_at_calls(expr)  # a'(b(c(x))) with b, c defined: a' at that call
        for _ in range(4):  # ℓ(θ) = log L(θ) with L defined above: its body too
            if not any(self._defined_call(f) for f in nodes_of(expr, AppliedUndef)):
                break
            expr = expr.replace(self._defined_call, lambda e: defined_body(self.functions, e)(
                *[exact(a) for a in e.args])).xreplace(self.calls)  # I(X; Y) = H(X) + …
        expr = with_given_derivatives(laws_put_in(expr, self.conditionals), self.calls)  # f'(0)
        expr, positive = with_law_formulas(expr, self.functions)  # Pois(k; λ): λ^k e^{-λ}/k!
        self.standing += tuple(f for f in positive if f not in self.standing)  # N(x; μ, σ²)
        expr = indicators(in_entries(expr))  # ∂L/∂z_1 of L = -Σ_k y_k ln p_k: in z[1]; 𝟙(z > 0)
        if not self.values:
            return expr
        return numbers_transposed(indexed_in_sums(expr, self.values), self.values)  # e_i in Σ_i

    def _defined_call(self, expr) -> bool:
        """A call of a defined function with its number of arguments."""
        body = defined_body(self.functions, expr)
        return body is not None and not picks_other_values(expr, body, self.calls)  # H(q, p)


def position_of(line: Line, part_span) -> tuple[int, int, int]:
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


def repeats_a_variable(expr) -> bool:
    """`f(x, x)`: an undefined function whose arguments repeat a symbol."""
    return (isinstance(expr, AppliedUndef) and all(isinstance(a, sp.Symbol) for a in expr.args)
            and len(set(expr.args)) < len(expr.args))


def variables_of_calculus(*exprs) -> set:
    """Symbols that a derivative, limit, sum, product or integral varies: never given a value."""
    found = set()
    for expr in exprs:
        for node in nodes_of(expr, sp.Derivative, sp.Limit, sp.Sum, sp.Product, sp.Integral,
                             Gradient):
            if isinstance(node, sp.Derivative):
                found |= {v for v, _ in node.variable_count}
            elif isinstance(node, Gradient):  # ∇_w L with w = 0.5 given: in w, then at 0.5
                found |= {node.args[1]} if isinstance(node.args[1], sp.Symbol) else set()
            elif isinstance(node, sp.Limit):
                found.add(node.args[1])
            else:
                found |= {limit[0] for limit in node.limits}
    return found


def failure_reason(exc: Exception) -> str:
    """Why a step could not be checked: the user's error (an unreadable assumption) as it is,
    anything else as an internal error."""
    if isinstance(exc, (OverflowError, RecursionError)):  # a huge integer made a count;
        return "a number or an expression too large to check"  # (99999!)!: sympy recursing
    return str(exc) if isinstance(exc, TutorError) else internal_error(exc)


def is_equation(chain: Chain) -> bool:
    return len(chain.parts) == 2 and chain.links[0].op == "="


def symbols_differ(eq: Equation) -> bool:
    """Whether the sides have different free values (x_i bound by a sum is none: Σ_i p_i and
    Σ_n p_n have the same; ∂/∂z_k of an expression without z_k is a function of z_k)."""
    entries = family_entries(eq.lhs, eq.rhs)  # z_i beside Σ_j z_j: values of the family z

    def values_of(side) -> set:  # indices (i in z[i], k in ∂/∂z[k]) are the family's too
        found = free_values(side) | _varied(side)
        drawn = entries | index_symbols(side) | {i for d in nodes_of(side, sp.Derivative)
                                                 for v in d.variables if isinstance(v, sp.Indexed)
                                                 for i in v.free_symbols if i != v.base.label}
        unbounded = {s for s in found if s.name == UNBOUNDED}  # Σ_j runs over every j: the
        return (found - drawn - unbounded) | ({SEED} if found & drawn  # range is no value
                                              or drawn & index_symbols(side) else set())

    return values_of(without_general_orders(eq.lhs)) != values_of(without_general_orders(eq.rhs))


def _varied(expr) -> set:
    """The plain variables a derivative is taken in, unless a value is put in for them."""
    found = {v for d in nodes_of(expr, sp.Derivative) for v in d.variables
             if isinstance(v, sp.Symbol)}
    return found - {v for s in nodes_of(expr, sp.Subs) for v in s.variables}


# `v(t) = t^2 + 1` at the start of a statement: v is a function being defined, not v times t
def names_a_value(expr) -> bool:
    """`P(y=1)`, `P(A|B)`, `E(X)`, `f(2)`: unknown functions, every symbol inside them."""
    calls = nodes_of(expr, AppliedUndef)
    inside = set().union(*(call.free_symbols for call in calls)) if calls else set()
    return bool(calls) and expr.free_symbols <= inside


@dataclass(frozen=True)
class WalkState:
    """Where the walk stands after a line: what the next line is checked against."""

    prev: Part | None = None
    prev_eq: Equation | None = None
    origin: Part | None = None
    errors: int = 0
    block: object = None
    carried: Equation | None = None  # the last equation of the blocks before: conditions follow
    body: Part | None = None         # the right side of a definition just made
    first: Part | None = None        # where the chain of steps began: a line may return to it
    unreadable: bool = False  # the line before could not be read
    follows: bool = False  # the first line of a block right after another: a sequence goes on
    prev_condition: object = None  # the inequality (a condition to solve) on the line above
    in_case: bool = False  # it stands after ⇒: a line without ⇒ starts another case
    beside: bool = False  # an equation after a comma beside another: a system, or a step
    valued: Equation | None = None  # the last `left side = a number` said (compared if again)
    mentions: bool = True  # its block so far only names expressions (`multiply by $p(1-p)$`)


def has_calculus(expr) -> bool:
    """A sum, product, integral, derivative, gradient or limit: a side that states an identity."""
    return expr.has(sp.Sum, sp.Product, sp.Integral, sp.Derivative, sp.Limit, Gradient)

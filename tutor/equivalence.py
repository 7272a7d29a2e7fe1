"""Decide whether two expressions or equations are equal: a ladder of rungs under a time budget.

The rungs: identical after evaluation; constants by exact arithmetic (a bare decimal is read to
the precision written); otherwise random points of the assumed domain, screened all at once in
floating point, then algebra (expand, cancel) when no point disagrees, then "equal" by agreement
at many points. Every numeric verdict is settled in high precision with mpmath: a "not_equal"
needs a witness whose difference is stable as the precision grows, an "equal" needs points where
the difference vanishes. Anything else is "unknown" with the reason.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import mpmath
import sympy as sp
from sympy.core.function import AppliedUndef

from tutor.assumptions import Assumptions, read_assumptions
from tutor.budget import AttemptTimedOut, BudgetExceeded, Clock, attempt, deadline
from tutor.builder import ELLIPSIS, PLUS_MINUS, Chain, ParseContext
from tutor.compiling import _infinite
from tutor.decimals import APPROX_TOLERANCE, compare_numbers, exact, rounding_interval
from tutor.errors import TutorError, internal_error
from tutor.functions import expand_ml
from tutor.high_precision import DPS, Evaluator, _magnitude
from tutor.model import Verdict
from tutor.opaque import opaque
from tutor.points import _fmt, _seed
from tutor.probing import Probe

__all__ = [  # the public API, and the names other modules import from here
    "DPS", "Equation", "Evaluator", "_fmt", "_seed", "as_object", "clear_caches", "compare",
    "compare_expressions", "evaluated", "exact", "expand_ml", "prepare", "unit_factor",
]

MAX_EXPANDED_TERMS = 3000
MAX_NODES = 1500     # larger expressions are not checked
UNITS = {"bit": 1, "bits": 1, "byte": 8, "bytes": 8, "B": 8, "kB": 8e3, "KB": 8e3, "MB": 8e6,
         "GB": 8e9, "TB": 8e12, "KiB": 8 * 2**10, "MiB": 8 * 2**20, "GiB": 8 * 2**30,
         "nat": 1 / float(mpmath.log(2)), "nats": 1 / float(mpmath.log(2))}


@dataclass
class Equation:
    """lhs = rhs, compared with other equations by solution sets."""

    lhs: sp.Basic
    rhs: sp.Basic

    @property
    def zero(self) -> sp.Basic:
        return sp.Add(self.lhs, -self.rhs)


@dataclass(frozen=True)
class Refused:
    """Text that reads fine but is not one expression or equation (a chain, several statements,
    an inequality): compare answers "unknown" with the reason."""

    reason: str


def as_object(x, context: ParseContext | None = None):
    """A string, Chain, sympy Eq or expression as an expression, an Equation or Refused."""
    return _read(x, context)[0]


def _read(x, context: ParseContext | None = None):
    """(expression, Equation or Refused; the text of a lone expression when there is one)."""
    if isinstance(x, str):
        from tutor.parsing import parse_chains

        chains = parse_chains(x, "auto", context)
        if len(chains) != 1:
            return Refused("several statements: compare one expression or equation at a time"), None
        x = chains[0]
    if isinstance(x, Chain):
        if len(x.parts) == 1:
            return x.parts[0].expr, x.parts[0].span.text
        if len(x.parts) == 2 and x.links[0].op == "=":
            return Equation(x.parts[0].expr, x.parts[1].expr), None
        if len(x.parts) == 2 and x.links[0].op in RELATIONS:
            return RELATIONS[x.links[0].op](x.parts[0].expr, x.parts[1].expr,
                                            evaluate=False), None
        return Refused("a chain of relations: compare one expression or equation at a time"), None
    if isinstance(x, sp.Equality):
        return Equation(x.lhs, x.rhs), None
    return x, None


RELATIONS = {"<": sp.StrictLessThan, "<=": sp.LessThan, ">": sp.StrictGreaterThan,
             ">=": sp.GreaterThan, "!=": sp.Unequality}
ARGUMENT_TYPES = (str, sp.Basic, Chain, Equation)


def clear_caches() -> None:
    """Forget what earlier checks cached (assumptions read, evaluators): for benchmarks."""
    from tutor.assumptions import _read_texts
    from tutor.equations import _EVALUATORS

    _read_texts.cache_clear()
    _EVALUATORS.clear()


def compare(a, b, assume=(), *, approx: bool = False, budget: float = 2.0,
            context: ParseContext | None = None) -> Verdict:
    """Are `a` and `b` equal under the assumptions? Sound: unsure means "unknown".

    Raises ParseError for text it cannot read and TypeError for an argument that is neither
    text nor a sympy object; anything else that goes wrong inside is an "unknown" verdict.
    """
    for x in (a, b):
        if not isinstance(x, ARGUMENT_TYPES):
            raise TypeError(f"compare takes text or sympy expressions, not {type(x).__name__}")
    if isinstance(assume, str):
        assume = (assume,)
    clock = Clock(budget)
    try:
        with deadline(budget):
            (a, text_a), (b, text_b) = _read(a, context), _read(b, context)
            assumptions = read_assumptions(assume)
            return _compare_read(a, b, assumptions, clock, approx, (text_a, text_b))
    except BudgetExceeded:
        return Verdict("unknown", reason=f"time budget of {budget:g} s spent")
    except RecursionError:
        return Verdict("unknown", reason="expression too deeply nested to check")
    except MemoryError:
        return Verdict("unknown", reason="expression too large to check")
    except TutorError:
        raise
    except Exception as exc:  # noqa: BLE001 - any other failure is an honest "unknown"
        return Verdict("unknown", reason=internal_error(exc))


def _compare_read(a, b, assumptions: Assumptions, clock: Clock, approx: bool, texts) -> Verdict:
    for x in (a, b):
        if isinstance(x, Refused):
            return Verdict("unknown", reason=x.reason)
    if isinstance(a, sp.Rel) or isinstance(b, sp.Rel):
        return _compare_relations(a, b)
    if isinstance(a, Equation) and isinstance(b, Equation):
        from tutor.equations import compare_equations

        return compare_equations(a, b, assumptions, clock)
    if isinstance(a, Equation) or isinstance(b, Equation):
        return Verdict("unknown", reason="one side is an equation, the other is not")
    return compare_expressions(a, b, assumptions, clock, approx=approx, texts=texts)


def _compare_relations(a, b) -> Verdict:
    """Inequalities: the same relation written either way round; other pairs are not decided."""
    if isinstance(a, sp.Rel) and isinstance(b, sp.Rel):
        if a.canonical == b.canonical or (
                isinstance(a, sp.Unequality) and isinstance(b, sp.Unequality)
                and {a.lhs, a.rhs} == {b.lhs, b.rhs}):
            return Verdict("equal", "the same relation, written the other way round")
        return Verdict("unknown", reason="inequalities are compared only when they are the "
                                         "same relation written another way")
    return Verdict("unknown", reason="one side is an inequality, the other is not")


def compare_expressions(a, b, assumptions: Assumptions, clock: Clock, *,
                        approx: bool = False, texts=(None, None)) -> Verdict:
    """The ladder for two expressions (`texts`: how they were written, when known)."""
    if a == b:
        return Verdict("equal", "identical")
    for special, shown in ((ELLIPSIS, "…"), (PLUS_MINUS, "±")):
        if a.has(special) or b.has(special):
            return Verdict("unknown", reason=f"'{shown}' cannot be checked")
    too_big = _too_big(a) or _too_big(b)
    if too_big:
        return Verdict("unknown", reason=too_big)
    rounded = rounding_interval(a, texts[0]), rounding_interval(b, texts[1])
    counting = _counting_symbols(a) | _counting_symbols(b)
    a, b = prepare(exact(a), clock), prepare(exact(b), clock)
    if a == b:
        return Verdict("equal", "identical after evaluation")
    unevaluated = _unevaluated(a) or _unevaluated(b)
    if unevaluated:
        return Verdict("unknown", reason=unevaluated)
    a_open, b_open, opened = opaque(a, b)
    opened.counting = counting
    if not (a_open.free_symbols or b_open.free_symbols):
        return compare_numbers(a, b, rounded, approx)
    checks = Probe(a_open, b_open, assumptions, clock, opened=opened,
                   tolerance=APPROX_TOLERANCE if approx else None)
    if not checks.points.n:
        return Verdict("unknown", reason="found no point that meets the assumptions")
    verdict = checks.refute()
    if verdict is None:
        proof = cheap_proof(a, b)
        if proof and proof[0] == "equal":
            return Verdict("equal", proof[1])
        verdict = checks.conclude()
        if proof and verdict.status != "not_equal":
            verdict = checks.constant_difference(proof[1]) or verdict
    if verdict.status == "not_equal" and opened.meaning:
        return Verdict("unknown", reason=f"depends on what {opened.meaning} means",
                       witness=verdict.witness)
    one_sided = _one_sided(a_open, b_open, opened)
    if verdict.status == "not_equal" and one_sided:
        return Verdict("unknown", reason=f"holds for some choice of {one_sided}: an unknown "
                                         "function on one side only cannot be refuted")
    return verdict


def _one_sided(a, b, opened) -> str | None:
    """A named function's value on one side only (`int(x^x, x)` vs `x`, `var(X)` vs `1`).

    f, g, h… are any functions: a claim about them must hold for all of them, so a witness
    stands. A function with a meaning (var, E, int, KL…) may make the claim true: unknown.
    """
    for s, call in opened.names.items():
        name = getattr(getattr(call, "func", None), "__name__", "")
        if (len(name) > 1 or name == "E") and (s in a.free_symbols) != (s in b.free_symbols):
            return str(call)
    return None


# --- preparing the expressions -----------------------------------------------------------

def _too_big(expr) -> str | None:
    for p in expr.atoms(sp.Pow):
        if p.exp.is_number and p.base not in (0, 1, -1) and _magnitude(p.exp) > 1e5:
            return "a power too large to evaluate"
    for f in expr.atoms(sp.factorial, sp.binomial):
        if any(a.is_number and _magnitude(a) > 5000 for a in f.args):
            return "a factorial too large to evaluate"
    if _node_count(expr, MAX_NODES) > MAX_NODES:
        return "expression too large to check"
    return None


def _counting_symbols(expr) -> set:
    """Symbols that bound a sum or product: they count, so they take whole values."""
    found = set()
    for big in expr.atoms(sp.Sum, sp.Product):
        for _, low, high in big.limits:
            found |= low.free_symbols | high.free_symbols
    return found


def _node_count(expr, limit: int) -> int:
    """How many nodes expr has, counting no further than just past `limit`."""
    count = 0
    for _ in sp.preorder_traversal(expr):
        count += 1
        if count > limit:
            break
    return count


def _unevaluated(expr) -> str | None:
    if expr.has(sp.Limit):
        return "the limit could not be evaluated and confirmed numerically in time"
    if expr.has(sp.Integral):
        return "the integral could not be evaluated in time"
    if any(not s.is_number for d in expr.atoms(sp.Derivative) for s in [d.expr]
           if not isinstance(d.expr, AppliedUndef)):
        return "the derivative could not be evaluated"
    return None


def prepare(expr, clock: Clock):
    """Expand ML functions and evaluate derivatives, limits, sums and integrals in the budget."""
    expr = evaluated(expand_ml(expr))
    if expr.has(sp.Derivative, sp.Integral, sp.Subs):
        try:
            with attempt(min(clock.remaining(), 1.0)):
                expr = expr.replace(lambda e: isinstance(e, (sp.Derivative, sp.Integral, sp.Subs)),
                                    lambda e: e.doit())
        except (AttemptTimedOut, NotImplementedError, ValueError, TypeError):
            pass
    if expr.has(sp.Limit):  # sympy's limit is trusted only when numbers near the point agree
        from tutor.limit_values import verified_limit

        for lim in sorted(expr.atoms(sp.Limit), key=sp.count_ops):
            value = verified_limit(lim, min(clock.remaining(), 1.0))
            if value is not None:
                expr = expr.xreplace({lim: value})
    seconds = _closed_form_budget(expr)
    if seconds:
        try:
            with attempt(min(clock.remaining() / 4, seconds)):
                done = expr.doit()
                if not done.has(sp.Sum, sp.Product) or _node_count(done, 10**4) < 4 * _node_count(
                        expr, 10**4) + 40:
                    expr = done
        except (AttemptTimedOut, NotImplementedError, ValueError, TypeError):
            pass
    return expr


def _closed_form_budget(expr) -> float:
    """Seconds to spend looking for closed forms of sums and products (then they are evaluated
    term by term at the sampled points). Infinite sums need a closed form: more time."""
    limits = [lim for big in expr.atoms(sp.Sum, sp.Product) for lim in big.limits]
    if not limits:
        return 0
    if any(_infinite(low) or _infinite(high) for _, low, high in limits):
        return 0.25
    return 0.05


HEAVY = (sp.Sum, sp.Product, sp.Limit, sp.Integral, sp.Derivative, sp.Subs)


def evaluated(expr):
    """Rebuild an unevaluated parse with sympy's evaluation (1·3⁻¹ becomes 1/3)."""
    if expr.is_Atom or isinstance(expr, HEAVY):
        return expr
    args = [evaluated(a) for a in expr.args]
    try:
        return expr.func(*args)
    except (TypeError, ValueError):
        return expr


def cheap_proof(a, b) -> tuple[str, object] | None:
    """expand / cancel: ("equal", how) for a proof, ("differ", c) when a - b is a nonzero
    constant c (wherever both are defined), None when algebra says nothing."""
    if _expanded_size(a) > MAX_EXPANDED_TERMS or _expanded_size(b) > MAX_EXPANDED_TERMS:
        return None
    try:
        diff = sp.expand(sp.Add(a, -b))
        if diff == 0:
            return "equal", "algebra (expand)"
        if diff.is_number and diff.is_finite and diff.is_zero is False:
            return "differ", diff
        if diff.is_rational_function() and sp.cancel(sp.together(diff)) == 0:
            return "equal", "algebra (cancel)"
    except (TypeError, ValueError, NotImplementedError, sp.PolynomialError):
        return None
    return None


def _expanded_size(expr) -> float:
    """A rough count of the terms `expand` would make (powers of sums blow up)."""
    if expr.is_Atom:
        return 1
    if isinstance(expr, sp.Pow) and isinstance(expr.base, sp.Add) and expr.exp.is_Integer:
        n, k = abs(int(expr.exp)), len(expr.base.args)
        if n > 10_000:
            return math.inf
        return math.comb(n + k - 1, k - 1) * _expanded_size(expr.base)
    if isinstance(expr, sp.Mul):
        return math.prod(_expanded_size(a) for a in expr.args)
    return sum(_expanded_size(a) for a in expr.args)


def unit_factor(unit: str | None) -> float | None:
    """How many bits a unit word is (None for a unit we cannot convert)."""
    if unit is None:
        return 1.0
    return UNITS.get(unit)

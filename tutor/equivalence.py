"""Decide whether two expressions or equations are equal: a ladder of rungs under a time budget.

The rungs: identical after evaluation; constants by exact arithmetic (a bare decimal is read to
the precision written); otherwise random points of the assumed domain, screened all at once in
floating point, then algebra (expand, cancel) when no point disagrees, then "equal" by agreement
at many points. Every numeric verdict is settled in high precision with mpmath: a "not_equal"
needs a witness whose difference is stable as the precision grows, an "equal" needs points where
the difference vanishes. Anything else is "unknown" with the reason.
"""

from __future__ import annotations

import functools
import math
import re
import zlib
from dataclasses import dataclass, field
from decimal import Decimal
from fractions import Fraction

import mpmath
import numpy as np
import sympy as sp
from sympy.core.function import AppliedUndef

from tutor.assumptions import (
    Assumptions,
    flag_mask,
    read_assumptions,
    round_significant,
    sample_array,
    satisfied,
)
from tutor.budget import BudgetExceeded, Clock, deadline
from tutor.builder import ELLIPSIS, PLUS_MINUS, Chain, ParseContext
from tutor.functions import expand_ml
from tutor.model import Verdict

POINTS = 24          # agreeing points needed for a numeric "equal"
DRAW = 64            # candidate points drawn at once
SETTLE_POINTS = 2    # agreeing points re-checked in high precision before a numeric "equal"
DPS = 30             # base working precision of the high-precision checks
MAX_DPS = 600        # never more
SCREEN_TOLERANCE = 1e-7
APPROX_TOLERANCE = 5e-3  # relative, for ≈
MAX_EXPANDED_TERMS = 3000
MAX_NODES = 1500     # larger expressions are not checked
MAX_TERMS = 20_000   # terms of a sum or product evaluated one by one
PROBABILITY_NAMES = {"P", "p", "Pr"}
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


def as_object(x, context: ParseContext | None = None):
    """A string, Chain, sympy Eq or expression as an expression or an Equation."""
    return _read(x, context)[0]


def _read(x, context: ParseContext | None = None):
    """(expression or Equation, the text of a lone expression when there is one)."""
    if isinstance(x, str):
        from tutor.parsing import parse_chains

        chains = parse_chains(x, "auto", context)
        if len(chains) != 1:
            raise ValueError("compare one expression or equation at a time")
        x = chains[0]
    if isinstance(x, Chain):
        if len(x.parts) == 1:
            return x.parts[0].expr, x.parts[0].span.text
        if len(x.parts) == 2 and x.links[0].op == "=":
            return Equation(x.parts[0].expr, x.parts[1].expr), None
        raise ValueError("compare takes an expression or a single equation")
    if isinstance(x, sp.Equality):
        return Equation(x.lhs, x.rhs), None
    return x, None


def clear_caches() -> None:
    """Forget what earlier checks cached (assumptions read, evaluators): for benchmarks."""
    from tutor.assumptions import _read_texts
    from tutor.equations import _EVALUATORS

    _read_texts.cache_clear()
    _EVALUATORS.clear()


def compare(a, b, assume=(), *, approx: bool = False, budget: float = 2.0,
            context: ParseContext | None = None) -> Verdict:
    """Are `a` and `b` equal under the assumptions? Sound: unsure means "unknown"."""
    clock = Clock(budget)
    try:
        with deadline(budget):
            (a, text_a), (b, text_b) = _read(a, context), _read(b, context)
            assumptions = read_assumptions(assume)
            if isinstance(a, Equation) and isinstance(b, Equation):
                from tutor.equations import compare_equations

                return compare_equations(a, b, assumptions, clock)
            if isinstance(a, Equation) or isinstance(b, Equation):
                return Verdict("unknown", reason="one side is an equation, the other is not")
            return compare_expressions(a, b, assumptions, clock, approx=approx,
                                       texts=(text_a, text_b))
    except BudgetExceeded:
        return Verdict("unknown", reason=f"time budget of {budget:g} s spent")
    except RecursionError:
        return Verdict("unknown", reason="expression too deeply nested to check")
    except MemoryError:
        return Verdict("unknown", reason="expression too large to check")


def compare_expressions(a, b, assumptions: Assumptions, clock: Clock, *,
                        approx: bool = False, texts=(None, None)) -> Verdict:
    """The ladder for two expressions (`texts`: how they were written, when known)."""
    if a == b:
        return Verdict("equal", "identical")
    for special in (ELLIPSIS, PLUS_MINUS):
        if a.has(special) or b.has(special):
            return Verdict("unknown", reason=f"'{special}' cannot be checked")
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
    return verdict


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


def _magnitude(number) -> float:
    """|number| as a float, infinite when it is itself too large (a tower of powers)."""
    try:
        with mpmath.workdps(15):
            value = sp.N(number, 15)
        return abs(complex(value)) if value.is_number else float("inf")
    except (TypeError, ValueError, OverflowError, ArithmeticError):
        return float("inf")


def _unevaluated(expr) -> str | None:
    if expr.has(sp.Limit):
        return "the limit could not be evaluated in time"
    if expr.has(sp.Integral):
        return "the integral could not be evaluated in time"
    if any(not s.is_number for d in expr.atoms(sp.Derivative) for s in [d.expr]
           if not isinstance(d.expr, AppliedUndef)):
        return "the derivative could not be evaluated"
    return None


def prepare(expr, clock: Clock):
    """Expand ML functions and evaluate derivatives, limits, sums and integrals in the budget."""
    expr = evaluated(expand_ml(expr))
    if expr.has(sp.Derivative, sp.Limit, sp.Integral, sp.Subs):
        try:
            with deadline(min(clock.remaining(), 1.0)):
                expr = expr.doit()
        except (BudgetExceeded, NotImplementedError, ValueError, TypeError):
            pass
    seconds = _closed_form_budget(expr)
    if seconds:
        try:
            with deadline(min(clock.remaining() / 4, seconds)):
                done = expr.doit()
                if not done.has(sp.Sum, sp.Product) or _node_count(done, 10**4) < 4 * _node_count(
                        expr, 10**4) + 40:
                    expr = done
        except (BudgetExceeded, NotImplementedError, ValueError, TypeError):
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


def _infinite(bound) -> bool:
    return bool(bound.is_infinite) or bound.has(sp.oo, -sp.oo, sp.zoo)


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


def written(f: sp.Float) -> Decimal:
    """The decimal a learner wrote, from the Float the parser made of it."""
    digits = mpmath.libmp.prec_to_dps(f._prec)
    return Decimal(mpmath.nstr(f._to_mpmath(f._prec + 10), digits, min_fixed=-30,
                               max_fixed=30))


def exact(expr):
    """Decimals written by the learner as exact rationals (0.05 is 1/20), to every digit."""
    floats = expr.atoms(sp.Float)
    if not floats:
        return expr
    return expr.xreplace({f: sp.Rational(str(written(f))) for f in floats})


BARE_DECIMAL = re.compile(r"^\s*\$?\s*[-−]?\s*\d*\.(\d+)\s*((\*|×|·|\\times|\\cdot)\s*10\s*\^"
                          r"\s*[({]?\s*[-−]?\d+\s*[)}]?)?\s*\$?\s*$")


def rounding_interval(expr, text: str | None = None) -> tuple[sp.Rational, sp.Rational] | None:
    """[low, high] for a bare decimal (`0.3775`, `-1.386`, `5.32 × 10^11`), the values it rounds.

    The places are read from the text when it is known: the parser's Float forgets the
    trailing zeros of `0.50`.
    """
    sign, scale = 1, sp.Integer(1)
    while isinstance(expr, sp.Mul):
        factors = list(expr.args)
        if sp.S.NegativeOne in factors:
            factors.remove(sp.S.NegativeOne)
            sign = -sign
        for p in [f for f in factors if isinstance(f, sp.Pow) and f.base == 10
                  and f.exp.is_Integer]:
            factors.remove(p)
            scale *= sp.Integer(10) ** p.exp
        if len(factors) != 1 or len(factors) == len(expr.args):
            return None
        expr = factors[0]
    if not isinstance(expr, sp.Float):
        return None
    value = written(expr)
    places = -value.as_tuple().exponent
    match = BARE_DECIMAL.match(text) if text else None
    if match:
        places = max(places, len(match.group(1)))
    half = sp.Rational(str(Decimal(5).scaleb(-places - 1)))
    middle = sp.Rational(str(value))
    return tuple(sorted((sign * scale * (middle - half), sign * scale * (middle + half))))


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


# --- unknown functions and probabilities ---------------------------------------------------

@dataclass
class Opened:
    """What `opaque` replaced: free values for unknown functions, a model for probabilities."""

    names: dict = field(default_factory=dict)        # symbol -> the call it stands for
    meaning: str | None = None                       # a function met at several arguments
    events: list = field(default_factory=list)       # event symbols of P(...)
    probabilities: dict = field(default_factory=dict)  # symbol -> frozenset of events
    counting: set = field(default_factory=set)       # bounds of sums: whole numbers


def opaque(a, b):
    """Unknown function values become free symbols; P(A, B) gets a random probability model.

    f(x), f'(x), f''(x) are independent values (any triple is some function's at one point);
    the same function met at several arguments is recorded in `meaning`: a difference then
    may depend on what the function is, and is not reported as a witness.
    """
    opened = Opened()
    seen: dict[str, set] = {}
    keys: dict = {}
    subs = {}
    for d in sorted(_derivatives(a) | _derivatives(b), key=sp.default_sort_key):
        key = _derivative_key(d)
        if key is None:
            return a, b, Opened(meaning="a derivative")  # nothing opaque: no witness either
        name, order, args = key
        seen.setdefault(name, set()).add(args)
        if key not in keys:
            keys[key] = sp.Symbol(f"_v{len(keys)}")
            opened.names[keys[key]] = f"{name}{chr(39) * order}({', '.join(map(str, args))})"
        subs[d] = keys[key]
    a, b = a.xreplace(subs), b.xreplace(subs)
    calls = sorted(a.atoms(AppliedUndef) | b.atoms(AppliedUndef), key=sp.default_sort_key)
    model = _probability_calls(calls, a, b)
    subs = {}
    for k, c in enumerate(calls):
        if c in model:
            subs[c] = sp.Symbol(f"_P{k}")
            opened.probabilities[subs[c]] = frozenset(c.args)
        else:
            seen.setdefault(c.func.__name__, set()).add(c.args)
            subs[c] = sp.Symbol(f"_f{k}")
        opened.names[subs[c]] = c
    opened.events = sorted({e for c in model for e in c.args}, key=lambda s: s.name)
    several = sorted(name for name, args in seen.items() if len(args) > 1)
    opened.meaning = f"{several[0]}(…)" if several else None
    return a.xreplace(subs), b.xreplace(subs), opened


def _derivatives(expr) -> set:
    """Derivatives of unknown functions, whole: f'(g(x)) is a Subs around one."""
    found = {s for s in expr.atoms(sp.Subs) if _derivative_key(s)}
    inner = {d for s in found for d in s.atoms(sp.Derivative)}
    return found | {d for d in expr.atoms(sp.Derivative)
                    if isinstance(d.expr, AppliedUndef) and d not in inner}


def _derivative_key(d):
    """(name, order, arguments) of f'(…) written as a Derivative or a Subs of one, else None."""
    point = {}
    if isinstance(d, sp.Subs):
        point = dict(zip(d.variables, d.point, strict=True))
        d = d.expr
    if not (isinstance(d, sp.Derivative) and isinstance(d.expr, AppliedUndef)):
        return None
    call = d.expr
    if any(v not in call.args for v in d.variables):
        return None
    counts = tuple(sorted((call.args.index(v), n) for v, n in d.variable_count))
    name = call.func.__name__ + ("" if len(call.args) == 1 else str(counts))
    args = tuple(point.get(x, x) for x in call.args)
    return name, sum(n for _, n in counts), args


def _probability_calls(calls, a, b) -> set:
    """P(A), P(A, B) over plain event names that appear nowhere else: a probability model fits."""
    chosen = [c for c in calls if c.func.__name__ in PROBABILITY_NAMES]
    if not chosen or any(not all(isinstance(x, sp.Symbol) for x in c.args) for c in chosen):
        return set()
    events = {e for c in chosen for e in c.args}
    hidden = {c: sp.Dummy() for c in calls}
    outside = (a.xreplace(hidden).free_symbols | b.xreplace(hidden).free_symbols) & events
    if outside or len(events) > 6:
        return set()
    return set(chosen)


# --- numbers -------------------------------------------------------------------------------

def compare_numbers(a, b, rounded, approx: bool) -> Verdict:
    """Two constants: exact arithmetic, a bare decimal read to its precision, else mpmath."""
    try:
        diff = sp.Add(a, -b)
    except (TypeError, ValueError):
        return Verdict("unknown", reason="could not evaluate the numbers")
    if diff == 0:
        return Verdict("equal", "exact arithmetic")
    if a.has(sp.zoo, sp.nan) or b.has(sp.zoo, sp.nan):
        return Verdict("unknown", reason="a value is undefined (a division by zero, 0/0, ∞-∞)")
    if a.has(sp.oo, -sp.oo) or b.has(sp.oo, -sp.oo):
        if a.is_infinite and b.is_infinite:
            return Verdict("equal" if a == b else "not_equal", "infinite values")
        if a.is_infinite or b.is_infinite:
            return Verdict("not_equal", "an infinite value and a finite one", witness={})
        return Verdict("unknown", reason="could not evaluate the numbers")
    values = _number_values(a, b)
    if values is None:
        return Verdict("unknown", reason="could not evaluate the numbers")
    va, vb, settled = values
    coarse = _coarser(rounded[0], rounded[1])
    if coarse is not None:
        low, high = (_mp_value(x) for x in rounded[coarse])
        other = vb if coarse == 0 else va
        if low <= other <= high:
            return Verdict("equal", f"equal to the precision written ({_show(low, high)})")
        if not approx:
            return Verdict("not_equal", f"{mpmath.nstr(other, 12)} does not round to the "
                                        "decimal written", witness={})
    if settled == "same":
        return Verdict("equal", "numeric: equal to many digits")
    if approx and abs(va - vb) <= APPROX_TOLERANCE * max(abs(va), abs(vb)):
        return Verdict("equal", f"approximately equal (within {APPROX_TOLERANCE:.1%})")
    if settled == "differ" or diff.is_Rational:
        return Verdict("not_equal", f"the values differ: {mpmath.nstr(va, 10)} vs "
                                    f"{mpmath.nstr(vb, 10)}", witness={})
    return Verdict("unknown", reason="could not tell the numbers apart in high precision")


def _coarser(first, second) -> int | None:
    """Which side is the rounder decimal (0 or 1), the one to read to its precision."""
    if first is None or second is None:
        return None if first is None and second is None else (0 if second is None else 1)
    width = [high - low for low, high in (first, second)]
    return None if width[0] == width[1] else (0 if width[0] > width[1] else 1)


def _mp_value(r: sp.Rational):
    with mpmath.workdps(DPS):
        return mpmath.mpf(r.p) / r.q


def _show(low, high) -> str:
    return f"between {mpmath.nstr(low, 12)} and {mpmath.nstr(high, 12)}"


def _number_values(a, b):
    """Both values in high precision and whether their difference settles (same/differ)."""
    status, va, vb = settle(Evaluator(a), Evaluator(b), {}, _needed_dps(a, b))
    if va is None or vb is None:
        return None
    return va, vb, status if status in ("same", "differ") else None


def _digits(n: int) -> int:
    return int(abs(n).bit_length() * 0.30103) + 1


def _needed_dps(*exprs) -> int:
    """Working precision: more for huge or tiny constants (10^-30, e^100)."""
    digits = 0
    for expr in exprs:
        for r in expr.atoms(sp.Rational):
            digits = max(digits, _digits(r.p), _digits(r.q))
        for f in expr.atoms(sp.exp):
            if f.args[0].is_number:
                digits = max(digits, int(_magnitude(f.args[0]) / 2.3) + 1)
    return min(MAX_DPS, DPS + 2 * digits)


# --- evaluating expressions: float arrays for screening, mpmath for settling ---------------

class Unsupported(Exception):
    """The fast evaluators do not know this expression: the slow path evaluates it."""


class Undefined(ArithmeticError):
    """Not real and finite at this point."""


class TooLarge(ArithmeticError):
    """A value beyond what can be computed in time (exp(exp(exp(exp(4)))))."""


TOO_LARGE = "too large"   # what an Evaluator returns for such a point
HUGE_ARGUMENT = dict.fromkeys(("exp", "sinh", "cosh", "tanh", "coth", "sech", "csch", "erf",
                                "gamma", "factorial", "binomial"), 1e15)
PERIODIC = {"sin", "cos", "tan", "cot", "sec", "csc"}


NAMES = {f: f.__name__ for f in (
    sp.exp, sp.log, sp.sin, sp.cos, sp.tan, sp.cot, sp.sec, sp.csc, sp.asin, sp.acos, sp.atan,
    sp.acot, sp.asec, sp.acsc, sp.sinh, sp.cosh, sp.tanh, sp.coth, sp.sech, sp.csch, sp.asinh,
    sp.acosh, sp.atanh, sp.acoth, sp.Abs, sp.sign, sp.floor, sp.ceiling, sp.erf, sp.gamma,
    sp.factorial, sp.binomial, sp.Heaviside, sp.Max, sp.Min, sp.atan2)}


def _domain(name, lib, args):
    """Where a real function is defined (None: everywhere its float result is finite)."""
    x = args[0]
    if name == "log":
        return x > 0
    if name in ("asin", "acos"):
        return abs(x) <= 1
    if name in ("asec", "acsc"):
        return abs(x) >= 1
    if name == "acosh":
        return x >= 1
    if name == "atanh":
        return abs(x) < 1
    if name == "acoth":
        return abs(x) > 1
    if name in ("gamma", "factorial"):
        y = x if name == "gamma" else x + 1
        return lib.either(y > 0, y != lib.floor(y))
    return None


def _compile(expr, lib):
    """A function of an environment {symbol: value} that evaluates `expr` with `lib`."""
    if isinstance(expr, sp.Symbol):
        return lambda env: env[expr]
    if expr.is_number and not expr.has(sp.Function, sp.Pow, sp.Add, sp.Mul):
        if expr.has(sp.I) or expr.has(sp.oo, -sp.oo, sp.zoo, sp.nan):
            raise Unsupported(expr)
        return lib.constant(expr)
    if isinstance(expr, sp.Add):
        parts = [_compile(a, lib) for a in expr.args]
        return lambda env: lib.add([p(env) for p in parts])
    if isinstance(expr, sp.Mul):
        parts = [_compile(a, lib) for a in expr.args]
        return lambda env: lib.mul([p(env) for p in parts])
    if isinstance(expr, sp.Pow):
        base, exp = _compile(expr.base, lib), expr.exp
        if exp.is_Integer:
            n = int(exp)
            return lambda env: lib.ipow(base(env), n)
        if exp.is_Rational:
            p, q = exp.p, exp.q
            return lambda env: lib.root(base(env), p, q)
        power = _compile(exp, lib)
        return lambda env: lib.pow(base(env), power(env))
    if isinstance(expr, sp.Piecewise):
        branches = [(_compile(v, lib), _compile(c, lib)) for v, c in expr.args]
        return lambda env: lib.piecewise(branches, env)
    if isinstance(expr, (sp.Sum, sp.Product)) and len(expr.limits) == 1:
        var, low, high = expr.limits[0]
        if expr.has(sp.Indexed) or _infinite(low) or _infinite(high):
            raise Unsupported(expr)
        body, low, high = (_compile(x, lib) for x in (expr.function, low, high))
        adding = isinstance(expr, sp.Sum)
        return lambda env: lib.series(adding, body, var, low(env), high(env), env)
    if isinstance(expr, sp.Rel) and not isinstance(expr, sp.Unequality):
        left, right = _compile(expr.lhs, lib), _compile(expr.rhs, lib)
        op = expr.rel_op
        return lambda env: lib.relation(op, left(env), right(env))
    if isinstance(expr, sp.Unequality):
        left, right = _compile(expr.lhs, lib), _compile(expr.rhs, lib)
        return lambda env: lib.relation("!=", left(env), right(env))
    if isinstance(expr, (sp.And, sp.Or)):
        parts = [_compile(a, lib) for a in expr.args]
        both = isinstance(expr, sp.And)
        return lambda env: lib.logic(both, [p(env) for p in parts])
    if expr is sp.true or expr is sp.false:
        truth = bool(expr)
        return lambda env: lib.truth(truth)
    name = NAMES.get(type(expr))
    if name is None or isinstance(expr, AppliedUndef):
        raise Unsupported(expr)
    args = [_compile(a, lib) for a in expr.args]
    return lambda env: lib.call(name, [f(env) for f in args])


def _gamma_float(x: float) -> float:
    if not math.isfinite(x):
        return math.nan
    if x == int(x) and 0 < x <= 171:
        return float(math.factorial(int(x) - 1))
    try:
        return math.gamma(x)
    except OverflowError:
        return math.inf
    except ValueError:
        return math.nan


def _binomial_float(n: float, k: float) -> float:
    try:
        if n == int(n) and k == int(k) and 0 <= n <= 10_000:
            return float(math.comb(int(n), int(k))) if 0 <= k <= n else 0.0
        return float(mpmath.binomial(n, k))
    except OverflowError:
        return math.inf


_VGAMMA = np.vectorize(_gamma_float, otypes=[float])
_VBINOMIAL = np.vectorize(_binomial_float, otypes=[float])
_VERF = np.vectorize(math.erf, otypes=[float])

FLOAT_FUNCTIONS = {
    "exp": np.exp, "log": np.log, "sin": np.sin, "cos": np.cos, "tan": np.tan,
    "cot": lambda x: 1 / np.tan(x), "sec": lambda x: 1 / np.cos(x),
    "csc": lambda x: 1 / np.sin(x), "asin": np.arcsin, "acos": np.arccos, "atan": np.arctan,
    "acot": lambda x: np.arctan(1 / x), "asec": lambda x: np.arccos(1 / x),
    "acsc": lambda x: np.arcsin(1 / x), "sinh": np.sinh, "cosh": np.cosh, "tanh": np.tanh,
    "coth": lambda x: 1 / np.tanh(x), "sech": lambda x: 1 / np.cosh(x),
    "csch": lambda x: 1 / np.sinh(x), "asinh": np.arcsinh, "acosh": np.arccosh,
    "atanh": np.arctanh, "acoth": lambda x: np.arctanh(1 / x), "Abs": np.abs, "sign": np.sign,
    "floor": np.floor, "ceiling": np.ceil, "erf": _VERF, "gamma": _VGAMMA,
    "factorial": lambda x: _VGAMMA(x + 1), "binomial": _VBINOMIAL,
    "Heaviside": lambda x, h0=0.5: np.heaviside(x, float(h0)), "atan2": np.arctan2,
    "Max": lambda *xs: functools.reduce(np.maximum, xs),
    "Min": lambda *xs: functools.reduce(np.minimum, xs),
}


class FloatLib:
    """float64 arrays over all points at once; records where a function leaves its domain."""

    def __init__(self, n: int):
        self.undefined = np.zeros(n, dtype=bool)
        self.n = n

    def constant(self, c):
        try:
            value = float(c)
        except OverflowError:
            value = math.inf if c > 0 else -math.inf
        except TypeError as exc:
            raise Unsupported(c) from exc
        return lambda env: value

    def _mark(self, ok, x, safe=1.0):
        """Record the points where `ok` fails; give them a harmless value to go on with."""
        bad = ~np.asarray(ok) & np.isfinite(x)
        self.undefined |= bad
        return np.where(bad, safe, x)

    def add(self, values):
        total = values[0]
        for v in values[1:]:
            total = total + v
        return total

    def mul(self, values):
        total = values[0]
        for v in values[1:]:
            total = total * v
        return total

    def ipow(self, base, n):
        return base ** float(n)

    def root(self, base, p, q):
        if q % 2:
            return np.sign(base) ** p * np.abs(base) ** (p / q)
        base = self._mark(base >= 0, base)
        return base ** (p / q)

    def pow(self, base, exp):
        whole = exp == np.round(exp)
        base = self._mark(np.logical_or(base >= 0, whole), base)
        return base ** exp

    def floor(self, x):
        return np.floor(x)

    def either(self, a, b):
        return np.logical_or(a, b)

    def call(self, name, args):
        ok = _domain(name, self, args)
        if ok is not None:
            safe = {"atanh": 0.0, "acoth": 2.0}.get(name, 1.0)
            args = [self._mark(ok, args[0], safe), *args[1:]]
        return FLOAT_FUNCTIONS[name](*args)

    def relation(self, op, left, right):
        return {"<": np.less, "<=": np.less_equal, ">": np.greater, ">=": np.greater_equal,
                "==": np.equal, "!=": np.not_equal}[op](left, right)

    def logic(self, both, values):
        return (np.logical_and if both else np.logical_or).reduce(values)

    def truth(self, value):
        return np.full(self.n, value)

    def series(self, adding, body, var, low, high, env):
        """A sum or product over integer bounds (they may differ from point to point)."""
        low, high = np.broadcast_to(low, self.n), np.broadcast_to(high, self.n)
        whole = (low == np.round(low)) & (high == np.round(high))
        self.undefined |= ~whole & np.isfinite(low) & np.isfinite(high)
        ok = whole & np.isfinite(low) & np.isfinite(high)
        if not ok.any():
            return np.zeros(self.n)
        start, stop = int(low[ok].min()), int(high[ok].max())
        if stop - start > MAX_TERMS:
            raise Unsupported("too many terms")
        total = np.full(self.n, 0.0 if adding else 1.0)
        undefined = self.undefined
        for i in range(start, stop + 1):
            self.undefined = np.zeros(self.n, dtype=bool)
            inside = ok & (low <= i) & (i <= high)
            term = np.broadcast_to(body({**env, var: float(i)}), self.n)
            undefined = undefined | (self.undefined & inside)
            if adding:
                total = total + np.where(inside, term, 0.0)
            else:
                total = total * np.where(inside, term, 1.0)
        self.undefined = undefined
        return total

    def piecewise(self, branches, env):
        outer = self.undefined
        result = np.zeros(self.n)
        taken = np.zeros(self.n, dtype=bool)
        undefined = outer.copy()
        for value, condition in branches:
            self.undefined = np.zeros(self.n, dtype=bool)
            chosen = np.asarray(condition(env), dtype=bool) & ~taken
            v = value(env)
            result = np.where(chosen, v, result)
            undefined |= self.undefined & chosen
            taken |= chosen
        self.undefined = undefined | ~taken
        return result


MP_FUNCTIONS = {
    "exp": mpmath.exp, "log": mpmath.log, "sin": mpmath.sin, "cos": mpmath.cos,
    "tan": mpmath.tan, "cot": mpmath.cot, "sec": mpmath.sec, "csc": mpmath.csc,
    "asin": mpmath.asin, "acos": mpmath.acos, "atan": mpmath.atan, "acot": mpmath.acot,
    "asec": mpmath.asec, "acsc": mpmath.acsc, "sinh": mpmath.sinh, "cosh": mpmath.cosh,
    "tanh": mpmath.tanh, "coth": mpmath.coth, "sech": mpmath.sech, "csch": mpmath.csch,
    "asinh": mpmath.asinh, "acosh": mpmath.acosh, "atanh": mpmath.atanh,
    "acoth": mpmath.acoth, "Abs": mpmath.fabs, "sign": mpmath.sign, "floor": mpmath.floor,
    "ceiling": mpmath.ceil, "erf": mpmath.erf, "gamma": mpmath.gamma,
    "factorial": mpmath.factorial, "binomial": mpmath.binomial,
    "Heaviside": lambda x, h0=0.5: mpmath.mpf(h0) if x == 0 else mpmath.mpf(x > 0),
    "atan2": mpmath.atan2, "Max": max, "Min": min,
}


class MpLib:
    """One point in mpmath at the working precision; raises Undefined off the real domain."""

    def __init__(self):
        self.largest = mpmath.mpf(0)  # the largest term added: the scale of rounding noise

    def constant(self, c):
        cache: dict[int, mpmath.mpf] = {}

        def value(env):
            dps = mpmath.mp.dps
            if dps not in cache:
                if c.is_Rational:
                    cache[dps] = mpmath.mpf(c.p) / c.q
                else:
                    cache[dps] = mpmath.mpf(sp.N(c, dps + 5)._to_mpmath(mpmath.mp.prec + 20))
            return cache[dps]
        return value

    @staticmethod
    def _finite(v):
        if isinstance(v, mpmath.mpc) or not mpmath.isfinite(v):
            raise Undefined()
        return v

    def add(self, values):
        for v in values:
            size = abs(v)
            if size > self.largest:
                self.largest = size
        return mpmath.fsum(values)

    def mul(self, values):
        total = values[0]
        for v in values[1:]:
            total = total * v
        return total

    def ipow(self, base, n):
        if base == 0 and n < 0:
            raise Undefined()
        return base ** n

    def root(self, base, p, q):
        if base == 0 and p < 0:
            raise Undefined()
        if q % 2:
            return mpmath.sign(base) ** p * mpmath.power(abs(base), mpmath.mpf(p) / q)
        if base < 0:
            raise Undefined()
        return mpmath.power(base, mpmath.mpf(p) / q)

    def pow(self, base, exp):
        if base == 0 and exp <= 0:
            if exp == 0:
                return mpmath.mpf(1)
            raise Undefined()
        if base < 0 and exp != mpmath.floor(exp):
            raise Undefined()
        if base != 0 and abs(exp) * abs(mpmath.log(abs(base), 2)) > 1e8:
            raise TooLarge()
        return self._finite(mpmath.power(base, exp))

    def floor(self, x):
        return mpmath.floor(x)

    def either(self, a, b):
        return a or b

    def call(self, name, args):
        ok = _domain(name, self, args)
        if ok is not None and not ok:
            raise Undefined()
        limit = HUGE_ARGUMENT.get(name)
        if (limit and any(abs(x) > limit for x in args)) or (
                name in PERIODIC and mpmath.mag(args[0]) > 10_000):
            raise TooLarge()
        try:
            return self._finite(MP_FUNCTIONS[name](*args))
        except (ZeroDivisionError, ValueError) as exc:
            raise Undefined() from exc

    def relation(self, op, left, right):
        return {"<": left < right, "<=": left <= right, ">": left > right,
                ">=": left >= right, "==": left == right, "!=": left != right}[op]

    def logic(self, both, values):
        return all(values) if both else any(values)

    def truth(self, value):
        return value

    def series(self, adding, body, var, low, high, env):
        if low != mpmath.floor(low) or high != mpmath.floor(high):
            raise Undefined()
        if high - low > MAX_TERMS:
            raise Undefined()
        terms = [body({**env, var: mpmath.mpf(i)}) for i in range(int(low), int(high) + 1)]
        if adding:
            return mpmath.fsum(terms)
        return mpmath.fprod(terms) if terms else mpmath.mpf(1)

    def piecewise(self, branches, env):
        for value, condition in branches:
            if condition(env):
                return value(env)
        raise Undefined()


def _real_roots(expr):
    """Odd roots of negatives are real, as a learner means them: (-8)^(1/3) = -2."""
    def odd_root(p):
        return (isinstance(p, sp.Pow) and p.exp.is_Rational and not p.exp.is_Integer
                and p.exp.q % 2 == 1)
    return expr.replace(odd_root, lambda p: sp.sign(p.base) ** p.exp.p * sp.Abs(p.base) ** p.exp)


class Evaluator:
    """expr at one point in mpmath: `ev(raw_point, dps)` is an mpf, or None where undefined.

    Compiled when it can be, sympy's evalf otherwise. After a call, `largest` is the largest
    magnitude among the terms added on the way: the scale of the rounding noise.
    """

    def __init__(self, expr):
        self.expr, self.largest = expr, mpmath.mpf(0)
        self.lib = MpLib()
        try:
            self.fn = _compile(expr, self.lib)
        except Unsupported:
            self.fn = None

    def __call__(self, raw: dict, dps: int):
        if self.fn is None:
            value = _evaluate_slow(self.expr, raw, dps)
            self.largest = abs(value) if value is not None else mpmath.mpf(0)
            return value
        with mpmath.workdps(dps):
            self.lib.largest = mpmath.mpf(0)
            try:
                value = self.fn({s: _mp(v) for s, v in raw.items()})
            except TooLarge:
                return TOO_LARGE
            except (Undefined, ZeroDivisionError, ValueError, OverflowError):
                return None
            self.largest = self.lib.largest
            if isinstance(value, mpmath.mpc) or not mpmath.isfinite(value):
                return None
            return +value


def _mp(v):
    """A point value (int, decimal text, Fraction, sympy number) as an mpf at the working
    precision."""
    if isinstance(v, Fraction):
        return mpmath.mpf(v.numerator) / v.denominator
    if isinstance(v, sp.Basic):
        if v.is_Rational:
            return mpmath.mpf(v.p) / v.q
        return sp.N(v, mpmath.mp.dps + 10)._to_mpmath(mpmath.mp.prec + 30)
    return mpmath.mpf(v)


def _sympy_value(v):
    if isinstance(v, sp.Basic):
        return v
    if isinstance(v, Fraction):
        return sp.Rational(v.numerator, v.denominator)
    return sp.Integer(v) if isinstance(v, int) else sp.Rational(v)


def _evaluate_slow(expr, raw, dps):
    """Anything sympy can evaluate: sums with a symbolic bound get it instantiated, x[i] values."""
    e = expr.xreplace({s: _sympy_value(v) for s, v in raw.items()})
    e = _real_roots(e)
    try:
        if e.has(sp.Sum, sp.Product, sp.Indexed):
            e = e.doit()
            indexed = sorted(e.atoms(sp.Indexed), key=sp.default_sort_key)
            e = e.xreplace({x: _indexed_value(x, raw, dps) for x in indexed})
        value = sp.N(e, dps)
        if not value.is_number or value.has(sp.nan, sp.zoo, sp.oo, -sp.oo):
            return None
        value = value._to_mpmath(mpmath.libmp.dps_to_prec(dps) + 10)
    except (TypeError, ValueError, ArithmeticError, AttributeError, NotImplementedError):
        return None
    if isinstance(value, mpmath.mpc):
        if abs(value.imag) > abs(value) * mpmath.mpf(10) ** (-dps // 2):
            return None
        value = value.real
    return value if mpmath.isfinite(value) else None


def _indexed_value(item, raw: dict, dps):
    """A value in (0.05, 0.95) for x[i]: fixed for the item at one point, varying with it."""
    point = "|".join(f"{s}={v}" for s, v in sorted(raw.items(), key=lambda kv: str(kv[0])))
    return sp.Float(0.05 + 0.9 * (zlib.crc32(f"{item}@{point}".encode()) % 10007) / 10007, dps)


# --- points ----------------------------------------------------------------------------------

@dataclass
class Points:
    """Sampled points: float columns for screening; exact values and their text on demand."""

    columns: dict                 # symbol -> float array
    integer: set                  # symbols with whole values
    names: dict                   # symbol -> what it stands for (an unknown function's call)
    models: list | None = None    # per point, {symbol: Fraction} for probabilities
    special: int = 0              # the first points are breakpoints: always looked at

    @property
    def n(self) -> int:
        return len(next(iter(self.columns.values()))) if self.columns else 0

    def exact(self, k: int) -> dict:
        """Point k as {symbol: int | decimal text | Fraction}: the values the witness shows."""
        point = {}
        for s, col in self.columns.items():
            if self.models is not None and s in self.models[k]:
                point[s] = self.models[k][s]
            elif s in self.integer:
                point[s] = int(col[k])
            else:
                point[s] = _fmt(col[k])
        return point

    def shown(self, k: int) -> dict[str, str]:
        shown = {}
        for s, v in self.exact(k).items():
            name = str(self.names.get(s, s))
            if not name.startswith("_"):
                shown[name] = v if isinstance(v, str) else _fmt(v)
        return shown

    def joined(self, other: Points) -> Points:
        columns = {s: np.concatenate([col, other.columns[s]]) for s, col in self.columns.items()}
        models = None if self.models is None else self.models + other.models
        return Points(columns, self.integer, self.names, models, self.special)


def _seed(*exprs) -> int:
    """The same symbols give the same points, in every process."""
    names = sorted({s.name for e in exprs for s in e.free_symbols})
    return zlib.crc32("|".join(names).encode())


def _fmt(v) -> str:
    """A sampled value as the shortest text that reads back to exactly the value used."""
    if isinstance(v, Fraction):
        return str(v)
    if isinstance(v, (int, np.integer)) or (float(v).is_integer() and abs(v) < 1e15):
        return str(int(v))
    return repr(float(v))


DISCONTINUOUS = (sp.floor, sp.ceiling, sp.sign, sp.Heaviside, sp.frac, sp.Mod)  # they jump
BREAKPOINTS = (-2.0, -1.0, -0.5, 0.0, 0.5, 1.0, 2.0, 3.0)


def draw(symbols, assumptions: Assumptions, rng: np.random.Generator, opened: Opened,
         n: int = DRAW, breakpoints: bool = False) -> Points:
    """Points of the assumed domain; probabilities from a random model of the events.

    With `breakpoints`, also points where one variable is a small integer or half-integer:
    floor, sign and friends change there, and random points would never land on them.
    """
    columns = {}
    special = 0
    integer = {s for s in symbols if s.is_integer or assumptions.is_integer(s.name)
               or s in opened.counting}
    for s in symbols:
        if s in opened.probabilities:
            continue
        if s.name.startswith("_"):
            columns[s] = round_significant(rng.uniform(-3, 3, n))
        elif s in opened.counting and s.name not in assumptions.bounds:
            columns[s] = rng.integers(0, 41, size=n).astype(float)
        else:
            columns[s] = sample_array(rng, s.name, assumptions, n, integer=s in integer)
    if breakpoints:
        plain = [s for s in columns if not s.name.startswith("_") and s not in integer]
        extra = {s: np.tile(col[:len(BREAKPOINTS)], len(plain)) for s, col in columns.items()}
        for k, s in enumerate(plain):
            extra[s][k * len(BREAKPOINTS):(k + 1) * len(BREAKPOINTS)] = BREAKPOINTS
        columns = {s: np.concatenate([extra[s], col]) for s, col in columns.items()}
        special = len(BREAKPOINTS) * len(plain)
        n = len(next(iter(columns.values()))) if columns else n
    models = _probability_models(opened, rng, n) if opened.probabilities else None
    if models:
        for s in opened.probabilities:
            columns[s] = np.array([float(m[s]) for m in models])
    keep = _meets(assumptions, columns, n)
    if models:
        models = [m for m, kept in zip(models, keep, strict=True) if kept]
    names = {s: opened.names[s] for s in symbols if s in opened.names}
    return Points({s: col[keep] for s, col in columns.items()}, integer, names, models,
                  int(keep[:special].sum()))


def _probability_models(opened: Opened, rng, n):
    """Per point, P(S) for every event set S from random weights on the atoms of the events."""
    events = opened.events
    models = []
    for _ in range(n):
        weights = [int(w) for w in rng.integers(1, 10, size=2 ** len(events))]
        total = sum(weights)
        model = {}
        for s, wanted in opened.probabilities.items():
            bits = [events.index(e) for e in wanted]
            mass = sum(w for atom, w in enumerate(weights)
                       if all(atom >> bit & 1 for bit in bits))
            model[s] = Fraction(mass, total)
        models.append(model)
    return models


def _meets(assumptions: Assumptions, columns: dict, n: int) -> np.ndarray:
    """Which points meet every relational assumption (unreadable relations checked one by one)."""
    keep = np.ones(n, dtype=bool)
    for s, col in columns.items():
        keep &= flag_mask(assumptions, s.name, col)
    for rel in assumptions.relations:
        if not rel.free_symbols <= set(columns):
            continue
        lib = FloatLib(n)
        try:
            holds = _compile(rel, lib)(columns)
            keep &= np.asarray(holds, dtype=bool) & ~lib.undefined
        except (Unsupported, TypeError, KeyError):
            for k in np.flatnonzero(keep):
                values = {s: sp.Float(col[k]) for s, col in columns.items()}
                keep[k] = satisfied(Assumptions(relations=[rel]), values)
    return keep


# --- probing ---------------------------------------------------------------------------------

def _screen(expr, points: Points):
    """Float values at every point and where expr is undefined, or None when unsupported."""
    lib = FloatLib(points.n)
    try:
        fn = _compile(expr, lib)
    except Unsupported:
        return None
    with np.errstate(all="ignore"):
        try:
            values = np.asarray(fn(points.columns), dtype=float) * np.ones(points.n)
        except (Unsupported, TypeError, ValueError, OverflowError, ZeroDivisionError):
            return None
    return values, lib.undefined


def settle(fa, fb, raw: dict, base: int, tolerance=None):
    """Evaluate both sides in rising precision until their difference settles.

    Returns ("same" | "differ" | "unclear" | "a-undefined" | "b-undefined", va, vb). A real
    difference keeps its value as the precision grows; rounding noise stays below the noise
    floor of the largest value met on the way, or shrinks with the precision. So "differ" is a
    difference above the floor and stable at two precisions, "same" one below the floor at two
    precisions or shrinking twice in a row. Tiny true differences (x + 10^-30, (1+1/n)^n - e for
    a huge n) are found, and a term swallowed by a huge one (1 + x^100 - x^100 at low precision)
    is not mistaken for a difference.
    """
    base = min(max(base, DPS + 2 * _point_digits(raw)), MAX_DPS // 2)
    history: list[tuple] = []   # (difference, dps, below the noise floor)
    va = vb = None
    dps = base
    for _ in range(5):
        va = fa(raw, dps)
        if va is None:
            return "a-undefined", None, None
        vb = fb(raw, dps) if va is not TOO_LARGE else None
        if va is TOO_LARGE or vb is TOO_LARGE:
            return "unclear", None, None
        if vb is None:
            return "b-undefined", va, None
        d = abs(va - vb)
        if tolerance is not None:
            if d <= tolerance * max(abs(va), abs(vb)):
                return "same", va, vb
            if history:
                return "differ", va, vb
        largest = max(fa.largest, fb.largest, abs(va), abs(vb))
        floor = largest * mpmath.mpf(10) ** (3 - dps)
        history.append((d, dps, d <= floor, floor <= mpmath.mpf(10) ** (3 - DPS)))
        verdict = _settled(history) if tolerance is None else None
        if verdict:
            return verdict, va, vb
        digits = int(mpmath.log10(largest)) + 1 if largest > 1 else 0
        following = min(MAX_DPS, max(2 * dps, base + 2 * digits))
        if following == dps:
            break
        dps = following
    return "unclear", va, vb


def _settled(history) -> str | None:
    """The verdict of the last levels: (difference, dps, below the noise floor, floor small)."""
    if len(history) < 2:
        return None
    (d1, dps1, noisy1, _), (d2, dps2, noisy2, fine) = history[-2:]
    if noisy1 and noisy2 and fine:  # a floor above 10^-27 (huge values) proves nothing
        return "same"
    if not (noisy1 or noisy2) and abs(d2 - d1) <= d2 * mpmath.mpf(10) ** -6:
        return "differ"
    if len(history) >= 3:
        d0, dps0, _, _ = history[-3]
        if d1 <= d0 * mpmath.mpf(10) ** -(dps0 // 2) and d2 <= d1 * mpmath.mpf(10) ** -(dps1 // 2):
            return "same"
    return None


def _point_digits(raw: dict) -> int:
    """Decimal digits of the largest coordinate: huge points need more working precision."""
    largest = 0.0
    for v in raw.values():
        try:
            largest = max(largest, abs(float(v)))
        except (TypeError, ValueError, OverflowError):
            return MAX_DPS // 4
    return int(math.log10(largest)) + 1 if largest > 1 else 0


class Settler:
    """Settles the two sides at the sampled points (see `settle`)."""

    def __init__(self, a, b, points: Points, tolerance, base_dps: int):
        self.fa, self.fb = Evaluator(a), Evaluator(b)
        self.points, self.tolerance, self.base = points, tolerance, base_dps

    def __call__(self, k: int) -> tuple[str, object, object]:
        return settle(self.fa, self.fb, self.points.exact(k), self.base, self.tolerance)

    def quick(self, k: int) -> str:
        """One evaluation at the base precision: "close", "far", "unclear" or which side is
        undefined."""
        env = self.points.exact(k)
        va = self.fa(env, self.base)
        if va is None:
            return "a-undefined"
        vb = self.fb(env, self.base) if va is not TOO_LARGE else None
        if va is TOO_LARGE or vb is TOO_LARGE:
            return "unclear"
        if vb is None:
            return "b-undefined"
        tol = self.tolerance or mpmath.mpf(10) ** (-(self.base // 2))
        largest = max(self.fa.largest, self.fb.largest, 1)
        return "close" if abs(va - vb) <= tol * largest else "far"


class Probe:
    """Numeric probing at random domain points, in two steps.

    `refute()` looks for a witness (cheap: a float screen of every point, then the suspicious
    ones settled in mpmath), `conclude()` says "equal" after enough agreeing points, two of them
    confirmed in high precision, or "unknown" with the reason.
    """

    def __init__(self, a, b, assumptions: Assumptions, clock: Clock, *,
                 opened: Opened | None = None, tolerance: float | None = None):
        opened = opened or Opened()
        symbols = sorted(a.free_symbols | b.free_symbols, key=lambda s: s.name)
        rng = np.random.default_rng(_seed(a, b))
        self.clock, self.tolerance = clock, tolerance
        self.a, self.b = a, b
        self.unclear = 0
        jumps = a.has(*DISCONTINUOUS) or b.has(*DISCONTINUOUS)
        self.points = draw(symbols, assumptions, rng, opened, breakpoints=jumps)
        self._classify()
        if len(self.agree) + len(self.disagree) + len(self.recheck) < POINTS:
            self.points = self.points.joined(draw(symbols, assumptions, rng, opened, 4 * DRAW))
            self._classify()
        self.settle = Settler(a, b, self.points, tolerance, _needed_dps(a, b))

    def _classify(self):
        """Split the points: float agreement, disagreement, b undefined, or to evaluate exactly."""
        points, tolerance = self.points, self.tolerance
        self.agree, self.disagree, self.domain = [], [], []
        self.recheck = list(range(points.n))
        sa = _screen(self.a, points)
        sb = _screen(self.b, points) if sa is not None else None
        if sa is None or sb is None:
            return
        (va, ua), (vb, ub) = sa, sb
        fa, fb = np.isfinite(va), np.isfinite(vb)
        usable = fa & ~ua
        tol = SCREEN_TOLERANCE if tolerance is None else tolerance
        with np.errstate(all="ignore"):
            close = np.abs(va - vb) <= tol * np.maximum(np.abs(va), np.abs(vb)) + 1e-12
        both = usable & fb & ~ub
        self.agree = np.flatnonzero(both & close).tolist()
        self.disagree = np.flatnonzero(both & ~close).tolist()
        self.domain = np.flatnonzero(usable & ub).tolist()
        self.recheck = np.flatnonzero((~fa & ~ua) | (usable & ~fb & ~ub)).tolist()

    def refute(self) -> Verdict | None:
        """A confirmed witness, or None."""
        for k in self.recheck:  # not screened in floats (overflow, no fast evaluator)
            enough = len(self.agree) + len(self.disagree) >= POINTS
            if (enough and k >= self.points.special) or self.clock.spent():
                break
            status = self.settle.quick(k)
            self.unclear += status == "unclear"
            {"close": self.agree, "far": self.disagree, "b-undefined": self.domain}.get(
                status, []).append(k)
        self.recheck = []
        for k in self.disagree[:8]:
            if self.clock.spent():
                break
            status, va, vb = self.settle(k)
            if status == "differ":
                return self._witness(k, va, vb)
            if status == "same":
                self.agree.append(k)
            self.unclear += status == "unclear"
        self.disagree = []
        return None

    def conclude(self) -> Verdict:
        """After `refute()` found nothing: "equal" or "unknown" (or a late witness)."""
        for k in self.domain[:3]:
            status, va, vb = self.settle(k)
            if status == "differ":
                return self._witness(k, va, vb)
            if status == "b-undefined":
                shown = self.points.shown(k)
                where = ", ".join(f"{s}={v}" for s, v in shown.items())
                return Verdict("unknown", reason=f"equal only on part of the domain: at {where} "
                                                 "the second expression is undefined or not "
                                                 "real, the first is not", witness=shown)
        agree = self.agree
        if len(agree) < POINTS:
            if self.unclear:
                return Verdict("unknown", reason="the values are too large or too close to tell "
                                                 "apart, even in high precision")
            if agree:
                return Verdict("unknown", reason=f"agrees at only {len(agree)} points of the "
                                                 "domain")
            return Verdict("unknown", reason="found no point of the domain where the "
                                             "expressions are defined")
        confirmed = 0
        for k in agree[:4 * SETTLE_POINTS]:  # a point too large for mpmath is passed over
            status, va, vb = self.settle(k)
            if status == "differ":
                return self._witness(k, va, vb)
            confirmed += status == "same"
            if confirmed == SETTLE_POINTS:
                break
        else:
            return Verdict("unknown", reason="the values agree in floating point but could not "
                                             "be confirmed in high precision")
        if self.tolerance is not None:
            return Verdict("equal", f"approximately equal (within {self.tolerance:.1%}) at "
                                    f"{len(agree)} random points")
        return Verdict("equal", f"numeric: agrees at {len(agree)} random points, confirmed to "
                                f"{self.settle.base * 2} digits")

    def constant_difference(self, c) -> Verdict | None:
        """a - b is the nonzero constant c: any point where both are defined is a witness."""
        if not self.agree:
            return None
        shown = self.points.shown(self.agree[0])
        where = ", ".join(f"{s}={v}" for s, v in shown.items()) or "any point"
        return Verdict("not_equal", f"they differ by the constant {sp.N(c, 6)} (at {where}, "
                                    "for one)", witness=dict(shown))

    def _witness(self, k: int, va, vb) -> Verdict:
        shown = self.points.shown(k)
        where = ", ".join(f"{s}={v}" for s, v in shown.items()) or \
            "any value of the unknown functions"
        values = f"{mpmath.nstr(va, 6)} vs {mpmath.nstr(vb, 6)}"
        if mpmath.nstr(va, 6) == mpmath.nstr(vb, 6):
            values += f" (they differ by {mpmath.nstr(abs(va - vb), 3)})"
        return Verdict("not_equal", f"numeric witness {where}: {values}", witness=dict(shown))


def probe(a, b, assumptions: Assumptions, clock: Clock, *, opened: Opened | None = None,
          tolerance: float | None = None) -> Verdict:
    """Numeric probing at random domain points; every verdict is settled in high precision."""
    found = Probe(a, b, assumptions, clock, opened=opened, tolerance=tolerance)
    if not found.points.n:
        return Verdict("unknown", reason="found no point that meets the assumptions")
    return found.refute() or found.conclude()


def unit_factor(unit: str | None) -> float | None:
    """How many bits a unit word is (None for a unit we cannot convert)."""
    if unit is None:
        return 1.0
    return UNITS.get(unit)


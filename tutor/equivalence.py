"""Decide whether two expressions or equations are equal: a ladder of rungs under a time budget."""

from __future__ import annotations

import random
import zlib
from dataclasses import dataclass

import mpmath
import sympy as sp
from sympy.core.function import AppliedUndef

from tutor.assumptions import Assumptions, read_assumptions, sample_value, satisfied
from tutor.budget import BudgetExceeded, Clock, deadline
from tutor.builder import ELLIPSIS, PLUS_MINUS, Chain, ParseContext
from tutor.functions import expand_ml
from tutor.model import Verdict

POINTS = 24          # agreeing points needed for a numeric "equal"
MAX_TRIES = 160      # sampled points at most
DPS = 30             # working precision of the probe
CONFIRM_DPS = 60     # precision a witness is confirmed in
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
    if isinstance(x, str):
        from tutor.parsing import parse_chains

        chains = parse_chains(x, "auto", context)
        if len(chains) != 1:
            raise ValueError("compare one expression or equation at a time")
        x = chains[0]
    if isinstance(x, Chain):
        if len(x.parts) == 1:
            return x.parts[0].expr
        if len(x.parts) == 2 and x.links[0].op == "=":
            return Equation(x.parts[0].expr, x.parts[1].expr)
        raise ValueError("compare takes an expression or a single equation")
    if isinstance(x, sp.Equality):
        return Equation(x.lhs, x.rhs)
    return x


def compare(a, b, assume=(), *, approx: bool = False, budget: float = 2.0,
            context: ParseContext | None = None) -> Verdict:
    """Are `a` and `b` equal under the assumptions? Sound: unsure means "unknown"."""
    clock = Clock(budget)
    try:
        with deadline(budget):
            a, b = as_object(a, context), as_object(b, context)
            assumptions = read_assumptions(assume)
            if isinstance(a, Equation) and isinstance(b, Equation):
                from tutor.equations import compare_equations

                return compare_equations(a, b, assumptions, clock)
            if isinstance(a, Equation) or isinstance(b, Equation):
                return Verdict("unknown", reason="one side is an equation, the other is not")
            return compare_expressions(a, b, assumptions, clock, approx=approx)
    except BudgetExceeded:
        return Verdict("unknown", reason=f"time budget of {budget:g} s spent")
    except RecursionError:
        return Verdict("unknown", reason="expression too deeply nested to check")
    except MemoryError:
        return Verdict("unknown", reason="expression too large to check")


def compare_expressions(a, b, assumptions: Assumptions, clock: Clock, *,
                        approx: bool = False) -> Verdict:
    """The ladder for two expressions."""
    if a == b:
        return Verdict("equal", "identical")
    for special in (ELLIPSIS, PLUS_MINUS):
        if a.has(special) or b.has(special):
            return Verdict("unknown", reason=f"'{special}' cannot be checked")
    too_big = _too_big(a) or _too_big(b)
    if too_big:
        return Verdict("unknown", reason=too_big)
    a, b = prepare(a, clock), prepare(b, clock)
    if a == b:
        return Verdict("equal", "identical after evaluation")
    unevaluated = _unevaluated(a) or _unevaluated(b)
    a_exact, b_exact = exact(a), exact(b)
    if not unevaluated:
        proof = cheap_proof(a_exact, b_exact)
        if proof:
            return Verdict("equal", proof)
    if unevaluated:
        return Verdict("unknown", reason=unevaluated)
    a_open, b_open, meaning = opaque(a_exact, b_exact)
    verdict = probe(a_open, b_open, assumptions, clock)
    if verdict.status == "not_equal" and meaning:
        return Verdict("unknown", reason=f"depends on what {meaning} means",
                       witness=verdict.witness)
    if verdict.status != "equal":
        tolerance = written_tolerance(a, b, approx)
        if tolerance and _numbers_close(a_exact, b_exact, tolerance):
            return Verdict("equal", f"equal to the precision written (±{tolerance:.1g})")
    return verdict


def _too_big(expr) -> str | None:
    for p in expr.atoms(sp.Pow):
        if p.exp.is_number and p.base not in (0, 1, -1) and _magnitude(p.exp) > 1e5:
            return "a power too large to evaluate"
    for f in expr.atoms(sp.factorial, sp.binomial):
        if any(a.is_number and _magnitude(a) > 5000 for a in f.args):
            return "a factorial too large to evaluate"
    if sp.count_ops(expr, visual=False) > 600:
        return "expression too large to check"
    return None


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
    if expr.has(sp.Sum, sp.Product):
        try:
            with deadline(min(clock.remaining() / 2, 0.5)):
                done = expr.doit()
                if not done.has(sp.Sum, sp.Product) or sp.count_ops(done) < 4 * sp.count_ops(
                        expr) + 20:
                    expr = done
        except (BudgetExceeded, NotImplementedError, ValueError, TypeError):
            pass
    return expr


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


def exact(expr):
    """Decimals written by the learner as exact rationals (0.05 is 1/20)."""
    floats = expr.atoms(sp.Float)
    if not floats:
        return expr
    return expr.xreplace({f: sp.Rational(mpmath.nstr(f._to_mpmath(80), 15)) for f in floats})


def written_tolerance(a, b, approx: bool) -> float | None:
    """Half a unit in the last decimal the learner wrote, if a side is a rounded number."""
    places = []
    for side in (a, b):
        if side.free_symbols:
            continue
        for f in side.atoms(sp.Float):
            text = mpmath.nstr(f._to_mpmath(80), 15)
            places.append(len(text.split(".")[1]) if "." in text else 0)
    if not places:
        return 5e-3 if approx else None
    tol = 0.5 * 10.0 ** -min(places)
    return max(tol * 2, 5e-3) if approx else tol * 1.0001


def _numbers_close(a, b, tolerance: float) -> bool:
    if a.free_symbols or b.free_symbols:
        return False
    try:
        va, vb = sp.N(a, DPS), sp.N(b, DPS)
        if not (va.is_real and vb.is_real):
            return False
        scale = max(1.0, abs(float(vb))) if tolerance >= 5e-3 else 1.0
        return abs(float(va - vb)) <= tolerance * scale
    except (TypeError, ValueError):
        return False


def cheap_proof(a, b) -> str | None:
    """expand / cancel: a proof when it works, silence otherwise."""
    try:
        diff = sp.Add(a, -b)
        if sp.expand(diff) == 0:
            return "algebra (expand)"
        if diff.is_rational_function() and sp.cancel(sp.together(diff)) == 0:
            return "algebra (cancel)"
    except (TypeError, ValueError, NotImplementedError, sp.PolynomialError):
        return None
    return None


def opaque(a, b):
    """Unknown function values become free symbols; report a function met at several arguments."""
    calls = sorted((a.atoms(AppliedUndef) | b.atoms(AppliedUndef)
                    | {d for d in (a.atoms(sp.Derivative) | b.atoms(sp.Derivative))
                       if isinstance(d.expr, AppliedUndef)}), key=sp.default_sort_key)
    if not calls:
        return a, b, None
    seen: dict[str, set] = {}
    for c in calls:
        if isinstance(c, AppliedUndef):
            seen.setdefault(c.func.__name__, set()).add(c.args)
    several = sorted(name for name, args in seen.items() if len(args) > 1)
    subs = {c: sp.Symbol(f"_v{k}") for k, c in enumerate(c for c in calls
                                                          if isinstance(c, sp.Derivative))}
    a, b = a.xreplace(subs), b.xreplace(subs)
    rest = sorted(a.atoms(AppliedUndef) | b.atoms(AppliedUndef), key=sp.default_sort_key)
    subs = {c: sp.Symbol(f"_f{k}") for k, c in enumerate(rest)}
    meaning = f"{several[0]}(…)" if several else None
    return a.xreplace(subs), b.xreplace(subs), meaning


def _seed(a, b) -> int:
    return zlib.crc32(sp.srepr(a).encode() + b"|" + sp.srepr(b).encode())


def _sampler(symbols, assumptions: Assumptions, rng: random.Random):
    names = {s: s.name for s in symbols}
    for _ in range(MAX_TRIES):
        point = {}
        for s in symbols:
            if s.name.startswith("_"):
                point[s] = rng.uniform(-3, 3)
            elif s.is_integer and s.is_positive:
                point[s] = rng.randint(1, 6)
            else:
                point[s] = sample_value(rng, names[s], assumptions)
        if satisfied(assumptions, {s: sp.Float(v) if isinstance(v, float) else sp.Integer(v)
                                   for s, v in point.items()}):
            yield point


def _evaluate(fn, expr, symbols, point, dps: int, indexed: dict):
    with mpmath.workdps(dps):
        try:
            if fn is not None:
                value = fn(*[mpmath.mpf(point[s]) if isinstance(point[s], float)
                             else point[s] for s in symbols])
            else:
                value = _evaluate_slow(expr, point, dps, indexed)
            value = mpmath.mpmathify(value)
        except (ZeroDivisionError, ValueError, TypeError, OverflowError, ArithmeticError,
                AttributeError, NameError):
            return None
        if not mpmath.isfinite(value):
            return None
        return value


def _evaluate_slow(expr, point, dps, indexed):
    """Sums with a symbolic bound: instantiate the bound, expand, give x[i] random values."""
    e = expr.xreplace({s: (sp.Integer(v) if isinstance(v, int) else sp.Float(v, dps))
                       for s, v in point.items()})
    e = e.doit()
    for item in sorted(e.atoms(sp.Indexed), key=sp.default_sort_key):
        indexed.setdefault(item, sp.Float(random.Random(str(item)).uniform(0.05, 0.95), dps))
    e = e.xreplace(indexed)
    return sp.N(e, dps)._to_mpmath(dps * 4)


def _lambdify(expr, symbols):
    if expr.has(sp.Sum, sp.Product, sp.Indexed):
        return None
    return sp.lambdify(symbols, _real_roots(expr), modules="mpmath")


def _real_roots(expr):
    """Odd roots of negatives are real, as a learner means them: (-8)^(1/3) = -2."""
    def odd_root(p):
        return (isinstance(p, sp.Pow) and p.exp.is_Rational and not p.exp.is_Integer
                and p.exp.q % 2 == 1)
    return expr.replace(odd_root, lambda p: sp.sign(p.base) ** p.exp.p * sp.Abs(p.base) ** p.exp)


def _close(x, y, dps: int) -> bool:
    scale = max(abs(x), abs(y), mpmath.mpf(1))
    return abs(x - y) <= scale * mpmath.mpf(10) ** (-(dps * 2 // 3))


def _is_real(v) -> bool:
    return not isinstance(v, mpmath.mpc) or abs(v.imag) <= abs(v) * mpmath.mpf(10) ** -20


def probe(a, b, assumptions: Assumptions, clock: Clock) -> Verdict:
    """Numeric probing at random domain points; a witness is confirmed in high precision."""
    symbols = sorted(a.free_symbols | b.free_symbols, key=lambda s: s.name)
    if not symbols:
        return _compare_numbers(a, b)
    rng = random.Random(_seed(a, b))
    fa, fb = _lambdify(a, symbols), _lambdify(b, symbols)
    indexed: dict = {}
    agree, domain_witness = 0, None
    for point in _sampler(symbols, assumptions, rng):
        if clock.spent():
            break
        va = _evaluate(fa, a, symbols, point, DPS, indexed)
        if va is None or not _is_real(va):
            continue  # outside where the left side is defined: removable points are ignored
        vb = _evaluate(fb, b, symbols, point, DPS, indexed)
        if vb is None or not _is_real(vb):
            domain_witness = domain_witness or point
            continue
        if _close(mpmath.re(va), mpmath.re(vb), DPS):
            agree += 1
            if agree >= POINTS:
                break
            continue
        confirmed = _confirm(fa, fb, a, b, symbols, point, indexed)
        if confirmed:
            return confirmed
    if domain_witness:
        where = _format_point(domain_witness)
        return Verdict("unknown", reason=f"equal only on part of the domain: at {where} the second "
                                         "expression is undefined or not real, the first is not",
                       witness={str(s): _fmt(v) for s, v in domain_witness.items()})
    if agree >= POINTS:
        return Verdict("equal", f"numeric: agrees at {agree} random points ({DPS} digits)")
    if agree:
        return Verdict("unknown", reason=f"agrees at only {agree} points before the budget ran out")
    return Verdict("unknown", reason="found no point of the domain where the expressions are "
                                     "defined")


def _confirm(fa, fb, a, b, symbols, point, indexed) -> Verdict | None:
    """Re-evaluate a disagreement at higher precision before calling it a difference."""
    va = _evaluate(fa, a, symbols, point, CONFIRM_DPS, indexed)
    vb = _evaluate(fb, b, symbols, point, CONFIRM_DPS, indexed)
    if va is None or vb is None or not (_is_real(va) and _is_real(vb)):
        return None
    va, vb = mpmath.re(va), mpmath.re(vb)
    if _close(va, vb, CONFIRM_DPS):
        return None
    witness = {str(s): _fmt(v) for s, v in point.items() if not str(s).startswith("_")}
    return Verdict("not_equal", f"numeric witness {_format_point(point)}: "
                                f"{mpmath.nstr(va, 6)} vs {mpmath.nstr(vb, 6)}",
                   witness=witness)


def _compare_numbers(a, b) -> Verdict:
    try:
        va, vb = sp.N(a, CONFIRM_DPS), sp.N(b, CONFIRM_DPS)
    except (TypeError, ValueError, ArithmeticError):
        return Verdict("unknown", reason="could not evaluate the numbers")
    if not (va.is_number and vb.is_number) or va.has(sp.nan, sp.zoo) or vb.has(sp.nan, sp.zoo):
        return Verdict("unknown", reason="could not evaluate the numbers")
    if va.is_infinite or vb.is_infinite:
        same = va == vb
        return Verdict("equal" if same else "not_equal", "infinite values")
    diff = abs(complex(va - vb))
    scale = max(1.0, abs(complex(va)), abs(complex(vb)))
    if diff <= scale * 1e-40:
        return Verdict("equal", f"numeric: equal to {CONFIRM_DPS} digits")
    return Verdict("not_equal", f"the values differ: {sp.N(a, 8)} vs {sp.N(b, 8)}", witness={})


def _fmt(v) -> str:
    return str(v) if isinstance(v, int) else f"{v:.4g}"


def _format_point(point) -> str:
    shown = [f"{s}={_fmt(v)}" for s, v in point.items() if not str(s).startswith("_")]
    return ", ".join(shown) or "any value of the unknown functions"


def unit_factor(unit: str | None) -> float | None:
    """How many bits a unit word is (None for a unit we cannot convert)."""
    if unit is None:
        return 1.0
    return UNITS.get(unit)

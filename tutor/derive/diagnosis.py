"""Say why a wrong step is wrong: a registry of small detectors, each a pure function."""

from __future__ import annotations

import random
from collections.abc import Callable

import mpmath
import sympy as sp

from tutor.budget import AttemptTimedOut, attempt
from tutor.compat import to_mpf
from tutor.derive.notation import notation
from tutor.functions import expand_ml
from tutor.judge.decimals import exact
from tutor.judge.evaluation import evaluated
from tutor.judge.high_precision import Evaluator

Detector = Callable[[sp.Basic, sp.Basic], "tuple[str, str] | None"]
DETECTORS: list[Detector] = []


def detector(fn: Detector) -> Detector:
    DETECTORS.append(fn)
    return fn


def _numbers(expected, got) -> bool:
    """Two plain numbers: their difference is arithmetic, not a factor, term or exponent."""
    return not (expected.free_symbols or got.free_symbols)


def _values(e, n: int = 5) -> list | None:
    """e at n fixed points (each symbol in 0.15..0.85, where logs of p and 1-p are real)."""
    try:
        e = expand_ml(e)   # σ(z), softplus, …: the evaluator knows exp and log
        symbols = sorted(e.free_symbols, key=lambda s: s.name)
        evaluate = Evaluator(e)  # walks the tree: no code is generated from user names
        out = []
        for k in range(n):
            point = {s: mpmath.mpf(random.Random(f"{s.name}/{k}").uniform(0.15, 0.85))
                     for s in symbols}
            value = evaluate(point, 30)
            if value is None or not isinstance(value, mpmath.mpf):
                return None
            out.append(value)
        return out
    except Exception:  # noqa: BLE001 - a probe for a hint: any failure means "no value"
        return None


def _zero(e) -> bool:
    """e is 0 at every probe point (a cheap screen: detectors only name a slip)."""
    if e == 0:
        return True
    values = _values(e)
    return values is not None and all(abs(v) < mpmath.mpf(10) ** -20 for v in values)


def _constant(e) -> bool:
    return not e.free_symbols and e.is_finite is not False


def _constant_value(e):
    """The constant value of e if it is the same at every probe point, as a simple number."""
    values = _values(e)
    if not values or any(isinstance(v, mpmath.mpc) for v in values):
        return None
    if any(abs(v - values[0]) > mpmath.mpf(10) ** -20 * max(1, abs(values[0]))
           for v in values):
        return None
    return _simple_number(values[0])


def _simple_number(value):
    """A short closed form of a float: p/q, or p/q times a log or π, else None."""
    def rational(v):
        r = sp.nsimplify(sp.Float(v, 30), rational=True, tolerance=1e-18)
        return r if r.q < 10**4 and abs(r.p) < 10**8 else None
    found = rational(value)
    if found is not None:
        return found
    for c in (sp.log(2), sp.log(10), sp.log(3), sp.pi, sp.E):
        cv = mpmath.mpf(to_mpf(c, 100))
        for k, v in ((1, value / cv), (-1, value * cv)):
            r = rational(v)
            if r is not None:
                return r * c**k
    return None


def show(e) -> str:
    """An expression in the learner's notation (`2x^2`, `e^(-x)`, `ln(x)`), for messages."""
    return notation(e)


@detector
def diagnose_log_base(expected, got):
    ratio = _constant_value(got / expected)
    logs = ratio.atoms(sp.log) if ratio is not None else ()
    if logs and all(a.args[0].is_Integer for a in logs) and sp.count_ops(ratio) <= 3:
        return "log-base", f"off by the factor {show(ratio)}: a logarithm in another base?"
    return None


@detector
def diagnose_sign(expected, got):
    if _zero(expected + got):
        return "sign", "the sign is wrong: the whole expression should be negated"
    num_e, den_e = sp.fraction(sp.together(expected))
    num_g, den_g = sp.fraction(sp.together(got))
    if _zero(den_e + den_g):
        num_g = -num_g
    elif not _zero(den_e - den_g):
        num_g = sp.expand(num_g * den_e / den_g)
    terms = sp.Add.make_args(sp.expand(num_e))
    for term in terms:
        if _zero(sp.expand(num_e - 2 * term) - sp.expand(num_g)):
            return "sign", f"the term {show(term)} has the wrong sign (got {show(-term)})"
    if len(terms) <= 8:  # several terms with the wrong sign, e.g. a lost alternating sign
        half = sp.expand((num_e - num_g) / 2)
        sub = [t for t in terms if t in sp.Add.make_args(half)]
        if sub and len(sub) < len(terms) and _zero(half - sp.Add(*sub)):
            shown = ", ".join(show(t) for t in sub)
            return "sign", f"the terms {shown} have the wrong sign"
    return None


@detector
def diagnose_inner_chain_rule(expected, got):
    """got misses the factor u' of some composed f(u) inside it: expected = got · u'."""
    if not got.free_symbols:
        return None
    ratio = expected / got
    for node in sp.preorder_traversal(got):
        if isinstance(node, sp.Function) and node.args:
            inner = node.args[0]
        elif isinstance(node, sp.Pow) and node.base.is_number and not node.exp.is_number:
            inner = node.exp
        else:
            continue
        for var in sorted(inner.free_symbols, key=lambda v: v.name):
            du = sp.diff(inner, var)
            if du.is_number and abs(du) == 1:
                continue
            if _zero(ratio - du):
                return "chain-rule", f"missing the inner derivative {show(du)} of {show(inner)}"
    return None


def diagnose_sign_inside(expected, written):
    """One term of a sum, as the learner wrote it, has the wrong sign."""
    for node in sp.preorder_traversal(written):
        if isinstance(node, sp.Add) and len(node.args) <= 12:
            swaps = [(node, sp.Add(*[-t if t is term else t for t in node.args],
                                    evaluate=False), term) for term in node.args]
        elif isinstance(node, sp.Pow) and node.exp.is_number:
            swaps = [(node, sp.Pow(node.base, -node.exp, evaluate=False), node.exp)]
        elif (isinstance(node, sp.Number) and node.is_negative) or (
                isinstance(node, sp.Mul) and node.args and node.args[0] == -1):
            swaps = [(node, -node, node)]
        else:
            continue
        for old, new, term in swaps:
            fixed = evaluated(expand_ml(_swap(written, old, new)))
            if _zero(expected - fixed):
                return "sign", f"the term {show(evaluated(term))} should be " \
                               f"{show(-evaluated(term))}"
    return None


@detector
def diagnose_reciprocal(expected, got):
    if _zero(expected * got - 1):
        return "reciprocal", f"this is the reciprocal of {show(expected)}"
    return None


@detector
def diagnose_factor(expected, got):
    if _numbers(expected, got):
        return None  # two numbers that differ: an arithmetic slip, not a factor
    ratio = _constant_value(got / expected)
    if ratio is None or ratio in (0, 1, -1):
        return None
    if ratio.is_Rational or (ratio.is_Float is True):
        return "factor", f"off by a factor of {show(ratio)}"
    return None


@detector
def diagnose_exponent(expected, got):
    if _numbers(expected, got):
        return None
    def powers(e):
        return [(p, p.base, p.exp) if isinstance(p, sp.Pow) else (p, sp.E, p.args[0])
                for p in sp.preorder_traversal(e) if isinstance(p, (sp.Pow, sp.exp))]
    for a, base_a, exp_a in powers(expected):
        for b, base_b, exp_b in powers(got):
            if base_a == base_b and exp_a != exp_b and _zero(expected.xreplace({a: b}) - got):
                return "exponent", f"the exponent of {show(base_a)} should be {show(exp_a)}, " \
                                   f"not {show(exp_b)}"
    return None


@detector
def diagnose_expansion(expected, got):
    for p in sp.preorder_traversal(expected):
        if isinstance(p, sp.Pow) and isinstance(p.base, sp.Add) and p.exp.is_Integer \
                and 2 <= p.exp <= 6:
            naive = sp.Add(*[t ** p.exp for t in p.base.args])
            if _zero(expected.xreplace({p: naive}) - got):
                return "expansion", f"({show(p.base)})^{p.exp} needs the cross terms " \
                                    f"{show(sp.expand(p) - naive)}"
    return None


def _log_nodes(expr):
    """(node, argument, scale): ln(a) with scale 1, and log_b(a) = ln(a)·(1/ln b) as written."""
    for node in sp.preorder_traversal(expr):
        if isinstance(node, sp.log):
            yield node, node.args[0], sp.Integer(1)
        elif isinstance(node, sp.Mul) and len(node.args) == 2:
            lg = [a for a in node.args if isinstance(a, sp.log)]
            inv = [a for a in node.args if isinstance(a, sp.Pow) and a.exp == -1
                   and isinstance(a.base, sp.log)]
            if lg and inv:
                yield node, lg[0].args[0], inv[0]


def _wrong_log_laws(arg, scale):
    """What a learner may write for log(arg) when a law of logarithms goes wrong."""
    def L(x):  # noqa: N802 - the log in the learner's base
        return sp.log(x) * scale
    out = []
    if isinstance(arg, sp.Mul):
        factors = arg.args
        out.append(sp.Mul(*[L(a) for a in factors]))
        out.append(L(sp.Add(*factors)))
        if len(factors) == 2:
            a, c = factors
            if isinstance(c, sp.Pow) and c.exp == -1:
                out += [L(a) / L(c.base), L(a - c.base), L(a) * L(c.base)]
    if isinstance(arg, sp.Add):
        out += [sp.Add(*[L(a) for a in arg.args]), sp.Mul(*[L(a) for a in arg.args])]
    if isinstance(arg, sp.Pow) and arg.exp != -1:
        out += [L(arg.base) ** arg.exp, L(arg.base) / arg.exp, arg.base * L(arg.exp)]
    return out


@detector
def diagnose_log_rule(expected, got):
    for node, arg, scale in _log_nodes(expected):
        for w in _wrong_log_laws(arg, scale):
            if _zero(evaluated(expand_ml(expected.xreplace({node: w}))) - got):
                return "log-rule", f"{show(w)} is not {show(node)}: check the laws of " \
                                   "logarithms"
    return None


@detector
def diagnose_term(expected, got):
    if _numbers(expected, got):
        return None
    diff = _constant_value(got - expected)
    if diff is None:
        diff = sp.expand(got - expected)
    if diff.is_Rational or len(sp.Add.make_args(diff)) == 1:
        return "term", f"the difference from the right result is {show(diff)}"
    return None


@detector
def diagnose_arithmetic(expected, got):
    if not _numbers(expected, got):
        return None
    return "arithmetic", f"the value is {show(sp.nsimplify(expected))} " \
                         f"(≈ {sp.N(expected, 6)}), not {sp.N(got, 6)}"


def diagnose(expected, got, previous=None) -> tuple[str, str] | None:
    """The first detector that explains `got` where `expected` was right, in a short budget."""
    # evaluated (1·3⁻¹ is 1/3, not a float division) and decimals exact as written: 0.98 = 49/50
    if _too_large(expected) or _too_large(got):
        return None  # naming a slip is not worth expanding (x+1)^100000
    written, as_written = _as_written(got), _as_written(expected)
    expected = exact(evaluated(expand_ml(as_written)))
    got = exact(evaluated(expand_ml(written)))
    try:
        with attempt(0.8):
            if previous is not None:
                chain = diagnose_chain_rule(previous, got)
                if chain:
                    return chain
            for fn in DETECTORS:
                try:
                    found = fn(expected, got)
                except Exception:  # noqa: BLE001 - detectors are best effort, never fatal
                    continue
                if found:
                    if found[0] in ("term", "arithmetic"):  # the written forms may say more
                        return _structural(as_written, written, expected, got) or found
                    return found
            return _structural(as_written, written, expected, got)
    except (AttemptTimedOut, TypeError, ValueError, NotImplementedError, ZeroDivisionError,
            AttributeError):
        return None
    return None


def _swap(expr, old, new):
    """Replace one node, keeping everything else unevaluated as written."""
    if expr is old:
        return new
    if expr.is_Atom:
        return expr
    args = [_swap(a, old, new) for a in expr.args]
    if isinstance(expr, (sp.Add, sp.Mul, sp.Pow)):
        return expr.func(*args, evaluate=False)
    return expr.func(*args)


def _as_written(expr):
    """Decimals as exact rationals, keeping the unevaluated shape the learner wrote."""
    if expr.is_Atom:
        return exact(expr)
    args = [_as_written(a) for a in expr.args]
    if isinstance(expr, (sp.Add, sp.Mul, sp.Pow)):
        return expr.func(*args, evaluate=False)
    try:
        return expr.func(*args)
    except (TypeError, ValueError):
        return expr


def _too_large(expr) -> bool:
    powers = (p for p in sp.preorder_traversal(expr) if isinstance(p, sp.Pow))
    return any(p.exp.is_Number and abs(p.exp) > 64 and p.base.free_symbols for p in powers) \
        or sp.count_ops(expr) > 300


def _structural(as_written, written, expected, got):
    """Detectors that need the forms as written (sympy evaluates log(4^6) to 12 ln 2)."""
    return diagnose_log_rule(as_written, got) or diagnose_sign_inside(expected, written)


def diagnose_chain_rule(previous, got):
    """A derivative that misses the inner derivative of a composed function."""
    derivs = [d for d in sp.preorder_traversal(previous) if isinstance(d, sp.Derivative)]
    if not derivs:
        return None
    d = derivs[0]
    var = d.variables[0]
    right = d.doit()
    for f in sp.preorder_traversal(d.expr.doit()):
        if isinstance(f, sp.Function) and f.args:
            arg = f.args[0]
        elif isinstance(f, sp.Pow) and f.base.has(var) and not f.exp.has(var):
            arg = f.base  # (2x+1)^5, sqrt(x^2+1)
        else:
            continue
        if arg != var and arg.has(var):
            inner = sp.diff(arg, var)
            if inner != 1 and _zero(got * inner - right):
                return "chain-rule", f"missing the inner derivative {show(inner)} of {show(arg)}"
    return None


def diagnose_solve_step(correct_rhs, got_rhs, var) -> tuple[str, str]:
    """A wrong equation step while solving for var: say which operation went wrong."""
    found = diagnose_term(correct_rhs, got_rhs) or diagnose_factor(correct_rhs, got_rhs) \
        or diagnose(correct_rhs, got_rhs)
    if found and found[0] == "factor":
        ratio = sp.simplify(got_rhs / correct_rhs)
        return "solve-step", f"{var} should be {show(correct_rhs)}; the result is off by the " \
                             f"factor {show(ratio)} (divide both sides by the coefficient of {var})"
    detail = found[1] if found else "the equations do not have the same solutions"
    return "solve-step", f"{var} should be {show(correct_rhs)}: {detail}"

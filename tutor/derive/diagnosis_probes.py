"""The probes the diagnosis detectors share: values at fixed points, written forms, messages."""

from __future__ import annotations

import functools
import math
import random
import signal
import threading

import mpmath
import sympy as sp

from tutor.compat import to_mpf
from tutor.derive.notation import notation
from tutor.functions import expand_ml
from tutor.judge import caching
from tutor.judge.decimals import exact
from tutor.judge.evaluation import evaluated
from tutor.judge.high_precision import Evaluator


def numbers(expected, got) -> bool:
    """Two plain numbers: their difference is arithmetic, not a factor, term or exponent."""
    return not (expected.free_symbols or got.free_symbols)


# a pure function of the expression: the same values for every detector and every learner
# (remembered only when no alarm can have cut the evaluation short)
VALUES = caching.memo(4096)


def values(e, n: int = 5) -> list | None:
    """e at n fixed points (each symbol in 0.15..0.85, where logs of p and 1-p are real)."""
    known = VALUES.get((e, n))
    if known is not None:
        return list(known)
    quiet = caching.Quiet()
    found = _values(e, n)
    if found is not None and quiet():
        VALUES.put((e, n), tuple(found))
    return found


@functools.lru_cache(maxsize=1024)
def _coordinate(name: str, k: int):
    return mpmath.mpf(random.Random(f"{name}/{k}").uniform(0.15, 0.85))


def _values(e, n: int) -> list | None:
    try:
        e = expand_ml(e)   # σ(z), softplus, …: the evaluator knows exp and log
        symbols = sorted(e.free_symbols, key=lambda s: s.name)
        evaluate = Evaluator(e)  # walks the tree: no code is generated from user names
        out = []
        for k in range(n):
            point = {s: _coordinate(s.name, k) for s in symbols}
            value = evaluate(point, 30)
            if value is None or not isinstance(value, mpmath.mpf):
                return None
            out.append(value)
        return out
    except Exception:  # noqa: BLE001 - a probe for a hint: any failure means "no value"
        return None


def zero(e) -> bool:
    """e is 0 at every probe point, relative to the size of its terms (a cheap screen:
    detectors only name a slip; 1e-15 - 2e-15 is not 0)."""
    if e == 0:
        return True
    found = values(e)
    if found is None:
        return False
    scales = [values(t) for t in sp.Add.make_args(e)] if e.is_Add else [found]
    if any(s is None for s in scales):
        return False
    tiny = mpmath.mpf(10) ** -20
    return all(abs(v) <= tiny * max(abs(s[k]) for s in scales)
               for k, v in enumerate(found))


def constant_value(e):
    """The constant value of e if it is the same at every probe point, as a simple number."""
    found = values(e)
    if not found or any(isinstance(v, mpmath.mpc) for v in found):
        return None
    if any(abs(v - found[0]) > mpmath.mpf(10) ** -20 * max(1, abs(found[0])) for v in found):
        return None
    return simple_number(found[0])


def simple_number(value):
    """A short closed form of a float: p/q, or p/q times a log or π, else None."""
    def rational(v):
        r = sp.nsimplify(sp.Float(v, 30), rational=True, tolerance=1e-14)
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


def appears(factor, *exprs) -> bool:
    """factor (a symbol, or a node as such) is part of one of exprs."""
    return factor.is_Symbol or any(factor in set(sp.preorder_traversal(e)) or
                                   -factor in set(sp.preorder_traversal(e)) for e in exprs)


def show(e) -> str:
    """An expression in the learner's notation (`2x^2`, `e^(-x)`, `ln(x)`), for messages."""
    return notation(e)


def _decimals_back(x):
    """The rationals read from decimals shown as the decimals written (19/2000 → 0.0095)."""
    if x.is_Atom:
        return WRITTEN_DECIMALS.get(x, x) if x.is_Rational else x
    args = [_decimals_back(a) for a in x.args]
    if isinstance(x, (sp.Add, sp.Mul, sp.Pow, sp.Function)):
        return x.func(*args, evaluate=False)
    return x.func(*args)


def shown(e) -> str:
    """A part of a line as the learner wrote it, terms in the order written, decimals too."""
    return notation(_decimals_back(e) if WRITTEN_DECIMALS else e, written=True)


def said(e) -> str:
    """An expression for a diagnosis sentence: learner notation, decimals as written."""
    return notation(_decimals_back(e) if WRITTEN_DECIMALS else e)


def listed(items: list[str]) -> str:
    """`a`, `a and b`, `a, b and c`."""
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def swap(expr, old, new, every: bool = False):
    """Replace one node (`every`: each part equal to it), the rest unevaluated as written."""
    if expr is old or (every and expr == old):
        return new
    if expr.is_Atom:
        return expr
    args = [swap(a, old, new, every) for a in expr.args]
    if isinstance(expr, (sp.Add, sp.Mul, sp.Pow)):
        return expr.func(*args, evaluate=False)
    return expr.func(*args)


WRITTEN_DECIMALS: dict = {}   # 19/2000 → 0.0095: a decimal is shown in a message as written


def as_written(expr):
    """Decimals as exact rationals, keeping the unevaluated shape the learner wrote."""
    if expr.is_Atom:
        out = exact(expr)
        if expr.is_Float and out != expr and len(WRITTEN_DECIMALS) < 1000:
            WRITTEN_DECIMALS[out] = expr
        return out
    args = [as_written(a) for a in expr.args]
    if isinstance(expr, (sp.Add, sp.Mul, sp.Pow)):
        return expr.func(*args, evaluate=False)
    try:
        if isinstance(expr, sp.Function):   # sin(0) stays sin(0), as written
            return expr.func(*args, evaluate=False)
        return expr.func(*args)
    except (TypeError, ValueError):
        return expr


def value(expr):
    """The written form evaluated as the detectors compare it (decimals exact as written)."""
    return exact(evaluated(expand_ml(expr)))


def too_large(expr) -> bool:
    powers = (p for p in sp.preorder_traversal(expr) if isinstance(p, sp.Pow))
    return any(p.exp.is_Number and abs(p.exp) > 64 and p.base.free_symbols for p in powers) \
        or sp.count_ops(expr) > 300


def window(seconds: float) -> float:
    """At most `seconds`, and at most 40% of the time the enclosing step budget has left: naming
    a slip must never use up the budget and turn an error into "unchecked"."""
    left = math.inf
    if hasattr(signal, "getitimer") and threading.current_thread() is threading.main_thread():
        remaining = signal.getitimer(signal.ITIMER_REAL)[0]
        left = remaining if remaining > 0 else math.inf
    return min(seconds, 0.4 * left)

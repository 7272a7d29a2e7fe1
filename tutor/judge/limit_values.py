"""Values of limits: sympy's answer, trusted only when numbers near the point agree with it."""

from __future__ import annotations

import random

import mpmath
import sympy as sp
from sympy.polys.polyerrors import BasePolynomialError

from tutor.budget import AttemptTimedOut
from tutor.judge import caching
from tutor.judge.caching import attempt
from tutor.judge.evaluation import evaluated
from tutor.judge.high_precision import Evaluator
from tutor.judge.order_limits import has_order_terms, without_order_terms

STEPS = (4, 6, 8)  # approach the point to 10^-4, 10^-6, 10^-8 (or out to 10^4 … 10^8)
# at ±∞ also out to 10^4, 10^8, 10^16: a slow power like x^(-1/3) is still 0.002 at 10^8, too
# far from its limit 0 by the measure of a finite point; at 10^16 it is 5·10^-6
FAR_STEPS = (4, 8, 16)
DPS = 80
INTEGRAL_SECONDS = 0.3  # an integral in a limit worked out first (∫_0^x e^{t²} dt), at most this


LIMITS = caching.memo(1024)   # Limit -> its verified value, or NO_VALUE
NO_VALUE = "no value"
# functions continuous wherever they are defined: a body made of these and arithmetic has, at a
# point where substituting gives a finite number, that number as its limit
CONTINUOUS = (sp.exp, sp.log, sp.sin, sp.cos, sp.tan, sp.cot, sp.sec, sp.csc, sp.asin, sp.acos,
              sp.atan, sp.acot, sp.sinh, sp.cosh, sp.tanh, sp.coth, sp.sech, sp.csch, sp.asinh,
              sp.acosh, sp.atanh, sp.acoth, sp.Abs, sp.Max, sp.Min, sp.erf, sp.erfi)


def verified_limit(lim: sp.Limit, seconds: float = 1.0):
    """The value of `lim`, or None when sympy cannot find it or numbers disagree with it.

    Remembered per Limit unless an attempt timed out on the way (then more time could give a
    value)."""
    known = LIMITS.get(lim)
    if known is not None:
        return None if known is NO_VALUE else known
    timeouts = caching.timeouts()
    value = _verified_limit(lim, seconds)
    if caching.timeouts() == timeouts:
        LIMITS.put(lim, NO_VALUE if value is None else value)
    return value


def _verified_limit(lim: sp.Limit, seconds: float):
    if has_order_terms(lim.args[0]):   # lim (x²/2 + o(x²))/x²: the rest tends to nothing
        lim = without_order_terms(lim)
        if lim is None:
            return None
    body, var, point, direction = lim.args
    plain = evaluated(body)
    if plain.has(sp.Integral):  # ∫_0^x e^{t²} dt under the limit: worked out first
        body = plain = _integrals_done(plain)
        lim = sp.Limit(plain, var, point, direction)
    proved = _rational_limit(plain, var, point)
    if proved is not None:
        return evaluated(proved)
    for guess in (_continuous_limit, _lhopital_limit):
        candidate = guess(plain, var, point)
        if candidate is not None:
            candidate = evaluated(candidate)
            if _verified(lim, candidate):
                return candidate
    try:
        with attempt(seconds):
            value = sp.limit(body, var, point, str(direction))
    except (AttemptTimedOut, NotImplementedError, ValueError, TypeError, ZeroDivisionError):
        return None
    if value.has(sp.Limit, sp.nan, sp.AccumBounds) or value is sp.zoo:
        return None
    return value if _verified(lim, value) else None


def _rational_limit(body, var, point):
    """The limit of a rational function with rational coefficients at a finite point, by exact
    algebra (the other symbols stay free, as in sympy's answer): written as p/q in lowest terms
    over the rationals (sympy's sparse polynomials: p and q share no factor), q(point) is not
    zero as a polynomial in the other symbols exactly when the limit is p(point)/q(point);
    otherwise (x - point) divides q and not p, and there is no finite limit: None. None also
    when the body is not such a function."""
    if not (point.is_Rational and _plain_rational(body)):
        return None
    gens = sorted(body.free_symbols | {var}, key=lambda s: s.name)
    try:
        fraction = sp.QQ.frac_field(*gens).from_sympy(body)
        top, bottom = fraction.numer, fraction.denom
        at = top.ring.gens[gens.index(var)], sp.QQ(point.p, point.q)
        high, low = top.subs(*at), bottom.subs(*at)
    except (TypeError, ValueError, NotImplementedError, ZeroDivisionError, BasePolynomialError):
        return None
    if not low:
        return None
    return high.as_expr() / low.as_expr()


def _plain_rational(expr) -> bool:
    """Sums, products and integer powers of symbols and rational numbers only."""
    for node in sp.preorder_traversal(expr):
        if node.is_Symbol or node.is_Rational or isinstance(node, (sp.Add, sp.Mul)):
            continue
        if isinstance(node, sp.Pow) and node.exp.is_Integer:
            continue
        return False
    return True


def _integrals_done(body):
    """`x - ∫_0^x e^{t²} dt` as `x - √π·erfi(x)/2`: integrals sympy works out in a moment (their
    values and numbers are then plain); else the body as it is."""
    try:
        with attempt(INTEGRAL_SECONDS):
            done = body.doit()
    except (AttemptTimedOut, NotImplementedError, ValueError, TypeError, ZeroDivisionError):
        return body
    return body if done.has(sp.Integral) else done


def _continuous_limit(body, var, point):
    """The body's value at the point, when the body is made of arithmetic and functions
    continuous where defined and that value is finite: a candidate, still checked numerically
    (the point may be an end of the domain, as 0 is for sqrt(h)). At ±∞ sympy's arithmetic of
    infinities gives it (1/(1 + e^-∞) = 1), or nan for an indeterminate form (∞/∞, 1^∞)."""
    if not point.is_number or not _continuous_parts(body):
        return None
    try:
        value = body.xreplace({var: point})
    except (TypeError, ValueError, ZeroDivisionError):
        return None
    return value if _finite(value) else None


def _lhopital_limit(body, var, point, rounds: int = 4):
    """L'Hôpital's rule on numerator/denominator made of functions continuous (and smooth)
    where defined, at a finite point where both vanish: the first ratio of derivatives whose
    denominator does not vanish there. A candidate, still checked numerically."""
    if not point.is_number or not point.is_finite:
        return None
    top, bottom = sp.fraction(body)
    try:
        for _ in range(rounds):
            if not (_continuous_parts(top) and _continuous_parts(bottom)):
                return None
            high, low = top.xreplace({var: point}), bottom.xreplace({var: point})
            if not (_finite(high) and _finite(low)):
                return None
            if low != 0:
                return high / low
            if high != 0:
                return None  # c/0: infinite or no limit, sympy's business
            top, bottom = sp.diff(top, var), sp.diff(bottom, var)
    except (TypeError, ValueError, ZeroDivisionError, NotImplementedError):
        return None
    return None


def _continuous_parts(expr) -> bool:
    for node in sp.preorder_traversal(expr):
        if node.is_Atom or isinstance(node, (sp.Add, sp.Mul, sp.Pow, *CONTINUOUS)):
            continue
        return False
    return True


def _finite(value) -> bool:
    return not value.has(sp.nan, sp.zoo, sp.oo, -sp.oo, sp.AccumBounds)


def _verified(lim: sp.Limit, value) -> bool:
    """Numbers near the point agree with `value`, at two random values of the other symbols."""
    body, var, point, direction = lim.args
    others = sorted(body.free_symbols - {var}, key=lambda s: s.name)
    rng = random.Random(sp.srepr(lim))
    try:
        evaluate = Evaluator(body)  # walks the tree: no code is generated from user names
    except Exception:  # noqa: BLE001 - what cannot be evaluated is not verified
        return False
    agreed = 0
    for _ in range(TRIES if others else 2):
        point_values = {s: sp.Rational(rng.randint(3, 17), 7) for s in others}
        try:
            target = value.xreplace(point_values)
        except ValueError:  # d f(x₀)/dx₀ at x₀ = 3/7: a derivative not worked out, no number
            return False
        if others and not real_or_infinite(target):  # √(3x - 4) at x = 1: not a point of it
            continue
        if not (_agrees(evaluate, point_values, var, point, str(direction), target)
                or point.is_infinite and _agrees(evaluate, point_values, var, point,
                                                 str(direction), target, FAR_STEPS)):
            return False
        agreed += 1
        if agreed == 2:
            return True
    return False


# points of the other symbols tried for two where the value is real (3/(2√(3x - 4)) needs x > 4/3)
TRIES = 8


def real_or_infinite(target) -> bool:
    """Whether a value at the chosen point is a real number or ±∞ (not complex, not undefined)."""
    if target in (sp.oo, -sp.oo):
        return True
    try:
        number = sp.N(target, 30)
    except (TypeError, ValueError, ArithmeticError):
        return False
    return bool(number.is_real and number.is_finite)


def _approach(point, direction: str, k: int) -> list:
    if point is sp.oo:
        return [mpmath.mpf(10) ** k]
    if point is -sp.oo:
        return [-mpmath.mpf(10) ** k]
    a = mpmath.mpf(sp.N(point, DPS)._to_mpmath(DPS * 4))
    step = mpmath.mpf(10) ** -k
    sides = {"+": [1], "-": [-1]}.get(direction, [1, -1])
    return [a + s * step for s in sides]


def _agrees(evaluate: Evaluator, values: dict, var, point, direction: str, value,
            steps=STEPS) -> bool:
    """The body's values (`evaluate`, the other symbols at `values`) near the point move
    towards `value` (or grow without bound)."""
    try:
        with mpmath.workdps(DPS):
            runs = [[evaluate({**values, var: t}, DPS) for t in _approach(point, direction, k)]
                    for k in steps]
            if any(v is None or not isinstance(v, mpmath.mpf) for r in runs for v in r):
                return False
            if value in (sp.oo, -sp.oo):
                sign = 1 if value is sp.oo else -1
                growing = all(sign * b > sign * a for ra, rb in zip(runs, runs[1:], strict=False)
                              for a, b in zip(ra, rb, strict=False))
                big = all(sign * v > 1e3 for v in runs[-1])
                # slow growth (log-like) keeps its increments; a finite limit's shrink fast
                steps = [abs(b[0] - a[0]) for a, b in zip(runs, runs[1:], strict=False)]
                # and grows by more than rounding: (|x+h| - |x|)/h at x = 4/7 is 1 ± 10⁻⁷⁵
                moving = steps[0] > 1e-6 * max(1, abs(runs[0][0]))
                return growing and (big or (moving and steps[1] >= 0.5 * steps[0]))
            target = mpmath.mpf(sp.N(value, DPS)._to_mpmath(DPS * 4))
            errors = [max(abs(v - target) for v in r) for r in runs]
            scale = max(1, abs(target))
            close = errors[-1] <= 1e-3 * scale and errors[-1] <= errors[0] + 1e-30 * scale
            shrinking = errors[-1] <= 1e-2 * errors[0]  # converging (linearly or faster)
            return close or shrinking
    except Exception:  # noqa: BLE001 - any failure to evaluate means "not verified"
        return False


def unbounded_beside(lim: sp.Limit, value) -> dict | None:
    """A point of the other symbols where the body of `lim` (at a finite point) grows without
    bound from each side it is taken from, by numbers near the point, while `value` (free of
    the limit's variable) is a finite real number there: {symbol: number, …}; else None."""
    body, var, point, direction = lim.args
    others = sorted(body.free_symbols - {var}, key=lambda s: s.name)
    if not point.is_finite or value.has(var) or not value.free_symbols <= set(others):
        return None
    try:
        evaluate = Evaluator(body)
    except Exception:  # noqa: BLE001 - what cannot be evaluated gives no point
        return None
    sides = ["+", "-"] if str(direction) == "+-" else [str(direction)]
    for k in range(3, 18):
        point_values = {s: sp.Rational(k + 2 * n, 7) for n, s in enumerate(others)}
        at = value.xreplace(point_values)
        if at.has(sp.oo, -sp.oo, sp.zoo) or not real_or_infinite(at):  # lim 1/h² = ∞: right
            continue
        if all(any(_agrees(evaluate, point_values, var, point, side, sign) for sign in (sp.oo,
                                                                                      -sp.oo))
               for side in sides):
            return point_values
    return None

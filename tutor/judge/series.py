"""Truncated series checked by their Taylor coefficients: `1 + x + x²/2 + …`, `… + O(x⁴)`, `≈`."""

from __future__ import annotations

from dataclasses import dataclass

import sympy as sp

from tutor.compat import AppliedUndef
from tutor.functions import expand_ml
from tutor.judge.series_products import product_parts
from tutor.judge.taylor_screen import analytic_at, taylor_values
from tutor.model import Verdict
from tutor.names import BIG_O, ELLIPSIS, LITTLE_O

MAX_ORDER = 16   # a series written past x^15 is not expanded (bounded work)
SCREENED = 4     # coefficients compared from derivatives before a series is expanded
SERIES = "series"   # the method of a verdict settled by Taylor coefficients
_T = sp.Dummy("t")  # the distance from the point: x = a + t


@dataclass(frozen=True)
class Truncated:
    """A side read as polynomial + rest: the rest starts at `order` (O(x^n): n), or after the
    last term written (`…`, ≈: None); the variable and point when the rest names them."""

    poly: sp.Expr
    order: int | None
    var: sp.Symbol | None = None
    point: sp.Expr | None = None


def truncated(expr) -> Truncated | None:
    """`expr` as a polynomial and a rest `+ …` or `+ O(x^n)` at its end; None otherwise."""
    if not isinstance(expr, sp.Expr) or not expr.has(ELLIPSIS, BIG_O, LITTLE_O):
        return None
    product = product_parts(expr, truncated)  # (1 - x²/2 + o(x²))(1 + x/2 + o(x²))
    if product is not None:
        return Truncated(product[0], product[1], product[2], sp.Integer(0))
    terms = sp.Add.make_args(_spread(expr))
    rest = [t for t in terms if _rest(t) is not None]
    poly = sp.Add(*[t for t in terms if _rest(t) is None])
    if not rest or poly.has(ELLIPSIS, BIG_O, LITTLE_O):
        return None   # `…` inside a term (x^2 + … + x^n): not a rest
    orders = {_rest(t) for t in rest} - {(None, None, None)}
    if len(orders) > 1:
        return None
    order, var, point = orders.pop() if orders else (None, None, None)
    return Truncated(poly, order, var, point)


def _spread(expr):
    """`(x³/6 + O(x⁴))/x³` as `x³/6·x⁻³ + O(x⁴)·x⁻³`: a series times a power of its variable
    (a monomial c·x^m) spread over its terms; any other expression as it is."""
    if not isinstance(expr, sp.Mul):
        return expr
    series = [f for f in expr.args if isinstance(f, sp.Add) and f.has(ELLIPSIS, BIG_O, LITTLE_O)]
    if len(series) != 1:
        return expr
    rest = expr / series[0]
    if rest.has(ELLIPSIS, BIG_O, LITTLE_O) or _monomial_power(rest) is None:
        return expr
    return sp.Add(*[term * rest for term in series[0].args])


def _monomial_power(expr) -> tuple | None:
    """(variable, m) of c·x^m (m an integer, |m| < MAX_ORDER); (None, 0) of a number; else None."""
    coeff, core = expr.as_coeff_Mul()
    if not coeff.is_number or coeff == 0:
        return None
    if core == 1:
        return None, 0
    base, power = core.as_base_exp()
    if isinstance(base, sp.Symbol) and power.is_Integer and abs(power) < MAX_ORDER:
        return base, int(power)
    return None


def _rest(term):
    """(order, variable, point) of a rest term (`…`, `-…`, `O(x^4)`, `O((x-1)^3)`, `O(x⁴)/x³`),
    else None."""
    coeff, core = term.as_coeff_Mul()
    if not coeff.is_number or coeff == 0:
        return None
    if core == ELLIPSIS:
        return (None, None, None)
    shift = 0
    if isinstance(core, sp.Mul):  # O(x⁴)·x⁻³: the rest of a series divided by x³
        calls = [f for f in core.args if isinstance(f, AppliedUndef)]
        monomial = _monomial_power(core / calls[0]) if len(calls) == 1 else None
        if monomial is None:
            return None
        core, (by, shift) = calls[0], monomial
    if not (isinstance(core, AppliedUndef) and core.func in (BIG_O, LITTLE_O)):
        return None
    base, power = core.args[0].as_base_exp()
    var, point = _var_point(base)
    if var is not None and power.is_Symbol and not shift:  # o(x^n): the order not said
        return (None, var, point)
    if var is None or not (power.is_Integer and 0 < power < MAX_ORDER):
        return None
    if shift and (by != var or point != 0 or not 0 < power + shift < MAX_ORDER):
        return None
    return (int(power) + shift + (core.func == LITTLE_O), var, point)


def _var_point(base):
    """`x` -> (x, 0); `x - 1` -> (x, 1); else (None, None)."""
    if isinstance(base, sp.Symbol):
        return base, sp.Integer(0)
    if isinstance(base, sp.Add) and len(base.free_symbols) == 1:
        var = next(iter(base.free_symbols))
        shift = sp.expand(base - var)
        if shift.is_number and not shift.has(var) and sp.expand(base - var - shift) == 0:
            return var, -shift
    return None, None


def is_series_pair(a, b, approx: bool) -> bool:
    """A pair this module settles: a side with a rest, or ≈ between a function of one variable
    and a polynomial in it (sin x ≈ x - x³/6)."""
    if truncated(a) is not None or truncated(b) is not None:
        return True
    return approx and _approximating(a, b) is not None


def _approximating(a, b):
    """(exact, Truncated) when exactly one side of `≈` is a polynomial in the one variable."""
    free = a.free_symbols | b.free_symbols
    if len(free) != 1:
        return None
    var = next(iter(free))
    polys = [side.is_polynomial(var) is True for side in (a, b)]
    if polys == [True, True]:  # (1+x)³ ≈ 1 + 3x: the lower degree is written; n² + n ≈ n²
        da, db = (sp.degree(sp.expand(side), var) for side in (a, b))  # (same degree): large n
        polys = [db > da, da > db] if da != db else polys
    if polys == [False, True] and b.has(var):
        return a, Truncated(b, None)
    if polys == [True, False] and a.has(var):
        return b, Truncated(a, None)
    return None


def series_verdict(a, b, approx: bool = False) -> Verdict | None:
    """Both sides compared as series; None when neither side is a truncated series."""
    try:
        return _series_verdict(a, b, approx)
    except (ValueError, NotImplementedError, TypeError, AttributeError, ArithmeticError,
            RecursionError, sp.PolynomialError):  # sympy failed on a hostile input
        return Verdict("unknown", reason="the series could not be expanded")


def _series_verdict(a, b, approx: bool) -> Verdict | None:
    ta, tb = truncated(a), truncated(b)
    if ta is not None and tb is not None:
        return _both_truncated(ta, tb, (a.free_symbols | b.free_symbols) - {ELLIPSIS})
    if ta is not None or tb is not None:
        return against_function(b if ta else a, ta or tb)
    pair = _approximating(a, b) if approx else None
    return against_function(*pair) if pair else None


def against_function(exact, written: Truncated) -> Verdict:
    """`written` against the Taylor series of `exact` at its point: equal when every written
    coefficient below the order agrees; not_equal (exactly) when a written one is wrong."""
    if exact.has(AppliedUndef):
        return Verdict("unknown", reason="a series of a function not defined here")
    if exact.has(sp.Sum, sp.Integral, sp.Derivative):
        exact = exact.doit()
        if exact.has(sp.Sum, sp.Integral, sp.Derivative, sp.Piecewise):
            return Verdict("unknown", reason="the series is not compared with an unsettled sum")
    shape = _shape(written, exact.free_symbols)
    if isinstance(shape, str):
        return Verdict("unknown", reason=shape)
    var, point, written_coeffs, order = shape
    true = taylor_coefficients(exact, var, point, order)
    if true is None:
        return Verdict("unknown", reason=f"no Taylor series at {var} = {point} to compare with")
    return _coefficients_verdict(true, written_coeffs, var, point, order)


def _shape(written: Truncated, exact_free: set):
    """(variable, point, written coefficients, order), or why the series cannot be read."""
    var = written.var
    if var is None:
        free = written.poly.free_symbols | exact_free
        if len(free) != 1:
            return "a series in several letters: which one is the variable is not said"
        var = next(iter(free))
    point = written.point if written.point is not None else _point_of(written.poly, var)
    coeffs = polynomial_coefficients(written.poly, var, point)
    if coeffs is None:
        return f"not a polynomial in {var}: not compared as a series"
    if not any(coeffs):
        return "no term of the series is written"
    order = written.order if written.order is not None else len(coeffs)
    if order > MAX_ORDER:
        return "a series too long to expand"
    return var, point, coeffs, order


def _point_of(poly, var):
    """The point powers of (x - a) show (ln x ≈ (x-1) - (x-1)²/2: a = 1); else 0."""
    shifts = set()
    for node in sp.preorder_traversal(poly):  # (x - 1)^2, 3(x - 1): a bracket, not the sum
        inner = node.args[:1] if isinstance(node, sp.Pow) else (
            node.args if isinstance(node, sp.Mul) else ())
        for arg in inner:
            v, p = _var_point(arg) if isinstance(arg, sp.Add) else (None, None)
            if v == var and p != 0:
                shifts.add(p)
    return shifts.pop() if len(shifts) == 1 else sp.Integer(0)


def polynomial_coefficients(poly, var, point) -> list | None:
    """The coefficients of `poly` in powers of (var - point), lowest first; None when it is
    not a polynomial with coefficients free of var."""
    moved = sp.expand(poly.subs(var, point + _T))
    if not moved.is_polynomial(_T) or moved.has(var):
        return None
    try:
        return list(reversed(sp.Poly(moved, _T).all_coeffs()))
    except sp.PolynomialError:
        return None


def taylor_coefficients(exact, var, point, order: int) -> list | None:
    """The Taylor coefficients of `exact` at `point` below `order`, exactly; None when it has no
    Taylor series there (a pole, a log, a fractional power)."""
    moved = expand_ml(exact).subs(var, point + _T)   # σ(z): 1/(1 + e^(-z))
    try:
        expansion = sp.series(moved, _T, 0, order).removeO()
    except (ValueError, NotImplementedError, TypeError, ZeroDivisionError,
            sp.PolynomialError):
        return None
    expansion = sp.expand(expansion)
    if expansion.has(var) or not expansion.is_polynomial(_T):
        return None
    coeffs = list(reversed(sp.Poly(expansion, _T).all_coeffs()))
    if any(c.has(_T, sp.oo, sp.zoo, sp.nan) for c in coeffs):
        return None
    return (coeffs + [sp.Integer(0)] * order)[:order]


def _coefficients_verdict(true: list, written: list, var, point, order: int) -> Verdict:
    true, written = ((c + [sp.Integer(0)] * order)[:order] for c in (true, written))  # terms
    where = f"{var} = {point}"  # past the rest's order (x⁸ beside O(x⁵)) are inside it
    for d, (t, w) in enumerate(zip(true, written, strict=True)):
        same = _same(t, w)
        if same is None:
            return Verdict("unknown", reason=f"the coefficient of {var}^{d} could not be settled")
        if same:
            continue
        if d == 0 or w == 0:  # not its value at the point, or a term left out: a series
            return Verdict("unknown", reason=f"not the Taylor series at {where}: perhaps an "
                           "approximation near another point or for large values, not checked")
        t, w = sp.simplify(t), sp.simplify(w)
        return Verdict("not_equal", method=SERIES, witness={
            "power": _power(var, point, d), "written": str(w), "series": str(t),
            "sign": "wrong" if sp.simplify(t + w) == 0 else "right"},
            reason=f"the coefficient of {_power(var, point, d)} in the Taylor series at {where} "
                   f"is {t}, not {w}")
    return Verdict("equal", method=SERIES, reason=f"the Taylor series at {where} agrees up to "
                   f"the power {order - 1}")


def _power(var, point, d: int) -> str:
    base = str(var) if point == 0 else f"({sp.Add(var, -point)})"
    return base if d == 1 else f"{base}^{d}"


def _same(t, w) -> bool | None:
    """Two coefficients equal (exactly; a decimal written to its precision); None: undecided."""
    if w.has(sp.Float):
        if not (t - w).is_number:
            return None
        gap, size = abs(complex(sp.N(t - w))), abs(complex(sp.N(t)))
        return True if gap <= max(5e-3, 5e-3 * size) else None  # a decimal: never an error
    difference = sp.simplify(t - w)
    if difference == 0:
        return True
    return False if difference.is_zero is False else None


def _both_truncated(ta: Truncated, tb: Truncated, free: set) -> Verdict:
    """Two series one after the other (`= 1 + x + … = 1 + x + x²/2 + …`): their common terms."""
    var = ta.var or tb.var
    if var is None:
        if len(free) != 1:
            return Verdict("unknown", reason="a series in several letters")
        var = next(iter(free))
    point = ta.point if ta.point is not None else (
        tb.point if tb.point is not None else _point_of(ta.poly + tb.poly, var))
    ca, cb = (polynomial_coefficients(t.poly, var, point) for t in (ta, tb))
    if ca is None or cb is None:
        return Verdict("unknown", reason=f"not a polynomial in {var}: not compared as a series")
    na, nb = (t.order if t.order is not None else len(c) for t, c in ((ta, ca), (tb, cb)))
    found = _coefficients_verdict(ca, cb, var, point, min(na, nb))
    if found.status == "equal" and na != nb:
        return Verdict("unknown", reason="one series says more terms than the other")
    return found


def truncation_degree(exact, candidate, var, point) -> int | None:
    """k ≥ 1 when `candidate` is, as a function, a polynomial in (var - point) of degree k whose
    coefficients are the Taylor coefficients of `exact` there (x²/2 + x³/6 for e^x - 1 - x, or
    1/2 + x/6 for (e^x - 1 - x)/x²); None otherwise."""
    if not (point.is_number and point.is_finite):
        return None
    coeffs = polynomial_coefficients(sp.cancel(candidate), var, point)
    if coeffs is None or len(coeffs) < 2:
        return None
    true = taylor_coefficients(exact, var, point, len(coeffs))
    if true is None or not all(_same(t, w) is True for t, w in zip(true, coeffs, strict=True)):
        return None
    return len(coeffs) - 1


def cut_short(a, b) -> Verdict | None:
    """unknown when `a = b` sets a function of one variable (not a polynomial) equal to a
    polynomial that is its Taylor polynomial at 0 up to the power written (`sin x - x cos x =
    x - x³/6 - x + x³/2` under a line saying 'up to x⁵'): a series cut short, written with `=`
    as notes do, not an error; None for any other pair."""
    pair = may_be_cut_short(a, b)
    if pair is None:
        return None
    if _a_coefficient_differs(a, b, *pair):  # (x³ - 8)/(x - 2) ≈ x² + 4: not a series
        return None
    var = next(iter(a.free_symbols | b.free_symbols))
    mirrored = {var: -var}  # from both sides of 0: √(x²) = x is no series of |x| (x < 0)
    for x, y in ((a, b), (a.xreplace(mirrored), b.xreplace(mirrored))):
        verdict = series_verdict(x, y, approx=True)
        if verdict is None or verdict.status != "equal":
            return None
    if not _cut_off(a - b, var, sp.degree(sp.expand(pair[1].poly), var)):
        return None  # arcsin(sin x) = x: the same function near 0, no terms were left out
    return Verdict("unknown", reason="equal to its Taylor polynomial up to the power written, "
                   "not exactly: a series cut short (≈ or + O(…) says so)")


def may_be_cut_short(a, b):
    """(exact, Truncated) when `a = b` has the shape of a series cut short (`cut_short`): one
    variable, one side a polynomial in it and the other a function that is not, nothing bound
    inside; None otherwise. Quick: what it rules out is no series, whatever the time."""
    if any(side.has(sp.Derivative, sp.Integral, sp.Sum, sp.Product, sp.Limit, AppliedUndef)
           for side in (a, b)):  # a variable bound inside, or a function not written out
        return None
    if any(p.exp.is_Number and abs(p.exp) > MAX_ORDER for side in (a, b)
           for p in side.atoms(sp.Pow)):  # sin(z)^100000: no polynomial of a few terms
        return None
    free = a.free_symbols | b.free_symbols
    if len(free) != 1:
        return None
    var = next(iter(free))
    try:
        polys = [side.is_polynomial(var) is True for side in (a, b)]
    except (ValueError, TypeError, sp.PolynomialError):
        return None
    if polys == [False, True] and b.has(var):  # both polynomials or neither: no series cut
        exact, written = a, b
    elif polys == [True, False] and a.has(var):
        exact, written = b, a
    else:
        return None
    return None if exact.is_polynomial(var) is True else (exact, Truncated(written, None))


def _a_coefficient_differs(a, b, exact, written: Truncated) -> bool:
    """Whether a coefficient of the written polynomial surely differs from the Taylor series of
    `exact` (analytic at the point): from derivatives there, without sympy's series (0.3 s for
    (x³ - 8)/(x - 2)). Then the pair is no series cut short; False when unsure."""
    if truncated(a) is not None or truncated(b) is not None:
        return False
    shape = _shape(written, exact.free_symbols)
    if isinstance(shape, str):
        return False
    var, point, coeffs, order = shape
    function = expand_ml(exact)
    if not analytic_at(function, var, point):
        return False
    shown = coeffs[:min(order, SCREENED)]
    for t, w in zip(taylor_values(function, var, point, len(shown)), shown, strict=False):
        if t is None:
            return False
        if _same(t, w) is False:
            return True
    return False


def _cut_off(diff, var, degree: int) -> bool:
    """Whether the difference of a function and its Taylor polynomial of `degree` has a term
    left out within six powers past it (a series cut short, not the same function near 0)."""
    try:
        rest = sp.series(diff, var, 0, min(degree + 7, MAX_ORDER)).removeO()
    except (ValueError, NotImplementedError, TypeError, AttributeError, ArithmeticError,
            RecursionError, sp.PolynomialError):
        return False
    return sp.simplify(rest) != 0


"""What went wrong in a vector step: a shape, a sign, a dropped transpose, a missing factor."""

from __future__ import annotations

import sympy as sp

from tutor.derive.last_digits import digits_off, digits_off_said
from tutor.derive.notation import notation
from tutor.derive.product_rules import diagnose_matrix_rule
from tutor.derive.vector_values import (
    at_the_point,
    names_differentiated,
    numeric_point,
    scalar_gradients_at_values,
)
from tutor.judge.decimals import written
from tutor.judge.indexed import free_values
from tutor.judge.matrices import compare_matrices, normalized
from tutor.judge.probabilities import within_rounding
from tutor.judge.scalar_points import ENTRY
from tutor.model import Verdict
from tutor.trees import nodes_of
from tutor.vectors import Gradient, MatrixLiteral, Transposed, as_vector, is_matrix_name

MAX_CANDIDATES = 12  # each candidate is one comparison
NUMERATOR_LAYOUT = ("holds in the numerator layout (∂f/∂w of a number as a row, like wᵀ); "
                    "here ∂f/∂w is read in the denominator layout, a column like w (the "
                    "gradient ∇_w f): transpose it, or say which layout the notes use")
NUMBER_TRANSPOSED = ("a vector in this step was given a number above (w = 0.5, then wᵀx): as "
                     "a vector step it is not checked")


def diagnose_vectors(expected, got, verdict: Verdict) -> tuple[str, str | None]:
    """(code, sentence) for a vector step `got` that is not equal to `expected`."""
    if verdict.method == "shape":
        chain = _missing_factor(expected, got)
        if chain is not None:
            return chain
        return "shape", verdict.reason or "the shapes differ"
    found = diagnose_matrix_rule(expected, got)  # tr(AB) = tr(A)·tr(B): before normalizing
    if found is not None:
        return found
    expected, got = normalized(expected, got)
    for test in (_sign, _transpose, _softmax_diagonal, _missing_factor, _factor, _order,
                 _term):
        found = test(expected, got)
        if found is not None:
            return found
    return "other", None


def _equal(a, b) -> bool:
    return compare_matrices(a, b).status == "equal"


def _sign(expected, got):
    if _equal(expected, sp.Mul(-1, got)):
        return "sign", "the sign of the whole expression is wrong"
    return None


def _transpose(expected, got):
    """One name transposed where it should not be, or not where it should (X for X^T)."""
    swaps = []
    for s in sorted((s for s in got.free_symbols if is_matrix_name(s)), key=lambda s: s.name):
        transposed = Transposed(s)
        swaps += [(c, f"{s.name}^T where {s.name} belongs") for c in _each(got, transposed, s)]
        swaps += [(c, f"{s.name} where {s.name}^T belongs (a dropped transpose)")
                  for c in _each(got, s, transposed)]
    for candidate, why in swaps[:MAX_CANDIDATES]:
        if _equal(expected, candidate):
            return "transpose", why
    if _equal(expected, Transposed(got)):
        return "transpose", "the whole expression needs a transpose"
    return None


def _each(expr, old, new) -> list:
    """`expr` with one occurrence of `old` made `new`, for each occurrence in turn (an `old`
    inside a replaced `old` is not counted again)."""
    if expr == old:
        return [new]
    if isinstance(expr, Transposed) and old != expr and expr.args[0] == old:
        return []  # X inside X^T: the transposed X is its own occurrence
    found = []
    for k, arg in enumerate(expr.args):
        for changed in _each(arg, old, new):
            args = list(expr.args)
            args[k] = changed
            found.append(expr.func(*args))
    return found


def _softmax_diagonal(expected, got):
    """The Jacobian of softmax is diag(p) − p pᵀ: the diagonal term dropped."""
    for call in nodes_of(expected, sp.Function) | nodes_of(got, sp.Function):
        if getattr(call.func, "__name__", "") == "softmax":
            diagonal = sp.Function("diag")(call)
            if _equal(expected, sp.Add(got, diagonal)):
                return "softmax-diagonal", (f"the diagonal term diag({notation(call)}) of the "
                                            "softmax Jacobian is missing")
    return None


def _missing_factor(expected, got):
    """A vector factor of the chain rule dropped: expected = got·x (the inner derivative)."""
    expected, got = normalized(expected, got)
    vectors = sorted((s for s in expected.free_symbols if is_matrix_name(s)
                      and s.name[:1].islower()), key=lambda s: s.name)
    for v in vectors[:MAX_CANDIDATES]:
        for candidate in (sp.Mul(got, v), sp.Mul(v, got)):
            if _equal(expected, candidate):
                return "chain-rule", (f"the factor {v.name} from the inner derivative is missing "
                                      "(the chain rule)")
    return None


def _factor(expected, got):
    for c in (2, sp.Rational(1, 2), -2, sp.Rational(-1, 2)):
        if _equal(expected, sp.Mul(c, got)):
            return "factor", f"off by a factor of {notation(sp.Integer(1) / c)}"
    return None


def _term(expected, got):
    """One term of a sum with the wrong sign or off by a factor of 2 (2XᵀXw - Xᵀy)."""
    terms = sp.Add.make_args(got) if isinstance(got, sp.Add) else ()
    for term in terms[:MAX_CANDIDATES // 3]:
        for c, why in ((-1, "has the wrong sign"), (2, "is missing a factor 2"),
                       (sp.Rational(1, 2), "has a factor 2 too many")):
            if _equal(expected, got - term + sp.Mul(c, term)):
                return ("sign" if c == -1 else "factor"), f"the term {notation(term)} {why}"
    return None


def _order(expected, got):
    """A product in the wrong order (AB for BA)."""
    for mul in nodes_of(got, sp.Mul):
        factors = [f for f in mul.args if not f.is_commutative]
        if len(factors) == 2:
            scalars = [f for f in mul.args if f.is_commutative]
            swapped = sp.Mul(*scalars, factors[1], factors[0])
            if _equal(expected, got.xreplace({mul: swapped})):
                return "order", "the factors of a matrix product are in the wrong order"
    return None


def _names_in(expected, got, by_name: dict) -> dict:
    """The defined names used on either side, with their values (not a name a derivative
    or gradient is taken in: dL/dz keeps z)."""
    varied = names_differentiated(expected, got)  # ∂/∂w of wᵀAw: the body's w by name
    varied |= {s.name for e in (expected, got) for g in e.atoms(Gradient)
               for s in g.args[1].free_symbols}  # ∇f in x, y: x, y kept
    return {s: by_name[s.name] for s in expected.free_symbols | got.free_symbols
            if s.name in by_name and s.name not in varied}


def _scalar_gradients_worked(expected, got, verdict, by_name: dict, compare, budget: float):
    """(expected, got, verdict, an error result or None) with each gradient in a plain name
    that has a value worked out at it; numbers that differ beyond rounding are an error."""
    worked = tuple(scalar_gradients_at_values(e, by_name) for e in (expected, got))
    if worked == (expected, got):
        return expected, got, verdict, None
    expected, got = worked
    verdict = compare(expected, got, budget=budget)
    numbers = not (expected.free_symbols or got.free_symbols)
    rounded = within_rounding(expected, got, expected, got) if numbers and \
        verdict.status == "not_equal" else None  # -0.4621 for -0.46212
    verdict = verdict if rounded is None else rounded
    if verdict.status == "not_equal" and numbers:
        return expected, got, verdict, {
            "verdict": "error", "message": "not equal to the previous expression",
            "code": "arithmetic", "diagnosis": None, "method": verdict.method, "numbers": True}
    return expected, got, verdict, None


def vector_step(expected, got, compare, budget: float, values: dict | None = None) -> dict:
    """The result of a step between vector expressions, as keyword arguments of a step
    result: verdict, message, code, diagnosis, method (`compare`: the judge's). `values`:
    names defined earlier (p = softmax(z)), put in by name when the step is not equal as is."""
    verdict = compare(expected, got, budget=budget)
    by_name = {k.name: v for k, v in (values or {}).items() if isinstance(k, sp.Symbol)}
    if verdict.status != "equal" and by_name:  # ∇_w L = (0.5 - 1) × 2 with w = 0.5 given
        expected, got, verdict, wrong = _scalar_gradients_worked(expected, got, verdict,
                                                                 by_name, compare, budget)
        if wrong is not None:
            return wrong
    if verdict.status != "equal" and _names_in(expected, got, by_name):
        expected, got, verdict = _by_name(expected, got, by_name, compare, budget)
    if verdict.status == "equal":
        return entries_off(expected, got) or {"verdict": "ok", "message": "follows from the "
                                              "previous expression", "method": verdict.method}
    if verdict.status == "unknown":
        return {"verdict": "unchecked", "message": verdict.reason or "undecided",
                "method": verdict.method or None}
    point = numeric_point(expected, got, by_name)
    if point:  # x = y = 1/√2 given above: ∇f = ½∇g at that point, not everywhere
        again = compare(*(at_the_point(e, point) for e in (expected, got)), budget=budget)
        if again.status == "equal":
            return {"verdict": "ok", "message": "follows with the values defined above",
                    "method": again.method}
        return {"verdict": "unchecked", "message": "not an identity, and with the values "
                "given above it is " + ("not " if again.status == "not_equal" else "un")
                + "decided: the names may be variables here", "method": again.method or None}
    if verdict.method == "shape" and expected.has(sp.Derivative) and compare(
            expected, Transposed(got), budget=budget).status == "equal":
        return {"verdict": "warning", "message": NUMERATOR_LAYOUT, "code": "layout",
                "method": "random entries"}
    return _not_equal(expected, got, verdict, compare, budget)


def entries_off(expected, got) -> dict | None:
    """`≈ [0.4995; 0.6996]` for `[0.5 - 0.0005; 0.7 - 0.00004]`, passed entry by entry within
    the loose tolerance of ≈: a warning naming the entry whose last digits are off (as a
    number's would be: tutor.derive.last_digits); None when every entry holds its digits."""
    if not (isinstance(expected, MatrixLiteral) and isinstance(got, MatrixLiteral)
            and len(expected.args) == len(got.args)):
        return None
    for at, (x, y) in enumerate(zip(expected.args[2:], got.args[2:], strict=True)):
        found = digits_off(y, x)
        if found is not None:
            return {"verdict": "warning", "code": "arithmetic", "method": "entry by entry",
                    "message": digits_off_said(found, f" of entry {at + 1}"),
                    "diagnosis": f"{found}, not {written(y)}"}
    return None


def _by_name(expected, got, by_name: dict, compare, budget: float) -> tuple:
    """(expected, got, verdict) with the names defined above put in, through each other (ŷ =
    σ(z) and z = wx + b above)."""
    for _ in range(8):
        used = _names_in(expected, got, by_name)
        if not used:
            break
        expected, got = expected.xreplace(used), got.xreplace(used)
    verdict = compare(expected, got, budget=budget)
    if verdict.status == "unknown" and any(isinstance(t.args[0], sp.Number) for e in (
            expected, got) for t in e.atoms(Transposed)):  # w = 0.5 above, wᵀx here
        verdict = Verdict("unknown", reason=NUMBER_TRANSPOSED)
    return expected, got, verdict


def _not_equal(expected, got, verdict, compare, budget: float) -> dict:
    """The result of a vector step found not equal: an error with its diagnosis, or unchecked
    when it holds for a symmetric matrix (∂/∂w wᵀAw = 2Aw: the text may say A is one, a
    covariance Σ is one)."""
    symmetric = symmetric_only(expected, got, compare, budget)
    if symmetric is not None:
        return {"verdict": "unchecked", "message": f"holds only when {symmetric} is symmetric "
                f"({symmetric}ᵀ = {symmetric}, as a covariance is); for any other it is not "
                "equal", "method": verdict.method}
    code, why = diagnose_vectors(expected, got, verdict)
    return {"verdict": "error", "message": "not equal to the previous expression",
            "code": code, "diagnosis": why, "method": verdict.method}


def symmetric_only(expected, got, compare, budget: float) -> str | None:
    """The name of a matrix of a quadratic form wᵀAw on the left that, made symmetric (A + Aᵀ
    put for A), makes the step hold (a data matrix X of 2X(Xw - y) is no square one)."""
    middles = _quadratic_forms(expected)
    expected, got = _as_matrices(expected, got, middles)
    symbols = [s for e in (expected, got) for s in e.free_symbols  # A of wᵀAw, A of Aᵀw
               if isinstance(s, sp.Symbol) and s.name in middles]
    for name in sorted({s.name for s in symbols})[:MAX_CANDIDATES]:
        both = {}
        for s in (s for s in symbols if s.name == name):
            both |= {Transposed(s): s + Transposed(s), s: s + Transposed(s)}
        if compare(expected.xreplace(both), got.xreplace(both),
                   budget=budget).status == "equal":
            return notation(sp.Symbol(name))
    return None


def _as_matrices(expected, got, middles: set[str]) -> tuple:
    """Both sides with the vector of xᵀAx and its matrix A as noncommuting names: a plain x
    is read commuting beside its transposed self, and A + Aᵀ put for A would move it ahead
    (x xᵀ(A + Aᵀ), an outer product)."""
    names = middles | {t.args[0].name for t in expected.atoms(Transposed)
                       if isinstance(t.args[0], sp.Symbol)}
    swap = {s: as_vector(s) for e in (expected, got) for s in e.free_symbols
            if isinstance(s, sp.Symbol) and s.name in names}
    return expected.xreplace(swap), got.xreplace(swap)


def reads_as_substitution(ea, eb, defined) -> bool:
    """Whether a vector step found not equal is rather a substitution or a condition than a
    claim: θ_0 + θ^T x = 0; ŷ = σ(𝐱𝐰 + b); σ(w^T x) for σ(z). A derivative claimed equal to
    a formula is a claim (∂z/∂w = w with z = wᵀx above), equal to a number it may be at values
    put in (∂/∂w wᵀx = 4)."""
    if isinstance(ea, (sp.Derivative, Gradient)):
        return bool(ea.free_symbols) and not eb.free_symbols
    if not (ea.free_symbols or eb.free_symbols):
        return False
    return not (ea.free_symbols and eb.free_symbols) or isinstance(ea, sp.Symbol) \
        or isinstance(eb, sp.Symbol) or names_differ(ea, eb, defined)


def names_differ(a, b, defined) -> bool:
    """Whether each side names a value not `defined` that the other does not (σ(z), σ(w^T x))."""
    known = {str(name) for name in defined}
    left, right = ({s.name for s in free_values(side)} for side in (a, b))
    left, right = (_entries_as_vectors(names, left | right) for names in (left, right))
    return bool(left - right - known) and bool(right - left - known)


def _entries_as_vectors(names: set, every: set) -> set:
    """x_j, w_1 named as the vectors x, w where those stand too (∂/∂w_j of wᵀx is x_j)."""
    found = {n: ENTRY.fullmatch(n) for n in names}
    return {m.group(1) if m and m.group(1) in every else n for n, m in found.items()}


def _quadratic_forms(expr) -> set[str]:
    """The names of the matrices A in wᵀAw (a transposed vector, a name, the same vector)."""
    found = set()
    for product in expr.atoms(sp.Mul):
        args = product.args
        for left, middle, right in zip(args, args[1:], args[2:], strict=False):
            if isinstance(left, Transposed) and isinstance(middle, sp.Symbol) \
                    and getattr(right, "name", None) == getattr(left.args[0], "name", ""):
                found.add(middle.name)
    return found

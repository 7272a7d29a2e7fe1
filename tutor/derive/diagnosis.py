"""Say why a wrong step is wrong: small detectors in a fixed order, each a pure function.

A detector only names the slip of a step already judged wrong: it never changes a verdict, and
its sentence says where the slip is, in the learner's notation, without the corrected value.
"""

from __future__ import annotations

from collections.abc import Callable

import sympy as sp

from tutor.budget import AttemptTimedOut, attempt, limits_hit
from tutor.derive.diagnosis_calculus import CALCULUS, diagnose_chain_rule
from tutor.derive.diagnosis_logs import diagnose_log_base, diagnose_log_rule
from tutor.derive.diagnosis_probes import (
    WRITTEN_DECIMALS,
    appears,
    as_written,
    constant_value,
    listed,
    numbers,
    said,
    show,
    too_large,
    value,
    window,
    zero,
)
from tutor.derive.diagnosis_sums import diagnose_sum, named_sums
from tutor.derive.diagnosis_written import WRITTEN, diagnose_sign_inside, diagnose_terms
from tutor.derive.mixed_log_bases import diagnose_mixed_bases
from tutor.judge import caching
from tutor.judge.finite_ellipsis import runs_read
from tutor.trees import nodes_of

__all__ = ["DETECTORS", "diagnose", "diagnose_chain_rule", "diagnose_sign_inside",
           "diagnose_solve_step", "diagnose_sum", "diagnose_terms", "show"]

Detector = Callable[[sp.Basic, sp.Basic], "tuple[str, str] | None"]


def _expanded_terms(e) -> tuple:
    return sp.Add.make_args(sp.expand(sp.expand_log(e, force=True)))


def diagnose_sign(expected, got):
    """The whole expression, one term or several terms of it with the wrong sign."""
    if zero(expected + got):
        return "sign", "the sign of the whole expression is wrong"
    terms = _expanded_terms(expected)
    if len(terms) <= 12:
        found = _wrong_signs(terms, sp.Add(*_expanded_terms(got)))
        if found:
            return found
    num_e, den_e = sp.fraction(sp.together(expected))
    num_g, den_g = sp.fraction(sp.together(got))
    if zero(den_e + den_g):
        num_g = -num_g
    elif not zero(den_e - den_g):
        num_g = sp.expand(num_g * den_e / den_g)
    terms = _expanded_terms(num_e)
    return _wrong_signs(terms, sp.expand(num_g)) if len(terms) <= 8 else None


def _wrong_signs(terms, got):
    """The terms (as the learner has them) whose sign was flipped: expected − got = 2·Σ them."""
    half = sp.expand((sp.Add(*terms) - got) / 2)
    for term in terms:
        if zero(half - term):
            return "sign", f"the term {said(-term)} has the wrong sign"
    sub = [t for t in terms if t in sp.Add.make_args(half)]
    if sub and len(sub) < len(terms) and zero(half - sp.Add(*sub)):
        return "sign", f"the terms {listed([show(-t) for t in sub])} have the wrong sign"
    return None


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
            if zero(ratio - du):
                return "chain-rule", f"the inner derivative of {said(inner)} is missing " \
                                     "(the chain rule)"
    return None


def diagnose_reciprocal(expected, got):
    if zero(expected * got - 1):
        return "reciprocal", "this is upside down: the reciprocal of the right value"
    return None


def diagnose_factor(expected, got):
    """Off by a constant factor (2, 1/2, 3/4): the two sides of one expression."""
    if numbers(expected, got):
        return None  # two numbers that differ: an arithmetic slip, not a factor
    ratio = constant_value(got / expected)
    if ratio is None or ratio in (0, 1, -1):
        return None
    if ratio.is_Rational or (ratio.is_Float is True):
        return "factor", f"off by a factor of {said(ratio)}"
    return None


def diagnose_exponent(expected, got):
    """One power with another exponent."""
    if numbers(expected, got):
        return None

    def powers(e):   # a bare symbol is its own first power: v for v^2
        return [(p, p.base, p.exp) if isinstance(p, sp.Pow) else (p, sp.E, p.args[0])
                if isinstance(p, sp.exp) else (p, p, sp.S.One)
                for p in sp.preorder_traversal(e) if isinstance(p, (sp.Pow, sp.exp, sp.Symbol))]
    for a, base_a, exp_a in powers(expected):
        for b, base_b, exp_b in powers(got):
            if base_a == base_b and exp_a != exp_b and zero(expected.xreplace({a: b}) - got):
                return "exponent", f"the exponent of {said(base_a)} is wrong"
    return None


def diagnose_expansion(expected, got):
    """(a + b)^n written as a^n + b^n."""
    for p in sp.preorder_traversal(expected):
        if isinstance(p, sp.Pow) and isinstance(p.base, sp.Add) and p.exp.is_Integer \
                and 2 <= p.exp <= 6:
            naive = sp.Add(*[t ** p.exp for t in p.base.args])
            if zero(expected.xreplace({p: naive}) - got):
                return "expansion", f"({said(p.base)})^{p.exp} was expanded without its " \
                                    "cross terms: (a + b)^n is not a^n + b^n"
    return None


def diagnose_symbolic_factor(expected, got):
    """Off by a factor that is an expression (p, 1/(p(1 - p)), n): a factor dropped or added."""
    if numbers(expected, got) or got == 0:
        return None
    ratio = sp.factor(sp.cancel(sp.together(got / expected)))
    if not ratio.free_symbols or sp.count_ops(ratio) > 8 or ratio.is_Add:
        return None
    parts = [f.base if f.is_Pow else f for f in sp.Mul.make_args(ratio) if not f.is_number]
    roots = [f for f in sp.Mul.make_args(ratio) if f.is_Pow and not f.exp.is_Integer]
    if roots or not all(appears(f, expected, got) and not f.has(sp.exp, sp.Pow) for f in parts):
        return None  # a factor the learner did not write, or a power: not a factor dropped
    num, den = sp.fraction(ratio)
    if num.is_number and not den.is_number:
        return "factor", f"a factor {said(_as_in(den, expected))} is missing"
    if den.is_number and not num.is_number:
        return "factor", f"an extra factor {said(_as_in(num, got))}"
    return None


def _as_in(factor, expr):
    """p(p - 1) shown as p(1 - p), as a learner writes it (the sign is not the point)."""
    parts = [-f if f.is_Add and any(t.is_Number and t < 0 for t in f.args) else f
             for f in sp.Mul.make_args(factor)]
    return sp.Mul(*parts, evaluate=False)


def diagnose_term(expected, got):
    """A single term (or a constant) too many, too few or off."""
    if numbers(expected, got):
        return None
    diff = constant_value(got - expected)
    if diff is None:
        diff = sp.expand(got - expected)
    if diff.is_Rational:
        return "term", "the constant term is off"
    if len(sp.Add.make_args(diff)) != 1:
        return None
    if diff in _expanded_terms(got) and diff not in _expanded_terms(expected):
        return "term", f"the term {said(diff)} should not be there"
    return "term", "a term is missing or wrong: compare the terms one by one"


def diagnose_arithmetic(expected, got):
    """Two numbers that differ."""
    if not numbers(expected, got):
        return None
    return "arithmetic", "an arithmetic slip: this number is not the value of the expression"


DETECTORS: list[Detector] = [diagnose_log_base, diagnose_sign, diagnose_inner_chain_rule,
                             diagnose_reciprocal, diagnose_factor, diagnose_exponent,
                             diagnose_expansion, diagnose_log_rule]
LAST: list[Detector] = [diagnose_symbolic_factor, diagnose_term, diagnose_terms,
                        diagnose_arithmetic]


DIAGNOSES = caching.memo(1024)  # (expected, got, previous) -> what diagnose found, or NOTHING
NOTHING = ("", "")
_cut_short = [0]  # windows too short to run in (a result then is not the full answer)


def diagnose(expected, got, previous=None) -> tuple[str, str] | None:
    """The first detector that explains `got` where `expected` was right, in a short budget;
    remembered when no window ran out or was too short (the same slip in the next learner's
    notes, or the same file again, is named without running the detectors)."""
    key = (expected, got, previous)
    known = DIAGNOSES.get(key)
    if known is not None:
        return None if known is NOTHING else known
    hits, cut, quiet = limits_hit(), _cut_short[0], caching.Quiet()
    found = _diagnosed(expected, got, previous)
    if limits_hit() == hits and _cut_short[0] == cut and quiet():
        DIAGNOSES.put(key, NOTHING if found is None else found)
    return found


def _diagnosed(expected, got, previous) -> tuple[str, str] | None:
    if too_large(expected) or too_large(got):
        return None  # naming a slip is not worth expanding (x+1)^100000
    if any(_steps(e) for e in (expected, got)):
        return None  # a step function: the detectors' few points cannot name a slip in it
    expected, got = (_runs_summed(e) for e in (expected, got))  # 1 + 2 + … + 100: 5050
    if expected is None or got is None:
        return None  # terms not written (`…`): no slip can be named in them
    WRITTEN_DECIMALS.clear()
    if previous is not None:  # the rules of derivatives first, in a time window of their own
        found = _within(1.0, lambda: _first(CALCULUS, previous, value(as_written(got))) or (
            _safely(diagnose_sum, as_written(previous), as_written(got))
            if previous.has(sp.Sum) else None))
        if found:
            return found
    found = _within(3.0, lambda: _diagnose(expected, got))
    if found is None:  # out of time for the finer detectors: the plain ones still say something
        found = _within(0.3, lambda: _first([diagnose_term, diagnose_arithmetic],
                                           value(as_written(expected)), value(as_written(got))))
    return found


def _runs_summed(expr):
    """`expr` with its `…` runs summed; None when a `…` stays unread."""
    read = runs_read(expr)
    return read.doit() if read is not None and read is not expr else read


def _steps(expr) -> bool:
    """Whether expr holds a step function: H(z), or pieces of numbers (𝟙(z > 0))."""
    return expr.has(sp.Heaviside) or any(all(value.is_number for value, _ in piece.args)
                                         for piece in nodes_of(expr, sp.Piecewise))


def _within(seconds: float, run):
    """run() in a time window (see `window`); None when the window is too short or ends."""
    seconds = window(seconds)
    if seconds < 0.05:
        _cut_short[0] += 1
        return None
    try:
        with attempt(seconds):
            return run()
    except (AttemptTimedOut, TypeError, ValueError, NotImplementedError, ZeroDivisionError,
            AttributeError):
        return None


def _diagnose(expected, got):
    # evaluated (1·3⁻¹ is 1/3, not a float division) and decimals exact as written: 0.98 = 49/50
    written, right_written = as_written(got), as_written(expected)
    found = _safely(diagnose_sum, right_written, written) or _safely(
        diagnose_mixed_bases, right_written, written)  # Σ log₂ of H above beside Σ log here
    if found:
        return found
    right_written, written = named_sums(right_written, written)
    expected, got = value(right_written), value(written)
    found = _first(DETECTORS, expected, got)
    if found and found[0] == "sign" and "whole" not in found[1]:  # the term as written
        return _safely(diagnose_sign_inside, expected, written) or found
    if found and found[0] == "factor":  # x0 + 2x0 for x0 - 2x0: one sign, not a factor -3
        return _safely(diagnose_sign_inside, expected, written) or found
    return found or _first(WRITTEN, right_written, written) or _first(LAST, expected, got)


def _first(detectors, expected, got):
    for fn in detectors:
        found = _safely(fn, expected, got)
        if found:
            return found
    return None


def _safely(fn, expected, got):
    try:
        return fn(expected, got)
    except Exception:  # noqa: BLE001 - detectors are best effort, never fatal
        return None


def diagnose_solve_step(correct_rhs, got_rhs, var) -> tuple[str, str]:
    """A wrong equation step while solving for var: say which operation went wrong."""
    found = diagnose_term(correct_rhs, got_rhs) or diagnose_factor(correct_rhs, got_rhs) \
        or diagnose(correct_rhs, got_rhs)
    if found and found[0] == "factor":
        ratio = sp.simplify(got_rhs / correct_rhs)
        return "solve-step", f"the solution for {said(var)} is off by the factor {said(ratio)} " \
                             f"(divide both sides by the coefficient of {said(var)})"
    if not found or found[0] == "arithmetic":  # "this number is not the value of …" says less
        return "solve-step", f"the value found for {said(var)} does not solve the equation " \
                             "above: redo the last operation on both sides"
    return "solve-step", f"the solution for {said(var)} is wrong: {found[1]}"

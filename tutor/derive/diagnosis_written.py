"""Detectors that need the forms as written: one node of the line before changed in one way."""

from __future__ import annotations

import sympy as sp

from tutor.derive.diagnosis_logs import diagnose_log_combined, diagnose_log_rule
from tutor.derive.diagnosis_probes import (
    constant_value,
    listed,
    numbers,
    said,
    shown,
    swap,
    value,
    zero,
)
from tutor.functions import sigmoid
from tutor.judge.decimals import exact
from tutor.judge.evaluation import evaluated


def term_said(term) -> str:
    """A term for a diagnosis as the learner wrote it: evaluated, its σ(z) kept as written
    (the detectors compare values with σ written out; the sentence names what is on the line)."""
    return said(exact(evaluated(term)))


def _nodes(expr, kind):
    return [n for n in sp.preorder_traversal(expr) if isinstance(n, kind)]


def _swapped(expr, pairs, done=None):
    """expr with several nodes replaced at once, the rest as written: each node by identity,
    at its first place only (sympy may share one object for two equal parts)."""
    done = set() if done is None else done
    if expr.is_Atom:
        return expr
    for k, (old, new) in enumerate(pairs):
        if expr is old and k not in done:
            done.add(k)
            return new
    args = [_swapped(a, pairs, done) for a in expr.args]
    if isinstance(expr, (sp.Add, sp.Mul, sp.Pow)):
        return expr.func(*args, evaluate=False)
    return expr.func(*args)


def _gives(expected, pairs, got) -> bool:
    return _still(lambda: zero(value(_swapped(expected, pairs)) - got))


def _still(check) -> bool:
    """A check that fails on one candidate (a value undefined there) leaves the others to try."""
    try:
        return bool(check())
    except (TypeError, ValueError, ZeroDivisionError, AttributeError, NotImplementedError):
        return False


def diagnose_sign_inside(expected, written):
    """One term as the learner wrote it (or every copy of it) has the wrong sign."""
    expected, found = value(expected), []
    factors = {id(f) for m in _nodes(written, sp.Mul) for f in m.args}  # -1 in -x³cos x: the
    for node in sp.preorder_traversal(written):                        # term's sign, no term
        if id(node) in factors and isinstance(node, sp.Number):
            continue
        if isinstance(node, sp.Add) and len(node.args) <= 12:
            swaps = [(node, sp.Add(*[-t if t is term else t for t in node.args],
                                    evaluate=False), f"the term {term_said(term)}")
                     for term in node.args]
        elif isinstance(node, sp.Pow) and node.exp.is_number:
            swaps = [(node, sp.Pow(node.base, -node.exp, evaluate=False),
                      f"the exponent of {said(node.base)}")]
        elif (isinstance(node, sp.Number) and node.is_negative) or (
                isinstance(node, sp.Mul) and node.args and node.args[0] == -1):
            swaps = [(node, -node, f"the term {term_said(node)}")]
        else:
            continue
        found += [what for old, new, what in swaps
                  if _still(lambda o=old, n=new: zero(expected - value(swap(written, o, n))))]
        if len(found) > 2:
            break
    found = list(dict.fromkeys(found))
    if len(found) == 1:
        return "sign", f"{found[0]} has the wrong sign"
    if found:   # y(1 - p) - (n + y)p: flipping -p or y gives the same value
        return "sign", f"one of these has the wrong sign: {listed(found)}"
    return _every_copy(expected, written)


def _every_copy(expected, written):
    """The same term, written in several places, with the wrong sign in each (p(a - 1) + q(b - 1)
    for p(a + 1) + q(b + 1))."""
    adds = _nodes(written, sp.Add)
    terms = {t for a in adds for t in a.args if len(a.args) <= 8}
    for term in sorted(terms, key=sp.default_sort_key):
        pairs = [(a, sp.Add(*[-t if t == term else t for t in a.args], evaluate=False))
                 for a in adds if term in a.args]
        if len(pairs) > 1 and _still(lambda p=pairs: zero(expected - value(_swapped(written, p)))):
            return "sign", f"the term {term_said(term)} has the wrong sign each time it " \
                           "is written"
    return None


def diagnose_sign_before(expected, got):
    """One term of the line above, as written, changed its sign on the way (-6 + a + 3.5 →
    a + 9.5)."""
    if numbers(value(expected), got):
        return None  # between two numbers a flipped term is too often a coincidence
    terms = [t for a in _nodes(expected, sp.Add) for t in a.args]
    for node in _nodes(expected, sp.Add):
        for term in node.args if len(node.args) <= 12 else ():
            if _has_like_terms(term, terms):
                continue  # (2 - m) + (4 - m) → 6: like terms merged wrongly, not one sign
            flipped = sp.Add(*[-t if t is term else t for t in node.args], evaluate=False)
            if _gives(expected, [(node, flipped)], got):
                return "sign", f"the term {term_said(term)} changed its sign"
    return None


def _has_like_terms(term, terms) -> bool:
    """Another term with the same symbolic part (-m and -m, 2x and 3x)."""
    part = value(term).as_coeff_Mul()[1]
    return bool(part.free_symbols) and sum(value(t).as_coeff_Mul()[1] == part
                                           for t in terms) > 1


def diagnose_swapped_exponents(expected, got):
    """The exponents of two powers exchanged (p^(n-k)(1-p)^k for p^k(1-p)^(n-k))."""
    powers = [p for p in _nodes(expected, sp.Pow) if not p.exp.is_Number or abs(p.exp) > 1]
    for k, a in enumerate(powers):
        for b in powers[k + 1:]:
            if a.exp != b.exp and a.base != b.base and _gives(expected, [
                    (a, sp.Pow(a.base, b.exp, evaluate=False)),
                    (b, sp.Pow(b.base, a.exp, evaluate=False))], got):
                return "exponent", f"the exponents of {said(a.base)} and {said(b.base)} " \
                                   "are swapped"
    return None


def diagnose_exponent_written(expected, got):
    """One power as written with its exponent dropped, halved or doubled ((1/K)^2 → 1/K)."""
    if numbers(value(expected), got):
        return None
    for p in _nodes(expected, sp.Pow):
        if p.exp in (-1, sp.S.Half) or not p.exp.is_Number:
            continue
        for e in {sp.Integer(1), 2 * p.exp, p.exp / 2} - {p.exp, 0}:
            new = p.base if e == 1 else sp.Pow(p.base, e, evaluate=False)
            if _gives(expected, [(p, new)], got):
                return "exponent", f"the exponent of {said(p.base)} is wrong"
    return None


def diagnose_multiplied(expected, got):
    """a/b written as a·b: multiplied where the line before divides."""
    for p in _nodes(expected, sp.Pow):
        if p.exp == -1 and _gives(expected, [(p, p.base)], got):
            return "reciprocal", f"this multiplies by {said(p.base)} where it should " \
                                 "divide by it"
    return None


def diagnose_dropped_factor(expected, got):
    """One factor of a product in the line above left out (binom(200, 60) dropped)."""
    for m in _nodes(expected, sp.Mul):
        for f in m.args if len(m.args) <= 8 else ():
            large = (f.is_Integer and abs(f) > 10**12   # binom(200, 60), read as its value
                     or isinstance(f, (sp.binomial, sp.factorial)) and not f.free_symbols)
            if not large and (f.is_Rational or f.is_Pow and f.base.is_Integer and f.exp == -1):
                continue  # a numeric coefficient: the factor detector speaks of those
            if isinstance(f, sp.Mul) and not (expected.free_symbols or got.free_symbols):
                continue  # between plain numbers, a product dropped is often a coincidence
            rest = [a for a in m.args if a is not f]
            if _gives(expected, [(m, sp.Mul(*rest, evaluate=False))], got):
                if large and f.is_Integer:
                    return "factor", f"a whole-number factor ({len(str(abs(f)))} digits) of " \
                                     "the expression is missing"
                if f.is_Pow and f.exp == -1:
                    return "factor", f"the division by {shown(f.base)} " \
                                     "is missing"
                return "factor", f"the factor {shown(f)} is missing"
    return None


def diagnose_conjugate(expected, got):
    """Multiplied by a conjugate √a + √b on one side of the fraction only."""
    for a in _nodes(expected, sp.Add):
        if len(a.args) != 2 or not a.has(sp.Pow):
            continue
        conjugate = sp.Add(a.args[0], -a.args[1]) if not a.args[1].could_extract_minus_sign() \
            else sp.Add(a.args[0], -a.args[1], evaluate=False)
        for wrong in (value(expected) * conjugate, value(expected) / conjugate):
            if _still(lambda w=wrong: zero(w - got)):
                return "factor", f"multiplied by {shown(conjugate)} on one side of the " \
                                 "fraction only: the other side needs it too"
    return None


def diagnose_function_value(expected, got):
    """A function at a number taken at a wrong simple value (sin(0) as 1, e^0 as 0)."""
    for node in _nodes(expected, (sp.Function, sp.Pow)):
        if node.free_symbols or not isinstance(node, (sp.sin, sp.cos, sp.exp, sp.log, sp.Pow)) \
                or isinstance(node, sp.Pow) and node.base is not sp.E:
            continue
        right = value(node)
        for wrong in (sp.S.Zero, sp.S.One, sp.S.NegativeOne):
            if wrong != right and _still(
                    lambda w=wrong, n=node: zero(value(swap(expected, n, w, every=True)) - got)):
                return "arithmetic", f"the value used for {shown(node)} is wrong"
    return None


def diagnose_written_terms(expected, got):
    """One term of the line above, as written, and one of the learner's, off by a constant factor
    while the rest agrees (a weight dropped: (3/8)(a - b) written as (a - b))."""
    if not (isinstance(expected, sp.Add) and isinstance(got, sp.Add)) \
            or len(expected.args) > 8 or len(got.args) > 8:
        return None
    total_e, total_g = value(expected), value(got)
    for term in expected.args:
        for mine in got.args:
            if value(term).is_Rational:
                continue  # between two plain numbers every ratio is rational: nothing to say
            ratio = _still_value(lambda t=term, m=mine: constant_value(value(m) / value(t)))
            if ratio is None or not ratio.is_Rational or ratio in (0, 1, -1):
                continue
            if _still(lambda t=term, m=mine: zero(total_e - value(t) - total_g + value(m))):
                return "factor", f"the term {shown(mine)} is off by a factor"
    return None


def _still_value(compute):
    try:
        return compute()
    except (TypeError, ValueError, ZeroDivisionError, AttributeError, NotImplementedError):
        return None


def diagnose_complement(expected, got):
    """1 - p written as p, or p as 1 - p: a probability and its complement mixed up."""
    for a in _nodes(expected, sp.Add):
        if len(a.args) == 2 and sp.S.One in a.args:
            rest = [t for t in a.args if t != 1][0]
            if rest.could_extract_minus_sign() and _gives(expected, [(a, -rest)], got):
                return "complement", f"{said(-rest)} stands where {said(a)} should be: a " \
                                     "probability and its complement are mixed up"
    return None


def diagnose_dropped_function(expected, got):
    """f(u) written as u: the function (the factorial, σ, ln) dropped from one place."""
    for node in _nodes(expected, sp.Function):
        if len(node.args) == 1 and node.args[0].free_symbols and \
                _gives(expected, [(node, node.args[0])], got):
            return "dropped-function", f"{said(node.args[0])} stands where {said(node)} " \
                                       "should be"
    for s in sorted(got.free_symbols, key=lambda s: s.name):
        for f in (sigmoid, sp.exp, sp.log):
            if zero(value(got.xreplace({s: f(s)})) - value(expected)):
                return "dropped-function", f"{said(s)} stands where {said(f(s))} should be"
    return None


def diagnose_argument(expected, got):
    """The same function of another number (ln 6 for ln 8): the argument is wrong."""
    for node in _nodes(expected, sp.Function):
        if len(node.args) != 1 or not node.args[0].is_Number:
            continue
        for other in _nodes(got, sp.Function):
            if other.func == node.func and len(other.args) == 1 and other.args[0].is_Number \
                    and other.args[0] != node.args[0] and _gives(expected, [(node, other)], got):
                return "argument", f"the number inside {said(other)} is wrong"
    return None


def diagnose_terms(expected, got):
    """The terms of a sum compared one by one: those that are off by a factor are named."""
    if numbers(expected, got):
        return None
    terms_e, terms_g = list(sp.Add.make_args(expected)), list(sp.Add.make_args(got))
    if not 1 < len(terms_e) <= 10 or len(terms_e) != len(terms_g):
        return None
    values_e = list(terms_e)
    for t in list(terms_g):  # the terms that are right
        same = [k for k, v in enumerate(values_e) if zero(v - t)]
        if same:
            del terms_e[same[0]], values_e[same[0]]
            terms_g.remove(t)
    off = []
    for t in terms_g:
        ratios = [sp.cancel(sp.together(t / v)) for v in values_e]
        k = next((k for k, r in enumerate(ratios) if r.is_Rational and r not in (0, 1, -1)
                  or r.free_symbols and r.is_Mul | r.is_Symbol | r.is_Pow
                  and all(b.is_Symbol or b.is_Number for b in _bases(r))), None)
        if k is None:
            return None
        off.append(t)
        del values_e[k]
    if not off or len(off) > 4:
        return None
    shown = listed([said(t) for t in sorted(off, key=_degree)])
    return "factor", (f"the term {shown} is" if len(off) == 1 else f"the terms {shown} are") \
        + " off by a factor"


def _degree(term) -> int:
    """The total degree of a polynomial term (x^3/6 → 3), for listing terms in order."""
    try:
        return sp.Poly(term, *sorted(term.free_symbols, key=str)).total_degree()
    except (sp.PolynomialError, sp.GeneratorsNeeded):
        return 0


def _bases(r):
    return [f.base if f.is_Pow else f for f in sp.Mul.make_args(r)]


WRITTEN = [diagnose_log_rule, diagnose_log_combined, diagnose_sign_inside, diagnose_sign_before,
           diagnose_swapped_exponents, diagnose_exponent_written, diagnose_function_value,
           diagnose_dropped_factor, diagnose_written_terms, diagnose_conjugate,
           diagnose_multiplied,
           diagnose_complement, diagnose_dropped_function, diagnose_argument]

"""Detectors for logarithms: a law misapplied (either way round) or another base."""

from __future__ import annotations

import mpmath
import sympy as sp

from tutor.derive.diagnosis_probes import constant_value, said, value, values, zero
from tutor.functions import expand_ml
from tutor.judge.evaluation import evaluated
from tutor.trees import nodes_of


def diagnose_log_base(expected, got):
    """got = expected · c with c a log of a number: the logarithm of another base."""
    ratio = constant_value(got / expected)
    logs = nodes_of(ratio, sp.log) if ratio is not None else ()
    if logs and all(a.args[0].is_Integer for a in logs) and sp.count_ops(ratio) <= 3:
        return "log-base", f"off by the factor {said(ratio)}: a logarithm in another base?"
    return _between_bases_2_and_10(expected, got) or _rounded_in_another_base(expected, got)


_TWO_AND_TEN = (sp.log(10) / sp.log(2), sp.log(2) / sp.log(10))


def _between_bases_2_and_10(expected, got):
    """got = expected · log₂10 (or its inverse): `\\lg 8 = 3`, lg read as log₁₀ by one
    convention and as log₂ by another."""
    found = values(got / expected) if expected.has(sp.log) or got.has(sp.log) else None
    if not found or any(isinstance(v, mpmath.mpc) for v in found):
        return None
    for factor in _TWO_AND_TEN:
        exact = float(factor)
        if all(abs(float(v) - exact) <= 1e-12 * exact for v in found):
            return "log-base", f"off by the factor {said(factor)}: a logarithm in another base?"
    return None


ROUNDING = 5e-4   # relative: a value written to four digits or more


def _rounded_in_another_base(expected, got):
    """got a decimal within rounding of expected with its logarithms in base 2 or 10 (ln 6
    written as 2.585 = log2 6): the writer's logarithm has another base."""
    if not (got.is_Float or got.is_Rational) or expected.free_symbols or not expected.has(sp.log):
        return None
    try:
        want, have = float(expected.evalf(20)), float(got)
    except (TypeError, ValueError):
        return None
    for factor in (1 / sp.log(2), 1 / sp.log(10)):
        scaled = want * float(factor)
        if scaled != 0 and abs(have - scaled) <= ROUNDING * abs(scaled):
            return "log-base", f"off by the factor {said(factor)}: a logarithm in another base?"
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
        out += [L(arg.base) ** arg.exp, L(arg.base) / arg.exp, arg.base * L(arg.exp),
                L(arg.base * arg.exp)]
    return out


def diagnose_log_rule(expected, got):
    """A law of logarithms applied wrongly to one log of expected, or to every log alike."""
    nodes = list(_log_nodes(expected))
    for node, arg, scale in nodes:
        for w in _wrong_log_laws(arg, scale):
            if zero(evaluated(expand_ml(expected.xreplace({node: w}))) - got):
                return "log-rule", f"{said(w)} is not {said(node)}: check the laws of " \
                                   "logarithms"
    nodes = [n for n in nodes if n[1].free_symbols]
    nodes = [n for n in nodes if not any(n[0] is not m[0] and n[0] in sp.preorder_traversal(m[0])
                                         for m in nodes)]  # the outermost logs only
    if len(nodes) < 2 or len(nodes) > 6:
        return None
    laws = [_wrong_log_laws(arg, scale) for _, arg, scale in nodes]
    for k in range(min(len(w) for w in laws)):  # the same wrong law on every log
        if zero(evaluated(expand_ml(expected.xreplace(
                {node: w[k] for (node, _, _), w in zip(nodes, laws, strict=True)}))) - got):
            return "log-rule", f"{said(laws[0][k])} is not {said(nodes[0][0])}, nor are the " \
                               "other logarithms like it: check the laws of logarithms"
    return None


def _log_terms(add):
    """The terms ±log(a) (in one base) of a sum as written: [(term, sign, argument, scale)]."""
    out = []
    for term in add.args:
        sign = 1
        if isinstance(term, sp.Mul) and term.args[0] == -1:
            sign, term_body = -1, sp.Mul(*term.args[1:], evaluate=False)
        else:
            term_body = term
        found = [(arg, scale) for node, arg, scale in _log_nodes(term_body) if node == term_body]
        if found:
            out.append((term, sign, *found[0]))
    return out


def diagnose_log_combined(expected, got):
    """log a ± log b, as written, combined by a wrong law: log(a + b), log a · log b, log a / log b,
    log(a - b)."""
    for add in (n for n in sp.preorder_traversal(expected) if isinstance(n, sp.Add)):
        logs = _log_terms(add)
        for i, (t1, s1, a1, k1) in enumerate(logs):
            for t2, s2, a2, k2 in logs[i + 1:]:
                if s1 != 1 or k1 != k2:
                    continue
                wrong = [sp.log(a1 * a2) * k1 if s2 == -1 else None,
                         sp.log(a1 + a2) * k1 if s2 == 1 else sp.log(a1 - a2) * k1,
                         sp.log(a1) * sp.log(a2) * k1 * k1 if s2 == 1 else None,
                         sp.log(a1) / sp.log(a2) if s2 == -1 else None]
                rest = [t for t in add.args if t is not t1 and t is not t2]
                for w in (w for w in wrong if w is not None):
                    if zero(value(expected.xreplace({add: sp.Add(w, *rest)})) - got):
                        law = "a sum of logarithms is the logarithm of a product" if s2 == 1 \
                            else "a difference of logarithms is the logarithm of a quotient"
                        return "log-rule", f"{said(w)} does not follow from " \
                                           f"{said(sp.Add(t1, t2, evaluate=False))}: {law}"
    return None

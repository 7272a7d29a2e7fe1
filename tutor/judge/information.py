"""Identities of information measures: H(X|Y) = H(X,Y) − H(Y), I(X;Y) = H(X) + H(Y) − H(X,Y),
D_KL(p‖q) = H(p,q) − H(p), checked by writing every measure in a few unknowns.

Of random variables (X, Y, Z: capitals other than P and Q) each measure is a sum of joint
entropies h(S) of sets S of them (H(X,Y) = H(Y,X)); of distributions (p, q, P, Q, or any
letters beside a divergence) H(p) and the cross-entropy H(p,q) are the unknowns (H(p,q) is
no H(q,p)). A claim holds when both sides are one sum of the unknowns; it fails when they
differ by a number other than 0. Anything else (H(1/2, 1/2), H(Y|X=x), a difference that
depends on the laws) is left to the rest of the judge.
"""

from __future__ import annotations

import sympy as sp

from tutor.compat import AppliedUndef
from tutor.judge.information_formulas import DIVERGENCES, compare_measure_formula
from tutor.model import Verdict
from tutor.trees import nodes_of

ENTROPY, CONDITIONAL, MUTUAL = "H", "H_cond", "I"
DISTRIBUTION_LETTERS = ("p", "q", "P", "Q", "r", "m")
_JOINT, _CROSS = sp.Function("joint_entropy"), sp.Function("cross_entropy")  # the unknowns
RULES = ("by the identities of information (H(X|Y) = H(X,Y) − H(Y), I(X;Y) = H(X) + H(Y) − "
         "H(X,Y), D(p‖q) = H(p,q) − H(p))")


def compare_information(a, b) -> Verdict | None:
    """equal or not_equal by the identities of information; None when a side is not built
    of information measures (and numbers) or the difference depends on the laws."""
    formula = compare_measure_formula(a, b)  # D(p‖q) = Σ p(x) log p(x)/q(x)
    if formula is not None:
        return formula
    measures = _measures(a) | _measures(b)
    if not (_measures(a) and _measures(b)) or not all(_only_measures(x, measures)
                                                      for x in (a, b)):
        return None  # H(X) + H(Y) - H(X,Y) = 1 + 0.811 - 1.5: values, not an identity
    mode = _mode(measures)
    if mode is None:
        return None
    unknowns = {m: _in_unknowns(m, mode) for m in measures}
    if any(u is None for u in unknowns.values()):
        return None
    difference = sp.expand(a.xreplace(unknowns) - b.xreplace(unknowns))
    if difference == 0:
        return Verdict("equal", RULES)
    if difference.is_number and difference.is_finite:
        return Verdict("not_equal", f"{RULES}: the sides differ by {sp.nsimplify(difference)}")
    return _differing_laws(a, b, unknowns, mode)


def is_identity_of_information(a, b) -> bool:
    """Whether `a = b` is an identity of information (H(X|Y) = H(X,Y) − H(Y)): a claim to
    check, not the definition of a name."""
    verdict = compare_information(a, b)
    return verdict is not None and verdict.status == "equal"


def _differing_laws(a, b, unknowns: dict, mode: str) -> Verdict | None:
    """not_equal with laws (in bits) under which the sides differ; None when none is found.
    Variables: independent and uniform on 2, 4, 8, … values (in the order of their names),
    or all one fair coin. Distributions: p_k = (1/(k+2), 1 − 1/(k+2)) on two points."""
    atoms = set().union(*(nodes_of(v, AppliedUndef) for v in unknowns.values()))
    letters = sorted({arg.name for u in atoms for arg in u.args})
    for values, said in _laws(letters, mode):
        point = {u: sp.nsimplify(_value(u, values, mode)) for u in atoms}
        left, right = (sp.nsimplify(x.xreplace(unknowns).xreplace(point)) for x in (a, b))
        if sp.N(left - right, 30) != 0:
            return Verdict("not_equal", f"numeric witness {said}: {sp.N(left, 6)} vs "
                                        f"{sp.N(right, 6)} bits", witness={"laws": said})
    return None


def _laws(letters: list[str], mode: str):
    """(values of the letters, how they are said) for the laws a witness is sought under."""
    if mode == "variables":
        yield ({x: k + 1 for k, x in enumerate(letters)}, ", ".join(
            f"{x} uniform on {2 ** (k + 1)} values" for k, x in enumerate(letters))
            + (" and independent" if len(letters) > 1 else ""))
        yield ({x: 0 for x in letters}, f"{' = '.join(letters)} one fair coin")
        return
    laws = {x: (sp.Rational(1, k + 2), 1 - sp.Rational(1, k + 2)) for k, x in enumerate(letters)}
    yield laws, ", ".join(f"{x} = ({w[0]}, {w[1]})" for x, w in laws.items())


def _value(unknown, values: dict, mode: str):
    """An unknown's value in bits under the laws `values`."""
    names = [arg.name for arg in unknown.args]
    if mode == "variables":  # independent uniform (0: all one coin)
        return sum(values[n] for n in names) if any(values.values()) else 1
    p, q = values[names[0]], values[names[-1]]
    return -sum(pi * sp.log(qi, 2) for pi, qi in zip(p, q, strict=True))


def _measures(expr) -> set:
    return {f for f in nodes_of(expr, AppliedUndef)
            if f.func.__name__ in (ENTROPY, CONDITIONAL, MUTUAL, *DIVERGENCES)}


def _only_measures(expr, measures: set) -> bool:
    """Whether `expr` is numbers and the measures only (no other name or function)."""
    rest = expr.xreplace({m: sp.Integer(1) for m in measures})
    return isinstance(rest, sp.Expr) and not rest.free_symbols and not nodes_of(rest,
                                                                                AppliedUndef)


def _mode(measures: set) -> str | None:
    """"variables" (joint entropies) or "distributions" (cross-entropies), as the measures and
    their letters say; None when they say both or neither."""
    names = {m.func.__name__ for m in measures}
    if not all(isinstance(arg, sp.Symbol) for m in measures for arg in m.args):
        return None
    letters = {arg.name for m in measures for arg in m.args}
    divergence = bool(names & set(DIVERGENCES))
    joint = bool(names & {CONDITIONAL, MUTUAL})
    if divergence and not joint:
        return "distributions"
    if joint and not divergence:
        return "variables" if not letters & set(DISTRIBUTION_LETTERS) else None
    if divergence or joint:
        return None
    if letters <= set(DISTRIBUTION_LETTERS):
        return "distributions"
    if all(n[:1].isupper() for n in letters):
        return "variables"
    return None


def _in_unknowns(measure, mode: str):
    """The measure as a sum of the unknowns of `mode`; None for a form not known."""
    name, args = measure.func.__name__, measure.args
    if mode == "variables":
        if name == ENTROPY:
            return _joint(args)
        if name == CONDITIONAL and len(args) == 2:
            return _joint(args) - _joint(args[1:])
        if name == MUTUAL and len(args) == 2:
            return _joint(args[:1]) + _joint(args[1:]) - _joint(args)
        return None
    if name == ENTROPY and len(args) in (1, 2):
        return _cross(args[0], args[-1])
    if name in DIVERGENCES and len(args) == 2:
        return _cross(*args) - _cross(args[0], args[0])
    return None


def _joint(args):
    """h(S): the joint entropy of the set of variables `args` (its order does not matter)."""
    return _JOINT(*sorted(set(args), key=str))


def _cross(p, q):
    """H(p, q): the cross-entropy of q under p (H(p, p) is the entropy of p)."""
    return _CROSS(p, q)

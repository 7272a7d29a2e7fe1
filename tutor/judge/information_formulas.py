"""An information measure beside its formula: D_KL(P‖Q) = Σ_x P(x) log P(x)/Q(x), H(X) =
−Σ_x p(x) log p(x), H(p, q) = −E_p[log q]. Both are worked out under a few laws on three
values; the formula may be in nats (log) or in bits (log₂), the same for every law."""

from __future__ import annotations

import sympy as sp

from tutor.compat import AppliedUndef
from tutor.model import Verdict
from tutor.trees import nodes_of

DIVERGENCES = ("D_KL", "KL", "D")
# the letters of two laws a formula is written in: P(x) or p(x) the first, Q(x) or q(x) the second
_LETTERS = {"P": 0, "p": 0, "Q": 1, "q": 1}
# (first law, second law) pairs on three values: P, then Q (five: a formula agreeing with the
# measure under all of them to 35 digits is the measure's)
LAWS = (((sp.Rational(1, 2), sp.Rational(1, 3), sp.Rational(1, 6)),
         (sp.Rational(1, 5), sp.Rational(2, 5), sp.Rational(2, 5))),
        ((sp.Rational(1, 10), sp.Rational(3, 5), sp.Rational(3, 10)),
         (sp.Rational(1, 3), sp.Rational(1, 3), sp.Rational(1, 3))),
        ((sp.Rational(2, 7), sp.Rational(4, 7), sp.Rational(1, 7)),
         (sp.Rational(1, 2), sp.Rational(1, 4), sp.Rational(1, 4))),
        ((sp.Rational(5, 9), sp.Rational(1, 9), sp.Rational(1, 3)),
         (sp.Rational(1, 11), sp.Rational(7, 11), sp.Rational(3, 11))),
        ((sp.Rational(1, 13), sp.Rational(8, 13), sp.Rational(4, 13)),
         (sp.Rational(3, 5), sp.Rational(1, 5), sp.Rational(1, 5))))
DIGITS = 40
RULE = "by the definition of the measure, worked out under several laws"
BOTH_RULE = "both worked out under several laws P and Q"


def compare_measure_formula(a, b) -> Verdict | None:
    """equal when one side is built of measures (D_KL(P‖Q), H(P), H(P, Q), H(X)) and numbers,
    the other a formula in P(x), Q(x) (sums, integrals, E_P[…]) that gives its values under
    several laws; not_equal when it gives other values under every law tried; None when the
    sides are not of that kind."""
    for side, formula in ((a, b), (b, a)):
        measures = _measures_only(side)
        if measures and not any(_measure(f) for f in nodes_of(formula, AppliedUndef)):
            letters = list(dict.fromkeys(x for m in measures for x in _measure(m)[1:] if x))
            names = _law_names(formula, letters, measures) if len(letters) <= 2 else None
            return None if names is None else _verdict(side, letters, names, formula)
    return _two_formulas(a, b)


def _measures_only(side) -> list:
    """The measures `side` is built of, with numbers only; [] for anything else."""
    calls = sorted(nodes_of(side, AppliedUndef), key=str)
    if not calls or not all(_measure(c) for c in calls):
        return []
    rest = side.xreplace({c: sp.Integer(1) for c in calls})
    return calls if isinstance(rest, sp.Expr) and not rest.free_symbols else []


def _two_formulas(a, b) -> Verdict | None:
    """equal when both sides are formulas in the laws P and Q, one with an expectation E_P[…]
    (Σ_x P(x) log P(x)/Q(x) = E_P[log P(X)/Q(X)]), and they agree under every law tried;
    not_equal when they differ under every one."""
    calls = nodes_of(sp.Tuple(a, b), AppliedUndef)
    if not any(f.func.__name__.startswith("E_") for f in calls):
        return None
    names = {f.func.__name__ for f in calls if not f.func.__name__.startswith("E_")}
    if not names or not names <= set(_LETTERS):
        return None
    differ = []
    for laws in LAWS:
        values = [_formula_value(x, _LETTERS, laws) for x in (a, b)]
        if None in values:
            return None
        differ.append(abs(sp.N(values[0] - values[1], DIGITS)) > sp.Float(10) ** (5 - DIGITS))
        if differ[-1] and not differ[0]:
            return None
    if not any(differ):
        return Verdict("equal", BOTH_RULE)
    p, q = LAWS[0]
    return Verdict("not_equal", f"{BOTH_RULE}: under P = {_shown(p)}, Q = {_shown(q)} they "
                                "differ") if all(differ) else None


def _measure(expr) -> tuple | None:
    """("D", P, Q), ("H", P, Q) or ("H", P, None) for a measure of letters; else None."""
    if not isinstance(expr, AppliedUndef) or not all(isinstance(x, sp.Symbol) for x in expr.args):
        return None
    name, args = expr.func.__name__, expr.args
    if len(args) == 2 and not {a.name for a in args} <= set(_LETTERS):
        return None  # H(X, Y) of two variables: their joint entropy, not a cross-entropy
    if name in DIVERGENCES and len(args) == 2:
        return ("D", *args)
    if name == "H" and len(args) in (1, 2):
        return ("H", args[0], args[1] if len(args) == 2 else None)
    return None


def _law_names(formula, letters: list, measures: list) -> dict | None:
    """{a function name of the formula: 0 for the first letter's law, 1 for the second}: P(x)
    or p(x) for P, Q(x) or q(x) for Q; for H(X), the one function the formula has; None
    otherwise."""
    called = {f.func.__name__ for f in nodes_of(formula, AppliedUndef) if len(f.args) == 1}
    called |= {i.base.label.name for i in nodes_of(formula, sp.Indexed) if len(i.indices) == 1}
    expectations = {n for n in called if n.startswith("E_")}
    called -= expectations
    if len(letters) == 1 and letters[0].name[:1].isupper() and letters[0].name not in (
            "P", "Q") and all(len(m.args) == 1 for m in measures) and len(called) == 1:
        return {next(iter(called)): 0}  # H(X) = −Σ p(x) log p(x)
    names = {}
    for k, letter in enumerate(letters):
        for spelling in {letter.name, letter.name.lower()}:
            if spelling in names:
                return None  # H(p, P): which is which
            names[spelling] = k
    if not called or not called <= set(names) or not {e[2:] for e in expectations} <= set(names):
        return None
    return names


def _verdict(side, letters: list, names: dict, formula) -> Verdict | None:
    """Compare the formula's values with the measures', in nats and in bits."""
    agree = {"nats": 0, "bits": 0}
    witness = None
    for laws in LAWS:
        value = _formula_value(formula, names, laws)
        if value is None:
            return None
        of_letter = {x: laws[k] for k, x in enumerate(letters)}
        nats = side.xreplace({m: _measure_value(m, of_letter) for m in _measures_only(side)})
        for unit, exact in (("nats", nats), ("bits", nats / sp.log(2))):
            if abs(sp.N(value - exact, DIGITS)) < sp.Float(10) ** (5 - DIGITS):
                agree[unit] += 1
        if witness is None and not any(agree.values()):
            witness = (of_letter, value, nats)
    if len(LAWS) in agree.values():
        return Verdict("equal", RULE)
    if witness is None or any(agree.values()):
        return None
    of_letter, value, nats = witness
    said = ", ".join(f"{x} = {_shown(law)}" for x, law in of_letter.items())
    return Verdict("not_equal", f"{RULE}: under {said} the formula gives {sp.N(value, 6)}, "
                                f"the measures {sp.N(nats, 6)} nats")  # any laws: no witness


def _shown(law) -> str:
    return "(" + ", ".join(str(p) for p in law) + ")"


def _measure_value(measure, of_letter: dict) -> sp.Expr:
    """A measure in nats under the laws of its letters."""
    kind, first, second = _measure(measure)
    p = of_letter[first]
    if kind == "D":
        return sum(pi * sp.log(pi / qi) for pi, qi in zip(p, of_letter[second], strict=True))
    other = of_letter[second] if second is not None else p
    return -sum(pi * sp.log(qi) for pi, qi in zip(p, other, strict=True))


def _formula_value(formula, names: dict, laws):
    """The formula's value: each sum, integral or E_P over the three values; None when it
    holds anything else (a bound that is a number, the variable outside a law's call)."""
    formula = formula.replace(lambda e: isinstance(e, sp.Indexed) and e.base.label.name in names,
                              lambda e: sp.Function(e.base.label.name)(*e.indices))
    try:
        done = formula.replace(lambda e: isinstance(e, (sp.Sum, sp.Integral)) or (
            isinstance(e, AppliedUndef) and e.func.__name__.startswith("E_")),
            lambda e: _over_values(e, names, laws))
    except ValueError:
        return None
    return done if done.is_number else None


def _over_values(e, names: dict, laws):
    """Σ_x f(x), ∫ f(x) dx or E_P[f(X)] as the sum over the three values."""
    if isinstance(e, AppliedUndef):  # E_P[g(X)]: Σ_k P_k g(k)
        if len(e.args) != 1 or e.func.__name__[2:] not in names:
            raise ValueError("not an expectation under a law")
        weights, body = laws[names[e.func.__name__[2:]]], e.args[0]
        variables = {f.args[0] for f in nodes_of(body, AppliedUndef) if f.func.__name__ in names}
    else:
        if isinstance(e, sp.Sum) and any(limit[2].is_number for limit in e.limits):
            raise ValueError("a sum over given values")
        weights, body, variables = (1, 1, 1), e.function, set(e.variables)
    if len(variables) != 1:
        raise ValueError("not one variable")
    x = next(iter(variables))
    total = 0
    for k, weight in enumerate(weights):
        value = body.replace(lambda f: isinstance(f, AppliedUndef) and f.func.__name__ in names
                             and f.args == (x,), lambda f, k=k: laws[names[f.func.__name__]][k])
        if x in value.free_symbols or nodes_of(value, AppliedUndef):
            raise ValueError("the variable outside a law")
        total += weight * value
    return total


GIBBS = "a measure of information is never negative (Gibbs' inequality)"


def never_negative(a, op: str, b) -> bool:
    """Whether `a op b` says a divergence D(P‖Q) or a mutual information I(X; Y) is at least 0
    (`D_KL(P‖Q) ≥ 0`): true of every law, discrete or continuous (never `> 0`: P = Q gives 0;
    never an entropy H(X): a differential entropy may be negative)."""
    side = a if op == ">=" and b == 0 else b if op == "<=" and a == 0 else None
    if not isinstance(side, AppliedUndef) or not all(isinstance(x, sp.Symbol) for x in side.args):
        return False
    name, count = side.func.__name__, len(side.args)
    return count == 2 and (name in DIVERGENCES or name == "I")


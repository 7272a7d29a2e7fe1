"""Expectations, variances and covariances of random variables, judged by their rules.

E is linear, Var(Y) = E[Y²] − E[Y]², Cov(Y, Z) = E[YZ] − E[Y]E[Z]: both sides are rewritten as
polynomials in the moments of the random variables (E[X], E[X²], E[XY], …). Equal polynomials
are equal for every distribution. Moments known from the text (a declared distribution,
`E[X] = 3.5` above) are put in next. A claim still open is refuted only with a witness: a
random finite distribution for which the sides differ, and only when the claim holds for no
non-degenerate rescaling of it (so `Var(X) = E[X]`, true of a Poisson variable, stays unknown):
see moment_witnesses.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import sympy as sp
from sympy.core.relational import Relational

from tutor.compat import AppliedUndef
from tutor.functions import sigmoid
from tutor.judge.decimals import exact
from tutor.judge.expectation_sums import as_expectations
from tutor.judge.finite_ellipsis import runs_read
from tutor.judge.moment_checks import (
    float_noise,
    series_worked_out,
    sigma_as_deviation,
    sigmoid_reading_holds,
    worked_out,
)
from tutor.judge.moment_witnesses import refuted
from tutor.judge.moments import RANDOM_NAME, is_moment, moment, monomial_of
from tutor.judge.named_laws import by_named_family
from tutor.model import Verdict
from tutor.names import unwritten
from tutor.trees import nodes_of

OPERATORS = {"E": "E", "Var": "Var", "var": "Var", "Cov": "Cov", "cov": "Cov", "SD": "SD",
             "sd": "SD", "Std": "SD", "std": "SD"}  # SD(X): the standard deviation, √Var(X)
RULES = "the rules of expectation (linearity, Var = E[X²] − E[X]², Cov = E[XY] − E[X]E[Y])"


class NotMoments(Exception):
    """An expression that is not a polynomial in moments (E[log X], P(X = 1), X outside E)."""


@dataclass
class Knowledge:
    """What the text says about random variables: declared laws, moments stated above, values."""

    laws: dict = field(default_factory=dict)      # moment symbol -> value, from `X ~ Bin(n, p)`
    moments: dict = field(default_factory=dict)   # moment symbol -> value, from `E[X] = 3.5`
    values: dict = field(default_factory=dict)    # constant symbol -> value (`p = 0.8`)
    independent: frozenset = frozenset()  # names stated independent (`X`, `X_1`; `X_*`: all X_i)
    bounds: tuple = ()  # what the laws' parameters meet by definition (λ > 0 of Exp(λ))
    named: tuple = ()  # (family, mean, variance) of a family the prose names with no variable
    earlier: dict = field(default_factory=dict)  # moments stated in earlier blocks of this
    # section (E(X) = … = 1.7 two displays up): they confirm a claim, never refute one


def operator_calls(expr) -> list:
    return [f for f in nodes_of(expr, AppliedUndef) if f.func.__name__ in OPERATORS]


def random_names(expr) -> set:
    """The random variables of an expression: capital letters inside E, Var or Cov."""
    found = set()
    for call in operator_calls(expr):
        found |= {s for s in call.free_symbols if RANDOM_NAME.fullmatch(s.name)}
    return found


def to_moments(expr, rvs: set):
    """`expr` with every E, Var, Cov worked out as a polynomial in moments; NotMoments when an
    operator's argument is not a polynomial in the random variables, or one stands outside."""
    result = _convert(bare_means(expr), rvs)
    if result.free_symbols & rvs or nodes_of(result, AppliedUndef):
        raise NotMoments("a random variable or an unknown function outside E")
    return result


def bare_means(expr):
    """`expr` with `EX` read as E[X] where the side also writes E as an operator (`E[(cX − cEX)^2]`,
    the shorthand of probability texts): the symbol E times one random variable X is its mean,
    never a constant E times X."""
    means = [f.func for f in operator_calls(expr) if f.func.__name__ == "E"]
    letter = next((s for s in expr.free_symbols if s.name == "E"), None)
    if not means or letter is None:
        return expr
    return expr.replace(lambda node: node.is_Mul and letter in node.args,
                        lambda node: _mean_in(node, letter, means[0]))


def _mean_in(product, letter, mean):
    """The product `E·X·c` as E(X)·c when X is its one random factor; else as it stands."""
    others = [a for a in product.args if a != letter]
    randoms = [a for a in others if a.is_Symbol and RANDOM_NAME.fullmatch(a.name)]
    if len(randoms) != 1 or any(a.free_symbols & {letter} for a in others):
        return product
    others.remove(randoms[0])
    return sp.Mul(mean(randoms[0]), *others)


def _convert(expr, rvs: set):
    if not expr.args:
        return expr
    if isinstance(expr, AppliedUndef) and expr.func.__name__ in OPERATORS:
        return _operator_moments(expr, [_convert(a, rvs) for a in expr.args], rvs)
    if isinstance(expr, (Relational, sp.Derivative, sp.Integral, sp.Sum, sp.Limit)):
        return _plain_value(expr, rvs)
    return expr.func(*[_convert(a, rvs) for a in expr.args])


def _operator_moments(expr, args: list, rvs: set):
    """E, Var or Cov of arguments already converted, in moments."""
    if not any(a.free_symbols & rvs for a in args):
        if OPERATORS[expr.func.__name__] == "E" and len(args) == 1 and any(
                is_moment(s) for s in args[0].free_symbols):
            return args[0]  # E[E[X]] = E[X]: the expectation of a constant is itself
        raise NotMoments("an expectation of no random variable")
    kind = OPERATORS[expr.func.__name__]
    if kind == "E" and len(args) == 1:
        return expectation(args[0], rvs)
    if kind in ("Var", "SD") and len(args) == 1:
        variance = sp.expand(expectation(args[0] ** 2, rvs) - expectation(args[0], rvs) ** 2)
        return variance if kind == "Var" else sp.sqrt(sp.factor_terms(variance))  # SD(2X)
    if kind == "Cov" and len(args) == 2:
        a, b = args
        return sp.expand(expectation(a * b, rvs) - expectation(a, rvs) * expectation(b, rvs))
    raise NotMoments("a conditional expectation")


def _plain_value(expr, rvs: set):
    """A sum, integral, limit… outside E: its number, or itself when it holds no random
    variable (Σ k λ^k e^{-λ}/k!: a constant here); NotMoments otherwise."""
    value = worked_out(expr)
    if value is None and isinstance(expr, (sp.Sum, sp.Integral)) and not (
            expr.free_symbols & rvs or nodes_of(expr, AppliedUndef)):
        return expr
    if value is None:
        raise NotMoments("not a plain expression")
    return value


def expectation(arg, rvs: set):
    """E[arg] of a polynomial in the random variables, by linearity."""
    gens = sorted(arg.free_symbols & rvs, key=sp.default_sort_key)
    if not gens:
        return arg
    try:
        poly = sp.Poly(sp.expand(arg), *gens)
    except (sp.PolynomialError, sp.GeneratorsNeeded) as exc:
        raise NotMoments("not a polynomial in the random variables") from exc
    if any(c.free_symbols & rvs for c in poly.coeffs()):
        raise NotMoments("a random coefficient")
    total = sp.Integer(0)
    for powers, coeff in poly.terms():
        monomial = sp.Mul(*[g ** k for g, k in zip(gens, powers, strict=True)])
        total += coeff * (1 if monomial == 1 else moment(monomial))
    return total


def judge_moments(a, b, known: Knowledge) -> Verdict | None:
    """Are `a` and `b` equal by the rules of expectation (with what the text says)? None when
    neither side holds E, Var or Cov of a random variable, or a side cannot be read so. σ(X)
    of a declared X is its standard deviation, unless that reading alone finds a slip."""
    declared = declared_variables(known)  # m ~ Bernoulli(q)
    a, b = (as_expectations(_firm_runs_read(x)) for x in (a, b))  # 1/6 + … + 6/6: its sum;
    # Σ_x x P(X = x): E[X]
    read = sigma_as_deviation(a, declared), sigma_as_deviation(b, declared)
    verdict = _judged_moments(*read, known, declared)
    if verdict is not None and verdict.status == "not_equal" and read != (a, b) and \
            sigmoid_reading_holds(a, b):  # σ(X) + σ(-X) = 1: the sigmoid's
        return None
    return verdict


def _judged_moments(a, b, known: Knowledge, declared: set) -> Verdict | None:
    if not (operator_calls(a) or operator_calls(b)):
        return None
    if unwritten(a, b):  # Var(X_1) + … + Var(X_n): the terms are not written
        return Verdict("unknown", reason=unwritten(a, b))
    rvs = random_names(a) | random_names(b) | {
        s for c in [*operator_calls(a), *operator_calls(b)] for s in c.free_symbols & declared}
    if not rvs:
        return None
    try:
        left, right = to_moments(a, rvs), to_moments(b, rvs)
    except (NotMoments, sp.PolynomialError, TypeError, ValueError):
        return None
    plain = sp.expand(left - right)
    diff = _split_independent(plain, known.independent) if plain != 0 else plain
    if diff == 0:
        return Verdict("equal", f"by {RULES}" + ("" if plain == 0 else
                                                 ", for variables the text says are independent"))
    return _judged_difference(a, b, diff, rvs, known)


def _firm_runs_read(side):
    """`side` with its `…` sums read when three terms fix each run; else as written."""
    read = runs_read(side, firm=True)
    return side if read is None else read


def declared_variables(known: Knowledge) -> set:
    """The random variables whose law the text declares."""
    return {m for s in known.laws for m in monomial_of(s).free_symbols}


def _judged_difference(a, b, diff, rvs: set, known: Knowledge) -> Verdict:
    """The verdict on a difference of moments left after the rules of expectation."""
    declared = declared_variables(known)
    stated = _by_stated_moments(diff, known, _restates(a) or _restates(b))
    if stated is not None:
        return stated
    if known.earlier and _closed_by(diff, {**known.earlier, **known.moments}, known):
        return Verdict("equal", "by the rules of expectation, with the moments stated in the "
                       "displays above")
    if diff.has(sp.Sum, sp.Integral):
        return Verdict("unknown", reason="a sum or an integral beside a moment: it did not work "
                       "out to the moment here")
    firm = sp.expand(diff.xreplace({**known.values, **known.laws}))
    if firm.is_number and float_noise(firm):
        return Verdict("equal", f"by {RULES}, with the declared distribution, to the precision "
                       "of the decimals")
    differ = _refuted_by_the_laws(diff, firm, (a.free_symbols | b.free_symbols) - rvs, known)
    if differ is not None:
        return differ
    if not operator_calls(a) or not operator_calls(b):
        named = by_named_family(firm, rvs - declared, known.named, known.values)
        return named if named is not None else Verdict(
            "unknown", reason="a value of a distribution described in the text: not checked")
    if any(monomial_of(s).free_symbols & declared for s in firm.free_symbols if is_moment(s)):
        return Verdict("unknown", reason="depends on moments of the declared distribution "
                       "that are not worked out here")
    return _refuted_unless_independent(firm, rvs)


def apart_unless_constant(a, b) -> Verdict | None:
    """not_equal when `a` − `b` is by the rules of expectation a multiple of Var(X) of their one
    random variable (`E[(X − μ)²] = E[X]² − μ²` with μ = E[X]): the claim holds only for an X
    that never varies, which no random variable of a text is; else None. The caller keeps a
    side written 0 (`Var(X) = 0` said of a constant on purpose) from it."""
    rvs = random_names(a) | random_names(b)
    if len(rvs) != 1:
        return None
    try:
        diff = sp.expand(to_moments(a, rvs) - to_moments(b, rvs))
    except (NotMoments, sp.PolynomialError, TypeError, ValueError):
        return None
    (x,) = rvs
    ratio = sp.cancel(diff / (moment(x ** 2) - moment(x) ** 2))
    if not ratio.is_number or ratio == 0:
        return None
    return Verdict("not_equal", f"the sides differ by {ratio}·Var({x}): they are equal only "
                   f"when {x} never varies (a coin, {x} = 0 or 1, gives Var({x}) = 1/4)")


def _refuted_unless_independent(firm, rvs: set) -> Verdict:
    """unknown when the difference goes if the variables are independent; else `refuted`."""
    if len(rvs) > 1 and sp.expand(firm.xreplace(_independent(firm))) == 0:
        return Verdict("unknown", reason="holds when " + ", ".join(sorted(s.name for s in rvs))
                       + " are independent (uncorrelated): the text must say which")
    return refuted(firm, rvs)


def _restates(side) -> bool:
    """E[X], Var(X), E[X^2] alone: a side that may state a moment anew (a new example)."""
    return isinstance(side, AppliedUndef) and side.func.__name__ in OPERATORS and all(
        isinstance(a, sp.Symbol) or isinstance(a, sp.Pow) and isinstance(a.base, sp.Symbol)
        for a in side.args)


def _put_in(expr, stated: dict):
    """`expr` with the values stated put in, never for a sum's or an integral's own variable
    (k = 2 said above is no value of the k of Σ_k)."""
    bound = {v for sums in expr.atoms(sp.Sum, sp.Product, sp.Integral) for v in sums.variables}
    return expr.xreplace({k: v for k, v in stated.items() if k not in bound})


def _by_stated_moments(diff, known: Knowledge, restated: bool) -> Verdict | None:
    """equal when the moments stated above (E[X] = 3.5, Var(Y) = 4) close the difference;
    not_equal when they leave a number other than 0 (Var(2Y) = 8 after Var(Y) = 4) and no side
    is a moment that may be stated anew (E[X] = 0.5 for a coin after 3.5 for a die); else
    None."""
    stated = {**known.values, **known.laws, **known.moments}
    if not stated:
        return None
    left_over = sp.expand(_put_in(_put_in(diff, stated), stated))
    if left_over == 0 or _closed_exactly(diff, stated):
        return Verdict("equal", "by the rules of expectation, with the moments stated above")
    if left_over.has(sp.Sum, sp.Integral) and not any(map(is_moment, left_over.free_symbols)):
        return series_worked_out(left_over, known.bounds)  # E[X] = Σ k λ^k e^{-λ}/k!: Poisson
    if not (known.moments and not restated and left_over.is_number):
        return None
    size = 1 + max((abs(v) for v in stated.values() if v.is_number), default=0)
    if abs(sp.N(left_over)) > 1e-9 * size:   # not the noise of decimals (1.7 - 1.1^2)
        return Verdict("not_equal", "by the rules of expectation, with the moments stated "
                       f"above: the sides differ by {sp.N(left_over, 4)}")
    return None

def _closed_by(diff, moments: dict, known: Knowledge) -> bool:
    """Whether these moments (with the laws and values) make the difference 0, exactly or
    with the decimals read as the numbers they are (1.7 - 1.1^2 with E[X] = 1.1)."""
    stated = {**known.values, **known.laws, **moments}
    return bool(stated) and (sp.expand(_put_in(_put_in(diff, stated), stated)) == 0
                             or _closed_exactly(diff, stated))


def _closed_exactly(diff, stated: dict) -> bool:
    """Whether the stated values, decimals read as the numbers they are, close the difference
    (1.7 - 1.1^2 with E[X] = 1.1)."""
    exactly = {k: exact(v) for k, v in stated.items()}
    return sp.expand(_put_in(_put_in(exact(diff), exactly), exactly)) == 0


def _refuted_by_the_laws(diff, firm, written: set, known: Knowledge) -> Verdict | None:
    """`_differ_by_the_laws`, unless the laws' parameters have values given (π = 0.1) that
    leave no difference: a claim made with the value put in is no claim about every π."""
    differ = _differ_by_the_laws(firm, written, known.laws)
    if differ is not None and sp.expand(_put_in(_put_in(diff, known.laws), known.values)) == 0:
        return None
    return differ


def _differ_by_the_laws(firm, written: set, laws: dict) -> Verdict | None:
    """not_equal when the declared laws leave a difference: a number, or an expression of
    their parameters the claim writes that is not 0 for all of them; else None."""
    if firm.is_number and firm != 0 and not firm.has(sp.nan, sp.zoo):
        return Verdict("not_equal", "by the rules of expectation, with the declared "
                       f"distribution: the sides differ by {firm}")
    if _differs_in_parameters(firm, written, laws):
        return Verdict("not_equal", "by the rules of expectation, with the declared "
                       f"distribution: the sides differ by {firm}, not 0 for every value of "
                       "its parameters")
    return None


def _differs_in_parameters(firm, written: set, laws: dict) -> bool:
    """All moments known, and the difference left is no identity 0 of the parameters (p - 2p²
    for Var(X) = p² of a Bernoulli(p)): wrong as a claim about every p. Only in parameters of
    the declared laws the claim itself writes (`E[X] = 3` of a Poisson(λ) may mean λ = 3)."""
    parameters = set().union(*(v.free_symbols for v in laws.values())) if laws else set()
    if firm == 0 or not firm.free_symbols or not firm.free_symbols <= parameters & written:
        return False
    try:
        return sp.simplify(firm) != 0
    except (TypeError, ValueError, NotImplementedError):
        return False


def _split_independent(diff, independent: frozenset):
    """E[XY] as E[X]E[Y] for X, Y the text says are independent."""
    split = {s: v for s, v in _independent(diff).items()
             if stated_independent(monomial_of(s).free_symbols, independent)}
    return sp.expand(diff.xreplace(split)) if split else diff


def stated_independent(names: set, independent: frozenset) -> bool:
    """Whether the text states these random variables independent (all of them: X_1 and X_2
    by `X_*`, from "X_1, …, X_n i.i.d.")."""
    return len(names) > 1 and all(
        n.name in independent or ("_" in n.name and f"{n.name.split('_')[0]}_*" in independent)
        for n in names)


def _independent(diff) -> dict:
    """Each mixed moment E[X^a Y^b] as E[X^a]·E[Y^b], as for independent variables."""
    split = {}
    for s in diff.free_symbols:
        if is_moment(s) and len(monomial_of(s).free_symbols) > 1:
            powers = monomial_of(s).as_powers_dict()
            split[s] = sp.Mul(*[moment(base ** k) for base, k in powers.items()])
    return split


def deviation_reading_holds(a, b, known: Knowledge | None = None) -> bool:
    """`a` = `b` is not refuted by the rules of expectation with σ(X) of a capital X read as
    its standard deviation (`σ(cX) = |c|σ(X)` where no law is declared): a slip only on the
    sigmoid's reading, which may not be the writer's."""
    letters = {s for side in (a, b) for call in nodes_of(side, sigmoid)
               for s in call.free_symbols if RANDOM_NAME.fullmatch(s.name)}
    if not letters or known is not None and letters & declared_variables(known):
        return False  # a declared X: its σ was read as the deviation already
    read = sigma_as_deviation(a, letters), sigma_as_deviation(b, letters)
    if read == (a, b):
        return False
    verdict = _judged_moments(*read, Knowledge(), letters)
    return verdict is not None and verdict.status != "not_equal"


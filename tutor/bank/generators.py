"""Seeded, reproducible variants of problem families (the same seed, the same problem)."""

from __future__ import annotations

import dataclasses
import difflib
import random
from collections.abc import Callable
from fractions import Fraction
from typing import Any

from tutor.bank.loader import parse_problem
from tutor.errors import ProblemError
from tutor.model import Problem


def _num(q: Fraction | int) -> str:
    """An exact number as plain text: '3', '-7/4'."""
    q = Fraction(q)
    return str(q.numerator) if q.denominator == 1 else f"{q.numerator}/{q.denominator}"


def _dec(q: Fraction) -> str:
    """A multiple of 1/2 as a decimal: '-1.5', '2'."""
    return str(q.numerator) if q.denominator == 1 else f"{float(q):g}"


def _terms(terms: list[tuple[Fraction | int, str]]) -> str:
    """Join coefficient-monomial pairs as '3x^2 - x + 5' or '(3/2) log2(3) - 2/3'."""
    out = ""
    for coef, mono in terms:
        coef = Fraction(coef)
        if coef == 0:
            continue
        mag = abs(coef)
        if not mono:
            body = _num(mag)
        elif mag == 1:
            body = mono
        elif mag.denominator != 1:
            body = f"({_num(mag)}) {mono}"
        else:
            gap = " " if mono[1:2].isalpha() else ""  # '2 log2(3)' but '2x^2', '4x h'
            body = f"{_num(mag)}{gap}{mono}"
        if out:
            out += f" {'-' if coef < 0 else '+'} {body}"
        else:
            out = ("-" if coef < 0 else "") + body
    return out or "0"


def _first_principles_quadratic(rng: random.Random, seed: int) -> dict[str, Any]:
    nonzero = [k for k in range(-5, 6) if k]
    a, b, c = rng.choice(nonzero), rng.choice(nonzero + [6, 7, -6, -7]), rng.choice(nonzero)
    g = _terms([(a, "x^2"), (b, "x"), (c, "")])
    num = _terms([(2 * a, "x h"), (a, "h^2"), (b, "h")])
    return dict(
        topic="calculus", method="first-principles",
        title=f"Derivative of {g} from first principles",
        tags=["derivative", "limits", "first principles", "difference quotient", "generated"],
        statement=f"Using only the definition of the derivative (no differentiation rules), "
                  f"find g'(x) for g(x) = {g}.",
        given={"g(x)": g}, assume=["x real"], start="lim h->0 (g(x+h) - g(x))/h",
        target=_terms([(2 * a, "x"), (b, "")]),
        hints=[f"Replace every x in g(x) = {g} by (x+h), then subtract g(x) term by term.",
               f"Expand (x+h)^2 = x^2 + 2xh + h^2 before multiplying by {a}; every term "
               f"without an h cancels against g(x), the constant {c} included.",
               f"The numerator becomes {num}; divide each term by h, and only then let h "
               f"go to 0."],
        solution=[f"lim h->0 ({_terms([(a, '(x+h)^2'), (b, '(x+h)'), (c, '')])} - ({g}))/h",
                  f"lim h->0 ({num})/h",
                  f"lim h->0 ({_terms([(2 * a, 'x'), (b, ''), (a, 'h')])})",
                  _terms([(2 * a, "x"), (b, "")])],
        mistakes=[(f"lim h->0 ({_terms([(2 * a, 'x h'), (a, 'h^2'), (-b, 'h')])})/h", "sign", 1),
                  (f"lim h->0 ({_terms([(a, '(x^2 + h^2)'), (b, '(x+h)'), (c, '')])} - ({g}))/h",
                   "expansion", 0),
                  (_terms([(2 * a, "x"), (b, ""), (a, "h")]), "limit-dropped", 3)],
    )


_PMFS = [(2, 2), (2, 4, 4), (4, 4, 4, 4), (2, 4, 8, 8), (Fraction(4, 3), 4), (8, 8, Fraction(4, 3)),
         (Fraction(8, 3), Fraction(8, 3), 4), (3, 3, 3), (3, Fraction(3, 2)), (6, 3, 2),
         (6, 6, Fraction(3, 2)), (3, 3, 6, 6), (4, 4, 6, 3), (12, 4, Fraction(3, 2)),
         (9, Fraction(9, 2), Fraction(3, 2)), (2, 6, 6, 6), (Fraction(9, 4), Fraction(9, 4), 9),
         (Fraction(8, 3), Fraction(8, 3), 8, 8)]   # reciprocals of the probabilities


def _two_three(q: Fraction) -> tuple[int, int]:
    """Exponents (a, b) with q = 2^a 3^b."""
    exps = []
    for prime in (2, 3):
        e = 0
        for part, sign in ((q.numerator, 1), (q.denominator, -1)):
            while part % prime == 0:
                part //= prime
                e += sign
        exps.append(e)
    return exps[0], exps[1]


def _bits(const: Fraction | int, coef: Fraction | int) -> str:
    """const + coef log2(3) as text, the positive term first: 'log2(3) - 2/3', '2 - log2(3)'."""
    terms = [(coef, "log2(3)"), (const, "")]
    return _terms(terms if coef > 0 else terms[::-1])


def _entropy_discrete(rng: random.Random, seed: int) -> dict[str, Any]:
    inv = [Fraction(v) for v in rng.choice(_PMFS)]
    rng.shuffle(inv)
    # one row per outcome: probability text, 1/p text, (a, b) with 1/p = 2^a 3^b, p as Fraction
    rows = [(_num(1 / v), _num(v), _two_three(v), 1 / v) for v in inv]
    const = sum((q * a for _, _, (a, _), q in rows), Fraction(0))
    coef = sum((q * b for _, _, (_, b), q in rows), Fraction(0))
    bits = [_bits(a, b) for _, _, (a, b), _ in rows]
    weighted = " + ".join(f"({row[0]})({bit})" for row, bit in zip(rows, bits, strict=True))
    ps = [row[0] for row in rows]
    target = _bits(const, coef)
    return dict(
        topic="information-theory", log_base="2",
        title=f"Entropy of the distribution ({', '.join(ps)})",
        tags=["entropy", "shannon", "bits", "discrete distribution", "generated"],
        statement=f"A source emits {len(ps)} symbols with probabilities {', '.join(ps)}. "
                  f"Compute its entropy in bits.",
        given={}, assume=[],
        start="-(" + " + ".join(f"({p}) log2({p})" for p in ps) + ")",
        target=target,
        hints=["Move the minus sign inside: -p log2(p) = p log2(1/p), each probability times "
               "its surprisal.",
               "The surprisals are " + ", ".join(
                   f"log2({row[1]}) = {bit}" for row, bit in zip(rows, bits, strict=True))
               + " bits.",
               f"Weight each surprisal by its probability and add: {weighted}."],
        solution=[" + ".join(f"({p}) log2({r})" for p, r, _, _ in rows), weighted, target],
        mistakes=[(" + ".join(f"({p}) log2({p})" for p in ps), "sign", 0),
                  (" + ".join(f"({p}) ln({r})" for p, r, _, _ in rows), "log-base", 1)],
    )


def _logistic_prediction(rng: random.Random, seed: int) -> dict[str, Any]:
    while True:
        b0 = Fraction(rng.choice([k for k in range(-6, 7) if k]), 2)
        b1 = Fraction(rng.choice([k for k in range(-4, 5) if k]), 2)
        x = rng.randint(2, 6)
        z = b0 + b1 * x
        if z != 0:
            break
    op, nop = ("+", "-") if b1 > 0 else ("-", "+")
    lin = f"{_dec(b0)} {op} {_dec(abs(b1))} * {x}"
    return dict(
        topic="logistic-regression",
        title=f"Logistic prediction with b0 = {_dec(b0)}, b1 = {_dec(b1)} at x = {x}",
        tags=["logistic regression", "prediction", "sigmoid", "numbers", "generated"],
        statement=f"A logistic model has intercept b0 = {_dec(b0)} and slope b1 = {_dec(b1)}. "
                  f"Compute the predicted probability sigma(b0 + b1 x) that y = 1 at x = {x}.",
        given={"b0": _dec(b0), "b1": _dec(b1), "x": str(x)}, assume=[],
        start="sigma(b0 + b1 x)", target=f"1/(1 + e^({_dec(-z)}))",
        hints=["Compute the linear predictor b0 + b1 x first, then apply the sigmoid.",
               f"{lin} = {_dec(z)}, keeping the sign of every coefficient.",
               f"sigma({_dec(z)}) = 1/(1 + e^({_dec(-z)})); that is the probability, while "
               f"e^({_dec(z)}) would be the odds."],
        solution=[f"sigma({lin})", f"sigma({_dec(z)})", f"1/(1 + e^({_dec(-z)}))"],
        mistakes=[(f"sigma({_dec(b0)} {nop} {_dec(abs(b1))} * {x})", "sign", 0),
                  (f"sigma({_dec(b0)} {op} {_dec(abs(b1))})", "arithmetic", 0),
                  (f"1/(1 + e^({_dec(z)}))", "sign", 2)],
    )


def _cnn_output_size(rng: random.Random, seed: int) -> dict[str, Any]:
    n, f = rng.choice([28, 32, 64, 100, 224]), rng.choice([3, 5, 7])
    p, s = rng.choice([0, 1, 2]), rng.choice([1, 2])
    inner, out = n - f + 2 * p, (n - f + 2 * p) // s + 1
    return dict(
        topic="neural-networks", family=29, form="a whole number",
        title=f"Output width of a {f}x{f} convolution on {n} pixels (padding {p}, stride {s})",
        tags=["cnn", "convolution", "output size", "numbers", "generated"],
        statement=f"A convolution layer with a {f}x{f} kernel, padding {p} and stride {s} runs "
                  f"over an input {n} pixels wide. How wide is its output?",
        given={}, assume=[], start=f"floor(({n} - {f} + 2*{p})/{s}) + 1", target=str(out),
        hints=["The kernel fits (n - f + 2p)/s + 1 times, rounded down before adding 1.",
               f"Padding adds {p} pixels on each side: 2p = {2 * p}.",
               f"floor({inner}/{s}) + 1 = {out}."],
        solution=[f"floor({inner}/{s}) + 1", str(out)],
        mistakes=[(f"floor(({n} - {f} + {p})/{s}) + 1" if p else f"floor(({n} - {f})/{s})",
                   "arithmetic", 0,
                   "Padding is added on both sides of the input: 2p, not p." if p else
                   "The first position of the kernel counts too: add 1."),
                  (f"floor({inner}/{s})", "arithmetic", 0,
                   "The count of positions is the number of strides plus the first one: add 1.")],
    )


def _precision_from_counts(rng: random.Random, seed: int) -> dict[str, Any]:
    tp, fp, fn = rng.randint(5, 40), rng.randint(1, 20), rng.randint(1, 20)
    while fp == fn:
        fn = rng.randint(1, 20)
    value = Fraction(tp, tp + fp)
    return dict(
        topic="neural-networks", family=27, form="a fraction",
        title=f"Precision with {tp} true and {fp} false positives",
        tags=["metrics", "precision", "confusion matrix", "numbers", "generated"],
        statement=f"A classifier finds {tp} true positives, {fp} false positives and {fn} false "
                  "negatives. What is its precision?",
        given={}, assume=[], start=f"{tp}/({tp} + {fp})", target=_num(value),
        hints=["Precision asks: of everything flagged positive, how much was right?",
               "The flagged positives are the true positives and the false positives.",
               f"{tp}/{tp + fp} = {_num(value)}."],
        solution=[f"{tp}/{tp + fp}", _num(value)],
        mistakes=[(f"{tp}/({tp} + {fn})", "arithmetic", 0,
                   "Dividing by the false negatives gives the recall, not the precision."),
                  (f"{fp}/({tp} + {fp})", "arithmetic", 0,
                   "The false positives are the part that was wrong: precision counts the "
                   "true positives.")],
    )


def _gradient_descent_step(rng: random.Random, seed: int) -> dict[str, Any]:
    a, x0 = rng.choice([1, 2, 3]), rng.choice([1, 2, 3, -2])
    eta = Fraction(rng.choice([1, 5, 10, 25]), 100)
    x1 = x0 - eta * 2 * a * x0
    return dict(
        topic="optimisation", family=22, form="a number",
        title=f"One gradient step on {_terms([(a, 'x^2')])} from x = {x0} with rate "
              f"{_dec2(eta)}",
        tags=["gradient descent", "quadratic", "numbers", "generated"],
        statement=f"Gradient descent minimises f(x) = {_terms([(a, 'x^2')])} with learning rate "
                  f"{_dec2(eta)}, starting at x = {x0}. Where is it after one step?",
        given={}, assume=[], start=f"{x0} - {_dec2(eta)}*2*{a}*{x0}", target=_dec2(x1),
        hints=["One step moves against the gradient: x - eta f'(x).",
               f"f'(x) = {2 * a}x, so f'({x0}) = {2 * a * x0}.",
               f"{x0} - {_dec2(eta)} * {2 * a * x0} = {_dec2(x1)}."],
        solution=[f"{x0} - {_dec2(eta * 2 * a * x0)}", _dec2(x1)],
        mistakes=[(f"{x0} + {_dec2(eta)}*2*{a}*{x0}", "sign", 0,
                   "Descent goes against the gradient: subtract eta times f'(x)."),
                  (f"{x0} - {_dec2(eta)}*{a}*{x0}", "arithmetic", 0,
                   f"The derivative of {a}x^2 is {2 * a}x: the 2 comes down from the power.")],
    )


def _bayes_positive_test(rng: random.Random, seed: int) -> dict[str, Any]:
    prior = Fraction(rng.choice([1, 2, 5, 10]), 100)
    sens, spec = Fraction(rng.choice([80, 90, 95, 99]), 100), Fraction(rng.choice([90, 95, 99]),
                                                                        100)
    hit, false = sens * prior, (1 - spec) * (1 - prior)
    post = hit / (hit + false)
    d = _dec2
    return dict(
        topic="probability", family=8, form="a fraction",
        title=f"Having the condition after a positive test ({d(prior * 100)}% prevalence)",
        tags=["bayes rule", "base rate", "diagnostic test", "numbers", "generated"],
        statement=f"A condition affects {d(prior * 100)}% of people. A test detects it in "
                  f"{d(sens * 100)}% of those who have it and gives a false alarm in "
                  f"{d((1 - spec) * 100)}% of those who do not. Someone tests positive: how "
                  "likely is it that they have the condition?",
        given={}, assume=[],
        start=f"({d(sens)}*{d(prior)})/({d(sens)}*{d(prior)} + {d(1 - spec)}*{d(1 - prior)})",
        target=_num(post),
        hints=["Bayes: P(D | +) = P(+ | D) P(D) / P(+).",
               "P(+) adds the true positives of the sick and the false alarms of the healthy.",
               f"{d(hit)}/({d(hit)} + {d(false)}) = {_num(post)}."],
        solution=[f"{d(hit)}/({d(hit)} + {d(false)})", _num(post)],
        mistakes=[(d(sens), "arithmetic", 0,
                   "That is P(+ | D), the test's sensitivity; the question is P(D | +), which "
                   "also weighs how rare the condition is."),
                  (f"{d(hit)}/({d(hit)} + {d((1 - spec) * prior)})", "arithmetic", 0,
                   "The false alarms come from the healthy people: multiply by P(no condition) "
                   f"= {d(1 - prior)}.")],
    )


def _dec2(q: Fraction | int) -> str:
    """An exact decimal as text: '0.05', '-1.9', '3'."""
    q = Fraction(q)
    if q.denominator == 1:
        return str(q.numerator)
    return f"{float(q):.10g}"


_FAMILIES: dict[str, Callable[[random.Random, int], dict[str, Any]]] = {
    "first-principles-quadratic": _first_principles_quadratic,
    "entropy-discrete": _entropy_discrete,
    "logistic-prediction": _logistic_prediction,
    "cnn-output-size": _cnn_output_size,
    "precision-from-counts": _precision_from_counts,
    "gradient-descent-step": _gradient_descent_step,
    "bayes-positive-test": _bayes_positive_test,
}
FAMILIES: tuple[str, ...] = tuple(_FAMILIES)


def generate(family: str, seed: int) -> Problem:
    """A reproducible variant of a family: the same (family, seed) always gives the same problem."""
    name = "".join(family.lower().split()).replace("_", "-")
    if name not in _FAMILIES:
        close = difflib.get_close_matches(name, FAMILIES, n=1, cutoff=0.5)
        hint = f"; did you mean {close[0]}?" if close else f" (families: {', '.join(FAMILIES)})"
        raise ProblemError(f"no problem family {family}{hint}")
    if isinstance(seed, bool) or not isinstance(seed, int) or seed < 0:
        raise ProblemError(f"seed must be a non-negative integer, not {seed!r}")
    spec = _FAMILIES[name](random.Random(f"{name}:{seed}"), seed)
    spec["mistakes"] = [{"step": m[0], "expect": m[1], "after": m[2], "hint": m[3]}
                        if len(m) > 3 else {"step": m[0], "expect": m[1], "after": m[2]}
                        for m in spec["mistakes"]]
    spec["id"] = f"gen-{name}-{seed}"
    spec["source"] = f"generated: family {name}, seed {seed}"
    spec["aliases"] = []
    return dataclasses.replace(parse_problem(spec, path=f"<{spec['id']}>", generated=True),
                               path="")

"""The link a logistic model leaves unwritten: ŷ = σ(z) beside a cross-entropy loss in ŷ.

Notes write `L = -(y log ŷ + (1 - y) log(1 - ŷ))` and then `∂L/∂z = ŷ - y` with z the logit,
or `∂L/∂w = (ŷ - y)x` with z = wx + b, writing neither ŷ = σ(z) nor z: that is what ŷ means
beside a binary cross-entropy. A gradient that holds with that link is confirmed, saying so;
one that does not is left as it was (the writer may mean another link): the link never makes
an error."""

from __future__ import annotations

import sympy as sp

from tutor.compat import AppliedUndef
from tutor.derive.graph import written_down_to
from tutor.functions import sigmoid
from tutor.judge.equivalence import compare
from tutor.trees import nodes_of

METHOD = "with ŷ = σ(z), as a logistic model reads ŷ beside a cross-entropy loss"
_REST = sp.Dummy("rest")  # the rest of the logit, z = w x + (what does not hold w)


def gradient_by_the_link(ea, eb, ctx, budget: float) -> str | None:
    """"follows " and `METHOD`'s words when `ea` is ∂L/∂z (or ∂L/∂w, ∂L/∂b) of an L defined
    above (in `ctx.values`) as a binary cross-entropy in an output o the text defines by no
    formula, and `eb` equals it with o = σ(z) (z = w x + …, x the one input `eb` names);
    None otherwise."""
    values = ctx.values

    def same(x, y) -> bool:
        return compare(x, y, ctx.assumptions, budget=budget).status == "equal"

    if not isinstance(ea, sp.Derivative) or len(ea.variables) != 1 or eb.has(sp.Derivative):
        return None
    variable, body = ea.variables[0], ea.expr
    if isinstance(body, AppliedUndef):  # ∂L/∂z as written: L's definition above
        body = values.get(sp.Symbol(body.func.__name__))
    numbers = {k: v for k, v in values.items() if isinstance(k, sp.Symbol) and _number(v)}
    if not isinstance(variable, sp.Symbol) or not isinstance(body, sp.Expr) \
            or variable in body.free_symbols or (variable in values and variable not in numbers):
        return None  # z = wx + b above: z is no logit left unwritten
    formulas = {k: v for k, v in values.items() if k not in numbers}
    body = written_down_to(body, formulas, {variable})
    output = _cross_entropy_output(body, same)
    known = values.get(output)
    if output is None or (known is not None and not _number(known)):
        return None
    logit = _logit(variable, eb, {output, *body.free_symbols}, values)
    if logit is None:
        return None
    link = {output: sigmoid(logit)}
    left = sp.diff(body.xreplace(link), variable).xreplace({sigmoid(logit): known or
                                                           sigmoid(logit)})
    right = eb.xreplace(link if known is None else {})
    if not same(left.xreplace(numbers), right.xreplace(numbers)):
        return None
    return "follows " + METHOD.replace("ŷ", _shown(output))


def _logit(variable, claim, taken: set, values: dict):
    """z itself (∂L/∂z), b + rest for a bias, w·x + rest for a weight w with x the one other
    name of the claim (∂L/∂w = (ŷ - y)x) or else the one input given a value; None for any
    other variable."""
    letter = variable.name.split("_")[0]
    if letter == "z":
        return variable
    if letter not in ("w", "b"):
        return None
    if letter == "b":
        return variable + _REST
    inputs = [s for s in claim.free_symbols - taken - {variable} if s.name.split("_")[0] == "x"
              or s in values]
    if not inputs:  # ∂L/∂w = (0.8 - 1)·2 with x = 2 given: the one input given a value
        inputs = [s for s in values if isinstance(s, sp.Symbol) and s.name.split("_")[0] == "x"]
    if len(inputs) != 1:
        return None
    return variable * inputs[0] + _REST


def _cross_entropy_output(body, same):
    """o when `body` is -(y ln o + (1 - y) ln(1 - o)) in two names y and o, else None."""
    names = body.free_symbols
    if len(names) != 2 or nodes_of(body, AppliedUndef) or not body.has(sp.log):
        return None
    for o in names:
        (y,) = names - {o}
        if same(body, -(y * sp.log(o) + (1 - y) * sp.log(1 - o))):
            return o
    return None


def _number(value) -> bool:
    return isinstance(value, sp.Expr) and value.is_number


def _shown(name) -> str:
    return {"y_hat": "ŷ"}.get(name.name, name.name)


def cross_entropy_weights(total: sp.Eq, *exprs) -> bool:
    """Whether the family a total `Σ_k y_k = 1` sums weighs logarithms in a sum of one of
    `exprs` (-Σ_k y_k log p_k: the targets of a cross-entropy, a distribution by definition)."""
    family = total.lhs.function
    if not isinstance(family, sp.Indexed):
        return False
    for expr in exprs:
        for big in nodes_of(expr, sp.Sum):
            factors = sp.Mul.make_args(big.function)
            if any(isinstance(f, sp.Indexed) and f.base == family.base for f in factors) and \
                    any(f.has(sp.log) for f in factors):
                return True
    return False

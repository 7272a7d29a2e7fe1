"""`\\log L(\\lambda) = n \\log \\lambda - \\lambda \\sum x_i`: a likelihood defined through its
log, as MLE notes write it; the derivatives of log L below are then checked against it."""

from __future__ import annotations

from dataclasses import replace

import sympy as sp

from tutor.compat import AppliedUndef
from tutor.derive.context import Line, WalkState
from tutor.derive.diagnosis import show
from tutor.model import Chain


def log_definition(checker, ln: Line, chain: Chain, state: WalkState) -> WalkState | None:
    """`log L(θ) = body` with L not defined here (or defined under an earlier heading in other
    letters, the last model's L): L(θ) is e^body from here, a definition (nothing to check); what
    follows on the line is checked as claims. None for anything else."""
    call = _logged_call(chain.parts[0].expr)
    if call is None or chain.links[0].op != "=" or not (_free_to_define(
            checker.ctx, call) or _next_model(checker, chain, call)):
        return None
    body = chain.parts[1].expr
    if any(f.func == call.func for f in body.atoms(AppliedUndef)) or not (
            body.free_symbols & set(call.args)):
        return None
    checker.ctx.functions.pop(call.func.__name__, None)
    checker._define(call, sp.exp(body))
    checker.results.append(checker._result(
        ln, chain.parts[0], "unchecked", f"definition of {show(chain.parts[0].expr)} (not a "
        "claim: nothing to check)", method="definition"))
    if len(chain.parts) == 2:
        checker._see(chain.parts)
        return replace(state, prev=None, prev_eq=None, body=chain.parts[1])
    return checker._claims(ln, chain, 1, state)


def _next_model(checker, chain: Chain, call) -> bool:
    """`log L(λ)` of the exponential model under a new heading, in the letters of the Poisson
    one above, or in other letters (log L(θ) after L(λ)), and another body: the next exercise's
    likelihood, not a claim about the last."""
    defined = checker.ctx.functions.get(call.func.__name__)
    return defined is not None and (checker.ctx.headed.get(call.func.__name__) is defined or
                                    _other_letters(defined, call)) and \
        checker._compare(chain.parts[0], chain.parts[1], "=").status == "not_equal"


def _other_letters(defined, call) -> bool:
    """`ln L(θ)` of the exponential model after L(λ) of the Poisson one in the same section: the
    call shares no letter with the definition, as a new model's likelihood is written (a
    density named by its law, p = N(μ, σ²), has no letter of its own)."""
    return len(call.args) == len(defined.variables) and not set(call.args) & set(
        defined.variables) and not any(isinstance(v, sp.Dummy) for v in defined.variables)


def _logged_call(left) -> AppliedUndef | None:
    """L(θ) of log L(θ) when every argument is a name; None otherwise."""
    if not (isinstance(left, sp.log) and len(left.args) == 1):
        return None
    inner = left.args[0]
    if isinstance(inner, AppliedUndef) and inner.args and all(
            isinstance(a, sp.Symbol) for a in inner.args):
        return inner
    return None


def _free_to_define(ctx, call) -> bool:
    """L has no definition here, no value at this call, or only one made under an earlier
    heading in other letters (L(p) of the binomial model, now log L(λ) of the Poisson one)."""
    name = call.func.__name__
    if call in ctx.calls:
        return False
    defined = ctx.functions.get(name)
    if defined is None:
        return name not in ctx.defined
    return ctx.headed.get(name) is defined and tuple(defined.variables) != tuple(call.args)


def log_of_defined(checker, ln: Line, chain: Chain, state: WalkState) -> WalkState | None:
    """`ln L(θ) = n ln θ + …` with L(θ) defined above (the likelihood, then its log): a claim
    about ln L, judged against L's definition, never the next equation of a solving (even when
    the line above ends in an equation). None for anything else (`ln f(x) = 0`: a condition)."""
    call = _logged_call(chain.parts[0].expr)
    if call is None or chain.links[0].op != "=" or _free_to_define(checker.ctx, call):
        return None
    right = chain.parts[1].expr
    if right.has(call.func) or not set(call.args) <= right.free_symbols:
        return None
    return checker._claims(ln, chain, 0, state)

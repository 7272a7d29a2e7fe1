"""A step found wrong looked at once more: is it sure, or only wrong on a reading the text
leaves open (a name of an earlier heading, the branch of a square root, a name a premise
gave a value, a part named, an index the prose sets apart)? Two looks find a slip instead:
the last digits of a decimal said to be about a value, a limit with no finite value. A sum
without bounds against terms written out is unsure."""

from __future__ import annotations

import sympy as sp

from tutor.budget import limits_hit
from tutor.derive.dependent_names import on_a_dependent_name
from tutor.derive.dropped_primes import on_a_dropped_prime
from tutor.derive.earlier_sections import under_an_earlier_heading
from tutor.derive.last_digits import off_in_the_last_digits
from tutor.derive.leibniz_chain import on_a_written_chain_rule
from tutor.derive.lost_superscripts import on_a_lost_superscript
from tutor.derive.powered_calls import on_a_powered_call
from tutor.derive.powered_logs import on_a_powered_log
from tutor.derive.premised_names import on_a_premised_name
from tutor.derive.primed_expressions import on_a_primed_expression
from tutor.derive.replaced_parts import a_part_named
from tutor.derive.root_branches import on_a_root_branch
from tutor.derive.rounded_scores import on_a_rounded_score
from tutor.derive.stirling import on_stirlings_approximation
from tutor.derive.thousands_commas import on_a_comma_of_thousands
from tutor.functions import sigmoid
from tutor.judge.equivalence import compare
from tutor.judge.index_cases import indices_met
from tutor.judge.random_variables import Knowledge, deviation_reading_holds
from tutor.judge.sum_ranges import TERMS_OUT, unbounded_against_terms
from tutor.model import StepResult


def second_look(ctx, results: list[StepResult], a, b, ln=None, first=None) -> None:
    """The last of `results` (the step a → b) made unchecked, with the reason, when its error
    rests on a reading the text leaves open, or when a look that could have found such a
    reading ran out of time (an error needs every other reading ruled out)."""
    last, limits = results[-1], limits_hit()
    _looks(ctx, last, a, b, ln)
    on_a_dropped_prime(ctx, results, a, b, getattr(first, "expr", None))  # (k x^0) after (k)'
    if last.verdict == "error" and limits_hit() != limits:
        last.not_sure("not confirmed: the checks for another reading of the text ran out of "
                      "time")


def _looks(ctx, last: StepResult, a, b, ln) -> None:
    under_an_earlier_heading(ctx, last, a, b)
    on_a_root_branch(ctx, last, a, b)
    on_a_premised_name(ctx, last, a, b)
    a_part_named(ctx, last, a, b)  # e^{o_k}/Σ_i e^{o_i} written p_k: a substitution
    apart_by_the_prose(ln, last)  # `For incorrect class $j$`: j ≠ k
    on_a_written_chain_rule(ctx, last, a, b)  # dσ/dx = dσ/du · du/dx
    on_a_dependent_name(ctx, last, a, b, getattr(ln, "other_index", ""))  # ∂/∂a₀ e^{a₀}/u
    off_in_the_last_digits(last, a, b)  # e^{0.1739} ≈ 1.1904: the value is 1.18995…
    on_a_rounded_score(ctx, last, a, b)  # P(X > 17) = P(Z > -2.17): z = -2.1667 rounded
    on_an_unbounded_sum(ctx, last, a, b)  # -Σ_{n_i} ln(…) = 3λ - ln(λ^13/13!) - …
    on_a_powered_call(last, a, b, getattr(ln, "text", ""))  # f^4(x) beside f'''(x)
    on_stirlings_approximation(ctx, last, a, b)  # ln N! = N ln N - N
    on_a_powered_log(ctx, last, a, b, getattr(ln, "text", ""))  # \ln(\sin x)^2: ln sin²x?
    on_a_comma_of_thousands(ctx, last, a, b, getattr(ln, "text", ""))  # 19/8 = 2,375
    on_a_lost_superscript(last, getattr(ln, "text", ""))  # 1-((2/3) 2+(1/3)2)
    on_a_deviation_sigma(ctx, last, a, b)  # σ(cX) = |c|σ(X): σ the standard deviation
    on_a_cotangent_convention(ctx, last, a, b)  # lim_{x→-∞} arccot x = π
    on_a_primed_expression(ctx, last, a, b)  # f'(x^n) = lim (x+h)^n - x^n)/h: d/dx xⁿ


def on_a_cotangent_convention(ctx, last: StepResult, a, b) -> None:
    """`last` made unchecked when it is wrong with arccot valued in (-π/2, π/2] (sympy's) but
    not with arccot x = π/2 - arctan x, valued in (0, π), as many courses take it."""
    if last.verdict != "error" or not (a.has(sp.acot) or b.has(sp.acot)):
        return
    a, b = (ctx.expand(x).replace(sp.acot, lambda u: sp.pi / 2 - sp.atan(u)) for x in (a, b))
    if compare(a, b, ctx.assumptions, budget=0.5).status != "not_equal":
        last.not_sure("arccot is taken in (0, π) by some courses, in (-π/2, π/2] by others: "
                      "this holds in the first")


def on_a_deviation_sigma(ctx, last: StepResult, a, b) -> None:
    """`last` made unchecked when it is wrong with σ(X) the sigmoid but not when σ of a
    capital X is its standard deviation (no law declared, so no reading is sure)."""
    if last.verdict != "error" or not (a.has(sigmoid) or b.has(sigmoid)):
        return
    if deviation_reading_holds(ctx.expand(a), ctx.expand(b), Knowledge(laws=dict(ctx.laws))):
        last.not_sure("σ of a random variable may be its standard deviation: so read, this "
                      "is not shown wrong (as the sigmoid, it is)")


def on_an_unbounded_sum(ctx, last: StepResult, a, b) -> None:
    """`last` made unchecked when it is an error between a sum written without bounds and
    terms written out (the values of its index listed in the prose): how many terms it has
    is not written."""
    if last.verdict == "error" and unbounded_against_terms(ctx.expand(a), ctx.expand(b)):
        last.not_sure(TERMS_OUT)


def apart_by_the_prose(ln, last: StepResult) -> None:
    """`last` made unchecked when it is wrong only where two indices coincide and the prose
    just before its block takes one of them to be another index (`For incorrect class $j$`):
    the case it is wrong in is the one the text leaves out."""
    said = getattr(ln, "other_index", "")
    groups = indices_met(last.diagnosis) if said and last.verdict == "error" else []
    group = next((g for g in groups if said in g), None)
    if group is not None:  # the case it is wrong in has `said` meet another index
        met = ", ".join(" = ".join(g) for g in groups)
        others = " = ".join(letter for letter in group if letter != said)
        last.not_sure(f"right for {said} ≠ {others}, as the text above takes {said} to be "
                      f"another index; wrong only at {met}")

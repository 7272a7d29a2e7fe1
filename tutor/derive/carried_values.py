"""A step right from a wrong number said above: `∂L/∂a₂ = a₂ − y = 0.562` is wrong (found
so on its line), and `∂L/∂z₂ = ∂L/∂a₂ · ∂a₂/∂z₂ = 0.562 · 0.246` goes on with that number.
The step itself is right; the error it carries was reported where it was made."""

from __future__ import annotations

import sympy as sp

from tutor.derive.diagnosis import show
from tutor.judge.equivalence import compare

_SAID = ("=", "~=")


def note_wrong_numbers(walker, chains: list, results: list, ln) -> None:
    """Note the number each chain of the line gives a derivative, when the line holds an error
    or went on from such a number (`walker.carried_on`): a wrong value later steps may use."""
    if not (any(r.verdict == "error" for r in results)
            or walker.__dict__.get("carried_on") == ln.line):
        return
    said = walker.__dict__.setdefault("wrong_numbers", {})
    for chain in chains:
        head = chain.parts[0].expr if chain.links else None
        if not isinstance(head, sp.Derivative | sp.Subs) or any(
                k.op not in _SAID for k in chain.links):
            continue
        numbers = [p.expr for p in chain.parts[1:] if p.expr.is_Number]
        if numbers:
            said[head] = (walker.ctx.section, numbers[-1], ln.line)


def right_from_a_wrong_number(walker, ln, a, b) -> None:
    """The last result (the step a → b) made ok when it is an error that holds once the
    numbers said above for derivatives, on lines found wrong, are put in for them."""
    last = walker.results[-1]
    said = walker.__dict__.get("wrong_numbers", {})
    if last.verdict != "error" or not said:
        return
    used = {k: v for k, v in said.items() if v[0] == walker.ctx.section
            and (a.expr.has(k) or b.expr.has(k))}
    if not used:
        return
    put = {k: v[1] for k, v in used.items()}
    ea, eb = (walker.ctx.expand(x.xreplace(put)) for x in (a.expr, b.expr))
    verdict = walker._with_values(ea, eb, approx=True)
    if verdict is None:
        verdict = compare(ea, eb, walker.ctx.assumptions, approx=True, budget=walker.budget)
    if verdict.status != "equal":
        return
    said_as = ", ".join(f"{show(k)} = {show(v[1])} (line {v[2]})" for k, v in used.items())
    walker.results[-1] = walker._result(
        ln, b, "ok", f"follows with the number said above, {said_as}, which is wrong: "
        "the error made there is carried forward", method=verdict.method)
    walker.__dict__["carried_on"] = ln.line

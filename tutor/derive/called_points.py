"""`f(4) = \\frac{2x^2-3x}{x-2} = \\frac{2(4) - 3(4)}{4-2}`: a chain that opens with a function
at a number and goes on in its letter, then in numbers: the letter is that number."""

from __future__ import annotations

from tutor.compat import AppliedUndef
from tutor.derive.diagnosis import show
from tutor.judge.equivalence import compare
from tutor.model import Part, StepResult


def at_the_called_point(walker, ln, a: Part, ea, eb, b: Part) -> StepResult | None:
    """ok when the formula in one letter `ea` (as written in `a`) has the value `eb` at the
    number the chain's head calls its function at (f(4) = … in x = … in numbers), an error
    when it has another value there; None when the chain opens otherwise (or in another
    block: its f(2) is not the x of this one)."""
    head, block = getattr(walker, "chain_head", (None, None))
    if block != ln.block or not (isinstance(head, AppliedUndef) and len(head.args) == 1
                                 and head.args[0].is_number and len(ea.free_symbols) == 1
                                 and not eb.free_symbols):
        return None
    (letter,) = ea.free_symbols
    if a.expr == head or letter not in a.expr.free_symbols:  # L(0.01) = … of an L with a
        return None  # given above: the letter is no writer's, and no x to put 0.01 in
    point = head.args[0]
    verdict = compare(ea.xreplace({letter: point}), eb, walker.ctx.assumptions,
                      budget=walker.budget)
    where = f"{show(letter)} = {show(point)}, as {show(head)} says"
    if verdict.status == "equal":
        return walker._result(ln, b, "ok", f"the value at {where}", method="substitution")
    if verdict.status == "not_equal":
        return walker._result(ln, b, "error", f"not the value at {where}", code="arithmetic",
                              diagnosis="check the number put in for each "
                              f"{show(letter)}", method=verdict.method)
    return None

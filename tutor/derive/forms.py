"""Whether an answer equal to a problem's target is written in the form the problem asks for."""

from __future__ import annotations

import re
from collections import Counter

import sympy as sp

from tutor.compat import AppliedUndef

# forms that ask for one number written out (not an expression that evaluates to it)
_ONE_NUMBER = re.compile(r"^(a|an)\s+(exact\s+)?(whole\s+)?(number|fraction|integer)"
                         r"|^a number", re.IGNORECASE)
_UNDONE = (sp.Limit, sp.Derivative, sp.Integral, sp.Sum, sp.Product)


def form_problem(written: sp.Basic, target: sp.Basic, form: str | None) -> str | None:
    """Why `written` (equal to `target`, read as the learner wrote it) is not yet in the asked
    form, or None when it is. The rules are general (they read no more than a few words of
    `form`): nothing left to evaluate, no function the answer does not use, a plain number
    where a number is asked, and no more than a little longer than the answer."""
    undone = [kind for kind in _UNDONE if written.has(kind) and not target.has(kind)]
    if undone:
        return "work out what is left (a limit, derivative, sum or integral)"
    mine, goal = _functions(written), _functions(target)
    extra = set(mine) - set(goal)
    if extra:
        return f"write it without {', '.join(sorted(extra))}"
    more = sorted(name for name in mine if mine[name] > goal[name])
    if more:
        return f"combine into fewer {', '.join(more)} terms"
    if form and _ONE_NUMBER.search(form.strip()) and _one_number(target):
        return None if _one_number(written) else "work it out to a single number"
    if _arithmetic_left(written) > _arithmetic_left(target):
        return "finish the arithmetic (combine the numbers, reduce the fractions)"
    if written.has(sp.factorial) and target.has(sp.binomial):
        target = target.rewrite(sp.factorial)  # measured written out as the learner did
    if _size(written) > _size(target) + _size(target) // 4:
        return "simplify it further"
    return None


def _functions(e: sp.Basic) -> Counter:
    """How often each function is applied to something that is not a plain number, by the
    name a learner knows: e^x is exp, σ is sigma; e, e^27 and log 2 (a base) are numbers."""
    names: Counter = Counter()
    for node in sp.preorder_traversal(e):
        if node is sp.E:
            names["exp"] += 0  # e alone: exp is used, with no term to combine
        elif isinstance(node, sp.Pow) and node.base is sp.E and not node.exp.is_Number:
            names["exp"] += 1
        elif isinstance(node, sp.factorial):
            names["binomial"] += 0  # n!/(k!(n-k)!) is the binomial coefficient written out
        elif isinstance(node, sp.log) and node.args[0] in (2, 10):
            continue  # the base of log2 x = ln x / ln 2
        elif isinstance(node, AppliedUndef):
            names[str(node.func)] += 1
        elif isinstance(node, sp.Function):
            names[type(node).__name__] += 1
    return names


def _arithmetic_left(e: sp.Basic) -> int:
    """How many places still hold arithmetic on plain numbers: 6/6, 4·x/2, 1 + (1 - x),
    0 + x, 2^10, 0.602/0.2 (a reduced fraction p/q times a term is a coefficient)."""
    count = 0
    for node in sp.preorder_traversal(e):
        if isinstance(node, sp.Add):
            terms = [t for a in node.args for t in sp.Add.make_args(a)]
            literal = [t for t in terms if _one_number(t)]
            count += len(literal) >= 2 or any(t == 0 for t in terms)
        elif isinstance(node, sp.Mul):
            count += _mul_arithmetic(node.args)
        elif isinstance(node, sp.Pow) and node.base.is_Integer and node.exp.is_Integer \
                and node.exp >= 2:
            count += 1
    return count


def _mul_arithmetic(args: tuple) -> bool:
    nums = [a for a in args if a.is_Integer and a not in (1, -1)]
    dens = [a.base for a in args if isinstance(a, sp.Pow) and a.exp == -1 and a.base.is_Number]
    floats = [a for a in args if a.is_Float]
    if len(nums) >= 2 or len(dens) >= 2 or len(floats) + len(dens) + len(nums) > 2:
        return True
    if floats and (nums or dens):
        return True
    return bool(dens) and (dens[0] in (1, -1) or bool(nums) and sp.gcd(nums[0], dens[0]) != 1)


def _one_number(e: sp.Basic) -> bool:
    """A number as one literal: 7, -3, 0.1429, 1/7, -2/5 (not (1/30)/(7/30) or 2·3)."""
    if isinstance(e, sp.Mul) and len(e.args) == 2 and e.args[0] == -1:
        e = e.args[1]
    if isinstance(e, (sp.Integer, sp.Float, sp.Rational)):
        return True
    if isinstance(e, sp.Mul) and len(e.args) == 2:  # 1/7 as written: 1 · 7^-1
        a, b = e.args
        return (isinstance(a, sp.Integer) and isinstance(b, sp.Pow) and b.exp == -1
                and isinstance(b.base, sp.Integer) and b.base not in (0, 1, -1)
                and sp.gcd(a, b.base) == 1)
    return isinstance(e, sp.Pow) and e.exp == -1 and isinstance(e.base, sp.Integer)


def _size(e: sp.Basic) -> int:
    return int(sp.count_ops(e, visual=False))

"""argmax and argmin read (`\\arg\\max_\\theta \\sum_i \\log p(x_i|\\theta)`): the point where a
function is largest or smallest, kept unevaluated, its operand running on over the terms
after it that name its variable (TeX shows no bracket closing it)."""

from __future__ import annotations

import sympy as sp

from tutor.errors import Undecidable
from tutor.functions import ArgOptimum
from tutor.read.calls import inline

VARIABLE_NEEDED = ("the variable under argmax/argmin is one name (\\arg\\max_\\theta …); several "
                   "at once are not read yet")


class OptimumRules:
    """The rule of the grammar's `arg_optimum`."""

    arg_optimum = inline(lambda self, token, var, body: _optimum(token, var, body, self.text))
    # \arg\max_{\theta \in \Theta}: over a set, in θ
    arg_optimum_over = inline(lambda self, token, var, _set, body: _optimum(
        token, var, body, self.text))
    # \arg\min_w -\log L(w)
    arg_optimum_of_negative = inline(lambda self, token, var, body: _optimum(
        token, var, sp.Mul(-1, body, evaluate=False), self.text))


def _optimum(token, var, body, text: str) -> ArgOptimum:
    if not isinstance(var, sp.Symbol):
        raise Undecidable(VARIABLE_NEEDED, text)
    kind = 1 if str(token).replace("}", "").rstrip().endswith("max") else -1
    return ArgOptimum(body, var, sp.Integer(kind))


def optimum_running_on(left, right, bracketed: set, add):
    """`left + right` where an argmax ends `left` unbracketed: argmax_θ log L(θ) - λθ² + c is
    the argmax of the whole (a point plus a function is not what anyone means). None when
    no argmax ends `left`."""
    last = left.args[-1] if isinstance(left, sp.Add) and left.args else left
    if not isinstance(last, ArgOptimum) or id(last) in bracketed:
        return None
    body, var, kind = last.args
    extended = ArgOptimum(add(body, right), var, kind)
    if last is left:
        return extended
    return sp.Add(*left.args[:-1], extended, evaluate=False)

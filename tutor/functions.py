"""The machine-learning functions sympy lacks (sigmoid, logit, softplus) and how to expand them."""

from __future__ import annotations

import sympy as sp

from tutor.compat import evalf_of


class sigmoid(sp.Function):  # noqa: N801 - sympy function classes are lower case
    """The logistic sigmoid 1/(1+e^(-x)), kept as a name until it is expanded."""

    nargs = 1

    def fdiff(self, argindex=1):
        s = sigmoid(self.args[0])
        return s * (1 - s)

    def _eval_rewrite_as_exp(self, arg, **kwargs):
        return 1 / (1 + sp.exp(-arg))

    def _eval_evalf(self, prec):
        return evalf_of(1 / (1 + sp.exp(-self.args[0])), prec)

    def _eval_is_real(self):
        return self.args[0].is_real


class logit(sp.Function):  # noqa: N801
    """The log-odds ln(p/(1-p))."""

    nargs = 1

    def fdiff(self, argindex=1):
        p = self.args[0]
        return 1 / (p * (1 - p))

    def _eval_rewrite_as_log(self, arg, **kwargs):
        return sp.log(arg / (1 - arg))

    def _eval_evalf(self, prec):
        p = self.args[0]
        return evalf_of(sp.log(p / (1 - p)), prec)


class softplus(sp.Function):  # noqa: N801
    """ln(1 + e^x)."""

    nargs = 1

    def fdiff(self, argindex=1):
        return sigmoid(self.args[0])

    def _eval_rewrite_as_exp(self, arg, **kwargs):
        return sp.log(1 + sp.exp(arg))

    def _eval_evalf(self, prec):
        return evalf_of(sp.log(1 + sp.exp(self.args[0])), prec)


def expand_ml(expr: sp.Basic) -> sp.Basic:
    """Replace sigmoid, logit and softplus by their definitions in exp and log."""
    if not expr.has(sigmoid, logit, softplus):
        return expr
    return expr.replace(sigmoid, lambda a: 1 / (1 + sp.exp(-a))).replace(
        logit, lambda a: sp.log(a / (1 - a))).replace(
        softplus, lambda a: sp.log(1 + sp.exp(a)))

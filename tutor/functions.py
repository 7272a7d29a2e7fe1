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


def normal_cdf_formula(x: sp.Basic) -> sp.Basic:
    """Φ(x) = (1 + erf(x/√2))/2, the standard normal distribution function."""
    return (1 + sp.erf(x / sp.sqrt(2))) / 2


def normal_quantile_formula(p: sp.Basic) -> sp.Basic:
    """Φ⁻¹(p) = √2·erfinv(2p - 1), the standard normal quantile."""
    return sp.sqrt(2) * sp.erfinv(2 * p - 1)


class normal_cdf(sp.Function):  # noqa: N801
    """Φ(x), the standard normal distribution function, kept as a name until it is expanded."""

    nargs = 1

    def _eval_rewrite_as_erf(self, arg, **kwargs):
        return normal_cdf_formula(arg)

    def _eval_evalf(self, prec):
        return evalf_of(normal_cdf_formula(self.args[0]), prec)

    def _sympystr(self, printer):
        return f"Φ({printer._print(self.args[0])})"


class normal_quantile(sp.Function):  # noqa: N801
    """Φ⁻¹(p), the standard normal quantile, kept as a name until it is expanded."""

    nargs = 1

    def _eval_evalf(self, prec):
        return evalf_of(normal_quantile_formula(self.args[0]), prec)

    def _sympystr(self, printer):
        return f"Φ⁻¹({printer._print(self.args[0])})"


def binomial_mass(k, n, p):
    """P(X = k) of Bin(n, p)."""
    return sp.binomial(n, k) * p ** k * (1 - p) ** (n - k)


def poisson_mass(k, lam):
    """P(X = k) of Poisson(λ)."""
    return lam ** k * sp.exp(-lam) / sp.factorial(k)


def expand_ml(expr: sp.Basic) -> sp.Basic:
    """Replace sigmoid, logit, softplus, Φ and Φ⁻¹ by their definitions in exp, log and erf."""
    if not expr.has(sigmoid, logit, softplus, normal_cdf, normal_quantile):
        return expr
    return expr.replace(sigmoid, lambda a: 1 / (1 + sp.exp(-a))).replace(
        logit, lambda a: sp.log(a / (1 - a))).replace(
        softplus, lambda a: sp.log(1 + sp.exp(a))).replace(
        normal_cdf, normal_cdf_formula).replace(normal_quantile, normal_quantile_formula)


class ArgOptimum(sp.Function):
    """argmax_θ f (kind 1) or argmin_θ f (kind -1): where f is largest or smallest, unevaluated.
    Arguments: f, θ, kind; θ is bound (it is not a free symbol of the whole)."""

    nargs = 3

    @property
    def free_symbols(self):
        body, var, _ = self.args
        return body.free_symbols - {var}

    def _sympystr(self, printer):
        body, var, kind = self.args
        word = "argmax" if kind == 1 else "argmin"
        return f"{word}_{printer._print(var)} ({printer._print(body)})"

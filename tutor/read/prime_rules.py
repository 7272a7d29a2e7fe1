"""Primes: f'(x), f''(2), (x^2)', (fg)' and (fg)'(x), from the parse tree to sympy."""

from __future__ import annotations

import re

import sympy as sp

from tutor.errors import ParseError
from tutor.read.brackets import bracket_variable
from tutor.read.calls import inline, opaque_function
from tutor.read.dependent_calls import primed_in
from tutor.read.leibniz import rule_prime
from tutor.vocabulary import FUNCTIONS, UNARY


class PrimeRules:
    """The Builder's rules for primes (a mixin: it needs `text`, `context`, `_derivative` and
    CallRules' `_name_of`)."""

    @inline
    def prime_call(self, head, prime, args):
        """f'(x), f''(2x): the derivative of f, at the argument."""
        name, order = self._name_of(head), len(str(prime))
        if len(args) != 1:
            raise ParseError(f"{name}' with {len(args)} arguments is not supported", self.text)
        arg = args[0]
        if isinstance(arg, sp.Eq) and isinstance(arg.lhs, sp.Symbol):  # f'(x = -1): at -1
            arg = arg.rhs
        fn_expr = self._call_as_function(name, head)
        if isinstance(arg, sp.Symbol) and arg.name not in self.context.values:
            return self._derivative(fn_expr(arg), arg, order)
        t = sp.Symbol("t_")  # f'(2), and f'(x_0) with x_0 given above: f' at that value
        return sp.Subs(self._derivative(fn_expr(t), t, order), t, arg)

    prime_command_call = inline(lambda self, head, args: self.prime_call(head, "'", args))

    def _call_as_function(self, name, head):
        if name in UNARY and len(name) > 1:  # sin'(x); sigma'(x) is the sigmoid's
            return UNARY[name]
        known = FUNCTIONS.get(name)
        if known is not None and known.make is not None and known.arity == 1:  # ReLU'(x)
            return known.build
        return opaque_function(name)

    prime_of = inline(lambda self, expr, prime: self._primed(expr, prime))

    def _primed(self, expr, prime):
        if isinstance(expr, sp.Symbol) and expr.name in _CONSTANT_LETTERS:  # (C)' = 0: a
            return self._derivative(expr, sp.Symbol("x"), len(str(prime)))  # constant's, in x
        var = bracket_variable(expr, "")  # (a^x)', (\log_a x)': in x, a is a parameter
        if var is not None and var.name in _CONSTANT_LETTERS and _PRIMED_IN_X.search(self.text):
            return self._derivative(expr, sp.Symbol("x"), len(str(prime)))  # (a^3)' by (x^2)'
        if var is None:
            return rule_prime(expr, len(str(prime)), self.text)  # (fg)' = f'g + fg'
        if var.name not in ("x", "y", "z", "t", "e") and primed_in(self.text, var.name):
            return rule_prime(expr, len(str(prime)), self.text, [var])  # (sin u)' = u'·cos u
        return self._derivative(expr, var, len(str(prime)))

    @inline
    def prime_of_call(self, expr, prime, args):
        """`(fg)'(x)`: the rule's functions at the argument, differentiated; `(x^2)'(x + 1)`:
        a derivative times a bracket."""
        primed, order = self._primed(expr, prime), len(str(prime))
        if len(args) != 1:
            raise ParseError("a prime on a bracket takes one argument after it", self.text)
        if bracket_variable(expr, "") is not None:
            return sp.Mul(primed, args[0])
        arg = args[0]
        at = arg if isinstance(arg, sp.Symbol) and arg.name not in self.context.values \
            else sp.Symbol("t_")  # (fg)'(2): at 2
        calls = {s: opaque_function(s.name)(at) for s in expr.free_symbols}
        derivative = sp.diff(expr.xreplace(calls), at, order)
        return derivative if at is arg else sp.Subs(derivative, at, arg)


_CONSTANT_LETTERS = frozenset("CckKabAB")  # (C)', (k)': a constant alone in the bracket
# `g'(x)` or `(x^2)'` on the line: its primes are derivatives in x, and (a^3)' is a constant's
_PRIMED_IN_X = re.compile(r"[A-Za-z]'+\s*\(\s*x\s*\)|\([^()]*\bx\b[^()]*\)'")

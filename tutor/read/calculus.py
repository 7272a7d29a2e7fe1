"""Calculus: derivatives, limits, sums, products and integrals from the parse tree to sympy."""

from __future__ import annotations

import re

import sympy as sp
from lark import Token

from tutor.errors import ParseError
from tutor.functions import sigmoid
from tutor.names import safe_name, symbol
from tutor.read.calls import ALIAS_NAMES, ONE_ARG, _opaque, _strip_tokens, _sub_name


class CalculusRules:
    """The Builder's calculus rules (a mixin: it needs `text` and CallRules' `_name_of`)."""

    text: str

    def _derivative(self, f, var: sp.Symbol, order: int):
        return sp.Derivative(f, (var, order), evaluate=False)

    def prime_call(self, c):
        head, args = c[0], c[-1]
        primes = [t for t in c if isinstance(t, Token)]
        order = max(1, sum(len(str(t)) for t in primes if t.type == "PRIME")) if primes else 1
        name = self._name_of(head)
        if len(args) != 1:
            raise ParseError(f"{name}' with {len(args)} arguments is not supported", self.text)
        arg = args[0]
        fn_expr = self._call_as_function(name, head)
        if isinstance(arg, sp.Symbol):
            return self._derivative(fn_expr(arg), arg, order)
        t = sp.Symbol("t_")
        return sp.Subs(self._derivative(fn_expr(t), t, order), t, arg)

    def _call_as_function(self, name, head):
        if name == "sigma":
            return sigmoid
        if name in ONE_ARG and len(name) > 1:
            return ONE_ARG[name]
        return _opaque(name)

    def prime_of(self, c):
        expr = c[0]
        free = sorted(expr.free_symbols, key=lambda s: s.name)
        if len(free) != 1:
            raise ParseError("a prime on a bracket needs exactly one variable inside it", self.text)
        return self._derivative(expr, free[0], len(str(c[1])))

    def derivative(self, c):
        token, operand = str(c[0]), c[-1]
        order, var = self._deriv_token(token)
        return self._derivative(operand, var, order)

    def derivative_of(self, c):
        token = str(c[0])
        order, var = self._deriv_token(token)
        m = re.search(r"(?:d|\\partial)\s*(?:\^\s*\{?\s*\d\s*\}?)?\s*([a-zA-Z]|\\[a-zA-Z]+)",
                      token)
        fname = m.group(1).lstrip("\\")
        fname = ALIAS_NAMES.get(fname, fname)
        if fname == "sigma":
            return self._derivative(sigmoid(var), var, order)
        return self._derivative(_opaque(fname)(var), var, order)

    @staticmethod
    def _deriv_token(token: str) -> tuple[int, sp.Symbol]:
        order = re.search(r"\^\s*\{?\s*(\d)", token)
        # the variable is the last letter after a d or \partial in the denominator
        var = re.findall(r"(?:d|\\partial)\s*([a-zA-Z]|\\[a-zA-Z]+)\s*(?:\^\s*\{?\s*\d\s*\}?)?"
                         r"\s*\}?\s*$", token.replace("/", " "))
        name = var[-1].lstrip("\\") if var else "x"
        return (int(order.group(1)) if order else 1), symbol(ALIAS_NAMES.get(name, name))

    def lim_point(self, c):
        point = c[0]
        direction = "+-"
        for t in c[1:]:
            if isinstance(t, Token) and t.type in ("LIMDIR", "LIMDIR_WS"):
                direction = "+" if "+" in str(t) else "-"
        return point, direction

    def lim_point_plain(self, c):
        negative = any(isinstance(x, Token) and x.type == "MINUS" for x in c)
        point, direction = self.lim_point([x for x in c if not (
            isinstance(x, Token) and x.type == "MINUS")])
        return (-point if negative else point), direction

    def lim_spec(self, c):
        return tuple(_strip_tokens(c))

    def limit(self, c):
        items = _strip_tokens(c)
        if len(items) == 2:  # plain: (var, point) then the body
            items = [*items[0], items[1]]
        var, (point, direction), body = items[0], items[1], items[2]
        if point in (sp.oo, -sp.oo):
            direction = "-" if point == sp.oo else "+"
        return sp.Limit(body, var, point, direction)

    def range_bounds(self, c):
        items = _strip_tokens(c)
        var, lo = items[0], items[1]
        hi = items[2] if len(items) > 2 else None
        return var, lo, hi

    def index_bounds(self, c):
        item = c[0]
        if isinstance(item, Token):  # plain `sum_i`
            return symbol(_sub_name(str(item))), None, None
        return item, None, None

    set_bounds = index_bounds

    def bigop(self, c):
        token = str(c[0])
        items = _strip_tokens(c)
        bounds, body = (items[0], items[1]) if len(items) == 2 else ((None, None, None), items[0])
        return self._bigop(token, bounds, body)

    def bigop_call(self, c):
        items = _strip_tokens(c)
        return self._bigop(str(c[0]), (items[0], items[1], items[2]), items[3])

    def _bigop(self, token: str, bounds, body):
        var, lo, hi = bounds
        if var is None:
            raise ParseError("a sum needs an index, e.g. \\sum_{i=1}^{N}", self.text)
        if not isinstance(var, sp.Symbol):
            raise ParseError("the index of a sum must be a name", self.text)
        lo = sp.Integer(1) if lo is None else lo
        hi = symbol(f"{var.name}_max", integer=True, positive=True) if hi is None else hi
        body = self._index(body, var)
        op = sp.Product if ("prod" in token or token == "∏") else sp.Sum
        return op(body, (var, lo, hi))

    @staticmethod
    def _index(body, var: sp.Symbol):
        """x_i inside a sum over i becomes the indexed x[i]."""
        subs = {}
        for s in body.free_symbols:
            base, _, sub = s.name.rpartition("_")
            if base and sub == var.name:
                subs[s] = sp.Indexed(sp.IndexedBase(safe_name(str(base))), var)
        return body.xreplace(subs) if subs else body

    def integral(self, c):
        items = _strip_tokens(c)
        dx = [t for t in c if isinstance(t, Token) and t.type == "DX"][-1]
        var_name = re.sub(r"^(\\mathrm\s*\{\s*d\s*\}|d)\s*\\?", "", str(dx))
        var = symbol(ALIAS_NAMES.get(var_name, var_name))
        if len(items) == 3:
            return sp.Integral(items[2], (var, items[0], items[1]))
        return sp.Integral(items[0], var)

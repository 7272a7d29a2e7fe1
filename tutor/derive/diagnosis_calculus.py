"""Detectors for a derivative taken wrongly: the chain rule, the product rule, the variable."""

from __future__ import annotations

import sympy as sp

from tutor.derive.diagnosis_probes import said, zero


def _derivatives(previous):
    """The outermost derivatives of the line before: (node, the expression, its variable)."""
    out, stack = [], [previous]
    while stack:
        node = stack.pop()
        if isinstance(node, sp.Derivative):
            out.append(node)
        elif not node.is_Atom:
            stack.extend(node.args)
    return out


def _first_order(previous):
    """The derivatives of the line before taken once, in one variable."""
    return [d for d in _derivatives(previous) if len(d.variables) == 1]


def _with(previous, derivative, replacement):
    """The line before with one derivative worked out as `replacement`, the others right."""
    others = {d: d.doit() for d in _derivatives(previous) if d is not derivative}
    return previous.xreplace(others).xreplace({derivative: replacement}).doit()


def _inner(node, var):
    """The inner expression u of a composed node f(u) or u^n, if it depends on var and is
    not var itself."""
    if isinstance(node, sp.Function) and len(node.args) == 1:
        u = node.args[0]
    elif isinstance(node, sp.Pow) and node.base.has(var) and not node.exp.has(var):
        u = node.base
    elif isinstance(node, sp.Pow) and node.exp.has(var) and not node.base.has(var):
        u = node.exp
    else:
        return None
    return u if u != var and u.has(var) else None


def _without_inner(term, var):
    """Derivatives of `term` with the chain rule forgotten once: (u, the wrong derivative)
    for the whole term as a function of u, and for one composed node f(u) inside it."""
    t, seen = sp.Dummy("u"), set()
    for node in sp.preorder_traversal(term):
        u = _inner(node, var)
        if u is None or node in seen:
            continue
        seen.add(node)
        whole = term.xreplace({u: t, sp.expand(-u): -t})
        if not whole.has(var):   # the whole term is g(u): g'(u) without u'
            yield u, sp.diff(whole, t).subs(t, u)
        held = term.xreplace({node: t})
        outer = sp.diff(node.subs(u, t), t).subs(t, u)   # f'(u)
        yield u, sp.diff(held, var).subs(t, node) + sp.diff(held, t).subs(t, node) * outer


def diagnose_chain_rule(previous, got, outer=None):
    """A derivative that misses the inner derivative u' of a composed f(u) in one of its
    terms (the other terms and derivatives right). `outer`: the variable of a derivative still
    to be taken of this one, so that a constant term does not matter."""
    def same(a, b):
        return zero(sp.diff(a - b, outer)) if outer is not None else zero(a - b)
    for d in _derivatives(previous):
        var, body = d.variables[-1], d.expr
        if len(d.variables) > 1:  # d/dy (d/dx f) answered with d/dy (g): is g d/dx f?
            inner = [g for g in _derivatives(got) if g.variables == (var,)]
            if len(inner) == 1 and previous.xreplace({d: inner[0]}) == got:
                found = diagnose_chain_rule(sp.Derivative(body, *d.variables[:-1]),
                                            inner[0].expr, outer=var)
                if found:
                    return found
            continue
        body = body.doit()
        terms = ((body,) if body.is_Add else ()) + sp.Add.make_args(body)
        for term in terms if len(terms) <= 8 else ():
            right = sp.diff(term, var)
            for u, wrong in _without_inner(term, var):
                if same(_with(previous, d, sp.diff(body, var) - right + wrong), got):
                    return "chain-rule", f"the inner derivative of {said(u)} is missing " \
                                         "(the chain rule)"
    return None


def diagnose_product_rule(previous, got):
    """d/dx (u·v) answered with only u'·v or only u·v'."""
    for d in _first_order(previous):
        var, body = d.variables[0], d.expr.doit()
        for term in sp.Add.make_args(body) if len(sp.Add.make_args(body)) <= 8 else ():
            factors = [f for f in sp.Mul.make_args(term) if f.has(var)]
            if len(factors) != 2:
                continue
            u, v = factors
            rest = term / (u * v)
            for half in (rest * sp.diff(u, var) * v, rest * u * sp.diff(v, var)):
                if zero(_with(previous, d, sp.diff(body, var) - sp.diff(term, var) + half)
                        - got):
                    return "product-rule", f"the derivative of {said(term)} needs both terms " \
                                           "of the product rule"
    return None


def diagnose_variable(previous, got):
    """A derivative taken with respect to another variable than the one written."""
    for d in _first_order(previous):
        var = d.variables[0]
        for other in sorted(d.expr.free_symbols - {var}, key=lambda s: s.name):
            wrong = sp.diff(d.expr.doit(), other)
            if not wrong.is_number and zero(_with(previous, d, wrong) - got):
                return "variable", f"this differentiates with respect to {said(other)}, " \
                                   f"not {said(var)}"
    return None


def diagnose_not_differentiated(previous, got):
    """d/dx f answered with f itself: the derivative was not taken."""
    for d in _first_order(previous):
        if zero(_with(previous, d, d.expr.doit()) - got) and not zero(previous.doit() - got):
            return "not-differentiated", "the derivative was dropped without being taken: " \
                                         "this is the function itself"
    return None


CALCULUS = [diagnose_chain_rule, diagnose_product_rule, diagnose_variable,
            diagnose_not_differentiated]

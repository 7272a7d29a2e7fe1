"""What a step keeps and another exercise's function changes: the functions and degrees."""

from __future__ import annotations

import sympy as sp

from tutor.trees import nodes_of


def form_kept(expr) -> tuple:
    """What a step or a slip keeps and another exercise's function changes: the functions
    applied and, for a rational function, the degrees of its numerator and denominator
    (x² + 1, e^{2x} and 1/x all differ; two forms of a log-likelihood agree)."""
    functions = frozenset(type(f).__name__ for f in nodes_of(expr, sp.Function))
    variables = sorted(expr.free_symbols, key=str)
    try:
        degrees = tuple(sp.Poly(part, *variables).total_degree() for part in sp.fraction(
            sp.together(expr))) if variables and expr.is_rational_function() else None
    except (sp.PolynomialError, sp.GeneratorsNeeded, TypeError, ValueError):
        degrees = None
    return functions, degrees

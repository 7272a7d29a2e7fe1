"""Implicit differentiation: `2x + 2y y' = 0`, then `y' = -x/y` is solving for y' as an unknown."""

from __future__ import annotations

from dataclasses import replace

import sympy as sp

from tutor.budget import AttemptTimedOut
from tutor.compat import AppliedUndef
from tutor.derive.diagnosis_probes import show
from tutor.judge.caching import attempt
from tutor.judge.equivalence import Equation, compare
from tutor.model import Verdict
from tutor.names import PRIME, symbol


def derivatives_as_unknowns(old: Equation, new: Equation) -> tuple[Equation, Equation]:
    """Both equations with dy/dx of an unknown y(x) as one unknown name and y(x) as the name
    y, when a derivative of an unknown function stands in both: the step then solves for it
    (an algebraic step, valid whatever y is); else the equations as they are."""
    sides = (old.lhs, old.rhs, new.lhs, new.rhs)
    found = [{d for d in side.atoms(sp.Derivative) if isinstance(d.expr, AppliedUndef)}
             for side in sides]
    if not ((found[0] | found[1]) and (found[2] | found[3])):
        return old, new
    names = {}
    for d in set().union(*found):
        call = d.expr
        variables = "".join(v.name for v in d.variables)
        names[d] = symbol(f"{call.func.__name__}_d{variables}")
    names |= _plain_derivatives(sides, names)  # `\frac{d}{dx}(y)` beside `\frac{dy}{dx}`
    swap = [side.xreplace(names) for side in sides]
    calls = {c: symbol(c.func.__name__) for side in swap for c in side.atoms(AppliedUndef)
             if all(isinstance(a, sp.Symbol) for a in c.args)}  # y(x) beside y: one y
    swap = [side.xreplace(calls) for side in swap]
    return Equation(swap[0], swap[1]), Equation(swap[2], swap[3])


def _plain_derivatives(sides, names: dict) -> dict:
    """`\\frac{d}{dx}(y)`, d/dx of the name y, where dy/dx of y(x) stands too: the same
    derivative of y(x) (a name differentiated in x varies with x), as the same unknown."""
    unknowns = {(d.expr.func.__name__, d.variables): name for d, name in names.items()}
    return {d: unknowns[(d.expr.name, d.variables)] for side in sides
            for d in side.atoms(sp.Derivative) if isinstance(d.expr, sp.Symbol)
            and (d.expr.name, d.variables) in unknowns}


def _derivatives(eq: Equation) -> set:
    return {d for side in (eq.lhs, eq.rhs) for d in side.atoms(sp.Derivative)
            if isinstance(d.expr, AppliedUndef)}


def implicit_equation(eq: Equation) -> bool:
    """An equation of implicit differentiation: y' of an unknown y(x) beside y itself
    (`2x + 2y y' = 0`), not a derivative of an unknown alone (`∂L/∂w = (ŷ - y)x`)."""
    names = {d.expr.func.__name__ for d in _derivatives(eq)}
    plain = {s.name for side in (eq.lhs, eq.rhs) for s in _outside_derivatives(side)}
    return bool(names) and bool(names & plain)


def _outside_derivatives(side) -> set:
    """The names of `side` outside its derivatives: a name that only varies in one (the a
    of dL/da · da/dz, the chain rule in Leibniz's notation) stands nowhere as y itself."""
    derivatives = side.atoms(sp.Derivative)
    if not derivatives:
        return side.free_symbols
    try:
        rest = side.xreplace({d: sp.Dummy() for d in derivatives})
    except TypeError:  # f''(c + h) in a limit: sympy cannot order the terms rebuilt
        return side.free_symbols
    return rest.free_symbols - {
        s for d in derivatives for s in d.free_symbols if isinstance(s, sp.Dummy)}


def differentiated(old: Equation, new: Equation, budget: float) -> Verdict | None:
    """`2x + 2y y' = 0` after `x^2 + y^2 = 25`: "equal" when the new equation, solved for y',
    gives the slope -F_x/F_y of the old one F(x, y) = 0, y a function of x (scaled or moved
    around, it is the old one differentiated); "not_equal" with a point of the curve where
    the slopes differ; None otherwise (not of that kind, or undecided: it may differentiate
    another equation)."""
    slopes = _slopes(old, new)
    if slopes is None:
        return None
    claimed, true, curve, x, y = slopes
    verdict = compare(claimed, true, budget=budget)
    if verdict.status != "not_equal":
        return verdict if verdict.status == "equal" else None
    for point in _points_on(curve, x, y, budget):
        here, there = claimed.xreplace(point), true.xreplace(point)
        if here.is_finite is not True or there.is_finite is not True:
            continue  # a vertical tangent there
        if compare(here, there, budget=budget).status == "not_equal":
            return Verdict("not_equal", f"at ({_shown(point[x])}, {_shown(point[y])}) on the "
                           f"curve it gives y' {_equals(here)}, the curve's slope there is "
                           f"{_shown(there)}")
    return None


def _shown(number) -> str:
    """An exact number as written when short (2√6, -1/4), else to 4 significant digits…"""
    simple = number if number.has(sp.CRootOf) else sp.radsimp(sp.nsimplify(number))
    text = show(simple)
    return text if len(text) <= 16 and not simple.has(sp.CRootOf) else f"{float(number):.4g}…"


def _equals(number) -> str:
    shown = _shown(number)
    return f"≈ {shown[:-1]}" if shown.endswith("…") else f"= {shown}"


def _slopes(old: Equation, new: Equation) -> tuple | None:
    """(the slope y' the new equation gives, the one the old gives, F, x, y) or None."""
    found = _derivatives(new)
    if len(found) != 1 or _derivatives(old):
        return None
    d = found.pop()
    call = d.expr
    if len(call.args) != 1 or d.variable_count != ((call.args[0], 1),):
        return None
    x, y, slope = call.args[0], symbol(call.func.__name__), sp.Dummy("slope")
    curve = sp.Add(old.lhs, -old.rhs).xreplace({call: y})
    written = sp.Add(new.lhs, -new.rhs).xreplace({d: slope}).xreplace({call: y})
    if written.has(sp.Derivative, AppliedUndef) or curve.free_symbols != {x, y} or \
            not written.free_symbols <= {x, y, slope}:
        return None
    try:
        steep = sp.diff(written, slope)
        if steep == 0 or steep.has(slope):  # y' to a power, or not at all
            return None
        return (-written.xreplace({slope: 0}) / steep, -sp.diff(curve, x) / sp.diff(curve, y),
                curve, x, y)
    except (TypeError, ValueError, ZeroDivisionError):
        return None


def _points_on(curve, x, y, budget: float) -> list[dict]:
    """A few points (x, y) of F(x, y) = 0 with exact coordinates (y at small whole x: the real
    roots of a polynomial in y, else what sympy solves y to), or none found in time."""
    points = []
    try:
        with attempt(min(budget / 4, 0.5)):
            for at in (1, 2, -1, 3, sp.Rational(1, 2)):
                found = _real_y(curve.xreplace({x: at}), y)
                if found is not None:
                    points.append({x: sp.Integer(at) if isinstance(at, int) else at, y: found})
    except (AttemptTimedOut, NotImplementedError, ValueError, TypeError, sp.PolynomialError):
        pass
    return points


def _real_y(equation, y):
    """A real y solving `equation` = 0 (exactly: a root of a polynomial, or sympy's solution),
    or None."""
    if equation.is_polynomial(y):
        roots = sp.Poly(equation, y).real_roots() if sp.degree(equation, y) <= 6 else []
    else:
        roots = [r for r in sp.solve(equation, y) if r.is_real and not r.has(sp.I)]
    return max(roots, key=lambda r: float(r)) if roots else None


def note_differentiated(walker, ln, old: Equation, new: Equation, part) -> bool:
    """Note a verdict for `new` when it is `old` differentiated implicitly (y' or dy/dx of
    a y of x): ok with the same slope; an error with a point of the curve where the slopes
    differ, when the derivative is written dy/dx; False (nothing noted) otherwise."""
    primed = _primes_as_derivatives(old, new)
    verdict = differentiated(old, primed or new, walker.budget)
    keep_curve(walker, old)
    if verdict is None or verdict.status != "equal" and primed is not None:
        return False  # y' may name another variable (x' = x - 5): the same slope, or nothing
    earlier = _earlier_curve_differentiated(walker, old, new) if verdict.status != "equal" \
        else None  # 2x + 2y = 0 (a slip) below x² + y² = 25: 2x + 2y y' = 0 is the curve's
    if verdict.status == "equal" or earlier is not None:
        which = "the equation above" if earlier is None else f"{show(earlier.lhs)} = " \
            f"{show(earlier.rhs)} above"
        walker.results.append(walker._result(
            ln, part, "ok", f"{which} differentiated (y a function of x): the same slope",
            method="implicit differentiation"))
    else:
        walker.results.append(walker._result(
            ln, part, "error", "not the equation above differentiated: " + verdict.method,
            method="implicit differentiation"))
    return True


CURVES_KEPT = 3  # the equations below which a line of implicit differentiation was looked for


def keep_curve(walker, curve: Equation) -> None:
    """Keep `curve` as one of the last equations of this section (under its heading or
    problem label) a derivative was looked for below."""
    kept = walker.__dict__.setdefault("curves_tried", [])
    if (walker.ctx.section, curve) not in kept:
        kept.append((walker.ctx.section, curve))
        del kept[:-CURVES_KEPT]


def _earlier_curve_differentiated(walker, old: Equation, new: Equation) -> Equation | None:
    """One of the last equations before `old` in this section (x² + y² = 25 above a slip
    `2x + 2y = 0`) that `new` differentiates implicitly with the same slope, or None: the line
    may differentiate the curve, not the slip under it (so it is never called wrong for it)."""
    for section, curve in reversed(walker.__dict__.get("curves_tried", [])):
        if curve != old and section == walker.ctx.section:  # never a curve of another example
            verdict = differentiated(curve, new, walker.budget)
            if verdict is not None and verdict.status == "equal":
                return curve
    return None


def along_curve(eq: Equation, curve: Equation) -> Equation | None:
    """`d/dx(x^3) + d/dx(y^3) = d/dx(6xy)` below the curve x³ + y³ = 6xy: both sides of the
    curve differentiated in x, its other name y varying with x along it: each d/dx taken with
    y as y(x) (3x² + 3y²y' = 6y + 6xy'), to be compared with the curve as a line of implicit
    differentiation. None when no d/dx of the curve's other name stands."""
    names = curve.lhs.free_symbols | curve.rhs.free_symbols
    taken, along = {}, False
    for d in {d for side in (eq.lhs, eq.rhs) for d in side.atoms(sp.Derivative)}:
        if len(names) != 2 or len(d.variables) != 1 or d.variables[0] not in names or \
                not d.expr.free_symbols <= names or d.expr.has(AppliedUndef):
            continue
        x = d.variables[0]
        (y,) = names - {x}
        along = along or y in d.expr.free_symbols
        taken[d] = sp.diff(d.expr.xreplace({y: sp.Function(y.name)(x)}), x)
    if not along:
        return None
    return Equation(*(_names_again(side.xreplace(taken)) for side in (eq.lhs, eq.rhs)))


def differentiated_unseen(eq: Equation) -> Equation | None:
    """`d/dx(x^3) + d/dx(y^3) = d/dx(6xy)` with no curve above (it stood in the prose, in a
    heading, or on a line not checked in time): both sides of an equation differentiated in
    x, y varying with x; never an identity to judge with y a constant. The equation with each
    d/dx taken along y(x) (along_curve); None for any other equation."""
    if not all(side.has(sp.Derivative) for side in (eq.lhs, eq.rhs)):
        return None
    taken = {d for side in (eq.lhs, eq.rhs) for d in side.atoms(sp.Derivative)}
    variables = {v for d in taken for v in d.variables}
    if len(variables) != 1 or any(len(d.variables) != 1 for d in taken):
        return None
    (x,) = variables
    names = set().union(*(d.expr.free_symbols for d in taken))
    if x not in names or len(names) != 2:
        return None
    (y,) = names - {x}
    return along_curve(eq, Equation(x, y))


def _names_again(side):
    """y(x) as the name y again outside its derivatives (`3y(x)² y'` as `3y² y'`)."""
    kept = {d: sp.Dummy() for d in side.atoms(sp.Derivative)}
    calls = {c: symbol(c.func.__name__) for c in side.xreplace(kept).atoms(AppliedUndef)}
    return side.xreplace(kept).xreplace(calls).xreplace({v: d for d, v in kept.items()})


def differentiated_along(walker, ln, parts: list, eq: Equation, state):
    """The walk state after `d/dx(x^3) + d/dx(y^3) = d/dx(6xy)` below the curve x³ + y³ =
    6xy, its verdict noted (ok with the curve's slope, or an error with a point of it); None
    when the line is no d/dx of the curve's other name (along_curve) or no slope decides."""
    curve = state.prev_eq if state.prev_eq is not None else state.carried
    along = along_curve(eq, curve) if curve is not None and len(parts) == 2 else None
    if along is None or not note_differentiated(walker, ln, curve, along, parts[1]):
        return None
    walker._see(parts)  # d/dx(25) kept as written: `2x + 2y y' = 0` next is a step from it
    constants = {d: sp.Dummy() for side in (eq.lhs, eq.rhs) for d in side.atoms(sp.Derivative)
                 if d.expr.is_number}
    kept = along_curve(Equation(eq.lhs.xreplace(constants), eq.rhs.xreplace(constants)), curve)
    back = {v: d for d, v in constants.items()}
    return replace(state, prev=parts[-1],
                   prev_eq=Equation(kept.lhs.xreplace(back), kept.rhs.xreplace(back)))


def _primes_as_derivatives(old: Equation, new: Equation) -> Equation | None:
    """`2x + 2y y' = 0` after `x^2 + y^2 = 25`: y' as dy/dx of y(x), x the other name of the
    old equation; None unless the new one adds just the prime of a name of the old one."""
    names = old.lhs.free_symbols | old.rhs.free_symbols
    added = (new.lhs.free_symbols | new.rhs.free_symbols) - names
    if len(added) != 1 or len(names) != 2:
        return None
    (prime,) = added
    base = [s for s in names if prime.name in (s.name + "'", s.name + PRIME)]
    if len(base) != 1:
        return None
    (x,) = names - set(base)
    y = sp.Function(base[0].name)(x)
    swap = {prime: sp.Derivative(y, x)}
    return Equation(new.lhs.xreplace(swap), new.rhs.xreplace(swap))


def implicit_step(walker, ln, chain, state):
    """`2x + 2y y' = 0`: the first equation of implicit differentiation is where the lines
    after it start (unchecked: it differentiates an equation above, not checked here); an
    equation after it with the same derivatives is solved from it (same solutions, y' an
    unknown). The walk state after it."""
    parts = chain.parts
    eq = Equation(walker.ctx.expand(parts[0].expr), walker.ctx.expand(parts[1].expr))
    old = state.prev_eq if state.prev_eq is not None else state.carried  # a bullet above
    if old is not None and implicit_equation(old) and _derivatives(eq) <= _derivatives(old):
        walker._equation_step(ln, old, eq, parts[1])
    elif old is None or not note_differentiated(walker, ln, old, eq, parts[1]):
        walker.results.append(walker._result(
            ln, parts[1], "unchecked", "implicit differentiation: the lines after it are "
            "solved from it (the derivative is not checked here)", method="premise"))
    for k in range(1, len(chain.links)):
        walker._step(ln, parts[k], chain.links[k].op, parts[k + 1], state.errors,
                     label=chain.links[k].label)
    walker._see(parts)
    return replace(state, prev=parts[-1], prev_eq=eq)


def slope_defined(ctx, eq: Equation) -> None:
    """`dy/dx = -x^2/y^2` proved from the equation above: y' is that function of the point
    (x, y) from here: `\\left.\\frac{dy}{dx}\\right|_{(1,2)}` has a value (tutor.read.brackets)."""
    lhs = eq.lhs
    if not (isinstance(lhs, sp.Derivative) and isinstance(lhs.expr, AppliedUndef)
            and len(lhs.expr.args) == 1 and lhs.variable_count == ((lhs.expr.args[0], 1),)):
        return
    name = lhs.expr.func.__name__
    x, y = lhs.expr.args[0], symbol(name)
    slope = eq.rhs.xreplace({lhs.expr: y})
    if slope.has(sp.Derivative, AppliedUndef) or not slope.free_symbols <= {x, y}:
        return
    ctx.functions[name + PRIME] = sp.Lambda((x, y), slope)

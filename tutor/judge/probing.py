"""Numeric probing: screen random points in floats, settle witnesses and agreement in mpmath."""

from __future__ import annotations

import functools

import mpmath
import numpy as np
import sympy as sp

from tutor.budget import AttemptTimedOut, Clock
from tutor.judge import caching
from tutor.judge.float_arrays import compiled_floats
from tutor.judge.high_precision import TOO_LARGE, Evaluator, _needed_dps, _sympy_value, settle
from tutor.judge.indexed import SEED, free_values
from tutor.judge.kinks import jump_arguments, kink_columns
from tutor.judge.landmarks import landmark_columns
from tutor.judge.opaque import Opened
from tutor.judge.points import (
    DISCONTINUOUS,
    DRAW,
    Points,
    _seed,
    draw,
    made_points,
)
from tutor.judge.witnesses import Witnesses
from tutor.model import Assumptions, Verdict
from tutor.trees import nodes_of

POINTS = 24          # agreeing points needed for a numeric "equal"
SETTLE_POINTS = 2    # agreeing points re-checked in high precision before a numeric "equal"
SCREEN_TOLERANCE = 1e-7
WIDE = 32            # full-precision points across scales, after the short decimals
NEAR = 3             # agreeing points whose floats differ at all: settled first
SETTLED = 8          # disagreeing points settled in high precision, at most


def _screen(at, points: Points):
    """Float values at every point and where an expression (compiled by `compiled_floats`) is
    undefined, or None when unsupported."""
    return None if at is None else at(points.columns, points.n)


class Settler:
    """Settles the two sides at the sampled points (see `settle`)."""

    def __init__(self, a, b, points: Points, tolerance, base_dps: int):
        self.fa, self.fb = Evaluator(a), Evaluator(b)
        self.points, self.tolerance, self.base = points, tolerance, base_dps

    def __call__(self, k: int) -> tuple[str, object, object]:
        return settle(self.fa, self.fb, self.points.exact(k), self.base, self.tolerance)

    def quick(self, k: int) -> str:
        """One evaluation at the base precision: "close", "far", "unclear" or which side is
        undefined."""
        env = self.points.exact(k)
        va = self.fa(env, self.base)
        if va is None:
            return "a-undefined"
        vb = self.fb(env, self.base) if va is not TOO_LARGE else None
        if va is TOO_LARGE or vb is TOO_LARGE:
            return "unclear"
        if vb is None:
            return "b-undefined"
        tol = self.tolerance or mpmath.mpf(10) ** (-(self.base // 2))
        largest = max(self.fa.largest, self.fb.largest, 1)
        return "close" if abs(va - vb) <= tol * largest else "far"


def _at_a_step(expr, values: dict) -> bool:
    """Whether a step function of `expr` (Heaviside) stands at its step: its value there is a
    convention (the derivative of max(0, z) at 0), so a difference there is no witness."""
    return any(step.args[0].xreplace(values) == 0 for step in nodes_of(expr, sp.Heaviside))


PART_OF_THE_DOMAIN = "equal only on part of the domain"  # the two agree but where one is not


class Probe(Witnesses):
    """Numeric probing at random domain points, in two steps.

    `refute()` looks for a witness (cheap: a float screen of every point, then the suspicious
    ones settled in mpmath), `conclude()` says "equal" after enough agreeing points, two of them
    confirmed in high precision, or "unknown" with the reason.
    """

    def __init__(self, a, b, assumptions: Assumptions, clock: Clock, *,
                 opened: Opened | None = None, tolerance: float | None = None,
                 written: tuple = (None, None)):
        opened = opened or Opened()
        symbols = sorted(free_values(a, b), key=lambda s: s.name)
        rng = np.random.default_rng(_seed(a, b))
        self.clock, self.tolerance = clock, tolerance
        self.a, self.b = a, b
        self.written = written   # where each side is defined as written (see `domain_form`)
        self.unclear = 0
        self.settled = 0   # disagreeing points settled in high precision so far
        self.same: set[int] = set()   # disagreeing in floats, the same in high precision
        self.drawing = (symbols, assumptions, rng, opened)   # for points added later
        jumps = a.has(*DISCONTINUOUS) or b.has(*DISCONTINUOUS)
        self.points = draw(symbols, assumptions, rng, opened, breakpoints=jumps)
        self._add_kinks_and_far_points(symbols, assumptions, rng, opened)
        self._classify()
        if len(self.agree) + len(self.disagree) + len(self.recheck) < POINTS:
            self.points = self.points.joined(draw(symbols, assumptions, rng, opened, 4 * DRAW))
            self._classify()

    def _add_kinks_and_far_points(self, symbols, assumptions, rng, opened: Opened) -> None:
        """Points on each side of every breakpoint (they read well as witnesses), then
        full-precision points across scales."""
        points = self.points
        if not opened.probabilities and points.n:
            varied = {s for s in points.columns if s != SEED}
            kinks = kink_columns((self.a, self.b), points.columns, varied, points.integer)
            if kinks:
                points = points.joined(made_points(kinks, symbols, assumptions, rng, opened,
                                                   points.integer))
        self.points = points.joined(draw(symbols, assumptions, rng, opened, WIDE, wide=True))

    @functools.cached_property
    def jumps(self) -> list:
        """Evaluators of the arguments at which a side jumps (floor, sign, …)."""
        return [(Evaluator(g), kind) for g, kind in self.jump_arguments]

    @functools.cached_property
    def jump_arguments(self) -> list:
        return jump_arguments(self.a, self.b)

    def at_jump(self, point: dict) -> bool:
        """Whether a side jumps at this point: a difference there is no witness (the values on
        either side of a jump are a convention)."""
        for evaluate, kind in self.jumps:
            value = evaluate(point, 40)
            if value is None or value is TOO_LARGE:
                return True
            gap = abs(value - mpmath.nint(value)) if kind == "whole" else abs(value)
            if gap <= mpmath.mpf(10) ** -25 * max(1, abs(value)):
                return True
        return False

    def _settle(self, k: int) -> tuple:
        """settle at point k; "jump" for a difference where a side jumps."""
        status, va, vb = self.settle(k)
        point = self.points.exact(k)
        if status == "differ" and self.jumps and self.at_jump(point):
            return self._exactly(point, va, vb)
        return status, va, vb

    def _exactly(self, point: dict, va, vb) -> tuple:
        """At a jump, floats and mpmath may land on either side (sin(2π) is 1e-60, not 0): the
        sides evaluated exactly by sympy decide, or the point is no witness ("jump")."""
        values = {s: _sympy_value(v) for s, v in point.items()}
        try:
            with caching.attempt(min(0.2, self.clock.remaining())):
                ea, eb = self.a.xreplace(values), self.b.xreplace(values)
                if _at_a_step(self.a, values) or _at_a_step(self.b, values):
                    return "jump", va, vb  # H(0) = 1/2 is sympy's choice (ReLU'(0))
        except AttemptTimedOut:
            return "jump", va, vb
        if not (ea.is_Rational and eb.is_Rational):
            return "jump", va, vb
        if ea == eb:
            return "same", va, vb
        return "differ", mpmath.mpf(ea.p) / ea.q, mpmath.mpf(eb.p) / eb.q

    @functools.cached_property
    def settle(self) -> Settler:
        """The high-precision evaluators, built when a point first needs settling."""
        return Settler(self.a, self.b, self.points, self.tolerance, _needed_dps(self.a, self.b))

    def _classify(self):
        """Split the points: float agreement, disagreement, b undefined, or to evaluate exactly."""
        points, tolerance = self.points, self.tolerance
        self.agree, self.disagree, self.domain, self.near = [], [], [], []
        self.recheck = list(range(points.n))
        screen_a, screen_b, _ = self.floats
        sa = _screen(screen_a, points)
        sb = _screen(screen_b, points) if sa is not None else None
        if sa is None or sb is None:
            return
        (va, ua), (vb, ub) = sa, sb
        fa, fb = np.isfinite(va), np.isfinite(vb)
        written = self._undefined_as_written()
        usable = fa & ~ua & ~written
        tol = SCREEN_TOLERANCE if tolerance is None else tolerance
        with np.errstate(all="ignore"):
            close = np.abs(va - vb) <= tol * np.maximum(np.abs(va), np.abs(vb)) + 1e-12
        both = usable & fb & ~ub
        self.agree = np.flatnonzero(both & close).tolist()
        self.agree += [k for k in sorted(self.same) if not close[k]]
        self.near = [] if tolerance is not None else _nearly(va, vb, both & close)
        self.disagree = [k for k in np.flatnonzero(both & ~close).tolist() if k not in self.same]
        self.domain = np.flatnonzero(usable & ub).tolist()
        self.recheck = np.flatnonzero(((~fa & ~ua) | (usable & ~fb & ~ub)) & ~written).tolist()

    def _undefined_as_written(self, points: Points | None = None) -> np.ndarray:
        """Points (the probe's own by default) where a side is undefined as written, though
        defined once evaluated (√x·√x at x < 0): no witness and no agreement comes from them."""
        points = self.points if points is None else points
        undefined = np.zeros(points.n, dtype=bool)
        for form in self.floats[2]:
            found = _screen(form, points)
            if found is not None:
                undefined |= found[1]
        return undefined

    @functools.cached_property
    def floats(self) -> tuple:
        """The float evaluators of the two sides and of their written forms, compiled once
        for every screening (the points grow: kinks, landmarks, more draws)."""
        return (compiled_floats(self.a), compiled_floats(self.b),
                [compiled_floats(form) for form in self.written if form is not None])

    def refute(self, unscreened: bool = True) -> Verdict | None:
        """A confirmed witness, or None.

        With `unscreened` False, only the points the float screen found disagreeing are
        settled; the points it could not evaluate wait for a later call (they need the slow
        evaluator, and exact algebra may settle the question first). At most SETTLED points
        are settled in all.
        """
        if unscreened:
            self._recheck_unscreened()
        self.disagree.sort(key=self._size)
        for k in self.disagree[:max(0, SETTLED - self.settled)]:
            if self.clock.spent():
                break
            self.settled += 1
            status, va, vb = self._settle(k)
            if status == "differ":
                return self._witness(k, va, vb)
            if status == "same":
                self.agree.append(k)
                self.same.add(k)
            self.unclear += status == "unclear"
        self.disagree = []
        return None

    def _size(self, k: int) -> float:
        """How large point k's whole numbers are: a witness with n = 2 reads better than 37."""
        return sum(abs(float(col[k])) for s, col in self.points.columns.items()
                   if s in self.points.integer and s != SEED)

    def _recheck_unscreened(self) -> None:
        for k in self.recheck:  # not screened in floats (overflow, no fast evaluator)
            enough = len(self.agree) + len(self.disagree) >= POINTS
            if (enough and k >= self.points.special) or self.clock.spent():
                break
            status = self.settle.quick(k)
            self.unclear += status == "unclear"
            {"close": self.agree, "far": self.disagree, "b-undefined": self.domain}.get(
                status, []).append(k)
        self.recheck = []

    def _unreachable_jump(self) -> str | None:
        """A side that jumps where a transcendental argument is whole or zero (floor(sin x -
        10^-7) at sin x = 10^-7): a difference there is a point no float lands on."""
        for g, _ in self.jump_arguments:
            if not g.is_polynomial(*g.free_symbols):
                return f"the floor, sign or step of {str(g).replace('**', '^')}"
        return None

    def landmarks(self) -> Verdict | None:
        """Before "equal" by sampling: points where the two may still part (the roots of every
        sum inside them, combined in several variables; see `landmarks`), refuted like the
        others. A witness, or None."""
        symbols, assumptions, rng, opened = self.drawing
        if self.tolerance is not None or opened.probabilities or not self.points.n:
            return None
        if all(e.is_rational_function() for e in (self.a, self.b)):
            return None   # two rational functions that cancel no further differ almost anywhere
        varied = {s for s in self.points.columns if s != SEED}
        extra = landmark_columns((self.a, self.b), self.points.columns, varied,
                                 self.points.integer)
        if extra is None:
            return None
        self.points = self.points.joined(made_points(extra, symbols, assumptions, rng, opened,
                                                     self.points.integer))
        if "settle" in self.__dict__:   # the evaluators stay; the points grew
            self.settle.points = self.points
        self._classify()
        return self.refute()

    def _empty_range(self, k: int) -> bool:
        """Whether a sum or product runs over no term at point k (Σ_{i=1}^n at n = 0): a side
        defined there only is a convention of the empty sum, not a part of the domain."""
        point = {s: _sympy_value(v) for s, v in self.points.exact(k).items()}
        for big in (nodes_of(self.a, sp.Sum, sp.Product) | nodes_of(self.b, sp.Sum, sp.Product)):
            for _, low, high in big.limits:
                size = (high - low).xreplace(point)
                if size.is_number and size.is_negative:
                    return True
        return False

    def conclude(self) -> Verdict:
        """After `refute()` found nothing: "equal" or "unknown" (or a late witness)."""
        for k in [k for k in self.domain if not self._empty_range(k)][:3]:
            status, va, vb = self._settle(k)
            if status == "differ":
                return self._witness(k, va, vb)
            if status == "b-undefined":
                shown = self.points.shown(k)
                where = ", ".join(f"{s}={v}" for s, v in shown.items()) or "some point"
                return Verdict("unknown", reason=f"{PART_OF_THE_DOMAIN}: at {where} the second "
                                                 "expression is undefined or not real, the first "
                                                 "is not", witness=shown)
        agree = self.agree
        if len(agree) < POINTS:
            return self._too_few_points(len(agree))
        confirmed = 0
        # the points closest to differing first: a tiny difference hides below float noise
        # then the agreeing points with the smallest whole numbers (fewest terms of a sum)
        smallest = sorted(agree, key=self._size)
        candidates = self.near + [k for k in smallest[:4 * SETTLE_POINTS] if k not in self.near]
        for count, k in enumerate(candidates, 1):  # a point too large for mpmath is passed over
            status, va, vb = self._settle(k)
            if status == "differ":
                return self._witness(k, va, vb)
            confirmed += status == "same"
            if confirmed >= SETTLE_POINTS and count >= len(self.near):
                break
        else:
            return Verdict("unknown", reason="the values agree in floating point but could not "
                                             "be confirmed in high precision")
        if self.tolerance is not None:
            return Verdict("equal", f"approximately equal (within {self.tolerance:.1%}) at "
                                    f"{len(agree)} random points")
        unreachable = self._unreachable_jump()
        if unreachable:
            return Verdict("unknown", reason=f"agrees at {len(agree)} random points, but "
                           f"{unreachable} jumps at points no sample reaches exactly, where the "
                           "two may differ")
        return Verdict("equal", f"numeric: agrees at {len(agree)} random points, confirmed to "
                                f"{self.settle.base * 2} digits")

    def _too_few_points(self, agreeing: int) -> Verdict:
        """Not enough points agree to say "equal": why not."""
        if self.unclear:
            return Verdict("unknown", reason="the values are too large or too close to tell "
                                             "apart, even in high precision")
        if agreeing:
            return Verdict("unknown", reason=f"agrees at only {agreeing} points of the domain")
        return Verdict("unknown", reason="found no point of the domain where the "
                                         "expressions are defined")

    def constant_difference(self, c) -> Verdict | None:
        """a - b is the nonzero constant c: any point where both are defined is a witness."""
        if not self.agree:
            return None
        shown = self.points.shown(self.agree[0])
        where = ", ".join(f"{s}={v}" for s, v in shown.items()) or "any point"
        return Verdict("not_equal", f"they differ by the constant {sp.N(c, 6)} (at {where}, "
                                    "for one)", witness=dict(shown))

def probe(a, b, assumptions: Assumptions, clock: Clock, *, opened: Opened | None = None,
          tolerance: float | None = None) -> Verdict:
    """Numeric probing at random domain points; every verdict is settled in high precision."""
    found = Probe(a, b, assumptions, clock, opened=opened, tolerance=tolerance)
    if not found.points.n:
        return Verdict("unknown", reason="found no point that meets the assumptions")
    verdict = found.refute()
    return verdict if verdict is not None else found.conclude()


def _nearly(va, vb, agreeing) -> list[int]:
    """The agreeing points whose float values differ at all, the largest relative difference
    first (rounding noise or a difference too small for floats): at most NEAR of them."""
    with np.errstate(all="ignore"):
        relative = np.abs(va - vb) / np.maximum(np.maximum(np.abs(va), np.abs(vb)), 1e-300)
    relative = np.where(agreeing, relative, 0.0)
    order = np.argsort(-relative, kind="stable")[:NEAR]
    return [int(k) for k in order if relative[k] > 0]

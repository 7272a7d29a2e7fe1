"""How a confirmed difference is shown: a witness at simple values, few digits, learner names."""

from __future__ import annotations

import mpmath
import numpy as np
import sympy as sp

from tutor.judge.high_precision import settle
from tutor.judge.points import _fmt, simple_points
from tutor.judge.sum_ranges import UNBOUNDED
from tutor.model import Verdict
from tutor.trees import nodes_of


class Witnesses:
    """The witness-showing part of `Probe` (a mixin: it reads the probe's points and clock)."""

    def _shorter(self, k: int, shown: dict, va, vb):
        """The witness at k with its decimals cut to a few digits, if it still is one there."""
        point = self.points.exact(k)
        for digits in (4, 7, 10):
            if self.clock.spent():
                break
            near = {s: v if s in self.points.integer else _rounded(v, digits)
                    for s, v in point.items()}
            status, na, nb = settle(self.settle.fa, self.settle.fb, near, self.settle.base,
                                    self.tolerance)
            if status == "differ" and not self.at_jump(near):
                return self.points.shown_at(near), na, nb
        return shown, va, vb

    def _simpler(self, k: int):
        """A witness at simple values (x = 1, 2, 0, -1, 1/2, …), if the sides differ there:
        (shown, va, vb), or None."""
        if self.points.models is not None or self.clock.spent():
            return None
        _, assumptions, _, _ = self.drawing
        simple = simple_points(self.points.exact(k), self.points.integer, self.points.names,
                               assumptions)
        if not simple.n:
            return None
        for j in np.flatnonzero(~self._undefined_as_written(simple)):
            if self.clock.spent():
                break
            point = simple.exact(int(j))
            status, na, nb = settle(self.settle.fa, self.settle.fb, point, self.settle.base,
                                    self.tolerance)
            if status == "differ" and not self.at_jump(point):
                return simple.shown_at(point), na, nb
        return None

    def _witness(self, k: int, va, vb) -> Verdict:
        shown = self.points.shown(k)
        simpler = self._simpler(k)
        if simpler is not None:
            shown, va, vb = simpler
        elif any(len(v) > 8 for v in shown.values()):  # x=291665.2746536729: x=291665.3
            shown, va, vb = self._shorter(k, shown, va, vb)
        labels = sorted({str(x.base.label) for x in (nodes_of(self.a, sp.Indexed)
                                                     | nodes_of(self.b, sp.Indexed))})
        where = ", ".join([_shown_value(str(s), v) for s, v in shown.items()]
                          + [f"random {_family(x)}" for x in labels])
        where = where.replace(", random", " and random") or "any value of the unknown functions"
        values = " vs ".join(_shown_apart(va, vb))
        return Verdict("not_equal", f"numeric witness {where}: {values}", witness=dict(shown))


def _shown_value(name: str, value: str) -> str:
    """`x=1`; the count of terms the reader gives a sum written without bounds (Σ_j) in words."""
    if name != UNBOUNDED:
        return f"{name}={value}"
    return f"{value} term{'' if value == '1' else 's'} in Σ without bounds"


def _shown_apart(va, vb) -> tuple[str, str]:
    """Two values with as few digits as tell them apart (6 at least; 4 not 4.0)."""
    for digits in (6, 9, 12, 15, 20, 30):
        a, b = _number(va, digits), _number(vb, digits)
        if a != b:
            return a, b
    return a, b


def _number(v, digits: int) -> str:
    if isinstance(v, mpmath.mpf) and abs(v) < 1e-45:  # -9.5e-66 at 64 digits: a zero
        return "0"
    text = mpmath.nstr(v, digits)
    return text[:-2] if text.endswith(".0") else text


def _rounded(v, digits: int):
    if isinstance(v, int) or not isinstance(v, str):
        return v
    if abs(float(v)) < 1e-9:   # -1.11e-16 is a root found in floats: 0 was meant
        return "0"
    return _fmt(float(f"{float(v):.{digits}g}"))


def _family(label: str) -> str:
    """x_1, x_2, … or p(x_1), p(x_2), … for the name of an indexed family."""
    if label.endswith(")") and "(" in label:
        f, x = label[:-1].split("(", 1)
        return f"{f}({x}_1), {f}({x}_2), …"
    return f"{label}_1, {label}_2, …"

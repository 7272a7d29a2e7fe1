"""argmax/argmin pairs: each side's value is the point where its objective is largest (or
smallest), known by construction; the objective changed in a way that keeps it (a log, a
positive factor, a constant, a sign with max and min swapped) or that moves it (a sign slip
inside, a term in the variable, max and min swapped alone)."""

from __future__ import annotations

import mpmath

from .core import Pair, at, points

VARS = (("\\theta", "t"), ("\\mu", "m"), ("w", "w"), ("p", "p"))


def _quadratic(rng):
    """-(v - c)^2 (largest at c), spelled in a few ways, with c a name or a number."""
    v, _ = rng.choice(VARS)
    c = rng.choice(("c", str(rng.randint(1, 9))))
    value = (lambda pt: pt["c"]) if c == "c" else (lambda pt, k=int(c): mpmath.mpf(k))
    return v, c, value


def optima(rng):
    v, c, centre = _quadratic(rng)
    k = rng.randint(2, 9)
    objective = f"-({v} - {c})^2"
    kept = [  # (text, its maximiser): the same objective, changed in a way that keeps it
        (f"\\arg\\min_{{{v}}} ({v} - {c})^2", centre),
        (f"\\arg\\max_{{{v}}} -{k}({v} - {c})^2 + {k}", centre),
        (f"\\arg\\max_{{{v}}} \\log e^{{-({v} - {c})^2}}", centre),
        (f"\\arg\\min_{{{v}}} \\frac{{1}}{{{k}}}({v} - {c})^2 - {k}", centre),
        (f"\\arg\\max_{{{v}}} e^{{-({v} - {c})^2}}", centre),
    ]
    moved = [  # (text, its maximiser, or None where it has none): a slip
        (f"\\arg\\max_{{{v}}} -({v} + {c})^2", lambda pt: -centre(pt)),
        (f"\\arg\\max_{{{v}}} -({v} - {c})^2 + {2 * k}{v}", lambda pt: centre(pt) + k),
        (f"\\arg\\min_{{{v}}} ({v} - {c})^2 - {2 * k}{v}", lambda pt: centre(pt) + k),
        (f"\\arg\\max_{{{v}}} -({v} - {c} - {k})^2", lambda pt: centre(pt) + k),
    ]
    left = f"$\\arg\\max_{{{v}}} {objective}$"
    pts = points(rng, ["c"], k=8)
    if rng.random() < 0.5:
        text, value = rng.choice(kept)
        return Pair(left, f"${text}$", "equal", centre, value, points=pts,
                    note="argmax: a change that keeps the maximiser")
    text, value = rng.choice(moved)
    return Pair(left, f"${text}$", "different", centre, value,
                witness=[at(c=1.5), at(c=-2.5), at(c=4)], note="argmax: a slip moves it")

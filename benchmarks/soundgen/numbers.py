"""Families about written numbers: decimals to the precision written, scientific notation,
and probability with concrete numbers (binomial sums, Bayes' rule vs base-rate neglect)."""

from __future__ import annotations

from decimal import ROUND_HALF_EVEN, Decimal

import mpmath

from .core import Pair, at, points

CONSTANTS = (("pi", lambda: mpmath.pi), ("e", lambda: mpmath.e),
             ("sqrt(2)", lambda: mpmath.sqrt(2)), ("ln(2)", lambda: mpmath.log(2)),
             ("sqrt(3)", lambda: mpmath.sqrt(3)))


def _half_unit(places: int):
    return mpmath.mpf(5) / mpmath.mpf(10) ** (places + 1)


def _dec(text: str):
    return lambda p: mpmath.mpf(text)


def _rounded(v, places: int) -> str | None:
    """v to `places` decimals, or None when v is too near a tie to be a fair test."""
    scaled = v * mpmath.mpf(10) ** places
    frac = scaled - mpmath.floor(scaled)
    if abs(frac - mpmath.mpf(0.5)) < 0.05:
        return None
    q = Decimal(mpmath.nstr(v, 40, strip_zeros=False)).quantize(Decimal(1).scaleb(-places),
                                                                ROUND_HALF_EVEN)
    return f"{q:f}"


def decimals(rng):
    places = rng.randint(1, 9)
    pick = rng.randrange(6)
    if pick < 2:
        num, den = rng.randint(1, 200), rng.randint(3, 97)
        text, fv = f"{num}/{den}", lambda p: mpmath.mpf(num) / den
    elif pick < 4:
        text, c = rng.choice(CONSTANTS)
        fv = lambda p: c()  # noqa: E731
    elif pick == 4:
        return _exact_sum(rng)
    else:
        return _literal(rng)
    with mpmath.workdps(60):
        shown = _rounded(fv({}), places)
    if shown is None:
        return None
    tol = _half_unit(places)
    if rng.random() < 0.5:
        return Pair(text, shown, "equal", fv, _dec(shown), points=[{}], tol=tol,
                    note="rounded to the places written")
    unit = Decimal(1).scaleb(-places)
    off = f"{Decimal(shown) + unit * rng.choice((-1, 1)):f}"
    if off.startswith("-"):
        return None
    return Pair(text, off, "different", fv, _dec(off), witness=[{}], tol=tol,
                note="one unit off in the last place")


def _exact_sum(rng):
    a, b = rng.randint(1, 999), rng.randint(1, 999)
    ta, tb = f"{a // 100}.{a % 100:02d}", f"{b // 100}.{b % 100:02d}"
    total = Decimal(ta) + Decimal(tb)
    fa = lambda p: mpmath.mpf(ta) + mpmath.mpf(tb)  # noqa: E731
    if rng.random() < 0.5:
        return Pair(f"{ta} + {tb}", f"{total:f}", "equal", fa, _dec(f"{total:f}"),
                    points=[{}], note="exact decimal sum")
    off = f"{total + Decimal('0.01'):f}"
    return Pair(f"{ta} + {tb}", off, "different", fa, _dec(off), witness=[{}],
                note="decimal sum off by 0.01")


LITERALS = [
    ("1/3", "0.33333333333333333333333333333334", "different", 32),
    ("0.35", "0.3", "different", 1),
    ("1/3", "0.3333", "equal", 4),
    ("0.1 + 0.2", "0.3", "equal", None),
    ("2/3", "0.66", "different", 2),
    ("2/3", "0.67", "equal", 2),
    ("1/2", "0.50", "equal", 2),
]


def _literal(rng):
    a, b, truth, places = rng.choice(LITERALS)
    fa = {"1/3": lambda p: mpmath.mpf(1) / 3, "2/3": lambda p: mpmath.mpf(2) / 3,
          "1/2": lambda p: mpmath.mpf(1) / 2, "0.35": _dec("0.35"),
          "0.1 + 0.2": lambda p: mpmath.mpf("0.1") + mpmath.mpf("0.2")}[a]
    tol = None if places is None else _half_unit(places)
    key = "points" if truth == "equal" else "witness"
    return Pair(a, b, truth, fa, _dec(b), tol=tol, note="literal from the issue",
                **{key: [{}]})


# --- scientific notation --------------------------------------------------------------------

def scientific(rng):
    mant = Decimal(rng.randint(11, 99)) / 10 if rng.random() < 0.6 else Decimal(rng.randint(1, 9))
    k = rng.randint(-8, 8)
    value = mant.scaleb(k)
    sci = f"{mant}{rng.choice(('e', 'E'))}{k}"
    plain = f"{value:f}"
    wrong = f"{value.scaleb(rng.choice((-1, 1))):f}"
    greek = "\\" + rng.choice(("eta", "alpha", "lambda", "mu"))
    pick = rng.randrange(5)
    if pick in (2, 4):  # in LaTeX only the form, 2e-4: "9e4" could be 9*e*4 there
        k = -abs(k) or -1
        value = mant.scaleb(k)
        sci, plain = f"{mant}e{k}", f"{value:f}"
        wrong = f"{value.scaleb(rng.choice((-1, 1))):f}"
    if pick == 0:
        return Pair(sci, plain, "equal", _dec(plain), _dec(plain), points=[{}], note="sci = plain")
    if pick == 1:
        return Pair(sci, wrong, "different", _dec(plain), _dec(wrong), witness=[{}],
                    note="sci vs plain off by a factor 10")
    if pick == 2:
        return Pair(f"${greek}\\cdot {sci}$", f"${plain}{greek}$", "equal", _times(plain),
                    _times(plain), points=points(rng, "g"), note="LaTeX: greek times sci")
    if pick == 3:
        return Pair(f"{sci}*x + 1", f"{plain}x + 1", "equal", _times(plain, 1),
                    _times(plain, 1), points=points(rng, "g"), note="sci times x")
    return Pair(f"${greek}\\cdot {sci}$", f"${wrong}{greek}$", "different", _times(plain),
                _times(wrong), witness=[at(g=1.5), at(g=-2)],
                note="LaTeX: greek times sci, factor 10 off")


def _times(text: str, plus: int = 0):
    return lambda p: p["g"] * mpmath.mpf(text) + plus

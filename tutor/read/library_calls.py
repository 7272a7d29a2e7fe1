"""Distribution functions as scipy and spreadsheets spell them (`scipy.stats.binom.pmf(3, 10,
0.5)`, `=BINOM.DIST(3,10,0.5,FALSE)`) read as the R calls they equal (`dbinom(3, 10, 0.5)`,
tutor.read.calculator_calls), each character where it stood."""

from __future__ import annotations

import re

# `binom.pmf(`, `scipy.stats.poisson.cdf(`, `stats.norm.cdf(`: scipy's frozen-free calls whose
# arguments are R's in R's order (norm.cdf(x, loc, scale) is pnorm(x, mean, sd))
_SCIPY = re.compile(r"(?<![\w.])(?:scipy\.)?(?:stats\.|st\.|ss\.)?(binom|poisson|norm)\.(pmf|cdf)"
                    r"(?=\s*\()")
_SCIPY_AS_R = {("binom", "pmf"): "dbinom", ("binom", "cdf"): "pbinom", ("poisson", "pmf"): "dpois",
               ("poisson", "cdf"): "ppois", ("norm", "cdf"): "pnorm"}
# `BINOM.DIST(3,10,0.5,FALSE)`: a spreadsheet function whose last argument says cumulative or not
_SHEET = re.compile(r"(?<![\w.])(BINOM\.DIST|POISSON\.DIST|NORM\.S\.DIST|NORM\.DIST|EXPON\.DIST)"
                    r"(\s*\([^()]{1,200}?)(,\s*(TRUE|FALSE|1|0)\s*)\)", re.IGNORECASE)
# (function, cumulative) -> the R call; a density (NORM.DIST(…, FALSE)) is left as written
_SHEET_AS_R = {("BINOM.DIST", False): "dbinom", ("BINOM.DIST", True): "pbinom",
               ("POISSON.DIST", False): "dpois", ("POISSON.DIST", True): "ppois",
               ("NORM.S.DIST", True): "pnorm", ("NORM.DIST", True): "pnorm",
               ("EXPON.DIST", True): "pexp"}
# `=BINOM.DIST(…)`, `=LN(0.8)`: a spreadsheet formula's `=` right before its function (a name
# in capitals, two letters at least), at the start of the math: no step on from the line above
_FORMULA_SIGN = re.compile(r"^(\s*)=(?=[A-Z][A-Z0-9]+(?:\.[A-Z0-9]+)*\()")


# R's names of each function's arguments, in order: named in this order they are blanked
# (`dbinom(3, size = 10, prob = 0.5)`), and `lower.tail = TRUE` (R's default) goes
_R_ARGUMENTS = {"dbinom": ("x", "size", "prob"), "pbinom": ("q", "size", "prob"),
                "dpois": ("x", "lambda"), "ppois": ("q", "lambda"), "dgeom": ("x", "prob"),
                "pgeom": ("q", "prob"), "pnorm": ("q", "mean", "sd"), "pexp": ("q", "rate")}
_R_CALL = re.compile(r"(?<![\w.])(" + "|".join(_R_ARGUMENTS) + r")(\s*\()([^()]{1,200})\)")
_NAMED_ARGUMENT = re.compile(r"\s*([A-Za-z][\w.]*)\s*=(?!=)")
_DEFAULT_TAIL = re.compile(r",\s*lower\.tail\s*=\s*(?:TRUE|T)\s*$")


def _r_named(m: re.Match) -> str:
    """`dbinom(x = 3, size = 10, prob = 0.5)` as `dbinom(    3,        10,        0.5)`; names
    out of R's order (or others) as written."""
    inside = _DEFAULT_TAIL.sub(lambda t: " " * len(t.group()), m.group(3))
    order, parts = _R_ARGUMENTS[m.group(1)], []
    for k, piece in enumerate(inside.split(",")):
        named = _NAMED_ARGUMENT.match(piece)
        if named and (k >= len(order) or named.group(1) != order[k]):
            return m.group()
        parts.append(piece if not named else " " * named.end() + piece[named.end():])
    return m.group(1) + m.group(2) + ",".join(parts) + ")"


def library_calls(text: str) -> str:
    """`text` with scipy's and spreadsheets' distribution functions spelled as R's."""
    if "(" not in text:
        return text
    text = _FORMULA_SIGN.sub(lambda m: m.group(1) + " ", text, count=1)
    if "=" in text and ("binom" in text or "pois" in text or "geom" in text or "pnorm" in text
                        or "pexp" in text):
        text = _R_CALL.sub(_r_named, text)
    if "." not in text:
        return text
    text = _SCIPY.sub(lambda m: _SCIPY_AS_R[m.group(1), m.group(2)].rjust(len(m.group())), text)
    if "DIST" not in text.upper():
        return text
    return _SHEET.sub(_sheet_call, text)


def _sheet_call(m: re.Match) -> str:
    """`BINOM.DIST(3,10,0.5,FALSE)` as `    dbinom(3,10,0.5      )`; a call it does not know
    as written."""
    cumulative = m.group(4).upper() in ("TRUE", "1")
    name = _SHEET_AS_R.get((m.group(1).upper(), cumulative))
    if name is None:
        return m.group()
    return name.rjust(len(m.group(1))) + m.group(2) + " " * len(m.group(3)) + ")"

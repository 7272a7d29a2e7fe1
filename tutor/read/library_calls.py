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


def library_calls(text: str) -> str:
    """`text` with scipy's and spreadsheets' distribution functions spelled as R's."""
    if "(" not in text:
        return text
    text = _FORMULA_SIGN.sub(lambda m: m.group(1) + " ", text, count=1)
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

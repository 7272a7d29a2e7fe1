"""Laws described in Dutch and German words ("$T$ is exponentieel verdeeld met $\\lambda = 0{,}5$",
"$Y$ ist Poisson-verteilt mit $\\lambda = 2$", "normaal verdeeld met $\\mu = 170$ en
$\\sigma = 10$"): the family and its argument texts, read later by the one grammar (a geometric
law is left alone: trials or failures?)."""

from __future__ import annotations

import re

_FAMILY = r"(Poisson|exponentie(?:e|l)l|exponential|normaal|normal|binomiaal|binomial)"
_UNIT = r"(?:[a-z]{1,3}\.?\s+)?"  # `$\mu = 181$ cm en $\sigma = 7$ cm`: a unit after a value
_GIVEN = r"\$\s*(\\lambda|\\mu|\\sigma(?:\^\{?2\}?)?|n|p)\s*=\s*([^$=]{1,20}?)\s*\$"
# the family, "verdeeld met" / "verteilt mit", one or two parameters given in math
_DESCRIBED = re.compile(rf"\b{_FAMILY}[- ]?(?:verdeeld|verteilt)\s+(?:met|mit)\s+(?:parameter\s+)?"
                        rf"{_GIVEN}(?:\s*{_UNIT}(?:,|en|und)\s*{_GIVEN})?", re.IGNORECASE)
# "bij benadering normaal verdeeld", "annähernd normalverteilt": an approximation (a continuity
# correction may follow), not the law
_APPROXIMATE = re.compile(r"\b(?:benader\w*|ongeveer|circa|ca\.|approximativ\w*|annähernd"
                          r"|näherungsweise|ungefähr|asymptotisch|niet|nicht|kein\w*|als|wenn|if)\b",
                          re.IGNORECASE)
_FAMILIES = {"poisson": ("Poisson", ("\\lambda",)), "exponentieel": ("Exp", ("\\lambda",)),
             "exponentiell": ("Exp", ("\\lambda",)), "exponential": ("Exp", ("\\lambda",)),
             "binomiaal": ("Binomial", ("n", "p")),
             "binomial": ("Binomial", ("n", "p")), "normaal": ("N", ("\\mu", "\\sigma^2")),
             "normal": ("N", ("\\mu", "\\sigma^2"))}


def law_abroad(sentence: str) -> tuple | None:
    """(family, argument texts) of a law the sentence describes in Dutch or German, every one
    of its parameters given by name; None otherwise."""
    m = _DESCRIBED.search(sentence)
    if m is None or _APPROXIMATE.search(sentence):
        return None
    family, letters = _FAMILIES[m.group(1).lower()]
    given = {}
    for name, value in ((m.group(2), m.group(3)), (m.group(4), m.group(5))):
        if name == "\\sigma":  # the standard deviation given: the law's variance is its square
            name, value = "\\sigma^2", f"({value})^2"
        if name is not None:
            given[re.sub(r"[{}]", "", name)] = value
    if set(given) != set(letters):
        return None
    return family, tuple(given[letter] for letter in letters)

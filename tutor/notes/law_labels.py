"""A law's parameters named where they are given (`\\text{Bin}(n=10, p=0.3)`): names blanked."""

from __future__ import annotations

import re

from tutor.notes.reasons import blank

_NAMED_PARAMETERS = re.compile(
    r"(?:\\(?:text|mathrm|operatorname|mathcal)\s*\{\s*)?(?P<family>Bin|Binomial|Bern|Bernoulli"
    r"|Poisson|Pois|Exp|N|Normal|Uniform|Unif)\s*\}?\s*\((?P<args>[^()]*=[^()]*)\)")
_PARAMETER_ORDER = {  # the parameters' names in the order the laws take them
    **dict.fromkeys(("Bin", "Binomial"), ("n", "p")),
    **dict.fromkeys(("Bern", "Bernoulli"), ("p",)),
    **dict.fromkeys(("Poisson", "Pois", "Exp"), ("\\lambda",)),
    **dict.fromkeys(("N", "Normal"), ("\\mu", "\\sigma^2")),
    **dict.fromkeys(("Uniform", "Unif"), ("a", "b"))}
# `p =`, `\sigma^2 =`; `\lambda t =` (Poisson(λt = 1): a rate by a time)
_PARAMETER_LABEL = re.compile(r"(?:^|(?<=,))\s*(?:[a-zA-Z]|\\[a-zA-Z]+)(?:\^\{?2\}?)?"
                              r"(?:\s*[a-zA-Z](?![a-zA-Z]))?\s*=")
_RATE_BY_TIME = re.compile(r"^(\\lambda)[a-zA-Z]$")


def unnamed_parameters(chars: list[str], start: int, end: int) -> None:
    """`\\text{Bin}(n=10, p=0.3)`: a law's parameters named as they are given; the names
    are blanked (`Bin(10, 0.3)`), in the family's order as written."""
    row = "".join(chars[start:end])
    for law in _NAMED_PARAMETERS.finditer(row):
        labels = list(_PARAMETER_LABEL.finditer(law.group("args")))
        written = tuple(re.sub(r"[\s{}=]", "", m.group()) for m in labels)
        if law.group("family") in ("Poisson", "Pois"):  # λt = 1: the mean over a time t
            written = tuple(_RATE_BY_TIME.sub(r"\1", w) for w in written)
        if written != _PARAMETER_ORDER.get(law.group("family")):
            continue  # another order, or σ for σ²: not read as the family's own
        for label in labels:
            blank(chars, start + law.start("args") + label.start(),
                   start + law.start("args") + label.end())

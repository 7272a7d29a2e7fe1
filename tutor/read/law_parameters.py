"""Parameters named in a law (`X \\sim \\text{Bin}(n = 10;\\ p = 0{,}1)`) and joined by a word in
the condition of a probability (`P(X \\le 2 \\mid n = 10 \\text{ en } p = 0{,}2)`), read as the
grammar spells them; each character where it stood."""

from __future__ import annotations

import re

from tutor.read.decimal_commas import semicolon_tuples

# `\sim \text{Bin}(`, `\sim Poisson(`, `\sim \mathcal{N}(`: the call of a law after \sim
_LAW_CALL = re.compile(r"\\sim\s*(?:\\(?:text|mathrm|operatorname|mathcal|textrm)\s*\{\s*)?"
                       r"([A-Za-z]+)\s*\}?\s*\(")
# a law named as a word without \sim (`a $\mathrm{Gamma}(\alpha = 2, \beta = 1)$ prior`)
_WORD_LAW_CALL = re.compile(r"\\(?:text|mathrm|operatorname|textrm)\s*\{\s*([A-Za-z]+)\s*\}\s*\(")
# the usual names of each law's parameters, in the order the law takes them: only names in this
# order are blanked (`N(\mu = 0, \sigma = 2)` gives a standard deviation: not N(0, 2))
_ORDER = {**dict.fromkeys(("Bin", "Binomial", "Binom", "B"), ("n", "p")),
          **dict.fromkeys(("Bern", "Ber", "Bernoulli", "Geom", "Geometric", "Geo"), ("p",)),
          **dict.fromkeys(("Poisson", "Pois", "Poi", "Po", "Exp", "Exponential"), ("lambda",)),
          **dict.fromkeys(("N", "Normal", "Gaussian"), ("mu", "sigma^2")),
          **dict.fromkeys(("U", "Unif", "Uniform"), ("a", "b")),
          **dict.fromkeys(("Gamma", "Beta"), ("alpha", "beta"))}
# `n = ` or `\lambda =` before a number, at the start of an argument
_NAMED = re.compile(r"(?<=[(;,])((?:\s|\\[ ,;:!])*(?:\\[a-zA-Z]+|[A-Za-z])(?:\^\{?2\}?)?\s*=)"
                    r"(?=\s*[-\d.\\])")
# `n = 10 \text{ en } p = 0,2` inside brackets: the word joins two parameters given (and, en, und,
# et, e, y, i)
_JOINING_WORD = re.compile(r"(?<=[\d}])\s*\\text\s*\{\s*(?:and|en|und|et|e|y|i)\s*\}"
                           r"(?=\s*(?:\\[a-zA-Z]+|[A-Za-z])\s*=)")


def named_law_parameters(text: str) -> str:
    """`\\sim \\text{Bin}(n = 10; p = 0{,}1)` as `\\sim \\text{Bin}(    10;     0{,}1)`: the
    names of the law's parameters blanked, its numbers read in their places."""
    if "=" not in text or ("\\sim" not in text and not _WORD_LAW_CALL.search(text)):
        return text
    chars = list(text)
    words = (c for c in _WORD_LAW_CALL.finditer(text) if c.group(1) in _ORDER and
             len(c.group(1)) > 1)  # `\text{Gamma}(…)` is a law; a lone letter may be anything
    for call in (*_LAW_CALL.finditer(text), *words):
        close = text.find(")", call.end())
        if close < 0 or "(" in text[call.end():close]:
            continue
        found = list(_NAMED.finditer(text, call.end() - 1, close))
        names = tuple(re.sub(r"[\s\\{}=,;:!]", "", m.group(1)) for m in found)
        if names == ("mu", "sigma") and re.fullmatch(r"\s*1(?:\.0*)?\s*", text[
                found[-1].end(1):close]):  # N(μ = 0, σ = 1): σ = 1 is σ² = 1, the same law
            names = ("mu", "sigma^2")
        if names != _ORDER.get(call.group(1)) or _arguments(text[call.end():close]) != len(names):
            continue  # other names, another order, or a parameter left unnamed
        for named in found:
            chars[named.start(1):named.end(1)] = " " * len(named.group(1))
    return "".join(chars)


def _arguments(inside: str) -> int:
    """How many arguments a law's brackets hold: split at `;` when there is one, else at commas
    that are not decimal (`0{,}1`, `0,1`)."""
    if ";" in inside:
        return inside.count(";") + 1
    return re.sub(r"\{,\}|(?<=\d),(?=\d)", "", inside).count(",") + 1


def joined_conditions(text: str) -> str:
    """`P(X \\le 2 \\mid n = 10 \\text{ en } p = 0{,}2)`: the joining word inside brackets as a
    comma (the condition reads `n = 10, p = 0.2`)."""
    if "\\text" not in text or "(" not in text:
        return text
    chars = list(text)
    for m in _JOINING_WORD.finditer(text):
        if text.count("(", 0, m.start()) > text.count(")", 0, m.start()):
            chars[m.start():m.end()] = ("," + " " * len(m.group()))[:len(m.group())]
    return "".join(chars)


def law_spellings(text: str) -> str:
    """A law's named parameters, a condition's joining word, a tuple with semicolons
    (`(0{,}5; 0{,}25)`), each read as the grammar spells it."""
    return semicolon_tuples(joined_conditions(named_law_parameters(text)))

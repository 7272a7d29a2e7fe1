"""Words in brackets beside the math, a remark (`\\quad (by parts)`, `\\qquad (\\text{L'H})`),
blanked keeping every position."""

from __future__ import annotations

import re

from tutor.vocabulary import REASON_WORDS

_WORD = r"(?:[^\W\d_]|['.])+"  # after a first word in Latin letters, any: `(\text{por L'Hôpital})`
# `… \quad (Property of Combination)`: words in brackets after a space, an aside
_WORDS_ASIDE = re.compile(r"(\\q?quad)(\s*\(\s*[A-Za-z']+(?:[\s-]+[A-Za-z']+)+\s*\)"
                          r"|\s*\(\s*\\text(?:it|bf|rm)?\s*\{\s*[A-Za-z'.]+"
                          r"(?:[\s-]+" + _WORD + r")*\s*\}"
                          r"\s*\)(?=[\s.,;]*$))")  # `\qquad (\text{by parts})` at the end too
_CONDITION_WORD = re.compile(r"(?i)(for|if|when|where|provided|assuming|given|unless|only)$")


def asides_blanked(text: str) -> str:
    """`text` with its remarks in brackets after `\\quad` blanked, in words or split around
    math (tutor.read.rewrites)."""
    return split_aside_blanked(words_aside_blanked(text))


# `… \quad (단, P(A) \neq 0)` at the end: a condition opened by a word of Korean, Chinese or
# Japanese ("provided that") and a comma, the writer's remark on when the formula holds
_CJK_CONDITION = re.compile(r"(?<=\\quad)\s*\(\s*[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]+"
                            r"\s*[,:，：][^\n]*\)\s*$")


def words_aside_blanked(text: str) -> str:
    """`text` with each remark in brackets after `\\quad` blanked (tutor.read.rewrites)."""
    text = _CJK_CONDITION.sub(lambda m: " " * len(m.group()), text)
    return _WORDS_ASIDE.sub(_aside, text)


def _aside(m: re.Match) -> str:
    """Words in brackets after a space (`\\quad (by parts)`, `\\qquad (\\text{chain rule})` at
    the end) are blanked: a remark, when a bare word has four letters or more (`(a b)` stays a
    product) and \\text words do not open a condition (`(\\text{for all x})`)."""
    aside = m.group(2)
    if "\\text" in aside:
        words = re.findall(r"[^\W\d_']+", re.sub(r"\\text(?:it|bf|rm)?", "", aside))
        keep = _CONDITION_WORD.match(words[0]) is not None
    else:
        keep = max(len(w) for w in re.findall(r"[A-Za-z']+", aside)) < 4
    return m.group() if keep else m.group(1) + " " * len(aside)


# `∫ … dx = \left[ t = 1 + x^2,\ dt = 2x\,dx \right] = ∫ dt/t`: a substitution noted in brackets
# between two `=` of a chain (Russian and Ukrainian habit), no part of the chain
_SUBSTITUTION_NOTE = re.compile(r"=\s*\\left\s*(?:\[|\\\||\|)[^\[\]|]*?=[^\[\]|]*?"
                                r"\\right\s*(?:\]|\\\||\|)\s*(?==)")


def substitution_notes_blanked(text: str) -> str:
    """`text` with each bracketed substitution note between two `=` blanked with the `=`
    before it (the chain reads `A = B` across it; every other character where it stood)."""
    if "\\left" not in text or "\\right" not in text:
        return text
    return _SUBSTITUTION_NOTE.sub(lambda m: " " * len(m.group()), text)


# `… \quad\text{(up to } x^5\text{)}` at a row's end: a remark in brackets that the writer
# opened and closed inside \text, with math between (read from the last \quad: linear)
_SPLIT_ASIDE = re.compile(r"\\q?quad\s*\\text\s*\{\s*\(\s*([A-Za-z']++)[^{}()]*\}"
                          r"(?:\\[A-Za-z]++|\{[^{}()]*\}|[^{}()\\])*?"
                          r"\\text\s*\{[^{}()]*\)\s*\}[\s.,;]*")


# `… \quad (\text{since } \ln(y) \text{ is constant})` at a row's end: a remark in brackets
# around \text groups with math between (read from the last \quad: linear)
_BRACKETED_SPLIT = re.compile(r"\\q?quad\s*\(\s*\\text(?:it|bf|rm)?\s*\{\s*([A-Za-z']++)[^{}()]*\}"
                              r"(?:\\[A-Za-z]++|\{[^{}()]*\}|\([^()]*\)|[^{}()\\])*?"
                              r"\\text(?:it|bf|rm)?\s*\{[^{}()]*\}\s*\)[\s.,;]*")


# `… \quad(\text{koska } F(a) = 0)` at a row's end: a reason in brackets, a word of one of the
# languages that says "since" in \text and then math (a condition word, `für`, is never taken)
_REASON_THEN_MATH = re.compile(r"\\q?quad\s*\(\s*\\text(?:it|bf|rm)?\s*\{\s*([^\W\d_]++)[^{}()]*\}"
                               r"(?:\\[A-Za-z]++|\{[^{}()]*\}|\([^()]*\)|[^{}()\\])*?\)[\s.,;]*")


def split_aside_blanked(text: str) -> str:
    """`text` with a remark in brackets opened and closed in two \\text groups at its end
    (`\\quad\\text{(up to } x^5\\text{)}`) blanked, unless its first word opens a condition
    (`\\text{(for } x > 0\\text{)}`); or a reason, one \\text word saying "since" and math."""
    at = max(text.rfind("\\quad"), text.rfind("\\qquad"))
    m = (_SPLIT_ASIDE.fullmatch(text, at) or _BRACKETED_SPLIT.fullmatch(text, at)) if at >= 0 \
        else None
    if m is None:
        m = _REASON_THEN_MATH.fullmatch(text, at) if at >= 0 else None
        if m is None or m.group(1).lower() not in REASON_WORDS:
            return text
    if _CONDITION_WORD.match(m.group(1)):
        return text
    return text[:at] + " " * (len(text) - at)


# `k = 7,\ n = 10:\quad \hat\theta = 8/12`: the values, a colon, then what follows from them
_COLON_QUAD = re.compile(r":(?=[ \t]*\\q?quad(?![a-zA-Z]))")
_RELATION = re.compile(r"=|<|>|≤|≥|\\[lg]eq?(?![a-zA-Z])")


def colon_before_quad_as_comma(text: str) -> str:
    """`text` with a colon before `\\quad` read as a comma when a relation stands before it
    (`n = 10:\\quad θ = 8/12`: two statements); any other colon as it is."""
    first = _RELATION.search(text)
    if first is None or ":" not in text:
        return text
    return _COLON_QUAD.sub(lambda c: "," if first.start() < c.start() else ":", text)

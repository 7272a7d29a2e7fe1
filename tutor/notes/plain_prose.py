"""What a plain-text answer holds besides its steps: e-mail headers, quoted text, a signature,
sentences of prose. None of it is a step (before, each line was read as one and did not parse)."""

from __future__ import annotations

import re

from tutor.notes.chat_exports import chat_lines
from tutor.vocabulary import FUNCTIONS, UNITS

_HEADER = re.compile(r"(?:From|To|Cc|Bcc|Subject|Date|Sent|Reply-To|In-Reply-To|Message-ID"
                     r"|Newsgroups|Organization):[ \t]", re.I)
_QUOTED = re.compile(r"[ \t]*>")  # `> the question`, `>> an older one`: someone else's text
_SIGNATURE = "-- "  # the separator of a signature (RFC 3676): all below it is the signature
_WORD = re.compile(r"(?<![\w\\])[A-Za-zÀ-ÖØ-öø-ɏ]{2,}(?![\w(])")  # für, Übungen: words too
_RELATION = re.compile(r"=|≈|<|>|≤|≥")
_LABEL = re.compile(r"[^\W\d_]{2,}:")
# words a formula has: function names, units, the names of moments and laws, math's
_MATH_WORDS = frozenset((*FUNCTIONS, *UNITS, "sum", "prod", "lim", "int", "Var", "var", "Cov",
                         "cov", "KL", "max", "min", "argmax", "argmin", "hat", "bar", "MAP",
                         "MLE", "sd", "std", "pi", "inf", "oo", "mod", "iff", "alpha", "beta",
                         "gamma", "delta", "epsilon", "theta", "lambda", "mu", "sigma", "tau",
                         "phi", "omega", "eta", "rho", "nu", "xi", "psi", "chi", "kappa", "zeta"))


def not_steps(lines: list[str]) -> set[int]:
    """Indices of the lines of a plain-text file that are not steps: the header block of an
    e-mail (From:/To:/Subject: at the top, up to the first blank line), quoted lines (`> …`),
    the signature below `-- `; a chat export's headers, rules and reactions."""
    skipped: set[int] = chat_lines(lines)
    if len(lines) > 1 and all(_HEADER.match(line) for line in lines[:2]):
        for index, line in enumerate(lines):
            if not line.strip():
                break
            skipped.add(index)
    for index, line in enumerate(lines):
        if line == _SIGNATURE or line.rstrip() == "--" and index > len(lines) // 2:
            return skipped | set(range(index, len(lines)))
        if _QUOTED.match(line):
            skipped.add(index)
    return skipped


def is_prose(line: str) -> bool:
    """A sentence, not a step: two words (not math's), or one alone, and no relation; a relation
    in a sentence that ends as one (`:`, `.`, `?`) with three words; five words in any case
    (`Fair coin first:`, `so the biased coin carries about half a bit per flip.`, `Cheers,`)."""
    words = [w for w in _WORD.findall(line) if w not in _MATH_WORDS and w.lower() not in
             _MATH_WORDS]
    text = line.strip()
    if not _RELATION.search(text):  # `Cheers,` and a name below it: a word alone is no step
        return len(words) >= 2 or bool(words) and text.rstrip(",.!:") == words[0] or bool(
            _LABEL.fullmatch(text))  # `Explicação:`, `Responda:`: a word and a colon
    return len(words) >= 5 or len(words) >= 3 and text.endswith((":", ".", "?"))


# `so x = 3`, `then y = 2`, `label y = 1, prediction ŷ = 0.9`: words of prose (lowercase, two
# letters or more) before the name a relation gives, at the start of a line or after a comma
# (`Jika f(x) = k, maka f'(x) = 0`: a capital first, a call's brackets before the relation)
_LEADING_WORDS = re.compile(r"(?:^|(?<=,))(\s*)((?:[A-Za-z][a-z]+ )(?:[a-z]{2,} )*)"
                            r"(?=[^\W\d_]\w*'*(?:\([^()]*\)'*)?\s*[=≈])")


def leading_words_blanked(code: str) -> str:
    """`code` with the words of prose before a name and its relation blanked (not math's words:
    `sin x = 0` keeps its sine); each character stays where it stood."""
    def blank(match: re.Match) -> str:
        words = match.group(2).split()
        if any(w in _MATH_WORDS or w.lower() in _MATH_WORDS for w in words):  # Sum x_i = …
            return match.group()
        return match.group(1) + " " * len(match.group(2))
    return _LEADING_WORDS.sub(blank, code)


def dangling_relations_blanked(lines: list[str]) -> list[str]:
    """`D(p||q) =` with the next line `= Σᵢ pᵢ log₂(pᵢ/qᵢ)`: the `=` ending a line is the one the
    next line starts with (a chain broken before its first step), blanked where it stood."""
    kept = list(lines)
    for index, line in enumerate(lines[:-1]):
        code = line.split("#", 1)[0].rstrip()
        if code.endswith("=") and not code.endswith(("==", ":=", "<=", ">=", "!=")) and \
                code[:-1].strip() and lines[index + 1].lstrip().startswith("="):
            kept[index] = code[:-1] + line[len(code):]
    return kept

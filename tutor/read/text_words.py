"""Words of notes inside math read as the math they stand for, every position kept: `\\text{not }
A` in P(…) the complement, `\\text{learning rate}` beside operators one name, `\\quad (x \\to 0)` a
remark on the limit, `\\text{softmax(x)}_i` the call, `\\theta{_k}` the subscript."""

from __future__ import annotations

import re

from tutor.vocabulary import AND_WORDS, OR_WORDS

# `P(B|\text{not } A)`, `P(\text{not } A)`: the event "not A", its complement (as \neg A)
_NOT_EVENT = re.compile(r"\\text\s*\{\s*not\s*\}\s*(?=[A-Z](?![A-Za-z]))")

# `w - \text{learning rate} \cdot dw`, `\frac{1}{\text{mean time to failure}}`: words in \text
# beside an operator, one name (learning_rate); a connecting word first is prose, not a name
_WORDS = r"\\text\s*\{([A-Za-z]{2,}(?: [A-Za-z]{2,}){1,3})\}"
_MULTIWORD_OPERAND = re.compile(
    r"(?:(?<=[+\-/])|(?<=\}\{)|(?<=\\frac\{)|(?<=\\cdot)|(?<=\\times))\s*" + _WORDS
    + r"|" + _WORDS + r"(?=\s*(?:[+\-/^]|\\cdot|\\times))")
_PROSE_FIRST = frozenset({"if", "for", "and", "or", "where", "with", "when", "then", "otherwise",
                          "since", "so", "as", "is", "by", "at", "on", "in", "else", "because",
                          "let", "thus", "hence", "we", "note", "the", "a", "an", "to", "of", "no",
                          "not"})

# `\frac{\partial \text{Loss}}{\partial \text{output}}`: the word differentiated, or in which
_PARTIAL_WORD = re.compile(r"(?<=\\partial)(\s*)\\text\s*\{([A-Za-z]{3,12})\}")

# `(x\to 0^+).` after \quad at the end: the point of a limit said beside the formula
_LIMIT_ASIDE = re.compile(r"\\q?quad\s*\(\s*[A-Za-z]\s*\\to\s*[^()$]{1,20}\)(?=[\s.,;]*$)")

# `\text{softmax(x)}_i`: a call written whole inside \text, then its entry
_CALL_IN_TEXT = re.compile(r"\\text\s*\{([A-Za-z]{3,12}\([^(){}\\]{1,20}\))\}(?=\s*_)")

# `\mathrm{a±bx}`, `\mathrm{aX+bY}`: an upright font around a formula (not a word): the formula
_UPRIGHT_FORMULA = re.compile(r"\\mathrm\s*(?=\{[^{}\\]*[-+±∓=][^{}\\]*\})")

# `\theta{_k}`: a subscript written inside braces after the name
_BRACED_SUBSCRIPT = re.compile(r"(\\[A-Za-z]+)\{_([A-Za-z0-9])\}")


def text_words_read(text: str) -> str:
    """`text` with the words above read as math, each character where it stood."""
    if "\\text" in text:
        text = _NOT_EVENT.sub(lambda m: "\\neg".ljust(len(m.group())), text)
        text = _events_joined_in_words(text)
        text = _MULTIWORD_OPERAND.sub(_one_name, text)
        text = _PARTIAL_WORD.sub(lambda m: (m.group(1) + " " * 6 + m.group(2)).ljust(
            len(m.group())), text)
        text = _CALL_IN_TEXT.sub(lambda m: m.group(1).rjust(len(m.group()) - 1) + " ", text)
    if "\\to" in text and "quad" in text:
        text = _LIMIT_ASIDE.sub(lambda m: " " * len(m.group()), text)
    if "\\mathrm" in text:
        text = _UPRIGHT_FORMULA.sub(lambda m: " " * len(m.group()), text)
    if "{_" in text:
        text = _BRACED_SUBSCRIPT.sub(lambda m: f"{m.group(1)}_{{{m.group(2)}}}", text)
    return text


# `P(A \text{ and } B)`, `P(M \text{ et } T)`, `P(A \text{ or } B)`: the words of the registry's
# languages between two events, inside the brackets of a probability
_EVENT_WORD = re.compile(r"\\text\s*\{\s*(" + "|".join(sorted(
    (w for w in AND_WORDS + OR_WORDS if len(w) > 1), key=len, reverse=True)) + r")\s*\}")
_PROBABILITY_OPEN = re.compile(r"(?<![A-Za-z])(?:P|p|\\Pr|\\mathbb\s*\{\s*P\s*\})\s*\(")


def _events_joined_in_words(text: str) -> str:
    """`text` with each "and" (or) word in \\text between events of a probability as \\cap
    (\\cup), where it stood; the same words between statements stay."""
    for opened in reversed(list(_PROBABILITY_OPEN.finditer(text))):
        depth, end = 0, None
        for k in range(opened.end() - 1, len(text)):
            depth += {"(": 1, ")": -1}.get(text[k], 0)
            if depth == 0:
                end = k
                break
        if end is not None:
            inside = _EVENT_WORD.sub(lambda m: ("\\cap" if m.group(1) in AND_WORDS else "\\cup")
                                     .ljust(len(m.group())), text[opened.end():end])
            text = text[:opened.end()] + inside + text[end:]
    return text


def _one_name(m: re.Match) -> str:
    """The words of the \\text as one name where they stood (`learning_rate`), else as written."""
    words = m.group(1) or m.group(2)
    if words.split()[0].lower() in _PROSE_FIRST:
        return m.group()
    start = m.start(1 if m.group(1) else 2) - m.start()
    head = m.group()[:start]
    command = head[:head.rindex("\\text")]
    first, *rest = words.split()
    joined = f"{first}_{{{'_'.join(rest)}}}"  # learning_{rate}: the name learning_rate, as
    # `\\text{learning rate} = 0.1` is read; two characters of `\\text{` make room for `_{`
    return (command + " " * (len(head) - len(command) - 2) + joined).ljust(len(m.group()))

"""Plain-text math in a Markdown indented code block (forum answers: `    P(H) = 0.5*0.8 = 0.4`)."""

from __future__ import annotations

import re
from dataclasses import replace

from tutor.notes.column_rows import is_column_row
from tutor.notes.fences import FENCE
from tutor.notes.fragments import Fragment
from tutor.notes.row_labels import label_trimmed
from tutor.vocabulary import FUNCTIONS

_INDENT = re.compile(r"(?: {4,}|\t)(?=\S)")
# what code has and plain math has not: TeX, strings, comments, braces, assignments of code
_CODE_MARK = re.compile(r"[$\\\"`#{}]|==|[+\-*/:]=|->|=>|[:,(]\s*$|[A-Za-z_]\.[A-Za-z]|"
                        r"\b(?:import|def|return|print|for|in|if|else|while|class|lambda|let|var|"
                        r"const|True|False|None|np|torch|self)\b|=\s*\[(?=[^\]\n]*[,'\"]|\s*\])")
# (`= [1, 2]`, `= []` a list; `= [(1 + x²)⁴ / 4]₀¹`, `= [a(x₀ + h) + b] / h`: math's brackets)
_RELATION = re.compile(r"=|≈|~=")
_SCRIPT = re.compile(r"(?<=[_^])\{[^{}\n]*\}")  # Σ_{j≠i}, e^{-x}: math's braces, not code's
_PLAINFENCES = frozenset(("", "text", "txt", "plaintext", "plain"))  # no language: maybe math
# x = x + 1: a program's update (not `p = e^z/Σe^z, L = -log p`: the name again past a comma)
_UPDATE = re.compile(r"^\s*([A-Za-z_]\w*)\s*=(?!=)[^,]*(?<![\w.])\1(?!\w)")
# names a plain-text formula uses; other words (three letters or more) are prose or code
_MATH_WORDS = frozenset((*FUNCTIONS, "log", "log2", "log10", "ln", "exp", "sqrt", "Var", "var",
                         "Cov", "cov", "KL", "max", "min", "argmax", "argmin", "sum", "hat", "bar",
                         "MAP", "MLE", "sd", "std", "lim"))  # tanh, sigmoid, softmax: FUNCTIONS
# a word: Latin letters, accented ones too (`För`, `då`, `için` are prose, never math's names)
_WORD = re.compile(r"[A-Za-zÀ-ÖØ-öø-ɏ]{3,}\d*")
_ACRONYM = re.compile(r"[A-Z]{3,4}")  # the name of a loss or a quantity: BCE, NLL, RSS, SSE
# P(biased | H): events are named in words; Entropy(S_Có), Gain(S, Hài): a quantity named in
# a capitalised word, of the branches of a decision tree named in words
_BRACED_EVENT = re.compile(r"(?<![\\\w])(?:P|Pr)\{[^{}\n]*\}")
_EVENT = re.compile(r"\b(?:[Pp]r?|[A-Z]|[A-Z][a-z]{2,}(?:[A-Z][a-z]+)?) ?\([^()]*\)")
# `Entropy = -[0.8 * log2(0.8) + …]`: a quantity named in one word, the left side of the line
_NAMED_LEFT = re.compile(r"^\s*[A-Za-zÀ-ÖØ-öø-ɏ]{3,}\d*(?=\s*(?:=|≈))")
# `lim x->4`, `lim(x->0)`, `lim_{h->0}`: a plain limit's arrow, never code's
_PLAIN_LIMIT = re.compile(r"\blim\s*(?:_\s*)?[({]?\s*[A-Za-z]\s*(?:->|→)\s*[-+]?(?:\w+|∞)"
                          r"(?:\^[-+\w]+|[⁺⁻])?\s*[)}]?")  # lim{x→0^-}, lim{t→e^3}, 0⁻


def indented_math_regions(text: str, taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """One region per line of each indented code block whose every line is a plain formula
    (a relation, no mark of code, no word but math's); lines inside `taken` regions (an
    indented `$$` display) or fences are left alone."""
    regions: list[tuple[int, int]] = []
    block: list[tuple[int, int]] = []
    fence, blank_before, offset, plain_fence, output = None, True, 0, False, False
    for line in text.split("\n"):
        start, end = offset, offset + len(line)
        offset = end + 1
        opener = FENCE.match(line)
        if fence and not (opener and opener.group(1).startswith(fence)):
            # a fence with no language: its lines, as an indented block's; one of a language
            # (```python) too, kept only if it is math through and through (_math_in_code)
            first, last = label_trimmed(line)  # `(4)  D(xⁿ) = n·xⁿ⁻¹  [Potensregeln]`
            block.append((start + max(first, len(line) - len(line.lstrip())), start + last))
            continue
        if fence or opener:
            # a code cell closes: an indented block right below is what it printed (nbconvert)
            output, lenient = bool(fence) and not plain_fence, bool(fence) and plain_fence
            if fence and not plain_fence:
                block = _math_in_code(text, block)
            plain_fence = not fence and line[opener.end():].strip().lower() in _PLAINFENCES
            regions += _plain_block(text, block, taken, lenient=lenient)
            fence = None if fence else opener.group(1)
            block, blank_before = [], False
            continue
        indent = _INDENT.match(line)
        output = output and bool(indent or not line.strip())  # a program's output, not math
        if indent and (block or blank_before) and not output:
            block.append((start + indent.end(), end))
        elif line.strip():
            regions += _plain_block(text, block, taken)
            block = []
        blank_before = not line.strip()
    return regions + _plain_block(text, block, taken)


# what code in a language never writes and math does: a caret as a power, math's signs
_MATH_ONLY = re.compile(r"[A-Za-z0-9)\]]\s*\^\s*[-(A-Za-z0-9]|[ΣΠ∑∏∂∇√·×≈≤≥]")


def _math_in_code(text: str, block: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The lines of a fence of a language (```python) when every one is a plain formula and
    one writes what only math writes (`e^(-z)`, `Σ`, `Π`: a derivation set as code); else none."""
    lines = [(s, e) for s, e in block if text[s:e].strip()]
    if lines and all(plain_formula(text[s:e]) or _continues(text[s:e]) for s, e in lines) and \
            any(_MATH_ONLY.search(text[s:e]) for s, e in lines):
        return block
    return []


def _continues(line: str) -> bool:
    """`     = Π [h(x_i)]^(y_i) …`: a row going on with `=` (no code starts so)."""
    return line.lstrip().startswith(("=", "≈")) and not _CODE_MARK.search(line)


def _plain_block(text: str, block: list[tuple[int, int]], taken: list[tuple[int, int]],
                 lenient: bool = False) -> list[tuple[int, int]]:
    """The block's lines as regions when each is a plain formula (`lenient`, a fence with no
    language: its formulas when they are half its lines or more); none otherwise."""
    lines = [(s, e) for s, e in block if text[s:e].strip()]
    if not lines or any(s < t_end and t_start < e for s, e in lines for t_start, t_end in taken):
        return []
    plain = [(s, e) for s, e in lines if plain_formula(text[s:e])]
    if len(plain) == len(lines) or lenient and 2 * len(plain) >= len(lines) and not any(
            _CODE_MARK.search(text[s:e]) or _UPDATE.search(text[s:e]) for s, e in lines):
        return plain  # a fence with no language: its formulas, beside a line of words
    return []


def plain_formula(line: str) -> bool:
    """`P(H) = 0.5*0.8 + 0.5*0.5 = 0.65`: a relation, no code, only math's words."""
    line = _BRACED_EVENT.sub("P(X)", line)  # `P{X = 5} = 1/42`: Ross's braces, an event
    if not _RELATION.search(line) or _CODE_MARK.search(_PLAIN_LIMIT.sub("lim", _SCRIPT.sub(
            "x", line))) \
            or _UPDATE.search(line) \
            or is_column_row(line):  # `X=1    0.1    0.4`: a table typed with spaces
        return False
    return all(w.group() in _MATH_WORDS or _ACRONYM.fullmatch(w.group())  # ∂BCE/∂a, RSS
               for w in _WORD.finditer(_EVENT.sub("P", _NAMED_LEFT.sub("L", line))))


def as_plain(text: str, fragments: list[Fragment], plain: list[tuple[int, int]]) -> list[Fragment]:
    """The fragments of plain regions read with the plain syntax (`log2(1/4)`, `0.5*0.8`)."""
    if not plain:
        return fragments
    line_starts = [0] + [k + 1 for k, ch in enumerate(text) if ch == "\n"]

    def in_plain(f: Fragment) -> bool:  # from a region's start (`b) f(x) = …`: its label cut)
        at = line_starts[f.line - 1] + f.column - 1 if f.line <= len(line_starts) else -1
        return any(start <= at < end for start, end in plain)

    return [replace(f, syntax="plain", text=_BOLD_RESULT.sub(_unbolded, f.text))
            if in_plain(f) else f for f in fragments]


# `= **0.5**`, `= **3/144**`: Markdown's bold on a result after a relation (not a power)
_BOLD_RESULT = re.compile(r"(?<=[=≈])(\s*)\*\*([^*\n]+?)\*\*(?=\s*$)")


def _unbolded(m: re.Match) -> str:
    return m.group(1) + "  " + m.group(2) + "  "

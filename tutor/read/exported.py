"""Spellings of math made by converters (PDF to Markdown, sympy's printer) in the grammar's words.

`\\mathrm{~d} x`: the upright differential with a tie before the d; `F{\\left(x \\right)}`:
sympy's call of a function F (braces around its argument's brackets, read as F·x);
`\\fallingdotseq` (≒, "about" in Japanese notes); `\\underset{x\\to 0}{\\lim}` (MathType's
limit); a matrix's shape in brackets after a wide space (`\\quad (m \\times K)`), a remark;
`\\lbrack`/`\\rbrack` for [ and ] (Logseq's and Mathcha's editors write them). Each
character stays where it stood (errors keep their columns).
"""

from __future__ import annotations

import re

# `\mathrm{~d} x`, `\mathrm{~d}`: a tie (TeX's unbreakable space) inside the upright d
_TIED_D = re.compile(r"\\(?:mathrm|text|operatorname)\s*\{\s*~\s*d\s*\}")
# `F{\left(x_{n} \right)}`: a letter, then braces around a bracketed argument (sympy's latex)
_BRACED_CALL = re.compile(r"(?<![\\A-Za-z])[A-Za-z](?:_\{[^{}]*\}|_[A-Za-z0-9])?\s*(\{)"
                          r"\s*\\left\s*\(")
_RIGHT_AT_END = re.compile(r"\\right\s*\)\s*$")
# `≒` spelled `\fallingdotseq` or `\risingdotseq`: approximately equal
_DOTS_APPROX = re.compile(r"\\(?:falling|rising)dotseq(?![a-zA-Z])")
# `(m \times K)`, `(d \times m)(m \times K) = (d \times K)`: shapes of matrices
_SHAPE = r"\(\s*[A-Za-z0-9]+\s*(?:\\times|×)\s*[A-Za-z0-9]+\s*\)"
# `\underset{x\to 0}{\lim}`, `\mathop{\lim}\limits_{x\to 0}` (MathType, Typora): \lim_{x\to 0}
_UNDERSET_LIM = re.compile(r"\\underset\s*(\{(?:[^{}]|\{[^{}]*\})*\})\s*\{\s*\\lim\s*\}")
# `\underset{\theta}{\operatorname{arg\,max}}`: \argmax_{\theta}, as `\arg\max_\theta` reads
_ARG_WORD = (r"\\arg\s*\\(?:max|min)(?![a-zA-Z])|\\(?:argmax|argmin)(?![a-zA-Z])"
             r"|\\(?:operatorname\*?|mathrm|text)\s*\{\s*arg\s*(?:\\[,;: ]\s*)?(?:max|min)\s*\}"
             r"|(?<![a-zA-Z\\])arg\s*(?:max|min)(?![a-zA-Z])")
_UNDERSET_ARG = re.compile(r"\\underset\s*(\{(?:[^{}]|\{[^{}]*\})*\})\s*\{\s*(" + _ARG_WORD
                           + r")\s*\}")
# `\underset{(1)}{=}`, `\overset{\text{AM-GM}}{\geq}`: a relation with a label (a remark) above
# or below it; `\overset{…}{=}` keeps its label (tutor.read.builder), the others are the relation
_SET_RELATION = re.compile(r"\\(?:underset|overset|stackrel)\s*\{(?:[^{}]|\{[^{}]*\})*\}\s*"
                           r"\{\s*(\\(?:leq?|geq?|approx|neq?|ne)(?![a-zA-Z])|[<>])\s*\}"
                           r"|\\underset\s*\{(?:[^{}]|\{[^{}]*\})*\}\s*\{\s*(=)\s*\}")
_BRACKET_WORD = re.compile(r"\\[lr]brack(?![a-zA-Z])")
_MATHOP_LIM = re.compile(r"\\mathop\s*\{\s*\\lim\s*\}")
# `\operatorname{lim}_{x \rightarrow 0}` (Mathpix's OCR of a handwritten limit): \lim
_NAMED_LIM = re.compile(r"\\(?:operatorname|mathrm)\s*\{\s*lim\s*\}")
_SHAPE_ASIDE = re.compile(rf"(\\q?quad(?![a-zA-Z]))(\s*(?:{_SHAPE}\s*)+(?:=\s*(?:{_SHAPE}\s*)+)?)"
                          r"(?=[\s$.,;]*$)")


def exported_spellings(text: str) -> str:
    """`text` with the spellings above in the grammar's words, each character where it stood."""
    if "~" in text:
        text = _TIED_D.sub(lambda m: "d".ljust(len(m.group())), text)
    if "dotseq" in text:
        text = _DOTS_APPROX.sub(lambda m: "\\approx".ljust(len(m.group())), text)
    if "{\\left" in text:
        text = _braced_calls(text)
    if "lim" in text and "{" in text:
        text = _NAMED_LIM.sub(lambda m: "\\lim".ljust(len(m.group())), text)
    if "\\lim" in text:
        text = _UNDERSET_LIM.sub(lambda m: "\\lim_".ljust(m.start(1) - m.start()) + m.group(1)
                                 + " " * (m.end() - m.end(1)), text)
        text = _MATHOP_LIM.sub(lambda m: "\\lim".ljust(len(m.group())), text)
    if "set" in text or "stackrel" in text:
        text = _set_spellings(text)
    if "brack" in text:  # `\left\lbrack … \right\rbrack`, as Logseq's editor writes [ ]
        text = _BRACKET_WORD.sub(lambda m: "[      " if m.group() == "\\lbrack" else "      ]",
                                 text)
    if "quad" in text and "times" in text or "×" in text:
        text = _SHAPE_ASIDE.sub(lambda m: m.group(1) + " " * len(m.group(2)), text)
    return text




def _set_spellings(text: str) -> str:
    """`\\underset{θ}{\\arg\\max}` as `\\argmax_{θ}`; a labelled relation as the relation."""
    text = _UNDERSET_ARG.sub(lambda m: ("\\argmax_" if m.group(2).rstrip("} ").endswith("max")
                                        else "\\argmin_").ljust(m.start(1) - m.start())
                             + m.group(1) + " " * (m.end() - m.end(1)), text)
    return _SET_RELATION.sub(lambda m: (m.group(1) or m.group(2)).ljust(len(m.group())), text)


def _braced_calls(text: str) -> str:
    """The braces of `F{\\left(x \\right)}` blanked when they hold just the bracketed argument."""
    chars = list(text)
    for m in _BRACED_CALL.finditer(text):
        depth, k = 0, m.start(1)
        while k < len(text):
            depth += {"{": 1, "}": -1}.get(text[k], 0) if text[k - 1] != "\\" else 0
            if depth == 0:
                break
            k += 1
        if k < len(text) and _RIGHT_AT_END.search(text, m.start(1), k):
            chars[m.start(1)] = chars[k] = " "
    return "".join(chars)

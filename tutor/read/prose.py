"""Math that claims nothing (a function name alone, set notation) and constructs not read yet."""

from __future__ import annotations

import re
from functools import lru_cache

from tutor.errors import Differential, NotAClaim, ParseError, Undecidable
from tutor.vocabulary import ARG_OPTIMUM, LONE_WORDS, SET_NOTATION, UNSUPPORTED, spelled

_SET = re.compile(SET_NOTATION)
# constructs of the notes not read yet, named when a line with one does not parse
NOT_YET = {
    r"\\(max|min|sup|inf)(?![a-zA-Z])\s*(\\limits)?\s*_":
        "a maximum or minimum over a variable (\\max_x …) is not supported yet: write the value "
        "it takes",
    r"\\(sum|prod)(?![a-zA-Z])\s*(\\limits)?\s*_\s*\{\s*[a-zA-Z]\s*,":
        "a sum over several indices (\\sum_{i,j}) is not supported yet: write one sum inside "
        "another",
}
# a set written out, {1, …, n}, {x : x > 0}, {x \\mid x > 0}: names a set, claims nothing
_SET_LITERAL = re.compile(r"(?:\\\{|\\lbrace)[^{}]*(,|:|\\mid(?![a-zA-Z])|\|)[^{}]*"
                          r"(?:\\\}|\\rbrace)")
# `{x1, x2, . . . , xN}`, `x_1, x_2, ..., x_n`: names listed with dots, in brackets or not
_ITEM = r"(?:[A-Za-z0-9_{}^\\]+|\.\s*\.\s*\.|\\[lc]?dots|…)"
_LISTED = re.compile(rf"[\[{{(]?\s*{_ITEM}(?:\s*,\s*{_ITEM})+\s*[\]}})]?")
_DOTS = re.compile(r"\.\s*\.\s*\.|\\[lc]?dots|…")


@lru_cache(maxsize=1)
def _lone() -> re.Pattern:
    """A function name, an arrow or an operator standing alone: `\\ln`, `\\log_2`, `\\to`, `+`,
    `g \\circ f`."""
    words = sorted({*spelled("T"), *spelled("W"), "log", *LONE_WORDS}, key=len, reverse=True)
    alternatives = "|".join(map(re.escape, words))
    return re.compile(rf"\\?({alternatives})(_(\{{[^{{}}]*\}}|\w))?(?![a-zA-Z])|→|⇒|->|=>|"
                      r"[-+=<>×÷]|\\(pm|mp|times|div|cdot|le|ge|leq|geq|neq|ne)"  # `$+$` alone
                      r"|[a-zA-Z]\s*(\\circ|∘)\s*[a-zA-Z]")  # `$g \circ f$`: a composition named


# `as $h \to 0$`, `$x \rightarrow \infty$`, `$x \to 0^+$`: where a variable goes, said in prose
_TENDS = re.compile(r"(?:\\[a-zA-Z]+|[a-zA-Z])(_(\{[^{}]*\}|\w))?\s*"  # x, \lambda
                    r"(\\to|\\rightarrow|\\longrightarrow|→)(?![a-zA-Z])\s*[-+]?\s*(?:(\d+(\.\d+)?|\\infty|∞|\\pi)"
                    r"(\s*\^\s*\{?\s*[-+]\s*\}?|[-+])?|[a-zA-Z](\s*\^\s*\{?\s*[-+]\s*\}?|[-+]))")
# (`x \to c+`, `x \to a^-`: a side; `a \to b` alone is a chain, a rewrite along an arrow)
# `bounds $1 \to 5$`, `u: 0 \to \pi/2`: where a substitution's bounds go, one number to another
_END = (r"[-+]?\s*(?:\d+(?:\.\d+)?|\\infty|∞|\d*\s*\\pi(?:\s*/\s*\d+)?"
        r"|\\frac\s*\{\s*\d*\s*(?:\\pi)?\s*\}\s*\{\s*\d+\s*\})")
_RANGE = re.compile(r"(?:[a-zA-Z](?:_(?:\{[^{}]*\}|\w))?\s*:\s*)?" + _END
                    + r"\s*(?:\\to|\\rightarrow|\\longrightarrow|→)(?![a-zA-Z])\s*" + _END)
# `where $\nabla_{\vec{p}}$ is the derivative`, `$\frac{\partial}{\partial x}$`: an operator
# of differentiation named alone, applied to nothing (d/dx alone: a parse error that says so)
_GROUP = r"(?:\{(?:[^{}]|\{[^{}]*\})*\}|\\?\w+)"
_LONE_DERIVATIVE = re.compile(
    rf"(?:\\nabla|∇)(?:_{_GROUP})?|\\partial_{_GROUP}|"
    rf"\\d?frac\s*\{{\s*\\partial\s*\}}\s*\{{\s*\\partial\s*{_GROUP}\s*\}}|∂\s*/\s*∂\s*\w+")
# `with $\frac{1}{N}\sum_{i=1}^{N}$, it becomes the mean`, `$\lim_{x \to 2^+}$`: a sum (a limit,
# an integral) named alone, nothing to sum;
# `odds of $9:1$`: a ratio written with a colon
_SCRIPT = r"(?>\{(?:[^{}]|\{[^{}]*\})*\}|\\?[a-zA-Z0-9]+)"  # one way to read it: no `_` inside
_LONE_SUM = re.compile(rf"(?:\\[dt]?frac\s*\{{\s*1\s*\}}\s*{_SCRIPT}\s*)?"
                       rf"\\(?:sum|prod|lim|int)(?![a-zA-Z])(?:\s*\\limits)?(?>\s*[_^]\s*{_SCRIPT})*+|\d+\s*:\s*\d+")
# `\text{re-writing the denominator} \space h \space \text{as} \space (x+h)-x,`: a sentence
# written in math, words around a formula and no relation: prose (never a lone expression
# compared with the row above)
_TEXT_GROUP = re.compile(r"\\(?:text|textrm|textit|mbox)\s*\{([^{}]*)\}")
_SENTENCE_WORDS = re.compile(r"(?<![a-zA-Z])[a-zA-Z]{2,}+(?:\s+\S|[,.:;])")  # a word, then more
_ANY_RELATION = re.compile(r"[=<>≤≥≈≠→⇒]|\\(?:le|ge|leq|geq|neq|ne|approx|lt|gt|sim|simeq|equiv"
                           r"|to|rightarrow|Rightarrow|longrightarrow|Longrightarrow|implies|iff"
                           r"|propto)(?![a-zA-Z])")
# `\langle\cdot\rangle`: the mean named with its argument left open ("taking ⟨·⟩ of (1)")
# `\boxed{0.090}\boxed{0.245}\boxed{0.665}`: a vector drawn as a row of boxes, never a product
_BOX_ROW = re.compile(r"\\boxed\s*\{[^{}]*\}\s*\\boxed\s*\{")
_LONE_MEAN = re.compile(r"\\langle\s*(?:\\cdot|·|\\bullet)?\s*\\rangle")
# `H(\cdot)`, `f(\cdot, \cdot)`, `\mathbb{E}[\bullet]`: a function named with its argument left open
_DOT = r"(?:\\cdot|·|\\bullet|•)"
_OPEN_ARGUMENT = re.compile(rf"[(\[]\s*{_DOT}\s*((,|\\\||\|\||;)\s*{_DOT}\s*)*[)\]]")
# `f(x) = \begin{cases} λe^{-λx}, & x > 0 \\ 0, & x \le 0 \end{cases}`: a function by cases
_CASES = re.compile(r"=\s*(?:\\left\s*\\\{\s*)?\\begin\s*\{\s*[dr]?cases\*?\s*\}")
# `p \mid \text{data} \sim \text{Beta}(α + k, β + n - k)`: the law of a name given the data
_CONDITIONAL_LAW = re.compile(r"\s*\\?[A-Za-z]\w*(?:_(?:\{[^{}]*\}|\w))?\s*"
                              r"(?:\\mid(?![a-zA-Z])|\\vert(?![a-zA-Z])|\|)[^=<>]*?"
                              r"(?:\\sim(?![a-zA-Z])|∼|~)")
# `P(θ | x) \propto P(x | θ) P(θ)`: equal up to a factor that is not written, not checked
_PROPORTIONAL = re.compile(r"\\(propto|varpropto)(?![a-zA-Z])|∝")
# `dv = e^x\,dx`, `du = 2x dx`: a differential of a substitution or of parts, not a claim
DIFFERENTIAL_D = r"(?:d|\\mathrm\s*\{\s*~?\s*d\s*\})"  # d, an upright \mathrm{d} or \mathrm{~d}
_D = DIFFERENTIAL_D + r"\s*"
# `u = x^2 + 1, du = 2x dx`: the substitution's name first (read as a differential too)
# `u = x^2 \Rightarrow du = 2x\,dx`: the name, an arrow, then its differential
_THEN = r"(?:,|;|\\(?:Rightarrow|implies|Longrightarrow|quad|qquad|to)(?![a-zA-Z])|⇒|→)"
_DIFFERENTIAL = re.compile(r"(?:[a-zA-Z]\s*=\s*[^,=$]+?" + _THEN + r"\s*)?" + _D
                           + r"[a-zA-Z]\s*=\s*.*?(?:\\[,;:!]|\}|(?<=[\d\s]))" + _D + "[a-zA-Z]")
# `\begin{cases} u = x & \Rightarrow du = dx \\ dv = e^x dx & \Rightarrow v = e^x \end{cases}`:
# the choice of parts set out in rows (each a name and what follows for it), not a claim
_CELL = r"(?:[^=&\\]|\\(?!\\))+"  # anything but =, & and the row break \\
_PARTS_ROW = (r"\s*[a-zA-Z]{1,2}\s*=" + _CELL + r"&?\s*(?:\\Rightarrow|\\implies|⇒|\\to)?\s*"
              r"[a-zA-Z]{1,2}\s*=" + _CELL)
_PARTS_CASES = re.compile(r"\\begin\s*\{cases\}" + _PARTS_ROW + r"(?:\\\\" + _PARTS_ROW
                          + r")+\s*\\end\s*\{cases\}")


# `\int_0^2 x\sqrt{4 - x^2}\,dx, \quad u = 4 - x^2,\; du = -2x\,dx`: the substitution (its
# name and differential) as the last members of a list after the math it serves
_SPACES = r"(?:\s|\\[,;:! ]|\\q?quad(?![a-zA-Z])|~)*"
_SUBSTITUTION_MEMBERS = re.compile(r"(?<!\\)," + _SPACES + r"(?:[a-zA-Z]\s*=[^=,$]+,"
                                   + _SPACES + r")?"
                                   + _D + r"[a-zA-Z]\s*=[^=,]*?(?:\\[,;:!]|\s|\})\s*" + _D
                                   + r"[a-zA-Z](?=[\s.,;$]*$)")
_ONE_DEFINITION = re.compile(r"\s*[a-zA-Z]\s*=[^=,]*")


def substitution_members(text: str) -> str:
    """A list's last members `, u = …, du = … dx` blanked (no claim) after other math; every
    other character kept (`u = x, dv = e^x dx` alone is the choice of parts: left as it is)."""
    if "d" not in text or "," not in text:
        return text
    m = _SUBSTITUTION_MEMBERS.search(text)
    if m is None or not text[:m.start()].strip() or _ONE_DEFINITION.fullmatch(text[:m.start()]):
        return text
    return text[:m.start()] + " " * (m.end() - m.start()) + text[m.end():]
# `[0\,;+\infty[`, `]0 ; 1]`: an interval as French notes write it (a semicolon between the ends,
# a bracket turned outwards for an open end)
_FRENCH_INTERVAL = re.compile(r"[\[\]][^;\[\]]+;[^;\[\]]+[\[\]]")


def check_lone_name(text: str) -> None:
    """Raise NotAClaim when `text` is a function name or an arrow and nothing else, says
    where a variable goes (`h \\to 0`), or draws a vector as a row of boxes."""
    bare = text.strip(" \t\r\n$~")
    if bare and _lone().fullmatch(bare):
        raise NotAClaim(f"{bare} alone names a function, an arrow or an operator: not a claim",
                        text)
    if "boxed" in text and _BOX_ROW.search(text):
        raise NotAClaim("a row of boxed entries (a vector drawn as boxes): not a claim", text)
    for pattern, said in _LONE_FORMS:
        if bare and pattern.fullmatch(bare):
            raise NotAClaim(said.format(bare), text)
    if bare.startswith("\\") and _TEXT_GROUP.match(bare) and _a_sentence(bare):
        raise NotAClaim("a sentence written in math (words, no relation): not a claim", text)


_CITATION = re.compile(r"\^\s*\{\s*\[\s*\d{1,3}(?:\s*[,–-]\s*\d{1,3})*\s*\]\s*\}")  # $^{[1]}$
_LONE_FORMS = (  # what a row alone names, and how that is said
    (_LONE_DERIVATIVE, "{} alone names a derivative, applied to nothing: not a claim"),
    (_LONE_SUM, "{} alone: a sum, limit or integral named, or a ratio: not a claim"),
    (_LONE_MEAN, "the mean ⟨·⟩ named alone: not a claim"),
    (_TENDS, "{} says where a variable goes: not a claim"),
    (_RANGE, "{}: the ends of a range (bounds of a substitution), not a step"),
    (_CITATION, "{}: a citation mark (a footnote or a reference), not math"))


def _a_sentence(row: str) -> bool:
    """Words around a formula, or a lone phrase that ends as prose does (`\\text{then,}`), with
    no relation outside the words (`\\text{offer, today}` alone: a name written in words)."""
    outside = _TEXT_GROUP.sub(" ", row)
    if _ANY_RELATION.search(outside):
        return False
    groups = [m.group(1) for m in _TEXT_GROUP.finditer(row)]
    if outside.strip():
        return any(_SENTENCE_WORDS.search(words) for words in groups)
    return len(groups) > 1 or groups[0].rstrip().endswith((",", ".", ":", ";"))


# `\lim_{x\rightarrow}`, `\lim\limits_{0\to 0^+}`: a limit with no point, or a number where
# its variable goes (a slip of the pen): where it goes cannot be told, so nothing is checked
_LIMIT_UNSAID = re.compile(r"\\lim(?![a-zA-Z])(?:\s*\\limits)?\s*_\s*\{\s*(?:[^{}]*?"
                           r"(?:\\(?:to|rightarrow|longrightarrow)(?![a-zA-Z])|→)\s*\}|"
                           r"[-+]?\d[^{}]*?(?:\\(?:to|rightarrow|longrightarrow)(?![a-zA-Z])|→))")
# `{ (3,1), (3,2), (1,3) }`: outcomes listed in braces (Markdown ate the backslashes of \{ \})
_OUTCOMES = re.compile(r"\s*(?:[A-Za-z]\s*=\s*)?\{\s*\([^(){}]*\)(?:\s*,\s*\([^(){}]*\))*\s*\}"
                       r"[\s.,;]*")
# `X \sim \mathcal{N}(\mu = 0, \sigma = 2)`: a normal law given by its standard deviation
_NORMAL_BY_SD = re.compile(r"(?:\\mathcal\s*\{\s*N\s*\}|(?<![A-Za-z\\])N|Normal)\s*\(\s*"
                           r"\\mu\s*=[^,()]*,\s*\\sigma\s*=")

# read but not checked: (does the text have it, why it is not checked)
_NOT_CHECKED = (
    (_LIMIT_UNSAID.search, "a limit whose subscript does not say which variable goes to which "
                           "point (\\lim_{x\\to} with no point, or a number before \\to): not "
                           "checked"),
    (_CASES.search, "a function given by cases (\\begin{cases}) is not checked yet"),
    (_CONDITIONAL_LAW.match, "a law given the data (p | data ∼ Beta(9, 5), a posterior) is "
                             "declared, not checked"),
    (_PROPORTIONAL.search, "a proportionality (∝: equal up to a factor not written) is not "
                           "checked"),
)


def _not_supported(text: str) -> ParseError | None:
    """The error naming a construct not read (yet) in `text`, placed where it stands."""
    if re.search(ARG_OPTIMUM[0], text):
        return Undecidable(ARG_OPTIMUM[1], text)
    for pattern, message in {**UNSUPPORTED, **NOT_YET}.items():
        m = re.search(pattern, text)
        if m:
            line = text.count("\n", 0, m.start()) + 1
            column = m.start() - (text.rfind("\n", 0, m.start()) + 1) + 1
            return ParseError(message, text, line, column)
    return None


def unreadable(text: str) -> ParseError | None:
    """Why a line that failed to parse is not read: a construct not supported yet (a
    ParseError naming it), or set and logic notation (NotAClaim: skipped quietly)."""
    not_supported = _not_supported(text)
    if not_supported:
        return not_supported
    for has, message in _NOT_CHECKED:
        if has(text):
            return Undecidable(message, text)
    if _DIFFERENTIAL.fullmatch(text.strip(" \t\r\n$~.,")) or _parts_set_out(text):
        return Differential("a differential (du = … dx) of a substitution or of parts: not a "
                            "claim", text)
    if _OPEN_ARGUMENT.search(text):
        return NotAClaim("a function with its argument left open (f(·)): not a claim", text)
    if _SET_LITERAL.search(text) or _OUTCOMES.fullmatch(text):
        return NotAClaim("a set {…} written out: not a claim", text)
    bare = text.strip(" \t\r\n$~.,;:")
    if _LISTED.fullmatch(bare) and _DOTS.search(bare) or _FRENCH_INTERVAL.fullmatch(bare):
        return NotAClaim("a list of names (x_1, …, x_n) or an interval: not a claim", text)
    if _SET.search(text):
        return NotAClaim("set or logic notation (∈, ∀, ∪, ∩, …): not a claim", text)
    return None


def _parts_set_out(text: str) -> bool:
    """A {cases} of rows `u = x & \\Rightarrow du = dx`, or a list `u = \\sin x, dv = e^x dx
    \\implies du = \\cos x dx, v = e^x`: the choice of parts, with a dx."""
    if _PARTS_CASES.fullmatch(text.strip(" \t\r\n$~.,")) and re.search(r"\bd[a-z]\b", text):
        return True
    pieces = _LIST_SPLIT.split(text.strip(" \t\r\n$~.,"))
    return 2 < len(pieces) <= 6 and all(_PARTS_PIECE.fullmatch(p) for p in pieces) and any(
        _DIFFERENTIAL.fullmatch(p.strip()) for p in pieces)


_LIST_SPLIT = re.compile(r",|;|\\(?:implies|Rightarrow)(?![a-zA-Z])|⇒")
_PARTS_PIECE = re.compile(r"\s*d?[a-zA-Z]\s*=[^=]+")  # u = sin x, dv = e^x dx, du = cos x dx


def sd_law(text: str) -> Undecidable | None:
    """Why a law given by its standard deviation (`N(\\mu = 0, \\sigma = 2)`, N(μ, σ²) takes
    the variance) is not read: None when there is none (σ = 1 is read: σ² = 1 too)."""
    if not _NORMAL_BY_SD.search(text):
        return None
    return Undecidable("a normal law given by its standard deviation (σ = …, where N(μ, σ²) "
                       "takes the variance): not read as a law, not checked", text)

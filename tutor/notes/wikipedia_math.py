"""Formulas copied out of Wikipedia as `{\\displaystyle …}`, read as `$…$` or `$$…$$` math."""

from __future__ import annotations

import re

_OPENER = "{\\displaystyle"
_OPENER_AT = re.compile(r"\{\\displaystyle(?![a-zA-Z])")
# how many arguments a command takes (Wikipedia braces each: `\frac {a}{b}`, `\hat {y}`)
_ARITY = {name: 2 for name in ("frac", "tfrac", "dfrac", "cfrac", "binom", "tbinom", "dbinom")}
_ARITY.update({name: 1 for name in (
    "sqrt", "hat", "widehat", "bar", "overline", "underline", "tilde", "widetilde", "vec", "dot",
    "ddot", "mathcal", "mathbf", "mathrm", "mathit", "mathbb", "boldsymbol", "bm", "textbf",
    "text", "textrm", "operatorname", "mathsf")})
# `{\bigl (}`, `{\Bigr ]}`, `{\big |}`: a sized bracket in braces of its own
_SIZED = re.compile(r"\\[bB]igg?[lrm]?(?![a-zA-Z])\s*(?:[()\[\]|./]|\\[{}|]|\\[lr]?[vV]ert"
                    r"|\\[lr]angle|\\[lr]floor|\\[lr]ceil)\s*")
_COMMAND = re.compile(r"\\([a-zA-Z]+)\s*")
# `{\begin{aligned}…\end{aligned}}`: one environment in braces of its own
_ENVIRONMENT = re.compile(r"\\begin\s*\{(\w+\*?)\}(?:(?!\\begin\s*\{\1\}).)*\\end\s*\{\1\}", re.S)
# commands that take no argument: a brace group after one is Wikipedia's grouping
# (`\log {\hat {y}}`, `\sin {\big (}x{\big )}`); after any other command it is an argument
# (`\boxed{…}`, `\stackrel{…}{=}`) and stays
_NO_ARGUMENT = frozenset((
    "sin cos tan cot sec csc sinh cosh tanh coth sech csch arcsin arccos arctan ln log lg exp "
    "lim max min sup inf det sum prod int iint oint cdot times div pm mp to infty partial nabla "
    "left right quad qquad colon cdots ldots dots approx equiv neq leq geq le ge lt gt in "
    "alpha beta gamma delta epsilon varepsilon zeta eta theta vartheta iota kappa lambda mu nu "
    "xi pi varpi rho varrho sigma varsigma tau upsilon phi varphi chi psi omega Gamma Delta "
    "Theta Lambda Xi Pi Sigma Upsilon Phi Psi Omega ell displaystyle textstyle scriptstyle"
).split())
_MAX_LENGTH = 4000  # a longer "formula" is no formula: left as it stands


def wikipedia_math_as_dollars(text: str) -> str:
    """`text` with each `{\\displaystyle …}` outside math written as `$…$` (in prose) or `$$…$$`
    (alone on its line, its math one column to the left), no line moving; the math inside
    with Wikipedia's braces around one command blanked."""
    if _OPENER not in text:
        return text
    chars = list(text)
    for m in _OPENER_AT.finditer(text):
        close = _matching_brace(text, m.start())
        if close is None or close - m.start() > _MAX_LENGTH or _inside_math(text, m.start()):
            continue
        body = text[m.end():close]
        if re.search(r"\n[ \t]*\n", body) or not re.search(r"[A-Za-z0-9]", body):
            continue
        _rewrite(chars, m.start(), m.end(), close, braces_undone(body))
    return "".join(chars)


def _rewrite(chars: list[str], start: int, body_at: int, close: int, body: str) -> None:
    """Chars of one wrapper rewritten in place: `$` delimiters around the body."""
    text = "".join(chars)
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", close)
    line_end = len(text) if line_end < 0 else line_end
    alone = not text[line_start:start].strip() and not text[close + 1:line_end].strip()
    lead = len(body) - len(body.lstrip())
    shift = 0
    if alone:  # `$$` on both sides: without a blank at its end, the body one column left
        shift = 0 if body.endswith(" ") else 1
    dollars = "$$" if alone else "$"
    new = " " * (body_at - start + lead - len(dollars) - shift) + dollars + body.strip() + dollars
    chars[start:close + 1] = list(new + " " * (close + 1 - start - len(new)))


def _matching_brace(text: str, at: int) -> int | None:
    """Where the brace opened at `at` closes (escaped braces skipped), or None."""
    depth, index = 0, at
    while index < len(text) and index - at <= _MAX_LENGTH:
        char = text[index]
        if char == "\\":
            index += 2
            continue
        depth += (char == "{") - (char == "}")
        if depth == 0:
            return index
        index += 1
    return None


def _inside_math(text: str, at: int) -> bool:
    """Is `at` inside `$…$` on its line, or inside a `$$` display opened above?"""
    line_start = text.rfind("\n", 0, at) + 1
    before = re.sub(r"\\\$", "", text[:at])
    displays = before.count("$$")
    inline = re.sub(r"\\\$", "", text[line_start:at]).replace("$$", "").count("$")
    return displays % 2 == 1 or inline % 2 == 1


def braces_undone(body: str) -> str:
    """`body` with each brace group that holds one command and its arguments (Wikipedia's
    `{\\frac {d}{dx}}`, `{\\hat {y}}`, `{\\bigl (}`) written without those braces, blanks
    keeping every position; argument braces (`\\frac {a}{b}`, `x^{2}`) stay."""
    chars = list(body)
    try:
        _walk(body, 0, len(body), chars)
    except RecursionError:  # braces nested hundreds deep: left as written (each step says why)
        return body
    return "".join(chars)


def _walk(body: str, at: int, end: int, chars: list[str]) -> None:
    """Blank the grouping braces of one command in body[at:end], recursively."""
    while at < end:
        char = body[at]
        if char == "\\":
            at = _skip_command(body, at, end, chars)
        elif char in "^_":
            at = _skip_argument(body, at + 1, end, chars)
        elif char == "{":
            close = _matching_brace(body, at)
            if close is None or close >= end:
                return
            if _one_command(body, at + 1, close):
                chars[at] = chars[close] = " "
            _walk(body, at + 1, close, chars)
            at = close + 1
        else:
            at += 1


def _skip_command(body: str, at: int, end: int, chars: list[str]) -> int:
    """After a command at `at` and its arguments (their insides walked)."""
    m = _COMMAND.match(body, at, end)
    if m is None:
        return at + 2
    after = m.end()
    if m.group(1) == "sqrt" and body.startswith("[", after):
        close = body.find("]", after, end)
        after = after if close < 0 else close + 1
    if m.group(1) in _ARITY:
        for _ in range(_ARITY[m.group(1)]):
            after = _skip_argument(body, after, end, chars)
        return after
    while m.group(1) not in _NO_ARGUMENT and body.startswith("{", after):  # `\\boxed{…}`
        after = _skip_argument(body, after, end, chars)
        while after < end and body[after] == " ":
            after += 1
    return after


def _skip_argument(body: str, at: int, end: int, chars: list[str]) -> int:
    """After one argument at `at` (spaces first): a brace group (walked inside), a command or
    one character."""
    while at < end and body[at] == " ":
        at += 1
    if at >= end:
        return end
    if body[at] == "{":
        close = _matching_brace(body, at)
        if close is None or close >= end:
            return end
        _walk(body, at + 1, close, chars)
        return close + 1
    if body[at] == "\\":
        m = _COMMAND.match(body, at, end)
        return at + 2 if m is None else m.end()
    return at + 1


def _one_command(body: str, start: int, end: int) -> bool:
    """Is body[start:end] one command with all its arguments (or a sized bracket), no more?"""
    inner = body[start:end]
    stripped = inner.strip()
    if _SIZED.fullmatch(stripped) or _ENVIRONMENT.fullmatch(stripped):
        return True
    m = _COMMAND.match(stripped)
    if m is None or m.group(1) not in _ARITY:
        return False
    offset = start + inner.index(stripped)
    scratch = list(body)
    after = _skip_command(body, offset, end, scratch)
    return not body[after:end].strip()


def grouping_braces_undone(masked: str, regions: list[tuple[int, int]]) -> str:
    """`masked` with Wikipedia's grouping braces (`{\\frac {d}{dx}}`, `{\\big (}`) undone in each
    math region (start, end): formulas pasted into `$$…$$` keep them."""
    if "{\\" not in masked:
        return masked
    chars = list(masked)
    for start, end in regions:
        if "{\\" in masked[start:end]:
            chars[start:end] = braces_undone(masked[start:end])
    return "".join(chars)

"""`f(x) = 5x * (x+1)^-1` between backticks in a plain-text file, or `#S= (1+2)/6 = 0.5 #`
between hashes (Socratic's AsciiMath): math as a site that renders it writes it, a label or
words outside, spans run together as `…``= …`. The spans are the step; what lies outside
them is a label or prose."""

from __future__ import annotations

import re

_SPANS = {"`": re.compile(r"`([^`]+)`"), "#": re.compile(r"#([^#]+)#")}
_MATH = re.compile(r"[=<>≤≥^*/+]|\d")
# a span that says something: a relation, or a row going on from the one above (`+ 6·5/36`);
# a lone name or number in prose (`define #X# as …`, `the value #7#`) is a mention
_SAYS = re.compile(r"[=<>≤≥≈]|^\s*[-+*/×·]")


def math_spans_read(code: str, mark: str = "`") -> str:
    """`code` with everything outside its spans between `mark`s, and the marks, made spaces,
    when the line holds spans of math and nothing else but words around them; else `code` as
    is. The same length, so columns stay."""
    spans = list(_SPANS[mark].finditer(code))
    if not spans or code.count(mark) != 2 * len(spans) or not any(
            _MATH.search(m.group(1)) for m in spans):
        return code
    out = [" "] * len(code)
    for m in spans:
        if _SAYS.search(m.group(1)) or not code[:m.start()].strip(" " + mark) and not code[
                m.end():].strip(" " + mark):  # `#7#` alone on its line: the answer
            out[m.start(1):m.end(1)] = m.group(1)
    return "".join(out)


def hash_delimited(lines: list[str]) -> bool:
    """Whether a plain-text page writes its math between `#` marks (two lines or more with
    spans of math so), not `#` comments."""
    return sum(math_spans_read(line, "#") != line for line in lines) >= 2

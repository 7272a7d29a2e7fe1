"""A size command wrapping a whole math region (`\\Large{ … }`) blanked, keeping positions."""

from __future__ import annotations

import re

_SIZE_OPEN = re.compile(r"\A(\s*)(?:\\(?:tiny|scriptsize|footnotesize|small|normalsize|large|Large|"
                        r"LARGE|huge|Huge|displaystyle|displaylines)\s*\{"
                        # `{\displaystyle y = f(x)}`: Wikipedia's own wrapper, copied with the math
                        r"|\{(?=\s*\\(?:displaystyle|textstyle)(?![a-zA-Z])))")


# `$\mathbf{\frac{\partial d}{\partial e} = 1}$`: a whole formula set in bold, for emphasis
_BOLD_OPEN = re.compile(r"\A(\s*)\\(?:mathbf|boldsymbol|bm)\s*\{(?=[^{}]*(?:=|\\[a-zA-Z]{2,}))")


def size_wrapper_blanked(math: str) -> str:
    """`\\Large{ \\begin{split} … \\end{split} }`, `\\displaylines{ … \\\\ … }`,
    `{\\displaystyle …}`, a whole formula in `\\mathbf{…}`: the command, its `{` and the `}` that
    closes it at the very end blanked (each character where it stood; its rows split by `\\\\`
    stay rows); anything else as it is."""
    m = _SIZE_OPEN.match(math) or _BOLD_OPEN.match(math)
    if m is None:
        return math
    depth = 0
    for at in range(m.end() - 1, len(math)):
        if math[at] == "{" and math[at - 1] != "\\":
            depth += 1
        elif math[at] == "}" and math[at - 1] != "\\":
            depth -= 1
            if depth == 0:
                if math[at + 1:].strip(" \t\n.,;"):
                    return math  # the braces close before the end (a full stop aside): no wrapper
                return (math[:m.start(1) + len(m.group(1))] + " " * (m.end() - len(m.group(1)))
                        + math[m.end():at] + " " + math[at + 1:])
    return math

"""The relation a row opens with (`= …`, `\\le B`, `\\xrightarrow{(1)} …`): to the row above."""

from __future__ import annotations

import re

from tutor.notes.fragments import starts_with_relation

LEADING_RELATION = re.compile(  # `=BINOM.DIST(…)`: a spreadsheet formula, no `=` that goes on
    r"^(?:\s|~(?!=)|\\[,;:! ]|\\(?:q?quad|displaystyle)(?![a-zA-Z])|\\[hv]space\*?\s*\{[^{}]*\}"
    r"|\\[hv]?phantom\s*\{(?:[^{}]|\{[^{}]*\})*\})*"  # `\phantom{\left<X\right>} = …` too
    # `\; = …`, `\hspace{1cm} = …`: spacing first
    r"(\\to\s*\\text\s*\{[^{}]*\}\s*\\to|\\[lg]eqslant|\\[lg]eq?(?![a-zA-Z])|<=(?!>)|>=|≤|≥"
    r"|<(?![=>-])|>(?!=)|=>|=(?![A-Z][A-Z0-9]+(?:\.[A-Z0-9]+)*\()|\\approx|≈|~=|\\implies|\\Rightarrow|\\Longrightarrow|⇒|\\(?:long)?rightarrow(?![a-zA-Z])|\\to|->|→"
    r"|\\equiv|\\iff|\\(?:Long)?[Ll]eftrightarrow(?![a-zA-Z])|⇔|⟺|<=>|\\(?:overset|stackrel)\s*\{(?:[^{}]|\{[^{}]*\})*\}\s*\{\s*=\s*\}"
    r"|\\xrightarrow\s*\{(?:[^{}]|\{[^{}]*\})*\})")
LEAD_OPS = {"=": "=", "\\approx": "~=", "≈": "~=", "~=": "~=", "\\equiv": "===", "\\iff": "<=>",
            **dict.fromkeys(("\\Leftrightarrow", "\\Longleftrightarrow", "⇔", "⟺", "<=>"), "<=>"),
            # `\le B` on a line of its own: a bound on the line above
            **{w: op for op, words in (("<=", ("\\le", "\\leq", "\\leqslant", "<=", "≤")),
                                         (">=", ("\\ge", "\\geq", "\\geqslant", ">=", "≥")),
                                         ("<", ("<",)), (">", (">",)))
               for w in words}}


def carried_lead(continues: bool | None, text: str) -> str | None:
    """`=` for a row an `=` was carried over to (tutor.notes.trailing_relations: it continues,
    yet opens with no relation of its own, a spreadsheet's `=` counting as one), else None."""
    return "=" if continues is True and not starts_with_relation(text) else None


def leading_op(token: str) -> str | None:
    """The relation a row's leading token makes with the row above; None for an arrow marked
    with a move (`\\xrightarrow{(1)}` first in a display: from what is not written here)."""
    if token.startswith("\\xrightarrow"):
        return None
    return LEAD_OPS.get(token, "=" if token.endswith(("=", "=}")) else "->")


NAMED_LEADS = ("=", "~=", "<", ">", "<=", ">=")  # `sum $= 11.1$`, `the sum is $< 7$`


def named_value_said(word: str, lead: str) -> str:
    """Why a relation whose left side is a word of the prose before it (`sum $≈ 11.107$`, `the
    sum is $< 7$`) is no step on from the number in the math before it."""
    if lead in ("=", "~="):
        return f"the value of '{word}' (the word before it): nothing to compare it with"
    return (f"a bound on '{word}' (the word before it), not on the expression before: nothing "
            "to check")

"""Limits displayed one under another with a few words naming the rule or the form between
(`$$\\lim_{x→0} \\frac{1-\\cos x}{x^2}$$ First application: $\\frac{0}{0}$
$$\\lim_{x→0} \\frac{\\sin x}{2x}$$`): L'Hôpital's rule applied, so each limit is claimed equal
to the one above (read as `= \\lim …`, a step of one block, judged like any step)."""

from __future__ import annotations

import re

from tutor.notes.fragments import little_between

# the words that say the rule is applied, or the form that calls for it
_RULE_SAID = re.compile(r"H[oô]s?pital|Hospital|Лопитал|洛必达|洛必達|ロピタル|로피탈|"
                        r"\\frac\s*\{\s*0\s*\}\s*\{\s*0\s*\}|\b0\s*/\s*0\b|"
                        r"\\frac\s*\{\s*\\infty\s*\}\s*\{\s*\\infty\s*\}|∞\s*/\s*∞", re.I)
_LIMIT_HEAD = re.compile(r"\s*\\lim\s*_\s*(\{(?:[^{}]|\{[^{}]*\})*\})")
_FORM = re.compile(r"\s*(?:\\frac\s*\{\s*(?:0|\\infty)\s*\}\s*\{\s*(?:0|\\infty)\s*\}|"
                   r"(?:0|\\infty|∞)\s*/\s*(?:0|\\infty|∞)|\\infty\s*-\s*\\infty)\s*")


def limit_point(text: str) -> str | None:
    """`\\lim_{x \\to 0^+}` of a row that opens with a limit, without spaces; None otherwise."""
    head = _LIMIT_HEAD.match(text)
    return re.sub(r"\s+", "", head.group(1)) if head else None


def lhopital_chained(text: str, fragments: list, lone) -> list:
    """The fragments with each lone displayed limit under another at the same point, a form or
    the rule's name said between them in a few words, made a row of the block above."""
    lines, kept, forms = text.split("\n"), [], []
    last = None  # the last lone limit display: (its fragment, its block, its point)
    for fragment in fragments:
        if _FORM.fullmatch(fragment.text):  # `$\frac{0}{0}$` said in the words between
            forms.append(fragment)
            continue
        point, alone = limit_point(fragment.text), lone(fragment.text)
        if last is not None and point is not None and point == last[2] \
                and fragment.section == last[0].section and _rule_between(lines, last[0], fragment):
            fragment.block, forms = last[1], []  # the forms between: said, no step
            _claimed_equal(fragment)
        kept += forms + [fragment]
        last = (fragment, fragment.block, point) if point and alone else None
        forms = []
    return kept + forms


def _rule_between(lines: list[str], above, below) -> bool:
    gap = "\n".join(lines[above.end_line:below.line - 1])
    return bool(_RULE_SAID.search(gap)) and little_between(gap)


def _claimed_equal(fragment) -> None:
    """The row read as `= row` (equal to the limit above), still located where it is written."""
    origins = fragment.origins or tuple(range(len(fragment.text)))
    fragment.written = fragment.written or fragment.text
    fragment.text, fragment.continues = "= " + fragment.text, True
    fragment.origins = (origins[0], origins[0]) + tuple(origins)

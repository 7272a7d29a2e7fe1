"""Tell the bars of |x| from the bar of P(A|B) before lexing, keeping every position."""

from __future__ import annotations

import re

from tutor.vocabulary import greek

ABS_OPEN, ABS_CLOSE = "\ue000", "\ue001"
# commands after which a bar closes |…| (they stand for a value: \partial does not); \left| and
# \right| are tokens
_OPERAND_COMMANDS = frozenset(greek("t")) - {"partial"} | frozenset(
    "pi infty dots cdots ldots right rvert rbrace imaginaryunit }".split())
# commands that change nothing about what came before them
_INK_COMMANDS = frozenset(
    ", ; : ! quad qquad big Big bigg Bigg bigl bigr Bigl Bigr biggl biggr Biggl Biggr "
    "bigm Bigm biggm Biggm displaystyle textstyle limits nolimits".split() + [" "])
_SPACE_LIKE = frozenset(" \t\r\n~&$")


def mark_bars(text: str) -> str:
    """Tell the bars of |x| from the bar of P(A|B) before lexing, keeping every position.

    A bar after a value closes the innermost |…| opened at the same bracket depth; a bar after
    a value inside brackets with no |…| open there and no other bar before the bracket closes
    is a condition (P(A|B)) and stays `|`; every other bar opens |…|. So `2|x|`, `|x|^2`,
    `\\ln|x|` and `|\\sum_i x_i|` read as absolute values, and `P(A|B)`, `KL(p||q)` do not.
    """
    if "|" not in text:
        return text
    chars = list(text)
    closer = _matching_closers(text)
    groups: list[int] = [len(text)]  # where the bracket we stand in closes
    open_bars: list[int] = []  # the depth (len(groups)) at which each |…| was opened
    value = False  # does the text so far end with a value?
    k, n = 0, len(text)
    while k < n:
        ch = text[k]
        if ch == "\\":
            k, ch, value = _command(text, k, value)
            if not ch:
                continue
        if ch in "([{":
            groups.append(closer.get(k, n))
            value = False
        elif ch in ")]}":
            _leave_group(groups, open_bars)
            value = True
        elif ch == "|":
            k, value = _read_bar(text, k, value, groups, open_bars, chars)
            continue
        elif ch in "+-" and (_sign_event(chars, k) or _sign_mark(text, k)):
            value = True
        elif ch not in _SPACE_LIKE:
            value = ch.isalnum() or ch in "!'′.…∞π" or ch in SUPERSCRIPT_DIGITS
        k += 1
    return "".join(chars)


SUPERSCRIPT_DIGITS = frozenset("⁰¹²³⁴⁵⁶⁷⁸⁹")


def _sign_event(chars: list[str], k: int) -> bool:
    """Is the sign at `chars[k]` an event alone, as in P(+|D) and P(D|-): signs only between an
    opening bracket, a comma or a condition bar and a bar, a comma or a closing bracket?"""
    before = k - 1
    while before >= 0 and (chars[before] in "+-" or chars[before].isspace()):
        before -= 1
    after = k + 1
    while after < len(chars) and (chars[after] in "+-" or chars[after].isspace()):
        after += 1
    return (before >= 0 and chars[before] in "(,|" and after < len(chars)
            and chars[after] in "|),")


def _sign_mark(text: str, k: int) -> bool:
    """Is the sign at `text[k]` the mark of an event, as in P(T^+|D^-) and P(D+|T+): right
    after a capital letter (or its `^`) and before a bar, a comma or a closing bracket?"""
    before = text[:k].rstrip()
    before = before[:-1].rstrip() if before.endswith("^") else before
    after = text[k + 1:].lstrip()
    return bool(before) and "A" <= before[-1] <= "Z" and after[:1] in ("|", ")", "]", ",")


def _leave_group(groups: list[int], open_bars: list[int]) -> None:
    """Step out of the bracket we stand in: the |…| opened inside it can close no more."""
    if len(groups) > 1:
        groups.pop()
    while open_bars and open_bars[-1] > len(groups):
        open_bars.pop()


def _read_bar(text: str, k: int, value: bool, groups: list[int], open_bars: list[int],
              chars: list[str]) -> tuple[int, bool]:
    """Mark the bar at `text[k]` in `chars` as closing or opening |…|, or leave a condition bar
    (P(A|B), KL(p||q)) as it is: (where reading goes on, whether the text now ends with a value).
    """
    depth = len(groups)
    if value and open_bars and open_bars[-1] == depth:
        chars[k] = ABS_CLOSE
        open_bars.pop()
        return k + 1, True
    if value and depth > 1 and text.find("|", k + 2, groups[-1]) < 0:
        return k + (2 if text.startswith("||", k) else 1), False  # P(A|B), KL(p||q)
    chars[k] = ABS_OPEN
    open_bars.append(depth)
    return k + 1, False


def _command(text: str, k: int, value: bool) -> tuple[int, str, bool]:
    """A command at `text[k]`: (where reading goes on, the bracket `\\{` or `\\}` stands for or
    "", whether the text read so far ends with a value)."""
    m = re.match(r"\\([a-zA-Z]+|.?)", text[k:])
    word = m.group(1)
    k += len(m.group(0))
    if word in ("left", "right"):  # \left| … \right| is lexed as one token each
        while k < len(text) and text[k].isspace():
            k += 1
        if k < len(text) and text[k] == "|":
            return k + 1, "", word == "right"
    if word in ("{", "}"):
        return k - 1, "(" if word == "{" else ")", value
    if word not in _INK_COMMANDS:
        return k, "", word in _OPERAND_COMMANDS
    return k, "", value


def _matching_closers(text: str) -> dict[int, int]:
    """Offset of each opening bracket -> offset of the bracket that closes it."""
    stack: list[int] = []
    out: dict[int, int] = {}
    for k, ch in enumerate(text):
        if ch in "([{":
            stack.append(k)
        elif ch in ")]}" and stack:
            out[stack.pop()] = k
    return out

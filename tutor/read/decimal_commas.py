"""Decimal commas (`0,4 \\times 0,5 = 0,2`, as Spanish, Portuguese, German and French notes write
them) read as decimal points, where nothing else can be meant; each character where it stood."""

from __future__ import annotations

import re

from tutor.errors import ParseError

# one comma between digits, no space after it, no other comma or point around (a full stop may end
# the sentence): 0,4  12,75  0,125
# (1,500 with three digits after a non-zero digit is left to the thousands rule)
_DECIMAL_COMMA = re.compile(r"(?<![\d.,])(?:0,\d+|[1-9]\d*,(?!\d{3}(?![\d]))\d+)(?![\d,]|\.\d)")
# `1,449` after a decimal comma in the same formula: three digits after it, but not thousands
_THREE_DECIMALS = re.compile(r"(?<![\d.,])[1-9]\d{0,2},\d{3}(?![\d,]|\.\d)")
# openers inside which a comma separates: a call, a tuple, an interval, a set, a script
_OPERATORS = ("+", "-", "*", "/", "^", "\\times", "\\cdot", "\\frac{", "}{")
# `P(A) =`, `f'(0) =`: the value of a call (at a letter or a number) is one number
_CALL_VALUE = re.compile(r"[A-Za-z\d}]\s*(?:\\right\s*)?[)\]]\s*~?\s*(?:=|\\approx)$")
# `p = 0,4`, `\lambda = 2,5`, `\hat{p} = 0,7`: a probability or a parameter is one number
# (`e \approx 2,71828`, `e ~= 2,718`: the constant e too; TeX's `~` is a space)
_PARAMETER_VALUE = re.compile(r"(?<![A-Za-z\\])(?:[pqe]|\\(?:lambda|mu|sigma|theta|alpha|beta|pi"
                              r"|rho))\}?(?:_\{?\w+\}?)?\s*~?\s*(?:=|\\approx)$")
# `\frac{1}{3} = 0,333`, `\sqrt{0,222}`: the value of a computation, a root's radicand
_COMPUTED_VALUE = re.compile(r"(?:(?<!\\)\}|\d)\s*(?:=|\\approx|≈)$|\\sqrt\s*\{$")
# `0{,}3`, `11{,}16`: TeX's decimal comma in braces (French, German notes); `1{,}000` (three digits
# after a non-zero whole part) is taken by the thousands rule before this one
DECIMAL_BRACE = "\ue007"  # a brace of `{,}` in 0{,}3 (the grammar's NUMBER takes it)
DECIMAL_BRACES = f"{DECIMAL_BRACE}.{DECIMAL_BRACE}"
_BRACED = re.compile(r"(?<![\d.])(\d+)\{,\}(\d+)(?![\d{])")
# `0{,}5`, `1{,}6`, `0{,}125`: a braced comma no comma of thousands can be (a zero whole part, or
# not three digits after it): the writer's comma is a decimal one
_CLEAR_BRACED_DECIMAL = re.compile(
    r"(?<![\d.])(?:0\{,\}\d+|\d+\{,\}(?!\d{3}(?![\d{]))\d+)(?![\d{])")
# `\approx 2{,}917`: a rounded value after ≈, one whole digit and three more not ending in 0: a
# decimal (German, French) or a count of thousands (English)? nothing in the text says which
_APPROXIMATED_BRACED = re.compile(r"(?:\\approx|≈)\s*([1-9]\{,\}\d\d[1-9])(?![\d{,])")
# `\log_2 0.99 \approx -0,014`: a result with a zero whole part and two or more places, alone
# after ≈ at the end (no list, no thousands can be meant), beside numbers written with points
_LONE_RESULT = re.compile(r"(?:(?<=≈)|(?<=\\approx))(\s*-?\s*)0,\d{2,}(?=[\s.]*$)")
# `P(X < 3,5)`, `P(T \le 0,5)`: a bound of an inequality inside brackets is one number
_BOUND_BEFORE = re.compile(r"(?:<|>|\\[lg]eq?(?![a-zA-Z])|\\[lg]t(?![a-zA-Z])|≤|≥)\s*$")
_SEPARATING = re.compile(r"\\\{|\\left\s*[(\[]|[_^]\s*\{|[(\[]|\{|\\\}|\\right\s*[)\]]|[)\]]|\}")


def decimal_commas(text: str) -> str:
    """`text` with its decimal commas as points: only when the text has no decimal point, one
    such number stands beside an operator of arithmetic (`0,4 \\times 0,5`), and each stands
    outside brackets, sets and scripts (`f(0,5)`, `\\{0,1\\}`, `w_{1,2}` keep their commas);
    `0,1` and `1,2` (a number and the next) only beside arithmetic (`k = 0,1` lists values)."""
    if "," not in text:
        return text
    if re.search(r"\d\.\d", text):  # points beside: only a lone result `≈ -0,014` at the end
        return _LONE_RESULT.sub(lambda m: m.group().replace(",", "."), text)
    found = list(_DECIMAL_COMMA.finditer(text))
    if not found:
        return text
    separating = _separating_spans(text)
    found = [m for m in found if _BOUND_BEFORE.search(text, 0, m.start())  # P(X < 3,5)
             or not any(start < m.start() < end for start, end in separating)]
    if not any(_in_arithmetic(text, m) for m in found):
        return text  # `x = 2,4` alone may be two roots: decimals only beside arithmetic
    chars = list(text)
    for m in found:
        if not _counts_on(m.group()) or _in_arithmetic(text, m):
            chars[m.group().index(",") + m.start()] = "."
    if "." in chars:  # `\sqrt{2,1} \approx 1,449`: the writer's comma is a decimal one throughout
        for m in _THREE_DECIMALS.finditer(text):
            if _in_arithmetic(text, m) and not any(a < m.start() < b for a, b in separating):
                chars[m.group().index(",") + m.start()] = "."
    return "".join(chars)


def braced_decimal_commas(text: str) -> str:
    """`0{,}3` as 0.3: a comma in braces between digits is the decimal comma (TeX sets it with no
    space after); its braces are marked (the grammar's NUMBER takes them), so each character
    stays where it stood."""
    return _BRACED.sub(lambda m: m.group(1) + DECIMAL_BRACES + m.group(2), text)


def braced_commas_decimal(text: str) -> bool:
    """Whether the text writes `{,}` as a decimal comma where no thousands can be meant
    (`\\sqrt{1{,}6} \\approx 1{,}265`): a writer keeps one comma, so 1{,}265 beside it is 1.265."""
    return "{,}" in text and bool(_CLEAR_BRACED_DECIMAL.search(text))


def refuse_ambiguous_braced(text: str) -> None:
    """`\\approx 2{,}917` with no other braced comma to tell: 2.917 or 2917? not guessed: a
    ParseError that says both."""
    m = _APPROXIMATED_BRACED.search(text) if "{,}" in text else None
    if m:
        number, before = m.group(1), text[:m.start(1)]
        raise ParseError(f"{number}: a decimal comma or a comma of thousands? (write "
                         f"{number.replace('{,}', '.')} or {number.replace('{,}', '')})", text,
                         before.count("\n") + 1, m.start(1) - (before.rfind("\n") + 1) + 1)


def _counts_on(number: str) -> bool:
    """`0,1`, `1,2`: a whole number and the next one, as a list of values (k = 0,1) is written."""
    whole, after = number.split(",")
    return int(after) == int(whole) + 1


def _in_arithmetic(text: str, m: re.Match) -> bool:
    """Whether an operator of arithmetic (or the semicolon between arguments, `(10; 0,3)`)
    stands right before or after the number, or the number is the value of a call (`P(A) =
    0,3`) or of a probability or parameter (`p = 0,4`): one number, never a list; or of a
    computation (`\\frac{1}{3} = 0,333`), or a root's radicand (`\\sqrt{0,222}`), or a bound
    (`< 0,5`: an inequality's side is one number)."""
    before, after = text[:m.start()].rstrip(), text[m.end():].lstrip()
    if _after_coefficient(before, len(before)) and after.startswith(")"):
        return True  # `2(0,4)`: a number times one in brackets (E(X) = 0(0,1) + 1(0,3) + …)
    return before.endswith(_OPERATORS + (";",)) or after.startswith(_OPERATORS + (";",)) or \
        bool(_CALL_VALUE.search(before) or _PARAMETER_VALUE.search(before)) or \
        bool(_COMPUTED_VALUE.search(before) or _BOUND_BEFORE.search(before))  # n > 10,74


# a whole number (or its square: `2^2(0,4)`) right before a bracket
_COEFFICIENT = re.compile(r"(?<![\w.,^}])\d{1,6}(?:\^\{?\d\}?)?\s*\($")


def _after_coefficient(text: str, end: int) -> bool:
    """Whether `text[:end]` ends with a whole number and an opening bracket (`2(`), not a
    subscript's or a name's digit (`x_2(`, `f2(`); only the last characters are read."""
    return bool(_COEFFICIENT.search(text[max(0, end - 16):end]))
_POWERED = re.compile(r"\s*\^\s*\{?\s*\d")  # `(0,7)^8`, `(0,7)^{8}`: a bracket to a power
_PAIR = re.compile(r"[(\[]\s*(\d+,\d+)\s*[)\]]")


def _counts_on_inside(inside: str) -> bool:
    """`(0,1)`, `[1,2]`: a pair of a number and the next (an interval, a set), not a decimal."""
    m = _PAIR.search(inside)
    return m is None or _counts_on(m.group(1))


def _separating_spans(text: str) -> list[tuple[int, int]]:
    """The spans (opener, closer) of brackets, sets and scripts, in which a comma separates:
    not a bare bracket around arithmetic (`-(0,25 \\log_2 0,25 + …)`), nor the brackets of a
    call whose arguments a semicolon separates (`\\text{Bin}(10; 0,3)`)."""
    spans, stack = [], []
    for m in _SEPARATING.finditer(text):
        token = m.group()
        if token.endswith(("(", "[")) or token in ("\\{",) or token.endswith("{"):
            stack.append((m.start(), token != "{"))
        elif stack:
            start, separates = stack.pop()
            if separates and _separates(text, start, m.end()):
                spans.append((start, m.end()))
    spans.extend((start, len(text)) for start, separates in stack if separates)
    return spans


def _separates(text: str, start: int, end: int) -> bool:
    """Whether a comma inside the bracket at `start`..`end` separates values."""
    inside = text[start:end]
    if inside.startswith("^") and any(op in inside for op in _OPERATORS if op != "^"):
        return False  # `e^{-0,5 \cdot 2}`: an exponent worked out, its comma a decimal one
    if _POWERED.match(text, end) and not _counts_on_inside(inside):
        return False  # `(0,3)^2`: a number squared, no pair (`(0,1)^2`, a square, keeps it)
    if not inside.lstrip("\\left").lstrip().startswith(("(", "[")):
        return True  # a set or a script
    if ";" in inside:
        return False  # (10; 0,3): the semicolon separates, the comma is a decimal one
    if _after_coefficient(text, start + 1) and inside.count(",") == 1:
        return False  # `2(0,4)`: a number times a decimal, no pair
    called = re.search(r"[A-Za-z}]\s*$", text[:start])
    return bool(called) or not any(op in inside for op in _OPERATORS + ("\\log", "\\ln"))


# `p = (0{,}5;\ 0{,}25;\ 0{,}25)`: numbers listed with semicolons, as writers of a decimal comma
# list them (each number with a braced comma or a point, never a bare one: `0,5; 0,25` stays)
_NUMBER = r"-?\d+(?:\{,\}\d+|\.\d+)?"
_SEMICOLON_TUPLE = re.compile(rf"\(\s*{_NUMBER}(?:\s*;(?:\s|\\[ ,;:!])*{_NUMBER})+\s*\)")


def semicolon_tuples(text: str) -> str:
    """`(0{,}5;\\ 0{,}25)` as `(0{,}5,\\ 0{,}25)`: a tuple of numbers (the same length)."""
    if ";" not in text:
        return text
    return _SEMICOLON_TUPLE.sub(lambda m: m.group().replace(";", ","), text)

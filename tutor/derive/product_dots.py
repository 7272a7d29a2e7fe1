"""A document that writes `.` for a product (`1.\\frac{1}{2}`, `3.\\lim`): its `3.1` may be 3·1
as well as the decimal 3.1, so a step that holds such a number is left unchecked."""

from __future__ import annotations

import re

from tutor.read.dot_products import DIGIT_DOT_PRODUCT

# a number with a dot between digits, a nonzero whole part (0.5 is never 0·5), one digit after
_DIGIT_DOT_DIGIT = re.compile(r"(?<![\d.,])[1-9]\d*\.\d(?![\d.,])")
_SHOWN = re.compile(r"\d\.(?:\\?[A-Za-z]+)")  # 1.\\frac, 3.lim: the product written so
BOTH_READINGS = ("'.' stands for a product elsewhere in these notes ({shown}), so {number} may be "
                 "{product} or the decimal {number}: not checked")


def dots_unsettled(results: list, lines: list) -> list:
    """`results` with each step on a line holding a number like 3.1 (or going on from one,
    `= 3` on the next line) unchecked, when another line of the document writes a dot for a
    product; `results` as they were otherwise."""
    product = next((m for ln in lines if (m := DIGIT_DOT_PRODUCT.search(ln.text))), None)
    if product is None:
        return results
    shown = _SHOWN.match(product.string, max(0, product.start() - 1)).group()
    spans, before = [], None
    for ln in lines:
        number = _DIGIT_DOT_DIGIT.search(ln.text)
        first, last = ln.line, ln.line + ln.text.count("\n")
        if number is None and before is not None and ln.text.lstrip()[:1] in ("=", "&"):
            number = before  # `= 3` on the line after `3.1`: a step from it
        if number is not None:
            spans.append((first, last, number.group()))
        before = number
    for result in results:
        found = next((n for a, b, n in spans if a <= result.line <= b), None)
        if found is not None and result.verdict in ("ok", "error", "warning"):
            whole, digits = found.split(".")
            result.not_sure(BOTH_READINGS.format(shown=shown, number=found,
                                                 product=f"{whole}·{digits}"))
            result.method = None
    return results

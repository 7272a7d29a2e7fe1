"""`f^{(3)}(x)`: the third derivative of f, written with the order in brackets above the name (as
Taylor exercises write it past f'''), read as f'''(x) in place (the same length). Only f, and an
order of 1 to 5 right before a call's bracket: a label above another name is an example's or a
layer's (x^{(i)}, h^{(2)}(x) of a network's layer 2)."""

from __future__ import annotations

import re

_ORDER = re.compile(r"(?<![\\A-Za-z])f\s*\^\s*\{\s*\(\s*([1-5])\s*\)\s*\}(?=\s*\()")


def derivative_orders_as_primes(text: str) -> str:
    """`text` with each `f^{(n)}(` as `f` and n primes, padded to the same length."""
    if "^" not in text or "f" not in text:
        return text
    return _ORDER.sub(lambda m: ("f" + "'" * int(m.group(1))).rjust(len(m.group())), text)

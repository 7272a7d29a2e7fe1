"""A function's name glued to its variable, as plain notes write it: `sinx`, `lnx`, `cos2x`,
`xlnx`, `sinxcosx` read as sin x, ln x, cos 2x, x·ln x, sin x·cos x (never one name)."""

from __future__ import annotations

import re

import sympy as sp
from lark import v_args

from tutor.errors import ParseError
from tutor.names import symbol

# Russian and Turkish notes write tg, ctg, arctg for tan, cot, arctan
_SPELLED = {"tg": "tan", "ctg": "cot", "arctg": "arctan", "arcctg": "arccot"}
_TRIG = ("sin", "cos", "tan", "cot", "sec", "csc", "tg", "ctg")
# the names that glue to a variable: the grammar's GLUED_CALL is filled with these (longest
# first), and a glued call is split with them below
GLUED_FUNCTIONS = tuple(sorted({f"{arc}{t}{h}" for arc in ("", "arc") for t in _TRIG
                                for h in ("", "h")} | {"ln", "lg", "log"}, key=len, reverse=True))
_NAMES = "|".join(GLUED_FUNCTIONS)
PIECE = re.compile(rf"({_NAMES})(\d*)([xyz])")
# the letter before it (x ln x), then each function glued to a digit run and x, y or z
GLUED = re.compile(rf"([xyz]?)((?:(?:{_NAMES})\d*[xyz])+)")


class GluedCallRules:
    """The Builder's rule for a glued call (a mixin: it needs `text` and `_known`)."""

    text: str

    @v_args(inline=True)
    def glued_call(self, token):
        before, pieces = GLUED.fullmatch(str(token)).groups()
        factors = [symbol(before)] if before else []
        for name, digits, letter in PIECE.findall(pieces):
            if digits and name in ("log", "lg"):  # log2x: log₂ x or log(2x)?
                raise ParseError(f"'{name}{digits}{letter}' is unclear: write {name}_{digits} "
                                 f"{letter} or {name}({digits}{letter})", self.text)
            argument = symbol(letter) * (sp.Integer(digits) if digits else 1)
            factors.append(self._known(_SPELLED.get(name, name), [argument]))
        return factors[0] if len(factors) == 1 else sp.Mul(*factors, evaluate=False)


    @v_args(inline=True)
    def glued_log(self, token):
        """`NlnN`, `n_ilnn_i`, `lnN!`: N·ln N, n_i·ln n_i, ln(N!) (a letter before it: times)."""
        before, name, letter, bang = _LOG_PIECES.fullmatch(str(token)).groups()
        argument = sp.factorial(symbol(letter), evaluate=False) if bang else symbol(letter)
        call = self._known(name, [argument])  # lnN!: ln(N!), as Stirling's notes mean
        return sp.Mul(symbol(before), call, evaluate=False) if before else call


_LOG_PIECES = re.compile(r"([a-zA-Z](?:_[a-zA-Z0-9])?)?(ln|lg|log)([a-zA-Z](?:_[a-zA-Z0-9])?)(!?)")
_GLUED_LOG = re.compile(r"[a-zA-Z](log|ln)")


def refuse_glued_name(base: str, text: str) -> None:
    """A letter glued to log (`ylog\\hat{y}`): a parse error. (A glued call before a power or
    a prime, `sinx^2`, stays one name: sin x² or (sin x)²? its step is then not checked.)"""
    if _GLUED_LOG.fullmatch(base):  # `ylog\hat{y}`: never the name ylog
        raise ParseError(f"'{base}' reads as one name: write {base[0]} \\log(…) with a "
                         "space or a backslash", text)

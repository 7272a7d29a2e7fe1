"""A function given by cases (`\\begin{cases} x & x > 0 \\\\ 0 & \\text{otherwise} \\end{cases}`)
read as a sympy Piecewise: each row's value and condition read by the same grammar and rules."""

from __future__ import annotations

import re

import sympy as sp

from tutor.errors import ParseError, Undecidable
from tutor.read.calls import inline
from tutor.read.prose import unreadable
from tutor.vocabulary import RELATION_CLASSES

_ENVIRONMENT = re.compile(r"(?:\\left\s*\\\{\s*)?\\begin\s*\{\s*d?cases\*?\s*\}(?P<cases>[\s\S]*?)"
                          r"\\end\s*\{\s*d?cases\*?\s*\}(?:\s*\\right\s*\.)?"
                          # `\left\{ \begin{array}{l} x \quad \text{if $x > 0$} \\ … \right.`
                          r"|\\left\s*\\\{\s*\\begin\s*\{\s*(?:array|matrix|aligned)\s*\}"
                          r"(?:\s*\{[lcr|\s]*\})?(?P<braced>[\s\S]*?)\\end\s*\{\s*(?:array|matrix"
                          r"|aligned)\s*\}\s*\\right\s*\.")
# where a row without `&` passes from its value to its condition
_TURN = re.compile(r"\\q?quad|\\text\s*\{|\\mbox\s*\{|\bif\b|\botherwise\b")
# `\text{if $x \gt 0$}`: the condition written as math inside the words
_MATH_IN_TEXT = re.compile(r"\\(?:text|mbox)\s*\{([^{}$]*)\$([^$]*)\$\s*\}")
# the words of a row's condition: `\text{if } x > 0`, `, \quad x \ge 0`, `\text{otherwise}`
_WORDS = r"(?:if|for|when|where|si|wenn|falls|für|pour|se|per|para|gdy|dla)"
_LEAD = re.compile(r"^\s*(?:,|\\[,;:! ]|\\q?quad|\\text\s*\{\s*" + _WORDS + r"\s*\}|\\mbox\s*\{\s*"
                   + _WORDS + r"\s*\}|\b" + _WORDS + r"\b|\s)*")
_OTHERWISE = re.compile(r"^\s*(?:\\text|\\mbox|\\textrm|\\mathrm)?\s*\{?\s*(?:otherwise|else|"
                        r"elsewhere|sonst|sinon|altrimenti|en\s+otro\s+caso|caso\s+contr[aá]rio|"
                        r"w\s+przeciwnym\s+razie|o\.?\s*w\.?|否则|其他)\s*\.?\s*\}?\s*[.,]?\s*$",
                        re.IGNORECASE)
MAX_ROWS = 8
SYSTEM = "the environment {cases} is not supported here"  # rows without conditions
NOT_READ = "a function given by cases (\\begin{cases}) whose rows could not be read: not checked"


class CasesRules:
    """The rule for a cases environment (a mixin of the builder: it needs `_read_piece`,
    `_read_chain` and `text`)."""

    @inline
    def cases(self, token):
        m = _ENVIRONMENT.fullmatch(str(token).strip())
        body = (m.group("cases") if m.group("cases") is not None else m.group("braced")) if m \
            else ""
        rows = [row for row in re.split(r"\\\\", body) if row.strip()]
        if m and m.group("cases") is not None and not any("&" in row for row in rows):
            raise unreadable(self.text) or ParseError(SYSTEM, self.text)  # a system of equations
        if not rows or len(rows) > MAX_ROWS:
            raise Undecidable(NOT_READ, self.text)
        try:
            pieces = [self._case(row) for row in rows]
        except ParseError:
            raise unreadable(self.text) or Undecidable(NOT_READ, self.text) from None
        return sp.Piecewise(*pieces, evaluate=False)

    def _case(self, row: str) -> tuple:
        """(value, condition) of one row: `value & condition`, `value & if & condition`, or
        `value \\quad \\text{if $condition$}`."""
        cells = row.split("&")
        if len(cells) == 1:
            turn = _TURN.search(row)
            if turn is None or not row[:turn.start()].strip():
                raise ParseError("a row of cases is a value and a condition", self.text)
            cells = [row[:turn.start()], row[turn.start():]]
        value = cells[0].strip().rstrip(",;").strip()
        condition = _MATH_IN_TEXT.sub(r"\1 \2", " ".join(cells[1:]))
        condition = condition[_LEAD.match(condition).end():].strip().rstrip(".,;")
        if _OTHERWISE.match(condition):
            return self._read_piece(value, "latex"), sp.true
        return self._read_piece(value, "latex"), self._condition(condition)

    def _condition(self, text: str):
        """A relation or a chain of them (`0 \\le x < 1`) read as a sympy condition."""
        chain = self._read_chain(text, "latex")
        if not chain.links or any(link.op not in RELATION_CLASSES for link in chain.links):
            raise ParseError(f"{text!r} is not a condition", self.text)
        parts = [part.expr for part in chain.parts]
        return sp.And(*[RELATION_CLASSES[link.op](left, right) for left, link, right in
                        zip(parts, chain.links, parts[1:], strict=False)])

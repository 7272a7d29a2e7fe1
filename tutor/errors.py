"""Our own error types: every library error (lark, sympy) is translated into one of these."""

from __future__ import annotations


class TutorError(Exception):
    """Base of every error the tutor reports to a user."""


class ParseError(TutorError):
    """Text that could not be read, with where and why."""

    def __init__(self, message: str, text: str = "", line: int = 1, column: int = 1,
                 hint: str | None = None):
        self.message = message
        self.text = text
        self.line = line
        self.column = column
        self.hint = hint
        super().__init__(self.describe())

    def caret(self) -> str:
        """The offending line with a caret under the column."""
        lines = self.text.splitlines() or [""]
        src = lines[min(self.line, len(lines)) - 1]
        if len(src) > 120:  # keep huge lines readable: a window around the column
            start = max(0, self.column - 60)
            src = ("…" if start else "") + src[start:start + 120] + "…"
            col = self.column - start + (1 if start else 0)
        else:
            col = self.column
        return f"{src}\n{' ' * (col - 1)}^"

    def describe(self) -> str:
        return f"line {self.line}, column {self.column}: {self.message}"


class NotAClaim(ParseError):
    """Text that reads as math but claims nothing to check: a tuple, an interval, a list, a
    function name alone, set notation. Documents skip it quietly; `tutor.parse` raises it."""


class Differential(NotAClaim):
    """`du = 2x\\,dx`, `dv = e^x dx`: the differential of a substitution or of parts."""


class Undecidable(NotAClaim):
    """Text read clearly whose meaning is not fixed here (∂L/∂a · ∂a/∂w with L and a not
    defined: what is held constant?): a derivation step leaves it unchecked."""


class ProblemError(TutorError):
    """A problem file that does not validate, or an unknown problem id."""


class DocumentError(TutorError):
    """A document that cannot be read (missing, binary, not UTF-8)."""


# sympy's failures on what it was given (by the failure's class and words), and what they mean
KNOWN_FAILURES = (
    ("ValueError", "not comparable", "a value that cannot be ordered (complex?): not checked"),
    ("TypeError", "Invalid comparison of non-real", "a value that cannot be ordered (complex or "
                                                    "undefined, as 1/0): not checked"),
    ("ValueError", "integer string conversion", "a number too large to check"),
    ("PoleError", "", "a series about a point where a value is undefined: not checked"),
    ("ValueError", "Can't calculate derivative wrt",
     "a derivative in something that is no variable (a value put in for it?): not checked"),
)


def known_failure(exc: BaseException) -> str | None:
    """What a known failure of sympy's means to the learner, or None."""
    return next((reason for kind, words, reason in KNOWN_FAILURES
                 if type(exc).__name__ == kind and words in str(exc)), None)


def internal_error(exc: BaseException) -> str:
    """How an unexpected failure inside one check reads to the user (it stays in that check):
    a known failure of sympy's says what it means; any other is named as internal."""
    known = known_failure(exc)
    if known:
        return known
    text = " ".join(str(exc).split())
    text = text if len(text) <= 160 else text[:159] + "…"
    return f"internal error ({type(exc).__name__}): {text or 'no message'}"

"""Read one line of plain or LaTeX math into sympy objects, or a ParseError that says where."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from lark import Lark
from lark.exceptions import LarkError, UnexpectedCharacters, UnexpectedEOF, UnexpectedInput, \
    UnexpectedToken, VisitError

from tutor.builder import Builder, Chain, Link, ParseContext, Part  # noqa: F401 (re-exported)
from tutor.errors import ParseError

MAX_LENGTH = 4000
MAX_DEPTH = 60
SYNTAXES = ("auto", "plain", "latex")
OPENERS = {"(": ")", "[": "]", "{": "}"}
CLOSERS = {v: k for k, v in OPENERS.items()}


def grammar_dir() -> Path:
    """The grammar folder: inside the installed package, or the repository's top level."""
    try:
        from importlib.resources import files

        path = Path(str(files("tutor._grammar")))
        if (path / "latex.lark").exists():
            return path
    except (ImportError, ModuleNotFoundError, TypeError):
        pass
    return Path(__file__).resolve().parent.parent / "grammar"


@lru_cache(maxsize=2)
def parser_for(syntax: str) -> Lark:
    """The LALR parser of one grammar, built once per process (cached on disk by lark)."""
    return Lark.open(str(grammar_dir() / f"{syntax}.lark"), parser="lalr",
                     propagate_positions=True, maybe_placeholders=False, cache=True)


def detect_syntax(text: str) -> str:
    """LaTeX when the text has a backslash command or braces; plain otherwise."""
    return "latex" if re.search(r"\\[a-zA-Z{]|[{}]", text) else "plain"


def parse(text: str, syntax: str = "auto", context: ParseContext | None = None):
    """Read `text`: a sympy expression, a Chain for relations, or a list for several statements.

    Everything is built unevaluated (`2+3` stays a sum). Raises ParseError and nothing else.
    """
    chains = parse_chains(text, syntax, context)
    if len(chains) == 1:
        chain = chains[0]
        if not chain.links and chain.parts[0].unit is None:
            return chain.parts[0].expr
        return chain
    return chains


def parse_chains(text: str, syntax: str = "auto",
                 context: ParseContext | None = None) -> list[Chain]:
    """Read `text` into one Chain per statement (a lone expression is a chain of one part)."""
    if syntax not in SYNTAXES:
        raise ValueError(f"syntax must be one of {SYNTAXES}, not {syntax!r}")
    if not isinstance(text, str):
        raise ParseError("expected text", "")
    check_size(text)
    if syntax == "auto":
        syntax = detect_syntax(text)
    try:
        tree = parser_for(syntax).parse(text)
        return Builder(text, context or ParseContext()).transform(tree)
    except VisitError as exc:
        inner = exc.orig_exc
        if isinstance(inner, ParseError):
            raise ParseError(inner.message, text, 1, 1) from None
        raise ParseError(f"cannot read this: {_plain(inner)}", text) from None
    except UnexpectedInput as exc:
        raise explain(exc, text, syntax) from None
    except (LarkError, RecursionError, ValueError, TypeError, ArithmeticError) as exc:
        raise ParseError(f"cannot read this: {_plain(exc)}", text) from None


def _plain(exc: BaseException) -> str:
    return str(exc).splitlines()[0][:120] if str(exc) else type(exc).__name__


def check_size(text: str) -> None:
    """Refuse huge or deeply nested input before any parsing starts."""
    if len(text) > MAX_LENGTH:
        raise ParseError(f"this line has {len(text)} characters; the limit is {MAX_LENGTH}",
                         text[:200], 1, 1)
    depth = 0
    for k, ch in enumerate(text):
        if ch in "([{":
            depth += 1
            if depth > MAX_DEPTH:
                line, col = _position(text, k)
                raise ParseError(f"brackets nested deeper than {MAX_DEPTH} levels", text, line,
                                 col)
        elif ch in ")]}":
            depth = max(0, depth - 1)


def _position(text: str, offset: int) -> tuple[int, int]:
    line = text.count("\n", 0, offset) + 1
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1


def _unclosed(text: str) -> tuple[str, int] | None:
    """The first bracket opened and never closed (or closed by the wrong kind)."""
    stack: list[tuple[str, int]] = []
    for k, ch in enumerate(text):
        if ch in OPENERS and not (ch == "{" and k and text[k - 1] == "\\"):
            stack.append((ch, k))
        elif ch in CLOSERS:
            if stack and stack[-1][0] == CLOSERS[ch]:
                stack.pop()
            else:
                return ch, k
    return stack[-1] if stack else None


KNOWN_BAD = {
    "a bracket was never closed": ["(x+1", "\\frac{1}{x", "sin(x", "\\left( x + 1"],
    "a closing bracket without an opening one": ["x+1)", "x}", "(x))"],
    "an operator is missing its right-hand side": ["x +", "2 *", "x^", "\\frac{1}{2} -"],
    "two operators in a row": ["x + * 2", "2 ** * 3", "x // 2"],
    "an empty pair of brackets": ["()", "x + ()", "{}"],
    "a relation is missing one side": ["= x", "x = ", "x < "],
}


def explain(exc: UnexpectedInput, text: str, syntax: str) -> ParseError:
    """Translate a lark error into a sentence a learner can act on, with line and column."""
    line, column = getattr(exc, "line", 1) or 1, getattr(exc, "column", 1) or 1
    if isinstance(exc, UnexpectedEOF) or (isinstance(exc, UnexpectedToken)
                                          and exc.token.type == "$END"):
        line, column = _position(text, len(text))
    unclosed = _unclosed(text)
    if isinstance(exc, UnexpectedCharacters):
        pos = exc.pos_in_stream
        command = re.match(r"\\([a-zA-Z]+)", text[pos:])
        if command:
            return ParseError(f"unknown command \\{command.group(1)}", text, line, column)
        char = text[pos] if pos < len(text) else ""
        if char in CLOSERS:
            return ParseError(f"'{char}' closes a bracket that was never opened", text, line,
                              column)
        return ParseError(f"unexpected character {char!r}", text, line, column)
    if unclosed and unclosed[0] in OPENERS:
        ch, k = unclosed
        l2, c2 = _position(text, k)
        return ParseError(f"missing closing {'parenthesis' if ch == '(' else repr(OPENERS[ch])}"
                          f" for the {ch!r} opened at column {c2}", text, line, column)
    if unclosed and unclosed[0] in CLOSERS:
        ch, k = unclosed
        l2, c2 = _position(text, k)
        return ParseError(f"'{ch}' closes a bracket that was never opened", text, l2, c2)
    label = None
    try:
        label = exc.match_examples(parser_for(syntax).parse, KNOWN_BAD, use_accepts=True)
    except (LarkError, RecursionError):
        label = None
    if isinstance(exc, UnexpectedToken) and exc.token.type != "$END":
        got = str(exc.token)
        message = label or f"unexpected {got!r} here"
        return ParseError(message, text, line, column)
    return ParseError(label or "the line ends too early", text, line, column)

"""Read one line of plain or LaTeX math into sympy objects, or a ParseError that says where."""

from __future__ import annotations

import copy
import re
from functools import lru_cache

import sympy as sp
from lark.exceptions import (
    LarkError,
    UnexpectedCharacters,
    UnexpectedEOF,
    UnexpectedInput,
    UnexpectedToken,
    VisitError,
)
from sympy.core.function import AppliedUndef
from sympy.logic.boolalg import BooleanAtom, BooleanFunction

from tutor.errors import ParseError
from tutor.read.bars import ABS_CLOSE, ABS_OPEN, mark_bars
from tutor.read.builder import Builder, Chain, ParseContext
from tutor.read.division_runs import check_division_runs
from tutor.read.events import CONDITIONED_NAMES
from tutor.read.grammar import (  # noqa: F401 (grammar_dir, detect_syntax: the API's names)
    detect_syntax,
    grammar_dir,
    known_commands,
    parser_for,
)
from tutor.read.left_dot_bars import left_dot_bounds
from tutor.read.norms import mark_norms
from tutor.read.outer_braces import outer_braces_dropped
from tutor.read.prose import check_lone_name, sd_law, unreadable
from tutor.read.rewrites import rewrite
from tutor.read.sentences import NEGATION, unexpected_token
from tutor.read.text_words import text_words_read
from tutor.read.unicode_math import unicode_math_spelled
from tutor.vocabulary import EVENT_FUNCTIONS

MAX_LENGTH = 4000
MAX_DEPTH = 60  # brackets
MAX_EXPR_DEPTH = 100  # the built expression: deeper ones overflow sympy's recursive printers
MAX_OPERATORS = 40  # sums, limits, … in one line: notes have a handful; each costs the judge
_BIG_OPERATOR = re.compile(r"\\(?:sum|prod|lim|int|partial|frac\s*\{\s*d)"
                           r"|\b(?:sum|prod|lim|int)\b|d/d|[∑∏∫∂]")
TOO_DEEP = "this formula is nested too deeply to read"
SYNTAXES = ("auto", "plain", "latex")
PARTIAL_ONLY = ("'\\partial' is only read in a partial derivative \\frac{\\partial …}{\\partial x} "
                "(∂ is never a symbol)")
OPENERS = {"(": ")", "[": "]", "{": "}", "\ue000": "\ue001"}
CLOSERS = {v: k for k, v in OPENERS.items()}


def parse(text: str, syntax: str = "auto", context: ParseContext | None = None):
    """Read `text`: a sympy expression, a Chain for relations, or a list for several statements.

    Everything is built unevaluated (`2+3` stays a sum). Raises ParseError and nothing else.
    """
    chains = parse_chains(text, syntax, context)
    if len(chains) == 1:
        chain = chains[0]
        return chain.parts[0].expr if not chain.links and chain.parts[0].unit is None else chain
    return chains


def parse_chains(text: str, syntax: str = "auto",
                 context: ParseContext | None = None) -> list[Chain]:
    """Read `text` into one Chain per statement (a lone expression is a chain of one part).

    Reading is a pure function of (text, syntax, context): the same line read again (the next
    step starts from this one, a class hands in the same problem) comes from a cache, as fresh
    copies of the chains (their sympy expressions are immutable and shared).
    """
    if syntax not in SYNTAXES:
        raise ValueError(f"syntax must be one of {SYNTAXES}, not {syntax!r}")
    if not isinstance(text, str):
        raise ParseError("expected text", "")
    context = context or ParseContext()
    try:
        chains = _cached_chains(text, syntax, context)
    except TypeError:  # a context with unhashable fields: read without the cache
        chains = _read_chains(text, syntax, context)
    return [_copy_chain(chain) for chain in chains]


def clear_parse_cache() -> None:
    """Forget the lines read so far (benchmarks time cold reads)."""
    _cached_chains.cache_clear()


@lru_cache(maxsize=2048)
def _cached_chains(text: str, syntax: str, context: ParseContext) -> tuple[Chain, ...]:
    return tuple(_read_chains(text, syntax, context))


def _copy_chain(chain: Chain) -> Chain:
    new = copy.copy(chain)
    new.parts = [copy.copy(part) for part in chain.parts]
    new.links = [copy.copy(link) for link in chain.links]
    return new


def _read_chains(text: str, syntax: str, context: ParseContext) -> list[Chain]:
    check_size(text)
    if not text.strip():
        raise ParseError("the line is empty", text)
    syntax = detect_syntax(text) if syntax == "auto" else syntax
    check_lone_name(text)
    check_division_runs(text)  # 4 / 15 / 3 / 5: which brackets are meant is not written
    chains = _build_chains(text, syntax, context)
    _check_parts(chains, text)
    return chains


def _build_chains(text: str, syntax: str, context: ParseContext) -> list[Chain]:
    """Parse `text` and build its chains; any failure becomes a ParseError."""
    spelled = outer_braces_dropped(unicode_math_spelled(text))  # Word's ▒, 〖〗; {\displaystyle}
    marked = mark_bars(mark_norms(left_dot_bounds(rewrite(text_words_read(spelled)))))
    try:
        tree = parser_for(syntax).parse(marked)
        return Builder(text, context or ParseContext()).transform(tree)
    except VisitError as exc:
        raise _builder_error(exc, text) from None
    except UnexpectedInput as exc:
        raise unreadable(text) or explain(exc, text, syntax, marked) from None
    except RecursionError:
        raise ParseError(TOO_DEEP, text) from None
    except (LarkError, ValueError, TypeError, ArithmeticError, AttributeError) as exc:
        raise ParseError(f"cannot read this: {_plain(exc)}", text) from None


def _builder_error(exc: VisitError, text: str) -> ParseError:
    """The ParseError of an error raised while building, where the builder put it or at its node."""
    inner, (line, column) = exc.orig_exc, _node_position(exc.obj)
    if isinstance(inner, ParseError):
        placed = (inner.line, inner.column) != (1, 1)  # a prime that cannot be read
        return type(inner)(inner.message, text, *((inner.line, inner.column) if placed else (
            line, column)))
    if isinstance(inner, RecursionError):
        return ParseError(TOO_DEEP, text, line, column)
    return ParseError(f"cannot read this: {_plain(inner)}", text, line, column)


def _check_parts(chains: list[Chain], text: str) -> None:
    """Refuse a part nested too deeply or with a relation where a number belongs."""
    for chain in chains:
        for part in chain.parts:
            if _depth(part.expr) > MAX_EXPR_DEPTH:
                raise ParseError(TOO_DEEP, text, part.span.line, part.span.column)
            misplaced = _misplaced_relation(part.expr)
            if misplaced:
                raise sd_law(text) or ParseError(misplaced, text, part.span.line, part.span.column)

def _misplaced_relation(expr) -> str | None:
    """A relation (`x <= 1`) is an event inside P(…) or E[…], never a number elsewhere."""
    if not isinstance(expr, sp.Basic) or isinstance(expr, sp.Piecewise):
        return None
    if isinstance(expr, _CONDITIONS):
        return "a relation or condition cannot be used as a number here"
    events = isinstance(expr, AppliedUndef) and expr.func.__name__ in EVENT_NAMES
    for child in expr.args:
        if events and isinstance(child, _CONDITIONS):
            continue
        found = _misplaced_relation(child)
        if found:
            name = getattr(expr.func, "__name__", "")
            return (f"a relation cannot be the argument of {name}"
                    if isinstance(child, _CONDITIONS) and name else found)
    return None


_CONDITIONS = (sp.Rel, BooleanFunction, BooleanAtom)
EVENT_NAMES = EVENT_FUNCTIONS | CONDITIONED_NAMES  # H(C | A = t): read as H_cond(C, A = t)


def _node_position(node) -> tuple[int, int]:
    """Line and column of the tree node (or token) a transformer error happened at."""
    meta = getattr(node, "meta", None)
    if meta is not None and not getattr(meta, "empty", True):
        return meta.line, meta.column
    return getattr(node, "line", 1) or 1, getattr(node, "column", 1) or 1


def _depth(expr) -> int:
    """How deeply an expression nests (iteratively: it must not recurse itself)."""
    deepest, stack = 0, [(expr, 1)]
    while stack:
        node, level = stack.pop()
        deepest = max(deepest, level)
        if deepest > MAX_EXPR_DEPTH:
            break
        stack.extend((arg, level + 1) for arg in getattr(node, "args", ()))
    return deepest


def _plain(exc: BaseException) -> str:
    return str(exc).splitlines()[0][:120] if str(exc) else type(exc).__name__


def check_size(text: str) -> None:
    """Refuse huge or deeply nested input before any parsing starts."""
    if len(text) > MAX_LENGTH:
        raise ParseError(f"this line has {len(text)} characters; the limit is {MAX_LENGTH}",
                         text[:200], 1, 1)
    operators = list(_BIG_OPERATOR.finditer(text))
    if len(operators) > MAX_OPERATORS:
        line, col = _position(text, operators[MAX_OPERATORS].start())
        raise ParseError(f"more than {MAX_OPERATORS} sums, products, limits, integrals or "
                         "derivatives in one line", text, line, col)
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


def _brackets(text: str) -> tuple[tuple[str, int] | None, tuple[str, int] | None]:
    """(the first closing bracket that closes nothing or the wrong kind, the innermost bracket
    left open), each as (character, offset). `\\{` and `\\}` are set braces, not groups."""
    stack: list[tuple[str, int]] = []
    for k, ch in enumerate(text):
        if k and text[k - 1] == "\\" and ch in "{}":
            continue
        if ch in OPENERS:
            stack.append((ch, k))
        elif ch in CLOSERS:
            if stack and stack[-1][0] == CLOSERS[ch]:
                stack.pop()
            elif stack and stack[-1][0] == ABS_OPEN:  # (|x): the bar is what is left open
                return None, stack[-1]
            else:
                return (ch, k), (stack[-1] if stack else None)
    return None, (stack[-1] if stack else None)


# Examples of mistakes, by the sentence that explains them. A parse error gets a sentence when
# the parser stands in the same state before the same kind of token as for one of the examples.
# (Brackets, unknown characters and unknown commands are explained before these are consulted.)
KNOWN_BAD = {
    "an operator is missing its right-hand side": ["x +", "2 *", "x^", "\\frac{1}{2} -", "x /",
                                                   "a \\cdot"],
    "two operators in a row": ["x + * 2", "2 ** * 3", "x // 2", "x * / 2", "a \\cdot \\cdot b"],
    "an empty pair of brackets": ["()", "x + ()", "{}", "f()", "2 + []", "x^{}", "sin()",
                                  "\\sin()"],
    "a relation is missing one side": ["= x", "x = ", "x < ", "x = = 1", "a \\leq", "\\implies b"],
    "a comma must stand between two things": ["f(x,)", "f(,x)", "x,,y"],
    "a limit needs its variable and point, e.g. lim x->0 … or \\lim_{x \\to 0} …": [
        "lim 2", "\\lim x", "\\lim 2"],
    "a fraction needs two arguments: \\frac{a}{b}": ["\\frac", "\\frac{1}", "\\frac 1"],
    "a function needs its argument, e.g. sin x or \\sin(x)": [  # `\\ln` alone is prose
        "2 + sin", "2 + \\sin", "2 + log", "2 + \\log", "2 + \\ln"],
    "a derivative needs what it differentiates, e.g. d/dx (x^2)": ["d/dx", "\\frac{d}{dx}"],
    "braces {…} are not brackets in LaTeX: put a function's argument in ( ) or "
    "\\left( \\right)": ["\\sin{x+1}", "\\log{2x - 1}", "\\exp{-x + 1}"],
    "a condition | needs something on both sides, e.g. P(A|B)": ["P(A|)", "P(|A)"],
    "an integral needs its variable at the end, e.g. \\int_0^1 x^2 \\, dx": [
        "\\int x", "\\int_0^1 x^2"],
}


@lru_cache(maxsize=2)
def _known_errors(syntax: str) -> dict[tuple[int, str], str]:
    """(parser state, token type) of each KNOWN_BAD example that fails that way in `syntax`."""
    known: dict[tuple[int, str], str] = {}
    for label, examples in KNOWN_BAD.items():
        for example in examples:
            if syntax != detect_syntax(example):
                continue
            try:
                parser_for(syntax).parse(mark_bars(example))
            except (UnexpectedToken, UnexpectedEOF) as exc:
                known.setdefault((_state(exc), _token_type(exc)), label)
            except LarkError:
                pass
    return known


def _token_type(exc: UnexpectedInput) -> str:
    token = getattr(exc, "token", None)
    return "$END" if isinstance(exc, UnexpectedEOF) or token is None else token.type


def _state(exc: UnexpectedInput):
    """The LR state the parser stood in (the top of its stack)."""
    state = getattr(exc, "state", None)
    return getattr(state, "position", state)


def _opened_at(text: str, offset: int, line: int) -> str:
    l2, c2 = _position(text, offset)
    return f"column {c2}" if l2 == line else f"line {l2}, column {c2}"


def explain(exc: UnexpectedInput, text: str, syntax: str, marked: str | None = None) -> ParseError:
    """Translate a lark error into a sentence a learner can act on, with line and column.

    `marked` is the text as lexed (mark_bars): it tells which bars open and close |…|."""
    line, column, offset, at_end = _error_position(exc, text)
    stray, unclosed = _brackets(text if marked is None else marked)
    if stray is not None and stray[1] <= offset:
        l2, c2 = _position(text, stray[1])
        return ParseError(f"'{_shown(stray[0])}' closes a bracket that was never opened", text,
                          l2, c2)
    if isinstance(exc, UnexpectedCharacters):
        return _unexpected_characters(text, syntax, offset, unclosed, line, column)
    if _token_type(exc) in ("_NEG", "__ANON_NEG") or str(getattr(exc, "token", "")) == "¬":
        return ParseError(NEGATION, text, line, column)
    if (unclosed is not None and unclosed[0] != ABS_OPEN and unclosed[1] < offset
            and _token_type(exc) in _ENDS_A_BRACKET):  # \frac{1}{2 = x: the } is missing
        return _missing_closer(text, unclosed, (line, column))
    if at_end and unclosed is not None:
        return _missing_closer(text, unclosed)
    label = _known_errors(syntax).get((_state(exc), _token_type(exc)))
    if label:
        return ParseError(label, text, line, column)
    if unclosed is not None and unclosed[0] == ABS_OPEN and str(exc.token) in CLOSERS:
        where = _opened_at(text, unclosed[1], line)
        return ParseError(f"missing closing '|' for the '|' opened at {where}", text, line, column)
    if at_end:
        return ParseError("the line ends too early", text, line, column)
    return ParseError(unexpected_token(str(exc.token), text, offset), text, line, column)


def _error_position(exc: UnexpectedInput, text: str) -> tuple[int, int, int, bool]:
    """Where a lark error happened: (line, column, offset, whether at the end of the text)."""
    line, column = getattr(exc, "line", 1) or 1, getattr(exc, "column", 1) or 1
    at_end = isinstance(exc, (UnexpectedEOF, UnexpectedToken)) and _token_type(exc) == "$END"
    if at_end:
        line, column = _position(text, len(text))
    offset = getattr(exc, "pos_in_stream", None)
    if offset is None:
        offset = len(text) if at_end else _offset(text, line, column)
    return line, column, offset, at_end


def _unexpected_characters(text: str, syntax: str, offset: int,
                           unclosed: tuple[str, int] | None, line: int,
                           column: int) -> ParseError:
    """The lexer found no token at `offset`: an environment, an unknown or misplaced command,
    a missing closing bracket or a character the grammar does not know."""
    command = re.match(r"\\([a-zA-Z]+)", text[offset:])
    if command and command.group(1) == "begin":
        env = re.match(r"\\begin\s*\{([^{}]*)\}", text[offset:])
        name = env.group(1) if env else "…"
        return ParseError(f"the environment {{{name}}} is not supported here", text, line,
                          column)
    if (command and command.group(1) == "partial") or text.startswith("∂", offset):
        return ParseError(PARTIAL_ONLY, text, line, column)
    if (command and command.group(1) in ("neg", "lnot")) or text.startswith("¬", offset):
        return ParseError(NEGATION, text, line, column)
    if command and command.group(1) not in known_commands(syntax):
        return ParseError(f"unknown command \\{command.group(1)}", text, line, column)
    if unclosed is not None:
        return _missing_closer(text, unclosed)
    if command:
        return ParseError(f"\\{command.group(1)} cannot stand here", text, line, column)
    char = text[offset] if offset < len(text) else ""
    return ParseError(f"unexpected character {char!r}", text, line, column)

# tokens no bracket can hold: a relation or a separator before a bracket is closed means the
# bracket's closer is missing (`\\frac{1}{2 = x`)
_ENDS_A_BRACKET = frozenset({"EQ", "NE", "LT", "GT", "LE", "GE", "APPROX", "EQUIV", "IMPLIES",
                             "IFF", "DEFINE", "UPDATE", "LABELED_EQ", "_TO", "_ROWSEP",
                             "_CONNECTOR", "_END", "COMMA", "SEMICOLON"})
_CLOSER_NAMES = {"(": "parenthesis", "{": "brace", "[": "bracket"}


def _missing_closer(text: str, unclosed: tuple[str, int],
                    at: tuple[int, int] | None = None) -> ParseError:
    """The closing bracket is missing (at the end of the text, or where `at` says a relation
    or a separator came before it): say where it was opened."""
    ch, k = unclosed
    line, column = at or _position(text, len(text))
    what = _CLOSER_NAMES.get(ch, f"'{_shown(OPENERS[ch])}'")
    return ParseError(f"missing closing {what} for the '{_shown(ch)}' opened at "
                      f"{_opened_at(text, k, line)}", text, line, column)


def _shown(ch: str) -> str:
    return "|" if ch in (ABS_OPEN, ABS_CLOSE) else ch


def _offset(text: str, line: int, column: int) -> int:
    start = 0
    for _ in range(line - 1):
        start = text.index("\n", start) + 1
    return start + column - 1

"""The private sympy, mpmath and lark API we lean on, in one place; each use says why.

pyproject.toml bounds sympy (<1.15), mpmath (<1.4) and lark (<2) because of these: when one of
them moves, this is the only module to mend.
"""

from __future__ import annotations

import copyreg
import importlib
import pickle
import re
import types
from collections.abc import Callable
from functools import cache, lru_cache
from re import _constants as sre  # private: the opcodes of a parsed pattern
from re import _parser as sre_parse  # private: a pattern's parsed form

import mpmath
import sympy as sp
from lark import lexer as lark_lexer
from lark.parsers import lalr_analysis
from sympy.core.facts import InconsistentAssumptions  # noqa: F401 - facts of an object clash
from sympy.core.function import AppliedUndef  # noqa: F401 - the class of f(x) for an unknown f

__all__ = ["AppliedUndef", "ParserPickler", "SharedPatternLexer", "evalf_of", "float_digits",
           "printer_names", "to_mpf", "written_mpf"]


def to_mpf(number, bits: int) -> mpmath.mpf | mpmath.mpc:
    """A sympy number as mpmath at `bits` of precision.

    `_to_mpmath` is the exact binary value sympy holds; going through str or float would round.
    """
    dps = mpmath.libmp.prec_to_dps(bits)
    value = number if isinstance(number, sp.Float) else sp.N(number, dps)
    return value._to_mpmath(bits)


def float_digits(f: sp.Float) -> int:
    """The decimal digits a sympy Float carries (its `_prec`: there is no public attribute)."""
    return mpmath.libmp.prec_to_dps(f._prec)


def written_mpf(f: sp.Float, extra_bits: int = 10) -> mpmath.mpf:
    """A Float's own binary value with a few guard bits, as mpmath (for printing its digits)."""
    return f._to_mpmath(f._prec + extra_bits)


def evalf_of(expr: sp.Basic, prec: int):
    """`_eval_evalf`: the hook our Function classes (sigmoid, logit) implement by evaluating
    their definition; calling the definition's own hook keeps sympy's precision handling."""
    return expr._eval_evalf(prec)


@lru_cache(maxsize=1)
def printer_names() -> frozenset[str]:
    """Class names sympy's printers dispatch on (Rational, Sum, Max, beta, ...): their
    `_print_<Name>` methods, found by name, since no public registry lists them."""
    from sympy.printing.latex import LatexPrinter
    from sympy.printing.precedence import PRECEDENCE_FUNCTIONS
    from sympy.printing.pretty.pretty import PrettyPrinter
    from sympy.printing.str import StrPrinter

    names = set(PRECEDENCE_FUNCTIONS)
    for printer in (LatexPrinter, PrettyPrinter, StrPrinter):
        names |= {m[len("_print_"):] for m in dir(printer) if m.startswith("_print_")}
    return frozenset(names)


# --- re: the characters a pattern can start with ----------------------------------------------
# `re._parser` (private) gives a pattern's parsed form; from it we read which characters a match
# can begin with. Conservative: anything not understood (a back-reference, a case-insensitive
# part, a negated class) counts as "any character", so no terminal is ever left out wrongly.
def _is_word(c: str) -> bool:
    return c.isalnum() or c == "_"  # what \w matches in a str pattern


_CATEGORY_TESTS = {
    sre.CATEGORY_DIGIT: str.isdigit, sre.CATEGORY_UNI_DIGIT: str.isdigit,  # \d: within isdigit
    sre.CATEGORY_WORD: _is_word, sre.CATEGORY_UNI_WORD: _is_word,
    sre.CATEGORY_SPACE: str.isspace, sre.CATEGORY_UNI_SPACE: str.isspace,
}


class FirstChars:
    """The characters a pattern's match can start with: some characters, ranges, categories."""

    __slots__ = ("chars", "ranges", "tests")

    def __init__(self, chars: frozenset[str], ranges: tuple, tests: tuple) -> None:
        self.chars, self.ranges, self.tests = chars, ranges, tests

    def __call__(self, c: str) -> bool:
        return (c in self.chars or any(lo <= ord(c) <= hi for lo, hi in self.ranges)
                or any(test(c) for test in self.tests))

    def __reduce__(self):
        return FirstChars, (self.chars, self.ranges, self.tests)


class _AnyFirst(Exception):
    """A part of the pattern may start with any character."""


def _first_of_sequence(items, chars: set, ranges: list, tests: set) -> bool:
    """Add what `items` can start with; True when the whole sequence can match empty."""
    for op, av in items:
        if not _first_of_item(op, av, chars, ranges, tests):
            return False
    return True


def _first_of_item(op, av, chars: set, ranges: list, tests: set) -> bool:  # noqa: C901, PLR0911
    """Add what one parsed item can start with; True when it can match empty."""
    if op is sre.LITERAL:
        chars.add(chr(av))
        return False
    if op is sre.IN:
        for kind, value in av:
            if kind is sre.LITERAL:
                chars.add(chr(value))
            elif kind is sre.RANGE:
                ranges.append(value)
            elif kind is sre.CATEGORY and value in _CATEGORY_TESTS:
                tests.add(_CATEGORY_TESTS[value])
            else:  # a negated set or category, or one tied to a locale
                raise _AnyFirst
        return False
    if op is sre.BRANCH:
        return any([_first_of_sequence(alt, chars, ranges, tests) for alt in av[1]])
    if op is sre.SUBPATTERN:
        if av[1] & sre.SRE_FLAG_IGNORECASE:
            raise _AnyFirst
        return _first_of_sequence(av[3], chars, ranges, tests)
    if op is sre.ATOMIC_GROUP:
        return _first_of_sequence(av, chars, ranges, tests)
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        return _first_of_sequence(av[2], chars, ranges, tests) or av[0] == 0
    if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):  # matches no character: look past it
        return True
    raise _AnyFirst


@cache
def first_chars(pattern: str, flags: int) -> FirstChars | None:
    """A test of whether a match of `pattern` can start with a character; None when it can
    start with any (or the pattern is beyond this reading)."""
    try:
        parsed = sre_parse.parse(pattern, flags)
        chars: set[str] = set()
        ranges: list[tuple[int, int]] = []
        tests: set[Callable[[str], bool]] = set()
        if parsed.state.flags & sre.SRE_FLAG_IGNORECASE or _first_of_sequence(
                parsed, chars, ranges, tests):
            return None
    except (_AnyFirst, re.error, RecursionError):
        return None
    return FirstChars(frozenset(chars), tuple(ranges), tuple(tests))


# --- lark: the contextual lexer's scanners ---------------------------------------------------
# lark builds one scanner per set of terminals a parser state accepts, on first use, by
# compiling the union of their patterns: our grammars' terminals are long (10,000 characters
# for LaTeX), and a notes file meets 20 to 100 such sets, 20 ms each: half a second or more of
# a cold start went to compiling regular expressions. Here a state keeps, for each character
# met at a token's start, the terminals whose match can start with it, in lark's own order
# (the first that matches wins, as in the union, so every token is the same); each terminal
# is compiled once per process, when it is first tried.


@cache
def _terminal_match(pattern: str, flags: int):
    return re.compile(pattern, flags).match


class _TerminalScanner(lark_lexer.Scanner):
    """lark's `Scanner` (private) that tries, at each position, only the terminals that can
    start with the character there."""

    def __init__(self, terminals, g_regex_flags, re_, use_bytes):
        self.terminals, self.g_regex_flags, self.re_ = terminals, g_regex_flags, re_
        self.use_bytes = use_bytes  # always False: our grammars lex text, not bytes
        self.allowed_types = {t.name for t in terminals}
        self._firsts = [(first_chars(t.pattern.to_regexp(), g_regex_flags), t)
                        for t in terminals]
        self._by_char: dict[str, list] = {}
        self._mres = None

    def _candidates(self, char: str) -> list:
        found = [(_terminal_match(t.pattern.to_regexp(), self.g_regex_flags), t.name)
                 for starts, t in self._firsts if starts is None or (char and starts(char))]
        self._by_char[char] = found
        return found

    def match(self, text, pos):
        string, end = text.text, text.end
        char = string[pos] if pos < end else ""
        candidates = self._by_char.get(char)
        if candidates is None:
            candidates = self._candidates(char)
        for match, name in candidates:
            found = match(string, pos, end)
            if found:
                return found.group(0), name
        return None

    def fullmatch(self, text: str):
        if self._mres is None:
            self._mres = self._build_mres(self.terminals, len(self.terminals))
        return super().fullmatch(text)


class _SharedPatternBasicLexer(lark_lexer.BasicLexer):
    def _build_scanner(self):
        """lark's `BasicLexer._build_scanner` (private), line for line, with our scanner."""
        terminals, self.callback = lark_lexer._create_unless(self.terminals, self.g_regex_flags,
                                                             self.re, self.use_bytes)
        for type_, f in self.user_callbacks.items():
            if type_ in self.callback:
                self.callback[type_] = lark_lexer.CallChain(self.callback[type_], f,
                                                            lambda t: t.type == type_)  # noqa: B023 - as lark has it
            else:
                self.callback[type_] = f
        return _TerminalScanner(terminals, self.g_regex_flags, self.re, self.use_bytes)


class SharedPatternLexer(lark_lexer.ContextualLexer):
    """lark's contextual lexer with scanners that share compiled terminals; passed to Lark as
    `_plugins={"ContextualLexer": SharedPatternLexer}` (a private option)."""

    BasicLexer = _SharedPatternBasicLexer


class ParserPickler(pickle.Pickler):
    """Pickles a freshly built Lark parser whole: loading it takes a tenth of the time lark's
    own cache takes to rebuild its parse table (0.03 s against 0.3 s for the LaTeX grammar).

    Two things in it are not plain data: the `re` module lark keeps a reference to (pickled
    by its name), and lark's parse actions `Shift` and `Reduce` (private), which its parser
    tells apart by identity: they are pickled as references to lark's own two objects."""

    dispatch_table = copyreg.dispatch_table.copy()
    dispatch_table[types.ModuleType] = lambda m: (importlib.import_module, (m.__name__,))
    dispatch_table[lalr_analysis.Action] = lambda a: (getattr, (lalr_analysis, a.name))

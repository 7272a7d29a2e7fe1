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
from functools import cache, lru_cache

import mpmath
import sympy as sp
from lark import lexer as lark_lexer
from lark.parsers import lalr_analysis
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


# --- lark: the contextual lexer's scanners ---------------------------------------------------
# lark builds one scanner per set of terminals a parser state accepts, on first use, by
# compiling the union of their patterns: our grammars' terminals are long (10,000 characters
# for LaTeX), and a notes file meets 20 to 100 such sets, 20 ms each: half a second or more of
# a cold start went to compiling regular expressions. Here every terminal is compiled once per
# process and a state tries them in lark's own order (the first that matches wins, as in the
# union, so every token is the same); a state used often gets its union compiled after all.
UNION_AFTER = 2000  # matches in one state before its union is compiled (a union costs ~20 ms)


@cache
def _terminal_match(pattern: str, flags: int):
    return re.compile(pattern, flags).match


class _TerminalScanner(lark_lexer.Scanner):
    """lark's `Scanner` (private), its union compiled only once the state is used often."""

    def __init__(self, terminals, g_regex_flags, re_, use_bytes):
        self.terminals, self.g_regex_flags, self.re_ = terminals, g_regex_flags, re_
        self.use_bytes = use_bytes
        self.allowed_types = {t.name for t in terminals}
        self._each = [(_terminal_match(t.pattern.to_regexp(), g_regex_flags), t.name)
                      for t in terminals]
        self._mres = None
        self._uses = 0

    def match(self, text, pos):
        if self._mres is not None:
            return super().match(text, pos)
        self._uses += 1
        if self._uses > UNION_AFTER and not self.use_bytes:
            self._mres = self._build_mres(self.terminals, len(self.terminals))
        string, end = text.text, text.end
        for match, name in self._each:
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

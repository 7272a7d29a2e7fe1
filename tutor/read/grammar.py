"""Load the lark grammars, their word lists filled in from the registry (tutor.vocabulary)."""

from __future__ import annotations

import getpass
import hashlib
import re
import sys
import tempfile
from functools import lru_cache
from pathlib import Path

from lark import Lark
from lark import __version__ as lark_version
from lark.lexer import PatternRE, PatternStr, TerminalDef

from tutor.compat import SharedPatternLexer
from tutor.read.unicode_scripts import LEXER_CALLBACKS
from tutor.vocabulary import (
    ACCENTS,
    ACRONYMS,
    FONTS,
    SUBSCRIPTED_WORDS,
    UNIT_WORDS,
    greek,
    spelled,
)

# The word lists the grammars leave to the registry: `<name>` in a terminal's regex becomes the
# alternation of these words when the grammar is loaded (lark's edit_terminals).
FILLS = {
    "plain-functions": spelled("P"), "tex-functions": spelled("T"),
    "tex-function-words": spelled("W") + spelled("B"), "operatorname-functions": spelled("O"),
    "plain-greek": greek("p"), "plain-greek-indexed": greek("i"), "tex-greek": greek("t"),
    "accents": ACCENTS + FONTS, "units": UNIT_WORDS, "acronyms": ACRONYMS,
    "subscripted-words": SUBSCRIPTED_WORDS,
}
_PLACE = re.compile(r"<([a-z][a-z-]*)>")


def grammar_dir() -> Path:
    """The grammar folder: inside the installed package, or the repository's top level."""
    package = Path(__file__).resolve().parent.parent  # tutor/
    installed = package / "_grammar"
    return installed if (installed / "latex.lark").exists() else package.parent / "grammar"


def fill_terminal(terminal: TerminalDef) -> None:
    """Put the registry's words where a terminal's regex has a `<name>` place."""
    pattern = terminal.pattern
    if isinstance(pattern, PatternRE) and _PLACE.search(pattern.value):
        value = _PLACE.sub(lambda m: "|".join(map(re.escape, FILLS[m.group(1)])), pattern.value)
        terminal.pattern = PatternRE(value, pattern.flags, pattern.raw)


def _cache_file(syntax: str) -> str:
    """lark's on-disk cache, named by the filled words and the grammar files: lark's own key
    leaves edit_terminals out, and a file named the same for two grammars (two checkouts, an
    upgrade) is rebuilt by each in turn, seconds counted against the first step's budget."""
    texts = [f.read_bytes() for f in sorted(grammar_dir().glob("*.lark"))]
    digest = hashlib.sha256(repr((sorted(FILLS.items()), texts)).encode()).hexdigest()[:16]
    try:
        user = getpass.getuser()
    except Exception:  # as lark does: any failure gives a shared name
        user = "unknown"
    python = "{}.{}".format(*sys.version_info[:2])
    name = f".tutor_lark_{syntax}_{user}_{digest}_{lark_version}_{python}.tmp"
    return str(Path(tempfile.gettempdir()) / name)


def detect_syntax(text: str) -> str:
    """LaTeX when the text has a backslash, a dollar or a label above a name (`a^{(L)}_j`,
    `W^{[2]}`: TeX's way to write layer L's unit j, never a power); plain otherwise (braces
    alone are plain grouping: `lim_{x->0} sin(x)/x`, `sum_{i=1}^{n} i`, `x^{2}` read the same
    in both)."""
    return "latex" if re.search(r"[\\$]|\^\s*\{\s*[(\[]", text) else "plain"


def load_parsers(lines) -> None:
    """Build (or read from the disk cache) the parsers that (text, syntax) lines need, before
    any step's time budget starts: building one from its grammar takes a second or two."""
    for syntax in {detect_syntax(text) if syntax == "auto" else syntax for text, syntax in lines}:
        if syntax in ("plain", "latex"):
            parser_for(syntax)


@lru_cache(maxsize=2)
def parser_for(syntax: str) -> Lark:
    """The LALR parser of one grammar, built once per process (and cached on disk)."""
    return Lark.open(str(grammar_dir() / f"{syntax}.lark"), parser="lalr",
                     propagate_positions=True, maybe_placeholders=False,
                     edit_terminals=fill_terminal, cache=_cache_file(syntax),
                     lexer_callbacks=LEXER_CALLBACKS,
                     _plugins={"ContextualLexer": SharedPatternLexer})


@lru_cache(maxsize=2)
def known_commands(syntax: str) -> frozenset[str]:
    """The commands a grammar knows, read off its terminals: `\\(sin|cos)`, `\\[dt]?frac`."""
    source = " ".join(re.escape(t.pattern.value) if isinstance(t.pattern, PatternStr)
                      else t.pattern.value for t in parser_for(syntax).terminals)
    known: set[str] = set()
    for prefixes, group, word in re.findall(
            r"\\\\(?:\[([a-zA-Z]+)\]\?)?(?:\(([a-zA-Z|]+)\)|([a-zA-Z]+))", source):
        words = group.split("|") if group else [word]
        known.update(words)
        known.update(p + w for p in prefixes for w in words)
    return frozenset(known)

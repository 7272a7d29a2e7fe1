"""Load the lark grammars, their word lists filled in from the registry (tutor.vocabulary)."""

from __future__ import annotations

import hashlib
import os
import pickle
import re
import sys
import tempfile
from functools import lru_cache
from pathlib import Path

from lark import Lark
from lark import __version__ as lark_version
from lark.lexer import PatternRE, PatternStr, TerminalDef

from tutor import compat
from tutor.compat import ParserPickler, SharedPatternLexer
from tutor.read import unicode_scripts
from tutor.read.glued_calls import GLUED_FUNCTIONS
from tutor.read.unicode_scripts import LEXER_CALLBACKS
from tutor.vocabulary import (
    ACCENTS,
    ACRONYMS,
    AND_LETTERS,
    AND_WORDS,
    CONNECTIVE_WORDS,
    FONTS,
    OR_WORDS,
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
    "subscripted-words": SUBSCRIPTED_WORDS, "connective-words": CONNECTIVE_WORDS,
    "connective-letters": AND_LETTERS,
    "and-words": tuple(w for w in AND_WORDS if len(w) > 1),  # between events: P(A and B)
    "or-words": tuple(w for w in OR_WORDS if len(w) > 1),
    "glued-functions": GLUED_FUNCTIONS,  # sinx, xlnx (tutor.read.glued_calls)
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


def _cache_file(syntax: str) -> Path:
    """Where the parser is kept between runs, named by everything it is built from: the
    grammar files, the filled words, the modules whose objects it holds, lark and Python."""
    sources = [f.read_bytes() for f in sorted(grammar_dir().glob("*.lark"))]
    sources += [Path(m.__file__).read_bytes() for m in (compat, unicode_scripts)]
    digest = hashlib.sha256(repr((sorted(FILLS.items()), sources)).encode()).hexdigest()[:16]
    python = "{}.{}".format(*sys.version_info[:2])
    return _cache_dir() / f"lark_{syntax}_{digest}_{lark_version}_{python}.pickle"


def _cache_dir() -> Path:
    """$XDG_CACHE_HOME/tutor, else ~/.cache/tutor, else tutor-UID in the temporary folder."""
    try:
        base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    except RuntimeError:  # no home folder
        return Path(tempfile.gettempdir()) / f"tutor-{getattr(os, 'getuid', lambda: 0)()}"
    return base / "tutor"


def _private(path: Path) -> bool:
    """Owned by this user and writable by no one else: a pickle is code, and one another user
    could have put there is never loaded."""
    if not hasattr(os, "getuid"):
        return True
    status = path.stat()
    return status.st_uid == os.getuid() and not status.st_mode & 0o022


def _load_cached(path: Path) -> Lark | None:
    """The parser kept on disk, or None when there is none (or it is not ours, or broken)."""
    try:
        if not (_private(path.parent) and _private(path)):
            return None
        with path.open("rb") as f:
            parser = pickle.load(f)
    except Exception:  # noqa: BLE001 - missing, truncated, or from other code: build anew
        return None
    return parser if isinstance(parser, Lark) else None


def _store(parser: Lark, path: Path) -> None:
    """Keep a freshly built parser on disk (written whole, then moved into place); a folder
    that cannot be made private, or a full disk, only costs the next run the build."""
    temporary = None
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        if not _private(path.parent):
            return
        handle, temporary = tempfile.mkstemp(dir=path.parent, suffix=".part")
        with os.fdopen(handle, "wb") as f:
            ParserPickler(f, protocol=pickle.HIGHEST_PROTOCOL).dump(parser)
        os.replace(temporary, path)
    except Exception:  # noqa: BLE001 - a cache that cannot be written is no error
        if temporary:
            Path(temporary).unlink(missing_ok=True)


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
    """The LALR parser of one grammar, built once per process and kept on disk between runs
    (building it from the grammar takes a second or two, loading it 0.03 s)."""
    path = _cache_file(syntax)
    parser = _load_cached(path)
    if parser is None:
        parser = build_parser(syntax)
        _store(parser, path)
    return parser


def build_parser(syntax: str) -> Lark:
    """The LALR parser of one grammar, built from the grammar file."""
    return Lark.open(str(grammar_dir() / f"{syntax}.lark"), parser="lalr",
                     propagate_positions=True, maybe_placeholders=False,
                     edit_terminals=fill_terminal, lexer_callbacks=LEXER_CALLBACKS,
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

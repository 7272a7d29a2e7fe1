"""The lexer that tries only the terminals that can start with the next character reads every line
as lark's own contextual lexer does: the same tree, or the same error at the same place; and the
characters a pattern can start with are never too few."""

from __future__ import annotations

from pathlib import Path

import pytest
from lark import Lark

from tutor import compat
from tutor.read.grammar import LEXER_CALLBACKS, fill_terminal, grammar_dir, parser_for

ROOT = Path(__file__).resolve().parent.parent
LINES = {
    "plain": ["(x+1)^2 = x^2 + 2x + 1", "lim h->0 ((x+h)^2 - x^2)/h", "d/dx sin(x^2)",
              "sum(k=1..n, k binom(n, k) p^k (1-p)^(n-k))", "P(A|B) = 0.3", "x = 2.5 cm",
              "∂L/∂w = (sigma(w x + b) - y) x", "H = -sum_i p_i log2 p_i", "3 +* 4", "f(x"],
    "latex": [r"\frac{d}{dx}\left(x^{2}\right) = 2x", r"\lim_{h \to 0} \frac{(x+h)^2 - x^2}{h}",
              r"\sigma'(z) = \sigma(z)(1 - \sigma(z))", r"\hat{\beta}_{0} = \bar{y}",
              r"\frac{\partial L}{\partial w_{12}} = a_1 \delta_2",
              r"H(X) = -\sum_{i=1}^{n} p_i \log_2 p_i", r"\text{Var}(X) = E[X^2] - E[X]^2",
              r"\begin{pmatrix} 1 & 2 \\ 3 & 4 \end{pmatrix}", r"\frac{1}{2", r"x \in [0, 1]"],
}


def _document_lines() -> list[str]:
    """Lines of the example notes: the shapes a notes file brings."""
    lines = []
    for path in sorted((ROOT / "examples").iterdir()):
        if path.suffix in (".md", ".tex", ".txt"):
            lines += [s.strip().strip("$").strip() for s in path.read_text().splitlines()]
    return [s for s in lines if s and len(s) < 300]


@pytest.fixture(scope="module", params=["plain", "latex"])
def lark_own(request) -> tuple[str, Lark]:
    """The same grammar with lark's own contextual lexer (no cache: built here)."""
    syntax = request.param
    return syntax, Lark.open(str(grammar_dir() / f"{syntax}.lark"), parser="lalr",
                             propagate_positions=True, maybe_placeholders=False,
                             edit_terminals=fill_terminal, lexer_callbacks=LEXER_CALLBACKS)


def _reading(parser: Lark, line: str):
    try:
        return parser.parse(line)
    except Exception as exc:  # noqa: BLE001 - the error's kind and place are compared
        return type(exc).__name__, getattr(exc, "line", None), getattr(exc, "column", None)


def test_same_reading_as_lark(lark_own):
    syntax, own = lark_own
    parser_for.cache_clear()
    try:
        ours = parser_for(syntax)
        assert isinstance(ours.parser.lexer, compat.SharedPatternLexer)
        lines = LINES[syntax] + _document_lines()
        differ = [s for s in lines if _reading(ours, s) != _reading(own, s)]
        assert differ == []
    finally:
        parser_for.cache_clear()


# (pattern, a character, whether a match may start with it)
FIRST_CHARS = [
    (r"abc", "a", True), (r"abc", "b", False), (r"\\frac", "\\", True), (r"\\frac", "f", False),
    (r"[0-9]+", "7", True), (r"[0-9]+", "x", False), (r"\d+", "٣", True), (r"\w+", "é", True),
    (r"\w+", "+", False), (r"\s*x", " ", True), (r"\s*x", "x", True), (r"\s*x", "y", False),
    (r"a?b", "b", True), (r"a?b", "c", False), (r"(?:ab|cd)e", "c", True),
    (r"(?:ab|c)?d", "d", True),
    (r"(?<![a-z])sin", "s", True), (r"(?<![a-z])sin", "a", False), (r"(?=x)x", "x", True),
    (r"(?i:ab)", "A", True), (r"(?i)ab", "B", True), (r"[^a]", "a", True), (r".", "q", True),
    (r"\D", "x", True), (r"(a)\1", "z", False), (r"(a)?(?(1)b|c)", "c", True), (r"x*", "q", True),
    (r"(?>ab)c", "a", True),
    (r"[a-c]x", "b", True), (r"[a-c]x", "d", False), (r"\bsin\b", "s", True),
]


@pytest.mark.parametrize(("pattern", "char", "may_start"), FIRST_CHARS)
def test_first_chars(pattern, char, may_start):
    starts = compat.first_chars(pattern, 0)
    assert (starts is None or starts(char)) == may_start


@pytest.mark.parametrize("syntax", ["plain", "latex"])
def test_no_terminal_starts_where_its_first_characters_say_it_cannot(syntax):
    """Every terminal of the grammar, at every position of every line of the examples: a match
    there starts with a character its first-character test accepts."""
    import re

    lines = LINES[syntax] + _document_lines()
    terminals = parser_for(syntax).terminals
    wrong = []
    for t in terminals:
        pattern = t.pattern.to_regexp()
        starts, match = compat.first_chars(pattern, 0), re.compile(pattern).match
        if starts is None:
            continue
        wrong += [(t.name, s[k:k + 20]) for s in lines for k in range(len(s))
                  if not starts(s[k]) and match(s, k)]
    assert wrong == []

"""Document readers: which math each kind of notes yields, where it stands, and robustness."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tutor.errors import DocumentError
from tutor.notes.documents import Document, read_document, read_text, starts_with_relation

DATA = Path(__file__).parent / "data"
EXAMPLES = Path(__file__).parent.parent / "examples"


def rows(document: Document) -> list[tuple]:
    """(text with runs of spaces squeezed, line, column, block, continues, problem) per fragment."""
    return [(" ".join(f.text.split()), f.line, f.column, f.block, f.continues, f.problem)
            for f in document.fragments]


def assert_positions_match_source(document: Document) -> None:
    """Every non-space character of a fragment stands at locate(offset) in the source."""
    for fragment in document.fragments:
        for offset, char in enumerate(fragment.text):
            if not char.isspace():
                line, column = fragment.locate(offset)
                assert document.lines[line - 1][column - 1] == char, (fragment, offset)


SAMPLE_ROWS = [
    ("p = 0.2", 7, 8, 0, False, None),
    (r"\frac{p}{1-p} = \frac{0.2}{0.8} = 0.25", 7, 31, 1, False, None),
    (r"\ln 0.25 \approx -1.386", 8, 4, 2, False, None),
    (r"\sigma(z) = \frac{1}{1+e^{-z}}", 15, 1, 3, False, None),
    (r"\sigma'(z) = \frac{e^{-z}}{(1+e^{-z})^{2}}", 16, 1, 3, False, None),
    (r"= \sigma(z)\,(1-\sigma(z))", 17, 3, 3, True, None),
    (r"\tanh(z) = 2\sigma(2z) - 1", 21, 6, 4, False, None),
    ("f(x) = 3x^{2} + 2x", 25, 1, 5, False, None),
    (r"f'(x) = \lim_{h \to 0} \frac{f(x+h) - f(x)}{h}", 29, 1, 6, False, None),
    (r"= \lim_{h \to 0} \frac{3(x+h)^{2} + 2(x+h) - 3x^{2} - 2x}{h}", 30, 2, 6, True, None),
    (r"= \lim_{h \to 0} \frac{6xh + 3h^{2} + 2h}{h}", 31, 2, 6, True, None),
    (r"= \lim_{h \to 0} \left(6x + 3h + 2\right)", 32, 2, 6, True, None),
    ("= 6x + 3", 33, 2, 6, True, None),
    (r"\lim_{x \to 0} \frac{\sin 3x}{x} \to \text{l'hopital} \to \lim_{x \to 0} "
     r"\frac{3\cos 3x}{1} = 3", 38, 5, 7, False, None),
    (r"\lim_{x \to 1} \frac{x^{2}+1}{x+1} = \lim_{x \to 1} \frac{2x}{1} = 2", 39, 5, 8, False,
     None),
    (r"H = -\sum_{i=1}^{8} \frac{1}{8}\log_{2}\frac{1}{8} = \log_{2} 8 = 3 \text{ bits}",
     43, 1, 9, False, None),
    (r"\frac{1}{1+e^{-(2+0.5t)}} = 0.9", 49, 1, 10, False, None),
    (r"e^{-(2+0.5t)} = \frac{1}{9}", 50, 1, 10, False, None),
    (r"2 + 0.5t = \ln 9", 51, 1, 10, False, None),
    (r"t = 2\ln 9 - 2", 52, 1, 10, False, None),
]


def test_sample_notes_fragments() -> None:
    document = read_document(DATA / "notes_sample.md")
    assert rows(document) == SAMPLE_ROWS
    assert_positions_match_source(document)
    assert document.lines[0] == "---" and document.settings == {}


@pytest.mark.parametrize("name", ["notes_sample.md"])
def test_every_error_of_the_key_has_math_and_prose_ranges_have_none(name: str) -> None:
    document = read_document(DATA / name)
    key = tomllib.loads((DATA / f"{name.rsplit('.', 1)[0]}.key.toml").read_text())["step"]
    for entry in key:
        hits = [f for f in document.fragments
                if f.line <= entry["end_line"] and f.end_line >= entry["line"]]
        if entry["expect"] == "error":
            assert hits, entry
    assert not [f for f in document.fragments if f.line >= 56]  # code block and table


@pytest.mark.parametrize("name", ["calculus_notes.md", "logistic.tex", "steps.txt"])
def test_examples_read_and_every_key_error_has_math(name: str) -> None:
    document = read_document(EXAMPLES / name)
    assert_positions_match_source(document)
    key = tomllib.loads((EXAMPLES / f"{name.rsplit('.', 1)[0]}.key.toml").read_text())["step"]
    for entry in key:
        hits = [f for f in document.fragments
                if f.line <= entry["end_line"] and f.end_line >= entry["line"]]
        assert hits or entry["expect"] == "no_error", entry


MARKDOWN_CASES = [
    # CJK prose: columns count characters, not bytes
    ("中文说明：$x^2 = 4$ 的解", [("x^2 = 4", 1, 7, 0, False, None)]),
    ("> 导数是 $2x$。", [("2x", 1, 8, 0, False, None)]),
    # blockquotes, nested quotes, callouts
    ("> > nested $a = b$", [("a = b", 1, 13, 0, False, None)]),
    ("> [!note] Odds\n> $o = 1/9$", [("o = 1/9", 2, 4, 0, False, None)]),
    ("> $$\n> \\begin{align}\n> a &= b \\\\\n> &= c\n> \\end{align}\n> $$",
     [("a = b", 3, 3, 0, False, None), ("= c", 4, 4, 0, True, None)]),
    # lazy continuation: the paragraph (and the open $) goes on without `>`
    ("> so $a\n= b$ holds", [("a = b", 1, 7, 0, False, None)]),
    # a `>` inside a display that was not opened in a quote is math
    ("$$\nx\n> 0\n$$", [("x > 0", 2, 1, 0, False, None)]),
    # inline rules: no space after the opener or before the closer; \$ is text
    ("costs \\$5 and \\$6, $y=1$", [("y=1", 1, 21, 0, False, None)]),
    # Jekyll / kramdown posts escape the delimiters for Markdown: \\[ … \\], \\( … \\)
    ("see \\\\( y = 1 \\\\) here", [("y = 1", 1, 9, 0, False, None)]),
    ("\\\\[\nx_1 = 1.5\n\\\\]\n", [("x_1 = 1.5", 2, 1, 0, False, None)]),
    ("\\\\[ a = b \\\\\\\\ c \\\\]",
     [("a = b", 1, 5, 0, False, None), ("c", 1, 16, 0, False, None)]),
    ("a \\\\ b and \\\\[not closed $y$", [("y", 1, 27, 0, False, None)]),
    ("between $ 1 and 2 $ here", []),
    ("$a$ and $b$", [("a", 1, 2, 0, False, None), ("b", 1, 10, 1, False, None)]),
    # an unclosed $ ends at the end of its paragraph
    ("see $x = 1\nand more\n\nnext $y$",
     [("x = 1 and more", 1, 6, 0, False, None), ("y", 4, 7, 1, False, None)]),
    # skipped: fenced code (``` and ~~~), code spans, tables, comments, embeds, links, headings
    ("```python\n$x = 1$\n```\n~~~\n$y$\n~~~\n$z$", [("z", 7, 2, 0, False, None)]),
    ("use `$a$` or ``$b$`` then $c$", [("c", 1, 28, 0, False, None)]),
    ("| $a$ | 1 |\n| --- | - |\n| $b$ | 2 |", []),
    ("<!-- $a$\n$b$ -->\n%% $c$ %% $d$", [("d", 3, 12, 0, False, None)]),
    ("![[fig $a$.png]] [[note $b$]] $c$", [("c", 1, 32, 0, False, None)]),
    ("[[[[[[ a `` b ``` c", []),
    # math in a heading is read (`## Problem: $f(x)=x^2$` defines f); a `$` left open is prose
    ("## Title with $x$\n$y$", [("x", 1, 16, 0, False, None), ("y", 2, 2, 1, False, None)]),
    ("# Costs in $\n$y$", [("y", 2, 2, 0, False, None)]),
    # list markers are prose; display on one line; display spanning lines without rows
    ("1. $a=1$\n- $$b = 2$$", [("a=1", 1, 5, 0, False, None), ("b = 2", 2, 5, 1, False, None)]),
    ("$$\nf(x) = x^2\n  + 1\n$$", [("f(x) = x^2 + 1", 2, 1, 0, False, None)]),
    # the two align styles, \tag / \nonumber / \label, empty rows, matrices keep their \\ and &
    ("$$\\begin{aligned} f(x) = & a \\\\ = & b \\\\ \\end{aligned}$$",
     [("f(x) = a", 1, 19, 0, False, None), ("= b", 1, 33, 0, True, None)]),
    ("$$\\begin{align} a &= b \\tag{1} \\\\ &\\le c \\nonumber \\label{x}\\end{align}$$",
     [("a = b", 1, 17, 0, False, None), ("\\le c", 1, 36, 0, True, None)]),
    ("$$ \\binom{n}{k} = \\begin{pmatrix} n \\\\ k \\end{pmatrix} $$",
     [("\\binom{n}{k} = \\begin{pmatrix} n \\\\ k \\end{pmatrix}", 1, 4, 0, False, None)]),
    ("$$\\begin{cases} 1 & x > 0 \\\\ 0 & x \\le 0 \\end{cases}$$",
     [("\\begin{cases} 1 & x > 0 \\\\ 0 & x \\le 0 \\end{cases}", 1, 3, 0, False, None)]),
    # `&&` between two equations of a row: two statements; words after it stay with the row
    ("$$\\begin{aligned} a &= 2 && b = 3 \\end{aligned}$$",
     [("a = 2", 1, 19, 0, False, None), ("b = 3", 1, 29, 0, False, None)]),
    ("$$\\begin{array}{rcl} y &=& 2 \\end{array}$$", [("y = 2", 1, 22, 0, False, None)]),
    ("$$ x &= 1 && \\text{by (2)} $$", [("x = 1 \\text{by (2)}", 1, 4, 0, False, None)]),
    # an array of rows with relations lays out a derivation; an array after \left( is a matrix
    ("$$\\begin{array}{rl} z & = 4 + 4 \\\\ & = 8 \\end{array}$$",
     [("z = 4 + 4", 1, 21, 0, False, None), ("= 8", 1, 38, 0, True, None)]),
    ("$$\\left(\\begin{array}{cc} 1 & 2 \\\\ 3 & 4 \\end{array}\\right)$$",
     [("\\left(\\begin{array}{cc} 1 & 2 \\\\ 3 & 4 \\end{array}\\right)", 1, 3, 0, False,
       None)]),
    # enumerated rows: the enumerator before & is not math
    ("$$\\begin{align}\n1. & x = 2 \\\\\n(2) & y = 3\n\\end{align}$$",
     [("x = 2", 2, 6, 0, False, None), ("y = 3", 3, 7, 0, False, None)]),
]


@pytest.mark.parametrize(("text", "expected"), MARKDOWN_CASES)
def test_markdown(text: str, expected: list[tuple]) -> None:
    document = read_text(text, "md")
    assert rows(document) == expected
    assert all(f.syntax == "latex" for f in document.fragments)
    assert_positions_match_source(document)


PROBLEM_CASES = [
    # heading names the id; a sibling heading without one resets it; subsections inherit
    ("## PRB-33 binomial\n$a$\n### part (a)\n$b$\n## Notes\n$c$", ["PRB-33", "PRB-33", None]),
    ("# prb-5\n$a$", ["prb-5"]),
    ("# Week 3\nsee [[CH.PRB- 3.4]]\n$a$\n# Other\n$b$", ["CH.PRB- 3.4", None]),
    ("Problem CH.PRB-4.14 today\n$a$", ["CH.PRB-4.14"]),
    ("## [[PRB-17]]\n> $a$", ["PRB-17"]),
    ("$a$\n\nPRB-2\n$b$", [None, "PRB-2"]),
]


@pytest.mark.parametrize(("text", "problems"), PROBLEM_CASES)
def test_problem_ids(text: str, problems: list[str | None]) -> None:
    assert [f.problem for f in read_text(text, "md").fragments] == problems


FRONT_MATTER_CASES = [
    ('---\ntutor: {assume: ["x > 0"], log_base: 2}\n---\n$a$',
     {"assume": ["x > 0"], "log_base": 2}),
    ("---\ntitle: t\ntutor:\n  assume:\n    - x > 0  # pos\n    - 'n integer'\n  log_base: e\n"
     "tags: [a]\n---\n", {"assume": ["x > 0", "n integer"], "log_base": "e"}),
    ("---\ntutor: {assume: x > 0}\n---\n", {"assume": ["x > 0"]}),
    ("---\ntutor: {assume: [x > 0}\n---\n", {}),  # malformed: ignored, never raises
    ("---\ntags: [a]\n---\n", {}),
    ("no front matter\n---\ntutor: {log_base: 2}\n---\n", {}),
    ("---\ntutor: {vectors: [w, x, X, wx, 2]}\n---\n", {"vectors": ["w", "x", "X"]}),
    ("---\ntutor:\n  vectors: w, x\n---\n", {"vectors": ["w", "x"]}),
]


@pytest.mark.parametrize(("text", "expected"), FRONT_MATTER_CASES)
def test_front_matter_settings(text: str, expected: dict) -> None:
    assert read_text(text, "md").settings == expected


def test_front_matter_is_not_math() -> None:
    document = read_text('---\ntutor: {assume: ["$x$"]}\n---\n$y$', "md")
    assert rows(document) == [("y", 4, 2, 0, False, None)]


TEX_CASES = [
    ("\\documentclass{article}\n$pre$\n\\begin{document}\n$a = 1$\n\\end{document}\n$post$",
     [("a = 1", 4, 2, 0, False, None)]),
    ("\\[ x^2 \\] and \\( y \\) and $$ z $$ and $w$",
     [("x^2", 1, 4, 0, False, None), ("y", 1, 18, 1, False, None),
      ("z", 1, 30, 2, False, None), ("w", 1, 40, 3, False, None)]),
    ("\\begin{align*}\n a &= b \\\\ % c & d \\\\\n   &= e \\nonumber\n\\end{align*}",
     [("a = b", 2, 2, 0, False, None), ("= e", 3, 5, 0, True, None)]),
    ("50\\% of $a$ % $b$\n$c$", [("a", 1, 10, 0, False, None), ("c", 2, 2, 1, False, None)]),
    ("\\begin{equation}\n\\begin{split}\na &= b \\\\\n&= c\n\\end{split}\n\\end{equation}",
     [("a = b", 3, 1, 0, False, None), ("= c", 4, 2, 0, True, None)]),
    ("\\begin{gather}\na = 1 \\tag{i} \\\\\nb = 2 \\label{eq:b}\n\\end{gather}",
     [("a = 1", 2, 1, 0, False, None), ("b = 2", 3, 1, 0, False, None)]),
    ("\\begin{multline}\na + b \\\\\n+ c = d\n\\end{multline}",
     [("a + b + c = d", 2, 1, 0, False, None)]),
    ("\\begin{equation*} x \\end{equation*}\\begin{verbatim}$v$\\end{verbatim} \\verb|$u$|",
     [("x", 1, 19, 0, False, None)]),
    ("\\section{Odds (PRB-11)}\n$a$\n\\subsection*{more}\n$b$\n\\section{Next}\n$c$",
     [("a", 2, 2, 0, False, "PRB-11"), ("b", 4, 2, 1, False, "PRB-11"),
      ("c", 6, 2, 2, False, None)]),
    ("\\begin{align}\n1. & x = 2 \\\\\n2. & x - 2 = 0\n\\end{align}",
     [("x = 2", 2, 6, 0, False, None), ("x - 2 = 0", 3, 6, 0, False, None)]),
    ("unclosed $a\nb\n\nthen $c$", [("a b", 1, 11, 0, False, None), ("c", 4, 7, 1, False, None)]),
]


@pytest.mark.parametrize(("text", "expected"), TEX_CASES)
def test_tex(text: str, expected: list[tuple]) -> None:
    document = read_text(text, "tex")
    assert rows(document) == expected
    assert_positions_match_source(document)


PLAIN_CASES = [
    ("d/dx (x^2 sin x)\n2x sin x + x^2 cos x",
     [("d/dx (x^2 sin x)", 1, 1, 0, False, None), ("2x sin x + x^2 cos x", 2, 1, 0, False, None)]),
    ("# PRB-33\n  x^2 = 4  # given\n=> x = 2\n\n# next\nlim h->0 h\n~= 0",
     [("x^2 = 4", 2, 3, 0, False, "PRB-33"), ("=> x = 2", 3, 1, 0, True, "PRB-33"),
      ("lim h->0 h", 6, 1, 1, False, "PRB-33"), ("~= 0", 7, 1, 1, True, "PRB-33")]),
    ("a\n# only a comment\nb\n   \nc", [("a", 1, 1, 0, False, None), ("b", 3, 1, 0, False, None),
                                       ("c", 5, 1, 1, False, None)]),
    ("", []),
]


@pytest.mark.parametrize(("text", "expected"), PLAIN_CASES)
def test_plain(text: str, expected: list[tuple]) -> None:
    document = read_text(text, "txt")
    assert rows(document) == expected
    assert all(f.syntax == "plain" for f in document.fragments)


@pytest.mark.parametrize(("row", "continues"), [
    ("= b", True), ("\\le c", True), ("\\leq c", True), ("\\left( x \\right)", False),
    ("\\approx 1", True), ("\\implies x = 1", True), ("\\Rightarrow x", True), ("\\iff y", True),
    ("\\equiv 0", True), ("\\to \\text{l'hopital} \\to x", True), ("\\top", False),
    ("\\quad = x", True), ("< 2", True), ("> 2", True), ("\\ge 0", True), ("\\geq 0", True),
    ("- x", False), ("x = 1", False), ("=> x", True), ("~= 2", True), ("≤ 3", True), ("", False),
])
def test_starts_with_relation(row: str, continues: bool) -> None:
    assert starts_with_relation(row) is continues


@pytest.mark.parametrize(("text", "offset", "position"), [
    ("> $$\n> a = b\n> c\n> $$", 0, (2, 3)),
    ("> $$\n> a = b\n> c\n> $$", 8, (3, 3)),
    ("中文 $x + y$", 4, (1, 9)),
])
def test_locate(text: str, offset: int, position: tuple[int, int]) -> None:
    assert read_text(text, "md").fragments[0].locate(offset) == position


@pytest.mark.parametrize(("newline", "kind"), [("\r\n", "md"), ("\r", "md"), ("\r\n", "tex")])
def test_line_endings_and_bom(newline: str, kind: str) -> None:
    document = read_text("\ufeff" + newline.join(["intro", "$a = 1$", "$b$"]), kind)
    assert rows(document) == [("a = 1", 2, 2, 0, False, None), ("b", 3, 2, 1, False, None)]


@pytest.mark.parametrize(("name", "content", "message"), [
    ("binary.md", b"abc\x00def", "binary"),
    ("latin1.md", "caf\xe9 $x$".encode("latin-1"), "not UTF-8"),
    ("huge.txt", b"x" * (5 * 1024 * 1024 + 1), "too large"),
    ("missing.md", None, "no such file"),
])
def test_unreadable_documents(tmp_path: Path, name: str, content: bytes | None,
                              message: str) -> None:
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(DocumentError, match=message) as error:
        read_document(path)
    assert str(error.value).startswith(str(path))


def test_directory_is_not_a_document(tmp_path: Path) -> None:
    with pytest.raises(DocumentError, match="directory"):
        read_document(tmp_path)


@pytest.mark.parametrize(("suffix", "syntax", "text"), [
    (".md", "latex", "$a$"), (".markdown", "latex", "$a$"), (".tex", "latex", "$a$"),
    (".txt", "plain", "a"), (".steps", "plain", "a"),
])
def test_kind_from_suffix(tmp_path: Path, suffix: str, syntax: str, text: str) -> None:
    path = tmp_path / f"notes{suffix}"
    path.write_text(text, encoding="utf-8")
    document = read_document(path)
    assert [(f.text, f.syntax) for f in document.fragments] == [("a", syntax)]
    assert document.path == str(path)


MARKUP = st.sampled_from(["$", "$$", "\\", "`", "```", "~~~", "> ", ">", "&", "\\\\", "#", "# ",
                          "\n", "\n\n", "|", "[[", "]]", "<!--", "-->", "%%", "%", "---\n", " ",
                          "\\begin{align}", "\\end{align}", "\\begin{aligned}", "\\[", "\\]",
                          "\\(", "\\)", "\\tag{1}", "\\begin{document}", "1. ", "x = 1", "中文",
                          "\\section{PRB-3}", "tutor: {assume: [", "\r\n", "\t", "{", "}"])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(MARKUP, st.text(max_size=5)), max_size=40),
       st.sampled_from(["md", "tex", "txt"]))
def test_any_text_reads_and_positions_map_back(pieces: list[str], kind: str) -> None:
    document = read_text("".join(pieces), kind)
    assert isinstance(document, Document)
    for fragment in document.fragments:
        assert fragment.text.strip() == fragment.text and fragment.text
        assert fragment.end_line == fragment.line + fragment.text.count("\n")
    assert_positions_match_source(document)

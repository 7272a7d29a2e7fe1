"""Document structure: delimiters real notes use, rows, chains across blocks, notebooks, read_as."""

from __future__ import annotations

import json
import re
from pathlib import Path

import jsonschema
import pytest

from tutor.batch import check_document
from tutor.errors import DocumentError
from tutor.notes.documents import read_text
from tutor.report import render_text, report_dict

SCHEMA = json.loads((Path(__file__).parent.parent / "tutor" / "report_schema.json").read_text())


def fragments(text: str) -> list[tuple[str, int, int]]:
    """(text with runs of spaces squeezed, line, block) per fragment of a Markdown note."""
    return [(" ".join(f.text.split()), f.line, f.block) for f in read_text(text, "md").fragments]


# ---------------------------------------------------------------- delimiters

DELIMITERS = [
    # \[ … \] and \( … \), on one line and across lines
    (r"\[ (x+1)^2 = x^2+2x+1 \]", [("(x+1)^2 = x^2+2x+1", 1, 0)]),
    ("\\[\n a = b\n\\]", [("a = b", 2, 0)]),
    (r"so \( a^2 = b \) and \(c\).", [("a^2 = b", 1, 0), ("c", 1, 1)]),
    # a bare environment outside $$ (MyST, Jupyter): rows split, the wrapper is not math
    ("\\begin{align}\na &= b \\\\\n&= c\n\\end{align}", [("a = b", 2, 0), ("= c", 3, 0)]),
    ("\\begin{equation*} y = 2 \\end{equation*}", [("y = 2", 1, 0)]),
    ("\\begin{gather}\nu = 1 \\\\\nv = 2\n\\end{gather}", [("u = 1", 2, 0), ("v = 2", 3, 0)]),
    # an `aligned` or `split` bare in prose: MathJax pages (Hugo) render it as math, so it is
    # read (a Dutch course's first-principles derivation had no step)
    ("\\begin{aligned} a = b \\end{aligned}", [("a = b", 1, 0)]),
    ("Work:\n\n\\begin{split}\na &= b \\\\\n&= c\n\\end{split}\n",
     [("a = b", 4, 0), ("= c", 5, 0)]),
    # GitHub ```math fences are math; other fences are code
    ("```math\n(y+1)^2 = y^2+1\n```", [("(y+1)^2 = y^2+1", 2, 0)]),
    ("```math\na = b\\\\\n= c\n```\nafter $d$", [("a = b", 2, 0), ("= c", 3, 0), ("d", 5, 1)]),
    ("```python\nx = 1 ** 2  # $a=b$\n```\n$c$", [("c", 4, 0)]),
    ("~~~\n$$a = b$$\n~~~", []),
    ("```math\na = b", [("a = b", 2, 0)]),  # unclosed: runs to the end
    # inline $ … $ across a line break
    ("text $(u+1)^2 =\nu^2 + 1$ spans", [("(u+1)^2 = u^2 + 1", 1, 0)]),
    # HTML wrappers around Markdown math
    ("<details>\n<summary>Solution</summary>\n\n$$a = b$$\n\n</details>", [("a = b", 4, 0)]),
    ("<p>$w = 1$</p>", [("w = 1", 1, 0)]),
    ("<div align=\"center\">\n\n$$k = 2$$\n\n</div>", [("k = 2", 3, 0)]),
    ("<summary>$s = 3$</summary>", [("s = 3", 1, 0)]),
    # `$ x $` padded with spaces on one line (MathJax blogs); money with spaces stays prose
    ("turning $ \\sin(x) $ into $ \\cos(x) $:", [("\\sin(x)", 1, 0), ("\\cos(x)", 1, 1)]),
    ("it costs $ 5 and $ 10 now", []),
    ("pay $ 20 $ or so", []),
    # a space before a `$` that ends the line with Markdown's hard break `\`: it closes
    ("$P = p^3(1-p)^3 $\\\n$q = 2p$", [("P = p^3(1-p)^3", 1, 0), ("q = 2p", 2, 1)]),
    # escaped dollars are money, not math
    (r"costs \$5 and \$6", []),
    (r"\$5, then $x = 1$", [("x = 1", 1, 0)]),
    # math in headings is read
    ("## Problem: $f(x)=x^2+3x$\n\n$$f'(x) = 2x+3$$",
     [("f(x)=x^2+3x", 1, 0), ("f'(x) = 2x+3", 3, 1)]),
]


@pytest.mark.parametrize(("text", "expected"), DELIMITERS)
def test_delimiters(text: str, expected: list) -> None:
    assert fragments(text) == expected


# ---------------------------------------------------------------- rows of one block


def verdicts(text: str, kind: str = "md") -> list[tuple[int, str, str]]:
    """(line, verdict, message and diagnosis) per step of a checked document."""
    report = check_document(text, kind=kind)
    return [(s.line, s.verdict, f"{s.message} | {s.diagnosis}") for s in report.steps]


def assert_steps(text: str, expected: list, kind: str = "md") -> None:
    got = verdicts(text, kind)
    assert len(got) == len(expected), got
    for (line, verdict, message), (want_line, want_verdict, fragment) in zip(
            got, expected, strict=True):
        assert (line, verdict) == (want_line, want_verdict), got
        assert fragment is None or fragment in message, (fragment, message)


ROWS = [
    # an unreadable row is a parse_error on its own; the rows around it are still checked
    ("$$\n(z+1)^2 = z^2 + 2z + 1 \\\\\n\\frac{ = 3 \\\\\n= z^2 + 2\n$$",
     [(2, "ok", None), (3, "parse_error", None), (4, "unchecked", "could not be read")]),
    ("$$\n(z+1)^2 = z^2 + 2z + 1 \\\\\n\\frac{ = 3 \\\\\n(y+1)^2 = y^2 + 1\n$$",
     [(2, "ok", None), (3, "parse_error", None), (4, "error", "(y + 1)^2 was expanded without")]),
    # a row `= …` under a definition continues it
    ("$$\na = b + 1 \\\\\n= b + 2\n$$", [(2, "unchecked", "definition"), (3, "error", None)]),
    # \newline and a blank line end a row
    ("$$ (x+1)^2 = x^2+2x+1 \\newline = x^2 + 1 $$", [(1, "ok", None), (1, "error", None)]),
    ("$$\n(x+1)^2 = x^2+2x+1\n\n= x^2 + 2x + 1\n$$", [(2, "ok", None), (4, "ok", None)]),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_rows(text: str, expected: list) -> None:
    assert_steps(text, expected)


# ---------------------------------------------------------------- chains across blocks

CHAINS = [
    # consecutive blocks: a sequence of equations; a wrong value is an error, named not valued
    ("$$\\log\\frac{p}{1-p} = -1$$\n\n$$\\frac{p}{1-p} = e^{-1}$$\n\n$$p = 0.9$$",
     [(1, "unchecked", "premise"), (3, "ok", "equivalent"), (5, "error", "value found for p")]),
    ("$$\\log\\frac{p}{1-p} = -1$$\nso\n$$\\frac{p}{1-p} = e^{-1}$$\nthus\n"
     "$$p = \\frac{e^{-1}}{1+e^{-1}}$$",
     [(1, "unchecked", "premise"), (3, "ok", None), (5, "ok", None)]),
    ("$$3x + 6 = 12$$\n$$3x = 6$$\n$$x = 3$$",
     [(1, "unchecked", "premise"), (2, "ok", None), (3, "error", "value found for x")]),
    # picking a root of the equation above is not called wrong
    ("$$x^2 = 4$$\n$$x = 2$$", [(1, "unchecked", None), (2, "unchecked", "one of the solutions")]),
    # a heading between: a new topic; the old equation only makes a condition
    ("$$\\frac{p}{1-p} = e^{-1}$$\n\n## Next problem\n\n$$p = 0.9$$",
     [(1, "unchecked", "holds when"), (5, "unchecked", "condition")]),
    # other variables: no sequence
    ("$$\\frac{p}{1-p} = e^{-1}$$\n\n$$q = 0.9$$",
     [(1, "unchecked", "holds when"), (3, "unchecked", "definition")]),
    # the same left side on consecutive blocks compares the right sides
    ("$$P(y=1) = \\frac{1}{1+e^{1}}$$\n\n$$P(y=1) = 0.2689$$",
     [(1, "unchecked", "is given"), (3, "ok", "agrees with P(y = 1)")]),
    ("$$P(y=1) = \\frac{1}{1+e^{1}}$$\n\n$$P(y=1) = 0.5$$",
     [(1, "unchecked", "is given"), (3, "error", "P(y = 1) is 1/(1 + e^1) above")]),
    # an equation in x is no value: rewriting its right side is not a contradiction
    ("$$x^2 - 4 = 0$$\n$$x^2 - 4 = (x-2)(x+2)$$", [(1, "unchecked", None), (2, "ok", None)]),
]


@pytest.mark.parametrize(("text", "expected"), CHAINS)
def test_chains_across_blocks(text: str, expected: list) -> None:
    assert_steps(text, expected)


# ---------------------------------------------------------------- definitions in prose

DEFINITIONS = [
    ("## Problem: $f(x)=x^2+3x$\n\n$$f'(x) = 2x+3$$",
     [(1, "unchecked", "definition"), (3, "ok", None)]),
    ("## Problem: $f(x)=x^2+3x$\n\n$$f'(x) = 2x+2$$",
     [(1, "unchecked", "definition"), (3, "error", None)]),
    ("where $p = 0.8$, the odds are\n\n$$\\frac{p}{1-p} = 4$$",
     [(1, "unchecked", "definition"), (3, "ok", "values defined above")]),
    ("Let $n = 10$. Then $$n^2 = 100$$", [(1, "unchecked", "definition"), (1, "ok", None)]),
]


@pytest.mark.parametrize(("text", "expected"), DEFINITIONS)
def test_definitions_in_headings_and_prose(text: str, expected: list) -> None:
    assert_steps(text, expected)


# ---------------------------------------------------------------- read_as

READ_AS = [
    ("2x^2 - 3x + 1", "2x^2 - 3x + 1"),
    ("\\frac{1}{1+e^{-x}}", "1/(1 + e^(-x))"),
    ("\\sigma(x)(1-\\sigma(x))", "σ(x)(1 - σ(x))"),
    ("\\sqrt{x} + \\ln x", "sqrt(x) + ln(x)"),
    ("\\binom{n}{k} p^k", "binom(n, k)·p^k"),
    ("\\frac{a}{2b}", "a/(2b)"),
    ("x(x+1)^2", "x(x + 1)^2"),
    ("\\eta x_1", "η·x_1"),
    ("\\sum_{i=1}^{N} x_i", "sum(i=1..N, x_i)"),
    ("\\lim_{h \\to 0} \\frac{h^2}{h}", "lim h→0 (h^2/h)"),
    ("\\frac{d}{dx} e^{-x}", "d/dx (e^(-x))"),
    ("|x - 1|", "|x - 1|"),
    ("0.2689", "0.2689"),
    ("f'(2) + \\sin''(2x)", "fʹ(2) + sinʹʹ(2x)"),  # a derivative at a point, as written
]


@pytest.mark.parametrize(("latex", "shown"), READ_AS)
def test_read_as(latex: str, shown: str) -> None:
    steps = check_document(f"$$y = 0 \\\\ = {latex}$$", kind="md").steps
    assert steps[-1].read_as == shown
    assert "**" not in shown and "sigmoid" not in shown and "binomial" not in shown


def test_read_as_is_in_the_json_and_the_text_report() -> None:
    report = check_document("$$(a+b)^2 = a^2 + b^2$$", kind="md")
    data = report_dict([report])["files"][0]["steps"][0]
    assert data["read_as"] == "a^2 + b^2" and "cell" not in data
    report = check_document("$$(a+b)^2 = \\frac{a^2}{1} + b^{2}$$", kind="md")
    assert "read as: a^2/1 + b^2" in render_text([report])


# ---------------------------------------------------------------- notebooks


def notebook(*cells: tuple[str, str]) -> str:
    return json.dumps({"cells": [{"cell_type": kind, "metadata": {}, "source": source}
                                 for kind, source in cells], "nbformat": 4,
                       "nbformat_minor": 5, "metadata": {}})


def test_notebook_markdown_cells_are_notes(tmp_path) -> None:
    path = tmp_path / "notes.ipynb"
    path.write_text(notebook(
        ("markdown", ["# Odds\n", "\n", "$$\\log\\frac{p}{1-p} = -1$$\n"]),
        ("markdown", ["$$\\frac{p}{1-p} = e^{-1}$$\n", "\n", "$$p = 0.9$$"]),
        ("code", ["y = 2 ** 3  # $$(a+b)^2 = a^2$$\n"]),
        ("markdown", "Expand:\n\n$$(a+b)^2 = a^2 + b^2$$")))
    report = check_document(path)
    got = [(s.cell, s.line, s.verdict) for s in report.steps]
    assert got == [(1, 3, "unchecked"), (2, 1, "ok"), (2, 3, "error"), (4, 3, "error")]
    jsonschema.validate(report_dict([report]), SCHEMA)
    assert "notes.ipynb: cell 2, line 3:7: error" in " ".join(render_text([report]).split())


@pytest.mark.parametrize(("content", "message"), [
    ('{"cells": 3', "not a Jupyter notebook (invalid JSON"),
    ('{"nbformat": 4}', "no list of cells"),
    ('{"cells": [{"cell_type": "markdown", "source": 5}]}', "cell 1: its source is not text"),
])
def test_a_bad_notebook_is_a_clear_input_error(tmp_path, content: str, message: str) -> None:
    path = tmp_path / "bad.ipynb"
    path.write_text(content)
    with pytest.raises(DocumentError, match=re.escape(message)):
        check_document(path)

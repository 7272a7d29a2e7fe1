"""Results show themselves: short text, HTML and Markdown for notebooks, no silent truth value."""

from __future__ import annotations

import html

import pytest

import tutor
from tutor.batch import guess_kind
from tutor.display import plain_to_tex, step_tex
from tutor.ipython import load_ipython_extension, tutor_cell
from tutor.model import FileReport, StepResult, Verdict

WRONG = StepResult(7, 7, 3, "x^2 + 1", "=", "error", "not equal to the previous expression",
                   code="expansion", diagnosis="(x + 1)^2 needs the cross term 2x",
                   read_as="x^2 + 1")
NOTEBOOK = StepResult(2, 2, 5, r"\frac{1}{2}", "=", "ok", "follows", read_as="1/2", cell=4)
REPORT = FileReport("notes.md", None, [WRONG, NOTEBOOK])


@pytest.mark.parametrize("value", [Verdict("equal"), Verdict("not_equal"), Verdict("unknown"),
                                   WRONG, REPORT], ids=lambda v: type(v).__name__)
def test_results_have_no_silent_truth_value(value):
    with pytest.raises(TypeError, match="no truth value"):
        bool(value)


# (object, texts its str shows)
STR_CASES = [
    (Verdict("not_equal", "numeric", {"x": "2"}), ["✗ not equal", "x = 2", "numeric"]),
    (Verdict("unknown", reason="time budget spent"), ["? unknown", "time budget spent"]),
    (WRONG, ["✗ 7:3 error: not equal", "[expansion]", "diagnosis: (x + 1)^2"]),
    (NOTEBOOK, ["✓ cell 4, line 2:5 ok: follows"]),
    (REPORT, ["notes.md: 2 steps", "✓1 ✗1", "✗ 7:3 error"]),
]


@pytest.mark.parametrize("value, expected", STR_CASES)
def test_str_is_short_and_says_the_verdict(value, expected):
    text = str(value)
    for part in expected:
        assert part in text
    assert "StepResult(" not in text and "Verdict(" not in text


# (object, texts the HTML shows)
HTML_CASES = [
    (Verdict("equal", "algebra"), ["✓ equal", "algebra"]),
    (WRONG, ["✗", "verdict-error", r"\(= x^2 + 1\)", "[expansion]", "read as", "diagnosis"]),
    (NOTEBOOK, ["✓", "cell 4, line 2:5", r"\(= \frac{1}{2}\)"]),
    (REPORT, ["notes.md", "2 steps", "verdict-error", "verdict-ok"]),
]


@pytest.mark.parametrize("value, expected", HTML_CASES)
def test_repr_html_marks_and_typesets(value, expected):
    page = html.unescape(value._repr_html_())
    for part in expected:
        assert part in page


@pytest.mark.parametrize("value, expected", [
    (WRONG, ["✗", "$= x^2 + 1$", "**error**", "`[expansion]`"]),
    (REPORT, ["**notes.md**", "$= \\frac{1}{2}$", "`cell 4, line 2:5`"]),
    (Verdict("not_equal", witness={"x": "2"}), ["**✗ not equal at x = 2**"]),
])
def test_repr_markdown(value, expected):
    text = value._repr_markdown_()
    for part in expected:
        assert part in text


def test_html_escapes_what_the_learner_wrote():
    step = StepResult(1, 1, 1, "<script>alert(1)</script>", None, "parse_error", "<b>bad</b>")
    page = step._repr_html_()
    assert "<script>" not in page and "<b>bad" not in page


# (plain text, TeX to typeset)
PLAIN_CASES = [
    ("lim h->0 sin(x)/x", r"\lim _{h \to 0} \sin (x)/x"),
    ("lim_{x->0} (1 - cos(x))/x", r"\lim _{x \to 0} (1 - \cos (x))/x"),
    ("3x^2 e^(x^3)", "3x^2 e^{x^3}"), ("2^(3^(2))", "2^{3^{2}}"), ("x_(i+1)", "x_{i+1}"),
    ("a^(b", "a^(b"),
    ("sigma(x)(1 - sigma(x))", r"\sigma (x)(1 - \sigma (x))"),
    ("x -> oo", r"x \to \infty"),
    ("sqrt(x) * floor", r"\operatorname{sqrt}(x) \cdot floor"),
    ("cosh(x) + lnx", r"\cosh (x) + lnx"),
]


@pytest.mark.parametrize("plain, tex", PLAIN_CASES)
def test_plain_steps_are_typeset_as_math(plain, tex):
    assert " ".join(plain_to_tex(plain).split()) == tex


@pytest.mark.parametrize("source, relation, tex", [
    (r"\frac{a}{b}", "=", r"= \frac{a}{b}"), ("x", "->", r"\to x"), ("2x", None, "2x"),
    (r"\ln  x", "<=>", r"\Leftrightarrow \ln x")])
def test_step_tex_puts_the_relation_first(source, relation, tex):
    assert step_tex(source, relation) == tex


def test_dir_and_all_list_the_api():
    for name in ("compare", "check_document", "Derivation", "Verdict", "StepResult", "FileReport"):
        assert name in tutor.__all__ and name in dir(tutor)
        assert getattr(tutor, name) is not None


@pytest.mark.parametrize("text, kind", [
    ("(x+1)^2\n= x^2 + 2x + 1\n", "txt"), ("# Notes\n$$x^2 = 4$$\n", "md"),
    ("\\begin{align}\nx &= 1\n\\end{align}\n", "md"),
    ("\\documentclass{article}\n\\begin{document}\n$x$\n\\end{document}\n", "tex"),
    ('{"cells": [], "nbformat": 4}', "ipynb")])
def test_guess_kind(text, kind):
    assert guess_kind(text) == kind


# (text of notes, verdicts of its steps)
DOCUMENT_CASES = [
    ("(x+1)^2\n= x^2 + 2x + 1\n", ["ok"]),
    ("(x+1)^2\n= x^2 + 1\n", ["error"]),
    ("Expand:\n$$(a+b)^2 = a^2 + 2ab + b^2$$\n", ["ok"]),
    ("\\frac{d}{dx} x^2\n= 2x\n", ["ok"]),  # bare LaTeX lines: read as LaTeX
    ("\\frac{d}{dx} x^2\n= x\n", ["error"]),
    ("a = 1\n\\frac{a}{2} = 0.5\n", ["unchecked", "ok"]),
]


@pytest.mark.parametrize("text, verdicts", DOCUMENT_CASES)
def test_check_document_takes_text(text, verdicts):
    report = tutor.check_document(text)
    assert [s.verdict for s in report.steps] == verdicts


def test_check_document_still_takes_a_path(tmp_path):
    path = tmp_path / "steps.txt"
    path.write_text("(x+1)^2\n= x^2 + 1\n")
    for source in (path, str(path)):
        assert [s.verdict for s in tutor.check_document(source).steps] == ["error"]


@pytest.mark.parametrize("assume, status", [("x > 0", "equal"), (["x > 0"], "equal"),
                                            ((), "not_equal")])
def test_compare_takes_one_assumption_as_a_string(assume, status):
    assert tutor.compare("sqrt(x^2)", "x", assume=assume).status == status


class FakeShell:
    def __init__(self):
        self.magics = {}

    def register_magic_function(self, func, magic_kind, magic_name):
        self.magics[(magic_kind, magic_name)] = func


@pytest.mark.parametrize("line, cell, verdicts", [
    ("", "(x+1)^2\n= x^2 + 2x + 1\n", ["ok"]),
    ("", "(x+1)^2\n= x^2 + 1\n", ["error"]),
    ('--assume "x > 0"', "sqrt(x^2)\n= x\n", ["ok"]),
    ("", "$$\\frac{d}{dx} x^2 = 2x$$", ["ok"]),
    ('--assume "x > 0"', "\\ln(x^2) = 2\\ln x", ["ok"]),
    ("", "\\ln(x^2) = 2\\ln x", ["unchecked"]),
])
def test_the_cell_magic_checks_the_cells_derivation(line, cell, verdicts):
    shell = FakeShell()
    load_ipython_extension(shell)
    report = shell.magics[("cell", "tutor")](line, cell)
    assert [s.verdict for s in report.steps] == verdicts


def test_a_bad_magic_line_is_a_message(capsys):
    assert tutor_cell("--nope", "x") is None
    assert "%%tutor" in capsys.readouterr().err


def test_load_ext_finds_the_extension_on_the_package():
    assert tutor.load_ipython_extension is load_ipython_extension

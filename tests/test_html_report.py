"""The HTML report: one offline page, every step marked, the math typeset by the vendored KaTeX.

The browser tests run headless Chromium (the Debian package `chromium`, installed by .ci/run);
without it they are skipped with the reason. The screenshot of the examples' report is saved
as build/report.png for a person to look at.
"""

from __future__ import annotations

import html
import json
import re
from itertools import cycle
from pathlib import Path

import pytest
from browser import Elements, chromium, dump_dom, screenshot

from tutor.batch import check_document
from tutor.display import mark
from tutor.model import VERDICTS, FileReport, StepResult
from tutor.notes.documents import read_document
from tutor.report.formats import read_sources
from tutor.report.html import katex_version, left_of, render_html

ROOT = Path(__file__).resolve().parent.parent
NOTES = sorted((ROOT / "tests" / "data" / "notes_corpus").glob("*.md")) + sorted(
    (ROOT / "tests" / "data").glob("*.md")) + [ROOT / "examples" / "calculus_notes.md",
                                                ROOT / "examples" / "logistic.tex",
                                                ROOT / "examples" / "steps.txt"]
needs_chromium = pytest.mark.skipif(chromium() is None, reason="chromium is not installed "
                                    "(Debian: apt-get install chromium; .ci/run installs it)")
FETCHING = re.compile(r"""(?:https?|ftp|wss?):[^\s"')]+|@import|url\((?!\s*['"]?data:)""", re.I)
BROKEN_ON_PURPOSE = [r"\frac{ = 3"]  # rows of the notes that are not TeX (parse_error steps)


def fetched_by(page: str) -> list[str]:
    """What a page would fetch: URLs in its markup and styles, imports, non-data url(),
    non-local src/href. (What the scripts do is seen by the browser test's net log.)"""
    markup = re.sub(r"<script>.*?</script>", "", page, flags=re.S)
    refs = [ref for ref in Elements(markup).refs if not ref.startswith(("#", "data:"))]
    return FETCHING.findall(markup) + refs


def math_as_written(paths=NOTES) -> list[FileReport]:
    """Every row of math in the notes as a step (verdicts taken in turn): what the page has to
    typeset, without the time checking takes."""
    verdicts = cycle(VERDICTS)
    reports = []
    for path in paths:
        doc = read_document(path)
        steps = [StepResult(f.line, f.line, f.column, f.text, None, next(verdicts), "as written",
                            read_as=" ".join(f.text.split())) for f in doc.fragments]
        reports.append(FileReport(str(path.relative_to(ROOT)), None, steps))
    return reports


@pytest.fixture(scope="module")
def corpus_page(tmp_path_factory) -> tuple[Path, list[FileReport]]:
    reports = math_as_written()
    page = tmp_path_factory.mktemp("html") / "corpus.html"
    page.write_text(render_html(reports, read_sources(reports)), encoding="utf-8")
    return page, reports


def test_the_corpus_page_has_over_200_steps(corpus_page):
    assert sum(len(r.steps) for r in corpus_page[1]) >= 200


def test_nothing_on_the_page_would_be_fetched(corpus_page):
    page = corpus_page[0].read_text(encoding="utf-8")
    assert fetched_by(page) == []
    assert "http://" not in page and "https://" not in page  # not even XML namespace names


# (a page fragment, would it be fetched) - the pattern above must see these
@pytest.mark.parametrize("fragment, fetched", [
    ("<img src='https://example.org/a.png'>", True), ("@import 'x.css';", True),
    ("src:url(fonts/a.woff2)", True), ("<link href='//cdn.example/k.css'>", True),
    ("src:url(data:font/woff2;base64,AAAA)", False), ("<a href='#file-2'>", False)])
def test_the_fetch_pattern_finds_references(fragment, fetched):
    assert bool(fetched_by(fragment)) is fetched


def test_without_javascript_the_page_shows_source_and_marks(corpus_page):
    """Outside the scripts, the page holds every step's TeX as written and its mark."""
    page, reports = corpus_page
    body = re.sub(r"<script>.*?</script>", "", page.read_text(encoding="utf-8"), flags=re.S)
    text = html.unescape(body)
    for step in reports[0].steps:
        assert " ".join(step.source.split()) in text
    for verdict in VERDICTS:
        assert f"data-verdict='{verdict}'" in body
        assert mark(verdict) in text


def test_the_page_ships_katex_and_its_licence():
    katex = ROOT / "tutor" / "report" / "katex"
    assert re.fullmatch(r"0\.\d+\.\d+", katex_version())
    assert "MIT" in (katex / "LICENSE").read_text()
    assert len(list((katex / "fonts").glob("*.woff2"))) >= 10
    assert not list((katex / "fonts").glob("*.tt[fc]")) and not list(katex.rglob("*.woff"))


def test_a_table_of_contents_only_for_several_files():
    one = [FileReport("a.md", None, [])]
    assert "class='toc'" not in render_html(one)
    assert render_html(one + [FileReport("b.md", None, [])]).count("href='#file-") == 2


@needs_chromium
def test_every_formula_typesets_and_nothing_is_fetched(corpus_page):
    page, reports = corpus_page
    dom, fetched = dump_dom(page)
    found = Elements(dom)
    steps = sum(len(r.steps) for r in reports)
    assert fetched == []
    assert found.not_typeset == BROKEN_ON_PURPOSE
    assert found.body.get("data-typeset") == str(steps - len(BROKEN_ON_PURPOSE))
    assert found.classes.get("katex-error", 0) == 0
    assert found.classes.get("katex", 0) >= steps - len(BROKEN_ON_PURPOSE)
    for verdict in VERDICTS:
        count = sum(r.summary()[verdict] for r in reports)
        assert found.classes.get(f"verdict-{verdict}", 0) >= count


@needs_chromium
def test_the_net_log_sees_a_fetch(tmp_path):
    """The control: a page that does fetch something is caught by the same means."""
    page = tmp_path / "fetching.html"
    page.write_text("<!DOCTYPE html><img src='http://example.invalid/x.png'>")
    _, fetched = dump_dom(page)
    assert fetched == ["http://example.invalid/x.png"]


@needs_chromium
def test_screenshot_of_the_examples_report():
    paths = [ROOT / "examples" / "steps.txt", ROOT / "examples" / "calculus_notes.md"]
    reports = [check_document(p) for p in paths]
    for report in reports:
        report.path = str(Path(report.path).relative_to(ROOT))
    page = ROOT / "build" / "report.html"
    page.parent.mkdir(exist_ok=True)
    page.write_text(render_html(reports, {r.path: (ROOT / r.path).read_text().splitlines()
                                          for r in reports}), encoding="utf-8")
    shot = ROOT / "build" / "report.png"
    assert screenshot(page, shot) == []
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 20_000


# (the line, the step's column, its relation, what is shown before it)
LEFT_CASES = [
    ("2x = 8", 6, "=", "2x ="),
    ("&= \\lim_{h \\to 0} h", 4, "=", ""),
    ("g'(x) &= \\lim_{h \\to 0} h", 10, "=", "g'(x)  ="),
    ("The graph reads $g(x) = 1 - x$ here.", 25, "=", "g(x) ="),
    ("$a = b$ and $c = d$", 18, "=", "c ="),
    ("x^2 + 1", 1, "=", ""),
    ("a \\\\ b = c", 10, "=", ""),
    ("2x -> 8", 7, "=", ""),
]


@pytest.mark.parametrize("line, column, relation, left", LEFT_CASES)
def test_a_step_shows_what_stands_before_it_on_its_line(line, column, relation, left):
    step = StepResult(1, 1, column, line[column - 1:], relation, "ok", "m")
    assert left_of(step, [line]) == left


def test_a_notebook_page_says_cells_and_hides_its_json(tmp_path):
    cell = {"cell_type": "markdown", "metadata": {}, "source": ["$$(x+1)^2 = x^2 + 1$$\n"]}
    notebook = tmp_path / "n.ipynb"
    notebook.write_text(json.dumps({"nbformat": 4, "nbformat_minor": 5, "metadata": {},
                                    "cells": [cell]}))
    reports = [check_document(notebook)]
    page = render_html(reports, read_sources(reports))
    assert "cell 1, line 1:" in page and "class='source'" not in page
    assert "<title>tutor check: " in page


# (source, relation, shown without JavaScript, typeset from)
WRITTEN_CASES = [
    ("2x sin x", "=", "= 2x sin x", r"= 2x \sin x"),
    ("lim h->0 (2x + h)", "=", "= lim h-&gt;0 (2x + h)", r"= \lim _{h \to 0} (2x + h)"),
    (r"\frac{1}{2}", None, r"\frac{1}{2}", r"\frac{1}{2}"),
]


@pytest.mark.parametrize("source, relation, shown, tex", WRITTEN_CASES)
def test_the_page_shows_a_step_as_written_and_typesets_its_tex(source, relation, shown, tex):
    page = render_html([FileReport("a.txt", None, [StepResult(1, 1, 1, source, relation, "ok",
                                                              "m")])])
    found = re.search(r"<code class='tex' data-tex='([^']*)'>([^<]*)</code>", page)
    assert html.unescape(found.group(1)) == tex and found.group(2) == shown

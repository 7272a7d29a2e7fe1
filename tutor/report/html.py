"""One self-contained, offline HTML page for checked notes: KaTeX inlined, marks, print CSS.

Nothing on the page is fetched: KaTeX's script, its style sheet and its woff2 fonts (as data:
URIs) are inlined from tutor/report/katex (vendored by .ci/vendor_katex.sh). With JavaScript
off the page still reads: every formula is shown as its TeX source, with its mark.
"""

from __future__ import annotations

import base64
import html
import re
from functools import lru_cache
from pathlib import Path

from tutor import display
from tutor.model import VERDICTS, FileReport, StepResult
from tutor.report import summary_line

KATEX = Path(__file__).with_name("katex")
_FONT_SRC = re.compile(r"src:url\(fonts/([\w-]+)\.woff2\)[^;}]*")
_PAGE_CSS = Path(__file__).with_name("page.css")

TYPESET_SCRIPT = r"""
(function () {
  var failed = 0, done = 0;
  document.querySelectorAll('.tex').forEach(function (el) {
    var tex = el.getAttribute('data-tex') || el.textContent, written = el.textContent;
    try {
      katex.render('\\displaystyle ' + tex, el, {throwOnError: true, displayMode: false,
        strict: 'ignore', trust: false, maxExpand: 1000, maxSize: 20});
      el.classList.add('typeset');
      done += 1;
    } catch (e) {
      el.textContent = written;
      el.classList.add('tex-source');
      el.title = 'not typeset: ' + e.message;
      failed += 1;
    }
  });
  document.body.setAttribute('data-typeset', done);
  document.body.setAttribute('data-not-typeset', failed);
})();
"""


@lru_cache(maxsize=1)
def katex_assets() -> tuple[str, str]:
    """(style sheet with the fonts as data: URIs, script), read once per process."""
    def font(match: re.Match) -> str:
        data = (KATEX / "fonts" / f"{match.group(1)}.woff2").read_bytes()
        return f"src:url(data:font/woff2;base64,{base64.b64encode(data).decode()}) format('woff2')"

    css = _FONT_SRC.sub(font, (KATEX / "katex.min.css").read_text(encoding="utf-8"))
    # the script names XML namespaces (never fetched) in string literals; `\/` is `/` in
    # JavaScript, so the page holds no http:// text at all
    script = (KATEX / "katex.min.js").read_text(encoding="utf-8").replace("http://", "http:\\/\\/")
    return css, script.replace("</", "<\\/")


def katex_version() -> str:
    return (KATEX / "VERSION").read_text().strip()


def page_math(tex: str, written: str) -> str:
    """Inline math for the page: the text as written, typeset from `data-tex` by the script."""
    return f"<code class='tex' data-tex='{html.escape(tex)}'>{html.escape(written)}</code>"


def _counts(counts: dict[str, int]) -> str:
    return " ".join(f"<span class='count verdict-{v}' title='{v}'>{display.mark(v)} {counts[v]}"
                    f" {v.replace('_', ' ')}</span>" for v in VERDICTS if counts[v])


def _anchor(k: int) -> str:
    return f"file-{k}"


def _toc(reports: list[FileReport]) -> str:
    items = "".join(f"<li><a href='#{_anchor(k)}'>{html.escape(r.path)}</a> "
                    f"{_counts(r.summary())}</li>" for k, r in enumerate(reports, 1))
    return f"<nav class='toc'><h2>Files</h2><ol>{items}</ol></nav>"


def _source_block(report: FileReport, lines: list[str]) -> str:
    """The file as written, each line with the marks of the steps that stand on it."""
    marks: dict[int, list[StepResult]] = {}
    for step in report.steps:
        if not step.cell:
            marks.setdefault(step.line, []).append(step)
    rows = []
    for number, line in enumerate(lines, 1):
        steps = marks.get(number, [])
        gutter = "".join(f"<span class='verdict-{s.verdict}' title='{html.escape(s.message)}'>"
                         f"{display.mark(s.verdict)}</span>" for s in steps)
        rows.append(f"<tr><td class='gutter'>{gutter}</td><td class='ln'>{number}</td>"
                    f"<td class='src'>{html.escape(line)}</td></tr>")
    return (f"<details class='source'><summary>the file as written ({len(lines)} lines)</summary>"
            f"<table>{''.join(rows)}</table></details>")


def left_of(step: StepResult, lines: list[str] | None) -> str:
    """What stands before a one-line step on its line when it ends with the step's relation
    (`2x = ` before `8`), from the last math opener on (`$`, `\\(`, `\\[`); else ""."""
    if not lines or step.cell or not step.relation or not 1 <= step.line <= len(lines):
        return ""
    before = lines[step.line - 1][:max(0, step.column - 1)]
    for opener in ("$", "\\(", "\\["):
        before = before.rpartition(opener)[2]
    before = before.replace("&", " ").strip()
    if before == step.relation or not before.endswith(step.relation) or "\\\\" in before:
        return ""
    return before


def _file_section(k: int, report: FileReport, lines: list[str] | None) -> str:
    e = html.escape
    problem = f" <span class='problem'>problem {e(report.problem)}</span>" if report.problem \
        else ""
    error = f"<p class='file-error'>✗ {e(report.error)}</p>" if report.error else ""
    steps = "".join(display.step_html(s, page_math, tag="li", left=left_of(s, lines))
                    for s in report.steps)
    notebook = any(step.cell for step in report.steps)  # its lines are JSON: not shown
    source = _source_block(report, lines) if lines and report.steps and not notebook else ""
    return (f"<section class='file' id='{_anchor(k)}'><h2>{e(report.path)}{problem}</h2>"
            f"<p class='summary'>{len(report.steps)} steps: {_counts(report.summary())}</p>"
            f"{error}<ol class='steps'>{steps}</ol>{source}</section>")


def render_html(reports: list[FileReport], sources: dict[str, list[str]] | None = None,
                title: str | None = None) -> str:
    """The whole page: a summary, a table of contents when there are several files, one
    section per file (every step with its mark, typeset formula, message, read_as, diagnosis)."""
    sources = sources or {}
    if title is None:
        title = f"tutor check: {reports[0].path}" if len(reports) == 1 else "tutor check"
    katex_css, katex_js = katex_assets()
    toc = _toc(reports) if len(reports) > 1 else ""
    sections = "".join(_file_section(k, r, sources.get(r.path)) for k, r in enumerate(reports, 1))
    e = html.escape
    return (
        "<!DOCTYPE html>\n<html lang='en'><head><meta charset='utf-8'>"
        "<meta name='viewport' content='width=device-width, initial-scale=1'>"
        f"<meta name='generator' content='tutor, KaTeX {e(katex_version())}'>"
        f"<title>{e(title)}</title><style>{katex_css}</style>"
        f"<style>{_PAGE_CSS.read_text(encoding='utf-8')}</style></head>\n<body>"
        f"<header><h1>{e(title)}</h1><p class='summary'>{e(summary_line(reports))}</p>"
        "<p class='legend'><span class='verdict-ok'>✓ ok</span> <span class='verdict-error'>"
        "✗ error</span> <span class='verdict-warning'>⚠ warning</span> "
        "<span class='verdict-unchecked'>? unchecked or unreadable</span></p></header>\n"
        f"<main>{toc}{sections}</main>\n"
        f"<script>{katex_js}</script>\n<script>{TYPESET_SCRIPT}</script>\n</body></html>\n")

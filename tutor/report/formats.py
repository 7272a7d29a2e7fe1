"""Pick a report format by name and gather what the text and HTML reports show of each file."""

from __future__ import annotations

from tutor.model import FileReport

FORMATS = ("text", "json", "junit", "short", "sarif", "html")


def read_sources(reports: list[FileReport], texts: dict[str, str] | None = None
                 ) -> dict[str, list[str]]:
    """The lines of each readable file (`texts` gives those read already, e.g. stdin)."""
    texts = texts or {}
    sources = {}
    for report in reports:
        if report.error:
            continue
        if report.path in texts:
            sources[report.path] = texts[report.path].splitlines()
            continue
        try:
            with open(report.path, encoding="utf-8") as fh:
                sources[report.path] = fh.read().splitlines()
        except (OSError, UnicodeDecodeError):
            pass
    return sources


def render(reports: list[FileReport], fmt: str, *, sources: dict[str, list[str]] | None = None,
           color: bool = False, verbose: bool = False, width: int | None = None) -> str:
    """The report in format `fmt` (one of FORMATS). JSON, JUnit, SARIF and HTML keep unreadable
    files as entries; the text and short reports leave them to the caller's error lines."""
    from tutor import report

    if fmt == "json":
        return report.render_json(reports) + "\n"
    if fmt == "junit":
        return report.render_junit(reports) + "\n"
    if fmt == "sarif":
        from tutor.report.sarif import render_sarif

        return render_sarif(reports)
    if fmt == "html":
        from tutor.report.html import render_html

        return render_html(reports, sources)
    readable = [r for r in reports if not r.error]
    if fmt == "short":
        return report.render_short(readable, verbose=verbose)
    if not readable:
        return ""
    return report.render_text(readable, sources, color=color, verbose=verbose, width=width) + "\n"

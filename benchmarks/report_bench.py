"""HTML report timings (issue 17): a 200-line notes file checked and written as one page by
`tutor check --format html -o FILE` from a cold start, and the page alone rendered from the
reports; with --screenshot, the page of the examples as a PNG (docs/report.png in the README).

Run: python benchmarks/report_bench.py [--repeat 3] [--screenshot docs/report.png]
Target: the HTML report of a 200-line notes file is written in <= 2 s.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from check_bench import BLOCK  # noqa: E402

CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                  "--no-first-run", "--disable-background-networking", "--disable-component-update",
                  "--disable-sync", "--host-resolver-rules=MAP * ~NOTFOUND", "--hide-scrollbars"]


def notes_of(lines: int) -> str:
    """A Markdown notes file of about `lines` lines, made of the check benchmark's block."""
    out: list[str] = []
    while len(out) < lines:
        out += BLOCK.splitlines()
    return "\n".join(out[:lines]) + "\n"


def cold_cli(notes: Path, page: Path, fmt: str = "html") -> float:
    """Seconds for `tutor check notes --format FMT -o page` in a fresh interpreter."""
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "tutor", "check", str(notes), "--format", fmt,
                    "-o", str(page), "--jobs", "1"], cwd=ROOT, capture_output=True)
    return time.perf_counter() - start


def render_only(notes: Path) -> tuple[float, float, int]:
    """(seconds for the first page of this process, for the next one, steps on the page)."""
    from tutor.batch import check_document
    from tutor.report.formats import read_sources
    from tutor.report.html import render_html

    reports = [check_document(notes)]
    sources = read_sources(reports)
    times = []
    for _ in range(2):
        start = time.perf_counter()
        render_html(reports, sources)
        times.append(time.perf_counter() - start)
    return times[0], times[1], len(reports[0].steps)


def screenshot(out: Path) -> None:
    """The examples' report as a PNG, 1200 px wide."""
    with tempfile.TemporaryDirectory() as tmp:
        page = Path(tmp) / "report.html"
        subprocess.run([sys.executable, "-m", "tutor", "check", "examples/steps.txt",
                        "examples/calculus_notes.md", "--format", "html", "-o", str(page)],
                       cwd=ROOT, capture_output=True)
        subprocess.run(["chromium", *CHROMIUM_FLAGS, f"--user-data-dir={tmp}/profile",
                        f"--screenshot={out.resolve()}", "--window-size=1200,1500",
                        page.as_uri()], capture_output=True, timeout=60)
    print(f"screenshot: {out}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--lines", type=int, default=200)
    parser.add_argument("--screenshot", type=Path)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        notes = Path(tmp) / "notes.md"
        notes.write_text(notes_of(args.lines))
        page = Path(tmp) / "report.html"
        times, json_times = [], []
        for _ in range(args.repeat):  # interleaved, so that the machine's load hits both
            times.append(cold_cli(notes, page))
            json_times.append(cold_cli(notes, Path(tmp) / "report.json", "json"))
        first, warm, steps = render_only(notes)
        print(f"{args.lines}-line notes, {steps} steps, page {page.stat().st_size // 1024} KB")
        print(f"  tutor check --format html -o FILE, cold: median {statistics.median(times):.2f}"
              f" s (max {max(times):.2f} s, target <= 2 s)")
        print(f"  the same as JSON (checking without the page): median "
              f"{statistics.median(json_times):.2f} s")
        print(f"  render_html alone: {first * 1000:.0f} ms first, {warm * 1000:.0f} ms after")
    if args.screenshot:
        screenshot(args.screenshot)
    return 0 if statistics.median(times) <= 2.0 else 1


if __name__ == "__main__":
    raise SystemExit(main())

"""Headless Chromium for the HTML report tests: the DOM after scripts ran, a screenshot, and
the URLs the browser asked the network for (its net log), with name resolution switched off."""

from __future__ import annotations

import re
import shutil
import subprocess
import tempfile
from html.parser import HTMLParser
from pathlib import Path

FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--host-resolver-rules=MAP * ~NOTFOUND", "--hide-scrollbars"]
# the browser's own services (updates, clock, accounts): asked for whatever page is open
OWN_HOSTS = re.compile(r"^https?://([\w-]+\.)*(google\.com|googleapis\.com|gstatic\.com|"
                       r"googleusercontent\.com|gvt1\.com)(/|:|$)")


def chromium() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser")


def run(page: Path, *extra: str, timeout: float = 300) -> tuple[str, list[str]]:
    """(stdout of chromium on `page` with `extra` flags, URLs the page had fetched)."""
    with tempfile.TemporaryDirectory() as profile:
        net_log = Path(profile) / "net.json"
        proc = subprocess.run([chromium(), *FLAGS, f"--user-data-dir={profile}/p",
                               f"--log-net-log={net_log}", *extra, page.resolve().as_uri()],
                              capture_output=True, text=True, timeout=timeout)
        text = net_log.read_text(errors="replace") if net_log.exists() else ""
    urls = set(re.findall(r'"(?:url|original_url)":"(https?://[^"]*)"', text))
    return proc.stdout, sorted(u for u in urls if not OWN_HOSTS.match(u))


def dump_dom(page: Path) -> tuple[str, list[str]]:
    return run(page, "--dump-dom")


def screenshot(page: Path, out: Path, size: str = "1200,1600") -> list[str]:
    out.parent.mkdir(parents=True, exist_ok=True)
    _, urls = run(page, f"--screenshot={out.resolve()}", f"--window-size={size}")
    return urls


class Elements(HTMLParser):
    """Counts of elements per class, the attributes of <body>, the src/href values, and the
    text of the formulas KaTeX did not typeset (class `tex-source`)."""

    def __init__(self, text: str):
        super().__init__()
        self.classes: dict[str, int] = {}
        self.body: dict[str, str] = {}
        self.refs: list[str] = []  # src / href attribute values
        self.not_typeset: list[str] = []
        self._in_source = False
        self.feed(text)

    def handle_starttag(self, tag, attrs):
        values = dict(attrs)
        names = (values.get("class") or "").split()
        for name in names:
            self.classes[name] = self.classes.get(name, 0) + 1
        if "tex-source" in names:
            self._in_source = True
            self.not_typeset.append("")
        if tag == "body":
            self.body = {k: v or "" for k, v in attrs}
        self.refs += [v for k, v in attrs if k in ("src", "href", "srcset", "poster", "data")
                      and v is not None]

    def handle_endtag(self, tag):
        self._in_source = False

    def handle_data(self, data):
        if self._in_source:
            self.not_typeset[-1] += data

"""A non-editable install carries the grammars and the problem bank inside the package."""

from __future__ import annotations

import shutil
import subprocess
import sys
import venv
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    source = tmp_path_factory.mktemp("src") / "tutor"  # a clean copy: no stale build/ folder
    shutil.copytree(ROOT, source, ignore=shutil.ignore_patterns(
        ".git", ".ci", "build", "*.egg-info", "__pycache__", ".pytest_cache", ".hypothesis"))
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps",
                    "-q", "-w", str(out), str(source)], check=True, capture_output=True)
    return next(out.glob("tutor-*.whl"))


def test_wheel_ships_grammars_and_problems(wheel):
    names = zipfile.ZipFile(wheel).namelist()
    for grammar in ("common.lark", "latex.lark", "plain.lark"):
        assert f"tutor/_grammar/{grammar}" in names
    bank = [n for n in names if n.startswith("tutor/_problems/") and n.endswith(".toml")]
    assert len(bank) == len(list((ROOT / "problems").rglob("*.toml")))
    assert "tutor/report_schema.json" in names
    for asset in ("page.css", "katex/LICENSE", "katex/VERSION", "katex/katex.min.js",
                  "katex/katex.min.css", "katex/fonts/KaTeX_Main-Regular.woff2"):
        assert f"tutor/report/{asset}" in names


def _dependency_dirs() -> list[str]:
    """Where this interpreter finds our runtime dependencies (never where it finds tutor)."""
    import lark
    import mpmath
    import numpy
    import prompt_toolkit
    import sympy

    dirs = {str(Path(m.__file__).resolve().parent.parent)
            for m in (lark, mpmath, numpy, prompt_toolkit, sympy)}
    return sorted(dirs)


def test_installed_wheel_finds_its_grammar(wheel, tmp_path):
    """Installed into a fresh, isolated venv, run from elsewhere.

    The venv does not see the base interpreter's packages; it gets our dependencies from the
    environment running the tests (a `.pth` file naming their folders), so no network is needed
    and nothing depends on what the base Python happens to have installed.
    """
    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=True, system_site_packages=False)
    python = env_dir / "bin" / "python"
    where = "import sysconfig; print(sysconfig.get_path('purelib'))"
    site = subprocess.run([str(python), "-c", where],
                          check=True, capture_output=True, text=True).stdout.strip()
    (Path(site) / "tutor_test_deps.pth").write_text("\n".join(_dependency_dirs()) + "\n")
    subprocess.run([str(python), "-m", "pip", "install", "-q", "--no-deps", "--no-index",
                    str(wheel)], check=True, capture_output=True)
    code = ("import tutor.read.parser as p; d = p.grammar_dir(); "
            "print(d); print(p.parse('2x^2 - 3x'))")
    run = subprocess.run([str(python), "-c", code], cwd=tmp_path, capture_output=True,
                         text=True, env={"PYTHONSAFEPATH": "1", "PATH": "/usr/bin:/bin"})
    assert run.returncode == 0, run.stderr
    grammar, parsed = run.stdout.splitlines()[:2]
    assert Path(grammar).resolve().is_relative_to(Path(site).resolve()), grammar
    assert "x**2" in parsed

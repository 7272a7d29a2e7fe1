"""The package keeps its shape: one-way layers, no import circle, small modules and functions."""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
from pathlib import Path

import grimp
import pytest

ROOT = Path(__file__).resolve().parent.parent
MODULES = sorted((ROOT / "tutor").rglob("*.py"))
MAX_MODULE_LINES, MAX_FUNCTION_LINES = 400, 60


def test_layers_contract_is_kept():
    """pyproject.toml's import-linter contract: the data flow goes one way."""
    command = shutil.which("lint-imports") or str(Path(sys.executable).parent / "lint-imports")
    run = subprocess.run([command], cwd=ROOT, capture_output=True, text=True)
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-2000:]
    assert "0 broken" in run.stdout


def test_no_import_circle():
    graph = grimp.build_graph("tutor")
    deps = {m: set(graph.find_modules_directly_imported_by(m)) for m in graph.modules}
    state: dict[str, int] = {}

    def circle_from(module: str, path: list[str]) -> list[str] | None:
        state[module] = 1
        for other in sorted(deps[module]):
            if state.get(other) == 1:
                return path[path.index(other):] + [other]
            if other not in state and (found := circle_from(other, path + [other])):
                return found
        state[module] = 2
        return None

    for module in sorted(deps):
        if module not in state:
            assert circle_from(module, [module]) is None


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(ROOT)))
def test_module_is_small_and_says_its_job(path):
    text = path.read_text()
    assert len(text.splitlines()) <= MAX_MODULE_LINES
    tree = ast.parse(text)
    doc = ast.get_docstring(tree)
    assert doc and doc.strip(), "a module opens with a one-line docstring of its job"
    long = [f"{f.name} ({f.end_lineno - f.lineno + 1} lines)" for f in ast.walk(tree)
            if isinstance(f, (ast.FunctionDef, ast.AsyncFunctionDef))
            and f.end_lineno - f.lineno + 1 > MAX_FUNCTION_LINES]
    assert not long, long

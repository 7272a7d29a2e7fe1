"""No user text runs code: hostile names build safe symbols, and nothing is generated from them."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import sympy as sp
from hypothesis import given, settings
from hypothesis import strategies as st
from sympy.core.function import AppliedUndef

import tutor
from tutor.errors import ParseError
from tutor.names import is_safe, safe_name
from tutor.read.parser import parse_chains

ROOT = Path(__file__).resolve().parent.parent
PAYLOAD = "[open('F','w').write('x')]"
PY_PAYLOAD = "__import__('os').system('touch F')"

# Every construct of the grammars that carries a name the learner chose.
INJECTIONS = [
    r"\lim_{x \to 0} \left(x + \sum_{k_{}=1}^{3} \sum_{k_{%s}=1}^{2} 1\right) = 6",
    r"\sum_{k_{%s}=1}^{2} k_{%s} = 3",
    r"\lim_{x \to 0} x_{%s} + x = x_{%s}",
    r"\text{%s} = 2 \cdot \text{%s}",
    r"\operatorname{%s}(x) = \operatorname{%s}(x) + 0",
    r"\mathrm{%s}(x) - x = 1",
    r"\hat{x}_{%s} = 1",
    r"3~\text{%s} = 3~\text{%s}",
    r"\frac{d}{dx_{%s}} x_{%s}^2 = 2 x_{%s}",
    r"\prod_{i_{%s}=1}^{3} 2 = 8",
    r"f_{%s}(x) = x^2",
]


def _lines(payload: str) -> list[str]:
    return [template.replace("%s", payload) for template in INJECTIONS]


@pytest.mark.parametrize("payload", [PAYLOAD, PY_PAYLOAD, "'); import os; os.remove('F') #"])
@pytest.mark.parametrize("line", range(len(INJECTIONS)))
def test_injection_in_notes_creates_nothing(payload, line, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    text = _lines(payload)[line]
    report = tutor.check_document(f"$$ {text} $$\n", kind="md")
    assert report.steps, text  # read and judged (or refused), never silently dropped
    tutor.check_derivation([text, "= 1"])
    assert sorted(p.name for p in tmp_path.iterdir()) == [], text


@pytest.mark.parametrize("line", range(len(INJECTIONS)))
def test_injection_in_compare_creates_nothing(line, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    text = _lines(PAYLOAD)[line]
    left = text.split("=")[0] if "=" in text else text
    try:
        tutor.compare(left, "x + 6")
    except ParseError:
        pass
    assert sorted(p.name for p in tmp_path.iterdir()) == [], text


def _names(obj) -> set[str]:
    """Every name inside a parse result: symbols, dummies, unknown functions, indexed bases."""
    if isinstance(obj, (list, tuple)):
        return set().union(*(_names(o) for o in obj)) if obj else set()
    if hasattr(obj, "parts"):
        return _names([p.expr for p in obj.parts])
    if not isinstance(obj, sp.Basic):
        return set()
    names = {s.name for s in obj.atoms(sp.Symbol)}
    names |= {f.func.__name__ for f in obj.atoms(AppliedUndef)}
    names |= {str(b.label) for b in obj.atoms(sp.IndexedBase)}
    return names


HOSTILE = st.sampled_from(list("'\"()[]{};:.,!@#$%&*+-/<>?|`~ \\") + [
    "\\text{", "\\operatorname{", "\\mathrm{", "\\hat{", "_{", "^{", "}", "\\sum_{", "=", "x",
    "k", "f(", "\\,", "open", "import", "é", "θ", "′", "²", "\x00", "\n"])


@settings(max_examples=300, deadline=None)
@given(st.lists(HOSTILE, min_size=1, max_size=25).map("".join),
       st.sampled_from(["plain", "latex"]))
def test_every_name_the_builder_makes_is_safe(text, syntax):
    try:
        chains = parse_chains(text, syntax)
    except ParseError:
        return
    for name in _names(chains):
        assert is_safe(name), (text, name)


@pytest.mark.parametrize(("raw", "expected"), [
    ("x", "x"), ("x_1", "x_1"), ("theta", "theta"), ("y'", "yʹ"), ("f′", "fʹ"),
    ("a+b", "a_2b_b"), ("open('F')", "open_28_ʹFʹ_29_"), ("", "_"), ("²", "_b2_"),
])
def test_safe_name(raw, expected):
    assert safe_name(raw) == expected
    assert is_safe(safe_name(raw))


def test_distinct_texts_stay_distinct_names():
    texts = ["i+1", "i1", "i-1", "i 1", "i_1", "i.1", "i'1"]
    assert len({safe_name(t) for t in texts}) == len(texts)


CODE_RUNNERS = re.compile(r"\b(lambdify|sympify|parse_expr|exec|eval|compile|ufuncify|autowrap"
                          r"|nsolve|__import__)\s*\(")


@pytest.mark.parametrize("path", sorted((ROOT / "tutor").rglob("*.py")), ids=lambda p: p.name)
def test_no_code_generation_in_the_package(path):
    """One door for user text: nothing in the package evaluates or generates code."""
    source = re.sub(r"re\.compile\(", "", path.read_text())
    assert not CODE_RUNNERS.findall(source), path

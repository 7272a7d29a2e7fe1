"""The problem bank: schema, loader, lookup, search, generators and rendering."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tutor.bank import generators as G
from tutor.bank import hints as H
from tutor.bank import loader as P
from tutor.bank import lookup as L
from tutor.errors import ProblemError
from tutor.model import Problem

ROOT = Path(__file__).resolve().parent.parent
BANK = ROOT / "problems"
FILES = sorted(BANK.rglob("*.toml"))
SEEDS = (0, 1, 2, 7, 42)
GENERATED = [(family, seed) for family in G.FAMILIES for seed in SEEDS]


# ---------------------------------------------------------------------------------------------
# The bank

def test_bank_size_and_topics():
    bank = P.problems()
    assert len(bank) == len(FILES) >= 44
    for topic in P.TOPICS:
        assert sum(p.topic == topic for p in bank) >= 8, topic
    assert [(p.topic, p.id) for p in bank] == sorted((p.topic, p.id) for p in bank)
    P.validate_bank(bank)


def test_bank_covers_the_inventory_families():
    bank = P.problems()
    assert len(bank) >= 130
    families = {p.family for p in bank}
    assert None not in families, [p.id for p in bank if p.family is None]
    assert len(families) >= 26, sorted(families)


@pytest.mark.parametrize("problem", P.problems(), ids=lambda p: p.id)
def test_problem_teaches(problem):
    """An answer form, at least three hints, and a hint for each of at least two mistakes."""
    assert problem.form, "no form"
    assert len(problem.hints) >= 3
    assert len(problem.mistakes) >= 2
    assert all(m.hint for m in problem.mistakes), [m.step for m in problem.mistakes if not m.hint]


@pytest.mark.parametrize("path", FILES, ids=lambda f: f.stem)
def test_file_loads_and_validates(path):
    p = P.load_problem_file(path)
    assert p.id == path.stem and p.topic == path.parent.name
    assert p.title and p.statement and p.target and p.source
    assert len(p.hints) >= 3 and len(p.solution) >= 1
    assert len(p.mistakes) >= 2, "each problem lists at least two realistic mistakes"
    for m in p.mistakes:
        assert m.expect in P.CODES
        assert 0 <= m.after < len(p.solution)
    if p.method == "first-principles":
        assert p.start == "lim h->0 (g(x+h) - g(x))/h" or p.start.startswith("lim h->0")
        assert p.given, "first-principles problems define the function in `given`"


def test_required_rows_of_the_inventory_are_in_the_bank():
    for alias in ["PRB-5", "PRB-11", "PRB-12", "PRB-16", "PRB-17", "PRB-18", "PRB-20", "PRB-24",
                  "PRB-33", "PRB-34", "PRB-35", "PRB-43", "PRB-44", "PRB-45", "PRB-46", "PRB-47",
                  "PRB-48", "PRB-49", "PRB-57"]:
        assert L.problem(alias)
    assert L.problem("lhopital-exp-cube").target == "9 e^27"
    assert L.problem("lhopital-exp-cos").target == "1"
    assert L.problem("lhopital-log-growth").target == "oo"
    assert L.problem("first-principles-quadratic").target == "4x - 1"
    assert L.problem("radiation-dose-formula").target == "x1 = 20(ln(p/(1 - p)) + 6 - x2)"
    assert L.problem("radiation-dose-fifty-percent").target == "x1 = 50"
    assert L.problem("entropy-pixel").target == "8"
    limits = [p for p in P.problems() if p.start and p.start.startswith("lim x->")]
    assert len(limits) >= 8
    assert sum(p.method != "lhopital" for p in limits) >= 2  # the rule does not apply there


# ---------------------------------------------------------------------------------------------
# Every piece of math parses (needs tutor.read.parser, written by another stage)

def _math(p: Problem) -> list[tuple[str, str]]:
    out = [("target", p.target)]
    out += [("start", p.start)] if p.start else []
    out += [(f"given.{k}", v) for k, v in p.given.items()]
    out += [(f"solution[{i}]", s) for i, s in enumerate(p.solution)]
    out += [(f"mistakes[{i}]", m.step) for i, m in enumerate(p.mistakes)]
    return out


def _assert_parses(p: Problem) -> None:
    from tutor.errors import ParseError
    from tutor.read.parser import parse

    failures = []
    for field, text in _math(p):
        try:
            parse(text, syntax="plain")
        except ParseError as exc:
            failures.append(f"{p.id} {field}: {text!r}: {exc}")
    assert not failures, "\n".join(failures)


@pytest.mark.parametrize("path", FILES, ids=lambda f: f.stem)
def test_bank_math_parses(path):
    _assert_parses(P.load_problem_file(path))


@pytest.mark.parametrize(("family", "seed"), GENERATED)
def test_generated_math_parses(family, seed):
    _assert_parses(G.generate(family, seed))


# ---------------------------------------------------------------------------------------------
# Broken files are reported with the file and the field

VALID = '''id = "sample"
aliases = ["XYZ-1"]
title = "A sample"
topic = "calculus"
tags = ["t"]
statement = "Differentiate x^2."
given = { "g(x)" = "x^2" }
assume = ["x real"]
start = "d/dx (x^2)"
target = "2x"
hints = ["one", "two", "three"]
solution = ["2x"]

[[mistakes]]
step = "x"
expect = "factor"
'''


def _edit(drop: str | None = None, replace: tuple[str, str] | None = None, add: str = "") -> str:
    lines = [ln for ln in VALID.splitlines() if not (drop and ln.startswith(drop + " ="))]
    text = "\n".join(lines) + "\n"
    if replace:
        assert replace[0] in text
        text = text.replace(*replace)
    return add + "\n" + text if add else text


BROKEN = [
    ("unknown key", _edit(add='colour = "red"'), "colour"),
    ("missing target", _edit(drop="target"), "target"),
    ("missing hints", _edit(drop="hints"), "hints"),
    ("empty title", _edit(replace=('title = "A sample"', 'title = "  "')), "title"),
    ("wrong type", _edit(replace=('hints = ["one", "two", "three"]', 'hints = "one"')), "hints"),
    ("wrong type in list", _edit(replace=('tags = ["t"]', "tags = [1]")), "tags"),
    ("given not a table", _edit(replace=('given = { "g(x)" = "x^2" }', 'given = ["x"]')),
     "given"),
    ("too few hints", _edit(replace=('["one", "two", "three"]', '["one", "two"]')), "hints"),
    ("empty solution", _edit(replace=('solution = ["2x"]', "solution = []")), "solution"),
    ("unknown method", _edit(add='method = "guessing"'), "method"),
    ("unknown diagnosis", _edit(replace=('expect = "factor"', 'expect = "oops"')), "expect"),
    ("mistake after out of range", _edit(add="").replace('expect = "factor"',
                                                          'expect = "factor"\nafter = 3'),
     "after"),
    ("unknown mistake key", _edit(add="").replace('expect = "factor"',
                                                  'expect = "factor"\nwhy = "x"'), "why"),
    ("topic not a topic", _edit(replace=('topic = "calculus"', 'topic = "alchemy"')), "topic"),
]


@pytest.mark.parametrize(("case", "text", "field"), BROKEN, ids=[c[0] for c in BROKEN])
def test_broken_file_names_file_and_field(tmp_path, case, text, field):
    path = tmp_path / "calculus" / "sample.toml"
    path.parent.mkdir()
    path.write_text(text)
    with pytest.raises(ProblemError) as info:
        P.load_problem_file(path)
    message = str(info.value)
    assert "sample.toml" in message and field in message, message


def test_valid_sample_loads(tmp_path):
    path = tmp_path / "calculus" / "sample.toml"
    path.parent.mkdir()
    path.write_text(VALID)
    p = P.load_problem_file(path)
    assert (p.id, p.topic, p.target, p.aliases) == ("sample", "calculus", "2x", ["XYZ-1"])


@pytest.mark.parametrize(("folder", "stem", "field"), [("calculus", "other", "id"),
                                                       ("probability", "sample", "topic")])
def test_file_name_and_folder_must_match(tmp_path, folder, stem, field):
    path = tmp_path / folder / f"{stem}.toml"
    path.parent.mkdir()
    path.write_text(VALID)
    with pytest.raises(ProblemError, match=rf"{stem}\.toml.*{field}"):
        P.load_problem_file(path)


def test_invalid_toml_names_the_file(tmp_path):
    path = tmp_path / "calculus" / "sample.toml"
    path.parent.mkdir()
    path.write_text('id = "sample\n')
    with pytest.raises(ProblemError, match=r"sample\.toml.*TOML"):
        P.load_problem_file(path)


def test_duplicate_alias_across_files(tmp_path):
    (tmp_path / "calculus").mkdir()
    first, second = tmp_path / "calculus" / "sample.toml", tmp_path / "calculus" / "twin.toml"
    first.write_text(VALID)
    second.write_text(VALID.replace('id = "sample"', 'id = "twin"').replace("XYZ-1", "xyz 1"))
    bank = [P.load_problem_file(first), P.load_problem_file(second)]
    with pytest.raises(ProblemError) as info:
        P.validate_bank(bank)
    assert "twin.toml" in str(info.value) and "aliases" in str(info.value)
    with pytest.raises(ProblemError, match="id"):
        P.validate_bank([bank[0], P.load_problem_file(first)])


# ---------------------------------------------------------------------------------------------
# Lookup and search

@pytest.mark.parametrize(("query", "expected"), [
    ("first-principles-quadratic", "first-principles-quadratic"),
    ("First_Principles_Quadratic", "first-principles-quadratic"),
    ("  first principles-quadratic ", "first-principles-quadratic"),
    ("PRB-33", "binomial-pmf"),
    ("prb-33", "binomial-pmf"),
    ("PRB 33", "binomial-pmf"),
    ("CH.PRB- 3.4", "binomial-pmf"),
    ("ch.prb-3.4", "binomial-pmf"),
    ("PRB-20", "radiation-dose-formula"),
    ("prb_17", "sigmoid-derivative"),
])
def test_lookup(query, expected):
    assert L.problem(query).id == expected


def test_unknown_id_suggests():
    with pytest.raises(ProblemError, match="did you mean first-principles-quadratic"):
        L.problem("first-principles-quadratc")
    with pytest.raises(ProblemError, match="no problem"):
        L.problem("zzzzzzzz")


def test_generated_ids_are_looked_up():
    assert L.problem("gen-entropy-discrete-3") == G.generate("entropy-discrete", 3)


def test_search():
    found = {p.id for p in L.search("entropy")}
    assert {"entropy-uniform", "entropy-pixel", "entropy-dyadic", "binary-entropy-derivative",
            "coin-entropy"} <= found
    assert {p.id for p in L.search("ENTROPY", topic="information-theory")} < found
    assert all(p.topic == "information-theory" for p in L.search("entropy", "information theory"))
    assert {"binomial-variance", "particles-variance"} <= {
        p.id for p in L.search("binomial variance")}
    assert L.search("prb-33")[0].id == "binomial-pmf"
    assert len(L.search()) == len(P.problems())
    assert len(L.search(topic="calculus")) == sum(p.topic == "calculus" for p in P.problems())
    assert L.search("no-such-word-anywhere") == []
    with pytest.raises(ProblemError, match="topic"):
        L.search("x", topic="alchemy")


def test_listing_parses_no_math():
    """`tutor list` and `tutor hint` never load the math (benchmarks/practice_bench.py times
    them; tests do not time things)."""
    code = ("import sys; import tutor.bank.loader as P, tutor.bank.hints as H; "
            "H.render_list(P.problems()); "
            "print('sympy' in sys.modules or 'lark' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         cwd=ROOT, check=True).stdout.split()
    assert out == ["False"], "problems/hints must not import sympy or lark"


# ---------------------------------------------------------------------------------------------
# Generators

@pytest.mark.parametrize("family", G.FAMILIES)
def test_generator_is_reproducible_and_varied(family):
    assert G.generate(family, 5) == G.generate(family, 5)
    assert G.generate(family, 5).id == f"gen-{family}-5"
    variants = [G.generate(family, seed) for seed in range(20)]
    assert len({(g.title, g.target) for g in variants}) >= 8
    assert G.generate(family, 5).statement != G.generate(family, 6).statement or \
        G.generate(family, 5).target != G.generate(family, 6).target


@pytest.mark.parametrize(("family", "seed"), GENERATED)
def test_generated_problems_validate(family, seed):
    g = G.generate(family, seed)
    assert g.topic in P.TOPICS and len(g.hints) >= 3 and len(g.mistakes) >= 2
    assert g.solution[-1] == g.target
    assert {m.expect for m in g.mistakes} <= set(P.CODES)
    assert "generated" in g.tags and g.source.startswith("generated")


def test_generator_families_share_codes_with_the_bank():
    assert set(G.FAMILIES) >= {"first-principles-quadratic", "entropy-discrete",
                               "logistic-prediction"}
    fp = G.generate("first-principles-quadratic", 1)
    assert fp.method == "first-principles" and fp.start == "lim h->0 (g(x+h) - g(x))/h"
    assert {m.expect for m in fp.mistakes} >= {"sign", "expansion"}
    assert G.generate("entropy-discrete", 1).log_base == "2"


@pytest.mark.parametrize(("family", "seed"), [("no-such-family", 1),
                                              ("first-principles-quadratic", -1)])
def test_generator_rejects_bad_input(family, seed):
    with pytest.raises(ProblemError):
        G.generate(family, seed)


# ---------------------------------------------------------------------------------------------
# Rendering

def test_render_list_text():
    bank = P.problems()
    text = H.render_list(bank)
    assert all(len(line) <= 80 for line in text.splitlines())
    for p in bank:
        assert p.id in text
    for topic in P.TOPICS:
        assert topic in text
    assert "PRB-33" in text and f"{len(bank)} problems" in text
    assert H.render_list([]) == "no problems match"


def test_render_list_json():
    data = json.loads(H.render_list(P.problems()[:3], fmt="json"))
    assert len(data) == 3
    assert all(set(row) == {"id", "title", "topic", "tags", "aliases"} for row in data)
    assert data[0]["id"] == P.problems()[0].id


@pytest.mark.parametrize("pid", ["first-principles-quadratic", "binomial-pmf",
                                 "logistic-prediction-two-features"])
def test_render_show_text(pid):
    p = L.problem(pid)
    text = H.render_show(p)
    words = " ".join(text.split())
    assert p.title in text and p.source.split(",")[0] in text
    assert " ".join(p.statement.split()) in words
    assert all(len(line) <= 80 for line in text.splitlines())
    for name, value in p.given.items():
        assert f"{name} = {value}" in text
    for a in p.assume:
        assert a in text
    if p.start:
        assert p.start in text
    assert p.solution[0] not in text
    full = H.render_show(p, solution=True)
    assert all(step in full for step in p.solution) and p.target in full


def test_render_show_json():
    p = L.problem("radiation-dose-formula")
    data = json.loads(H.render_show(p, fmt="json"))
    for key in ("id", "title", "topic", "statement", "given", "assume", "start", "target",
                "method", "hints", "solution"):
        assert key in data
    assert data["id"] == p.id and data["solution"] == p.solution and data["hints"] == p.hints
    assert data["start"] == p.start and data["method"] is None


@pytest.mark.parametrize(("level", "all_levels", "expected"), [
    (None, False, ["Hint 1/3:"]),
    (2, False, ["Hint 2/3:"]),
    (3, False, ["Hint 3/3:"]),
    (9, False, ["Hint 3/3:", "(no more hints)"]),
    (None, True, ["Hint 1/3:", "Hint 2/3:", "Hint 3/3:"]),
])
def test_render_hint(level, all_levels, expected):
    p = L.problem("first-principles-quadratic")
    text = H.render_hint(p, level=level, all_levels=all_levels)
    assert [line.split(":")[0] + ":" for line in text.splitlines()
            if line.startswith("Hint")] == [e for e in expected if e.startswith("Hint")]
    assert ("(no more hints)" in text) == ("(no more hints)" in expected)
    k = int(expected[0].split("/")[0].split()[1])
    assert " ".join(p.hints[k - 1].split()) in " ".join(text.split())


def test_render_rejects_bad_requests():
    p = L.problem("binomial-pmf")
    with pytest.raises(ProblemError):
        H.render_hint(p, level=0)
    with pytest.raises(ProblemError):
        H.render_show(p, fmt="yaml")
    with pytest.raises(ProblemError):
        H.render_list([p], fmt="xml")

"""The SQLite progress store: schema, durability, damaged files, summary and rendering."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tutor.errors import TutorError
from tutor.practice import progress
from tutor.practice.mastery import mastery, render_progress
from tutor.practice.progress import ProgressError, Store, data_dir

ROOT = Path(__file__).resolve().parents[1]
BANK = [("deriv-a", "calculus"), ("deriv-b", "calculus"), ("bayes", "probability"),
        ("entropy", "information")]


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "progress.sqlite3"


@pytest.fixture
def store(db: Path):
    s = Store(db)
    yield s
    s.close()


def raw(db: Path) -> sqlite3.Connection:
    return sqlite3.connect(db)


# -- location ------------------------------------------------------------------------------
@pytest.mark.parametrize("platform, env, expected", [
    ("linux", {"TUTOR_HOME": "/t/home"}, "/t/home"),
    ("darwin", {"TUTOR_HOME": "/t/home"}, "/t/home"),
    ("linux", {"XDG_DATA_HOME": "/xdg"}, "/xdg/tutor"),
    ("linux", {"XDG_DATA_HOME": "relative"}, "~/.local/share/tutor"),
    ("linux", {}, "~/.local/share/tutor"),
    ("darwin", {}, "~/Library/Application Support/tutor"),
    ("win32", {"APPDATA": "/appdata"}, "/appdata/tutor"),
])
def test_data_dir(monkeypatch, platform, env, expected):
    for var in ("TUTOR_HOME", "XDG_DATA_HOME", "APPDATA"):
        monkeypatch.delenv(var, raising=False)
    for k, v in env.items():
        monkeypatch.setenv(k, v)
    monkeypatch.setattr(sys, "platform", platform)
    assert data_dir() == Path(expected).expanduser()


def test_default_path_under_tutor_home(monkeypatch, tmp_path):
    monkeypatch.setenv("TUTOR_HOME", str(tmp_path / "home"))
    with Store() as s:
        assert s.path == tmp_path / "home" / "progress.sqlite3"
    assert s.path.exists()


# -- schema --------------------------------------------------------------------------------
def test_wal_schema_version_and_foreign_keys(store, db):
    con = raw(db)
    assert con.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert con.execute("PRAGMA user_version").fetchone()[0] == progress.SCHEMA_VERSION >= 1
    cols = {t: [r[1] for r in con.execute(f"PRAGMA table_info({t})")]
            for t in ("attempts", "steps", "hints")}
    assert cols == {
        "attempts": ["id", "problem_id", "topic", "started", "finished", "solved",
                     "hints_used", "revealed"],
        "steps": ["id", "attempt_id", "n", "text", "verdict", "code", "at"],
        "hints": ["attempt_id", "level", "at"],
    }
    assert store._conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    with pytest.raises(ProgressError):  # a step of no attempt violates the foreign key
        store.record_step(999, 1, "x", "ok", None)


def test_reopen_keeps_data(db):
    with Store(db) as s:
        a = s.start_attempt("deriv-a", "calculus")
        s.record_step(a, 1, "2x", "ok", None)
    with Store(db) as s:
        assert [st["text"] for st in s.attempts()[0]["steps"]] == ["2x"]


# -- writes --------------------------------------------------------------------------------
def test_attempt_lifecycle(store):
    a = store.start_attempt("deriv-a", "calculus")
    store.record_step(a, 1, "lim h->0 (h + 4xh)/h", "error", "sign")
    store.record_step(a, 1, "lim h->0 (-h + 4xh)/h", "ok", None)
    store.record_hint(a, 1)
    store.record_hint(a, 2)
    store.record_hint(a, 2)  # the same level again is not another hint
    store.finish_attempt(a, solved=True)
    [att] = store.attempts()
    assert att["problem_id"] == "deriv-a" and att["topic"] == "calculus"
    assert att["solved"] is True and att["revealed"] is False and att["finished"]
    assert att["hints_used"] == 2
    assert [(s["n"], s["verdict"], s["code"]) for s in att["steps"]] == [
        (1, "error", "sign"), (1, "ok", None)]
    assert [h["level"] for h in att["hints"]] == [1, 2, 2]


def test_finish_twice_keeps_solved_and_revealed(store):
    a = store.start_attempt("p", "t")
    store.finish_attempt(a, solved=False, revealed=True)
    store.finish_attempt(a, solved=True)
    store.finish_attempt(a, solved=False)
    [att] = store.attempts()
    assert att["solved"] and att["revealed"]


def test_reset_and_export(store, tmp_path):
    a = store.start_attempt("bayes", "probability")
    store.record_step(a, 1, "P(A|B)", "unchecked", None)
    out = tmp_path / "export.json"
    store.export(out)
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["version"] == 1 and data["attempts"][0]["steps"][0]["text"] == "P(A|B)"
    store.reset()
    assert store.attempts() == []
    assert store.summary(BANK)["problems"][2]["attempts"] == 0


# -- durability ----------------------------------------------------------------------------
WRITER = """
import sys
from tutor.practice.progress import Store
s = Store(sys.argv[1])
a = s.start_attempt("deriv-a", "calculus")
n = 0
while True:
    n += 1
    s.record_step(a, n, "step %d" % n, "ok", None)
    print(n, flush=True)
"""


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_sigkill_mid_derivation_loses_nothing_committed(db):
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    proc = subprocess.Popen([sys.executable, "-c", WRITER, str(db)], stdout=subprocess.PIPE,
                            text=True, env=env, cwd=ROOT)
    last = 0
    try:
        for line in proc.stdout:
            last = int(line)
            if last >= 40:
                break
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=10)
        for line in proc.stdout:  # lines printed after commit, before the kill
            last = int(line)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == -signal.SIGKILL and last >= 40
    con = raw(db)
    assert con.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    con.close()
    with Store(db) as s:
        ns = [st["n"] for st in s.attempts()[0]["steps"]]
    assert ns[:last] == list(range(1, last + 1))  # every committed step is there
    assert len(ns) in (last, last + 1)  # at most the step in flight beyond the last report


# -- damaged, foreign, locked --------------------------------------------------------------
def test_garbage_file_is_reported_and_untouched(db):
    junk = os.urandom(4096)
    db.write_bytes(junk)
    with pytest.raises(ProgressError) as err:
        Store(db)
    assert str(db) in str(err.value) and isinstance(err.value, TutorError)
    assert db.read_bytes() == junk
    assert sorted(p.name for p in db.parent.iterdir()) == [db.name]


def test_damaged_pages_are_reported_and_untouched(db):
    with Store(db) as s:
        a = s.start_attempt("p", "t")
        for i in range(300):
            s.record_step(a, i, "x" * 200, "ok", None)
    con = raw(db)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.execute("PRAGMA journal_mode = DELETE")
    con.close()
    data = bytearray(db.read_bytes())
    page = 4096
    for off in range(page * 2, len(data), page):  # scribble over every page but the first
        data[off:off + 64] = os.urandom(64)
    db.write_bytes(bytes(data))
    with pytest.raises(ProgressError) as err:
        Store(db)
    assert str(db) in str(err.value)
    assert db.read_bytes() == bytes(data)


def test_foreign_sqlite_database_is_refused(db):
    con = raw(db)
    con.execute("CREATE TABLE notes (x)")
    con.commit()
    con.close()
    with pytest.raises(ProgressError, match="not a tutor progress database"):
        Store(db)


def test_newer_schema_is_refused(db):
    Store(db).close()
    con = raw(db)
    con.execute("PRAGMA user_version = 99")
    con.close()
    with pytest.raises(ProgressError, match="newer"):
        Store(db)


def test_locked_database_times_out_with_a_clear_error(db, monkeypatch):
    monkeypatch.setattr(progress, "BUSY_TIMEOUT", 0.2)
    s = Store(db)
    a = s.start_attempt("p", "t")
    other = sqlite3.connect(db, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(ProgressError, match="locked") as err:
            s.record_step(a, 1, "x", "ok", None)
        assert str(db) in str(err.value)
    finally:
        other.execute("ROLLBACK")
        other.close()
    s.record_step(a, 1, "x", "ok", None)  # usable again once the lock is gone
    s.close()


# -- summary and mastery -------------------------------------------------------------------
# each attempt: (problem, solved, revealed, hints)
SUMMARY_CASES = [
    ("nothing", [], {"deriv-a": (0, False, 0)}, {"calculus": (0, 2, 0)}),
    ("solved unaided", [("deriv-a", True, False, 0)],
     {"deriv-a": (1, True, 0)}, {"calculus": (1, 2, 3)}),
    ("both solved unaided", [("deriv-a", True, False, 0), ("deriv-b", True, False, 0)],
     {"deriv-b": (1, True, 0)}, {"calculus": (2, 2, 5)}),
    ("solved with hints", [("deriv-a", True, False, 3), ("deriv-b", True, False, 3)],
     {"deriv-a": (1, True, 3)}, {"calculus": (2, 2, 3)}),
    ("revealed is not solved", [("deriv-a", True, True, 0)],
     {"deriv-a": (1, False, 0)}, {"calculus": (0, 2, 0)}),
    ("failed then solved", [("bayes", False, False, 1), ("bayes", True, False, 0)],
     {"bayes": (2, True, 1)}, {"probability": (1, 1, 5)}),
    ("attempted only", [("bayes", False, False, 2)],
     {"bayes": (1, False, 2)}, {"probability": (0, 1, 1)}),
    ("retired problem kept", [("old", True, False, 0)],
     {"old": (1, True, 0)}, {"calculus": (0, 2, 0)}),
]


@pytest.mark.parametrize("name, attempts, problems, topics", SUMMARY_CASES,
                         ids=[c[0] for c in SUMMARY_CASES])
def test_summary(store, name, attempts, problems, topics):
    for pid, solved, revealed, hints in attempts:
        a = store.start_attempt(pid, "calculus" if pid == "old" else dict(BANK)[pid])
        for level in range(1, hints + 1):
            store.record_hint(a, level)
        store.finish_attempt(a, solved=solved, revealed=revealed)
    summary = store.summary(BANK)
    by_id = {p["id"]: p for p in summary["problems"]}
    assert [p["id"] for p in summary["problems"]][:4] == [pid for pid, _ in BANK]
    for pid, (n, solved, hints) in problems.items():
        p = by_id[pid]
        assert set(p) == {"id", "topic", "attempts", "solved", "hints_used", "last"}
        assert (p["attempts"], p["solved"], p["hints_used"]) == (n, solved, hints)
        assert (p["last"] is None) == (n == 0)
    by_topic = {t["topic"]: t for t in summary["topics"]}
    for topic, (solved, total, stars) in topics.items():
        t = by_topic[topic]
        assert set(t) == {"topic", "solved", "total", "mastery"}
        assert (t["solved"], t["total"], t["mastery"]) == (solved, total, stars)
    json.dumps(summary)


@pytest.mark.parametrize("scores, stars", [
    ([], 0), ([0.0], 0), ([1.0], 5), ([1.0, 0.0], 3), ([0.1], 1), ([0.4, 0.4], 2),
    ([1.0] * 9 + [0.0], 5), ([0.0] * 9 + [1.0], 1),
])
def test_mastery_stars(scores, stars):
    assert mastery(scores) == stars


# -- rendering -----------------------------------------------------------------------------
def test_render_text_has_stars_table_and_suggestion(store):
    a = store.start_attempt("deriv-a", "calculus")
    store.record_hint(a, 1)
    store.finish_attempt(a, solved=True)
    text = render_progress(store.summary(BANK))
    assert "★" in text and "☆" in text
    assert "calculus" in text and "1/2" in text and "probability" in text
    assert "Next: practise" in text and "tutor practice" in text
    assert max(len(line) for line in text.splitlines()) <= 80


@pytest.mark.parametrize("summary, expect", [
    ({"problems": [], "topics": []}, "No problems"),
    ({"problems": [{"id": "a", "topic": "t", "attempts": 1, "solved": True, "hints_used": 0,
                    "last": "2024-01-01T00:00:00+00:00"}],
      "topics": [{"topic": "t", "solved": 1, "total": 1, "mastery": 5}]}, "Everything solved"),
    ({"problems": [{"id": "a", "topic": "t", "attempts": 0, "solved": False, "hints_used": 0,
                    "last": None},
                   {"id": "b", "topic": "t", "attempts": 2, "solved": False, "hints_used": 1,
                    "last": "2024-01-01T00:00:00+00:00"}],
      "topics": [{"topic": "t", "solved": 0, "total": 2, "mastery": 0}]}, "tutor practice b"),
])
def test_render_suggestion(summary, expect):
    assert expect in render_progress(summary)


def test_render_json_roundtrip(store):
    summary = store.summary(BANK)
    assert json.loads(render_progress(summary, "json")) == summary
    with pytest.raises(ValueError):
        render_progress(summary, "xml")


# -- hints seen, slips, mastery from mistakes ------------------------------------------------
def test_a_version_1_database_is_upgraded_and_keeps_its_attempts(db):
    conn = raw(db)
    conn.executescript(progress._SCHEMA + "PRAGMA user_version = 1;")
    conn.execute("INSERT INTO attempts (problem_id, topic, started) VALUES ('bayes', "
                 "'probability', '2026-01-01')")
    conn.commit()
    conn.close()
    with Store(db) as s:
        assert len(s.attempts()) == 1 and s.hint_level_seen("bayes") == 0
        s.record_lookup("bayes", 2)
        assert s.hint_level_seen("bayes") == 2
    assert raw(db).execute("PRAGMA user_version").fetchone()[0] == progress.SCHEMA_VERSION


def test_hint_levels_seen_in_practice_and_by_lookup(store):
    a = store.start_attempt("deriv-a", "calculus")
    store.record_hint(a, 1)
    store.record_hint(a, -1)   # a hint that answered a slip is off the ladder
    assert store.hint_level_seen("deriv-a") == 1
    store.record_lookup("deriv-a", 3)
    assert store.hint_level_seen("deriv-a") == 3 and store.hint_level_seen("bayes") == 0


def _attempt(store, pid, topic, verdicts, hints=0, solved=True):
    a = store.start_attempt(pid, topic)
    for n, (verdict, code) in enumerate(verdicts, 1):
        store.record_step(a, n, f"line {n}", verdict, code)
    for level in range(1, hints + 1):
        store.record_hint(a, level)
    store.finish_attempt(a, solved)


@pytest.mark.parametrize("steps, hints, score", [
    ([("ok", None)], 0, 1.0),
    ([("error", "sign"), ("ok", None)], 0, 0.95),
    ([("error", "sign"), ("ok", None)], 1, 0.8),
    ([("error", "sign")] * 20, 0, 0.4),
])
def test_mastery_counts_wrong_steps_and_hints(store, steps, hints, score):
    _attempt(store, "bayes", "probability", steps, hints)
    [topic] = [t for t in store.summary(BANK)["topics"] if t["topic"] == "probability"]
    assert topic["mastery"] == mastery([score])


def test_the_most_common_slips_are_counted_and_named(store):
    _attempt(store, "deriv-a", "calculus", [("error", "sign"), ("error", "sign"),
                                            ("warning", "limit-rewrite"), ("error", "other")])
    _attempt(store, "bayes", "probability", [("error", "sign"), ("error", "factor")])
    data = store.summary(BANK)
    assert data["slips"] == [{"code": "sign", "count": 3}, {"code": "factor", "count": 1},
                             {"code": "limit-rewrite", "count": 1}]
    text = render_progress(data)
    assert "Your most common slip: sign, 3 times (then factor 1, limit-rewrite 1)." in text
    assert "Check the signs" in text

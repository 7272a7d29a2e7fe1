"""Progress store: attempts, steps and hints of practice sessions in SQLite; mastery summary."""

from __future__ import annotations

import json
import os
import sqlite3
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from tutor.errors import TutorError

SCHEMA_VERSION = 2
DB_NAME = "progress.sqlite3"
BUSY_TIMEOUT = 2.0  # seconds to wait for another process's lock before giving up
_SQLITE_MAGIC = b"SQLite format 3\x00"

_SCHEMA = """
CREATE TABLE attempts (
    id INTEGER PRIMARY KEY,
    problem_id TEXT NOT NULL,
    topic TEXT NOT NULL,
    started TEXT NOT NULL,
    finished TEXT,
    solved INTEGER NOT NULL DEFAULT 0,
    hints_used INTEGER NOT NULL DEFAULT 0,
    revealed INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE steps (
    id INTEGER PRIMARY KEY,
    attempt_id INTEGER NOT NULL REFERENCES attempts(id) ON DELETE CASCADE,
    n INTEGER NOT NULL,
    text TEXT NOT NULL,
    verdict TEXT NOT NULL,
    code TEXT,
    at TEXT NOT NULL
);
CREATE TABLE hints (
    attempt_id INTEGER NOT NULL REFERENCES attempts(id) ON DELETE CASCADE,
    level INTEGER NOT NULL,
    at TEXT NOT NULL
);
CREATE INDEX attempts_problem ON attempts(problem_id);
CREATE INDEX steps_attempt ON steps(attempt_id);
CREATE INDEX hints_attempt ON hints(attempt_id);
"""
# what each later version adds to the one before it
_UPGRADES = {2: """
CREATE TABLE lookups (
    problem_id TEXT NOT NULL,
    level INTEGER NOT NULL,
    at TEXT NOT NULL
);
CREATE INDEX lookups_problem ON lookups(problem_id);
"""}


class ProgressError(TutorError):
    """The progress database cannot be used (locked, corrupt, unwritable, too new)."""


def data_dir() -> Path:
    """Where per-user data lives: $TUTOR_HOME, else the platform's user data directory."""
    home = os.environ.get("TUTOR_HOME")
    if home:
        return Path(home).expanduser()
    if sys.platform == "win32":
        base = os.environ.get("APPDATA") or str(Path.home() / "AppData" / "Roaming")
        return Path(base) / "tutor"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Application Support" / "tutor"
    xdg = os.environ.get("XDG_DATA_HOME")
    base_path = Path(xdg) if xdg and os.path.isabs(xdg) else Path.home() / ".local" / "share"
    return base_path / "tutor"


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class Store:
    """The progress database of one user; every write is its own committed transaction."""

    def __init__(self, path: Path | str | None = None):
        self.path = Path(path) if path is not None else data_dir() / DB_NAME
        self._conn: sqlite3.Connection | None = None
        self._open()

    # -- connection ---------------------------------------------------------------------
    def _fail(self, exc: BaseException) -> ProgressError:
        text = str(exc)
        if isinstance(exc, sqlite3.OperationalError) and ("locked" in text or "busy" in text):
            return ProgressError(
                f"progress database {self.path} is locked by another process "
                f"(waited {BUSY_TIMEOUT:g} s); close the other tutor session and try again")
        if isinstance(exc, sqlite3.OperationalError) and "malformed" not in text:
            return ProgressError(f"cannot use progress database {self.path}: {text}")
        if isinstance(exc, sqlite3.IntegrityError):  # e.g. a step of an unknown attempt
            return ProgressError(f"progress database {self.path}: {text}")
        if isinstance(exc, sqlite3.DatabaseError):
            return ProgressError(
                f"progress database {self.path} is damaged ({text}); it was left untouched: "
                f"move it away to start afresh, or set TUTOR_HOME to use another directory")
        return ProgressError(f"progress database {self.path}: {exc}")

    def _open(self) -> None:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise ProgressError(f"cannot create {self.path.parent}: {exc.strerror}") from exc
        existed = self._check_existing_file()
        try:
            conn = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT, isolation_level=None)
        except sqlite3.Error as exc:
            raise self._fail(exc) from exc
        self._conn = conn
        try:
            self._prepare(conn, existed)
        except BaseException as exc:
            conn.close()
            self._conn = None
            if isinstance(exc, ProgressError):
                raise
            if isinstance(exc, sqlite3.Error):
                raise self._fail(exc) from exc
            raise

    def _check_existing_file(self) -> bool:
        """Whether a non-empty file is already there; it must start like a SQLite database."""
        existed = self.path.exists() and self.path.stat().st_size > 0
        if existed:
            try:
                with open(self.path, "rb") as fh:
                    head = fh.read(len(_SQLITE_MAGIC))
            except OSError as exc:
                raise ProgressError(f"cannot read {self.path}: {exc.strerror}") from exc
            if head != _SQLITE_MAGIC:
                raise ProgressError(
                    f"progress database {self.path} is not a SQLite database (corrupt?); "
                    f"it was left untouched: move it away to start afresh, "
                    f"or set TUTOR_HOME to use another directory")
        return existed

    def _prepare(self, conn: sqlite3.Connection, existed: bool) -> None:
        """Check an existing database's integrity, set the connection up, bring the schema."""
        conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT * 1000)}")
        if existed:
            rows = conn.execute("PRAGMA integrity_check").fetchall()
            if rows != [("ok",)]:
                problems = "; ".join(str(r[0]) for r in rows[:3])
                raise sqlite3.DatabaseError(f"integrity check failed: {problems}")
        mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        if str(mode).lower() != "wal":
            raise sqlite3.OperationalError(f"cannot switch to WAL mode (got {mode})")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
        self._migrate(conn)

    def _migrate(self, conn: sqlite3.Connection) -> None:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if version == SCHEMA_VERSION:
            return
        if version > SCHEMA_VERSION:
            raise ProgressError(
                f"progress database {self.path} has schema version {version}, newer than this "
                f"tutor understands ({SCHEMA_VERSION}); upgrade tutor")
        tables = {r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'")}
        if version == 0 and tables:
            raise ProgressError(
                f"{self.path} is a SQLite database but not a tutor progress database "
                f"(tables: {', '.join(sorted(tables))}); it was left untouched")
        script = (_SCHEMA if version == 0 else "") + "".join(
            _UPGRADES[v] for v in range(max(version, 1) + 1, SCHEMA_VERSION + 1))
        conn.execute("BEGIN IMMEDIATE")
        try:
            for statement in script.split(";"):
                if statement.strip():
                    conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise

    @contextmanager
    def _tx(self) -> Iterator[sqlite3.Connection]:
        """One write transaction, committed on success; sqlite errors become ProgressError."""
        conn = self._connection()
        try:
            conn.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as exc:
            raise self._fail(exc) from exc
        try:
            yield conn
        except BaseException as exc:
            try:
                conn.execute("ROLLBACK")
            except sqlite3.Error:
                pass
            if isinstance(exc, sqlite3.Error):
                raise self._fail(exc) from exc
            raise
        try:
            conn.execute("COMMIT")
        except sqlite3.Error as exc:
            raise self._fail(exc) from exc

    def _connection(self) -> sqlite3.Connection:
        if self._conn is None:
            raise ProgressError(f"progress database {self.path} is closed")
        return self._conn

    def query(self, sql: str, args: tuple = ()) -> list[sqlite3.Row]:
        conn = self._connection()
        try:
            cur = conn.execute(sql, args)
            cur.row_factory = sqlite3.Row
            return cur.fetchall()
        except sqlite3.Error as exc:
            raise self._fail(exc) from exc

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- writes -------------------------------------------------------------------------
    def start_attempt(self, problem_id: str, topic: str) -> int:
        with self._tx() as conn:
            cur = conn.execute(
                "INSERT INTO attempts (problem_id, topic, started) VALUES (?, ?, ?)",
                (problem_id, topic, _now()))
            return int(cur.lastrowid)

    def record_step(self, attempt_id: int, n: int, text: str, verdict: str,
                    code: str | None) -> None:
        with self._tx() as conn:
            conn.execute(
                "INSERT INTO steps (attempt_id, n, text, verdict, code, at) "
                "VALUES (?, ?, ?, ?, ?, ?)", (attempt_id, n, text, verdict, code, _now()))

    def record_hint(self, attempt_id: int, level: int) -> None:
        with self._tx() as conn:
            conn.execute("INSERT INTO hints (attempt_id, level, at) VALUES (?, ?, ?)",
                         (attempt_id, level, _now()))
            conn.execute(
                "UPDATE attempts SET hints_used = (SELECT COUNT(DISTINCT level) FROM hints "
                "WHERE attempt_id = ?) WHERE id = ?", (attempt_id, attempt_id))

    def record_lookup(self, problem_id: str, level: int) -> None:
        """A hint read outside practice (`tutor hint ID`)."""
        with self._tx() as conn:
            conn.execute("INSERT INTO lookups (problem_id, level, at) VALUES (?, ?, ?)",
                         (problem_id, level, _now()))

    def hint_level_seen(self, problem_id: str) -> int:
        """The highest level of the problem's ladder of hints seen so far, anywhere."""
        rows = self.query(
            "SELECT MAX(level) FROM (SELECT level FROM lookups WHERE problem_id = ? UNION ALL "
            "SELECT h.level FROM hints h JOIN attempts a ON a.id = h.attempt_id "
            "WHERE a.problem_id = ?)", (problem_id, problem_id))
        return int(rows[0][0] or 0) if rows else 0

    def finish_attempt(self, attempt_id: int, solved: bool, revealed: bool = False) -> None:
        """Close an attempt; may be called again (e.g. solved after the solution was shown)."""
        with self._tx() as conn:
            conn.execute(
                "UPDATE attempts SET finished = ?, solved = MAX(solved, ?), "
                "revealed = MAX(revealed, ?) WHERE id = ?",
                (_now(), int(solved), int(revealed), attempt_id))

    def reset(self) -> None:
        """Forget every attempt (the file and its schema stay)."""
        with self._tx() as conn:
            conn.execute("DELETE FROM hints")
            conn.execute("DELETE FROM lookups")
            conn.execute("DELETE FROM steps")
            conn.execute("DELETE FROM attempts")

    # -- reads --------------------------------------------------------------------------
    def attempts(self) -> list[dict[str, Any]]:
        """Every attempt with its steps and hints, oldest first."""
        out = []
        for a in self.query("SELECT * FROM attempts ORDER BY id"):
            item = dict(a)
            item["solved"] = bool(item["solved"])
            item["revealed"] = bool(item["revealed"])
            item["steps"] = [dict(s) for s in self.query(
                "SELECT n, text, verdict, code, at FROM steps WHERE attempt_id = ? "
                "ORDER BY id", (a["id"],))]
            item["hints"] = [dict(h) for h in self.query(
                "SELECT level, at FROM hints WHERE attempt_id = ? ORDER BY rowid", (a["id"],))]
            out.append(item)
        return out

    def export(self, path: Path | str) -> None:
        """Write every attempt (with steps and hints) as JSON, atomically."""
        data = {"version": 1, "schema": SCHEMA_VERSION, "exported": _now(),
                "database": str(self.path), "attempts": self.attempts()}
        target = Path(path)
        tmp = target.with_name(target.name + ".tmp")
        try:
            tmp.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n",
                           encoding="utf-8")
            os.replace(tmp, target)
        except OSError as exc:
            raise ProgressError(f"cannot write {target}: {exc.strerror}") from exc

    def summary(self, all_problems: list[tuple[str, str]]) -> dict:
        """Per problem and per topic progress (see `mastery.summary`)."""
        from tutor.practice.mastery import summary

        return summary(self, all_problems)

"""Mastery: progress per problem and topic, the slips made most often, and their rendering."""

from __future__ import annotations

import json
import sqlite3
import textwrap
from typing import Any

from tutor.bank.slips import SLIP_HINTS
from tutor.practice.render import plural


def summary(store: Any, all_problems: list[tuple[str, str]]) -> dict:
    """Per problem and per topic progress (the `tutor progress --format json` shape).

    `all_problems` lists (id, topic) of the bank; attempted problems no longer in the bank
    keep their row in "problems" but do not count in "topics". `solved` means solved at
    least once without revealing the solution; `hints_used` counts hints over every
    attempt; `last` is the last time it was practised.
    """
    rows = store.query(
        "SELECT problem_id, topic, COUNT(*) AS attempts, "
        "MAX(solved AND NOT revealed) AS solved, SUM(hints_used) AS hints, "
        "MIN(CASE WHEN solved AND NOT revealed THEN hints_used + 0.34 * (SELECT COUNT(*) "
        "FROM steps s WHERE s.attempt_id = attempts.id AND s.verdict = 'error') END) "
        "AS best_cost, "
        "MAX(revealed) AS revealed, MAX(COALESCE(finished, started)) AS last "
        "FROM attempts GROUP BY problem_id")
    stats = {r["problem_id"]: r for r in rows}
    order = list(dict.fromkeys(all_problems))
    known = {pid for pid, _ in order}
    order += [(r["problem_id"], r["topic"]) for r in rows if r["problem_id"] not in known]
    problems, scores = [], {}
    for pid, topic in order:
        r = stats.get(pid)
        problems.append({
            "id": pid, "topic": topic,
            "attempts": r["attempts"] if r else 0,
            "solved": bool(r["solved"]) if r else False,
            "hints_used": int(r["hints"] or 0) if r else 0,
            "last": r["last"] if r else None,
        })
        if pid in known:  # topics count the bank; a retired problem only keeps its row
            scores.setdefault(topic, []).append(_score(r))
    topics = []
    for topic in sorted(scores):
        items = [p for p in problems if p["topic"] == topic and p["id"] in known]
        topics.append({
            "topic": topic,
            "solved": sum(p["solved"] for p in items),
            "total": len(items),
            "mastery": mastery(scores[topic]),
        })
    return {"problems": problems, "topics": topics, "slips": slips(store)}


def slips(store: Any, most: int = 5) -> list[dict]:
    """The slips made most often in practice, by diagnosis code: [{"code", "count"}]."""
    rows = store.query(
        "SELECT code, COUNT(*) AS n FROM steps WHERE verdict IN ('error', 'warning') AND "
        "code IS NOT NULL AND code NOT IN ('other', 'final-answer') GROUP BY code "
        "ORDER BY n DESC, code LIMIT ?", (most,))
    return [{"code": r["code"], "count": int(r["n"])} for r in rows]


def _score(row: sqlite3.Row | None) -> float:
    """How well one problem is mastered, 0..1: solved unaided and without a wrong step is 1;
    each hint in the best solved attempt costs 0.15, each wrong step 0.05."""
    if row is None:
        return 0.0
    if row["solved"]:
        return max(0.4, 1.0 - 0.15 * (row["best_cost"] or 0))
    return 0.0 if row["revealed"] else 0.1


def mastery(scores: list[float]) -> int:
    """Stars 0..5 of a topic from its problems' scores (unattempted problems count 0)."""
    if not scores:
        return 0
    return max(0, min(5, int(5 * sum(scores) / len(scores) + 0.5)))


def stars(n: int) -> str:
    return "★" * n + "☆" * (5 - n)


def _suggestion(summary: dict) -> str:
    problems, topics = summary["problems"], summary["topics"]
    if not topics:
        return "No problems in the bank yet."
    open_topics = [t for t in topics if t["solved"] < t["total"]]
    if not open_topics:
        def last_of(t: dict) -> str:
            times = [p["last"] or "" for p in problems if p["topic"] == t["topic"]]
            return max(times, default="")
        t = min(topics, key=last_of)
        return f"Everything solved. Revisit {t['topic']}, practised longest ago."
    t = min(open_topics, key=lambda t: (t["mastery"], t["solved"] / t["total"], t["topic"]))
    candidates = [p for p in problems if p["topic"] == t["topic"] and not p["solved"]]
    # an attempt left unfinished first, then a fresh problem
    candidates.sort(key=lambda p: (p["attempts"] == 0, p["last"] or ""))
    pick = candidates[0]["id"]
    return f"Next: practise {t['topic']} ({stars(t['mastery'])}): tutor practice {pick}"


def render_progress(summary: dict, fmt: str = "text") -> str:
    """The summary as text (a star table per topic and a suggestion) or as JSON."""
    if fmt == "json":
        return json.dumps(summary, indent=2, ensure_ascii=False)
    if fmt != "text":
        raise ValueError(f"unknown format {fmt!r}: use text or json")
    problems = summary["problems"]
    width = max([len("topic")] + [len(t["topic"]) for t in summary["topics"]])
    width = min(width, 28)
    lines = [f"{'topic':<{width}}  mastery  solved  hints  last practised",
             f"{'─' * width}  ───────  ──────  ─────  ──────────────"]
    for t in summary["topics"]:
        items = [p for p in problems if p["topic"] == t["topic"]]
        hints = sum(p["hints_used"] for p in items)
        last = max((p["last"] for p in items if p["last"]), default=None)
        last_text = last[:10] if last else "never"
        name = t["topic"] if len(t["topic"]) <= width else t["topic"][: width - 1] + "…"
        solved = f"{t['solved']}/{t['total']}"
        lines.append(f"{name:<{width}}  {stars(t['mastery'])}    {solved:>6}  {hints:>5}  "
                     f"{last_text}")
    attempted = sum(1 for p in problems if p["attempts"])
    lines.append("")
    lines.append(f"{sum(p['solved'] for p in problems)} of {len(problems)} problems solved, "
                 f"{attempted} attempted.")
    lines.append(_suggestion(summary))
    found = summary.get("slips") or []
    if found:
        first, *others = found
        then = ", ".join(f"{s['code']} {s['count']}" for s in others[:2])
        lines.append(f"Your most common slip: {first['code']}, {plural(first['count'], 'time')}"
                     + (f" (then {then})." if then else "."))
        if first["code"] in SLIP_HINTS:
            lines += textwrap.wrap(SLIP_HINTS[first["code"]], 80)
    return "\n".join(lines)

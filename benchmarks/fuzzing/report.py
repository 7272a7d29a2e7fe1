"""The report: tables by family and by API, traceback kinds, overruns, files created."""

from __future__ import annotations

import re
import statistics

from fuzzing.cases import SHOWN, SLACK, Outcome


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:.0f}" if seconds < 10 else f"{seconds:.1f}s"


def summary_rows(outcomes: list[Outcome], key: str) -> list[dict]:
    """One row per value of `key` ("family" or "api"), and a total row."""
    groups: dict[str, list[Outcome]] = {}
    for o in outcomes:
        groups.setdefault(getattr(o, key), []).append(o)
    rows = []
    for name, group in [*sorted(groups.items()), ("total", outcomes)]:
        times = sorted(o.seconds for o in group) or [0.0]
        rows.append({
            key: name, "inputs": len(group), "tracebacks": sum(o.crashed for o in group),
            "parse_errors": sum(o.status == "parse_error" or o.flagged for o in group),
            "overruns": sum(o.overrun for o in group),
            "internal": sum(bool(o.internal) for o in group),
            "files": sum(bool(o.created) for o in group),
            "median_s": statistics.median(times),
            "p99_s": times[min(len(times) - 1, int(0.99 * len(times)))], "max_s": times[-1]})
    return rows


def print_table(rows: list[dict], key: str) -> None:
    head = (f"{key:<15} {'inputs':>7} {'tracebk':>7} {'parse_e':>7} {'overrun':>7} "
            f"{'internl':>7} {'files':>5} {'median':>7} {'p99':>7} {'max':>7}   (times in ms)")
    print(head)
    for r in rows:
        print(f"{r[key]:<15} {r['inputs']:>7} {r['tracebacks']:>7} {r['parse_errors']:>7} "
              f"{r['overruns']:>7} {r['internal']:>7} {r['files']:>5} {_ms(r['median_s']):>7} "
              f"{_ms(r['p99_s']):>7} {_ms(r['max_s']):>7}")


def _keep_shortest(entry: dict, outcome: Outcome, **details) -> None:
    """Make `outcome` the example of `entry` if its input is the shortest one seen so far."""
    if entry["size"] is None or outcome.size < entry["size"]:
        entry.update(size=outcome.size, example=outcome.example, **details)


def traceback_kinds(outcomes: list[Outcome]) -> list[dict]:
    """Distinct tracebacks: exception type + last tutor/ frame, with the shortest input."""
    kinds: dict[tuple[str, str], dict] = {}
    for o in outcomes:
        if not o.crashed:
            continue
        key = (o.kind, re.sub(r":\d+ in ", " in ", o.frame))
        entry = kinds.setdefault(key, {"type": o.kind, "frame": o.frame, "count": 0,
                                       "apis": set(), "families": set(), "size": None})
        entry["count"] += 1
        entry["apis"].add(o.api)
        entry["families"].add(o.family)
        _keep_shortest(entry, o, where=o.where, message=o.message, index=o.index, frame=o.frame)
    found = sorted(kinds.values(), key=lambda e: -e["count"])
    for entry in found:
        entry["apis"], entry["families"] = sorted(entry["apis"]), sorted(entry["families"])
    return found


def internal_kinds(outcomes: list[Outcome]) -> list[dict]:
    """Internal errors the library turned into verdicts, by their first words."""
    kinds: dict[str, dict] = {}
    for o in outcomes:
        for text in o.internal:
            key = re.sub(r"\d+", "N", text[text.find("internal error"):])[:90]
            entry = kinds.setdefault(key, {"kind": key, "count": 0, "size": None})
            entry["count"] += 1
            _keep_shortest(entry, o, message=text, api=o.api)
    return sorted(kinds.values(), key=lambda e: -e["count"])


def overrun_list(outcomes: list[Outcome]) -> list[dict]:
    found = [o for o in outcomes if o.overrun]
    found.sort(key=lambda o: o.allowed - o.seconds)
    return [{"index": o.index, "family": o.family, "api": o.api, "status": o.status,
             "seconds": round(o.seconds, 3), "allowed": round(o.allowed, 3),
             "stuck_at": o.frame, "innermost": o.where, "example": o.example} for o in found]


def print_report(outcomes: list[Outcome], leftovers: list[str], wall: float) -> dict:
    """Print the tables, the traceback kinds, overruns and created files; return it all as data."""
    report = {"wall_seconds": round(wall, 1), "families": summary_rows(outcomes, "family"),
              "apis": summary_rows(outcomes, "api"), "tracebacks": traceback_kinds(outcomes),
              "overruns": overrun_list(outcomes), "internal_errors": internal_kinds(outcomes),
              "created_files": [{"index": o.index, "files": o.created, "example": o.example}
                                for o in outcomes if o.created], "leftover_files": leftovers}
    print(f"\n{len(outcomes)} inputs in {wall:.0f} s\n")
    print_table(report["families"], "family")
    print()
    print_table(report["apis"], "api")
    print(f"\n{len(report['tracebacks'])} distinct traceback kinds")
    for k in report["tracebacks"]:
        print(f"- {k['type']} at {k['frame']} (x{k['count']}; {', '.join(k['apis'])}; "
              f"families {', '.join(k['families'])})\n    innermost: {k['where']}\n"
              f"    message: {k['message'][:160]}\n    e.g. #{k['index']}: {k['example'][:SHOWN]}")
    _print_rest(report)
    return report


def _print_rest(report: dict) -> None:
    overruns = report["overruns"]
    print(f"\n{len(overruns)} overruns (past budget x steps + {SLACK} s + 1 s per 200,000 "
          "characters read)")
    for o in overruns[:40]:
        stuck = f", stuck at {o['stuck_at']} / {o['innermost']}" if o["stuck_at"] else ""
        print(f"- #{o['index']} {o['seconds']:.2f} s > {o['allowed']:.2f} s ({o['status']}, "
              f"{o['family']}{stuck}): {o['example'][:200]}")
    if len(overruns) > 40:
        print(f"  … and {len(overruns) - 40} more (see --json)")
    print(f"\n{len(report['internal_errors'])} kinds of internal error reported as verdicts")
    for k in report["internal_errors"]:
        print(f"- {k['kind']} (x{k['count']}): {k['example'][:200]}")
    created = report["created_files"]
    print(f"\n{len(created)} inputs created files in the working directory")
    for c in created[:20]:
        print(f"- #{c['index']} created {c['files']}: {c['example'][:200]}")
    if report["leftover_files"]:
        print(f"files left in the working directory: {report['leftover_files']}")

"""Save latency per answer: the walk-through service against a bare sqlite3 insert+commit.

Each service call commits the answer, its audit rows and the recomputed score in
one transaction. The baseline is Python's sqlite3 inserting one row and
committing per "answer", in the same directory, with the PRAGMAs read back from
the application's own engine (journal mode, synchronous, foreign keys, busy
timeout), so both pay the same fsyncs. Service and baseline saves alternate one
by one (interleaved: both see the same machine load); the whole run is repeated
and the median of the repeats' percentiles is reported. Prints:

    pragmas: journal_mode=wal synchronous=2 ...
    save_latency_p50: X ms; baseline Y ms; ratio R
    save_latency_p99: X ms; baseline Y ms; ratio R

A save normally works on the inspection the previous save kept
(``services.inspection.answer_cache``); ``--reading`` makes every save read the
inspection whole first, as saves did before, for comparison.

Usage: uv run python bench/save_latency.py [--answers N] [--repeats R] [--full] [--reading]
(--full: 1,000 answers, 5 repeats)
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import text

from inspector.services.core.context import AppContext, open_context
from inspector.services.inspection import answer_save
from inspector.services.inspection import walk as svc
from inspector.services.inspection.view import load_inspection
from inspector.services.register.entries import (
    PointData,
    SchoolData,
    SiteData,
    save_school,
    save_site,
)

PRAGMAS = ("journal_mode", "synchronous", "foreign_keys", "busy_timeout")


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    k = (len(ordered) - 1) * q
    lo, hi = int(k), min(int(k) + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (k - lo)


def app_pragmas(ctx: AppContext) -> dict[str, object]:
    """The PRAGMAs of a connection of the application's engine, as SQLite reports them."""
    with ctx.engine.connect() as conn:
        return {p: conn.execute(text(f"PRAGMA {p}")).scalar() for p in PRAGMAS}


def service_saver(ctx: AppContext) -> Callable[[int], None]:
    """One answer per call, cycling through the items of an internet café inspection; every
    call changes the item's answer (so each save writes its answer row and an audit row)."""
    save_school(ctx, SchoolData(name="北湖小学", points=[PointData(25.79, 113.04)]))
    site = save_site(ctx, SiteData(name="星光网吧", kind="internet_cafe", lat=25.7912, lon=113.04))
    ids = [t.id for t in svc.propose_templates(ctx, "internet_cafe")]
    iid = svc.start_inspection(ctx, site.id, ids).id
    items = load_inspection(ctx, iid).items

    def save(i: int) -> None:
        ref = items[i % len(items)]
        item = ref.item
        lap = i // len(items)  # each pass over the items changes every answer
        if item.answer == "pass_fail":
            svc.set_outcome(ctx, iid, ref.template_id, item.code, ("pass", "fail")[lap % 2])
        elif item.answer == "count":
            svc.set_count(ctx, iid, ref.template_id, item.code, 1 + i % 50)  # usual counts
        elif item.answer == "measurement":
            svc.set_measurement(ctx, iid, ref.template_id, item.code, 150.0 + i % 100)
        elif item.answer == "choice":
            svc.set_choice(ctx, iid, ref.template_id, item.code, item.choices[lap % 2].code)
        else:
            svc.set_text(ctx, iid, ref.template_id, item.code, f"第 {i} 次记录")

    return save


def bare_saver(path: Path, pragmas: dict[str, object]) -> tuple[Callable[[int], None], Callable]:
    """sqlite3 with the application's PRAGMAs: BEGIN IMMEDIATE, one INSERT, COMMIT."""
    con = sqlite3.connect(path, isolation_level=None)
    con.execute(f"PRAGMA busy_timeout={pragmas['busy_timeout']}")
    con.execute(f"PRAGMA journal_mode={pragmas['journal_mode']}")
    con.execute(f"PRAGMA synchronous={pragmas['synchronous']}")
    con.execute(f"PRAGMA foreign_keys={pragmas['foreign_keys']}")
    con.execute("create table answer(id integer primary key, item text, value text, at text)")

    def save(i: int) -> None:
        con.execute("BEGIN IMMEDIATE")
        con.execute(
            "insert into answer(item, value, at) values (?, ?, datetime('now'))",
            (f"IC-{i % 13:02d}", str(i)),
        )
        con.execute("COMMIT")

    return save, con.close


def one_repeat(root: Path, n: int) -> tuple[list[float], list[float], dict[str, object]]:
    ctx = open_context(root / "app")
    try:
        pragmas = app_pragmas(ctx)
        service = service_saver(ctx)
        bare, close = bare_saver(root / "bare.sqlite3", pragmas)
        try:
            service(0), bare(0)  # warm up (imports, caches, first pages of the files)
            s_times, b_times = [], []
            for i in range(1, n + 1):
                t0 = time.perf_counter()
                service(i)
                t1 = time.perf_counter()
                bare(i)
                t2 = time.perf_counter()
                s_times.append(t1 - t0)
                b_times.append(t2 - t1)
        finally:
            close()
        return s_times, b_times, pragmas
    finally:
        ctx.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--answers", type=int, default=200, help="answers per repeat (200)")
    parser.add_argument("--repeats", type=int, default=3, help="repeats, median reported (3)")
    parser.add_argument("--full", action="store_true", help="1,000 answers, 5 repeats")
    parser.add_argument(
        "--reading", action="store_true", help="every save reads the inspection (no kept view)"
    )
    args = parser.parse_args()
    if args.reading:
        answer_save.cache_for = lambda _engine: None  # type: ignore[assignment]
    n, repeats = (1000, 5) if args.full else (args.answers, args.repeats)
    runs = []
    for _ in range(repeats):
        with tempfile.TemporaryDirectory(prefix="inspector-bench-") as tmp:
            runs.append(one_repeat(Path(tmp), n))
    pragmas = runs[0][2]
    print("pragmas: " + " ".join(f"{k}={v}" for k, v in pragmas.items()))
    means = [statistics.mean(s) * 1000 for s, _b, _p in runs]
    print(f"answers: {n} x {repeats} repeats; service mean {statistics.median(means):.2f} ms")
    for name, q in (("p50", 0.50), ("p99", 0.99)):
        s = statistics.median(percentile(sv, q) for sv, _b, _p in runs) * 1000
        b = statistics.median(percentile(bv, q) for _s, bv, _p in runs) * 1000
        print(f"save_latency_{name}: {s:.2f} ms; baseline {b:.2f} ms; ratio {s / b:.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

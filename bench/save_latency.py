"""Save latency per answer: the walk-through service against a bare sqlite3 insert+commit.

Each service call commits the answer, its audit rows and the recomputed score in
one transaction (``synchronous=FULL``, WAL). The baseline, in the same run and
directory, is Python's sqlite3 with the same PRAGMAs inserting one row and
committing per "answer". Prints:

    save_latency_p50: X ms; baseline Y ms; ratio R
    save_latency_p99: X ms; baseline Y ms; ratio R

Usage: uv run python bench/save_latency.py [--answers N] [--full]   (--full: 1,000 answers)
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import tempfile
import time
from pathlib import Path

from inspector.services import inspections as svc
from inspector.services.context import open_context
from inspector.services.inspection_view import load_inspection
from inspector.services.register import PointData, SchoolData, SiteData, save_school, save_site
from inspector.store.engine import BUSY_TIMEOUT_MS


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    k = (len(ordered) - 1) * q
    lo, hi = int(k), min(int(k) + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (k - lo)


def service_latencies(root: Path, n: int) -> list[float]:
    ctx = open_context(root / "app")
    try:
        save_school(ctx, SchoolData(name="北湖小学", points=[PointData(25.79, 113.04)]))
        site = save_site(
            ctx, SiteData(name="星光网吧", kind="internet_cafe", lat=25.7912, lon=113.04)
        )
        ids = [t.id for t in svc.propose_templates(ctx, "internet_cafe")]
        iid = svc.start_inspection(ctx, site.id, ids).id
        items = load_inspection(ctx, iid).items
        out = []
        for i in range(n):
            ref = items[i % len(items)]
            item = ref.item
            t0 = time.perf_counter()
            if item.answer == "pass_fail":
                svc.set_outcome(ctx, iid, ref.template_id, item.code, ("pass", "fail")[i % 2])
            elif item.answer == "count":
                svc.set_count(ctx, iid, ref.template_id, item.code, i % 50)  # usual counts
            elif item.answer == "measurement":
                svc.set_measurement(ctx, iid, ref.template_id, item.code, 150.0 + i % 100)
            elif item.answer == "choice":
                svc.set_choice(ctx, iid, ref.template_id, item.code, item.choices[i % 2].code)
            else:
                svc.set_text(ctx, iid, ref.template_id, item.code, f"第 {i} 次记录")
            out.append(time.perf_counter() - t0)
        return out
    finally:
        ctx.close()


def baseline_latencies(root: Path, n: int) -> list[float]:
    con = sqlite3.connect(root / "bare.sqlite3", isolation_level=None)
    con.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("PRAGMA synchronous=FULL")
    con.execute("PRAGMA foreign_keys=ON")
    con.execute("create table answer(id integer primary key, item text, value text, at text)")
    out = []
    try:
        for i in range(n):
            t0 = time.perf_counter()
            con.execute("BEGIN IMMEDIATE")
            con.execute(
                "insert into answer(item, value, at) values (?, ?, datetime('now'))",
                (f"IC-{i % 13:02d}", str(i)),
            )
            con.execute("COMMIT")
            out.append(time.perf_counter() - t0)
    finally:
        con.close()
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--answers", type=int, default=200, help="answers to save (default 200)")
    parser.add_argument("--full", action="store_true", help="1,000 answers, as the issue asks")
    args = parser.parse_args()
    n = 1000 if args.full else args.answers
    with tempfile.TemporaryDirectory(prefix="inspector-bench-") as tmp:
        root = Path(tmp)
        service = service_latencies(root, n)
        bare = baseline_latencies(root, n)
    print(f"answers: {n}; service mean {statistics.mean(service) * 1000:.2f} ms")
    for name, q in (("p50", 0.50), ("p99", 0.99)):
        s, b = percentile(service, q) * 1000, percentile(bare, q) * 1000
        print(f"save_latency_{name}: {s:.2f} ms; baseline {b:.2f} ms; ratio {s / b:.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

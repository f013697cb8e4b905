"""What the integrity checks cost: the start's quick_check and the backup's integrity_check.

Builds a database with ``bench/scale_gen.py`` (1,000 sites and 10,000 inspections;
``--full``: 20,000 and 200,000), then times, as medians of ``--runs``:

    open_context: X ms; baseline Y ms; ratio R       (baseline: the same open without quick_check)
    open_context_command: X ms; baseline Y ms; ratio R   (a command, checked within the hour)
    integrity_check: X ms; baseline Y ms; ratio R    (baseline: the backup it precedes)

Usage: uv run python bench/integrity.py [DIR] [--full] [--runs N]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import scale_gen

from inspector.services.core.context import open_context
from inspector.store import migrate
from inspector.store.backup import backup_sqlite
from inspector.store.integrity import check


def _ms(fn, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dir", nargs="?", help="data directory (default: a new temporary one)")
    ap.add_argument("--full", action="store_true", help="20,000 sites and 200,000 inspections")
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args(argv)
    data = Path(args.dir or tempfile.mkdtemp(prefix="inspector-integrity-"))
    db = data / "inspector.sqlite3"
    if not db.exists():
        scale_gen.main([str(data), *(["--full"] if args.full else [])])
    size_mb = db.stat().st_size / 1e6

    def open_close(checked: bool) -> None:
        original = migrate.require_intact
        if not checked:
            migrate.require_intact = lambda *_a, **_k: None
        try:
            open_context(data).close()
        finally:
            migrate.require_intact = original

    with_check = _ms(lambda: open_close(True), args.runs)
    command = _ms(lambda: open_context(data, check_skip_within=3600).close(), args.runs)
    without = _ms(lambda: open_close(False), args.runs)
    full_check = _ms(lambda: check(db, quick=False), args.runs)
    copy = _ms(lambda: backup_sqlite(db, data / "bench-backup.sqlite3"), args.runs)
    (data / "bench-backup.sqlite3").unlink(missing_ok=True)
    print(f"database: {size_mb:.1f} MB")
    print(
        f"open_context: {with_check:.0f} ms; baseline {without:.0f} ms; ratio {with_check / without:.2f}"
    )
    print(
        f"open_context_command: {command:.0f} ms; baseline {without:.0f} ms; "
        f"ratio {command / without:.2f}"
    )
    print(
        f"integrity_check: {full_check:.0f} ms; baseline {copy:.0f} ms; ratio {full_check / copy:.2f}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

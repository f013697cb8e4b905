"""Benchmark: a month's red/black list, a quarter's statistics, and the list views' cost.

    uv run python bench/lists_stats.py                 # generates a small database first
    uv run python bench/lists_stats.py --full          # 20,000 sites, 200,000 inspections
    uv run python bench/lists_stats.py --dir DATA      # an existing data directory

Figures: time to draft the last complete month's lists (all categories) and to
compute the last complete quarter's statistics, each with the baseline of one
bare grouped SQL query over the same rows; time to open the cases page and the
inspections page (model + first page shown) and the peak resident memory while
scrolling each to the end.
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
from datetime import UTC, date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from inspector.domain.periods import month_of, previous, quarter_of
from inspector.services.core.context import open_context
from inspector.services.followup import lists, stats

HERE = Path(__file__).resolve().parent


def rss_mb() -> float:
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def utc_text(moment) -> str:
    """A bound as SQLite stores UTC times (naive text)."""
    return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S")


def timed(fn, repeat: int = 3) -> float:
    best = float("inf")
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t)
    return best


def bare(ctx, sql: str, params: dict) -> float:
    from sqlalchemy import text

    def run():
        with ctx.engine.connect() as conn:
            conn.execute(text(sql), params).fetchall()

    return timed(run)


def scroll_page(
    app, table, model, steps: int = 400, budget_s: float = 120.0
) -> tuple[float, float, int]:
    """Scroll to the end; returns (peak RSS MB, seconds, rows the model reports).

    A model that grows by ``fetchMore`` is scrolled to its end until it has
    nothing more to fetch; a model that reports every row and reads pages on
    demand is scrolled top to bottom in ``steps`` even steps.
    """
    from PySide6.QtCore import QModelIndex

    peak = rss_mb()
    t = time.perf_counter()
    bar = table.verticalScrollBar()
    if model.canFetchMore(QModelIndex()):
        while model.canFetchMore(QModelIndex()) and time.perf_counter() - t < budget_s:
            bar.setValue(bar.maximum())
            app.processEvents()
            peak = max(peak, rss_mb())
    else:
        for i in range(steps + 1):
            bar.setValue(bar.maximum() * i // steps)
            app.processEvents()
            peak = max(peak, rss_mb())
    return peak, time.perf_counter() - t, model.rowCount()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--full", action="store_true")
    ap.add_argument("--dir", type=Path, help="existing data directory (skips generation)")
    args = ap.parse_args(argv)
    data = args.dir
    if data is None:
        data = Path(tempfile.mkdtemp(prefix="inspector-bench-")) / "data"
        cmd = [sys.executable, str(HERE / "scale_gen.py"), str(data)] + (
            ["--full"] if args.full else []
        )
        subprocess.run(cmd, check=True, stdout=sys.stderr)
    ctx = open_context(data)
    today = date.today()
    month = previous(month_of(today))
    quarter = previous(quarter_of(today))
    from inspector.services.core.list_policy import local_tz

    m0, m1 = month.bounds(local_tz())
    q0, q1 = quarter.bounds(local_tz())
    with ctx.engine.connect() as conn:
        n_insp = conn.exec_driver_sql("select count(*) from inspection").scalar()
        n_sites = conn.exec_driver_sql("select count(*) from site").scalar()
        n_cases = conn.exec_driver_sql("select count(*) from rectification_case").scalar()
    print(f"database: {n_sites} sites, {n_insp} inspections, {n_cases} cases", file=sys.stderr)

    draft_s = timed(lambda: lists.draft_list(ctx, month.key, "all"))
    issue = lists.draft_list(ctx, month.key, "all")
    entries = lists.entries(ctx, issue.id)
    base_m = bare(
        ctx,
        "select i.site_id, count(*), min(i.score*100.0/i.max_score), sum(i.red_line) from inspection i "
        "join site s on s.id = i.site_id where i.started_at >= :a and i.started_at < :b "
        "and i.status = 'finished' group by i.site_id",
        {"a": utc_text(m0), "b": utc_text(m1)},
    )
    stats_s = timed(lambda: stats.period_stats(ctx, quarter.key))
    base_q = bare(
        ctx,
        "select s.grid, count(*), sum(i.score), sum(i.max_score) from inspection i join site s "
        "on s.id = i.site_id where i.started_at >= :a and i.started_at < :b group by s.grid",
        {"a": utc_text(q0), "b": utc_text(q1)},
    )

    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    from inspector.ui.followup.cases_page import CasesPage

    rss0 = rss_mb()
    t = time.perf_counter()
    page = CasesPage(ctx)
    page.view_combo.setCurrentIndex(page.view_combo.findData("all"))
    page.resize(1200, 800)
    page.show()
    app.processEvents()
    cases_open = time.perf_counter() - t
    cases_peak, _secs, cases_rows = scroll_page(app, page.table, page.model)
    page.close()

    insp_open = insp_peak = None
    insp_rows = 0
    try:
        from inspector.ui.inspection.page import InspectionsPage
    except ImportError:
        InspectionsPage = None
    if InspectionsPage is not None:
        rss_insp = rss_mb()
        t = time.perf_counter()
        ip = InspectionsPage(ctx)
        ip.resize(1200, 800)
        ip.show()
        app.processEvents()
        insp_open = time.perf_counter() - t
        insp_peak, insp_secs, insp_rows = scroll_page(app, ip.table, ip.table.model())
        ip.close()
    ctx.close()

    print(f"entries drafted: {len(entries)} ({month.key})", file=sys.stderr)
    print(
        f"draft_month_lists: {draft_s:.3f} s; baseline {base_m:.3f} s; ratio {draft_s / base_m:.1f}"
    )
    print(f"quarter_stats: {stats_s:.3f} s; baseline {base_q:.3f} s; ratio {stats_s / base_q:.1f}")
    print(f"cases_page_open: {cases_open:.3f} s")
    print(
        f"cases_page_scroll_rss: {cases_peak:.0f} MB ({cases_rows} rows; before page {rss0:.0f} MB)"
    )
    if insp_open is not None:
        print(f"inspections_page_open: {insp_open:.3f} s")
        print(
            f"inspections_page_scroll_rss: {insp_peak:.0f} MB ({insp_rows} rows; "
            f"scrolled in {insp_secs:.0f} s; before page {rss_insp:.0f} MB)"
        )
    return 0


if __name__ == "__main__":
    status = main()
    sys.stdout.flush()
    sys.stderr.flush()
    # Skip interpreter teardown: PySide6 can crash while finalizing after widgets
    # with large models were shown (nothing is left to write at this point).
    os._exit(status)

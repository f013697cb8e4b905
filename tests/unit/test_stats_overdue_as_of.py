"""Section 8 of the statistics PDF says what it counts: the cases overdue on the
report's date, whichever period found them (issue 15: overdue follows the
calendar where it is shown), so a month with no problem of its own can list one."""

from __future__ import annotations

from datetime import date, datetime, time

from followup_data import add_inspection, add_site
from pypdf import PdfReader

from inspector.services.followup import finish as followup_finish
from inspector.services.followup import stats
from inspector.services.followup.report_files import export_stats
from inspector.store.types import fixed_clock

VISIT = date(2026, 10, 5)  # IC-03 fails: deadline seven days later


def _text(path) -> str:
    return "".join(p.extract_text() for p in PdfReader(path).pages).replace("\n", "")


def test_a_later_month_lists_an_older_overdue_case_and_says_as_of_when(ctx, tmp_path):
    site = add_site(ctx, "星光网吧")
    with fixed_clock(datetime.combine(VISIT, time(10)).astimezone()):
        insp = add_inspection(ctx, site, VISIT, {"IC-03": "未设禁烟标志"})
        followup_finish.open_cases_for_inspection(ctx, insp)
    with fixed_clock(datetime.combine(date(2026, 11, 20), time(10)).astimezone()):
        out = export_stats(ctx, "2026-11", tmp_path / "stats.pdf", sign=False)
        assert [r.count for r in stats.period_stats(ctx, "2026-11").overdue_by_grid] == [1]
    text = _text(out.files[0])
    assert "发现问题 0 项" in text  # November found nothing itself
    assert "截至统计日期 2026-11-20 仍逾期未整改的问题，按网格统计（不论在哪一期发现）。" in text
    assert "统计日期：2026-11-20" in text

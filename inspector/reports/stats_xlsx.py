"""The period statistics as an XLSX workbook: one sheet per table."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from inspector.reports.stats_pdf import stats_title


def _rate_rows(rows: list[Any]) -> list[list[Any]]:
    return [
        [r.label, r.inspections, r.score, r.max_score, None if r.rate is None else round(r.rate, 2)]
        for r in rows
    ]


def write_stats_xlsx(st: Any, path: Path) -> Path:
    from openpyxl import Workbook
    from openpyxl.chart import BarChart, Reference
    from openpyxl.styles import Font

    wb = Workbook()
    summary = wb.active
    summary.title = "总体"
    summary.append([stats_title(st)])
    summary["A1"].font = Font(bold=True, size=13)
    for row in (
        ("统计期间", f"{st.period.start.isoformat()} 至 {st.period.last_day.isoformat()}"),
        ("检查次数", st.inspections),
        ("常规检查", st.routine),
        ("复查", st.reinspections),
        (
            "总得分率(%)",
            None if st.overall is None or st.overall.rate is None else round(st.overall.rate, 2),
        ),
        ("发现问题", st.problems_found),
        ("已整改", st.problems_fixed),
        ("整改率", st.fixed_text),
        ("统计单位", st.office),
    ):
        summary.append(list(row))
    summary.column_dimensions["A"].width = 16
    summary.column_dimensions["B"].width = 40
    head = ["得分", "应得分", "得分率(%)"]
    for title, first, rows in (
        ("分类别", "类别", st.by_category),
        ("分网格", "网格", st.by_grid),
        ("分场所类型", "场所类型", st.by_kind),
        ("分检查员", "检查员", st.by_inspector),
    ):
        ws = wb.create_sheet(title)
        ws.append([first, "检查次数", *head])
        for r in _rate_rows(rows):
            ws.append(r)
        ws.column_dimensions["A"].width = 28
        if rows:
            chart = BarChart()
            chart.type = "bar"
            chart.title = f"{title}得分率"
            chart.add_data(
                Reference(ws, min_col=5, min_row=1, max_row=len(rows) + 1), titles_from_data=True
            )
            chart.set_categories(Reference(ws, min_col=1, min_row=2, max_row=len(rows) + 1))
            ws.add_chart(chart, "G2")
    ws = wb.create_sheet("不合格最多的检查项")
    ws.append(["检查项", "检查表 / 编号", "不合格次数"])
    for r in st.top_failed:
        ws.append([r.label, r.detail, r.count])
    ws.column_dimensions["A"].width = 50
    ws = wb.create_sheet("逾期问题分网格")
    ws.append(["网格", "逾期问题数"])
    for r in st.overdue_by_grid:
        ws.append([r.label, r.count])
    ws.column_dimensions["A"].width = 28
    wb.save(path)
    return path

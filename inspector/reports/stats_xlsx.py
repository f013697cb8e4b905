"""The period statistics as an XLSX workbook: one sheet per table, in ``language``."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from inspector.reports.cells import text_cells
from inspector.reports.labels import fmt, label
from inspector.reports.stats_pdf import row_label, stats_title


def _rate_rows(rows: list[Any], lang: str) -> list[list[Any]]:
    return [
        [
            row_label(r, lang),
            r.inspections,
            r.score,
            r.max_score,
            None if r.rate is None else round(r.rate, 2),
        ]
        for r in rows
    ]


def write_stats_xlsx(st: Any, path: Path, language: str = "zh_CN") -> Path:
    from openpyxl import Workbook
    from openpyxl.chart import BarChart, Reference
    from openpyxl.styles import Font

    lang = language
    wb = Workbook()
    summary = wb.active
    summary.title = label("总体", lang)
    summary.append([stats_title(st, lang)])
    summary["A1"].font = Font(bold=True, size=13)
    span = fmt("{} 至 {}", lang, st.period.start.isoformat(), st.period.last_day.isoformat())
    for row in (
        ("统计期间", span),
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
        ("摊位检查数", getattr(st, "stalls_inspected", 0)),
        ("不合格摊位数", getattr(st, "stalls_failed", 0)),
        ("统计单位", st.office),
    ):
        summary.append([label(row[0], lang), row[1]])
    summary.column_dimensions["A"].width = 16
    summary.column_dimensions["B"].width = 40
    head = [label(w, lang) for w in ("检查次数", "得分", "应得分", "得分率(%)")]
    for title, first, rows in (
        ("分类别", "类别", st.by_category),
        ("分网格", "网格", st.by_grid),
        ("分场所类型", "场所类型", st.by_kind),
        ("分检查员", "检查员", st.by_inspector),
    ):
        ws = wb.create_sheet(label(title, lang))
        ws.append([label(first, lang), *head])
        for r in _rate_rows(rows, lang):
            ws.append(r)
        ws.column_dimensions["A"].width = 28
        if rows:
            chart = BarChart()
            chart.type = "bar"
            chart.title = fmt("{}得分率", lang, label(title, lang))
            chart.add_data(
                Reference(ws, min_col=5, min_row=1, max_row=len(rows) + 1), titles_from_data=True
            )
            chart.set_categories(Reference(ws, min_col=1, min_row=2, max_row=len(rows) + 1))
            ws.add_chart(chart, "G2")
    ws = wb.create_sheet(label("不合格最多的检查项", lang))
    ws.append([label(w, lang) for w in ("检查项", "检查表 / 编号", "不合格次数")])
    for r in st.top_failed:
        ws.append([row_label(r, lang), r.detail, r.count])
    ws.column_dimensions["A"].width = 50
    ws = wb.create_sheet(label("逾期问题分网格", lang))
    ws.append([label(w, lang) for w in ("网格", "逾期问题数")])
    for r in st.overdue_by_grid:
        ws.append([row_label(r, lang), r.count])
    ws.column_dimensions["A"].width = 28
    text_cells(wb)  # names and grids typed by people stay text
    wb.save(path)
    return path

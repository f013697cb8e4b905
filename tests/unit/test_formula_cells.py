"""Exports are data, not formulas: text a person typed is written as text in XLSX and CSV."""

from __future__ import annotations

import csv
from datetime import date

from followup_data import add_inspection, add_site
from openpyxl import load_workbook

from inspector.reports.cells import csv_cell, csv_text
from inspector.services.followup import finish as followup_finish
from inspector.services.followup import lists
from inspector.services.followup import report_files as followup_docs
from inspector.services.register import export as register_export
from inspector.services.register import import_export as rio

HOSTILE = {
    "name": '=HYPERLINK("http://evil.example/","点我")',
    "grid": "+1+cmd|' /C calc'!A0",
    "code": "+2+3",  # a credit code keeps no dashes or spaces, so none here
    "reply": "@SUM(1,2)",
}


def _hostile_site(ctx) -> str:
    return add_site(ctx, HOSTILE["name"], grid=HOSTILE["grid"], code=HOSTILE["code"])


def _text_cells(path) -> dict[str, tuple[str, bool]]:
    """Every string value in the workbook -> (its cell type, whether it has the quote prefix)."""
    out: dict[str, tuple[str, bool]] = {}
    book = load_workbook(path)
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                if isinstance(cell.value, str):
                    out.setdefault(cell.value, (cell.data_type, bool(cell.quotePrefix)))
    return out


def _assert_text(cells: dict[str, tuple[str, bool]], *values: str) -> None:
    for value in values:
        assert value in cells, value
        assert cells[value] == ("s", True), (value, cells[value])
    assert all(kind != "f" for kind, _ in cells.values())


def test_csv_cell_round_trip():
    for value in ("=1+1", "+86 138", "-", "@x", "\tTab", "正常文字", "'引号"):
        assert csv_text(str(csv_cell(value))) == value
    assert csv_cell("=1+1") == "'=1+1" and csv_cell("普通") == "普通" and csv_cell(-3) == -3


def test_register_xlsx_and_csv_keep_text(ctx, tmp_path):
    _hostile_site(ctx)
    xlsx = tmp_path / "sites.xlsx"
    assert register_export.export_sites(ctx, xlsx) == 1
    _assert_text(_text_cells(xlsx), HOSTILE["name"], HOSTILE["grid"], HOSTILE["code"])

    out = tmp_path / "sites.csv"
    register_export.export_sites(ctx, out)
    with out.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    header, row = rows[0], rows[1]
    assert row[header.index("场所名称")] == "'" + HOSTILE["name"]
    assert row[header.index("网格")] == "'" + HOSTILE["grid"]
    assert row[header.index("统一社会信用代码")] == "'" + HOSTILE["code"]
    back = rio.parse_sites(out).rows[0].record  # the export re-imports as it was
    assert (back.name, back.grid, back.credit_code) == (
        HOSTILE["name"],
        HOSTILE["grid"],
        HOSTILE["code"],
    )


def test_bulletin_and_statistics_workbooks_keep_text(ctx, tmp_path):
    bad = _hostile_site(ctx)
    i = add_inspection(ctx, bad, date(2026, 10, 9), {"IC-07": "=cmd|' /C calc'!A0"})
    followup_finish.open_cases_for_inspection(ctx, i)
    issue = lists.draft_list(ctx, "2026-10", "all", today=date(2026, 11, 2))
    black = next(e for e in lists.entries(ctx, issue.id) if e.colour == "black")
    lists.set_reply(ctx, black.id, HOSTILE["reply"])
    published = lists.publish(ctx, issue.id, "=期号", today=date(2026, 11, 3))

    out = followup_docs.export_bulletin(ctx, published.id, tmp_path / "out", sign=False)
    xlsx = next(f for f in out.files if f.suffix == ".xlsx")
    cells = _text_cells(xlsx)
    _assert_text(cells, HOSTILE["name"], HOSTILE["grid"], HOSTILE["code"], HOSTILE["reply"])
    assert any("=cmd" in v for v in cells)

    stats = followup_docs.export_stats(ctx, "2026Q4", tmp_path / "q4.xlsx", sign=False)
    _assert_text(_text_cells(stats.files[0]), HOSTILE["grid"])

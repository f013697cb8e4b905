"""The lists page (draft, exclude, reply, publish) and the statistics page, driven with qtbot."""

from __future__ import annotations

import sys
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "unit"))

from followup_data import add_inspection, add_site
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog

from inspector.services import cases, lists
from inspector.ui.lists_page import ListsPage
from inspector.ui.stats_page import StatsPage


def _month(ctx):
    today = date.today()
    good = add_site(ctx, "清风网吧")
    bad = add_site(ctx, "夜猫网吧", grid="二网格")
    for d in (1, 2):
        add_inspection(ctx, good, today - timedelta(days=d))
    insp = add_inspection(ctx, bad, today - timedelta(days=1), {"IC-07": "不良内容"})
    cases.open_cases_for_inspection(ctx, insp)
    return today


def test_lists_page_review_and_publish(qtbot, ctx, monkeypatch):
    today = _month(ctx)
    page = ListsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1100, 500)
    page.show()
    assert "尚无红黑榜" in page.status_label.text()
    page.period_edit.setText(today.strftime("%Y-%m"))
    qtbot.mouseClick(page.draft_button, Qt.MouseButton.LeftButton)
    assert page.table.rowCount() == 2
    names = {page.table.item(i, 1).text(): i for i in range(2)}
    page.table.selectRow(names["夜猫网吧"])
    monkeypatch.setattr(QInputDialog, "getMultiLineText", lambda *a, **k: ("已整改", True))
    qtbot.mouseClick(page.reply_button, Qt.MouseButton.LeftButton)
    page.table.selectRow(names["清风网吧"])
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("有投诉待查", True))
    qtbot.mouseClick(page.exclude_button, Qt.MouseButton.LeftButton)
    assert "红榜 0 家，黑榜 1 家" in page.status_label.text()
    page.grab().save("/tmp/lists_page.png")
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("第7期", True))
    qtbot.mouseClick(page.publish_button, Qt.MouseButton.LeftButton)
    assert "已发布，期号 第7期" in page.status_label.text()
    assert not page.exclude_button.isEnabled() and page.export_button.isEnabled()
    snap = lists.preview_snapshot(ctx, page.issue_id)
    assert snap["black"][0]["reply"] == "已整改" and snap["red"] == []


def test_stats_page_shows_tables_and_bars(qtbot, ctx):
    today = _month(ctx)
    page = StatsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1000, 600)
    page.show()
    page.period_edit.setText(f"{today.year}Q{(today.month - 1) // 3 + 1}")
    qtbot.mouseClick(page.compute_button, Qt.MouseButton.LeftButton)
    assert "完成检查 3 次" in page.summary.text()
    grid_table, bars = page.tables["by_grid"]
    assert grid_table.rowCount() == 2 and len(bars.rows) == 2
    page.tabs.setCurrentIndex(1)
    page.grab().save("/tmp/stats_page.png")
    page.period_edit.setText("bad")
    from PySide6.QtWidgets import QMessageBox

    shown = []
    original = QMessageBox.warning
    QMessageBox.warning = staticmethod(lambda *a, **k: shown.append(a[2]))
    try:
        qtbot.mouseClick(page.compute_button, Qt.MouseButton.LeftButton)
    finally:
        QMessageBox.warning = original
    assert shown and "bad" in shown[0]

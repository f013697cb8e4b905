"""The lists page (draft, exclude, reply, publish) and the statistics page, driven with qtbot."""

from __future__ import annotations

import sqlite3
import sys
from contextlib import contextmanager
from datetime import date, timedelta
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "unit"))

from followup_data import add_inspection, add_site
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget
from sqlmodel import select

from inspector.services.core.progress import WorkCancelled
from inspector.services.followup import finish as followup_finish
from inspector.services.followup import lists, stats
from inspector.store.engine import read_session
from inspector.store.models import ListIssue
from inspector.ui.followup.lists_page import ListsPage
from inspector.ui.followup.stats_page import StatsPage
from inspector.ui.shell import background
from inspector.ui.shell.background import run_in_background, write_staged


def _click_and_wait(qtbot, page, button) -> None:
    """Click a button that starts background work and wait until the work has ended."""
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert page.task is not None
    qtbot.waitUntil(lambda: page.task is None, timeout=20_000)


def _month(ctx):
    today = date.today()
    good = add_site(ctx, "清风网吧")
    bad = add_site(ctx, "夜猫网吧", grid="二网格")
    for d in (1, 2):
        add_inspection(ctx, good, today - timedelta(days=d))
    insp = add_inspection(ctx, bad, today - timedelta(days=1), {"IC-07": "不良内容"})
    followup_finish.open_cases_for_inspection(ctx, insp)
    return today


def test_lists_page_review_and_publish(qtbot, ctx, monkeypatch):
    today = _month(ctx)
    page = ListsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1100, 500)
    page.show()
    assert "尚无红黑榜" in page.status_label.text()
    page.period_edit.setText(today.strftime("%Y-%m"))
    _click_and_wait(qtbot, page, page.draft_button)
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
    _click_and_wait(qtbot, page, page.publish_button)
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
    _click_and_wait(qtbot, page, page.compute_button)
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
        _click_and_wait(qtbot, page, page.compute_button)
    finally:
        QMessageBox.warning = original
    assert shown and "bad" in shown[0]


# --- long work in the background ----------------------------------------------------------


@contextmanager
def _write_lock(ctx):
    """Another connection holds the database's write lock: the worker waits at its BEGIN."""
    con = sqlite3.connect(ctx.paths.database, isolation_level=None)
    con.execute("BEGIN IMMEDIATE")
    try:
        yield
    finally:
        con.execute("ROLLBACK")
        con.close()


def _issue_count(ctx) -> int:
    with read_session(ctx.engine) as s:
        return len(s.exec(select(ListIssue)).all())


def test_draft_runs_in_background_and_cancel_keeps_nothing(qtbot, ctx):
    today = _month(ctx)
    page = ListsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1100, 500)
    page.show()
    page.period_edit.setText(today.strftime("%Y-%m"))
    with _write_lock(ctx):
        qtbot.mouseClick(page.draft_button, Qt.MouseButton.LeftButton)
        task = page.task
        assert task is not None and task.running
        assert not page.draft_button.isEnabled()  # one piece of work at a time
        qtbot.waitUntil(task.dialog.isVisible, timeout=5_000)  # the GUI thread is free
        assert task.dialog.windowModality() == Qt.WindowModality.NonModal
        task.dialog.grab().save("/tmp/lists_progress.png")
        qtbot.mouseClick(task.cancel_button, Qt.MouseButton.LeftButton)
        assert task.dialog.labelText() == "正在取消…"
    qtbot.waitUntil(lambda: page.task is None, timeout=20_000)
    assert _issue_count(ctx) == 0
    assert "已取消" in page.status_label.text()
    assert page.draft_button.isEnabled()
    _click_and_wait(qtbot, page, page.draft_button)  # and without cancelling: the entries
    assert _issue_count(ctx) == 1 and page.table.rowCount() == 2


def test_cancel_at_the_last_step_rolls_a_redraft_back(ctx):
    today = _month(ctx)
    period = today.strftime("%Y-%m")
    issue = lists.draft_list(ctx, period)
    entry = lists.entries(ctx, issue.id)[0]
    lists.exclude_entry(ctx, entry.id, "待核实")
    seen: list[str] = []
    with pytest.raises(WorkCancelled):
        lists.draft_list(
            ctx,
            period,
            progress=lambda done, total, what: seen.append(what),
            cancel=lambda: bool(seen) and seen[-1] == "正在按规则判定…" and len(seen) > 1,
        )
    assert seen[-1] == "正在按规则判定…"
    rows = lists.entries(ctx, issue.id)  # the earlier draft is untouched
    assert len(rows) == 2 and {r.id for r in rows} >= {entry.id}
    assert [r.exclusion_reason for r in rows if r.id == entry.id] == ["待核实"]


def test_stats_cancel_between_queries(ctx):
    _month(ctx)
    seen: list[tuple[int, int]] = []
    with pytest.raises(WorkCancelled):
        stats.period_stats(
            ctx,
            f"{date.today().year}Q{(date.today().month - 1) // 3 + 1}",
            progress=lambda done, total, what: seen.append((done, total)),
            cancel=lambda: len(seen) >= 3,
        )
    assert seen == [(0, stats.STEPS), (1, stats.STEPS), (2, stats.STEPS)]


def test_lists_export_writes_the_files(qtbot, ctx, tmp_path):
    today = _month(ctx)
    page = ListsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.period_edit.setText(today.strftime("%Y-%m"))
    _click_and_wait(qtbot, page, page.draft_button)
    out = tmp_path / "公告"
    page.export_to(out)
    qtbot.waitUntil(lambda: page.task is None, timeout=30_000)
    names = sorted(p.name for p in out.iterdir())
    assert names == [f"红黑榜-{today:%Y-%m}-all-draft.pdf", f"红黑榜-{today:%Y-%m}-all-draft.xlsx"]
    text = "".join(pg.extract_text() for pg in PdfReader(out / names[0]).pages)
    assert "夜猫网吧" in text
    assert "已导出 2 个文件" in page.status_label.text()


def test_export_error_is_a_sentence(qtbot, ctx, tmp_path, monkeypatch):
    today = _month(ctx)
    page = ListsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.period_edit.setText(today.strftime("%Y-%m"))
    _click_and_wait(qtbot, page, page.draft_button)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append(a[2]))
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    page.export_to(blocker / "out")
    qtbot.waitUntil(lambda: page.task is None, timeout=20_000)
    assert len(shown) == 1 and shown[0].startswith("无法写入文件夹")
    assert "Traceback" not in shown[0] and page.status_label.text() == shown[0]
    assert page.export_button.isEnabled()


def test_unexpected_worker_error_is_a_sentence(qtbot, monkeypatch):
    parent = QWidget()
    qtbot.addWidget(parent)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append(a[2]))

    def work(progress, cancelled):
        progress(1, 2, "半路")
        return {}["没有这个键"]

    task = run_in_background(parent, "测试", "工作中…", work, shown.append)
    with qtbot.waitSignal(task.failed, timeout=10_000):
        pass
    assert shown == ["操作没有完成：'没有这个键'"]


def test_staged_output_leaves_nothing_when_cancelled(tmp_path):
    def produce(tmp: Path) -> list[Path]:
        (tmp / "a.pdf").write_bytes(b"%PDF")
        return [tmp / "a.pdf"]

    with pytest.raises(WorkCancelled):
        write_staged(tmp_path / "out", produce, lambda: True)
    assert list((tmp_path / "out").iterdir()) == []
    assert write_staged(tmp_path / "out", produce, lambda: False) == [tmp_path / "out" / "a.pdf"]
    assert [p.name for p in (tmp_path / "out").iterdir()] == ["a.pdf"]


def test_stats_export_pdf_and_xlsx(qtbot, ctx, tmp_path):
    today = _month(ctx)
    page = StatsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.period_edit.setText(f"{today.year}Q{(today.month - 1) // 3 + 1}")
    _click_and_wait(qtbot, page, page.compute_button)
    assert page.pdf_button.isEnabled()
    out = tmp_path / "out"
    for name in ("统计.pdf", "统计.xlsx"):
        page.export_to(out / name)
        qtbot.waitUntil(lambda: page.task is None, timeout=30_000)
        assert (out / name).stat().st_size > 1000
    assert len(PdfReader(out / "统计.pdf").pages) >= 1
    assert sorted(p.name for p in out.iterdir()) == ["统计.pdf", "统计.xlsx"]  # no staging left


def test_page_closed_while_drafting(qtbot, ctx):
    today = _month(ctx)
    page = ListsPage(ctx)
    page.period_edit.setText(today.strftime("%Y-%m"))
    with _write_lock(ctx):
        page.make_draft()
        task = page.task
        page.deleteLater()
        qtbot.wait(50)
    qtbot.waitUntil(lambda: task not in background._LIVE, timeout=20_000)
    assert _issue_count(ctx) == 1  # finished and saved; nothing crashed


def test_publish_runs_in_background_and_a_used_number_is_a_sentence(qtbot, ctx, monkeypatch):
    today = _month(ctx)
    page = ListsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append(a[2]))
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("第1期", True))
    earlier = (today.replace(day=1) - timedelta(days=1)).strftime("%Y-%m")
    for period in (today.strftime("%Y-%m"), earlier):
        page.period_edit.setText(period)
        _click_and_wait(qtbot, page, page.draft_button)
        _click_and_wait(qtbot, page, page.publish_button)
    assert shown == ["期号“第1期”在本类别中已经用过，请换一个。"]
    assert page.status_label.text() == shown[0]
    assert page.publish_button.isEnabled()  # the draft can still be published

"""备份与恢复 dialog: back up now (in the background), restore after confirming."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMessageBox

from inspector.services.core import backups
from inspector.services.core.settings import get_value, set_value
from inspector.ui.shell.backup_dialog import BackupDialog


def test_backup_now_and_restore_after_confirming(qtbot, ctx, tmp_path):
    set_value(ctx.engine, "marker", "old")
    backups.make_backup(ctx, datetime(2026, 11, 1, 9, 0))
    dialog = BackupDialog(ctx)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 1
    dialog.start_backup()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 2, timeout=10_000)
    assert "已备份" in dialog.status.text()

    set_value(ctx.engine, "marker", "new")
    dialog.table.selectRow(1)  # the older one
    assert dialog.selected_backup().name == "inspector-20261101-090000.sqlite3"

    def answer(button):
        box = dialog._confirm_box
        box.button(button).click()

    QTimer.singleShot(0, lambda: answer(QMessageBox.StandardButton.Cancel))
    assert not dialog.restore_selected()
    assert get_value(ctx.engine, "marker") == "new"

    restored = []
    dialog.restored.connect(restored.append)
    QTimer.singleShot(0, lambda: answer(QMessageBox.StandardButton.Yes))
    assert dialog.restore_selected()
    assert get_value(ctx.engine, "marker") == "old"
    assert restored and restored[0].exists()


def test_change_backup_folder(qtbot, ctx, tmp_path):
    dialog = BackupDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.set_folder(tmp_path / "usb")
    assert ctx.settings.backup_dir == str(tmp_path / "usb")
    assert str(tmp_path / "usb") in dialog.folder_label.text()


def test_main_window_backs_up_daily_and_counts_in_the_status_bar(qtbot, ctx, monkeypatch):
    from inspector.ui.shell import window_extras
    from inspector.ui.shell.main_window import MainWindow

    monkeypatch.setattr(window_extras, "FIRST_BACKUP_DELAY_MS", 0)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: len(backups.list_backups(ctx)) == 1, timeout=10_000)
    qtbot.waitUntil(lambda: "已自动备份数据库" in window.statusBar().currentMessage())
    window.extras_backup.run()  # the hourly check: nothing new on the same day
    qtbot.waitUntil(lambda: not window.extras_backup.running)
    assert len(backups.list_backups(ctx)) == 1
    labels = window.extras_status.labels
    qtbot.waitUntil(lambda: labels["drafts"].text() == "草稿 0")  # counted just after start
    assert labels["overdue"].text() == "逾期 0"
    assert labels["unsynced"].text().startswith("未导出 ")


def test_closing_the_window_before_the_backup_finishes_is_quiet(qtbot, ctx, monkeypatch):
    from inspector.ui.shell import window_extras
    from inspector.ui.shell.main_window import MainWindow

    monkeypatch.setattr(window_extras, "FIRST_BACKUP_DELAY_MS", 0)
    window = MainWindow(ctx)
    window.extras_backup.run()
    window.deleteLater()  # the result arrives for nobody: no exception in the event loop
    qtbot.waitUntil(lambda: len(backups.list_backups(ctx)) == 1, timeout=10_000)
    qtbot.wait(200)


def test_after_a_restore_the_window_shows_the_restored_data(qtbot, ctx):
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).parents[1] / "unit"))
    from followup_data import add_site

    from inspector.services.inspection.walk import start_inspection
    from inspector.ui.shell.main_window import MainWindow
    from inspector.ui.shell.window_extras import reload_after_restore

    ctx.settings.office_name = "旧单位"
    ctx.save_settings()
    saved = backups.make_backup(ctx, datetime(2026, 11, 1, 9, 0))
    ctx.settings.office_name = "新单位"
    ctx.save_settings()
    site = add_site(ctx, "晨光网吧")
    draft = start_inspection(ctx, site, ["school-internet-cafe"])
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    walk = window.walk_hooks.open(draft.id)
    assert walk is not None and "新单位" in window.windowTitle()
    backups.restore_backup(ctx, saved)
    reload_after_restore(window)
    qtbot.waitUntil(lambda: not window.walk_hooks.walks)  # the draft is not in the backup
    assert "旧单位" in window.windowTitle()
    window.extras_status.refresh()
    assert window.extras_status.labels["drafts"].text() == "草稿 0"


def test_the_status_bar_warns_while_the_clock_is_behind(qtbot, ctx):
    from datetime import timedelta

    from inspector.store.engine import write_session
    from inspector.store.models import AuditEntry
    from inspector.store.types import new_id, utcnow
    from inspector.ui.shell.main_window import MainWindow

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    status = window.extras_status
    status.refresh()
    assert status.clock_warning.isHidden()
    # something was recorded an hour "later" than this clock says: the clock went back
    with write_session(ctx.engine) as s:
        s.add(AuditEntry(id=new_id(), entity="site", entity_id="x", field="name",
                         device=ctx.device_id, at=utcnow() + timedelta(hours=1)))  # fmt: skip
    status.refresh()
    assert status.clock_warning.isVisible() and "时钟" in status.clock_warning.text()
    assert "约 59 分钟" in status.clock_warning.toolTip() or "约 60 分钟" in (
        status.clock_warning.toolTip()
    )

"""The self-test's GUI step never waits on a modal dialog."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from inspector.ui.shell.self_check import no_modal_dialogs


def _fallback_close() -> None:
    """Without the guard the message box would wait for a click: close it so the test fails."""
    widget = QApplication.activeModalWidget()
    if widget is not None:
        widget.close()


def test_a_modal_message_box_is_closed_and_reported(qtbot):
    app = QApplication.instance()
    QTimer.singleShot(3000, _fallback_close)
    with no_modal_dialogs(app) as seen:
        answer = QMessageBox.warning(None, "模板有问题", "找不到模板文件夹")
    assert seen == ["模板有问题: 找不到模板文件夹"]
    assert answer != QMessageBox.StandardButton.Yes


def test_nothing_reported_without_dialogs(qtbot):
    with no_modal_dialogs(QApplication.instance()) as seen:
        qtbot.wait(120)
    assert seen == []


def test_windowed_self_test_shows_one_summary(qtbot, monkeypatch):
    """Without a console (a windowed build) the lines end up in one dialog, shown at the end."""
    import sys

    from inspector import app as app_module
    from inspector.services.demo import self_test

    def fake_run(data_dir, out=print, **kw):
        out("[OK]   数据库 database: ok")
        out("自检通过 self-test passed")
        return 0

    monkeypatch.setattr(self_test, "run_self_test", fake_run)
    monkeypatch.setattr(sys, "stdout", None)
    QTimer.singleShot(3000, _fallback_close)
    with no_modal_dialogs(QApplication.instance()) as seen:
        assert app_module._self_test(None) == 0
    assert seen == ["Inspector --self-test: 自检通过 self-test passed"]

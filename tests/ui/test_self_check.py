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


def _windowed_summary(monkeypatch, lang: str | None) -> list[str]:
    """Run ``_self_test`` as a windowed build (no console) with a two-line fake run."""
    import sys

    from inspector import app as app_module
    from inspector.cli import language
    from inspector.domain.text import N_
    from inspector.services.demo import self_test
    from inspector.ui.shell.i18n import apply_language

    def fake_run(data_dir, out=print, *, say, **kw):
        out("[OK]   " + say(N_("数据库")) + ": ok")
        out(say(N_("自检通过")))
        return 0

    monkeypatch.setattr(self_test, "run_self_test", fake_run)
    monkeypatch.setattr(sys, "stdout", None)
    QTimer.singleShot(3000, _fallback_close)
    try:
        with no_modal_dialogs(QApplication.instance()) as seen:
            assert app_module._self_test(None, lang) == 0
    finally:
        language.use_language("zh_CN")
        apply_language("zh_CN")
    return seen


def test_windowed_self_test_shows_one_summary(qtbot, monkeypatch):
    """Without a console (a windowed build) the lines end up in one dialog, shown at the end."""
    assert _windowed_summary(monkeypatch, "zh_CN") == ["Inspector --self-test: 自检通过"]


def test_windowed_summary_speaks_the_gui_language(qtbot, monkeypatch):
    """In English the summary's lines (and Qt's own buttons) are English."""
    seen: list[str] = []

    def sweep_buttons() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.extend(b.text() for b in box.buttons())

    QTimer.singleShot(20, sweep_buttons)
    assert _windowed_summary(monkeypatch, "en") == ["Inspector --self-test: self-test passed"]
    assert seen and all(t.isascii() for t in seen), seen


def test_windowed_summary_follows_the_remembered_gui_language(qtbot, monkeypatch):
    """Without --lang the summary takes the language of the last start, as the window would."""
    from inspector.ui.shell import startup

    monkeypatch.setattr(startup, "remembered_language", lambda: "en")
    assert _windowed_summary(monkeypatch, None) == ["Inspector --self-test: self-test passed"]

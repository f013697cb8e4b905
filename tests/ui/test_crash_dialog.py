"""Logs and crash reports: an error in a slot is logged (without personal data) and shown."""

from __future__ import annotations

import logging
import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QPushButton

from inspector import logs
from inspector.ui.shell import crash_dialog, crash_hooks

ID_NUMBER = "11010519491231002X"
PHONE = "13912345678"


@pytest.fixture
def logged(tmp_path, monkeypatch):
    """Logging set up into a temporary folder, the hooks restored afterwards."""
    import sys

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    path = logs.setup_logging(folder=tmp_path / "log")
    yield path
    logs.set_crash_reporter(None)
    for h in list(logging.getLogger("inspector").handlers):
        if getattr(h, "inspector_log", False):
            logging.getLogger("inspector").removeHandler(h)
            h.close()
    logs._state["path"] = None


def test_mask_personal():
    text = (
        f"身份证 {ID_NUMBER}，电话 {PHONE}，负责人：王伟，mail a.b@example.cn, 91430000MA4L0001X2"
    )
    masked = logs.mask_personal(text)
    for secret in (ID_NUMBER, PHONE, "王伟", "a.b@example.cn"):
        assert secret not in masked
    assert "[身份证号]" in masked and "[手机号]" in masked and "负责人：[已隐去]" in masked
    assert "91430000MA4L0001X2" in masked  # a company's credit code is not personal data


@pytest.mark.qt_no_exception_capture
def test_error_in_a_slot_shows_the_dialog_and_is_logged(qtbot, logged, tmp_path):
    crash_hooks.install_crash_handling()
    button = QPushButton("go")
    qtbot.addWidget(button)

    def broken() -> None:
        raise ValueError(f"没有找到 {ID_NUMBER} 的记录（联系电话 {PHONE}）")

    button.clicked.connect(broken)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: crash_dialog.current_crash_dialog() is not None, timeout=3000)
    dialog = crash_dialog.current_crash_dialog()
    assert dialog is not None and dialog.isVisible() and not dialog.isModal()
    assert str(logged) in dialog.where.text()
    assert "意外错误" in dialog.sentence.text()

    text = logged.read_text(encoding="utf-8")
    assert "Traceback (most recent call last)" in text and "ValueError" in text
    assert "in broken" in text
    assert ID_NUMBER not in text and PHONE not in text and "[身份证号]" in text

    dialog.copy_button.click()
    copied = QGuiApplication.clipboard().text()
    assert "ValueError" in copied and str(logged) in copied and ID_NUMBER not in copied

    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # a second error: the same dialog
    qtbot.waitUntil(lambda: dialog.count == 2, timeout=3000)
    assert crash_dialog.current_crash_dialog() is dialog
    assert button.isEnabled()  # the window keeps working

    shot = tmp_path / "crash-dialog.png"
    dialog.show_button.setChecked(True)
    assert dialog.grab().save(str(shot)) and shot.stat().st_size > 1000
    dialog.close()


def test_error_in_a_thread_is_logged_and_shown(qtbot, logged):
    crash_hooks.install_crash_handling()

    def work() -> None:
        raise RuntimeError("worker failed")

    t = threading.Thread(target=work, name="worker")
    t.start()
    t.join()
    qtbot.waitUntil(lambda: crash_dialog.current_crash_dialog() is not None, timeout=3000)
    dialog = crash_dialog.current_crash_dialog()
    assert "worker failed" in dialog.details_text
    assert "thread worker" in logged.read_text(encoding="utf-8")
    dialog.close()


def test_qt_messages_go_to_the_log(qtbot, logged):
    crash_hooks.install_crash_handling()
    from PySide6.QtCore import qWarning

    qWarning("a Qt warning for the log")
    assert "a Qt warning for the log" in logged.read_text(encoding="utf-8")

"""Start-up: the main window takes keys before the database layer is imported, the data
opens behind it, and the first window never loads the PDF, XLSX or migration libraries."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel

from inspector.services.core.context import open_context
from inspector.ui.shell.main_window import MainWindow

HEAVY = ("openpyxl", "reportlab", "pyhanko", "alembic")

# Runs ``inspector --data-dir DIR`` with a probe: once the main window is exposed it posts a
# key event; when that has been delivered it reports what is loaded, then again once the
# home page is filled and the status bar counted (the first window as the user gets it).
PROBE = """
import sys
from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

HEAVY = {heavy!r}

def loaded():
    return sorted({{m.split(".")[0] for m in sys.modules}} & set(HEAVY))

def fitted(w):  # the window inside its screen; the application's screen-fit filter installed?
    inside = w.screen().availableGeometry().contains(w.frameGeometry())
    return inside, QApplication.instance().findChild(QObject, "screen_fit") is not None

class Probe(QObject):
    window = None

    def look(self):
        for w in QApplication.topLevelWidgets():
            h = w.windowHandle() if isinstance(w, QMainWindow) else None
            if h is not None and w.isVisible() and h.isExposed():
                self.window = w
                w.installEventFilter(self)
                QApplication.postEvent(
                    w, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_F35, Qt.KeyboardModifier.NoModifier)
                )
                return
        QTimer.singleShot(1, self.look)

    def eventFilter(self, obj, event):
        if obj is self.window and event.type() == QEvent.Type.KeyPress:
            if event.key() == Qt.Key.Key_F35:
                w = self.window
                print("READY", w.objectName(), w.is_attached(), w.nav.count(), flush=True)
                print("FIT", fitted(w), flush=True)
                w.removeEventFilter(self)
                self.home()
                return True
        return False

    def home(self):
        page = self.window.findChild(QWidget, "home_page")
        status = self.window.findChild(QWidget, "status_drafts")
        if page is not None and page.is_filled and status is not None and status.text():
            print("FILLED", page.cards["schools"].value.text(), "HEAVY", loaded(), flush=True)
            print("FIT", fitted(self.window), flush=True)
            QApplication.quit()
            return
        QTimer.singleShot(20, self.home)

_show = QMainWindow.show

def show_and_note(self):  # the main window goes up before the data is opened
    print("SHOWN", "sqlalchemy" in sys.modules, flush=True)
    _show(self)

QMainWindow.show = show_and_note
probe = Probe()
_exec = QApplication.exec

def exec_and_probe(*_app):
    QTimer.singleShot(0, probe.look)
    return _exec()

QApplication.exec = exec_and_probe
from inspector.app import main
sys.exit(main(["--data-dir", {data_dir!r}]))
"""


pytestmark = pytest.mark.usefixtures("fresh_qsettings")


def test_window_takes_keys_before_the_database_layer_and_loads_no_heavy_library(demo_dir, tmp_path):
    """``inspector --data-dir DIR``: shown before SQLAlchemy is imported, ready (a key
    delivered) with every navigation entry before the data is open, fitted to its screen;
    then attached, the home page filled and the status bar counted, still without
    openpyxl, reportlab, pyHanko or alembic (the demo database is already at head)."""
    code = PROBE.format(heavy=HEAVY, data_dir=str(demo_dir))
    env = dict(os.environ, XDG_CONFIG_HOME=str(tmp_path / "config"), QT_QPA_PLATFORM="offscreen")
    proc = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=180, env=env
    )
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    assert lines[0] == "SHOWN False", proc.stdout  # SQLAlchemy loads behind the window
    ready = lines[1].split()
    assert ready[:3] == ["READY", "main_window", "False"], proc.stdout  # keys, not yet data
    assert int(ready[3]) >= 10  # all the pages are listed, none built
    # fitted to the (800×800 offscreen) screen by the start itself; the filter that fits
    # every later window and dialog comes in once the data is open
    assert lines[2] == "FIT (True, False)", proc.stdout
    assert "FILLED 3 HEAVY []" in lines, proc.stdout + proc.stderr
    assert lines[-1] == "FIT (True, True)", proc.stdout
    # the log file, opened by the worker behind the window, begins with the start
    log = Path(os.environ["INSPECTOR_LOG_DIR"], "inspector.log").read_text(encoding="utf-8")
    assert "Inspector" in log.splitlines()[0] and "started" in log.splitlines()[0]


def test_actions_chosen_before_the_data_is_open_run_once_it_is(qtbot, demo_dir):
    window = MainWindow(None)
    qtbot.addWidget(window)
    window.show()
    assert not window.is_attached()
    current = window.stack.currentWidget()
    assert isinstance(current, QLabel) and current.text() == "正在打开数据…"
    assert window.statusBar().currentMessage() == "正在打开数据…"
    titles = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert titles[:2] == ["首页", "场所登记"] and "同步" in titles
    assert window.nav.item(0).icon().isNull()  # icons (qtawesome's fonts) come at attach
    window.nav.setCurrentRow(1)  # moving in the list before the data is open is fine
    ran: list[str] = []
    action = window.add_action(window.tr("文件"), "x", lambda: ran.append(window.ctx.device_id))
    action.trigger()
    assert ran == []
    with pytest.raises(RuntimeError):
        window.page(window.tr("场所登记"))
    ctx = open_context(demo_dir)
    try:
        window.attach(ctx)
        assert ran == [ctx.device_id]
        assert window.stack.currentWidget().objectName() == "register_page"
        assert not window.nav.item(0).icon().isNull()
        assert str(demo_dir) in window.statusBar().currentMessage()
        assert ctx.settings.office_name in window.windowTitle()
    finally:
        window.close()
        ctx.close()


def test_new_inspection_key_before_attach_opens_the_dialog_after(qtbot, demo_dir):
    window = MainWindow(None)
    qtbot.addWidget(window)
    window.show()
    window.new_inspection_action.trigger()  # Ctrl+N while the data is being opened
    seen: list[str] = []

    def close_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, close_dialog)
            return
        seen.append(type(dialog).__name__)
        dialog.reject()

    ctx = open_context(demo_dir)
    try:
        QTimer.singleShot(0, close_dialog)
        window.attach(ctx)
        assert seen == ["StartDialog"]
    finally:
        window.close()
        ctx.close()

"""What the start installs for errors: Qt's messages into the log, crashes to the dialog.

:func:`install_crash_handling` (called by ``ui.shell.startup.run_window`` before the
main window is built) routes Qt's own messages into :mod:`inspector.logs` and
registers the crash reporter, which carries a report from any thread to the GUI
thread and shows it in :class:`~inspector.ui.shell.crash_dialog.CrashDialog`. The
dialog's module (and the widgets it uses) is imported only when there is a crash
to show, so the start does not load it.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QMessageLogContext,
    QObject,
    Qt,
    QtMsgType,
    Signal,
    qInstallMessageHandler,
)

from inspector.logs import ExcInfo, set_crash_reporter

qt_log = logging.getLogger("inspector.qt")

_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def qt_message_handler(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    """Qt's warnings and errors go to the log (a windowed build has no console for them)."""
    where = f" ({context.category})" if context.category and context.category != "default" else ""
    qt_log.log(_QT_LEVELS.get(kind, logging.WARNING), "%s%s", message, where)


class _Bridge(QObject):
    """Carries a report from any thread to the GUI thread (a queued signal)."""

    reported = Signal(str)


_state: dict[str, Any] = {"bridge": None}


def _show(details: str) -> None:
    from inspector.ui.shell.crash_dialog import show_crash

    show_crash(details)


def install_crash_handling() -> None:
    """Qt's messages into the log; uncaught exceptions shown in the crash dialog."""
    qInstallMessageHandler(qt_message_handler)
    bridge = _state["bridge"]
    if bridge is None:
        bridge = _Bridge()
        app = QCoreApplication.instance()
        if app is not None:
            bridge.moveToThread(app.thread())
        bridge.reported.connect(_show, Qt.ConnectionType.QueuedConnection)
        _state["bridge"] = bridge

    def reporter(_exc_info: ExcInfo, text: str) -> None:
        bridge.reported.emit(text)  # queued: shown by the GUI thread's event loop

    set_crash_reporter(reporter)

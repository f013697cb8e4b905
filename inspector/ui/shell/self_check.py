"""The self-test's GUI step: Qt starts, the icons and translations load, every page builds.

Run by ``inspector --self-test`` (see :mod:`inspector.services.demo.self_test`); in a
frozen build this proves the Qt plugins, qtawesome's fonts and the .qm files
were bundled. Without a display on Linux it uses the offscreen platform.

The self-test never waits on a modal dialog: one that opens while the pages are
built is closed at once and fails the step (:func:`no_modal_dialogs`). A
windowed build, which has no console, shows the printed lines in one summary
dialog at the end (:func:`show_summary`).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from inspector.services.core.context import AppContext


@contextmanager
def no_modal_dialogs(app: Any, interval_ms: int = 50) -> Iterator[list[str]]:
    """Close every modal dialog that opens meanwhile; yields the titles/texts of those closed."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QDialog, QMessageBox

    seen: list[str] = []

    def sweep() -> None:
        widget = app.activeModalWidget()
        if widget is None:
            return
        text = widget.windowTitle()
        if isinstance(widget, QMessageBox):
            text = f"{text}: {widget.text()}"
        seen.append(text)
        if isinstance(widget, QDialog):
            widget.reject()
        else:
            widget.close()

    timer = QTimer()
    timer.setInterval(interval_ms)
    timer.timeout.connect(sweep)
    timer.start()
    try:
        yield seen
    finally:
        timer.stop()


def gui_check(ctx: AppContext) -> str:
    if (
        sys.platform.startswith("linux")
        and not os.environ.get("DISPLAY")
        and not os.environ.get("WAYLAND_DISPLAY")
    ):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import qtawesome as qta
    from PySide6.QtCore import qVersion

    from inspector.ui.shell.application import ensure_app
    from inspector.ui.shell.i18n import ENGLISH, apply_language
    from inspector.ui.shell.main_window import MainWindow

    app = ensure_app()
    if qta.icon("fa5s.home").pixmap(32, 32).isNull():
        raise RuntimeError("qtawesome icon font did not load")
    apply_language(ENGLISH)
    if not app.translate("MainWindow", "文件") or _english_missing(app):
        raise RuntimeError("the English translation (inspector_en.qm) did not load")
    apply_language("zh_CN")
    with no_modal_dialogs(app) as modals:
        window = MainWindow(ctx)
        try:
            for i in range(window.nav.count()):
                window.nav.setCurrentRow(i)
                app.processEvents()
            if window.grab().isNull():
                raise RuntimeError("the main window did not render")
            pages = window.nav.count()
        finally:
            window.hide()
            window.deleteLater()
            app.processEvents()
    if modals:
        raise RuntimeError("a modal dialog opened (closed by the self-test): " + "; ".join(modals))
    return f"Qt {qVersion()} ({app.platformName()}), {pages} 个页面 pages"


def _english_missing(app) -> bool:
    from inspector.resources import resource

    if not resource("i18n", "inspector_en.qm").is_file():
        return False  # not compiled yet: nothing to check
    return app.translate("MainWindow", "文件") == "文件"


def show_summary(lines: list[str], code: int) -> None:
    """The self-test's lines in one dialog (a windowed build has no console to print to)."""
    from PySide6.QtWidgets import QMessageBox

    from inspector.ui.shell.application import ensure_app

    ensure_app()
    box = QMessageBox(
        QMessageBox.Icon.Information if code == 0 else QMessageBox.Icon.Critical,
        "Inspector --self-test",
        lines[-1] if lines else "",
    )
    box.setDetailedText("\n".join(lines))
    box.exec()

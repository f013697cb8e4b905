"""The self-test's GUI step: Qt starts, the icons and translations load, every page builds.

Run by ``inspector --self-test`` (see :mod:`inspector.services.demo.self_test`); in a
frozen build this proves the Qt plugins, qtawesome's fonts and the .qm files
were bundled. Without a display on Linux it uses the offscreen platform.

The self-test never waits on a modal dialog: one that opens while the pages are
built is closed at once and fails the step (:func:`no_modal_dialogs`). A
windowed build, which has no console, shows the printed lines in one summary
dialog at the end (:func:`show_summary`), in the GUI's language
(:func:`summary_language`). The step's sentences are the services catalogue's
templates (:mod:`inspector.services.demo.self_test_words`), filled by the
``say`` the self-test runs with, so they are in the run's one language.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from inspector.services.core.context import AppContext
from inspector.services.demo import self_test_words as words
from inspector.services.demo.self_test_words import Say, fill


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


def gui_check(ctx: AppContext, say: Say = fill, language: str = "zh_CN") -> str:
    """Start Qt, check icons and the English catalogue, build every page; one sentence.

    ``language`` is the interface language left applied afterwards (the run's).
    """
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
        raise RuntimeError(say(words.GUI_NO_ICONS))
    apply_language(ENGLISH)
    if not app.translate("MainWindow", "文件") or _english_missing(app):
        raise RuntimeError(say(words.GUI_NO_ENGLISH))
    apply_language(language)
    with no_modal_dialogs(app) as modals:
        window = MainWindow(ctx)
        try:
            for i in range(window.nav.count()):
                window.nav.setCurrentRow(i)
                app.processEvents()
            if window.grab().isNull():
                raise RuntimeError(say(words.GUI_NO_RENDER))
            pages = window.nav.count()
        finally:
            window.hide()
            window.deleteLater()
            app.processEvents()
    if modals:
        raise RuntimeError(say(words.GUI_MODAL, "; ".join(modals)))
    return say(words.GUI_DONE, qVersion(), app.platformName(), pages)


def _english_missing(app) -> bool:
    from inspector.resources import resource

    if not resource("i18n", "inspector_en.qm").is_file():
        return False  # not compiled yet: nothing to check
    return app.translate("MainWindow", "文件") == "文件"


def summary_language(requested: str | None) -> str:
    """The GUI's language for the summary: ``--lang``, else the language of the last
    start (what the window would show), else the system's (zh_CN or en)."""
    from inspector.ui.shell.application import ensure_app
    from inspector.ui.shell.i18n import effective_language
    from inspector.ui.shell.startup import remembered_language

    ensure_app()  # the application's identity: where QSettings keeps the last start's language
    return effective_language(requested or remembered_language())


def show_summary(lines: list[str], code: int, language: str = "zh_CN") -> None:
    """The self-test's lines in one dialog (a windowed build has no console to print to);
    the lines are already in ``language``, Qt's own buttons are put into it too."""
    from PySide6.QtWidgets import QMessageBox

    from inspector.ui.shell.application import ensure_app, install_translator

    app = ensure_app()
    install_translator(app, language)
    box = QMessageBox(
        QMessageBox.Icon.Information if code == 0 else QMessageBox.Icon.Critical,
        "Inspector --self-test",
        lines[-1] if lines else "",
    )
    box.setDetailedText("\n".join(lines))
    box.exec()

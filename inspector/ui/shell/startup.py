"""Start-up: the main window on screen first, the data opened behind it.

:func:`run_window` shows the main window before the database layer is even
imported (``MainWindow(None)``: navigation, menus, status bar, the page area
saying that the data is being opened) and opens the data directory in a worker
thread: the SQLAlchemy and model imports, the data-directory lock, the
``PRAGMA quick_check``, a migration if one is due (backed up first), then the
imports the first page needs. Back on the GUI thread the first-run wizard runs if
the settings ask for it, the window is attached to the open context
(:meth:`~inspector.ui.shell.main_window.MainWindow.attach`) and switches to the
language of the settings; the home page then counts its figures in the
background too (:mod:`inspector.ui.shell.home_page`).

Nothing can write before the check has passed: the window has no context until
then, and a menu action chosen meanwhile waits and runs once it has one. A
damaged database is refused before anything is written and gets the offer to
restore its last good backup (:func:`~inspector.ui.shell.application.offer_restore`);
another writer, an unusable folder or a refused restore end the program with
a sentence and exit status 2. Closing the window while the data is being
opened waits for the opening to finish (a migration is never cut short), then
closes the context again.
"""

from __future__ import annotations

import importlib
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import (
    QAbstractEventDispatcher,
    QCoreApplication,
    QEvent,
    QObject,
    QSettings,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtWidgets import QApplication

from inspector.ui.shell.application import ensure_app, install_translator, set_identity

if TYPE_CHECKING:
    from inspector.services.core.context import AppContext
    from inspector.ui.shell.main_window import MainWindow

LANGUAGE_KEY = "startup/language"  # the interface language of the last start (QSettings)

# What attaching the window and filling the home page import: loaded by the worker
# thread after the database is open, so the GUI thread does not stop for them.
WARM_MODULES = (
    "qtawesome",
    "inspector.ui.shell.first_run",
    "inspector.ui.shell.window_extras",
    "inspector.ui.shell.home_page",
    "inspector.services.followup.status",
    "inspector.services.inspection.query",
)


class Opening(QObject):
    """Runs ``open_data()`` in a worker thread; :attr:`done` is delivered on the GUI
    thread with the context (or the exception) in :attr:`result` (:attr:`error`)."""

    done = Signal()
    _finished = Signal()

    def __init__(self, open_data: Callable[[], AppContext], warm: tuple[str, ...] = WARM_MODULES):
        super().__init__()
        self._open_data = open_data
        self._warm = warm
        self.result: AppContext | None = None
        self.error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="inspector-open")
        # emitted from the worker, delivered by this object's (the GUI) thread
        self._finished.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    def start(self) -> None:
        self._thread.start()

    def wait(self) -> None:
        """Until the worker has finished (the window closed while it was opening); at once
        if it was never started (the window closed before it had painted)."""
        if self._thread.ident is not None:
            self._thread.join()

    def _run(self) -> None:
        try:
            self.result = self._open_data()
            for name in self._warm:
                importlib.import_module(name)
        except BaseException as exc:  # handed to the GUI thread, which decides
            self.error = exc
        self._finished.emit()

    @Slot()
    def _deliver(self) -> None:
        self.done.emit()


class AfterFirstPaint(QObject):
    """Calls ``then()`` once ``window`` has painted and the event loop is about to wait for
    more events, or after ``limit_ms`` whatever happened (a window never exposed).

    The data is opened behind a window that is drawn and has handled what was queued for
    it, so the worker's imports do not compete for the GIL with the first paint and the
    first key press."""

    def __init__(self, window: QObject, then: Callable[[], None], limit_ms: int = 500):
        super().__init__(window)
        self._window = window
        self._then = then
        self._done = False
        self._dispatcher: QAbstractEventDispatcher | None = None
        window.installEventFilter(self)
        QTimer.singleShot(limit_ms, self, self._go)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            if self._dispatcher is None and not self._done:
                self._dispatcher = QAbstractEventDispatcher.instance()
                if self._dispatcher is None:  # no event loop: nothing to wait for
                    self._go()
                else:
                    self._dispatcher.aboutToBlock.connect(self._go)
        return False

    @Slot()
    def _go(self) -> None:
        if self._done:
            return
        self._done = True
        self._window.removeEventFilter(self)
        if self._dispatcher is not None:
            self._dispatcher.aboutToBlock.disconnect(self._go)
        self._then()


def remembered_language() -> str | None:
    """The interface language of the last start, for the window shown before the settings
    are read (they are in the database); None before the first start."""
    value = QSettings().value(LANGUAGE_KEY)
    return value if isinstance(value, str) else None


def run_window(
    open_data: Callable[[], AppContext],
    reopen: Callable[[], AppContext],
    *,
    language: str | None = None,
    demo: bool = False,
) -> tuple[int, AppContext | None]:
    """Show the main window, open the data behind it, run the event loop.

    ``open_data()`` runs in the worker thread and returns the open context or raises
    (a :class:`~inspector.services.core.errors.UserError`, a ``DamagedDatabase`` for the
    restore offer, which then calls ``reopen()``). ``language``: ``--lang``, which
    wins over the settings. Returns the exit status and the context the window ran
    on (already closed), None if none was opened.
    """
    app = ensure_app(fit_screens=False)  # the screen-fit filter once the window is up
    from inspector.ui.shell.crash_hooks import install_crash_handling
    from inspector.ui.shell.main_window import MainWindow
    from inspector.ui.shell.screen_fit import fit_when_shown

    install_crash_handling()  # Qt's messages to the log; an unexpected error shows a dialog
    set_identity(app)
    install_translator(app, language or remembered_language())
    window = MainWindow(None, demo=demo)
    fit_when_shown(window)  # as the screen-fit filter, installed later, would
    window.show()
    state = _Start(window, reopen, language, demo)
    opening = Opening(open_data)
    opening.done.connect(lambda: state.opened(opening))
    AfterFirstPaint(window, opening.start)  # the data behind a window already drawn
    code = app.exec()
    opening.wait()
    window.hide()
    # gone now, not at a later event loop's turn: a language switch or a timer must not
    # reach a window whose context is about to be closed (and whose demo copy removed)
    shiboken6.delete(window)
    if state.ctx is None and opening.result is not None:  # closed before it was delivered
        state.ctx = opening.result
    if state.ctx is not None:
        state.ctx.close()
    if state.unexpected is not None:
        raise state.unexpected
    return (state.code if state.code is not None else code), state.ctx


class _Start:
    """What happens on the GUI thread once the worker is done."""

    def __init__(self, window: MainWindow, reopen, language: str | None, demo: bool):
        self.window = window
        self.reopen = reopen
        self.language = language
        self.demo = demo
        self.ctx: AppContext | None = None
        self.code: int | None = None
        self.unexpected: BaseException | None = None

    def opened(self, opening: Opening) -> None:
        from inspector.services.core.errors import DamagedDatabase, UserError
        from inspector.ui.shell.screen_fit import install

        # every window and dialog from now on fits its screen (the filter sees every event
        # of the application, so it comes in once the main window is on screen)
        install(QApplication.instance())  # type: ignore[arg-type]
        error = opening.error
        ctx = opening.result
        if isinstance(error, DamagedDatabase):  # offer the last good backup, then open again
            from inspector.ui.shell.application import offer_restore

            self.window.hide()
            ctx = offer_restore(error, self.reopen, self.language)
            if ctx is None:
                return self._end(2)
            self.window.show()
        elif isinstance(error, UserError):
            return self._refuse(error)
        elif error is not None:
            self.unexpected = error
            return self._end(1)
        assert ctx is not None
        self.ctx = ctx
        if not self.window.isVisible():  # closed while the data was being opened
            return None
        self._attach(ctx)
        return None

    def _attach(self, ctx: AppContext) -> None:
        from inspector.ui.shell.first_run import FirstRunWizard, needs_first_run
        from inspector.ui.shell.i18n import apply_language, current_language, effective_language

        setting = self.language or ctx.settings.language or None
        if effective_language(setting) != current_language():
            apply_language(setting)  # the window follows (LanguageChange)
        QSettings().setValue(LANGUAGE_KEY, setting or "")
        if needs_first_run(ctx, self.demo):
            FirstRunWizard(ctx, self.window).exec()  # cancelling is fine: settings ask again
        self.window.attach(ctx)

    def _refuse(self, error: BaseException) -> None:
        from PySide6.QtWidgets import QMessageBox

        from inspector.ui.shell.i18n import error_text

        self.window.hide()
        QMessageBox.critical(None, QCoreApplication.translate("app", "无法启动"), error_text(error))
        self._end(2)

    def _end(self, code: int) -> None:
        self.code = code
        self.window.hide()
        QApplication.exit(code)

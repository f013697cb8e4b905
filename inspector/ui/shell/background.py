"""Long work off the GUI thread: a :class:`SyncJob` behind a modeless progress dialog.

``work(progress, cancelled)`` runs in the worker thread. It reports with
``progress(done, total, what)`` (``total`` 0: not known yet) and checks
``cancelled()`` between steps; the services take them as their ``progress``
and ``cancel`` arguments (:mod:`inspector.services.core.progress`) and raise
``WorkCancelled`` after rolling back. The dialog's cancel button sets the flag.

Errors reach the user as a sentence: a ``UserError``'s own message, anything
else as "操作没有完成：…" (the traceback goes to the log file, see inspector.logs).
"""

from __future__ import annotations

import logging
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QPushButton, QWidget
from shiboken6 import isValid

from inspector.services.core.errors import UserError
from inspector.services.core.progress import WorkCancelled
from inspector.store.atomic import replace_durably
from inspector.store.faults import fault_message
from inspector.ui.shell.i18n import service_text
from inspector.ui.shell.job import SyncJob

log = logging.getLogger(__name__)

_LIVE: set[BackgroundTask] = set()  # running tasks; they outlive a page closed meanwhile

Work = Callable[[Callable[[int, int, str], None], Callable[[], bool]], Any]


def _guarded(work: Work) -> Work:
    """``work`` with unexpected errors logged and turned into a sentence for the user."""

    def run(progress, cancelled):
        try:
            return work(progress, cancelled)
        except UserError:
            raise
        except Exception as exc:
            log.exception("background work failed")
            fault = fault_message(exc, str(QT_TRANSLATE_NOOP("services", "这项操作")))
            if fault is not None:  # a full disk, a read-only folder: say so plainly
                raise UserError(fault) from None
            detail = str(exc) or type(exc).__name__
            raise UserError(
                QCoreApplication.translate("BackgroundTask", "操作没有完成：%1").replace(
                    "%1", detail
                )
            ) from None

    return run


class BackgroundTask(QObject):
    """One piece of long work with a progress dialog; start it with :meth:`start`.

    ``succeeded(result)``, ``failed(message)`` (already shown in a message box),
    ``cancelled(message)`` (not shown: the caller says it where it fits) and
    finally ``ended()``. The task has no Qt parent: a page closed while its work
    runs must not take the thread with it; the dialog is the page's child.
    """

    succeeded = Signal(object)
    failed = Signal(str)
    cancelled = Signal(str)
    ended = Signal()

    def __init__(
        self, parent: QWidget, title: str, label: str, work: Work, *, cancellable: bool = True
    ):
        super().__init__()
        self.title = title
        self.widget = parent
        self.job = SyncJob(_guarded(work), self)
        self.job.initiator = parent  # an operation: its changes are announced when it ends
        self.dialog = QProgressDialog(
            label, QCoreApplication.translate("BackgroundTask", "取消"), 0, 0, parent
        )
        self.dialog.setWindowTitle(title)
        self.dialog.setWindowModality(Qt.WindowModality.NonModal)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.setMinimumDuration(300)
        self.cancel_button: QPushButton | None = None
        if cancellable:
            self.cancel_button = self.dialog.findChild(QPushButton)
            self.dialog.canceled.connect(self.cancel)
        else:
            self.dialog.setCancelButton(None)
        self.job.progressed.connect(self._on_progress)
        self.job.succeeded.connect(self.succeeded)
        self.job.failed.connect(self._on_failed)
        self.job.finished.connect(self._on_finished)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.stop)

    @property
    def running(self) -> bool:
        return self.job.isRunning()

    @property
    def was_cancelled(self) -> bool:
        return self.job.cancelled

    def start(self) -> BackgroundTask:
        _LIVE.add(self)
        self.job.start()
        return self

    def cancel(self) -> None:
        """Ask the work to stop at its next step; the dialog says so until it has."""
        self.job.cancel()
        if isValid(self.dialog):
            self.dialog.setLabelText(QCoreApplication.translate("BackgroundTask", "正在取消…"))
        if self.cancel_button is not None and isValid(self.cancel_button):
            self.cancel_button.setEnabled(False)

    def stop(self) -> None:
        """Cancel and wait (the application is quitting)."""
        self.job.cancel()
        self.job.wait()

    def _on_progress(self, done: int, total: int, what: str) -> None:
        if self.job.cancelled or not isValid(self.dialog):
            return
        self.dialog.setMaximum(max(total, 0))
        if total:
            self.dialog.setValue(min(done, total))
        if what:
            self.dialog.setLabelText(service_text(what))  # the services' N_ texts

    def _on_failed(self, message: str) -> None:
        if self.job.cancelled:
            self.cancelled.emit(message)
            return
        if isValid(self.dialog):
            self.dialog.hide()
        parent = self.widget if isValid(self.widget) else None
        QMessageBox.warning(parent, self.title, message)
        self.failed.emit(message)

    def _on_finished(self) -> None:
        self.job.wait()  # "finished" comes just before the thread has ended
        if isValid(self.dialog):
            self.dialog.hide()
            self.dialog.deleteLater()
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.disconnect(self.stop)
        self.ended.emit()
        _LIVE.discard(self)
        self.deleteLater()


def run_in_background(
    parent: QWidget,
    title: str,
    label: str,
    work: Work,
    done: Callable[[Any], None],
    *,
    cancellable: bool = True,
) -> BackgroundTask:
    """Start ``work`` in the background; ``done(result)`` runs in the GUI thread on success."""
    task = BackgroundTask(parent, title, label, work, cancellable=cancellable)
    task.succeeded.connect(done)
    return task.start()


def write_staged(
    folder: Path, produce: Callable[[Path], list[Path]], cancelled: Callable[[], bool]
) -> list[Path]:
    """Let ``produce(tmp)`` write files into a hidden folder inside ``folder``, then move them in.

    When the user cancels (checked after producing) or producing fails, nothing
    is moved and the hidden folder is removed: no half-written file is left.
    """
    try:
        folder.mkdir(parents=True, exist_ok=True)
        tmp = Path(tempfile.mkdtemp(prefix=".inspector-", dir=folder))
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise UserError(
            QCoreApplication.translate("BackgroundTask", "无法写入文件夹 %1：%2。请换一个文件夹。")
            .replace("%1", str(folder))
            .replace("%2", reason)
        ) from None
    try:
        files = produce(tmp)
        if cancelled():
            raise WorkCancelled(
                QCoreApplication.translate("BackgroundTask", "已取消，没有写入任何文件。")
            )
        moved: list[Path] = []
        for f in files:
            target = folder / f.relative_to(tmp)
            target.parent.mkdir(parents=True, exist_ok=True)
            replace_durably(f, target)
            moved.append(target)
        return moved
    finally:
        shutil.rmtree(tmp, ignore_errors=True)

"""A thread for long work (export, import) with progress and a cancel flag.

A job is one operation (see :mod:`inspector.ui.shell.operations`): what its work
commits is collected in the thread and announced to the open views when it ends.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal

from inspector.services.core.changes import ChangeSet, collecting
from inspector.services.core.errors import UserError
from inspector.ui.shell.i18n import error_text
from inspector.ui.shell.operations import hub


class SyncJob(QThread):
    """Runs ``work(progress, cancelled)`` off the GUI thread."""

    progressed = Signal(int, int, object)  # (done, total, what: str or Message)
    succeeded = Signal(object)
    failed = Signal(str)

    def __init__(self, work: Callable[[Callable, Callable], Any], parent=None):
        super().__init__(parent)
        self._work = work
        self._cancel = False
        self.changes = ChangeSet()  # filled by the work's commits, in the thread
        self.initiator: QObject | None = parent  # the view that started it
        self.finished.connect(self._announce)

    def cancel(self) -> None:
        self._cancel = True

    @property
    def cancelled(self) -> bool:
        return self._cancel

    def run(self) -> None:
        try:
            with collecting(self.changes):
                result = self._work(self.progressed.emit, lambda: self._cancel)
        except UserError as exc:
            self.failed.emit(error_text(exc))
        except Exception as exc:
            self.failed.emit(self.tr("操作失败：%1").replace("%1", error_text(exc)))
        else:
            self.succeeded.emit(result)

    def _announce(self) -> None:
        hub().announce(self.changes.kinds, self.initiator)

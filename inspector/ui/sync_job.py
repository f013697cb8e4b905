"""A thread for long sync work (export, import) with progress and a cancel flag."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QThread, Signal

from inspector.services.errors import UserError
from inspector.ui.i18n import error_text


class SyncJob(QThread):
    """Runs ``work(progress, cancelled)`` off the GUI thread."""

    progressed = Signal(int, int, object)  # (done, total, what: str or Message)
    succeeded = Signal(object)
    failed = Signal(str)

    def __init__(self, work: Callable[[Callable, Callable], Any], parent=None):
        super().__init__(parent)
        self._work = work
        self._cancel = False

    def cancel(self) -> None:
        self._cancel = True

    @property
    def cancelled(self) -> bool:
        return self._cancel

    def run(self) -> None:
        try:
            result = self._work(self.progressed.emit, lambda: self._cancel)
        except UserError as exc:
            self.failed.emit(error_text(exc))
        except Exception as exc:
            self.failed.emit(self.tr("操作失败：%1").replace("%1", error_text(exc)))
        else:
            self.succeeded.emit(result)

"""Save as you type: the per-item save mark and the one path every typed save takes.

Typed answers and notes are sent to the service at every pause of
:data:`~inspector.ui.inspection.answer_widgets.COMMIT_DELAY_MS` (300 ms), when the
focus leaves the field, when the walk window loses the focus and when it closes.
Each item shows where its typing stands: 保存中… (typed, the next pause saves it),
已保存 (stored), 未保存 (the storage refused it: the value stays on screen,
marked, with the sentence below the item, and is sent again at the next pause,
focus change or close). A refusal by the service (a finished record, a value
out of range) is not a storage fault: it is shown and the stored value reloaded.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QTime
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from inspector.services.core.errors import StorageFault, UserError, storage_faults
from inspector.store.faults import fault_message
from inspector.ui.inspection.walk_host import ItemPart, WalkHost
from inspector.ui.shell.i18n import error_text, service_text

# what was being done, in the sentence of a storage fault (translated as service texts)
WHAT = {
    "answer": str(QT_TRANSLATE_NOOP("services", "保存答案")),
    "note": str(QT_TRANSLATE_NOOP("services", "保存备注")),
    "measurement": str(QT_TRANSLATE_NOOP("services", "保存测量")),
}
MARK_STYLES = {
    "": "",
    "pending": "color: #757575;",
    "saved": "color: #2e7d32;",
    "failed": "color: white; background: #c62828; border-radius: 4px; padding: 1px 6px;",
}


class SaveMark(QLabel):
    """保存中… / 已保存 / 未保存 beside an item's status; ``state`` says which."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("save_mark")
        self.state = ""

    def _show(self, state: str, text: str, tip: str = "") -> None:
        self.state = state
        self.setText(text)
        self.setToolTip(tip)
        self.setStyleSheet(MARK_STYLES[state])

    def pending(self) -> None:
        if self.state != "failed":
            self._show("pending", self.tr("保存中…"))

    def saved(self) -> None:
        stamp = QTime.currentTime().toString("HH:mm:ss")
        self._show("saved", self.tr("✓ 已保存 {time}").format(time=stamp))

    def failed(self, message: str) -> None:
        self._show("failed", self.tr("✗ 未保存"), message)


def save_part(
    window: WalkHost,
    view: ItemPart,
    part: str,
    call: Callable[[], object],
    refused: Callable[[str], None] | None = None,
) -> bool:
    """Run one save of ``view``'s answer or note; True when it was stored.

    A storage fault marks the field and keeps its value; a service refusal is
    given to ``refused`` (the answer's constraint message, beside the field),
    else shown by the window, which reloads the stored answers.
    """
    try:
        with storage_faults(WHAT[part], window.ctx.paths.database):
            call()
    except StorageFault as exc:
        message = error_text(exc)
        view.save_failed(part, message)
        window.statusBar().showMessage(message, 10000)
        return False
    except UserError as exc:
        view.save_done(part)
        (refused or window._refused)(error_text(exc))
        return False
    view.save_done(part)
    return True


def problem_text(exc: Exception, ctx) -> str:
    """A refusal's sentence, or a storage fault's (saving a measurement); anything else is
    raised again, a programming error stays one."""
    if isinstance(exc, UserError):
        return error_text(exc)
    fault = fault_message(exc, WHAT["measurement"], ctx.paths.database)
    if fault is None:
        raise exc
    return service_text(fault)


def flush_all(window: WalkHost) -> None:
    """Send what is typed in the current item, and every save that failed before."""
    if window.locked:
        return
    current = window.current_view()
    for view in window.item_views:
        if view is current or view.unsaved:
            view.flush()


def confirm_close(window: WalkHost) -> bool:
    """Flush before the window closes; when something still cannot be stored, ask."""
    flush_all(window)
    if window.locked or not any(v.unsaved for v in window.item_views):
        return True
    reasons = {why for v in window.item_views for why in v.unsaved.values()}
    answer = QMessageBox.warning(
        window,
        QCoreApplication.translate("WalkWindow", "有内容未保存"),
        QCoreApplication.translate(
            "WalkWindow", "有填写的内容没能保存：\n{why}\n\n关闭窗口会丢失这些内容。仍然关闭吗？"
        ).format(why="\n".join(sorted(reasons))),
        QMessageBox.StandardButton.Close | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Close

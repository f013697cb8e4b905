"""Ctrl+F (and Ctrl+L) in the walk: a quick search over item codes and texts; Enter jumps.

The entries keep the item text as the template gives it (both languages) and the
status as its code, so the list is shown again in the new language when the
interface language changes while the popup is open.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialog, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from inspector.domain.scoring import UNANSWERED
from inspector.ui.shell.i18n import local

Entry = tuple[int, str, Any, str]  # index, code, text (LocalText or str), status code or text

INDEX_ROLE = Qt.ItemDataRole.UserRole
STATUS_TEXT = {
    "pass": str(QT_TRANSLATE_NOOP("WalkWindow", "合格")),
    "fail": str(QT_TRANSLATE_NOOP("WalkWindow", "不合格")),
    "na": str(QT_TRANSLATE_NOOP("WalkWindow", "不适用")),
    "answered": str(QT_TRANSLATE_NOOP("WalkWindow", "已填")),
    UNANSWERED: str(QT_TRANSLATE_NOOP("WalkWindow", "未答")),
}


def status_label(status: str) -> str:
    """A status code (``pass``, ``unanswered`` …) in the interface language; any other
    text is shown as given."""
    source = STATUS_TEXT.get(status)
    return QCoreApplication.translate("WalkWindow", source) if source else status


def text_of(text: Any) -> str:
    """An item text in the interface language (a plain string stays as it is)."""
    return text if isinstance(text, str) else local(text)


def walk_entries(view) -> list[Entry]:
    """The popup's entries for an inspection view: the items that are asked, in order."""
    return [
        (i, r.code, r.item.text, view.status(r.key))
        for i, r in enumerate(view.items)
        if not view.is_hidden(r.key)  # items whose condition does not hold are not asked
    ]


class JumpPopup(QDialog):
    """Lists ``(index, code, text, status)`` entries, filtered by what is typed."""

    def __init__(self, entries: Sequence[Entry], parent: QWidget | None = None):
        super().__init__(parent)
        self.resize(560, 420)
        self.entries = list(entries)
        self.chosen: int | None = None
        lay = QVBoxLayout(self)
        self.query = QLineEdit()
        self.query.setObjectName("jump_query")
        lay.addWidget(self.query)
        self.list = QListWidget()
        self.list.setObjectName("jump_list")
        lay.addWidget(self.list, 1)
        self.query.textChanged.connect(self.refilter)
        self.query.returnPressed.connect(self.pick)
        self.query.installEventFilter(self)
        self.list.itemActivated.connect(lambda _i: self.pick())
        self.retranslateUi()

    def retranslateUi(self) -> None:
        """Title, hint and the list (item texts and statuses) in the interface language."""
        self.setWindowTitle(self.tr("跳转到检查项"))
        self.query.setPlaceholderText(self.tr("输入编号或文字，回车跳转"))
        current = self.list.currentItem()
        keep = None if current is None else current.data(INDEX_ROLE)
        self.refilter(self.query.text())
        for row in range(self.list.count()):
            if keep is not None and self.list.item(row).data(INDEX_ROLE) == keep:
                self.list.setCurrentRow(row)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def refilter(self, text: str) -> None:
        words = text.lower().split()
        self.list.clear()
        for index, code, item_text, status in self.entries:
            shown = text_of(item_text)
            hay = f"{code} {shown}".lower()
            if all(w in hay for w in words):
                line = self.tr("{code}　{text}　〔{status}〕")
                entry = QListWidgetItem(
                    line.format(code=code, text=shown, status=status_label(status))
                )
                entry.setData(INDEX_ROLE, index)
                self.list.addItem(entry)
        if self.list.count():
            self.list.setCurrentRow(0)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if (
            obj is self.query
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
        ):
            if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.list.count():
                step = 1 if event.key() == Qt.Key.Key_Down else -1
                row = min(max(self.list.currentRow() + step, 0), self.list.count() - 1)
                self.list.setCurrentRow(row)
                return True
        return super().eventFilter(obj, event)

    def pick(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        self.chosen = int(item.data(INDEX_ROLE))
        self.accept()


def jump_in(window) -> None:
    """Ctrl+F in a walk window: choose an item in the popup and go to it."""
    popup = JumpPopup(walk_entries(window.view), window)
    chosen = popup.chosen if popup.exec() else None
    popup.deleteLater()
    window.activateWindow()
    window.go_to(window.current if chosen is None else chosen)

"""Ctrl+F in the walk: a quick search over item codes and texts; Enter jumps."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialog, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from inspector.domain.scoring import UNANSWERED
from inspector.ui.shell.i18n import local

INDEX_ROLE = Qt.ItemDataRole.UserRole
STATUS_TEXT = {
    "pass": str(QT_TRANSLATE_NOOP("WalkWindow", "合格")),
    "fail": str(QT_TRANSLATE_NOOP("WalkWindow", "不合格")),
    "na": str(QT_TRANSLATE_NOOP("WalkWindow", "不适用")),
    "answered": str(QT_TRANSLATE_NOOP("WalkWindow", "已填")),
    UNANSWERED: str(QT_TRANSLATE_NOOP("WalkWindow", "未答")),
}


class JumpPopup(QDialog):
    """Lists ``(index, code, text, status)`` entries, filtered by what is typed."""

    def __init__(self, entries: Sequence[tuple[int, str, str, str]], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("跳转到检查项"))
        self.resize(560, 420)
        self.entries = list(entries)
        self.chosen: int | None = None
        lay = QVBoxLayout(self)
        self.query = QLineEdit()
        self.query.setObjectName("jump_query")
        self.query.setPlaceholderText(self.tr("输入编号或文字，回车跳转"))
        lay.addWidget(self.query)
        self.list = QListWidget()
        self.list.setObjectName("jump_list")
        lay.addWidget(self.list, 1)
        self.query.textChanged.connect(self.refilter)
        self.query.returnPressed.connect(self.pick)
        self.query.installEventFilter(self)
        self.list.itemActivated.connect(lambda _i: self.pick())
        self.refilter("")

    def refilter(self, text: str) -> None:
        words = text.lower().split()
        self.list.clear()
        for index, code, item_text, status in self.entries:
            hay = f"{code} {item_text}".lower()
            if all(w in hay for w in words):
                entry = QListWidgetItem(f"{code}　{item_text}　〔{status}〕")
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
    entries = [
        (
            i,
            r.code,
            local(r.item.text),
            QCoreApplication.translate(
                "WalkWindow", STATUS_TEXT.get(window.view.status(r.key), "")
            ),
        )
        for i, r in enumerate(window.view.items)
        if not window.view.is_hidden(r.key)  # items whose condition does not hold are not asked
    ]
    popup = JumpPopup(entries, window)
    chosen = popup.chosen if popup.exec() else None
    popup.deleteLater()
    window.activateWindow()
    window.go_to(window.current if chosen is None else chosen)

"""The line edits of the answer widgets: how ↑, Backspace and Enter behave in them.

↑ and Backspace in an empty field go back to the previous item (the walk window
takes the key); Enter in a number field after a refused or cancelled figure
stays on the item; Enter in a short text leaves it and Shift+Enter starts a line.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit


def goes_back(event: QKeyEvent, empty: bool) -> bool:
    """↑ or Backspace, unmodified, in an empty field: the walk's "previous item"."""
    plain = not (event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier)
    return empty and plain and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Backspace)


class NumberEdit(QLineEdit):
    """↑ and Backspace in the empty field go back to the previous item; Enter after a
    figure that was refused stays on the item (the walk does not move past it)."""

    hold_enter = False  # set while an Enter's commit was refused or cancelled

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if goes_back(event, not self.text()):
            event.ignore()  # the walk window takes it
            return
        self.hold_enter = False
        super().keyPressEvent(event)  # Enter commits the figure here (returnPressed)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.hold_enter:
            event.accept()
        self.hold_enter = False


class ShortTextEdit(QPlainTextEdit):
    """Enter leaves the field (the walk moves on); Shift+Enter starts a new line;
    ↑ and Backspace in the empty field go back to the previous item."""

    left = Signal()  # the focus went elsewhere (another field, item or window)

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        self.left.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            event.ignore()
            return
        if goes_back(event, not self.toPlainText()):
            event.ignore()
            return
        super().keyPressEvent(event)

"""Say it when a spin box refuses a digit, instead of dropping it silently.

A ``QSpinBox`` refuses a keystroke that would take its text past its maximum
(typing 3650 into a box of 0–365 leaves 365 and no word). :func:`say_refusals`
watches a box: a digit typed that did not change its text shows a tooltip
under the box naming the range, and the box keeps the sentence in its
``refusal`` property until the next accepted key.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractSpinBox, QSpinBox, QToolTip


class _Watcher(QObject):
    def __init__(self, spin: QSpinBox) -> None:
        super().__init__(spin)
        self.spin = spin
        self.before: str | None = None

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if not isinstance(event, QKeyEvent) or not event.text().isdigit():
            return False
        line = self.spin.lineEdit()
        if event.type() == QEvent.Type.KeyPress:
            self.before = line.text()
        elif event.type() == QEvent.Type.KeyRelease and self.before is not None:
            refused = line.text() == self.before and not self.spin.isReadOnly()
            self.before = None
            self._say(refused, event.text())
        return False

    def _say(self, refused: bool, digit: str) -> None:
        if not refused:
            self.spin.setProperty("refusal", "")
            return
        text = self.tr("只能填 {lo} 到 {hi}：输入的“{digit}”未被接受，请核对。").format(
            lo=self.spin.minimum(), hi=self.spin.maximum(), digit=digit
        )
        self.spin.setProperty("refusal", text)
        QToolTip.showText(self.spin.mapToGlobal(QPoint(0, self.spin.height())), text, self.spin)


def say_refusals(spin: QSpinBox) -> QSpinBox:
    """Watch ``spin`` for refused digits (returns it, for chaining)."""
    spin.setCorrectionMode(QAbstractSpinBox.CorrectionMode.CorrectToPreviousValue)
    spin.installEventFilter(_Watcher(spin))
    return spin

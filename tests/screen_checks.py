"""What does not fit on the screen: shared by the 1366×728 test and the xcb end-to-end run.

:func:`misfits` lists a window whose frame leaves the screen's available
geometry, and every visible button or text label outside its window (a widget
inside a scroll area counts as reachable) or cut: a one-line label or a button
narrower than its text, a word-wrapped label shorter than its text. A main
window's status bar (where "已保存" and the counts show) must be on screen too.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QLabel,
    QMainWindow,
    QStatusBar,
    QWidget,
)


def _in_scroll_area(widget: QWidget, window: QWidget) -> bool:
    w = widget.parentWidget()
    while w is not None and w is not window:
        if isinstance(w, QAbstractScrollArea) and w.viewport().isAncestorOf(widget):
            return True
        w = w.parentWidget()
    return False


def _name(w: QWidget) -> str:
    text = w.text() if isinstance(w, QLabel | QAbstractButton) else ""
    text = " ".join(text.split())[:40]
    return f"{type(w).__name__}{'#' + w.objectName() if w.objectName() else ''} «{text}»"


def misfits(window: QWidget) -> list[str]:
    """What does not fit: the window outside the free screen, buttons or labels cut off."""
    area = window.screen().availableGeometry()
    bad = []
    frame = window.frameGeometry()
    if not area.contains(frame):
        bad.append(f"window {frame.getRect()} outside the free screen {area.getRect()}")
    inside = window.rect()
    bar = window.findChild(QStatusBar) if isinstance(window, QMainWindow) else None
    if bar is not None:  # the status bar carries "已保存" and the counts
        rect = QRect(bar.mapTo(window, QPoint(0, 0)), bar.size())
        if not bar.isVisible() or not inside.contains(rect) or bar.height() < 12:
            bad.append(f"status bar at {rect.getRect()} not shown in {inside.getRect()}")
    for w in window.findChildren(QWidget):
        if (
            not isinstance(w, QAbstractButton | QLabel)
            or not w.isVisible()
            or w.window() is not window
        ):
            continue
        if isinstance(w, QLabel) and not w.text() and w.pixmap().isNull():
            continue
        if _in_scroll_area(w, window):
            continue  # reachable by scrolling; the scroll area itself is checked
        rect = QRect(w.mapTo(window, QPoint(0, 0)), w.size())
        if not inside.contains(rect):
            bad.append(f"{_name(w)} at {rect.getRect()} outside the window {inside.getRect()}")
            continue
        if isinstance(w, QLabel) and w.wordWrap() and w.text():
            if w.height() < w.heightForWidth(w.width()):
                bad.append(f"{_name(w)} cut: {w.height()} px of {w.heightForWidth(w.width())}")
        elif w.text() and w.width() < w.minimumSizeHint().width() - 1:
            bad.append(f"{_name(w)} cut: {w.width()} px of {w.minimumSizeHint().width()}")
    return bad

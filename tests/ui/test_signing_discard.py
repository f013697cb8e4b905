"""Escape or closing the on-site signing dialog with signatures drawn asks first."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from test_documents_ui import _scribble

from inspector.services.demo.document_samples import add_sample_inspection
from inspector.ui.paperwork.signing_dialog import SigningDialog


def _answer_next_box(answer: QMessageBox.StandardButton, seen: list[str]) -> None:
    """Click ``answer`` in the next message box once it is shown."""

    def poll() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, poll)
            return
        seen.append(box.text())
        box.button(answer).click()

    QTimer.singleShot(0, poll)


def _dialog(qtbot, ctx) -> SigningDialog:
    dlg = SigningDialog(ctx, add_sample_inspection(ctx, photos=0))
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    return dlg


def test_escape_with_drawn_signatures_asks_and_keeps_them(qtbot, ctx):
    dlg = _dialog(qtbot, ctx)
    _scribble(dlg.lead.pad)
    _scribble(dlg.party.pad)
    seen: list[str] = []
    _answer_next_box(QMessageBox.StandardButton.Cancel, seen)
    qtbot.keyClick(dlg, Qt.Key.Key_Escape)
    assert seen and "签名尚未保存" in seen[0]
    assert dlg.isVisible() and not dlg.lead.pad.is_empty() and not dlg.party.pad.is_empty()

    # the window's close button goes the same way
    _answer_next_box(QMessageBox.StandardButton.Cancel, seen)
    dlg.close()
    assert len(seen) == 2 and dlg.isVisible()

    _answer_next_box(QMessageBox.StandardButton.Discard, seen)
    qtbot.keyClick(dlg, Qt.Key.Key_Escape)
    assert len(seen) == 3 and not dlg.isVisible()
    assert dlg.result() == 0


def test_escape_with_nothing_drawn_closes_at_once(qtbot, ctx):
    dlg = _dialog(qtbot, ctx)
    seen: list[str] = []
    qtbot.keyClick(dlg, Qt.Key.Key_Escape)
    assert not dlg.isVisible() and seen == []

"""Tab order follows the screen: pressing Tab never jumps back up and to the left.

Each dialog is shown offscreen and its focus chain walked from the first field;
every pair of consecutive stops must go down a row, or right along the row (or
to the next column). Walking by real Tab key presses checks the same chain.
"""

from __future__ import annotations

import itertools

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from inspector.services.demo.document_samples import add_sample_inspection
from inspector.store.engine import read_session
from inspector.store.models import Inspection
from inspector.ui.inspection.header_dialog import HeaderDialog
from inspector.ui.inspection.start_dialog import StartDialog
from inspector.ui.paperwork.signing_dialog import SigningDialog
from inspector.ui.register.school_dialog import SchoolDialog
from inspector.ui.register.site_dialog import SiteDialog
from inspector.ui.shell.settings_dialog import SettingsDialog

ROW = 6  # pixels: widgets this close vertically sit on one row


def _stop(widget: QWidget, window: QWidget) -> bool:
    tab = Qt.FocusPolicy.TabFocus
    return (
        widget.window() is window
        and widget.isVisible()
        and widget.isEnabled()
        and (widget.focusPolicy() & tab) == tab
        and widget.focusProxy() is None
    )


def tab_stops(window: QWidget) -> list[QWidget]:
    """The widgets Tab visits, in order, starting after ``window`` itself."""
    out: list[QWidget] = []
    current = window.nextInFocusChain()
    while current is not window and len(out) < 300:
        if _stop(current, window) and current not in out:
            out.append(current)
        current = current.nextInFocusChain()
    return out


def backward_jumps(window: QWidget) -> list[str]:
    """Consecutive stops where the second is above-or-level and not to the right."""
    bad = []
    stops = tab_stops(window)
    for a, b in itertools.pairwise(stops):
        pa, pb = a.mapTo(window, a.rect().topLeft()), b.mapTo(window, b.rect().topLeft())
        same_row = abs(pa.y() - pb.y()) <= ROW
        if (same_row and pb.x() <= pa.x()) or (
            not same_row and pb.y() < pa.y() and pb.x() <= pa.x()
        ):
            bad.append(f"{type(a).__name__}@{pa.toTuple()} -> {type(b).__name__}@{pb.toTuple()}")
    return bad


def _inspection(ctx) -> Inspection:
    iid = add_sample_inspection(ctx, photos=0)
    with read_session(ctx.engine) as s:
        return s.get(Inspection, iid)


@pytest.mark.parametrize(
    "make",
    [
        pytest.param(lambda ctx: SiteDialog(ctx), id="site"),
        pytest.param(lambda ctx: SchoolDialog(ctx), id="school"),
        pytest.param(lambda ctx: SettingsDialog(ctx), id="settings"),
        pytest.param(lambda ctx: StartDialog(ctx), id="start-inspection"),
        pytest.param(lambda ctx: HeaderDialog(ctx, _inspection(ctx)), id="inspection-header"),
        pytest.param(lambda ctx: SigningDialog(ctx, _inspection(ctx).id), id="signing"),
    ],
)
def test_tab_order_follows_the_screen(qtbot, ctx, make):
    dialog = make(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    stops = tab_stops(dialog)
    assert len(stops) >= 4
    assert backward_jumps(dialog) == []

    # real key presses walk the same stops; a date-time edit takes one Tab per section
    # (year, month, day, hour, minute) before it lets go, as Qt's date editors do
    stops[0].setFocus()
    QApplication.processEvents()
    visited = [QApplication.focusWidget()]
    for _ in range(len(stops) - 1):
        here = QApplication.focusWidget()
        for _press in range(8):
            qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
            if QApplication.focusWidget() is not here:
                break
        visited.append(QApplication.focusWidget())
    assert visited == stops


def test_the_check_finds_a_backward_jump(qtbot, ctx):
    dialog = SiteDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    stops = tab_stops(dialog)
    QWidget.setTabOrder(stops[2], stops[1])  # the third field, then back up to the second
    assert len(backward_jumps(dialog)) == 1

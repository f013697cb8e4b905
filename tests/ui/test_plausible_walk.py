"""The walk never cuts a figure to fit and asks before storing a surprising one.

Real widgets (offscreen), keys typed with qtbot, the database read back after each step.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy import text

from inspector.services.core.audit import audit_trail
from inspector.services.inspection import walk as inspections
from inspector.services.register.entries import (
    PointData,
    SchoolData,
    SiteData,
    save_school,
    save_site,
)
from inspector.ui.inspection.walk_window import WalkWindow

CAFE = "school-internet-cafe"
GATE = (25.7900, 113.0300)


@pytest.fixture
def win(qtbot, ctx):
    ctx.settings.inspector_name = "张伟"
    save_school(ctx, SchoolData(name="北湖小学", points=[PointData(*GATE, "gate", "南门")]))
    # about 224 m north of the gate: outside the limit and its warning margin
    site = save_site(
        ctx, SiteData(name="星空网吧", kind="internet_cafe", lat=GATE[0] + 0.00202, lon=GATE[1])
    )
    insp = inspections.start_inspection(ctx, site.id, [CAFE])
    w = WalkWindow(ctx, insp.id)
    qtbot.addWidget(w)
    with qtbot.waitActive(w):
        w.show()
        w.activateWindow()
    return w


def _answer_next_box(button: QMessageBox.StandardButton, seen: list[str]) -> None:
    """Press ``button`` in the next message box once it is shown, noting its text."""

    def poll() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, poll)
            return
        seen.append(box.text())
        box.button(button).click()

    QTimer.singleShot(0, poll)


def _db(ctx, sql: str):
    with ctx.engine.connect() as conn:
        return conn.execute(text(sql)).all()


def _go(win: WalkWindow, code: str):
    index = next(i for i, v in enumerate(win.item_views) if v.item.code == code)
    win.go_to(index)
    return win.item_views[index]


def test_a_count_too_long_is_refused_visibly_and_never_cut(qtbot, win):
    view = _go(win, "IC-10")  # posters, a count
    edit = view.answer.edit
    qtbot.keyClicks(edit, "9999999")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert edit.text() == "9999999"  # all seven digits, nothing cut
    assert (
        win.current_view() is view
        and not view.refusal.isHidden()
        and "9999999" in view.refusal.text()
    )
    assert "未保存" in view.refusal.text() and view.save_mark.state == "failed"
    assert _db(win.ctx, "select count from answer where item_code = 'IC-10'") == []
    win.next_item()  # moving on does not store it either
    assert _db(win.ctx, "select count from answer where item_code = 'IC-10'") == []
    # corrected: stored, and the refusal goes
    win.go_to(win.item_views.index(view))
    edit.clear()
    qtbot.keyClicks(edit, "4")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert _db(win.ctx, "select count from answer where item_code = 'IC-10'") == [(4,)]
    assert view.refusal.isHidden() and view.save_mark.state == "saved"


def test_a_surprising_count_asks_cancel_saves_nothing_confirm_records_it(qtbot, win):
    view = _go(win, "IC-10")
    edit = view.answer.edit
    seen: list[str] = []
    _answer_next_box(QMessageBox.StandardButton.Cancel, seen)
    qtbot.keyClicks(edit, "5000")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert seen and "5000" in seen[0] and "0–100" in seen[0]  # both: typed and usual
    assert _db(win.ctx, "select count from answer where item_code = 'IC-10'") == []
    assert (
        edit.text() == "" and not view.refusal.isHidden() and win.current_view() is view
    )  # what is shown is stored
    _answer_next_box(QMessageBox.StandardButton.Yes, seen)
    qtbot.keyClicks(edit, "5000")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert len(seen) == 2
    rows = _db(win.ctx, "select count, note from answer where item_code = 'IC-10'")
    assert rows[0][0] == 5000 and "〔已核实〕" in rows[0][1]
    assert "〔已核实〕" in view.note.text()  # the office and the inspector see the same note
    assert [e for e in audit_trail(win.ctx, win.inspection_id) if e.kind == "confirm"]


def test_a_distance_too_long_is_refused_visibly(qtbot, win):
    panel = win.distance_panel
    _go(win, "IC-01")
    qtbot.keyClicks(panel.distance, "9999999")
    assert panel.distance.text() == "9999999"  # the field takes every digit
    qtbot.keyClick(panel.distance, Qt.Key.Key_Return)
    assert panel.error.isVisibleTo(win) and "100000" in panel.error.text()
    assert panel.distance.text() == "9999999"
    assert _db(win.ctx, "select distance_m from distance_measurement") == []
    assert "符合" not in panel.verdict.text()


def test_a_distance_against_the_coordinates_asks_and_shows_both(qtbot, win):
    panel = win.distance_panel
    _go(win, "IC-01")
    computed = win.view.inspection.computed_distance_m
    assert 200 < computed < 260
    seen: list[str] = []
    _answer_next_box(QMessageBox.StandardButton.Cancel, seen)
    qtbot.keyClicks(panel.distance, "99999")
    qtbot.keyClick(panel.distance, Qt.Key.Key_Return)
    assert seen and "99999" in seen[0] and f"{computed:.1f}" in seen[0]
    assert _db(win.ctx, "select distance_m from distance_measurement") == []
    assert panel.error.isVisibleTo(win) and panel.table.rowCount() == 0
    _answer_next_box(QMessageBox.StandardButton.Yes, seen)
    qtbot.keyClick(panel.distance, Qt.Key.Key_Return)  # the figure is still in the field
    assert len(seen) == 2
    rows = _db(win.ctx, "select distance_m, note from distance_measurement")
    assert rows[0][0] == 99999 and "〔已核实〕" in rows[0][1] and f"{computed:.1f}" in rows[0][1]
    note = _db(win.ctx, "select note from answer where item_code = 'IC-01'")[0][0]
    assert "〔已核实〕" in note and "99999" in note
    assert panel.table.rowCount() == 1


def test_a_pause_while_typing_a_surprising_count_does_not_ask_yet(qtbot, win):
    view = _go(win, "IC-10")
    edit = view.answer.edit
    seen: list[str] = []
    _answer_next_box(QMessageBox.StandardButton.Yes, seen)  # answers only when one is shown
    qtbot.keyClicks(edit, "500")
    qtbot.wait(600)  # longer than the save-as-you-type pause: "500" may be the start of "5000"
    assert seen == [] and view.save_mark.state == "pending"
    assert _db(win.ctx, "select count from answer where item_code = 'IC-10'") == []
    qtbot.keyClicks(edit, "0")
    qtbot.keyClick(edit, Qt.Key.Key_Return)  # Enter commits: now it asks, once
    assert len(seen) == 1 and "5000" in seen[0]
    assert _db(win.ctx, "select count from answer where item_code = 'IC-10'") == [(5000,)]


def test_a_share_above_100_percent_is_refused_in_the_walk(qtbot, ctx):
    ctx.settings.inspector_name = "张伟"
    site = save_site(ctx, SiteData(name="城南支行", kind="bank"))
    insp = inspections.start_inspection(ctx, site.id, ["window-counter"])
    w = WalkWindow(ctx, insp.id)
    qtbot.addWidget(w)
    w.show()
    view = _go(w, "WC-11")  # staff quiz, a percentage with limit min 80
    edit = view.answer.edit
    qtbot.keyClicks(edit, "150")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert edit.text() == "150" and "0–100 %" in view.refusal.text()
    assert _db(ctx, "select measurement from answer where item_code = 'WC-11'") == []
    edit.clear()
    qtbot.keyClicks(edit, "85.5")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert _db(ctx, "select measurement from answer where item_code = 'WC-11'") == [(85.5,)]

"""The walk window with conditions, a constraint and stalls, driven like an inspector does."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

sys.path.insert(0, str(Path(__file__).parent.parent / "unit"))
from xlsform_book import write_book

from inspector.services.checklists.xlsform_export import install_workbook
from inspector.services.inspection import walk as inspections
from inspector.services.inspection.view import load_inspection
from inspector.services.register.entries import SiteData, save_site
from inspector.ui.inspection.walk_window import WalkWindow

TID = "test-market"


@pytest.fixture
def win(qtbot, ctx, tmp_path):
    install_workbook(write_book(tmp_path / "market.xlsx"), tmp_path / "office")
    ctx.settings.template_dir = str(tmp_path / "office")
    ctx.save_settings()
    ctx.reload_catalog()
    site = save_site(ctx, SiteData(name="五里牌农贸市场", kind="farmers_market", grid="一网格"))
    insp = inspections.start_inspection(ctx, site.id, [TID])
    w = WalkWindow(ctx, insp.id)
    qtbot.addWidget(w)
    with qtbot.waitActive(w):
        w.show()
        w.activateWindow()
    return w


def focused():
    return QApplication.focusWidget()


def codes_shown(w: WalkWindow) -> list[str]:
    return [v.item.code for v in w.item_views if v.isVisibleTo(w)]


def test_a_condition_hides_and_shows_items_and_the_keyboard_skips_them(qtbot, win):
    win.toggle_mode()  # the whole list
    assert "TM-03" not in codes_shown(win)  # hidden until a cooked-food zone is answered
    win.toggle_mode()
    win.go_to(1)  # TM-02, a choice: 1 = yes, 2 = no
    qtbot.keyClick(focused(), Qt.Key.Key_2)
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert win.item_views[win.current].item.code == "TM-04"  # TM-03 skipped
    qtbot.keyClick(focused(), Qt.Key.Key_Up)
    assert win.item_views[win.current].item.code == "TM-02"  # and skipped going back
    qtbot.keyClick(focused(), Qt.Key.Key_1)  # yes: TM-03 is asked
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    tm03 = win.item_views[win.current]
    assert tm03.item.code == "TM-03" and tm03.isVisibleTo(win)
    # The constraint refuses 500 beside the field; nothing is saved.
    qtbot.keyClicks(focused(), "500")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert tm03.refusal.isVisibleTo(tm03) and tm03.refusal.text() == "TM-03：数量应在 0 到 200 之间"
    assert (TID, "TM-03") not in load_inspection(win.ctx, win.inspection_id).answers
    tm03.answer.edit.clear()
    qtbot.keyClicks(tm03.answer.edit, "2")
    qtbot.keyClick(tm03.answer.edit, Qt.Key.Key_Return)
    assert not tm03.refusal.isVisibleTo(tm03)
    assert load_inspection(win.ctx, win.inspection_id).answers[(TID, "TM-03")].count == 2
    assert load_inspection(win.ctx, win.inspection_id).score.deductions == 3
    # Back to "no": TM-03 is hidden again, its answer kept but not scored.
    win.go_to(1)
    qtbot.keyClick(focused(), Qt.Key.Key_2)
    view = load_inspection(win.ctx, win.inspection_id)
    assert view.is_hidden((TID, "TM-03")) and view.answers[(TID, "TM-03")].count == 2
    assert view.score.deductions == 0
    win.toggle_mode()
    assert "TM-03" not in codes_shown(win)
    bar = win.score_panel.progress
    assert (bar.value(), bar.maximum()) == (1, 3)  # TM-02 of TM-01, TM-02, TM-04: TM-03 not asked
    qtbot.wait(50)
    win.grab().save("/tmp/walk_condition.png")


def test_a_market_walked_stall_by_stall_in_the_window(qtbot, win):
    bar = win.repeat_bar
    assert list(bar.buttons) == [(TID, "stall")] and bar.isVisible()
    section = win.view.templates[0][1].sections[1]
    for name in ("A01", "B07", "C12"):
        assert bar.add(TID, section, name)
        assert win.item_views[win.current].item.code.startswith("TS-01#")  # after the name
        qtbot.keyClick(focused(), Qt.Key.Key_2 if name == "B07" else Qt.Key.Key_1)
        qtbot.keyClick(focused(), Qt.Key.Key_Return)
        qtbot.keyClicks(focused(), "0")
        qtbot.keyClick(focused(), Qt.Key.Key_Return)
    stall_codes = [v.item.code for v in win.item_views if "#" in v.item.code]
    assert stall_codes == [f"TS-0{i}#{n}" for n in (1, 2, 3) for i in (0, 1, 2)]
    view = load_inspection(win.ctx, win.inspection_id)
    assert view.answers[(TID, "TS-00#2")].text == "B07"
    assert view.answers[(TID, "TS-01#2")].outcome == "fail"
    assert view.instances(TID, "stall") == 3
    rows = [win.sections.item(i).text() for i in range(win.sections.count())]
    assert rows[1:] == ["✔ 摊位 A01  3/3", "✔ 摊位 B07  3/3", "✔ 摊位 C12  3/3"]  # one per stall
    assert rows[0] == "市场整体  0/3"  # four items, TM-03 hidden: not counted
    win.toggle_mode()
    qtbot.wait(50)  # let the layout place the rebuilt items before the screenshot
    win.grab().save("/tmp/walk_stalls.png")

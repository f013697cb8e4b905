"""The cases page agrees with itself: overdue by the calendar, most urgent first,
double-click opens the case, the on-the-spot dialog names what it closes."""

from __future__ import annotations

import sys
from datetime import timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "unit"))

from followup_data import add_inspection, add_site
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from inspector.domain import cases as rules
from inspector.services.core.list_policy import today_local
from inspector.services.followup import cases
from inspector.services.followup import finish as followup_finish
from inspector.ui.followup import cases_page
from inspector.ui.followup.cases_page import CaseDialog, CasesPage, CorrectDialog


def _cases(ctx, n: int) -> list[str]:
    found = today_local() - timedelta(days=20)
    made = []
    for i in range(n):
        site = add_site(ctx, f"网吧{i}", grid="一网格")
        insp = add_inspection(ctx, site, found, {"IC-03": "无标志", "IC-02": "x"})
        made.extend(followup_finish.open_cases_for_inspection(ctx, insp))
    return made


def _all_rows(page: CasesPage) -> list[cases.CaseRow]:
    model = page.model
    return [model.row(model.index(i, 0)) for i in range(model.rowCount())]


def test_overdue_is_a_passed_deadline_and_the_most_urgent_come_first(qtbot, ctx, monkeypatch):
    monkeypatch.setattr(cases_page, "PAGE_SIZE", 2)  # keyset paging crosses pages
    made = _cases(ctx, 3)
    today = today_local()  # the office's calendar day, as the page counts
    ids = made
    # deadlines: two days ago, yesterday, today, tomorrow, in a week, in a month
    for case_id, days in zip(ids, (-2, -1, 0, 1, 7, 30), strict=False):
        cases.set_deadline(ctx, case_id, today + timedelta(days=days))
    # the most overdue case is put right on the spot: closed, it sinks below the open ones
    cases.correct_on_spot(ctx, ids[0], "已当场整改")
    page = CasesPage(ctx)
    qtbot.addWidget(page)
    page.view_combo.setCurrentIndex(page.view_combo.findData("all"))
    rows = _all_rows(page)
    assert [r.id for r in rows] == ids[1:] + ids[:1]
    state = {r.id: r.state for r in rows}
    assert state[ids[1]] == rules.OVERDUE  # deadline yesterday: passed
    assert state[ids[2]] == rules.OPEN  # deadline today: not yet passed
    assert state[ids[0]] == rules.RECTIFIED_ON_SITE
    model = page.model
    assert model.data(model.index(0, 2)) == "逾期未改"
    assert model.data(model.index(1, 2)) != "逾期未改"
    # offset paging (a jump) gives the same order as key paging
    model._pages.clear()
    assert [model.row(model.index(i, 0)).id for i in reversed(range(6))] == list(
        reversed(ids[1:] + ids[:1])
    )
    page.view_combo.setCurrentIndex(page.view_combo.findData("overdue"))
    assert [r.id for r in _all_rows(page)] == [ids[1]]


def _when_modal(qtbot, act) -> list[str]:
    """Run ``act`` on the next modal dialog once it is shown; errors are kept."""
    errors: list[str] = []

    def poll() -> None:
        dlg = QApplication.activeModalWidget()
        if dlg is None or not dlg.isVisible():
            QTimer.singleShot(20, poll)
            return
        try:
            act(dlg)
        except Exception as exc:  # reported by the test, not lost in the event loop
            errors.append(repr(exc))
            dlg.reject()

    QTimer.singleShot(0, poll)
    return errors


def test_double_click_opens_the_case_and_the_fix_dialog_names_site_and_item(qtbot, ctx):
    made = _cases(ctx, 1)
    page = CasesPage(ctx)
    qtbot.addWidget(page)
    page.resize(1000, 400)
    page.view_combo.setCurrentIndex(page.view_combo.findData("all"))
    page.show()
    qtbot.waitExposed(page)
    target = _all_rows(page)[1]
    seen: dict[str, str] = {}

    def in_correct(dlg) -> None:
        assert isinstance(dlg, CorrectDialog)
        seen["correct_title"] = dlg.windowTitle()
        seen["correct_label"] = dlg.case_label.text()
        QTest.keyClicks(dlg.note, "sign replaced")
        dlg.accept()

    def in_case(dlg) -> None:
        assert isinstance(dlg, CaseDialog)
        seen["case_title"] = dlg.windowTitle()
        seen["case_item"] = dlg.values["问题"].text()
        more.extend(_when_modal(qtbot, in_correct))
        qtbot.mouseClick(dlg.buttons["correct"], Qt.MouseButton.LeftButton)

    more: list[str] = []
    errors = _when_modal(qtbot, in_case)
    rect = page.table.visualRect(page.model.index(1, 4))
    # a real double-click: the first click, then the double-click event
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: "correct_label" in seen or bool(errors or more), timeout=5000)
    assert not errors and not more
    assert target.site_name in seen["case_title"] and seen["case_item"] == target.item_text
    assert target.site_name in seen["correct_title"]
    assert target.site_name in seen["correct_label"]
    assert target.item_text in seen["correct_label"]
    closed = {c.id: c for c in cases.CaseQuery(ctx, cases.CaseFilter(view="all")).fetch(0, 9)}
    assert closed[target.id].state == rules.RECTIFIED_ON_SITE
    assert set(made) == set(closed)

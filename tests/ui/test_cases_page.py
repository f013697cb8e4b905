"""The cases page: rows fetched on demand, sorted by deadline and grid, actions work."""

from __future__ import annotations

import sys
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "unit"))

from followup_data import add_inspection, add_site
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from inspector.domain import cases as rules
from inspector.services.followup import cases
from inspector.services.followup import finish as followup_finish
from inspector.ui.followup import cases_page
from inspector.ui.followup.cases_page import CasesPage


def test_cases_page_fetches_on_demand_and_sorts(qtbot, ctx, monkeypatch):
    monkeypatch.setattr(cases_page, "PAGE_SIZE", 5)
    monkeypatch.setattr(cases_page, "CACHE_PAGES", 2)
    today = date.today()
    for i in range(6):
        site = add_site(ctx, f"网吧{i}", grid="二网格" if i % 2 else "一网格")
        insp = add_inspection(
            ctx, site, today - timedelta(days=10), {"IC-03": "无标志", "IC-02": "x"}
        )
        followup_finish.open_cases_for_inspection(ctx, insp)
    page = CasesPage(ctx)
    qtbot.addWidget(page)
    page.resize(1000, 500)
    page.show()
    model = page.model
    assert model.total == model.rowCount() == 12
    rows = [model.row(model.index(i, 0)) for i in range(12)]
    assert model.cached_rows <= 10  # never more than CACHE_PAGES pages held
    assert len({r.id for r in rows}) == 12
    model._pages.clear()  # a jump to the last page reads it by offset
    assert model.row(model.index(11, 0)).id == rows[11].id
    deadlines = [r.deadline for r in rows]
    assert deadlines == sorted(deadlines)
    first_deadline = [r for r in rows if r.deadline == deadlines[0]]
    assert [r.grid for r in first_deadline] == sorted(r.grid for r in first_deadline)
    assert model.data(model.index(0, 2)) == "逾期未改"
    page.grab().save("/tmp/cases_page.png")

    # Corrected on the spot through the dialog: the row leaves the overdue view.
    page.table.selectRow(0)
    chosen = page.current()

    def fake_exec(dlg):
        dlg.note.setPlainText("已当场整改")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(cases_page.CorrectDialog, "exec", fake_exec)
    qtbot.mouseClick(page.correct_button, Qt.MouseButton.LeftButton)
    assert page.model.total == 11
    done = cases.CaseQuery(ctx, cases.CaseFilter(view="all")).fetch(0, 20)
    assert {r.id: r.state for r in done}[chosen.id] == rules.RECTIFIED_ON_SITE

    page.view_combo.setCurrentIndex(page.view_combo.findData("all"))
    assert page.model.total == 12
    page.grid_edit.setText("一网格")
    page.refresh()
    assert page.model.total == 6

"""The home page's "today's work": new inspection, drafts to resume, cases due, export."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from inspector.services.core.context import open_context
from inspector.services.followup.status import attention_count, overdue_count
from inspector.services.inspection.query import list_drafts
from inspector.ui.followup.cases_page import CasesPage
from inspector.ui.inspection.start_dialog import StartDialog
from inspector.ui.shell.home_page import HomePage
from inspector.ui.shell.main_window import MainWindow
from inspector.ui.sync.page import SyncPage


@pytest.fixture
def window(qtbot, demo_copy, tmp_path):
    ctx = open_context(demo_copy(tmp_path / "demo"))  # the session's full demo, copied
    w = MainWindow(ctx, demo=True)
    qtbot.addWidget(w)
    w.show()
    return w


def _home(window) -> HomePage:
    page = window.show_page(window.tr("首页"))
    assert isinstance(page, HomePage)
    page.refresh()
    return page


def test_drafts_are_listed_and_enter_resumes_one(qtbot, window):
    home = _home(window)
    drafts = list_drafts(window.ctx)
    assert drafts and home.drafts.count() == len(drafts)
    assert str(len(drafts)) in home.drafts_label.text()
    assert drafts[0].site_name in home.drafts.item(0).text()
    home.drafts.setFocus()
    home.drafts.setCurrentRow(0)
    qtbot.keyClick(home.drafts, Qt.Key.Key_Return)
    walk = window.walk_hooks.walks.get(drafts[0].id)
    assert walk is not None and walk.isVisible()
    walk.close()


def test_cases_line_counts_and_leads_to_the_cases_page(qtbot, window):
    home = _home(window)
    due, overdue = attention_count(window.ctx), overdue_count(window.ctx)
    assert due > 0 and overdue > 0
    assert f"{due} 项即将到期或逾期，其中逾期 {overdue} 项" in home.cases_label.text()
    qtbot.mouseClick(home.cases_button, Qt.MouseButton.LeftButton)
    assert isinstance(window.stack.currentWidget(), CasesPage)
    home = _home(window)
    qtbot.mouseClick(home.export_button, Qt.MouseButton.LeftButton)
    assert isinstance(window.stack.currentWidget(), SyncPage)


def test_new_inspection_opens_the_start_dialog(qtbot, window):
    home = _home(window)
    seen = []

    def close_it():
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, close_it)
            return
        seen.append(type(dialog))
        dialog.reject()

    QTimer.singleShot(0, close_it)
    qtbot.mouseClick(home.new_button, Qt.MouseButton.LeftButton)
    assert seen == [StartDialog]


def test_nothing_to_do_reads_so(qtbot, ctx):
    page = HomePage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    assert page.drafts_label.text() == "没有未完成的巡查。"
    assert not page.drafts.isVisible() and not page.resume_button.isVisible()
    assert page.cases_label.text() == "没有即将到期或逾期的整改事项。"
    assert not page.cases_button.isEnabled()
    page.start_new()  # alone, without a main window: nothing happens, nothing breaks


def test_enter_on_the_page_continues_the_selected_draft_as_the_label_says(qtbot, window):
    home = _home(window)
    drafts = list_drafts(window.ctx)
    assert "回车或双击继续" in home.drafts_label.text()
    home.drafts.setCurrentRow(len(drafts[:20]) - 1)  # the last one listed, not the first
    chosen = home.drafts.currentItem().data(Qt.ItemDataRole.UserRole)
    home.setFocus()  # the keyboard on the page itself, not in the list
    qtbot.keyClick(home, Qt.Key.Key_Return)
    walk = window.walk_hooks.walks.get(chosen)
    assert walk is not None and walk.isVisible()
    walk.close()


def test_enter_on_a_focused_home_button_presses_that_button(qtbot, window):
    home = _home(window)
    home.cases_button.setFocus()
    qtbot.keyClick(home.cases_button, Qt.Key.Key_Return)
    assert isinstance(window.stack.currentWidget(), CasesPage)
    assert not window.walk_hooks.walks

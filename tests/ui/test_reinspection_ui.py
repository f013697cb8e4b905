"""Re-inspection (复查) in the GUI: started from the site's history, the start dialog and
the cases page; the walk shows only the carried items beside what the first visit found;
finishing settles the cases in the database."""

from __future__ import annotations

import io

import pytest
from PIL import Image
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from sqlmodel import select

from inspector.services.followup import cases
from inspector.services.followup import finish as followup_finish
from inspector.services.inspection import photos
from inspector.services.inspection import walk as inspections
from inspector.services.inspection.walk import Person
from inspector.services.register.entries import SiteData, save_site
from inspector.store.engine import read_session
from inspector.store.models import Inspection, RectificationCase
from inspector.ui.inspection.start_dialog import StartDialog
from inspector.ui.inspection.walk_window import WalkWindow
from inspector.ui.register.site_history import SiteHistory

CAFE = "school-internet-cafe"


def _jpeg() -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", (320, 240), (200, 40, 40)).save(buf, "JPEG")
    return buf.getvalue()


@pytest.fixture
def failed_visit(ctx):
    """A finished inspection of a café that failed IC-02 (deduct, with a photo) and IC-07
    (red line); finishing opened a case for each."""
    ctx.settings.inspector_name = "张伟"
    site = save_site(ctx, SiteData(name="星空网吧", kind="internet_cafe", grid="一网格"))
    insp = inspections.start_inspection(ctx, site.id, [CAFE], lead=Person("张伟"))
    inspections.set_outcome(ctx, insp.id, CAFE, "IC-02", "fail")
    inspections.set_note(ctx, insp.id, CAFE, "IC-02", "营业执照未悬挂")
    photos.add_photo(ctx, insp.id, _jpeg(), template_id=CAFE, item_code="IC-02")
    inspections.set_outcome(ctx, insp.id, CAFE, "IC-07", "fail")
    inspections.set_note(ctx, insp.id, CAFE, "IC-07", "发现未成年人上网")
    inspections.set_outcome(ctx, insp.id, CAFE, "IC-06", "pass")
    followup_finish.finish(ctx, insp.id)
    if not cases.cases_of_site(ctx, site.id):  # finish did not open them (older build)
        followup_finish.open_cases_for_inspection(ctx, insp.id)
    opened = cases.cases_of_site(ctx, site.id)
    assert sorted(c.item_code for c in opened) == ["IC-02", "IC-07"]
    return site, insp.id


def _states(ctx, site_id) -> dict[str, str]:
    with read_session(ctx.engine) as s:
        rows = s.exec(select(RectificationCase).where(RectificationCase.site_id == site_id))
        return {c.item_code: c.state for c in rows}


def _main_window(qtbot, ctx):
    from inspector.ui.shell.main_window import MainWindow

    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.show()
    return win


def test_reinspection_from_history_by_keyboard(qtbot, ctx, failed_visit):
    site, first_id = failed_visit
    win = _main_window(qtbot, ctx)
    history = SiteHistory(ctx)
    qtbot.addWidget(history)
    win.walk_hooks.connect_history(history)
    history.set_site(site.id)
    assert history.reinspect.isEnabled() and "2 项" in history.reinspect.text()

    history.reinspect.click()
    walk = win.walk_hooks.walks.get(next(iter(win.walk_hooks.walks), ""))
    assert isinstance(walk, WalkWindow)
    with read_session(ctx.engine) as s:
        new = s.get(Inspection, walk.inspection_id)
        assert new.kind == "reinspection" and new.parent_inspection_id == first_id
    # Marked as a re-inspection, and only the two failed items are there.
    assert walk.windowTitle().startswith("复查")
    assert walk.badge is not None and walk.badge.text() == "复查"
    assert [v.item.code for v in walk.item_views] == ["IC-02", "IC-07"]
    ic02, ic07 = walk.item_views
    for view, finding in ((ic02, "营业执照未悬挂"), (ic07, "发现未成年人上网")):
        panel = view.carried_panel
        assert panel is not None and panel.finding.text() == finding
        assert "原检查发现" in panel.findChild(type(panel.finding)).text()
    assert ic02.carried_panel.photos.photos and ic02.carried_panel.photos.isVisibleTo(ic02)
    assert ic02.carried_panel.photos.photos[0].path.is_file()
    assert ic07.carried_panel.photo_count == 0
    with qtbot.waitActive(walk):
        walk.activateWindow()
    assert ic02.carried_panel.isVisibleTo(walk)  # the current item, one at a time
    walk.grab().save("/tmp/reinspection_walk.png")

    # By keyboard: 1 pass on IC-02, Enter, 2 fail on IC-07, Ctrl+Enter finish.
    assert walk.current_view() is ic02
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_1)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert walk.current_view() is ic07
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_2)
    signing: list[str] = []

    def close_signing_dialog() -> None:  # finishing leads on to the signatures
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(50, close_signing_dialog)
            return
        signing.append(dialog.objectName())
        dialog.reject()

    QTimer.singleShot(0, close_signing_dialog)
    qtbot.keyClick(
        QApplication.focusWidget(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier
    )
    assert walk.locked
    # IC-07 still fails on its deadline day: open, deadline kept (no escalation flag)
    assert _states(ctx, site.id) == {"IC-02": "verified", "IC-07": "open"}
    assert walk.statusBar().currentMessage().startswith("复查已完成")
    qtbot.waitUntil(lambda: bool(signing), timeout=10_000)
    history.refresh()
    assert history.reinspect.isEnabled()  # IC-07 is still unresolved (open)
    assert history.model.rowCount() == 2
    assert history.model.index(0, 5).data() == "复查·已完成"  # newest first
    assert history.model.index(1, 5).data() == "已完成"
    walk.close()


def test_start_dialog_offers_the_reinspection(qtbot, ctx, failed_visit):
    site, _first = failed_visit
    plain = save_site(ctx, SiteData(name="欢乐电玩城", kind="game_hall", grid="二网格"))
    dialog = StartDialog(ctx, site_id=plain.id)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.open_cases.isVisible()  # nothing to re-check there
    dialog.choose_site(site.id)
    assert dialog.open_cases.isVisible() and "2 项" in dialog.open_cases_label.text()
    dialog.lead_id.setText("湘执 0031")
    dialog.reinspect_button.click()
    assert dialog.result() == StartDialog.DialogCode.Accepted and dialog.is_reinspection
    with read_session(ctx.engine) as s:
        new = s.get(Inspection, dialog.inspection_id)
        assert new.kind == "reinspection" and new.lead_inspector_name == "张伟"
        assert new.lead_inspector_id_no == "湘执 0031"
    # A second one is refused while the first is a draft: said inline, dialog stays.
    again = StartDialog(ctx, site_id=site.id)
    qtbot.addWidget(again)
    again.show()
    again.reinspect_button.click()
    assert again.isVisible() and again.inspection_id is None
    assert "未完成的复查" in again.message.text()


def test_cases_page_opens_the_walk(qtbot, ctx, failed_visit):
    _site, _first = failed_visit
    win = _main_window(qtbot, ctx)
    page = win.show_page("整改跟踪")
    page.view_combo.setCurrentIndex(page.view_combo.findData("all"))
    page.table.setCurrentIndex(page.model.index(0, 0))
    page.reinspect_button.click()
    walks = list(win.walk_hooks.walks.values())
    assert len(walks) == 1 and walks[0].is_reinspection
    assert {v.item.code for v in walks[0].item_views} == {"IC-02", "IC-07"}
    walks[0].close()


def test_register_page_history_starts_the_reinspection(qtbot, ctx, failed_visit):
    site, _first_id = failed_visit
    win = _main_window(qtbot, ctx)
    page = win.show_page("场所登记")
    assert page.sites.select_id(site.id)
    history = page.sites.history
    assert history.site_id == site.id and history.model.rowCount() == 1
    assert history.reinspect.isEnabled()
    history.reinspect.click()
    walks = list(win.walk_hooks.walks.values())
    assert len(walks) == 1 and walks[0].is_reinspection
    assert history.model.rowCount() == 2  # the new draft is listed at once
    assert history.model.index(0, 5).data() == "复查·草稿"
    walks[0].close()

"""A whole walk-through driven by the keyboard, checked against the database."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QMimeData, QPointF, Qt, QTimer, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QInputMethodEvent
from PySide6.QtWidgets import QApplication
from sqlmodel import select

from inspector.services.followup import finish as followup_finish
from inspector.services.inspection.view import load_inspection
from inspector.services.register.entries import (
    PointData,
    SchoolData,
    SiteData,
    save_school,
    save_site,
)
from inspector.store.engine import read_session
from inspector.store.models.inspection import Answer, AuditEntry, Inspection, Photo
from inspector.ui.inspection.finish_dialog import FinishDialog
from inspector.ui.inspection.jump_popup import JumpPopup
from inspector.ui.inspection.start_dialog import StartDialog
from inspector.ui.inspection.walk_window import WalkWindow

CAFE = "school-internet-cafe"
GATE = (25.7900, 113.0300)


def _jpeg(path: Path) -> Path:
    img = Image.new("RGB", (320, 240), (200, 40, 40))
    for x in range(0, 320, 8):
        img.putpixel((x, 120), (255, 255, 255))
    img.save(path, "JPEG", quality=85)
    return path


@pytest.fixture
def cafe_site(ctx):
    ctx.settings.inspector_name = "张伟"
    ctx.settings.inspector_id_no = "湘执 0031"
    save_school(ctx, SchoolData(name="北湖小学", points=[PointData(*GATE, "gate", "南门")]))
    # ~332 m north of the gate (on the ellipsoid): outside the limit and the warning margin.
    return save_site(
        ctx,
        SiteData(
            name="星空网吧",
            kind="internet_cafe",
            address="人民路 12 号",
            grid="一网格",
            lat=GATE[0] + 0.003,
            lon=GATE[1],
        ),
    )


def key(qtbot, widget, k, mod=Qt.KeyboardModifier.NoModifier):
    assert widget is not None, "nothing has the keyboard focus"
    qtbot.keyClick(widget, k, mod)


def focused():
    return QApplication.focusWidget()


def type_text(qtbot, widget, text: str) -> None:
    """Type like a user: ASCII key by key, Chinese as an input-method commit."""
    for chunk in re.findall(r"[\x20-\x7e]+|[^\x20-\x7e]+", text):
        if chunk.isascii():
            qtbot.keyClicks(widget, chunk)
        else:
            event = QInputMethodEvent()
            event.setCommitString(chunk)
            QApplication.sendEvent(widget, event)


def when_modal(cls, action) -> None:
    """Run ``action(dialog)`` once a modal dialog of ``cls`` is open (it blocks the test)."""

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, cls) and dialog.isVisible():
            action(dialog)
        else:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)


def open_window(qtbot, ctx, inspection_id: str) -> WalkWindow:
    win = WalkWindow(ctx, inspection_id)
    qtbot.addWidget(win)
    with qtbot.waitActive(win):
        win.show()
        win.activateWindow()
    return win


def start_by_keyboard(qtbot, ctx) -> str:
    dialog = StartDialog(ctx)
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    qtbot.keyClicks(dialog.search, "12")  # the address 人民路 12 号
    key(qtbot, dialog.search, Qt.Key.Key_Return)  # one match: chosen, nothing started yet
    assert "星空网吧" in dialog.site_label.text()
    assert dialog.isVisible() and dialog.inspection_id is None
    assert focused() is dialog.templates
    # The proposed templates are ticked; keep only the internet-café list (Alt+T, Space).
    key(qtbot, focused(), Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)
    assert focused() is dialog.templates
    for row in range(dialog.templates.count()):
        item = dialog.templates.item(row)
        if row:
            key(qtbot, dialog.templates, Qt.Key.Key_Down)
        assert dialog.templates.currentRow() == row
        wanted = item.data(Qt.ItemDataRole.UserRole) == CAFE
        if (item.checkState() == Qt.CheckState.Checked) != wanted:
            key(qtbot, dialog.templates, Qt.Key.Key_Space)
    assert dialog.chosen_templates() == [CAFE]
    key(qtbot, focused(), Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)
    assert focused() is dialog.co_name
    type_text(qtbot, dialog.co_name, "李娜")
    key(qtbot, dialog.co_name, Qt.Key.Key_Tab)
    type_text(qtbot, focused(), "湘执 0032")
    # Enter in a field moves on (place, coordinates, then the start button); never starts
    key(qtbot, focused(), Qt.Key.Key_Return)
    assert focused() is dialog.location and dialog.inspection_id is None
    key(qtbot, focused(), Qt.Key.Key_Return)
    assert focused() is dialog.coords and dialog.inspection_id is None
    key(qtbot, focused(), Qt.Key.Key_Return)
    assert focused() is dialog.ok and dialog.isVisible() and dialog.inspection_id is None
    key(qtbot, focused(), Qt.Key.Key_Return)  # Enter on the start button: 开始检查
    assert dialog.result() == StartDialog.DialogCode.Accepted, dialog.message.text()
    assert dialog.inspection_id
    return dialog.inspection_id


def test_whole_walk_by_keyboard(qtbot, ctx, cafe_site, tmp_path):
    inspection_id = start_by_keyboard(qtbot, ctx)
    win = open_window(qtbot, ctx, inspection_id)
    codes = [v.item.code for v in win.item_views]
    order = ["IC-01", "IC-02", "IC-03", "IC-04", "IC-14", "IC-05", "IC-15"]
    assert codes == order + [f"IC-{n:02d}" for n in range(6, 14)]
    assert win.current == 0

    def at(code: str):
        view = win.current_view()
        assert view.item.code == code
        return view

    # IC-01, the 200 m item: digits go to the distance panel, Enter records it,
    # Enter on the empty field moves on.
    at("IC-01")
    panel = win.distance_panel
    assert "北湖小学" in panel.computed.text() and "332.4" in panel.computed.text()
    qtbot.keyClicks(focused(), "341.5")
    assert panel.distance.text() == "341.5"
    key(qtbot, focused(), Qt.Key.Key_Return)
    assert panel.table.rowCount() == 1
    assert "符合" in panel.verdict.text() and not panel.warning.isVisible()
    key(qtbot, focused(), Qt.Key.Key_Return)

    at("IC-02")
    key(qtbot, focused(), Qt.Key.Key_1)
    key(qtbot, focused(), Qt.Key.Key_Return)
    view = at("IC-03")  # "no minors" sign: fails, and a photo is asked for
    key(qtbot, focused(), Qt.Key.Key_2)
    assert view.photo_prompt.isVisibleTo(view)
    key(qtbot, focused(), Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
    assert focused() is view.note
    type_text(qtbot, view.note, "入口未张贴标志，已要求当日整改")
    key(qtbot, view.note, Qt.Key.Key_Return)  # saves the note and moves on
    for code, keys in (
        ("IC-04", "0"),  # count: nobody unregistered
        ("IC-14", "2"),  # choice: no minors present, so IC-05 and IC-15 are skipped
        ("IC-06", "1"),
        ("IC-07", "1"),
        ("IC-08", "3"),  # N/A
        ("IC-09", "2"),  # count: two people smoking, 1 point each
        ("IC-10", "3"),  # count: three posters, enough
        ("IC-11", "1"),
        ("IC-12", "1"),  # choice: cooperative
    ):
        at(code)
        qtbot.keyClicks(focused(), keys)
        key(qtbot, focused(), Qt.Key.Key_Return)
    at("IC-13")
    type_text(qtbot, focused(), "店内秩序良好")
    key(qtbot, focused(), Qt.Key.Key_Return)  # last item: stays
    at("IC-13")
    # Backspace (outside text fields) and arrows move back and forth.
    win.setFocus()
    key(qtbot, win, Qt.Key.Key_Backspace)
    at("IC-12")
    key(qtbot, focused(), Qt.Key.Key_Down)
    at("IC-13")

    # Finishing now lists the missing photo; go back.
    seen = {}

    def answer_dialog(dialog: FinishDialog) -> None:
        seen["missing"] = dialog.missing_codes()
        dialog.grab().save("/tmp/walk_finish_dialog.png")
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    when_modal(FinishDialog, answer_dialog)
    key(qtbot, focused(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert seen["missing"] == ["IC-03"]
    assert not win.locked
    qtbot.waitUntil(lambda: win.isAncestorOf(focused()))  # the window is active again

    # Ctrl+F jumps to IC-03; the photo goes in through the strip's drop entry point.
    def answer_jump(popup: JumpPopup) -> None:
        qtbot.keyClicks(popup.query, "IC-03")
        qtbot.keyClick(popup.query, Qt.Key.Key_Return)

    when_modal(JumpPopup, answer_jump)
    key(qtbot, focused(), Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: win.isAncestorOf(focused()))
    view = at("IC-03")
    added = view.photos.add_files([_jpeg(tmp_path / "sign.jpg")])
    assert len(added) == 1 and added[0].path.is_file()
    assert not view.photo_prompt.isVisibleTo(view)
    assert win.score_panel.score_label.text() == "51 / 58"  # IC-05 (10 points) not asked
    assert win.score_panel.rate_label.text() == "得分率 87.9%"
    qtbot.wait(20)  # let the layout place the new thumbnail before the screenshot
    win.grab().save("/tmp/walk_window.png")

    # Everything complete: Ctrl+Enter finishes at once, no dialog.
    with qtbot.waitSignal(win.finished, timeout=2000):
        key(qtbot, focused(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert win.locked and win.lock_banner.isVisible()
    assert all(v.note.isReadOnly() for v in win.item_views)
    assert all(v.answer.edit.isReadOnly() for v in win.item_views if v.item.answer == "count")

    # What the database holds.
    with read_session(ctx.engine) as s:
        insp = s.get(Inspection, inspection_id)
        answers = {
            a.item_code: a
            for a in s.exec(select(Answer).where(Answer.inspection_id == inspection_id))
        }
        photos = list(s.exec(select(Photo).where(Photo.inspection_id == inspection_id)))
        audit_fields = {
            e.field
            for e in s.exec(select(AuditEntry).where(AuditEntry.inspection_id == inspection_id))
        }
    assert insp.status == "finished" and insp.content_hash
    assert (insp.lead_inspector_name, insp.co_inspector_name, insp.co_inspector_id_no) == (
        "张伟",
        "李娜",
        "湘执 0032",
    )
    assert (insp.score, insp.max_score, insp.deductions, insp.result) == (51, 58, 7, "deducted")
    assert not insp.red_line
    assert set(answers) == {f"IC-{n:02d}" for n in range(1, 15)} - {"IC-05"}
    assert answers["IC-01"].measurement == 341.5
    assert (
        answers["IC-03"].outcome == "fail"
        and answers["IC-03"].note == "入口未张贴标志，已要求当日整改"
    )
    assert answers["IC-03"].deduction == 5
    assert (answers["IC-04"].count, answers["IC-09"].count, answers["IC-10"].count) == (0, 2, 3)
    assert answers["IC-09"].deduction == 2
    assert answers["IC-08"].outcome == "na"
    assert answers["IC-12"].choice == "good"
    assert answers["IC-13"].text == "店内秩序良好"
    assert [(p.item_code, p.original_name) for p in photos] == [("IC-03", "sign.jpg")]
    assert f"{CAFE}/IC-03.note" in audit_fields and "status" in audit_fields


def test_finished_inspection_opens_read_only(qtbot, ctx, cafe_site):
    from inspector.services.inspection import walk as inspections

    insp = inspections.start_inspection(ctx, cafe_site.id, [CAFE])
    inspections.set_outcome(ctx, insp.id, CAFE, "IC-02", "pass")
    followup_finish.finish(ctx, insp.id)
    win = WalkWindow(ctx, insp.id)
    qtbot.addWidget(win)
    win.show()
    assert win.locked and not win.finish_button.isVisible()
    ic02 = win.item_views[1]
    assert ic02.status() == "pass"
    assert not ic02.answer.outcomes.buttons["fail"].isEnabled()
    # Keys do nothing to a locked record.
    win.go_to(1)
    key(qtbot, win, Qt.Key.Key_2)
    assert load_inspection(ctx, insp.id).original((CAFE, "IC-02")).outcome == "pass"
    assert ic02.note.isReadOnly()
    assert win.amend_button.isVisible() and not win.header_button.isVisible()

    # A correction: the original stays, the amendment (with its reason) is in force.
    from inspector.ui.inspection.amend_dialog import AmendDialog

    def correct(dialog: AmendDialog) -> None:
        dialog.answer.set_outcome("fail")
        dialog.accept()  # no reason yet: refused with a sentence, the dialog stays
        assert "理由" in dialog.message.text()
        dialog.reason.setText("复核照片发现许可证已过期")
        dialog.accept()

    when_modal(AmendDialog, correct)
    assert win.amend_current()
    view = load_inspection(ctx, insp.id)
    assert view.original((CAFE, "IC-02")).outcome == "pass"
    assert view.effective((CAFE, "IC-02")).outcome == "fail"
    assert ic02.status() == "fail"
    assert "许可证已过期" in ic02.amended.text() and ic02.amended.isVisibleTo(ic02)
    assert win.score_panel.result.deductions == 5
    # the item now fails: its rectification case opened, and the window says so
    assert "已为该项立整改事项" in win.statusBar().currentMessage()

    def undo(dialog: AmendDialog) -> None:
        dialog.answer.set_outcome("pass")
        dialog.reason.setText("许可证在有效期内，误记")
        dialog.accept()

    when_modal(AmendDialog, undo)
    assert win.amend_current()
    assert "整改事项已更正撤销" in win.statusBar().currentMessage()


def test_distance_margin_asks_for_second_measurement(qtbot, ctx, cafe_site):
    from inspector.services.inspection import walk as inspections

    insp = inspections.start_inspection(ctx, cafe_site.id, [CAFE])
    win = WalkWindow(ctx, insp.id)
    qtbot.addWidget(win)
    win.show()
    panel = win.distance_panel
    qtbot.keyClicks(panel.distance, "205")
    qtbot.keyClick(panel.distance, Qt.Key.Key_Return)
    assert panel.warning.isVisibleTo(panel) and "复测" in panel.warning.text()
    assert "符合" in panel.verdict.text()
    qtbot.keyClicks(panel.distance, "196.4")
    qtbot.keyClick(panel.distance, Qt.Key.Key_Return)
    assert panel.table.rowCount() == 2
    assert not panel.warning.isVisibleTo(panel)  # measured twice by the deciding method
    assert "红线" in panel.verdict.text()
    assert win.score_panel.red_list.count() == 1
    assert load_inspection(ctx, insp.id).original((CAFE, "IC-01")).measurement == 196.4
    panel.grab().save("/tmp/walk_distance_panel.png")


def test_answers_are_stored_at_once_and_resume(qtbot, ctx, cafe_site):
    from inspector.services.inspection import walk as inspections

    insp = inspections.start_inspection(ctx, cafe_site.id, [CAFE])
    win = open_window(qtbot, ctx, insp.id)
    win.go_to(1)
    key(qtbot, focused(), Qt.Key.Key_2)
    # No save step: the answer is in the database as soon as the key is pressed.
    assert load_inspection(ctx, insp.id).original((CAFE, "IC-02")).outcome == "fail"
    key(qtbot, focused(), Qt.Key.Key_Return)
    qtbot.keyClicks(focused(), "4")  # IC-03 is pass/fail: "4" is not an answer
    assert load_inspection(ctx, insp.id).original((CAFE, "IC-03")) is None
    win.close()
    again = open_window(qtbot, ctx, insp.id)
    assert again.item_views[1].status() == "fail"
    assert again.current == 0  # the first unanswered item
    again.toggle_mode()  # the whole list
    hidden = {"IC-05", "IC-15"}  # asked only when minors are present
    assert all(v.isVisibleTo(again) != (v.item.code in hidden) for v in again.item_views)
    # A tap on another item's button answers it and makes it the current item.
    ic06 = again.item_views[7]  # after IC-14 and the hidden IC-05, IC-15
    qtbot.mouseClick(ic06.answer.outcomes.buttons["pass"], Qt.MouseButton.LeftButton)
    assert again.current == 7
    assert load_inspection(ctx, insp.id).original((CAFE, "IC-06")).outcome == "pass"
    # Clicking into another item's note follows too.
    again.item_views[9].note.setFocus()
    assert again.current == 9
    again.toggle_mode()  # one at a time again
    assert [v.isVisibleTo(again) for v in again.item_views].count(True) == 1


def test_header_changes_are_stored_and_logged(qtbot, ctx, cafe_site):
    from inspector.services.inspection import walk as inspections
    from inspector.ui.inspection.header_dialog import HeaderDialog

    insp = inspections.start_inspection(ctx, cafe_site.id, [CAFE])
    win = open_window(qtbot, ctx, insp.id)
    assert "332.4" in win.distance_panel.computed.text()

    def fill(dialog: HeaderDialog) -> None:
        dialog.edits["co_inspector_name"].setText("王静")
        dialog.coords.setText("25.7912, 113.0300")  # ~133 m from the gate now
        qtbot.keyClick(dialog.coords, Qt.Key.Key_Return)

    when_modal(HeaderDialog, fill)
    assert win.edit_header()
    with read_session(ctx.engine) as s:
        row = s.get(Inspection, insp.id)
        fields = [
            e.field for e in s.exec(select(AuditEntry).where(AuditEntry.inspection_id == insp.id))
        ]
    assert row.co_inspector_name == "王静" and (row.lat, row.lon) == (25.7912, 113.03)
    assert {"co_inspector_name", "lat"} <= set(fields)  # the longitude did not change
    assert "王静" in win.header.text()
    assert "132.9" in win.distance_panel.computed.text()  # recomputed from the new coordinates


def test_site_created_on_the_spot(qtbot, ctx):
    dialog = StartDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.toggle_new.setChecked(True)
    box = dialog.new_site
    box.name.setText("")
    box.create_button.click()
    assert "名称不能为空" in dialog.message.text()
    box.name.setText("路口奶茶店")
    box.kind.setCurrentIndex(box.kind.findData("food_shop"))
    box.address.setText("青石路 8 号")
    dialog.coords.setText("25.7905, 113.0310")
    box.create_button.click()
    assert "路口奶茶店" in dialog.site_label.text()
    ids = dialog.chosen_templates()
    assert "school-food-shop" in ids
    dialog.accept()
    assert dialog.inspection_id is None and "主检查员" in dialog.message.text()
    dialog.lead_name.setText("张伟")
    dialog.accept()
    assert dialog.inspection_id
    view = load_inspection(ctx, dialog.inspection_id)
    assert view.site.name == "路口奶茶店" and view.site.kind == "food_shop"
    assert view.inspection.location_text == "青石路 8 号"
    assert (view.site.lat, view.site.lon) == (25.7905, 113.031)


def test_photo_strip_adds_refuses_and_removes(qtbot, ctx, cafe_site, tmp_path):
    from inspector.services.inspection import walk as inspections

    insp = inspections.start_inspection(ctx, cafe_site.id, [CAFE])
    win = open_window(qtbot, ctx, insp.id)
    win.go_to(2)  # IC-03, photo expected on failure
    view = win.current_view()
    key(qtbot, focused(), Qt.Key.Key_2)
    assert view.photo_prompt.isVisibleTo(view)
    notes = tmp_path / "notes.txt"
    notes.write_text("not a photo", encoding="utf-8")
    broken = tmp_path / "broken.jpg"
    broken.write_bytes(b"\xff\xd8 not really a jpeg")
    photo = _jpeg(tmp_path / "door.jpg")
    added = view.photos.add_files([notes, broken, photo])
    assert [p.path.suffix for p in added] == [".jpg"]
    assert view.photos.message.isVisibleTo(view)  # both refusals are explained beside the strip
    assert "notes.txt" in view.photos.message.text()
    assert not view.photo_prompt.isVisibleTo(view)
    with read_session(ctx.engine) as s:
        assert len(list(s.exec(select(Photo).where(Photo.inspection_id == insp.id)))) == 1
    # A real drop of a file from the desktop goes the same way.
    dropped = _jpeg(tmp_path / "inside.jpg")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(dropped))])
    at_strip = QPointF(view.photos.rect().center())
    enter = QDragEnterEvent(
        at_strip, Qt.DropAction.CopyAction, mime,
        Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
    )  # fmt: skip
    QApplication.sendEvent(view.photos, enter)
    assert enter.isAccepted()
    drop = QDropEvent(
        at_strip, Qt.DropAction.CopyAction, mime,
        Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
    )  # fmt: skip
    QApplication.sendEvent(view.photos, drop)
    assert [p.path.name for p in view.photos.photos][-1] != "inside.jpg"  # stored copy
    assert len(view.photos.photos) == 2
    with read_session(ctx.engine) as s:
        names = [
            p.original_name for p in s.exec(select(Photo).where(Photo.inspection_id == insp.id))
        ]
    assert sorted(names) == ["door.jpg", "inside.jpg"]
    assert view.photos.remove(view.photos.photos[-1])
    assert view.photos.remove(added[0])
    with read_session(ctx.engine) as s:
        assert list(s.exec(select(Photo).where(Photo.inspection_id == insp.id))) == []
    assert view.photo_prompt.isVisibleTo(view)  # asked for again

"""Save as you type in the walk window: real widgets, real keys, the database checked.

Typed text, numbers and notes are stored at every pause of 300 ms, at once when
the focus or the window changes, and a save the storage refuses (a real full
tmpfs) stays on screen, marked 未保存 with its sentence, until it can be stored.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox

from inspector.services.core.context import open_context
from inspector.services.inspection import walk as inspections
from inspector.services.inspection.view import load_inspection
from inspector.services.register.entries import SiteData, save_site
from inspector.ui.inspection.walk_window import WalkWindow
from tests.tmpfs import debris, fill, free, integrity, small_tmpfs, truncate_wal

CAFE = "school-internet-cafe"
LONGER_THAN_A_PAUSE_MS = 650  # the debounce is 300 ms; the old one was 1000 ms for text


@pytest.fixture
def draft(ctx):
    site = save_site(ctx, SiteData(name="星空网吧", kind="internet_cafe", lat=25.79, lon=113.03))
    return inspections.start_inspection(ctx, site.id, [CAFE]).id


def open_at(qtbot, ctx, iid: str, code: str) -> tuple[WalkWindow, object]:
    win = WalkWindow(ctx, iid)
    qtbot.addWidget(win)
    with qtbot.waitActive(win):
        win.show()
        win.activateWindow()
    index = next(i for i, v in enumerate(win.item_views) if v.item.code == code)
    win.go_to(index)
    return win, win.item_views[index]


def stored(ctx, iid: str, code: str):
    return load_inspection(ctx, iid).original((CAFE, code))


def test_text_is_saved_at_every_pause(qtbot, ctx, draft):
    _win, view = open_at(qtbot, ctx, draft, "IC-13")
    edit = view.answer.edit
    assert QApplication.focusWidget() is edit
    qtbot.keyClicks(edit, "door sign")
    assert stored(ctx, draft, "IC-13") is None  # still typing: nothing yet
    assert view.save_mark.state == "pending" and "保存中" in view.save_mark.text()
    qtbot.wait(LONGER_THAN_A_PAUSE_MS)
    assert stored(ctx, draft, "IC-13").text == "door sign"
    assert view.save_mark.state == "saved" and "已保存" in view.save_mark.text()
    qtbot.keyClicks(edit, " missing")
    qtbot.wait(LONGER_THAN_A_PAUSE_MS)
    assert stored(ctx, draft, "IC-13").text == "door sign missing"


def test_numbers_and_notes_are_saved_at_a_pause_and_when_the_focus_moves(qtbot, ctx, draft):
    _win, view = open_at(qtbot, ctx, draft, "IC-04")
    qtbot.keyClicks(view.answer.edit, "7")
    view.note.setFocus()  # the focus leaves the number: stored at once, no pause needed
    assert stored(ctx, draft, "IC-04").count == 7
    qtbot.keyClicks(view.note, "two minors at the back")
    assert load_inspection(ctx, draft).note((CAFE, "IC-04")) == ""
    qtbot.wait(LONGER_THAN_A_PAUSE_MS)
    assert load_inspection(ctx, draft).note((CAFE, "IC-04")) == "two minors at the back"
    assert view.save_mark.state == "saved"


def test_switching_window_saves_what_is_typed(qtbot, ctx, draft):
    win, view = open_at(qtbot, ctx, draft, "IC-13")
    qtbot.keyClicks(view.answer.edit, "left for the map")
    other = QLineEdit()
    qtbot.addWidget(other)
    other.show()
    other.activateWindow()
    qtbot.waitUntil(lambda: not win.isActiveWindow(), timeout=2000)
    # saved on the change of window, well before a pause would have done it
    assert stored(ctx, draft, "IC-13").text == "left for the map"


def _jpeg(path: Path) -> Path:
    Image.new("RGB", (640, 480), (40, 120, 200)).save(path, "JPEG")
    return path


def test_a_full_disk_keeps_the_value_marked_until_it_can_be_saved(qtbot, tmp_path, monkeypatch):
    asked: list[str] = []  # closing with something unsaved asks; answer "close" if it does
    monkeypatch.setattr(
        QMessageBox,
        "warning",
        lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.Close,
    )
    with small_tmpfs(tmp_path / "mnt", 8 * 1024) as mnt:
        ctx = open_context(mnt / "data")
        try:
            site = save_site(ctx, SiteData(name="星空网吧", kind="internet_cafe"))
            iid = inspections.start_inspection(ctx, site.id, [CAFE]).id
            inspections.set_text(ctx, iid, CAFE, "IC-13", "acknowledged before")
            win, view = open_at(qtbot, ctx, iid, "IC-13")
            edit = view.answer.edit
            truncate_wal(ctx.paths.database)
            fill(mnt)
            edit.moveCursor(edit.textCursor().MoveOperation.End)
            qtbot.keyClicks(edit, " and more")
            qtbot.wait(LONGER_THAN_A_PAUSE_MS)
            # not stored, still on screen, marked, with the sentence beside the item
            assert stored(ctx, iid, "IC-13").text == "acknowledged before"
            assert edit.toPlainText() == "acknowledged before and more"
            assert view.save_mark.state == "failed" and "未保存" in view.save_mark.text()
            assert edit.property("unsaved") is True
            assert view.save_error.isVisibleTo(win)
            assert "存储空间已满" in view.save_error.text()
            assert str(ctx.paths.database) in view.save_error.text()
            assert "answer" in view.unsaved
            # a photo on the full disk: its sentence beside the strip, no file left over
            view.photos.add_files([_jpeg(tmp_path / "p.jpg")])
            assert "存储空间已满" in view.photos.message.text()
            assert debris(mnt) == [] and integrity(ctx.paths.database) == "ok"
            # space again: the next focus change stores it and clears the mark
            free(mnt)
            view.note.setFocus()
            qtbot.waitUntil(lambda: view.save_mark.state == "saved", timeout=2000)
            assert stored(ctx, iid, "IC-13").text == "acknowledged before and more"
            assert not view.save_error.isVisibleTo(win) and edit.property("unsaved") is False
            assert view.unsaved == {}
            win.close()
            assert asked == []
        finally:
            ctx.close()


def test_enter_still_moves_on_after_typing(qtbot, ctx, draft):
    win, view = open_at(qtbot, ctx, draft, "IC-04")
    before = win.current
    qtbot.keyClicks(view.answer.edit, "5")
    qtbot.keyClick(view.answer.edit, Qt.Key.Key_Return)
    assert stored(ctx, draft, "IC-04").count == 5
    assert win.current == before + 1


def test_signing_on_a_full_disk_is_told_beside_the_pads(qtbot, tmp_path):
    from inspector.services.demo.document_samples import add_sample_inspection
    from inspector.ui.paperwork.signing_dialog import SigningDialog
    from tests.ui.test_documents_ui import _scribble

    with small_tmpfs(tmp_path / "mnt", 8 * 1024) as mnt:
        ctx = open_context(mnt / "data")
        try:
            iid = add_sample_inspection(ctx, photos=0)
            dlg = SigningDialog(ctx, iid)
            qtbot.addWidget(dlg)
            dlg.show()
            _scribble(dlg.lead.pad)
            _scribble(dlg.party.pad)
            fill(mnt)
            dlg.save()  # the signature PNG cannot be written
            assert dlg.result() == 0
            assert "存储空间已满" in dlg.error.text() and "保存签名" in dlg.error.text()
            assert debris(mnt) == [] and integrity(ctx.paths.database) == "ok"
            free(mnt)
            dlg.save()
            assert dlg.result() == 1, dlg.error.text()
        finally:
            ctx.close()


def test_a_measurement_on_a_full_disk_is_told_in_the_distance_panel(qtbot, tmp_path):
    from inspector.services.register.entries import PointData, SchoolData, save_school

    with small_tmpfs(tmp_path / "mnt", 8 * 1024) as mnt:
        ctx = open_context(mnt / "data")
        try:
            save_school(ctx, SchoolData(name="北湖小学", points=[PointData(25.79, 113.03)]))
            site = save_site(
                ctx, SiteData(name="星空网吧", kind="internet_cafe", lat=25.792, lon=113.03)
            )
            iid = inspections.start_inspection(ctx, site.id, [CAFE]).id
            win, _view = open_at(qtbot, ctx, iid, "IC-01")
            panel = win.distance_panel
            truncate_wal(ctx.paths.database)
            fill(mnt)
            qtbot.keyClicks(panel.distance, "205")
            qtbot.keyClick(panel.distance, Qt.Key.Key_Return)
            assert panel.error.isVisibleTo(panel)
            assert "保存测量没有完成" in panel.error.text() and "存储空间已满" in panel.error.text()
            assert stored(ctx, iid, "IC-01") is None
            assert debris(mnt) == [] and integrity(ctx.paths.database) == "ok"
            free(mnt)
        finally:
            ctx.close()


def test_background_work_tells_a_storage_fault_and_leaves_no_staged_files(tmp_path):
    from inspector.services.core.errors import UserError
    from inspector.ui.shell.background import _guarded, write_staged

    def full(_progress, _cancelled):
        raise OSError(28, "No space left on device", "/media/usb/bulletin.pdf")

    with pytest.raises(UserError) as caught:
        _guarded(full)(lambda *a: None, lambda: False)
    assert "存储空间已满" in str(caught.value) and "/media/usb/bulletin.pdf" in str(caught.value)

    with small_tmpfs(tmp_path / "mnt", 1024) as mnt:
        out = mnt / "out"

        def produce(folder: Path) -> list[Path]:
            big = folder / "bulletin.pdf"
            big.write_bytes(b"%PDF" + b"x" * (2 * 1024 * 1024))  # more than the disk holds
            return [big]

        with pytest.raises(OSError):
            write_staged(out, produce, lambda: False)
        assert debris(mnt) == [] and list(out.iterdir()) == []


def test_typing_back_to_the_stored_text_reads_saved(qtbot, ctx, draft):
    inspections.set_text(ctx, draft, CAFE, "IC-13", "ok")
    _win, view = open_at(qtbot, ctx, draft, "IC-13")
    edit = view.answer.edit
    edit.moveCursor(edit.textCursor().MoveOperation.End)
    qtbot.keyClicks(edit, "x")
    qtbot.keyClick(edit, Qt.Key.Key_Backspace)
    assert view.save_mark.state == "pending"
    qtbot.wait(LONGER_THAN_A_PAUSE_MS)
    assert view.save_mark.state == "saved" and stored(ctx, draft, "IC-13").text == "ok"

"""The sync page, driven like a user: export, bundle with fingerprint, inbox import, conflicts."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from sync_helpers import add_inspection, add_site, open_ctx

from inspector.services.sync import bundle as bundles
from inspector.services.sync import service as sync
from inspector.store.engine import read_session, write_session
from inspector.store.models import Site
from inspector.ui.sync.conflict_dialog import ConflictDialog
from inspector.ui.sync.page import SyncPage


def _wait_job(qtbot, page):
    qtbot.waitUntil(lambda: page.job is None, timeout=30_000)


def test_field_export_shows_pending_and_last_export(qtbot, tmp_path):
    field = open_ctx(tmp_path / "field")
    site = add_site(field)
    add_inspection(field, site.id, photos=2, answers=3)
    page = SyncPage(field)
    qtbot.addWidget(page)
    assert "检查项 3" in page.pending_label.text() and "照片 2" in page.pending_label.text()
    assert "还没有导出过" in page.last_label.text()
    assert not page.office_box.isVisibleTo(page)

    page.start_export(tmp_path / "usb")
    _wait_job(qtbot, page)
    assert "已导出" in page.status_label.text()
    assert "没有尚未导出的更改" in page.pending_label.text()
    assert "第 1 号" in page.last_label.text()
    assert len(list((tmp_path / "usb").glob("*.inspkg"))) == 1
    page.grab().save(str(tmp_path / "field.png"))
    field.close()


def test_bundle_asks_for_the_fingerprint_first(qtbot, tmp_path, monkeypatch):
    office = open_ctx(tmp_path / "office")
    sync.office_init(office, "东风街道创建办")
    path = bundles.build_office_bundle(office, tmp_path / "o.inspbundle")
    field = open_ctx(tmp_path / "field")
    page = SyncPage(field)
    qtbot.addWidget(page)
    seen = []
    page._confirm_fingerprint = lambda name, fp: seen.append(fp) or False  # the user says no
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warnings.append(a[-1]))
    assert not page.install_bundle(path)
    assert seen == [sync.own_office(office).fingerprint]
    assert warnings and seen[0] in warnings[0]
    assert sync.trusted_office(field) is None
    assert page.install_bundle(path, confirm=lambda name, fp: True)
    assert "东风街道创建办" in page.office_label.text()
    field.close()
    office.close()


def test_office_imports_inbox_and_resolves_a_conflict(qtbot, tmp_path):
    office = open_ctx(tmp_path / "office")
    sync.office_init(office, "东风街道创建办")
    field = open_ctx(tmp_path / "field")
    sync.register_device(office, sync.device_identity(field).card())
    site = add_site(field)
    inbox = tmp_path / "inbox"
    sync.export_changes(field, inbox)

    page = SyncPage(office)
    qtbot.addWidget(page)
    page.show()
    assert page.office_box.isVisible()
    page.inbox_edit.setText(str(inbox))
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    _wait_job(qtbot, page)
    assert page.log_table.rowCount() == 1
    assert page.log_table.item(0, 4).text() == "已导入"
    assert sync.inbox_dir(office) == inbox

    # the office corrects the site, the device changes it too: a conflict
    for ctx, phone in ((office, "111"), (field, "222")):
        with write_session(ctx.engine) as s:
            row = s.get(Site, site.id)
            row.phone = phone
            row.touch(ctx.device_id)
            s.add(row)
    sync.export_changes(field, inbox)
    page.start_import()
    _wait_job(qtbot, page)
    assert page.conflict_table.rowCount() == 1
    page.grab().save(str(tmp_path / "office.png"))

    dialog = ConflictDialog(office, page.conflicts[0], page)
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()  # a reason is required
    dialog.take_incoming.setChecked(True)
    dialog.reason.setPlainText("电话以现场核实为准")
    assert ok.isEnabled()
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    page.refresh()
    assert page.conflict_table.rowCount() == 0
    with read_session(office.engine) as s:
        assert s.get(Site, site.id).phone == "222"
    field.close()
    office.close()


def test_cancel_button_stops_the_import(qtbot, tmp_path):
    office = open_ctx(tmp_path / "office")
    sync.office_init(office, "东风街道创建办")
    field = open_ctx(tmp_path / "field")
    sync.register_device(office, sync.device_identity(field).card())
    site = add_site(field)
    add_inspection(field, site.id, photos=5, answers=20)
    sync.export_changes(field, tmp_path / "inbox")
    page = SyncPage(office)
    qtbot.addWidget(page)
    page.show()
    page.inbox_edit.setText(str(tmp_path / "inbox"))
    page.start_import()
    assert page.cancel_button.isVisible() and page.progress.isVisible()
    qtbot.mouseClick(page.cancel_button, Qt.MouseButton.LeftButton)
    _wait_job(qtbot, page)
    assert "已取消" in page.status_label.text()
    assert not page.cancel_button.isVisible()
    with read_session(office.engine) as s:
        assert s.get(Site, site.id) is None
    field.close()
    office.close()


def test_becoming_the_office_registering_and_writing_a_bundle(qtbot, tmp_path):
    ctx = open_ctx(tmp_path / "office")
    page = SyncPage(ctx)
    qtbot.addWidget(page)
    page.show()
    assert page.office_mode_button.isVisible() and not page.office_box.isVisible()
    page.make_office("东风街道创建办")
    assert page.office_box.isVisible() and not page.office_mode_button.isVisible()
    fp = sync.own_office(ctx).fingerprint
    assert fp in page.own_office_label.text() and "0 台" in page.own_office_label.text()

    field = open_ctx(tmp_path / "field")
    card = tmp_path / "card.json"
    sync.write_device_card(field, card)
    assert page.register_card(card)
    assert "1 台" in page.own_office_label.text()
    assert page.write_bundle(tmp_path / "o.inspbundle")
    done = bundles.import_office_bundle(field, tmp_path / "o.inspbundle", fp)
    assert done.office_name == "东风街道创建办"
    page.resize(1000, 700)
    page.grab().save(str(tmp_path / "office-mode.png"))
    field.close()
    ctx.close()


def test_device_card_button_writes_a_card_the_office_accepts(qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    field = open_ctx(tmp_path / "field")
    page = SyncPage(field)
    qtbot.addWidget(page)
    target = tmp_path / "card.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    qtbot.mouseClick(page.card_button, Qt.MouseButton.LeftButton)
    fp = sync.device_identity(field).fingerprint
    assert fp in page.status_label.text()
    office = open_ctx(tmp_path / "office")
    sync.office_init(office, "东风街道创建办")
    assert sync.register_device(office, target).fingerprint == fp
    field.close()
    office.close()

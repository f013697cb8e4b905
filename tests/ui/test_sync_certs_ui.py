"""The office sees every package's outcome and trusts a device's certificate only when it says so."""

from __future__ import annotations

from datetime import timedelta

from sqlmodel import select
from sync_helpers import add_inspection, add_site, open_ctx

from inspector.services.paperwork import keys
from inspector.services.sync import bundle as bundles
from inspector.services.sync import service as sync
from inspector.store.engine import write_session
from inspector.store.models import Answer
from inspector.store.types import utcnow
from inspector.ui.sync.page import SyncPage


def test_import_lists_each_package_and_a_certificate_waits_for_the_office(qtbot, tmp_path):
    field = open_ctx(tmp_path / "field")
    field.settings.inspector_name = "张三"
    field.save_settings()
    info = keys.create_self_signed(field, "口令 1234")  # the program's own inspector certificate
    insp = add_inspection(field, add_site(field).id, photos=1)  # lead inspector 张三
    with write_session(field.engine) as s:  # one answer dated three days ahead (a wrong clock)
        answer = s.exec(select(Answer).where(Answer.inspection_id == insp.id)).first()
        answer.created_at = utcnow() + timedelta(days=3)
        s.add(answer)
    office = open_ctx(tmp_path / "office")
    sync.office_init(office, "东风街道创建办")
    office.settings.office_mode = True
    sync.register_device(office, sync.device_identity(field).card())
    inbox = tmp_path / "inbox"
    pkg = sync.export_changes(field, inbox).path
    (inbox / ("0" + pkg.name)).write_bytes(b"not a package at all")  # sorts first

    page = SyncPage(office)
    qtbot.addWidget(page)
    assert not page.certs_box.isVisibleTo(page)
    page.inbox_edit.setText(str(inbox))
    page.start_import()
    qtbot.waitUntil(lambda: page.job is None, timeout=30_000)
    status = page.status_label.text()
    assert ("0" + pkg.name) in status and "zip" in status  # the refused one, with its reason
    assert pkg.name in status and "已导入" in status and "待办公室人员确认" in status
    assert "1 条记录的时间比现在晚一天以上" in status  # kept, and flagged
    assert (tmp_path / "refused" / ("0" + pkg.name + ".reason.txt")).is_file()

    assert page.certs_box.isVisibleTo(page) and page.certs_box.table.rowCount() == 1
    shown = [page.certs_box.table.item(0, j).text() for j in range(4)]
    assert "CN=张三" in shown[0]
    assert shown[1].replace(" ", "") == info.fingerprint
    assert bundles.build_office_bundle(office, tmp_path / "b1.inspbundle")
    assert not (office.paths.root / "office" / "certs").exists()

    asked = []
    page.certs_box.confirm = lambda text: asked.append(text) or False  # the user says no
    assert not page.certs_box.accept(info.fingerprint)
    assert "张三" in asked[0] and field.device_id in asked[0]
    assert sync.pending_certificates(office)[0].status == "pending"
    page.certs_box.confirm = lambda text: True
    assert page.certs_box.accept(info.fingerprint)
    assert not page.certs_box.isVisibleTo(page)
    (trusted,) = (office.paths.root / "office" / "certs").iterdir()
    assert keys.cert_der_from_file(trusted) == keys.cert_der_from_file(info.cert_path)
    page.grab().save(str(tmp_path / "office.png"))
    field.close()
    office.close()


def test_the_conflict_dialog_explains_a_change_to_another_devices_record(qtbot, tmp_path):
    from inspector.store.models import SyncConflict
    from inspector.ui.sync.conflict_dialog import ConflictDialog

    office = open_ctx(tmp_path / "office")
    conflict = SyncConflict(
        table_name="inspection", row_id="r1", kind="foreign", current_json="{}",
        incoming_json='{"notes": "改写"}', device_id="0a000000-0000", current_version=1,
        incoming_version=2,
    )  # fmt: skip
    dialog = ConflictDialog(office, conflict)
    qtbot.addWidget(dialog)
    from PySide6.QtWidgets import QLabel

    texts = [w.text() for w in dialog.findChildren(QLabel)]
    assert any("另一台设备创建" in t and "0a000000" in t for t in texts)
    office.close()

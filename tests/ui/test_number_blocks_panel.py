"""The sync page's number-block panel: the office assigns with a click, the device is warned."""

from __future__ import annotations

from PySide6.QtCore import Qt
from sync_helpers import open_ctx

from inspector.services.paperwork import numbering as doc_numbers
from inspector.services.sync import bundle as bundles
from inspector.services.sync import service as sync
from inspector.ui.sync.page import SyncPage


def test_office_assigns_a_block_and_the_device_sees_it_run_low(qtbot, tmp_path):
    office = open_ctx(tmp_path / "office")
    page = SyncPage(office)
    qtbot.addWidget(page)
    page.show()
    page.make_office("东风街道创建办")
    field = open_ctx(tmp_path / "field")
    card = tmp_path / "card.json"
    sync.write_device_card(field, card)
    assert page.register_card(card)
    panel = page.numbers_panel
    assert panel.assign_button.isVisible() and panel.device_combo.count() == 1
    panel.prefix_edit.setText("东风巡-")
    panel.count_spin.setValue(20)
    qtbot.mouseClick(panel.assign_button, Qt.MouseButton.LeftButton)
    assert panel.table.rowCount() == 1 and panel.table.item(0, 0).text() == "东风巡-1–20"
    assert "已分配" in panel.status_label.text()
    assert page.write_bundle(tmp_path / "o.inspbundle")

    bundles.import_office_bundle(
        field, tmp_path / "o.inspbundle", sync.own_office(office).fingerprint
    )
    device_page = SyncPage(field)
    qtbot.addWidget(device_page)
    device_page.show()
    dp = device_page.numbers_panel
    assert not dp.assign_button.isVisible()
    assert "剩余 20 个" in dp.status_label.text() and "即将用完" not in dp.status_label.text()
    for _ in range(10):
        doc_numbers.issue_number(field, "record")
    device_page.refresh()
    assert "剩余 10 个" in dp.status_label.text() and "即将用完" in dp.status_label.text()
    field.close()
    office.close()

"""The office's sync page lists every package of an inbox with its own outcome.

An inbox holds, in this order, a package whose manifest is nested 5000 arrays
deep, a file that is not a zip, and a valid package from a registered device
whose clock ran three days ahead. Clicking "import" on the page moves
the first two to ``refused/`` with their reasons, imports the third, and the
page's import log shows one row per package: two refusals with their
sentences, one import that flags the row dated in the future (kept, not
refused).
"""

from __future__ import annotations

import zipfile
from datetime import UTC, datetime, timedelta

from PySide6.QtCore import Qt
from sync_helpers import add_site, open_ctx

from inspector.services.sync import service as sync
from inspector.store.engine import read_session
from inspector.store.models import Site
from inspector.store.types import fixed_clock
from inspector.ui.sync.page import SyncPage

DEEP = "00000000-0000-4000-8000-000000000001-000001.inspkg"
GARBAGE = "00000000-0000-4000-8000-000000000002-000001.inspkg"


def test_inbox_outcomes_are_listed_per_package_and_a_future_row_is_flagged(qtbot, tmp_path):
    office = open_ctx(tmp_path / "office")
    sync.office_init(office, "东风街道创建办")
    field = open_ctx(tmp_path / "field")
    sync.register_device(office, sync.device_identity(field).card())
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    with zipfile.ZipFile(inbox / DEEP, "w") as zf:  # sorts before the valid package
        zf.writestr("manifest.json", "[" * 5000 + "]" * 5000)
    (inbox / GARBAGE).write_bytes(b"not a zip at all")
    ahead = datetime.now(UTC) + timedelta(days=3)  # the device's clock runs three days ahead
    with fixed_clock(ahead):
        site = add_site(field, "未来网吧")
    with fixed_clock(ahead + timedelta(minutes=5)):
        valid = sync.export_changes(field, inbox).path.name

    page = SyncPage(office)
    qtbot.addWidget(page)
    page.show()
    page.inbox_edit.setText(str(inbox))
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.job is None, timeout=30_000)

    shown = {
        page.log_table.item(i, 1).text(): (
            page.log_table.item(i, 4).text(),
            page.log_table.item(i, 5).text(),
        )
        for i in range(page.log_table.rowCount())
    }
    assert set(shown) == {DEEP, GARBAGE, valid}
    assert shown[DEEP][0] == shown[GARBAGE][0] == "拒收"
    assert "嵌套 5000 层，超过上限 8 层" in shown[DEEP][1]
    assert "不是完整的 zip 文件" in shown[GARBAGE][1]
    assert shown[valid][0] == "已导入"
    assert "有 1 条记录的时间比现在晚一天以上（已保留，请核对设备时钟）" in shown[valid][1]
    refused = inbox.parent / "refused"
    assert sorted(p.name for p in refused.iterdir()) == sorted(
        [DEEP, DEEP + ".reason.txt", GARBAGE, GARBAGE + ".reason.txt"]
    )
    with read_session(office.engine) as s:  # the row is kept, as it was sent
        assert s.get(Site, site.id).name == "未来网吧"
    field.close()
    office.close()

"""The sync page opens the office's inbox and refused folders; a device says when it kept its policy."""

from __future__ import annotations

import shutil

from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox
from sync_helpers import open_ctx

from inspector.resources import resource
from inspector.services.sync import bundle as bundles
from inspector.services.sync import service as sync
from inspector.sync.bundle import build_bundle
from inspector.ui.sync.page import SyncPage


def test_office_page_opens_inbox_and_refused_folders(qtbot, tmp_path, monkeypatch):
    office = open_ctx(tmp_path / "office")
    sync.office_init(office, "东风街道创建办")
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    page = SyncPage(office)
    qtbot.addWidget(page)
    page.show()
    buttons = page.folder_buttons
    assert buttons.open_inbox_button.isVisible() and buttons.open_refused_button.isVisible()
    shutil.rmtree(office.paths.root / "refused")  # removed by hand: made again when opened
    qtbot.mouseClick(buttons.open_inbox_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(buttons.open_refused_button, Qt.MouseButton.LeftButton)
    assert [u.toLocalFile() for u in opened] == [
        str(office.paths.root / "inbox"),
        str(office.paths.root / "refused"),
    ]
    assert (office.paths.root / "refused").is_dir()
    office.close()


def test_device_page_says_it_kept_its_policy(qtbot, tmp_path, monkeypatch):
    office = open_ctx(tmp_path / "office")
    sync.office_init(office, "东风街道创建办")
    (tmp_path / "policy").mkdir()
    lists = resource("policy", "lists.yaml").read_text("utf-8")
    (tmp_path / "policy" / "lists.yaml").write_text(lists, "utf-8")
    office.settings.policy_dir = str(tmp_path / "policy")
    good = bundles.build_office_bundle(office, tmp_path / "good.inspbundle")
    bundle = bundles.read_office_bundle(good)
    entries = dict(bundle.entries)
    entries["policy/lists.yaml"] = lists.replace("score_below: 60", "score_below: lots").encode()
    signing, _enc = sync.office_private_keys(office)
    bad = tmp_path / "bad.inspbundle"
    bad.write_bytes(build_bundle(bundle.manifest, entries, signing))
    field = open_ctx(tmp_path / "field")
    page = SyncPage(field)
    qtbot.addWidget(page)
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warnings.append(a[-1]))
    assert page.install_bundle(bad, confirm=lambda name, fp: True)
    assert len(warnings) == 1
    assert "保留了原有的检查表和策略" in warnings[0] and "black.score_below" in warnings[0]
    assert not (field.paths.root / "office" / "policy").exists()
    assert field.settings.policy_dir == ""
    field.close()
    office.close()

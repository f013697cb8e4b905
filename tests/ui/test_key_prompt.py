"""Encrypted sync keys: the sync page asks for the passphrase once, and checks it."""

from __future__ import annotations

from sync_helpers import add_inspection, add_site, open_ctx

from inspector.services.sync import service as sync
from inspector.sync import keys
from inspector.ui.shell import key_prompt
from inspector.ui.sync.page import SyncPage


def test_export_asks_for_the_passphrase_of_an_encrypted_device_key(qtbot, tmp_path, monkeypatch):
    field = open_ctx(tmp_path / "field")
    field.key_passphrase = "外勤口令"
    sync.device_signing_key(field)  # the device key, encrypted
    field.key_passphrase = None
    assert keys.is_encrypted(field.paths.keys / keys.DEVICE_KEY_FILE)
    add_inspection(field, add_site(field).id, answers=2)
    page = SyncPage(field)
    qtbot.addWidget(page)
    typed = iter([("", False), ("不对", True), ("外勤口令", True)])
    asked: list[str] = []
    warned: list[str] = []

    def answer(prompt: key_prompt.KeyPrompt) -> bool:  # the user types into the real dialog
        assert prompt.textEchoMode() == prompt.textEchoMode().Password
        asked.append(prompt.labelText())
        text, ok = next(typed)
        prompt.setTextValue(text)
        return ok

    monkeypatch.setattr(key_prompt.KeyPrompt, "exec", answer)
    monkeypatch.setattr(key_prompt.QMessageBox, "warning", lambda _p, _t, text: warned.append(text))
    usb = tmp_path / "usb"
    page.start_export(usb)  # cancelled
    page.start_export(usb)  # wrong passphrase
    assert page.job is None and not usb.exists()
    assert warned == ["密钥口令不正确。"]
    page.start_export(usb)
    qtbot.waitUntil(lambda: page.job is None, timeout=30_000)
    assert len(list(usb.glob("*.inspkg"))) == 1
    assert len(asked) == 3 and "已加密" in asked[0]
    page.start_export(usb)  # known for the rest of the session: not asked again
    qtbot.waitUntil(lambda: page.job is None, timeout=30_000)
    assert len(asked) == 3
    field.close()

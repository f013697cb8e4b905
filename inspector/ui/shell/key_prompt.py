"""Ask once per session for the passphrase of encrypted sync keys (like the signing key's)."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox, QWidget

from inspector.services.core.context import AppContext
from inspector.sync import keys

SYNC_KEY_FILES = (keys.DEVICE_KEY_FILE, keys.OFFICE_SIGNING_FILE, keys.OFFICE_ENCRYPTION_FILE)


class KeyPrompt(QInputDialog):
    """The passphrase field, hidden as it is typed; its texts follow the interface language
    while it is open (Qt's own OK and Cancel follow by themselves)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("key_prompt")
        self.setInputMode(QInputDialog.InputMode.TextInput)
        self.setTextEchoMode(QLineEdit.EchoMode.Password)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("密钥口令"))
        self.setLabelText(self.tr("同步密钥已加密：请输入密钥口令"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def wrong(self) -> None:
        """Say that the passphrase does not open the keys."""
        QMessageBox.warning(self.parentWidget(), self.tr("密钥口令"), self.tr("密钥口令不正确。"))


def sync_passphrase_ready(parent: QWidget | None, ctx: AppContext) -> bool:
    """True when the sync keys can be used: unencrypted, or the passphrase is known or
    was just entered (and checked). False when the user cancels or types a wrong one."""
    encrypted = [
        ctx.paths.keys / name for name in SYNC_KEY_FILES if keys.is_encrypted(ctx.paths.keys / name)
    ]
    if not encrypted or ctx.passphrase:
        return True
    prompt = KeyPrompt(parent)
    try:
        if not prompt.exec():
            return False
        value = prompt.textValue()
        try:
            keys.load_existing(encrypted[0], value)
        except keys.KeyFileError:
            prompt.wrong()
            return False
    finally:
        prompt.deleteLater()
    ctx.key_passphrase = value
    return True

"""Ask once per session for the passphrase of encrypted sync keys (like the signing key's)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox, QWidget

from inspector.services.core.context import AppContext
from inspector.sync import keys

SYNC_KEY_FILES = (keys.DEVICE_KEY_FILE, keys.OFFICE_SIGNING_FILE, keys.OFFICE_ENCRYPTION_FILE)


def sync_passphrase_ready(parent: QWidget | None, ctx: AppContext) -> bool:
    """True when the sync keys can be used: unencrypted, or the passphrase is known or
    was just entered (and checked). False when the user cancels or types a wrong one."""
    encrypted = [
        ctx.paths.keys / name for name in SYNC_KEY_FILES if keys.is_encrypted(ctx.paths.keys / name)
    ]
    if not encrypted or ctx.passphrase:
        return True
    value, ok = QInputDialog.getText(
        parent,
        QCoreApplication.translate("KeyPrompt", "密钥口令"),
        QCoreApplication.translate("KeyPrompt", "同步密钥已加密：请输入密钥口令"),
        QLineEdit.EchoMode.Password,
    )
    if not ok:
        return False
    try:
        keys.load_existing(encrypted[0], value)
    except keys.KeyFileError:
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("KeyPrompt", "密钥口令"),
            QCoreApplication.translate("KeyPrompt", "密钥口令不正确。"),
        )
        return False
    ctx.key_passphrase = value
    return True

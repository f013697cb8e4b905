"""The sync page's keys and bundles: the office bundle a field device installs, the
device card it hands over, and on the office side its identity, registered devices and
the bundle it writes.

:class:`SyncKeysActions` is the base of :class:`~inspector.ui.sync.page.SyncPage`;
its texts are in the page's translation context. Every write runs as an operation
(:func:`~inspector.ui.shell.operations.run_op`), so the page and the other views follow.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLabel, QMessageBox, QWidget

from inspector.services.core.context import AppContext
from inspector.services.core.errors import UserError
from inspector.services.sync import bundle as bundles
from inspector.services.sync import service as sync
from inspector.ui.shell.i18n import error_text, service_text
from inspector.ui.shell.key_prompt import sync_passphrase_ready
from inspector.ui.shell.operations import run_op


class SyncKeysActions(QWidget):
    """Bundles, device cards and the office identity (the page provides the widgets)."""

    ctx: AppContext
    status_label: QLabel

    # ---------------------------------------------------------------- office bundle

    def _choose_bundle(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            QCoreApplication.translate("SyncPage", "选择办公室配置包"),
            str(Path.home()),
            QCoreApplication.translate("SyncPage", "配置包 (*.inspbundle)"),
        )
        if path:
            self.install_bundle(Path(path))

    def install_bundle(self, path: Path, confirm: Callable[[str, str], bool] | None = None) -> bool:
        """Install a bundle; on first use ask to confirm the office fingerprint."""
        confirm = confirm or self._confirm_fingerprint
        try:
            try:
                done = run_op(self, lambda: bundles.import_office_bundle(self.ctx, path))
            except bundles.UntrustedOffice as exc:
                if exc.changed or not confirm(exc.office_name, exc.fingerprint):
                    raise
                fingerprint = exc.fingerprint
                done = run_op(
                    self, lambda: bundles.import_office_bundle(self.ctx, path, fingerprint)
                )
        except UserError as exc:
            self.status_label.setText(error_text(exc))
            QMessageBox.warning(
                self, QCoreApplication.translate("SyncPage", "办公室配置包"), error_text(exc)
            )
            return False
        self.status_label.setText(
            QCoreApplication.translate("SyncPage", "已安装办公室“%1”的第 %2 号配置包。")
            .replace("%1", done.office_name)
            .replace("%2", str(done.sequence))
        )
        if done.problems:  # templates and policy were kept as they were
            QMessageBox.warning(
                self,
                QCoreApplication.translate("SyncPage", "办公室配置包"),
                service_text(done.kept_message),
            )
        return True

    def _confirm_fingerprint(self, office_name: str, fingerprint: str) -> bool:
        text = (
            QCoreApplication.translate(
                "SyncPage",
                "首次导入办公室“%1”的配置包。\n\n请与办公室核对密钥指纹：\n%2\n\n指纹一致吗？",
            )
            .replace("%1", office_name)
            .replace("%2", fingerprint)
        )
        answer = QMessageBox.question(
            self, QCoreApplication.translate("SyncPage", "确认办公室密钥"), text
        )
        return answer == QMessageBox.StandardButton.Yes

    def _choose_card_target(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            QCoreApplication.translate("SyncPage", "保存设备信息"),
            str(Path.home() / f"device-{self.ctx.device_id[:8]}.json"),
            QCoreApplication.translate("SyncPage", "设备信息 (*.json)"),
        )
        if path:
            ident = run_op(self, lambda: sync.write_device_card(self.ctx, Path(path)))
            self.status_label.setText(
                QCoreApplication.translate("SyncPage", "已写出设备信息 %1，公钥指纹 %2。")
                .replace("%1", path)
                .replace("%2", ident.fingerprint)
            )

    # ---------------------------------------------------------------- office identity

    def _ask_office_init(self) -> None:
        name, ok = QInputDialog.getText(
            self,
            QCoreApplication.translate("SyncPage", "设为办公室"),
            QCoreApplication.translate(
                "SyncPage", "本机将作为办公室接收外勤设备的数据包。办公室名称："
            ),
            text=self.ctx.settings.office_name,
        )
        if ok and name.strip():
            self.make_office(name.strip())

    def make_office(self, name: str) -> None:
        if not sync_passphrase_ready(self, self.ctx):
            return
        office = run_op(self, lambda: sync.office_init(self.ctx, name))
        self.status_label.setText(
            QCoreApplication.translate("SyncPage", "本机已是办公室“%1”，密钥指纹 %2。")
            .replace("%1", office.name)
            .replace("%2", office.fingerprint)
        )

    def _choose_device_card(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            QCoreApplication.translate("SyncPage", "选择设备信息文件"),
            str(Path.home()),
            QCoreApplication.translate("SyncPage", "设备信息 (*.json)"),
        )
        if path:
            self.register_card(Path(path))

    def register_card(self, path: Path) -> bool:
        try:
            dev = run_op(self, lambda: sync.register_device(self.ctx, path))
        except UserError as exc:
            QMessageBox.warning(
                self, QCoreApplication.translate("SyncPage", "登记设备"), error_text(exc)
            )
            return False
        self.status_label.setText(
            QCoreApplication.translate("SyncPage", "已登记设备 %1，指纹 %2。")
            .replace("%1", dev.name)
            .replace("%2", dev.fingerprint)
        )
        return True

    def _choose_bundle_target(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            QCoreApplication.translate("SyncPage", "保存办公室配置包"),
            str(Path.home() / "office.inspbundle"),
            QCoreApplication.translate("SyncPage", "配置包 (*.inspbundle)"),
        )
        if path:
            self.write_bundle(Path(path))

    def write_bundle(self, path: Path) -> bool:
        if not sync_passphrase_ready(self, self.ctx):
            return False
        try:
            written = run_op(self, lambda: bundles.build_office_bundle(self.ctx, path))
        except UserError as exc:
            QMessageBox.warning(
                self, QCoreApplication.translate("SyncPage", "办公室配置包"), error_text(exc)
            )
            return False
        self.status_label.setText(
            QCoreApplication.translate("SyncPage", "已写出配置包 %1。").replace("%1", str(written))
        )
        return True

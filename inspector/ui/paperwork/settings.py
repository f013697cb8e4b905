"""Paperwork settings: the document number block, the trust list folder, the signing certificate."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from inspector.services.core.context import AppContext
from inspector.services.core.errors import UserError, storage_faults
from inspector.store.atomic import copy_durably
from inspector.ui.shell.i18n import error_text
from inspector.ui.shell.spin_limits import say_refusals


class PaperworkSettingsDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        from inspector.services.paperwork.keys import trust_dir
        from inspector.services.paperwork.numbering import block_config

        self.ctx = ctx
        self.setObjectName("paperwork_settings")
        self.setWindowTitle(self.tr("文书设置"))
        cfg = block_config(ctx)
        self.prefix = QLineEdit("" if cfg.provisional else cfg.prefix)
        self.prefix.setPlaceholderText(self.tr("创建办分配的编号前缀，如 苏仙巡〔2026〕"))
        self.first = QSpinBox()
        self.last = QSpinBox()
        for spin in (self.first, self.last):
            spin.setRange(1, 9_999_999)
            say_refusals(spin)
        self.first.setValue(cfg.first)
        self.last.setValue(cfg.last)
        self.left_label = QLabel()
        numbers = QGroupBox(self.tr("文书编号段"))
        nform = QFormLayout(numbers)
        nform.addRow(self.tr("前缀"), self.prefix)
        nform.addRow(self.tr("起始号"), self.first)
        nform.addRow(self.tr("结束号"), self.last)
        nform.addRow("", self.left_label)
        self.trust = QLineEdit(str(trust_dir(ctx)))
        browse = QPushButton(self.tr("选择…"))
        browse.clicked.connect(self._choose_trust_dir)
        trow = QHBoxLayout()
        trow.addWidget(self.trust, 1)
        trow.addWidget(browse)
        self.key_label = QLabel()
        self.key_label.setWordWrap(True)
        export = QPushButton(self.tr("导出本人证书…"))
        export.clicked.connect(self._export_cert)
        import_p12 = QPushButton(self.tr("导入单位证书（PKCS#12）…"))
        import_p12.clicked.connect(self._import_p12)
        krow = QHBoxLayout()
        krow.addWidget(export)
        krow.addWidget(import_p12)
        krow.addStretch(1)
        signing = QGroupBox(self.tr("数字签名"))
        sform = QFormLayout(signing)
        sform.addRow(self.tr("信任列表文件夹"), trow)
        sform.addRow(self.tr("签名证书"), self.key_label)
        sform.addRow("", krow)
        self.error = QLabel()
        self.error.setStyleSheet("QLabel { color: #b00020; }")
        self.error.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(numbers)
        lay.addWidget(signing)
        lay.addWidget(self.error)
        lay.addWidget(buttons)
        self.retranslateUi()
        self.resize(620, 420)

    def retranslateUi(self) -> None:
        """What is composed here (numbers left, the certificate) in the interface language."""
        from inspector.services.paperwork.numbering import block_config, remaining

        cfg = block_config(self.ctx)
        left = self.tr("剩余 %1 个").replace("%1", str(remaining(self.ctx)))
        if cfg.provisional:
            left += self.tr("（当前为临时编号段 %1）").replace("%1", cfg.prefix)
        self.left_label.setText(left)
        self._show_key()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def _show_key(self) -> None:
        from inspector.services.paperwork.keys import key_info

        info = key_info(self.ctx)
        if info is None:
            self.key_label.setText(self.tr("尚未生成（首次签名时生成自签名证书）"))
            return
        lines = [
            info.subject,
            self.tr("指纹：%1").replace("%1", info.fingerprint[:32]),
            self.tr("有效期至：%1").replace("%1", f"{info.not_after:%Y-%m-%d}"),
            self.tr("在信任列表中") if info.trusted else self.tr("不在信任列表中"),
        ]
        if info.label == "demo":
            lines.append(self.tr("演示证书，无口令保护"))
        self.key_label.setText("\n".join(lines))

    def _choose_trust_dir(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("信任列表文件夹"), self.trust.text()
        )
        if folder:
            self.trust.setText(folder)

    def _export_cert(self) -> None:
        from inspector.services.paperwork.keys import key_info

        info = key_info(self.ctx)
        if info is None:
            self.error.setText(self.tr("尚未生成签名证书。"))
            return
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("导出证书"), "inspector-cert.pem", self.tr("证书 (*.pem)")
        )
        if not name:
            return
        try:
            with storage_faults(str(QT_TRANSLATE_NOOP("services", "导出证书"))):
                copy_durably(info.cert_path, name)
        except UserError as exc:  # a full or read-only disk
            self.error.setText(error_text(exc))

    def _import_p12(self) -> None:
        from inspector.services.paperwork.keys import import_pkcs12

        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("导入证书"), "", self.tr("PKCS#12 (*.p12 *.pfx)")
        )
        if not name:
            return
        password, ok = QInputDialog.getText(
            self, self.tr("导入证书"), self.tr("证书文件密码"), QLineEdit.EchoMode.Password
        )
        if not ok:
            return
        passphrase, ok = QInputDialog.getText(
            self, self.tr("导入证书"), self.tr("设置本机签名密钥口令"), QLineEdit.EchoMode.Password
        )
        if not ok:
            return
        try:
            import_pkcs12(self.ctx, Path(name), password, passphrase)
        except UserError as exc:
            self.error.setText(error_text(exc))
            return
        self._show_key()

    def save(self) -> None:
        from inspector.services.paperwork.keys import set_trust_dir, trust_dir
        from inspector.services.paperwork.numbering import set_block

        try:
            if self.prefix.text().strip():
                set_block(self.ctx, self.prefix.text(), self.first.value(), self.last.value())
            folder = self.trust.text().strip()
            if folder and Path(folder) != trust_dir(self.ctx):
                set_trust_dir(self.ctx, Path(folder))
        except UserError as exc:
            self.error.setText(error_text(exc))
            return
        self.accept()

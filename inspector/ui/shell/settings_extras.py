"""Rows the product capability adds to the settings dialog (设置).

Office policy folder, backup folder, the CJK font for PDFs and the interface
language. ``SettingsDialog`` builds them with :class:`SettingsExtras`, calls
:meth:`SettingsExtras.store` before saving the settings and
:meth:`SettingsExtras.apply` after.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QWidget,
)

from inspector.services.core import backups
from inspector.services.core.context import AppContext
from inspector.ui.shell.i18n import apply_language, language_names


class SettingsExtras(QWidget):
    def __init__(self, ctx: AppContext, form: QFormLayout, parent: QWidget):
        super().__init__(parent)
        self.ctx = ctx
        s = ctx.settings
        self.policy_dir = QLineEdit(s.policy_dir)
        self.policy_dir.setObjectName("policy_dir")
        self.policy_dir.setPlaceholderText(self.tr("留空：使用内置政策"))
        self.backup_dir = QLineEdit(s.backup_dir)
        self.backup_dir.setObjectName("backup_dir")
        self.backup_dir.setPlaceholderText(str(backups.backup_dir(ctx)))
        self.font_path = QLineEdit(s.font_path)
        self.font_path.setObjectName("font_path")
        self.font_path.setPlaceholderText(self.tr("留空：自动查找本机中文字体"))
        self.language = QComboBox()
        self.language.setObjectName("language")
        for code, label in language_names():
            self.language.addItem(label, code)
        self.language.setCurrentIndex(max(0, self.language.findData(s.language or "")))
        self.document_language = QComboBox()
        self.document_language.setObjectName("document_language")
        self.document_language.addItem("中文", "zh_CN")
        self.document_language.addItem("English", "en")
        self.document_language.setCurrentIndex(
            max(0, self.document_language.findData(s.document_language))
        )
        form.addRow(self.tr("本单位政策文件夹"), self._row(self.policy_dir, self._pick_policy))
        form.addRow(self.tr("备份文件夹"), self._row(self.backup_dir, self._pick_backup))
        form.addRow(self.tr("PDF 中文字体"), self._row(self.font_path, self._pick_font))
        form.addRow(self.tr("界面语言"), self.language)
        form.addRow(self.tr("文书语言"), self.document_language)
        self.hide()  # holds the widgets' logic; the rows live in the dialog's form

    def _row(self, edit: QLineEdit, slot) -> QHBoxLayout:
        button = QPushButton(self.tr("选择…"))
        button.clicked.connect(slot)
        row = QHBoxLayout()
        row.addWidget(edit, 1)
        row.addWidget(button)
        return row

    def _pick_policy(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self.parentWidget(), self.tr("选择政策文件夹"), self.policy_dir.text()
        )
        if folder:
            self.policy_dir.setText(folder)

    def _pick_backup(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self.parentWidget(), self.tr("选择备份文件夹"), str(backups.backup_dir(self.ctx))
        )
        if folder:
            self.backup_dir.setText(folder)

    def _pick_font(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.parentWidget(),
            self.tr("选择中文字体"),
            self.font_path.text(),
            self.tr("TrueType 字体 (*.ttf *.ttc);;所有文件 (*)"),
        )
        if path:
            self.font_path.setText(path)

    def store(self) -> None:
        """Copy the rows into ``ctx.settings`` (the dialog saves them)."""
        s = self.ctx.settings
        s.policy_dir = self.policy_dir.text().strip()
        s.backup_dir = self.backup_dir.text().strip()
        s.font_path = self.font_path.text().strip()
        self._language_changed = s.language != (self.language.currentData() or "")
        s.language = self.language.currentData() or ""
        s.document_language = self.document_language.currentData() or "zh_CN"

    def apply(self) -> None:
        """After saving: switch the running interface when the language changed."""
        if getattr(self, "_language_changed", False):
            apply_language(self.ctx.settings.language)

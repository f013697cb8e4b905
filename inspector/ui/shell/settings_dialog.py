"""The settings dialog (设置): office, inspector, grid, folders."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from inspector.services.core.context import AppContext
from inspector.services.core.value_checks import inspector_problems
from inspector.store.paths import choose_data_dir, chosen_data_dir
from inspector.ui.shell.i18n import service_text


class SettingsDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("设置"))
        self.setMinimumWidth(560)
        s = ctx.settings
        self.office = QLineEdit(s.office_name)
        self.office.setPlaceholderText(self.tr("如：某街道文明创建办公室"))
        self.inspector = QLineEdit(s.inspector_name)
        self.id_no = QLineEdit(s.inspector_id_no)
        self.id_no.setPlaceholderText(self.tr("执法证号或身份证号"))
        self.grid = QLineEdit(s.grid)
        self.community = QLineEdit(s.community)

        self.data_dir = QLineEdit(str(ctx.paths.root))
        self.data_dir.setReadOnly(True)
        self.next_dir = chosen_data_dir()
        self.next_label = QLabel()
        self.next_label.setWordWrap(True)
        choose = QPushButton(self.tr("下次启动使用其他目录…"))
        choose.clicked.connect(self._choose_data_dir)
        data_row = QHBoxLayout()
        data_row.addWidget(self.data_dir, 1)
        data_row.addWidget(choose)

        self.template_dir = QLineEdit(s.template_dir)
        self.template_dir.setPlaceholderText(self.tr("留空：只使用内置模板"))
        pick = QPushButton(self.tr("选择…"))
        pick.clicked.connect(self._choose_template_dir)
        tpl_row = QHBoxLayout()
        tpl_row.addWidget(self.template_dir, 1)
        tpl_row.addWidget(pick)

        form = QFormLayout()
        form.addRow(self.tr("单位名称"), self.office)
        form.addRow(self.tr("检查员姓名"), self.inspector)
        form.addRow(self.tr("检查员证件号"), self.id_no)
        form.addRow(self.tr("所属社区"), self.community)
        form.addRow(self.tr("所属网格"), self.grid)
        form.addRow(self.tr("数据目录"), data_row)
        form.addRow("", self.next_label)
        form.addRow(self.tr("本单位模板文件夹"), tpl_row)
        from inspector.ui.shell.settings_extras import SettingsExtras

        self.extras = SettingsExtras(ctx, form, self)  # policy, backups, font, language

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("保存"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(buttons)
        self._show_next()

    def _show_next(self) -> None:
        if self.next_dir and self.next_dir != self.ctx.paths.root:
            self.next_label.setText(self.tr("下次启动时使用：%1").replace("%1", str(self.next_dir)))
        else:
            self.next_label.setText("")

    def _choose_data_dir(self) -> None:
        name = QFileDialog.getExistingDirectory(
            self, self.tr("选择数据目录"), str(self.ctx.paths.root)
        )
        if name:
            self.next_dir = Path(name)
            self._show_next()

    def _choose_template_dir(self) -> None:
        name = QFileDialog.getExistingDirectory(
            self, self.tr("选择模板文件夹"), self.template_dir.text()
        )
        if name:
            self.template_dir.setText(name)

    def accept(self) -> None:
        too_long = inspector_problems(self.inspector.text(), self.id_no.text())
        if too_long:  # refused whole, never cut: the dialog stays with what was typed
            text = "；".join(service_text(m) for m in too_long)
            QMessageBox.warning(self, self.tr("未保存"), text)
            return
        s = self.ctx.settings
        s.office_name = self.office.text().strip()
        s.inspector_name = self.inspector.text().strip()
        s.inspector_id_no = self.id_no.text().strip()
        s.grid = self.grid.text().strip()
        s.community = self.community.text().strip()
        s.template_dir = self.template_dir.text().strip()
        self.extras.store()
        self.ctx.save_settings()
        self.extras.apply()
        if self.next_dir != chosen_data_dir():
            choose_data_dir(self.next_dir)
        super().accept()

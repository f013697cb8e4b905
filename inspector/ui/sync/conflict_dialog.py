"""Resolve one sync conflict: the two versions side by side, pick one, give a reason.

Fields are named and values shown in words (:mod:`inspector.ui.sync.field_names`),
and everything follows a language switch while the dialog is open.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from inspector.services.core.context import AppContext
from inspector.services.core.errors import UserError
from inspector.services.sync import service as sync
from inspector.ui.shell.i18n import error_text
from inspector.ui.sync.field_names import field_label, value_text

DIFF_BG = QColor("#fff4d6")
HIDDEN = {"updated_at", "created_at", "row_version"}


class ConflictDialog(QDialog):
    def __init__(self, ctx: AppContext, conflict, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.conflict = conflict
        self.setWindowTitle(self.tr("处理冲突"))
        self.resize(720, 520)
        lay = QVBoxLayout(self)
        self.current, self.incoming = sync.conflict_versions(conflict)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        lay.addWidget(self.intro)
        names = sorted(set(self.current) | set(self.incoming))
        self.fields = [n for n in names if n not in HIDDEN]
        # differences first
        self.fields.sort(key=lambda n: self.current.get(n) == self.incoming.get(n))
        self.table = QTableWidget(len(self.fields), 3)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        lay.addWidget(self.table, 1)
        self.keep_current = QRadioButton(self.tr("保留办公室现有版本"))
        self.take_incoming = QRadioButton(self.tr("采用设备传来的版本"))
        self.keep_current.setChecked(True)
        self.take_incoming.setEnabled(conflict.kind != "finished")
        lay.addWidget(self.keep_current)
        lay.addWidget(self.take_incoming)
        lay.addWidget(QLabel(self.tr("理由（必填）：")))
        self.reason = QPlainTextEdit()
        self.reason.setTabChangesFocus(True)  # Tab moves on, as in every field
        self.reason.setFixedHeight(70)
        lay.addWidget(self.reason)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        lay.addWidget(self.buttons)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setEnabled(False)
        self.reason.textChanged.connect(
            lambda: self.ok.setEnabled(bool(self.reason.toPlainText().strip()))
        )
        self.retranslateUi()

    def retranslateUi(self) -> None:
        """The explanation, the column heads and the two versions in the interface language
        (the fixed labels and buttons follow by themselves)."""
        conflict = self.conflict
        if conflict.kind == "finished":
            intro = self.tr(
                "这条记录属于已完成的检查，导入不会改动它。设备传来的修改只能记录在案。"
            )
        elif conflict.kind == "foreign":
            intro = self.tr(
                "这条记录由另一台设备创建，设备 %1 的数据包想要改动它；导入没有改动它，两个版本都已保留。"
            ).replace("%1", conflict.device_id[:8])
        elif conflict.base_version:
            intro = self.tr("办公室和设备都在共同版本 %1 之后修改了这条记录。").replace(
                "%1", str(conflict.base_version)
            )
        else:
            intro = self.tr("办公室和设备都修改了这条记录，两个版本都已保留。")
        self.intro.setText(intro + self.tr(" 不同的字段排在前面并标色。"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("字段"), self.tr("办公室现有（第 %1 版）").replace("%1", str(conflict.current_version)),
             self.tr("设备传来（第 %1 版）").replace("%1", str(conflict.incoming_version))]
        )  # fmt: skip
        table = conflict.table_name
        for i, name in enumerate(self.fields):
            a, b = self.current.get(name), self.incoming.get(name)
            cells = [field_label(name), value_text(table, name, a), value_text(table, name, b)]
            for j, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if a != b:
                    item.setBackground(QBrush(DIFF_BG))
                self.table.setItem(i, j, item)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def accept(self) -> None:
        choice = "incoming" if self.take_incoming.isChecked() else "current"
        try:
            sync.resolve_conflict(self.ctx, self.conflict.id, choice, self.reason.toPlainText())
        except UserError as exc:
            QMessageBox.warning(self, self.tr("处理冲突"), error_text(exc))
            return
        super().accept()

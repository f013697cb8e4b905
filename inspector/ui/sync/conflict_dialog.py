"""Resolve one sync conflict: the two versions side by side, pick one, give a reason."""

from __future__ import annotations

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
        current, incoming = sync.conflict_versions(conflict)
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
        intro += self.tr(" 不同的字段排在前面并标色。")
        label = QLabel(intro)
        label.setWordWrap(True)
        lay.addWidget(label)
        names = sorted(set(current) | set(incoming))
        shown = [n for n in names if n not in HIDDEN]
        shown.sort(key=lambda n: current.get(n) == incoming.get(n))  # differences first
        self.table = QTableWidget(len(shown), 3)
        self.table.setHorizontalHeaderLabels(
            [self.tr("字段"), self.tr("办公室现有（第 %1 版）").replace("%1", str(conflict.current_version)),
             self.tr("设备传来（第 %1 版）").replace("%1", str(conflict.incoming_version))]
        )  # fmt: skip
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        for i, name in enumerate(shown):
            a, b = current.get(name), incoming.get(name)
            cells = [name, "" if a is None else str(a), "" if b is None else str(b)]
            for j, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if a != b:
                    item.setBackground(QBrush(DIFF_BG))
                self.table.setItem(i, j, item)
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

    def accept(self) -> None:
        choice = "incoming" if self.take_incoming.isChecked() else "current"
        try:
            sync.resolve_conflict(self.ctx, self.conflict.id, choice, self.reason.toPlainText())
        except UserError as exc:
            QMessageBox.warning(self, self.tr("处理冲突"), error_text(exc))
            return
        super().accept()

"""Document-number blocks on the sync page: the office assigns them, a device sees what is left."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from inspector.services.core.context import AppContext
from inspector.services.core.errors import UserError
from inspector.services.paperwork import number_blocks
from inspector.services.sync import service as sync_service
from inspector.ui.shell.i18n import error_text
from inspector.ui.shell.spin_limits import say_refusals


class NumberBlocksPanel(QGroupBox):
    """Office mode: assign a block to a registered device, list the blocks given out.
    Field mode: the block in use and how many numbers are left, with a warning."""

    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(self.tr("文书编号段"), parent)
        self.ctx = ctx
        self.setObjectName("number_blocks_panel")
        lay = QVBoxLayout(self)
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        lay.addWidget(self.status_label)
        row = QHBoxLayout()
        self.device_combo = QComboBox()
        self.count_spin = QSpinBox()
        self.count_spin.setRange(1, number_blocks.MAX_COUNT)
        say_refusals(self.count_spin)
        self.count_spin.setValue(500)
        self.prefix_edit = QLineEdit()
        self.prefix_edit.setPlaceholderText(self.tr("前缀（默认沿用上次）"))
        self.assign_button = QPushButton(self.tr("分配编号段"))
        self.assign_button.clicked.connect(self.assign)
        row.addWidget(QLabel(self.tr("设备：")))
        row.addWidget(self.device_combo, 1)
        row.addWidget(QLabel(self.tr("个数：")))
        row.addWidget(self.count_spin)
        row.addWidget(self.prefix_edit)
        row.addWidget(self.assign_button)
        lay.addLayout(row)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("编号段"), self.tr("设备"), self.tr("已用"), self.tr("共")]
        )
        self.table.setMaximumHeight(140)
        lay.addWidget(self.table)
        self.refresh()

    def refresh(self) -> None:
        office = bool(self.ctx.settings.office_mode)
        for w in (self.device_combo, self.count_spin, self.prefix_edit, self.assign_button):
            w.setVisible(office)
        self.table.setVisible(office)
        if office:
            self._fill_office()
        else:
            self._show_device()

    def _fill_office(self) -> None:
        self.device_combo.clear()
        for d in sync_service.list_devices(self.ctx):
            if not d.revoked:
                self.device_combo.addItem(
                    f"{d.name or d.device_id[:8]}（{d.device_id[:8]}）", d.device_id
                )
        rows = number_blocks.office_blocks(self.ctx)
        self.table.setRowCount(len(rows))
        for i, b in enumerate(rows):
            cells = (b.label, b.device_name or b.device_id[:8], str(b.used), str(b.size))
            for j, text in enumerate(cells):
                self.table.setItem(i, j, QTableWidgetItem(text))
        self.assign_button.setEnabled(self.device_combo.count() > 0)
        self.status_label.setText(
            self.tr("给已登记设备分配不重叠的编号段；下次生成的配置包会带给设备。")
        )

    def _show_device(self) -> None:
        st = number_blocks.status(self.ctx)
        if not st.blocks:
            self.status_label.setText(
                self.tr("创建办尚未给本机分配编号段：导入带编号段的配置包后，文书编号从中取用。")
            )
            return
        text = (
            self.tr("编号段 %1：剩余 %2 个（共 %3 个）")
            .replace("%1", st.current or "—")
            .replace("%2", str(st.remaining))
            .replace("%3", str(st.total))
        )
        if st.nearly_used_up:
            text += self.tr("。编号段即将用完，请向创建办申请新的编号段。")
            self.status_label.setStyleSheet("color: #b00020; font-weight: bold;")
        else:
            self.status_label.setStyleSheet("")
        self.status_label.setText(text)

    def assign(self) -> bool:
        device = self.device_combo.currentData()
        if not device:
            return False
        prefix = self.prefix_edit.text().strip() or None
        try:
            b = number_blocks.assign_block(self.ctx, device, self.count_spin.value(), prefix)
        except UserError as exc:
            self.status_label.setText(error_text(exc))
            return False
        self.refresh()
        self.status_label.setText(
            self.tr("已分配 %1%2–%3。").replace("%1", b.prefix).replace("%2", str(b.first))
            .replace("%3", str(b.last))
        )  # fmt: skip
        return True

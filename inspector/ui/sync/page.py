"""The sync page: export for the office; in office mode the inbox, import log and conflicts.

Export and import run in a :class:`SyncJob` thread with a progress bar and a
cancel button; the page only talks to :mod:`inspector.services.sync.service`.
Bundles, device cards and the office identity are in :mod:`inspector.ui.sync.keys`.
The page follows the database through :class:`~inspector.ui.shell.operations.LiveRefresh`.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from inspector.services.core.changes import Change
from inspector.services.core.context import AppContext
from inspector.services.core.settings import get_value, set_value
from inspector.services.sync import service as sync
from inspector.ui.shell.i18n import service_text
from inspector.ui.shell.job import SyncJob
from inspector.ui.shell.key_prompt import sync_passphrase_ready
from inspector.ui.shell.operations import LiveRefresh, run_op
from inspector.ui.sync.certs import PendingCertsBox
from inspector.ui.sync.conflict_dialog import ConflictDialog
from inspector.ui.sync.folders import SyncFolderButtons
from inspector.ui.sync.keys import SyncKeysActions
from inspector.ui.sync.names import RESULTS, table_label
from inspector.ui.sync.number_blocks_panel import NumberBlocksPanel

EXPORT_DIR_KEY = "sync.last_export_dir"


def _local(dt) -> str:
    return dt.astimezone().strftime("%Y-%m-%d %H:%M") if dt else ""


class SyncPage(SyncKeysActions):
    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("sync_page")
        self.job: SyncJob | None = None
        lay = QVBoxLayout(self)

        field = QGroupBox(self.tr("交给办公室"))
        fl = QVBoxLayout(field)
        self.pending_label = QLabel()
        self.pending_label.setWordWrap(True)
        self.last_label = QLabel()
        self.office_label = QLabel()
        row = QHBoxLayout()
        self.export_button = QPushButton(self.tr("导出数据包…"))
        self.export_button.clicked.connect(self._choose_export_dir)
        self.bundle_button = QPushButton(self.tr("导入办公室配置包…"))
        self.bundle_button.clicked.connect(self._choose_bundle)
        row.addWidget(self.export_button)
        row.addWidget(self.bundle_button)
        self.card_button = QPushButton(self.tr("导出设备信息…"))
        self.card_button.setToolTip(self.tr("交给办公室登记本机（设备编号和公钥）"))
        self.card_button.clicked.connect(self._choose_card_target)
        row.addWidget(self.card_button)
        self.office_mode_button = QPushButton(self.tr("设为办公室…"))
        self.office_mode_button.clicked.connect(self._ask_office_init)
        row.addWidget(self.office_mode_button)
        row.addStretch(1)
        for w in (self.pending_label, self.last_label, self.office_label):
            fl.addWidget(w)
        fl.addLayout(row)
        lay.addWidget(field)

        prog = QHBoxLayout()
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.cancel_button = QPushButton(self.tr("取消"))
        self.cancel_button.setVisible(False)
        self.cancel_button.clicked.connect(self._cancel)
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        prog.addWidget(self.progress, 1)
        prog.addWidget(self.cancel_button)
        lay.addLayout(prog)
        lay.addWidget(self.status_label)
        self.numbers_panel = NumberBlocksPanel(ctx)  # document-number blocks
        lay.addWidget(self.numbers_panel)

        self.office_box = QGroupBox(self.tr("办公室：收件导入"))
        ol = QVBoxLayout(self.office_box)
        keys_row = QHBoxLayout()
        self.own_office_label = QLabel()
        self.register_button = QPushButton(self.tr("登记设备…"))
        self.register_button.clicked.connect(self._choose_device_card)
        self.make_bundle_button = QPushButton(self.tr("生成配置包…"))
        self.make_bundle_button.clicked.connect(self._choose_bundle_target)
        keys_row.addWidget(self.own_office_label, 1)
        keys_row.addWidget(self.register_button)
        keys_row.addWidget(self.make_bundle_button)
        ol.addLayout(keys_row)
        inbox_row = QHBoxLayout()
        inbox_row.addWidget(QLabel(self.tr("收件文件夹：")))
        self.inbox_edit = QLineEdit(str(sync.inbox_dir(ctx)))
        browse = QPushButton(self.tr("选择…"))
        browse.clicked.connect(self._choose_inbox)
        self.import_button = QPushButton(self.tr("导入新数据包"))
        self.import_button.clicked.connect(self.start_import)
        inbox_row.addWidget(self.inbox_edit, 1)
        inbox_row.addWidget(browse)
        inbox_row.addWidget(self.import_button)
        ol.addLayout(inbox_row)
        self.folder_buttons = SyncFolderButtons(ctx, self)
        ol.addWidget(self.folder_buttons)
        ol.addWidget(QLabel(self.tr("导入日志")))
        self.log_table = self._table(
            [
                self.tr("时间"),
                self.tr("数据包"),
                self.tr("设备"),
                self.tr("记录"),
                self.tr("结果"),
                self.tr("说明"),
            ]
        )
        ol.addWidget(self.log_table, 2)
        conflict_row = QHBoxLayout()
        conflict_row.addWidget(QLabel(self.tr("待处理的冲突")))
        conflict_row.addStretch(1)
        self.resolve_button = QPushButton(self.tr("处理…"))
        self.resolve_button.clicked.connect(self._resolve_selected)
        conflict_row.addWidget(self.resolve_button)
        ol.addLayout(conflict_row)
        self.conflict_table = self._table(
            [self.tr("时间"), self.tr("数据"), self.tr("记录"), self.tr("类型"), self.tr("设备")]
        )
        self.conflict_table.doubleClicked.connect(lambda _i: self._resolve_selected())
        ol.addWidget(self.conflict_table, 1)
        self.certs_box = PendingCertsBox(ctx, self)
        ol.addWidget(self.certs_box)
        lay.addWidget(self.office_box, 1)
        lay.addStretch(0)  # takes the space while the office part is hidden
        self._layout = lay
        self.refresh()
        # what is not exported yet (every synced kind), exports and imports, office mode
        watched = Change.SYNCED_DATA | Change.SYNC | Change.SETTINGS
        self.live = LiveRefresh(self, watched, self.refresh)

    def _table(self, headers: list[str]) -> QTableWidget:
        t = QTableWidget(0, len(headers))
        t.setHorizontalHeaderLabels(headers)
        t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        t.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        t.horizontalHeader().setSectionResizeMode(len(headers) - 1, QHeaderView.ResizeMode.Stretch)
        t.verticalHeader().setVisible(False)
        return t

    # ---------------------------------------------------------------- state

    def refresh(self) -> None:
        pending = sync.pending_counts(self.ctx)
        if pending:
            parts = [f"{table_label(t)} {n}" for t, n in sorted(pending.items())]
            sep = self.tr("，")  # the list separator of the interface language
            self.pending_label.setText(self.tr("尚未导出：") + sep.join(parts))
        else:
            self.pending_label.setText(self.tr("没有尚未导出的更改。"))
        last = sync.last_export(self.ctx)
        if last:
            ack = self.tr("，办公室已确认收到") if last.acknowledged_at else ""
            self.last_label.setText(
                self.tr("上次导出：%1（第 %2 号）")
                .replace("%1", _local(last.created_at))
                .replace("%2", str(last.sequence))
                + ack
            )
        else:
            self.last_label.setText(self.tr("还没有导出过。"))
        office = sync.trusted_office(self.ctx)
        self.office_label.setText(
            self.tr("信任的办公室：%1（指纹 %2）")
            .replace("%1", office.name)
            .replace("%2", office.fingerprint)
            if office
            else self.tr("尚未导入办公室配置包：数据包将不加密。")
        )
        self.office_box.setVisible(bool(self.ctx.settings.office_mode))
        self.office_mode_button.setVisible(not self.ctx.settings.office_mode)
        self._layout.setStretch(self._layout.count() - 1, 0 if self.ctx.settings.office_mode else 1)
        own = sync.own_office(self.ctx) if self.ctx.settings.office_mode else None
        if own is not None:
            devices = sync.list_devices(self.ctx)
            active = sum(1 for d in devices if not d.revoked)
            self.own_office_label.setText(
                self.tr("%1 · 密钥指纹 %2 · 已登记设备 %3 台")
                .replace("%1", own.name)
                .replace("%2", own.fingerprint)
                .replace("%3", str(active))
            )
        self.numbers_panel.refresh()
        if self.ctx.settings.office_mode:
            self._fill_log()
            self._fill_conflicts()
            self.certs_box.refresh()

    def _fill_log(self) -> None:
        rows = sync.import_log(self.ctx, 300)
        self.log_table.setRowCount(len(rows))
        for i, r in enumerate(rows):
            values = [
                _local(r.at), r.package, r.device_id[:8], str(r.records),
                self.tr(RESULTS.get(r.result, r.result)), r.message,
            ]  # fmt: skip
            for j, v in enumerate(values):
                self.log_table.setItem(i, j, QTableWidgetItem(v))

    def _fill_conflicts(self) -> None:
        self.conflicts = sync.list_conflicts(self.ctx)
        self.conflict_table.setRowCount(len(self.conflicts))
        kinds = {"concurrent": self.tr("两处同时修改"), "finished": self.tr("已完成的检查"),
                 "foreign": self.tr("另一台设备的记录")}  # fmt: skip
        for i, c in enumerate(self.conflicts):
            values = [
                _local(c.created_at), table_label(c.table_name),
                c.row_id[:8], kinds.get(c.kind, c.kind), c.device_id[:8],
            ]  # fmt: skip
            for j, v in enumerate(values):
                self.conflict_table.setItem(i, j, QTableWidgetItem(v))
        self.resolve_button.setEnabled(bool(self.conflicts))

    # ---------------------------------------------------------------- jobs

    def _run(self, work, done: Callable[[Any], None], cancellable: bool) -> None:
        self.job = SyncJob(work, self)
        self.job.progressed.connect(self._on_progress)
        self.job.succeeded.connect(done)
        self.job.failed.connect(self._on_failed)
        self.job.finished.connect(self._on_job_end)
        for b in (self.export_button, self.bundle_button, self.import_button):
            b.setEnabled(False)
        self.progress.setRange(0, 0)
        self.progress.setVisible(True)
        self.cancel_button.setVisible(cancellable)
        self.cancel_button.setEnabled(True)
        self.job.start()

    def _on_progress(self, done: int, total: int, what: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _on_failed(self, message: str) -> None:
        self.status_label.setText(message)
        QMessageBox.warning(self, self.tr("同步"), message)

    def _on_job_end(self) -> None:
        self.progress.setVisible(False)
        self.cancel_button.setVisible(False)
        for b in (self.export_button, self.bundle_button, self.import_button):
            b.setEnabled(True)
        self.job = None  # the job's changes refresh the page (it is an operation)

    def _cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()
            self.cancel_button.setEnabled(False)
            self.status_label.setText(self.tr("正在取消…"))

    # ---------------------------------------------------------------- export

    def _choose_export_dir(self) -> None:
        start = get_value(self.ctx.engine, EXPORT_DIR_KEY, "") or str(Path.home())
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("选择导出到的文件夹（如 U 盘）"), start
        )
        if folder:
            set_value(self.ctx.engine, EXPORT_DIR_KEY, folder)
            self.start_export(Path(folder))

    def start_export(self, folder: Path) -> None:
        if not sync_passphrase_ready(self, self.ctx):
            return

        def work(progress, _cancelled):
            return sync.export_changes(self.ctx, folder, progress=progress)

        self._run(work, self._export_done, cancellable=False)

    def _export_done(self, res) -> None:
        state = self.tr("已加密") if res.encrypted else self.tr("未加密")
        text = (
            self.tr("已导出 %1：记录 %2 条，文件 %3 个，%4。")
            .replace("%1", str(res.path))
            .replace("%2", str(res.record_count))
            .replace("%3", str(res.files))
            .replace("%4", state)
        )
        if res.missing_files:
            text += self.tr(" 有 %1 个文件找不到，未包含。").replace(
                "%1", str(len(res.missing_files))
            )
        self.status_label.setText(text)

    # ---------------------------------------------------------------- office import

    def _choose_inbox(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("选择收件文件夹"), self.inbox_edit.text()
        )
        if folder:
            self.inbox_edit.setText(folder)
            sync.set_inbox_dir(self.ctx, Path(folder))

    def start_import(self) -> None:
        if not sync_passphrase_ready(self, self.ctx):
            return
        folder = Path(self.inbox_edit.text().strip())
        if str(folder) != str(sync.inbox_dir(self.ctx)):
            sync.set_inbox_dir(self.ctx, folder)

        def work(progress, cancelled):
            return sync.import_inbox(self.ctx, folder, progress=progress, cancel=cancelled)

        self.status_label.setText(self.tr("正在导入…"))
        self._run(work, self._import_done, cancellable=True)

    def _import_done(self, reports) -> None:
        if self.job is not None and self.job.cancelled:
            self.status_label.setText(self.tr("导入已取消，数据库未作任何更改。"))
            return
        if not reports:
            self.status_label.setText(self.tr("没有新的数据包。"))
            return
        counts: dict[str, int] = {}
        for r in reports:
            counts[r.result] = counts.get(r.result, 0) + 1
        parts = [f"{self.tr(RESULTS.get(k, k))} {v}" for k, v in counts.items()]
        lines = [self.tr("导入完成：") + self.tr("，").join(parts)]
        # each package and its outcome, in the interface language (the log keeps the zh_CN text)
        lines += [
            self.tr("%1：%2").replace("%1", r.package).replace("%2", service_text(r.message))
            for r in reports
        ]
        self.status_label.setText("\n".join(lines))

    def _resolve_selected(self) -> None:
        row = self.conflict_table.currentRow()
        if row < 0 or row >= len(self.conflicts):
            if not self.conflicts:
                return
            row = 0
        dialog = ConflictDialog(self.ctx, self.conflicts[row], self)
        run_op(self, dialog.exec)  # a resolved conflict reaches the page as a change

"""备份与恢复: the daily backups, a backup on demand, and restoring one after confirming."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QRunnable, Qt, QThreadPool, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from inspector.services.core import backups
from inspector.services.core.context import AppContext
from inspector.services.core.errors import UserError
from inspector.ui.shell.i18n import error_text
from inspector.ui.shell.operations import hub


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(str)


class BackgroundCall(QRunnable):
    """Run ``fn()`` on the thread pool; ``signals.done(result)`` or ``signals.failed(message)``."""

    def __init__(self, fn):
        super().__init__()
        self.fn = fn
        self.signals = _Signals()

    def run(self) -> None:
        try:
            result = self.fn()
        except UserError as exc:
            self._emit(self.signals.failed, error_text(exc))
        except Exception as exc:  # shown to the user as a sentence, never a traceback
            self._emit(self.signals.failed, f"{type(exc).__name__}: {exc}")
        else:
            self._emit(self.signals.done, result)

    @staticmethod
    def _emit(signal, value) -> None:
        try:
            signal.emit(value)
        except RuntimeError:  # the receiver (a closed window or dialog) is gone: nobody to tell
            pass


def human_size(size: int) -> str:
    value = float(size)
    for unit in ("B", "KB", "MB", "GB"):
        if value < 1024 or unit == "GB":
            return f"{value:.0f} {unit}" if unit == "B" else f"{value:.1f} {unit}"
        value /= 1024
    return f"{size} B"


class BackupDialog(QDialog):
    """Lists backups newest first; ``restored`` fires after the database was replaced."""

    restored = Signal(Path)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("backup_dialog")
        self.setMinimumSize(640, 420)
        self.folder_label = QLabel()
        self.folder_label.setWordWrap(True)
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("backups")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemDoubleClicked.connect(lambda _item: self.restore_selected())
        self.backup_now = QPushButton()
        self.backup_now.setShortcut(QKeySequence("Ctrl+B"))
        self.backup_now.clicked.connect(self.start_backup)
        self.restore = QPushButton()
        self.restore.setShortcut(QKeySequence("Ctrl+R"))
        self.restore.clicked.connect(self.restore_selected)
        self.change_folder = QPushButton()
        self.change_folder.clicked.connect(self.choose_folder)
        self.open_folder = QPushButton()
        self.open_folder.clicked.connect(self._open_folder)
        self.status = QLabel()
        self.status.setObjectName("backup_status")
        self.status.setWordWrap(True)
        row = QHBoxLayout()
        for b in (self.backup_now, self.restore, self.change_folder, self.open_folder):
            row.addWidget(b)
        row.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.folder_label)
        lay.addWidget(self.table, 1)
        lay.addLayout(row)
        lay.addWidget(self.status)
        lay.addWidget(close)
        self._busy = False
        self.retranslateUi()
        self.refresh()

    # --- texts ---------------------------------------------------------------------------

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("备份与恢复"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("备份时间"), self.tr("大小"), self.tr("文件")]
        )
        self.backup_now.setText(self.tr("立即备份"))
        self.backup_now.setToolTip(self.tr("立即备份数据库 (%1)").replace("%1", "Ctrl+B"))
        self.restore.setText(self.tr("恢复所选备份…"))
        self.restore.setToolTip(
            self.tr("用所选备份替换当前数据库，当前数据库先另存 (%1)").replace("%1", "Ctrl+R")
        )
        self.change_folder.setText(self.tr("更改备份文件夹…"))
        self.open_folder.setText(self.tr("打开备份文件夹"))
        self._update_folder_label()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def _update_folder_label(self) -> None:
        self.folder_label.setText(
            self.tr(
                "程序每天自动备份一次数据库（先检查完整性，损坏的数据库不会备份），"
                "保留最近 %1 天的每日备份，另保留 %2 周的每周备份和 %3 个月的每月备份。"
                "备份文件夹：%4"
            )
            .replace("%1", str(backups.KEEP))
            .replace("%2", str(backups.KEEP_WEEKLY))
            .replace("%3", str(backups.KEEP_MONTHLY))
            .replace("%4", str(backups.backup_dir(self.ctx)))
        )

    # --- list ----------------------------------------------------------------------------

    def refresh(self) -> None:
        found = backups.list_backups(self.ctx)
        self.table.setRowCount(len(found))
        for row, b in enumerate(found):
            when = QTableWidgetItem(b.taken_at.strftime("%Y-%m-%d %H:%M:%S"))
            when.setData(Qt.ItemDataRole.UserRole, str(b.path))
            size = QTableWidgetItem(human_size(b.size))
            size.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(row, 0, when)
            self.table.setItem(row, 1, size)
            self.table.setItem(row, 2, QTableWidgetItem(b.name))
        self.table.resizeColumnsToContents()
        if found:
            self.table.selectRow(0)
        self._update_folder_label()
        self._update_buttons()

    def selected_backup(self) -> Path | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        item = self.table.item(rows[0].row(), 0)
        if item is None:
            return None
        return Path(item.data(Qt.ItemDataRole.UserRole))

    def _update_buttons(self) -> None:
        self.restore.setEnabled(self.selected_backup() is not None and not self._busy)
        self.backup_now.setEnabled(not self._busy)

    # --- actions -------------------------------------------------------------------------

    def start_backup(self) -> None:
        """Back up now on the thread pool; the list refreshes when it is written."""
        if self._busy:
            return
        self._busy = True
        self._update_buttons()
        self.status.setText(self.tr("正在备份…"))
        call = BackgroundCall(lambda: backups.make_backup(self.ctx))
        call.signals.done.connect(self._backup_done)
        call.signals.failed.connect(self._backup_failed)
        call.signals.setParent(self)  # alive until they fire, and only while the dialog is
        QThreadPool.globalInstance().start(call)

    def _backup_done(self, path: Path) -> None:
        self._busy = False
        self.status.setText(self.tr("已备份到 %1").replace("%1", str(path)))
        self.refresh()

    def _backup_failed(self, message: str) -> None:
        self._busy = False
        self.status.setText(message)
        self._update_buttons()
        QMessageBox.warning(self, self.tr("备份失败"), message)

    def confirm_restore(self, backup: Path) -> bool:
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("恢复备份"))
        box.setText(self.tr("用备份 %1 替换当前数据库？").replace("%1", backup.name))
        box.setInformativeText(
            self.tr(
                "备份之后录入的数据将不在恢复后的数据库中。当前数据库会先另存在数据目录中"
                "（inspector.before-restore-…），需要时可以找回。"
            )
        )
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("恢复"))
        self._confirm_box = box  # tests answer it
        return box.exec() == QMessageBox.StandardButton.Yes

    def restore_selected(self) -> bool:
        backup = self.selected_backup()
        if backup is None or self._busy:
            return False
        if not self.confirm_restore(backup):
            return False
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            with hub().watch_paused():  # the change watch lets go of the file being replaced
                aside = backups.restore_backup(self.ctx, backup)
        except UserError as exc:
            QGuiApplication.restoreOverrideCursor()
            QMessageBox.warning(self, self.tr("恢复失败"), error_text(exc))
            return False
        QGuiApplication.restoreOverrideCursor()
        self.status.setText(
            self.tr("已恢复 %1。原数据库另存为 %2。")
            .replace("%1", backup.name)
            .replace("%2", str(aside))
        )
        self.refresh()
        self.restored.emit(aside)
        return True

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("选择备份文件夹"), str(backups.backup_dir(self.ctx))
        )
        if folder:
            self.set_folder(Path(folder))

    def set_folder(self, folder: Path) -> None:
        self.ctx.settings.backup_dir = str(folder)
        self.ctx.save_settings()
        self.refresh()

    def _open_folder(self) -> None:
        folder = backups.backup_dir(self.ctx)
        folder.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

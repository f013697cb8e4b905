"""The office's folder buttons on the sync page: open the inbox and the refused folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QHBoxLayout, QMessageBox, QPushButton, QWidget

from inspector.services.core.context import AppContext
from inspector.services.core.errors import UserError
from inspector.services.sync import service as sync
from inspector.ui.shell.i18n import error_text


class SyncFolderButtons(QWidget):
    """Two buttons that show the inbox and ``refused/`` in the file manager."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.open_inbox_button = QPushButton(self.tr("打开收件文件夹"))
        self.open_inbox_button.clicked.connect(lambda: self.open_folder(sync.inbox_dir(ctx)))
        self.open_refused_button = QPushButton(self.tr("打开拒收文件夹"))
        self.open_refused_button.setToolTip(self.tr("被拒收的数据包和拒收原因"))
        self.open_refused_button.clicked.connect(lambda: self.open_folder(sync.refused_dir(ctx)))
        row.addWidget(self.open_inbox_button)
        row.addWidget(self.open_refused_button)
        row.addStretch(1)

    def open_folder(self, folder: Path) -> bool:
        """Show the folder in the file manager, made first if it does not exist yet."""
        try:
            sync.make_inbox(self.ctx)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("打开文件夹"), error_text(exc))
            return False
        if QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))):
            return True
        QMessageBox.information(
            self,
            self.tr("打开文件夹"),
            self.tr("无法打开文件管理器。文件夹：%1").replace("%1", str(folder)),
        )
        return False

"""An unexpected error, told as a sentence: where the log is, and a button that copies the details.

:func:`~inspector.ui.shell.crash_hooks.install_crash_handling` (called by
``ui.shell.startup.run_window``) registers the dialog as the
crash reporter of :mod:`inspector.logs` and routes Qt's own messages into the
log; this module is imported when the first crash is shown. An exception raised
in a slot, an event handler or a worker thread is logged with its traceback and
shown in one modeless :class:`CrashDialog`; the window stays usable, and further
errors while the dialog is open are counted in it rather than opening more dialogs.
"""

from __future__ import annotations

import platform
from typing import Any

from PySide6.QtCore import QEvent, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from inspector import __version__
from inspector.logs import log_path


class CrashDialog(QDialog):
    """The short sentence, the log's path, the details (hidden) and "copy details"."""

    def __init__(self, details: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("crash_dialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowModality(Qt.WindowModality.NonModal)
        self.count = 1
        self.details_text = details
        icon = QLabel()
        icon.setPixmap(
            self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical).pixmap(48, 48)
        )
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.sentence = QLabel()
        self.sentence.setObjectName("crash_sentence")
        self.sentence.setWordWrap(True)
        self.where = QLabel()
        self.where.setObjectName("crash_log_path")
        self.where.setWordWrap(True)
        self.where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details = QPlainTextEdit(details)
        self.details.setObjectName("crash_details")
        self.details.setReadOnly(True)
        self.details.setVisible(False)
        self.details.setMinimumHeight(180)
        self.copy_button = QPushButton()
        self.copy_button.setObjectName("copy_details")
        self.copy_button.clicked.connect(self.copy_details)
        self.show_button = QPushButton()
        self.show_button.setCheckable(True)
        self.show_button.toggled.connect(self._toggle_details)
        self.folder_button = QPushButton()
        self.folder_button.clicked.connect(self._open_log_folder)
        self.folder_button.setEnabled(log_path() is not None)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.show_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.folder_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(icon)
        text = QVBoxLayout()
        text.addWidget(self.sentence)
        text.addWidget(self.where)
        top.addLayout(text, 1)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.details, 1)
        lay.addWidget(buttons)
        self.setMinimumWidth(520)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("意外错误"))
        sentence = self.tr(
            "程序遇到了意外错误，刚才的操作可能没有完成。已保存的数据不受影响，您可以继续工作；"
            "如果问题重复出现，请把日志文件或“复制详细信息”的内容发给技术支持。"
        )
        if self.count > 1:
            sentence += " " + self.tr("（共 %1 次）").replace("%1", str(self.count))
        self.sentence.setText(sentence)
        path = log_path()
        self.where.setText(
            self.tr("日志文件：%1").replace("%1", str(path)) if path else self.tr("没有日志文件。")
        )
        self.copy_button.setText(self.tr("复制详细信息"))
        self.show_button.setText(self.tr("显示详细信息"))
        self.folder_button.setText(self.tr("打开日志文件夹"))

    def add(self, details: str) -> None:
        """Another error while the dialog is open: counted, its details appended."""
        self.count += 1
        self.details_text += "\n" + details
        self.details.setPlainText(self.details_text)
        self.retranslateUi()

    def full_details(self) -> str:
        """What "copy details" puts on the clipboard: versions, log path, tracebacks."""
        head = (
            f"Inspector {__version__}; Python {platform.python_version()}; "
            f"{platform.platform()}; log: {log_path()}"
        )
        return f"{head}\n\n{self.details_text}"

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.full_details())
        self.copy_button.setText(self.tr("已复制"))

    def _toggle_details(self, shown: bool) -> None:
        self.details.setVisible(shown)
        self.adjustSize()

    def _open_log_folder(self) -> None:
        path = log_path()
        if path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)


_current: dict[str, Any] = {"dialog": None}


def show_crash(details: str) -> CrashDialog:
    """Show the crash dialog (or add to the one already open); GUI thread only."""
    dialog = _current["dialog"]
    if isinstance(dialog, CrashDialog) and dialog.isVisible():
        dialog.add(details)
        return dialog
    dialog = CrashDialog(details, QApplication.activeWindow())
    dialog.destroyed.connect(lambda *_: _current.update(dialog=None))
    _current["dialog"] = dialog
    dialog.show()
    dialog.raise_()
    return dialog


def current_crash_dialog() -> CrashDialog | None:
    dialog = _current["dialog"]
    return dialog if isinstance(dialog, CrashDialog) and dialog.isVisible() else None

"""登记送达: the real time the rectification notice was handed over, and who served it.

The dialog only asks; a time the service refuses (before the notice's own
date, in the future) is said in a sentence under the fields and the dialog
stays open. The documents page then stores the time and makes the notice's
next signed version, whose 送达回证 prints it.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from inspector.services.core.context import AppContext
from inspector.services.core.errors import UserError
from inspector.ui.shell.i18n import error_text


class ServiceDialog(QDialog):
    """Asks for the time of service (local time, to the minute) and the server's name."""

    def __init__(
        self,
        ctx: AppContext,
        inspection_id: str,
        names: list[str],
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.ctx = ctx
        self.inspection_id = inspection_id
        self.setWindowTitle(self.tr("登记送达"))
        self.when = QDateTimeEdit(QDateTime.currentDateTime())
        self.when.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.when.setCalendarPopup(True)
        self.server = QComboBox()
        self.server.setEditable(True)
        self.server.addItems([n for n in names if n])
        intro = QLabel(
            self.tr(
                "整改通知书交给被检查单位后，填写实际送达的时间和送达人。"
                "保存后生成新版通知书，回证上写明送达时间（原版本保留）。"
            )
        )
        intro.setWordWrap(True)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("QLabel { color: #b00020; }")
        form = QFormLayout()
        form.addRow(self.tr("送达时间(&T)"), self.when)
        form.addRow(self.tr("送达人(&S)"), self.server)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(intro)
        lay.addLayout(form)
        lay.addWidget(self.message)
        lay.addWidget(buttons)

    def served_at(self) -> datetime:
        """The time entered, as an aware local datetime (seconds dropped)."""
        value = self.when.dateTime().toPython()
        assert isinstance(value, datetime)
        return value.replace(second=0, microsecond=0).astimezone()

    def server_name(self) -> str:
        return self.server.currentText().strip()

    def accept(self) -> None:
        from inspector.services.paperwork.notice_service import check_time

        if not self.server_name():
            self.message.setText(self.tr("请填写送达人姓名。"))
            return
        try:
            check_time(self.ctx, self.inspection_id, self.served_at())
        except UserError as exc:
            self.message.setText(error_text(exc))
            return
        super().accept()

"""检查信息: the header of a draft (inspectors, time, place, coordinates, measures, notes).

Opened from the walk window; "保存" sends only the changed fields to the
service, which logs each change. A refusal shows inline and the dialog stays.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import cast

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDateTime
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from inspector.domain.distance import format_coordinates
from inspector.services.core.context import AppContext
from inspector.services.core.errors import UserError
from inspector.services.inspection.walk import set_header
from inspector.store.models.inspection import Inspection
from inspector.ui.shell.coord_source import CoordSourceBox
from inspector.ui.shell.i18n import error_text

TEXT_FIELDS = (
    ("lead_inspector_name", str(QT_TRANSLATE_NOOP("HeaderDialog", "主检查员"))),
    ("lead_inspector_id_no", str(QT_TRANSLATE_NOOP("HeaderDialog", "主检查员证件号"))),
    ("co_inspector_name", str(QT_TRANSLATE_NOOP("HeaderDialog", "协检员"))),
    ("co_inspector_id_no", str(QT_TRANSLATE_NOOP("HeaderDialog", "协检员证件号"))),
    ("location_text", str(QT_TRANSLATE_NOOP("HeaderDialog", "检查地点"))),
)


class HeaderDialog(QDialog):
    def __init__(self, ctx: AppContext, inspection: Inspection, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.inspection = inspection
        self.setWindowTitle(self.tr("检查信息"))
        self.resize(560, 480)
        lay = QVBoxLayout(self)
        form = QFormLayout()
        self.edits: dict[str, QLineEdit] = {}
        for name, label in TEXT_FIELDS:
            edit = QLineEdit(getattr(inspection, name) or "")
            edit.setObjectName(name)
            form.addRow(self.tr(label), edit)
            self.edits[name] = edit
        self.when = QDateTimeEdit(QDateTime(inspection.started_at.astimezone()))
        self.when.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.when.setCalendarPopup(True)
        form.addRow(self.tr("检查时间"), self.when)
        self.coords = QLineEdit(format_coordinates(inspection.lat, inspection.lon))
        self.coords.setObjectName("coordinates")
        self.coords.setPlaceholderText(self.tr("纬度, 经度（可粘贴）"))
        self.coord_source = CoordSourceBox(ctx)
        coords_row = QHBoxLayout()
        coords_row.addWidget(self.coords, 1)
        coords_row.addWidget(QLabel(self.tr("来自")))
        coords_row.addWidget(self.coord_source)
        form.addRow(self.tr("坐标"), coords_row)
        self.measures = QPlainTextEdit(inspection.measures_taken or "")
        self.measures.setTabChangesFocus(True)  # Tab moves on, as in every field
        self.measures.setMaximumHeight(70)
        form.addRow(self.tr("采取的措施"), self.measures)
        self.notes = QPlainTextEdit(inspection.notes or "")
        self.notes.setTabChangesFocus(True)  # Tab moves on, as in every field
        self.notes.setMaximumHeight(70)
        form.addRow(self.tr("其他说明"), self.notes)
        lay.addLayout(form)
        self.message = QLabel()
        self.message.setStyleSheet("color: #c62828;")
        self.message.setWordWrap(True)
        lay.addWidget(self.message)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("保存"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)

    def changes(self) -> dict:
        insp = self.inspection
        out: dict = {}
        for name, edit in self.edits.items():
            if edit.text().strip() != (getattr(insp, name) or ""):
                out[name] = edit.text().strip()
        when = cast(datetime, self.when.dateTime().toPython()).astimezone().astimezone(UTC)
        if abs((when - insp.started_at).total_seconds()) >= 60:
            out["started_at"] = when
        if self.coords.text().strip() != format_coordinates(insp.lat, insp.lon):
            out["coordinates"] = self.coords.text().strip()
            out["coord_source"] = self.coord_source.source()
        for name, box in (("measures_taken", self.measures), ("notes", self.notes)):
            if box.toPlainText().strip() != (getattr(insp, name) or ""):
                out[name] = box.toPlainText().strip()
        return out

    def accept(self) -> None:
        changes = self.changes()
        if changes:
            try:
                set_header(self.ctx, self.inspection.id, **changes)
            except UserError as exc:
                self.message.setText(error_text(exc))
                return
            if changes.get("coordinates"):
                self.coord_source.remember()
        super().accept()


def edit_header(window) -> bool:
    """Run the dialog for a walk window's draft; refresh the window after."""
    dialog = HeaderDialog(window.ctx, window.view.inspection, window)
    accepted = bool(dialog.exec())
    dialog.deleteLater()
    if accepted:
        window.reload_view(QCoreApplication.translate("WalkWindow", "检查信息已保存"))
        window.show_header()
    window.activateWindow()
    window.go_to(window.current)
    return accepted

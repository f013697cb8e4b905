"""The dialog that creates or edits a school or kindergarten with its gate and boundary points."""

from __future__ import annotations

import qtawesome as qta
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from inspector.domain.datum import ORIGINS, to_wgs84
from inspector.domain.site_kinds import SCHOOL_KINDS
from inspector.services.core.context import AppContext
from inspector.services.core.errors import UserError
from inspector.services.register.entries import (
    PointData,
    SchoolData,
    get_school,
    known_places,
    save_school,
)
from inspector.ui.register.site_dialog import number_text, optional_float
from inspector.ui.shell.coord_source import CoordSourceBox
from inspector.ui.shell.i18n import error_text, follow_language, local

ID_ROLE = Qt.ItemDataRole.UserRole


class SchoolDialog(QDialog):
    def __init__(self, ctx: AppContext, school_id: str | None = None, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.data = get_school(ctx, school_id) if school_id else None
        self.saved_id: str | None = None
        self.setWindowTitle(self.tr("编辑学校") if school_id else self.tr("新建学校"))
        self.setMinimumWidth(600)

        self.name = QLineEdit()
        self.kind = QComboBox()
        for code, label in SCHOOL_KINDS.items():
            self.kind.addItem(local(label), code)
        follow_language(
            self.kind, lambda code: local(SCHOOL_KINDS[code]) if code in SCHOOL_KINDS else None
        )
        self.address = QLineEdit()
        self.grid = QLineEdit()
        self.community = QLineEdit()
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)  # Tab moves on, as in every field
        self.notes.setFixedHeight(50)
        form = QFormLayout()
        form.addRow(self.tr("学校名称 *"), self.name)
        form.addRow(self.tr("类型"), self.kind)
        form.addRow(self.tr("地址"), self.address)
        form.addRow(self.tr("网格"), self.grid)
        form.addRow(self.tr("社区"), self.community)
        form.addRow(self.tr("备注"), self.notes)

        self.points = QTableWidget(0, 4)
        self.points.setHorizontalHeaderLabels(
            [self.tr("类型"), self.tr("名称（如 南门）"), self.tr("纬度"), self.tr("经度")]
        )
        self.points.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.points.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.points.verticalHeader().setVisible(False)
        add_gate = QPushButton(qta.icon("fa5s.door-open"), self.tr("添加校门"))
        add_gate.clicked.connect(lambda: self.add_point_row("gate"))
        add_boundary = QPushButton(qta.icon("fa5s.draw-polygon"), self.tr("添加边界点"))
        add_boundary.clicked.connect(lambda: self.add_point_row("boundary"))
        remove = QPushButton(qta.icon("fa5s.minus"), self.tr("删除所选"))
        remove.clicked.connect(self._remove_points)
        row = QHBoxLayout()
        for b in (add_gate, add_boundary, remove):
            row.addWidget(b)
        row.addStretch(1)
        row.addWidget(QLabel(self.tr("新输入的坐标来自")))
        self.coord_source = CoordSourceBox(ctx)
        row.addWidget(self.coord_source)
        # point id -> the stored WGS-84 point as filled in (kept as it is when untouched)
        self._stored: dict[str, PointData] = {}
        self._typed = False  # record() met a coordinate typed now

        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("保存"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        lay = QVBoxLayout(self)
        lay.addLayout(form)
        hint = QLabel(
            self.tr(
                "边界点按围墙顺序填写（至少 3 个），构成校园边界；场所到学校的直线距离"
                "量至边界最近点（200 米规则）。未录入边界时按校门点估算。"
            )
        )
        hint.setWordWrap(True)
        lay.addWidget(hint)
        lay.addWidget(self.points)
        lay.addLayout(row)
        lay.addWidget(self.error)
        lay.addWidget(self.buttons)
        places = known_places(ctx)
        for edit, key in ((self.grid, "grid"), (self.community, "community")):
            edit.setCompleter(QCompleter(places[key], edit))
        if self.data:
            self._fill(self.data)

    def _fill(self, d: SchoolData) -> None:
        self.name.setText(d.name)
        self.kind.setCurrentIndex(max(0, self.kind.findData(d.kind)))
        self.address.setText(d.address)
        self.grid.setText(d.grid)
        self.community.setText(d.community)
        self.notes.setPlainText(d.notes)
        for p in d.points:
            self.add_point_row(p.kind, p.label, number_text(p.lat), number_text(p.lon), p.id)
            if p.id:
                self._stored[p.id] = p

    def add_point_row(
        self,
        kind: str = "gate",
        label: str = "",
        lat: str = "",
        lon: str = "",
        point_id: str | None = None,
    ) -> int:
        row = self.points.rowCount()
        self.points.insertRow(row)
        combo = QComboBox()
        combo.addItem(self.tr("校门"), "gate")
        combo.addItem(self.tr("边界点"), "boundary")
        combo.setCurrentIndex(max(0, combo.findData(kind)))
        combo.setProperty("point_id", point_id)
        self.points.setCellWidget(row, 0, combo)
        for col, text in ((1, label), (2, lat), (3, lon)):
            self.points.setItem(row, col, QTableWidgetItem(text))
        return row

    def _remove_points(self) -> None:
        for row in sorted({i.row() for i in self.points.selectedIndexes()}, reverse=True):
            self.points.removeRow(row)

    def _text(self, row: int, col: int) -> str:
        item = self.points.item(row, col)
        return item.text().strip() if item else ""

    def record(self) -> SchoolData:
        d = SchoolData(
            name=self.name.text(),
            kind=self.kind.currentData(),
            address=self.address.text(),
            grid=self.grid.text(),
            community=self.community.text(),
            notes=self.notes.toPlainText(),
            archived=self.data.archived if self.data else False,
            id=self.data.id if self.data else None,
        )
        for row in range(self.points.rowCount()):
            combo: QComboBox = self.points.cellWidget(row, 0)  # type: ignore[assignment]
            label, lat_text, lon_text = (self._text(row, c) for c in (1, 2, 3))
            if not (label or lat_text or lon_text):
                continue
            try:
                lat = optional_float(lat_text, self.tr("纬度"))
                lon = optional_float(lon_text, self.tr("经度"))
            except ValueError as exc:
                message = self.tr("第 %1 个坐标点：%2").replace("%1", str(row + 1))
                raise ValueError(message.replace("%2", error_text(exc))) from None
            if lat is None or lon is None:
                message = self.tr("第 %1 个坐标点缺少纬度或经度")
                raise ValueError(message.replace("%1", str(row + 1)))
            point_id = combo.property("point_id")
            stored = self._stored.get(point_id or "")
            if stored is not None and (lat_text, lon_text) == (
                number_text(stored.lat),
                number_text(stored.lon),
            ):
                lat, lon, source = stored.lat, stored.lon, stored.coord_source
            else:  # typed now: in the datum of the map chosen below the table
                if -90 <= lat <= 90 and -180 <= lon <= 180:
                    lat, lon = to_wgs84(lat, lon, ORIGINS[self.coord_source.origin()][1])
                source = self.coord_source.source()
                self._typed = True
            d.points.append(PointData(lat, lon, combo.currentData(), label, point_id, source))
        return d

    def accept(self) -> None:
        self._typed = False
        try:
            self.saved_id = save_school(self.ctx, self.record()).id
        except (ValueError, UserError) as exc:
            self.error.setText(error_text(exc))
            self.error.show()
            return
        if self._typed:
            self.coord_source.remember()
        super().accept()

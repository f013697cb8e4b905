"""The dialog that creates or edits one site (场所) with its licences."""

from __future__ import annotations

from datetime import date

import qtawesome as qta
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
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
    QWidget,
)

from inspector.domain.credit_code import credit_code_problem, normalise_credit_code
from inspector.domain.datum import ORIGINS, describe_source, to_wgs84
from inspector.domain.site_kinds import CATEGORY_LABELS, SITE_KINDS
from inspector.services.core.context import AppContext
from inspector.services.core.errors import UserError
from inspector.services.core.value_checks import phone_problem
from inspector.services.register.cells import parse_date
from inspector.services.register.entries import (
    LicenceData,
    SiteData,
    get_site,
    known_places,
    save_site,
)
from inspector.ui.shell.coord_source import CoordSourceBox
from inspector.ui.shell.i18n import (
    current_language,
    error_text,
    follow_language,
    local,
    service_text,
)

ID_ROLE = Qt.ItemDataRole.UserRole


def optional_float(text: str, what: str) -> float | None:
    """A number from a text box, or None when empty; ValueError names the field
    (``what``, already translated)."""
    t = text.strip()
    if not t:
        return None
    try:
        return float(t)
    except ValueError:
        message = QCoreApplication.translate("SiteDialog", "%1“%2”不是数字")
        raise ValueError(message.replace("%1", what).replace("%2", t)) from None


def number_text(value: float | None) -> str:
    return "" if value is None else f"{value:.6f}".rstrip("0").rstrip(".")


KINDS = {kind.code: kind for kind in SITE_KINDS}


def kind_combo(parent: QWidget | None = None) -> QComboBox:
    """A combo box of every site kind, grouped by category; item data is the code."""
    combo = QComboBox(parent)
    category = None
    for kind in SITE_KINDS:
        if kind.category != category:
            if category is not None:
                combo.insertSeparator(combo.count())
            category = kind.category
        combo.addItem(kind_entry(kind.code), kind.code)
    return follow_language(combo, lambda code: kind_entry(code) if code in KINDS else None)


def kind_entry(code: str) -> str:
    """A site kind with its category, e.g. "网吧（校园周边）", in the interface language."""
    kind = KINDS[code]
    text = QCoreApplication.translate("SiteDialog", "{kind}（{group}）")
    return text.format(kind=local(kind.label), group=local(CATEGORY_LABELS[kind.category]))


class SiteDialog(QDialog):
    """Edit a site; on OK the record is saved through the register service."""

    def __init__(self, ctx: AppContext, site_id: str | None = None, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.data = get_site(ctx, site_id) if site_id else None
        self.saved_id: str | None = None
        self.setWindowTitle(self.tr("编辑场所") if site_id else self.tr("新建场所"))
        self.setMinimumWidth(620)

        self.name = QLineEdit()
        self.kind = kind_combo()
        self.address = QLineEdit()
        self.grid = QLineEdit()
        self.community = QLineEdit()
        self.person = QLineEdit()
        self.phone = QLineEdit()
        self.credit = QLineEdit()
        self.credit_note = QLabel()  # a wrong check character, said while typing
        self.credit_note.setStyleSheet("color: #b00020;")
        self.credit_note.setWordWrap(True)
        self.credit_note.hide()
        self.credit_keep = QCheckBox(self.tr("校验位有误仍保存（标记为未核验）"))
        self.credit_keep.hide()
        self.credit.textChanged.connect(self._check_credit)
        credit_box = QVBoxLayout()
        credit_box.setContentsMargins(0, 0, 0, 0)
        for w in (self.credit, self.credit_note, self.credit_keep):
            credit_box.addWidget(w)
        self.lat = QLineEdit()
        self.lat.setPlaceholderText(self.tr("纬度，如 25.7900"))
        self.lon = QLineEdit()
        self.lon.setPlaceholderText(self.tr("经度，如 113.0400"))
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)  # Tab moves on, as in every field
        self.notes.setFixedHeight(60)
        coords = QHBoxLayout()
        coords.addWidget(self.lat)
        coords.addWidget(self.lon)
        self.coord_source = CoordSourceBox(ctx)
        coords.addWidget(QLabel(self.tr("来自")))
        coords.addWidget(self.coord_source)
        self.coord_note = QLabel()
        self.coord_note.setObjectName("coord_note")
        self.coord_note.setStyleSheet("color: #555;")
        self._shown_coords = ("", "")  # the stored WGS-84 figures as filled in

        form = QFormLayout()
        form.addRow(self.tr("名称 *"), self.name)
        form.addRow(self.tr("类型 *"), self.kind)
        form.addRow(self.tr("地址"), self.address)
        form.addRow(self.tr("网格"), self.grid)
        form.addRow(self.tr("社区"), self.community)
        form.addRow(self.tr("负责人"), self.person)
        self.phone_note = QLabel()  # a figure that cannot be a phone number, said while typing
        self.phone_note.setObjectName("phone_note")
        self.phone_note.setStyleSheet("color: #b00020;")
        self.phone_note.hide()
        self.phone.textChanged.connect(self._check_phone)
        phone_box = QVBoxLayout()
        phone_box.setContentsMargins(0, 0, 0, 0)
        phone_box.addWidget(self.phone)
        phone_box.addWidget(self.phone_note)
        form.addRow(self.tr("联系电话"), phone_box)
        form.addRow(self.tr("统一社会信用代码"), credit_box)
        form.addRow(self.tr("坐标（纬度, 经度）"), coords)
        form.addRow("", self.coord_note)
        form.addRow(self.tr("备注"), self.notes)

        self.licences = QTableWidget(0, 3)
        self.licences.setHorizontalHeaderLabels(
            [self.tr("证照种类"), self.tr("编号"), self.tr("有效期至（年-月-日）")]
        )
        self.licences.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.licences.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.licences.verticalHeader().setVisible(False)
        add = QPushButton(qta.icon("fa5s.plus"), self.tr("添加证照"))
        add.clicked.connect(lambda: self.add_licence_row())
        remove = QPushButton(qta.icon("fa5s.minus"), self.tr("删除所选证照"))
        remove.clicked.connect(self._remove_licence)
        buttons_row = QHBoxLayout()
        buttons_row.addWidget(add)
        buttons_row.addWidget(remove)
        buttons_row.addStretch(1)

        self.error = QLabel()
        self.error.setObjectName("errorLabel")
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
        lay.addWidget(QLabel(self.tr("证照")))
        lay.addWidget(self.licences)
        lay.addLayout(buttons_row)
        lay.addWidget(self.error)
        lay.addWidget(self.buttons)
        places = known_places(ctx)
        for edit, key in ((self.grid, "grid"), (self.community, "community")):
            edit.setCompleter(QCompleter(places[key], edit))
        if self.data:
            self._fill(self.data)

    # --- filling and reading ---------------------------------------------------------

    def _fill(self, d: SiteData) -> None:
        self.name.setText(d.name)
        self.kind.setCurrentIndex(max(0, self.kind.findData(d.kind)))
        self.address.setText(d.address)
        self.grid.setText(d.grid)
        self.community.setText(d.community)
        self.person.setText(d.responsible_person)
        self.phone.setText(d.phone)
        self.credit.setText(d.credit_code)
        self.credit_keep.setChecked(d.credit_code_unchecked)  # kept unchecked before
        self.lat.setText(number_text(d.lat))
        self.lon.setText(number_text(d.lon))
        self._shown_coords = (self.lat.text(), self.lon.text())
        self._show_coord_note()
        self.notes.setPlainText(d.notes)
        for lic in d.licences:
            until = lic.valid_until.isoformat() if lic.valid_until else ""
            self.add_licence_row(lic.kind, lic.number, until, lic.id)

    def _show_coord_note(self) -> None:
        """Where the stored coordinates came from, in the interface language."""
        d = self.data
        if d is not None and d.lat is not None:
            self.coord_note.setText(
                self.tr("已存为 WGS-84；来源：{source}。改动坐标时请选择其来自哪个地图。").format(
                    source=describe_source(d.coord_source, current_language())
                )
            )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._show_coord_note()
        super().changeEvent(event)

    def add_licence_row(
        self, kind: str = "", number: str = "", until: str = "", lic_id: str | None = None
    ) -> int:
        row = self.licences.rowCount()
        self.licences.insertRow(row)
        for col, text in enumerate((kind, number, until)):
            item = QTableWidgetItem(text)
            if col == 0:
                item.setData(ID_ROLE, lic_id)  # the licence id when editing
            if col == 2 and text and text < date.today().isoformat():
                item.setForeground(QColor("#b00020"))
                item.setToolTip(self.tr("已过期"))
            self.licences.setItem(row, col, item)
        return row

    def _remove_licence(self) -> None:
        rows = sorted({i.row() for i in self.licences.selectedIndexes()}, reverse=True)
        for row in rows:
            self.licences.removeRow(row)

    def _cell(self, row: int, col: int) -> str:
        item = self.licences.item(row, col)
        return item.text().strip() if item else ""

    def record(self) -> SiteData:
        """The form as a record; ValueError names the first field that cannot be read."""
        d = SiteData(
            name=self.name.text(),
            kind=self.kind.currentData(),
            address=self.address.text(),
            grid=self.grid.text(),
            community=self.community.text(),
            responsible_person=self.person.text(),
            phone=self.phone.text(),
            credit_code=normalise_credit_code(self.credit.text()),
            lat=optional_float(self.lat.text(), self.tr("纬度")),
            lon=optional_float(self.lon.text(), self.tr("经度")),
            notes=self.notes.toPlainText(),
            archived=self.data.archived if self.data else False,
            id=self.data.id if self.data else None,
        )
        if self.coords_changed():
            if d.lat is not None and d.lon is not None and -90 <= d.lat <= 90:
                d.lat, d.lon = to_wgs84(d.lat, d.lon, ORIGINS[self.coord_source.origin()][1])
            d.coord_source = self.coord_source.source() if d.lat is not None else ""
        elif self.data is not None:
            d.lat, d.lon, d.coord_source = self.data.lat, self.data.lon, self.data.coord_source
        for row in range(self.licences.rowCount()):
            kind, number, until = (self._cell(row, c) for c in range(3))
            if not (kind or number or until):
                continue
            try:
                valid = parse_date(until) if until else None
            except ValueError as exc:
                message = self.tr("第 %1 个证照：%2").replace("%1", str(row + 1))
                raise ValueError(message.replace("%2", error_text(exc))) from None
            item = self.licences.item(row, 0)
            lic_id = item.data(ID_ROLE) if item else None
            d.licences.append(LicenceData(kind, number, valid, lic_id))
        return d

    def coords_changed(self) -> bool:
        """Whether the coordinates were typed or pasted now (not the stored ones as shown)."""
        now = (self.lat.text().strip(), self.lon.text().strip())
        return now != self._shown_coords

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()

    def _check_phone(self) -> None:
        problem = phone_problem(self.phone.text())
        self.phone_note.setText(service_text(problem) if problem else "")
        self.phone_note.setVisible(problem is not None)

    def _check_credit(self) -> None:
        problem = credit_code_problem(self.credit.text())
        self.credit_note.setText(service_text(problem) if problem else "")
        self.credit_note.setVisible(problem is not None)
        self.credit_keep.setVisible(problem is not None)

    def accept(self) -> None:
        problem = credit_code_problem(self.credit.text())
        if problem and not self.credit_keep.isChecked():
            self.show_error(
                self.tr("%1。请核对；确属原样的，勾选“校验位有误仍保存”。").replace(
                    "%1", service_text(problem)
                )
            )
            self.credit.setFocus()
            return
        try:
            record = self.record()
            self.saved_id = save_site(self.ctx, record).id
        except (ValueError, UserError) as exc:
            self.show_error(error_text(exc))
            return
        if record.lat is not None and self.coords_changed():
            self.coord_source.remember()
        super().accept()

"""Start an inspection: pick the site (or create it on the spot), the checklists, the header.

On "开始检查" the dialog hands what the inspector chose (:class:`StartRequest`)
to the inspection service; a refusal shows inline and the dialog stays open.
After ``accept()`` :attr:`StartDialog.inspection_id` is the new draft.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import cast

from PySide6.QtCore import QDateTime, QEvent, Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from inspector.domain.datum import ORIGINS, to_wgs84
from inspector.domain.distance import CoordinateError, format_coordinates, parse_coordinates
from inspector.domain.site_kinds import SITE_KINDS
from inspector.services.core.context import AppContext
from inspector.services.core.errors import UserError
from inspector.services.register.entries import SiteData, save_site, search_sites
from inspector.store.models import Site
from inspector.ui.inspection.form_bits import StartRequest, start_from_request
from inspector.ui.inspection.form_bits import bold as _bold
from inspector.ui.inspection.form_bits import buddy as _buddy
from inspector.ui.inspection.form_bits import pair as _pair
from inspector.ui.shell.coord_source import CoordSourceBox
from inspector.ui.shell.i18n import error_text, follow_language, kind_text, local
from inspector.ui.shell.operations import run_op

__all__ = ["NewSiteBox", "StartDialog", "StartRequest", "start_from_request"]

ID_ROLE = Qt.ItemDataRole.UserRole
SEARCH_LIMIT = 200


class NewSiteBox(QGroupBox):
    """The few fields needed to create a site at the door; the register adds the rest later."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTitle(self.tr("现场新建场所"))
        form = QFormLayout(self)
        self.name = QLineEdit()
        self.name.setObjectName("new_site_name")
        self.kind = QComboBox()
        self.kind.setObjectName("new_site_kind")
        for k in SITE_KINDS:
            self.kind.addItem(local(k.label), k.code)
        follow_language(self.kind, lambda code: kind_text(code) if code else None)
        self.address = QLineEdit()
        self.grid = QLineEdit()
        self.create_button = QPushButton(self.tr("保存场所"))
        self.create_button.setObjectName("create_site")
        form.addRow(self.tr("名称"), self.name)
        form.addRow(self.tr("类型"), self.kind)
        form.addRow(self.tr("地址"), self.address)
        form.addRow(self.tr("网格"), self.grid)
        form.addRow("", self.create_button)


class StartDialog(QDialog):
    def __init__(self, ctx: AppContext, site_id: str | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.request: StartRequest | None = None
        self.inspection_id: str | None = None
        self.is_reinspection = False  # True when 复查未整改项目 started the draft
        self.setWindowTitle(self.tr("新建巡查"))
        self.resize(980, 640)
        self._site: Site | None = None

        root = QHBoxLayout(self)
        # --- the site -------------------------------------------------------------------
        left = QVBoxLayout()
        site_label = _bold(self.tr("1. 场所(&S)"))
        left.addWidget(site_label)
        self.search = QLineEdit()
        site_label.setBuddy(self.search)
        self.search.setObjectName("site_search")
        self.search.setPlaceholderText(self.tr("输入名称、地址或网格搜索（↓ 选择）"))
        self.search.setClearButtonEnabled(True)
        left.addWidget(self.search)
        self.sites = QListWidget()
        self.sites.setObjectName("site_list")
        left.addWidget(self.sites, 1)
        self.toggle_new = QPushButton(self.tr("找不到？现场新建场所…"))
        self.toggle_new.setCheckable(True)
        left.addWidget(self.toggle_new)
        self.new_site = NewSiteBox()
        self.new_site.hide()
        left.addWidget(self.new_site)
        root.addLayout(left, 3)

        # --- templates and header -------------------------------------------------------
        right = QVBoxLayout()
        self.site_label = QLabel(self.tr("未选择场所"))
        self.site_label.setObjectName("chosen_site")
        self.site_label.setWordWrap(True)
        right.addWidget(self.site_label)
        self.open_cases = QWidget()
        self.open_cases.setObjectName("open_cases_box")
        self.open_cases.setStyleSheet(
            "#open_cases_box { background: #f3e5f5; border-radius: 4px; }"
        )
        cases_row = QHBoxLayout(self.open_cases)
        cases_row.setContentsMargins(6, 4, 6, 4)
        self.open_cases_label = QLabel()
        self.open_cases_label.setObjectName("open_cases_label")
        self.open_cases_label.setWordWrap(True)
        cases_row.addWidget(self.open_cases_label, 1)
        self.reinspect_button = QPushButton(self.tr("复查未整改项目(&R)"))
        self.reinspect_button.setObjectName("reinspect_button")
        self.reinspect_button.setMinimumHeight(44)
        self.reinspect_button.setAutoDefault(False)
        self.reinspect_button.clicked.connect(self.start_reinspection)
        cases_row.addWidget(self.reinspect_button)
        self.open_cases.hide()
        right.addWidget(self.open_cases)
        templates_label = _bold(self.tr("2. 检查表(&T)（可多选，空格键勾选）"))
        right.addWidget(templates_label)
        self.templates = QListWidget()
        self.templates.setObjectName("template_list")
        templates_label.setBuddy(self.templates)
        self.templates.setMinimumHeight(140)
        right.addWidget(self.templates, 1)
        right.addWidget(_bold(self.tr("3. 检查信息")))
        form = QFormLayout()
        s = ctx.settings
        self.lead_name = QLineEdit(s.inspector_name)
        self.lead_name.setObjectName("lead_name")
        self.lead_id = QLineEdit(s.inspector_id_no)
        self.lead_id.setObjectName("lead_id")
        self.co_name = QLineEdit()
        self.co_name.setObjectName("co_name")
        self.co_id = QLineEdit()
        self.co_id.setObjectName("co_id")
        form.addRow(
            _buddy(self.tr("主检查员(&L)"), self.lead_name),
            _pair(self.lead_name, self.lead_id, self.tr("证件号")),
        )
        form.addRow(
            _buddy(self.tr("协检员(&C)"), self.co_name),
            _pair(self.co_name, self.co_id, self.tr("证件号")),
        )
        self.when = QDateTimeEdit(QDateTime.currentDateTime())
        self.when.setObjectName("started_at")
        self.when.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.when.setCalendarPopup(True)
        form.addRow(self.tr("检查时间"), self.when)
        self.location = QLineEdit()
        self.location.setObjectName("location")
        form.addRow(_buddy(self.tr("检查地点(&D)"), self.location), self.location)
        self.coords = QLineEdit()
        self.coords.setObjectName("coords")
        self.coords.setPlaceholderText(self.tr("纬度, 经度（可粘贴，如 25.7912, 113.0321）"))
        self.coord_source = CoordSourceBox(ctx)
        coords_row = QHBoxLayout()
        coords_row.addWidget(self.coords, 1)
        coords_row.addWidget(QLabel(self.tr("来自")))
        coords_row.addWidget(self.coord_source)
        form.addRow(_buddy(self.tr("坐标(&G)"), self.coords), coords_row)
        right.addLayout(form)
        self.message = QLabel()
        self.message.setObjectName("start_message")
        self.message.setStyleSheet("color: #c62828;")
        self.message.setWordWrap(True)
        right.addWidget(self.message)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("开始检查"))
        self.ok.setMinimumHeight(44)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        right.addWidget(self.buttons)
        root.addLayout(right, 4)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(150)
        self._search_timer.timeout.connect(self.refresh_sites)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.search.installEventFilter(self)
        self.sites.currentItemChanged.connect(lambda cur, _prev: self._site_chosen(cur))
        self.toggle_new.toggled.connect(self._toggle_new)
        self.new_site.create_button.clicked.connect(self.create_site)
        self.coords.editingFinished.connect(self._check_coords)
        self.refresh_sites()
        if site_id:
            self.choose_site(site_id)
        self.search.setFocus()

    # --- sites ---------------------------------------------------------------------------

    def refresh_sites(self) -> None:
        self._search_timer.stop()
        current = self._site.id if self._site else None
        self.sites.blockSignals(True)
        self.sites.clear()
        for site in search_sites(self.ctx, self.search.text())[:SEARCH_LIMIT]:
            text = f"{site.name}　[{kind_text(site.kind)}]"
            if site.grid or site.address:
                text += f"\n{site.grid}　{site.address}".rstrip()
            item = QListWidgetItem(text)
            item.setData(ID_ROLE, site.id)
            item.setData(Qt.ItemDataRole.UserRole + 1, site)
            self.sites.addItem(item)
            if site.id == current:
                self.sites.setCurrentItem(item)
        self.sites.blockSignals(False)

    def eventFilter(self, obj, event) -> bool:
        # Down in the search field moves into the result list, choosing the first site.
        if obj is self.search and event.type() == event.Type.KeyPress:
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._search_enter()  # choose, never start from the search field
                return True
            if event.key() == Qt.Key.Key_Down and self.sites.count():
                self._search_timer.stop()
                self.refresh_sites()
                self.sites.setFocus()
                if self.sites.currentRow() < 0:
                    self.sites.setCurrentRow(0)
                return True
        return super().eventFilter(obj, event)

    def keyPressEvent(self, event) -> None:
        """Enter never starts the inspection from a field: it chooses and moves on.

        A focused push button takes Enter itself (the start button starts), so
        what arrives here is Enter in a list or a field: the site list chooses
        the site and goes to the checklists, the checklists go to the second
        inspector, and each field after that to the next, ending on the start
        button.
        """
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not (
            event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        ):
            self._enter_moves_on(self.focusWidget())
            event.accept()
            return
        super().keyPressEvent(event)

    def _enter_moves_on(self, focus: QWidget | None) -> None:
        chain: list[QWidget] = [self.co_name, self.co_id, self.location, self.coords, self.ok]
        if focus is self.sites:
            self._site_chosen(self.sites.currentItem())
            self.templates.setFocus()
        elif focus is self.templates:
            (self.lead_name if not self.lead_name.text().strip() else self.co_name).setFocus()
        elif focus in chain[:-1]:
            chain[chain.index(focus) + 1].setFocus()
        elif focus in (self.lead_name, self.lead_id, self.when):
            self.co_name.setFocus()
        else:
            self.focusNextChild()

    def _search_enter(self) -> None:
        """Enter in the search: one match is chosen (focus to the checklists), several
        put the keyboard into the results."""
        self.refresh_sites()
        if self.sites.count() == 1:
            self.sites.setCurrentRow(0)
            self.templates.setFocus()
        elif self.sites.count():
            self.sites.setFocus()
            if self.sites.currentRow() < 0:
                self.sites.setCurrentRow(0)

    def choose_site(self, site_id: str) -> None:
        for row in range(self.sites.count()):
            if self.sites.item(row).data(ID_ROLE) == site_id:
                self.sites.setCurrentRow(row)
                return
        matches = [s for s in search_sites(self.ctx) if s.id == site_id]
        if matches:
            self._set_site(matches[0])

    def _site_chosen(self, item: QListWidgetItem | None) -> None:
        if item is not None:
            self._set_site(item.data(Qt.ItemDataRole.UserRole + 1))

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def retranslateUi(self) -> None:
        """Sites, the chosen site and the checklists in the new language; choices stay."""
        self.refresh_sites()
        if self._site is not None:
            self._site_text(self._site)
            self._show_open_cases(self._site.id)
            for i in range(self.templates.count()):
                item = self.templates.item(i)
                t = self.ctx.catalog.get(item.data(ID_ROLE))
                if t is not None:
                    item.setText(self._template_text(t, self._site.kind))

    def _site_text(self, site: Site) -> None:
        self.site_label.setText(
            self.tr("场所：<b>{name}</b>（{kind}）{address}").format(
                name=site.name, kind=kind_text(site.kind), address=site.address
            )
        )

    def _template_text(self, t, site_kind: str) -> str:
        return self.tr("{title}（{n} 项）").format(title=local(t.title), n=len(t.items(site_kind)))

    def _set_site(self, site: Site) -> None:
        self._site = site
        self._site_text(site)
        self.location.setText(site.address)
        self.coords.setText(format_coordinates(site.lat, site.lon))
        self._fill_templates(site.kind)
        self._show_open_cases(site.id)
        self.message.clear()

    def _show_open_cases(self, site_id: str) -> None:
        """A site with unresolved rectification cases: offer the re-inspection."""
        from inspector.services.followup.cases import cases_of_site

        n = len(cases_of_site(self.ctx, site_id))
        self.open_cases.setVisible(n > 0)
        self.open_cases_label.setText(
            self.tr("该场所有 {n} 项整改未完成：可只复查这些项目。").format(n=n)
        )

    def start_reinspection(self) -> None:
        """复查未整改项目: a draft with only the unresolved items, then close the dialog."""
        from inspector.services.followup.reinspection import start_reinspection

        if self._site is None:
            return
        lead = self.lead_name.text().strip()
        if not lead:
            self.message.setText(self.tr("请填写主检查员姓名。"))
            return
        try:
            self.inspection_id = start_reinspection(
                self.ctx,
                self._site.id,
                lead_inspector_name=lead,
                co_inspector_name=self.co_name.text().strip(),
            )
            ids = {
                "lead_inspector_id_no": self.lead_id.text().strip(),
                "co_inspector_id_no": self.co_id.text().strip(),
            }
            if any(ids.values()):
                from inspector.services.inspection.walk import set_header

                set_header(self.ctx, self.inspection_id, **ids)
        except UserError as exc:
            self.message.setText(error_text(exc))
            return
        self.is_reinspection = True
        super().accept()

    def _fill_templates(self, site_kind: str) -> None:
        self.templates.clear()
        proposed = [t.id for t in self.ctx.catalog.for_site_kind(site_kind)]
        others = [t for t in self.ctx.catalog if t.id not in proposed]
        for t in [self.ctx.catalog.get(i) for i in proposed] + others:
            if t is None:
                continue
            item = QListWidgetItem(self._template_text(t, site_kind))
            item.setData(ID_ROLE, t.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            suggested = t.id in proposed
            item.setCheckState(Qt.CheckState.Checked if suggested else Qt.CheckState.Unchecked)
            if suggested:
                item.setToolTip(self.tr("适用于该类场所，已建议选中"))
            self.templates.addItem(item)

    def _toggle_new(self, on: bool) -> None:
        self.new_site.setVisible(on)
        if on:
            self.new_site.name.setText(self.search.text().strip())
            self.new_site.name.setFocus()

    def create_site(self) -> Site | None:
        box = self.new_site
        try:
            coords = parse_coordinates(self.coords.text())
        except CoordinateError:
            coords = None
        if coords:
            coords = to_wgs84(*coords, ORIGINS[self.coord_source.origin()][1])
        data = SiteData(
            name=box.name.text().strip(),
            kind=box.kind.currentData(),
            address=box.address.text().strip(),
            grid=box.grid.text().strip() or self.ctx.settings.grid,
            community=self.ctx.settings.community,
            lat=coords[0] if coords else None,
            lon=coords[1] if coords else None,
            coord_source=self.coord_source.source() if coords else "",
        )
        try:
            site = save_site(self.ctx, data)
        except UserError as exc:
            self.message.setText(error_text(exc))
            return None
        self.search.blockSignals(True)
        self.search.setText(site.name)
        self.search.blockSignals(False)
        self.refresh_sites()
        self.toggle_new.setChecked(False)
        self.choose_site(site.id)
        return site

    # --- result --------------------------------------------------------------------------

    def chosen_templates(self) -> list[str]:
        out = []
        for row in range(self.templates.count()):
            item = self.templates.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                out.append(item.data(ID_ROLE))
        return out

    def _check_coords(self) -> bool:
        try:
            parse_coordinates(self.coords.text())
        except CoordinateError as exc:
            self.message.setText(error_text(exc))
            return False
        return True

    def problems(self) -> list[str]:
        out = []
        if self._site is None:
            out.append(self.tr("请先选择或新建场所"))
        if not self.chosen_templates():
            out.append(self.tr("请至少选择一张检查表"))
        if not self.lead_name.text().strip():
            out.append(self.tr("请填写主检查员姓名"))
        try:
            parse_coordinates(self.coords.text())
        except CoordinateError as exc:
            out.append(error_text(exc))
        return out

    def accept(self) -> None:
        problems = self.problems()
        if problems:
            self.message.setText("；".join(problems) + "。")
            return
        assert self._site is not None
        coords: tuple[float | None, float | None] | None = parse_coordinates(self.coords.text())
        site_coords = format_coordinates(self._site.lat, self._site.lon)
        typed = bool(coords) and self.coords.text().strip() != site_coords
        if not typed and coords:
            coords = (self._site.lat, self._site.lon)  # the register's own, with its source
        when = cast(datetime, self.when.dateTime().toPython())
        self.request = StartRequest(
            site_id=self._site.id,
            template_ids=self.chosen_templates(),
            lead_name=self.lead_name.text().strip(),
            lead_id_no=self.lead_id.text().strip(),
            co_name=self.co_name.text().strip(),
            co_id_no=self.co_id.text().strip(),
            started_at=when.astimezone().astimezone(UTC),
            location_text=self.location.text().strip(),
            lat=coords[0] if coords else None,
            lon=coords[1] if coords else None,
            coord_source=self.coord_source.source() if typed else "",
        )
        request = self.request
        try:
            # one operation: the home page, the lists and the status bar show the new draft
            self.inspection_id = run_op(self, lambda: start_from_request(self.ctx, request))
        except UserError as exc:
            self.message.setText(error_text(exc))
            return
        if typed:
            self.coord_source.remember()
        super().accept()

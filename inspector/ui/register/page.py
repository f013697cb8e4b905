"""The register page (场所登记): a table of sites and a table of schools.

Each tab has a search box, a "show archived" switch, and buttons to create,
edit, archive, import and export. All reading and writing goes through
:mod:`inspector.services.register.entries` and :mod:`inspector.services.register.import_export` (export: :mod:`inspector.services.register.export`).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import cast

import qtawesome as qta
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from inspector.domain.site_kinds import SCHOOL_KINDS
from inspector.services.core.changes import Change
from inspector.services.core.context import AppContext
from inspector.services.core.errors import UserError
from inspector.services.register import entries as reg
from inspector.services.register import export as register_export
from inspector.ui.register.import_preview import run_import
from inspector.ui.register.school_dialog import SchoolDialog
from inspector.ui.register.site_dialog import SiteDialog
from inspector.ui.shell.collation import CollatedItem
from inspector.ui.shell.i18n import error_text, kind_text, local
from inspector.ui.shell.operations import LiveRefresh, run_op

ID_ROLE = Qt.ItemDataRole.UserRole
ARCHIVED_COLOUR = QColor("#888888")


class RegisterTab(QWidget):
    """One searchable table with its buttons; subclasses say what the rows are."""

    kind = ""  # "sites" | "schools"
    sort_column = 0  # the column sorted on at first
    changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.addAction(qta.icon("fa5s.search"), QLineEdit.ActionPosition.LeadingPosition)
        self.search.textChanged.connect(self.refresh)
        self.show_archived = QCheckBox(self.tr("显示已归档"))
        self.show_archived.toggled.connect(self.refresh)
        self.new_button = QPushButton(qta.icon("fa5s.plus"), self.tr("新建"))
        self.edit_button = QPushButton(qta.icon("fa5s.edit"), self.tr("编辑"))
        self.archive_button = QPushButton(qta.icon("fa5s.archive"), self.tr("归档"))
        self.import_button = QPushButton(qta.icon("fa5s.file-import"), self.tr("导入…"))
        self.export_button = QPushButton(qta.icon("fa5s.file-export"), self.tr("导出…"))
        self.new_button.clicked.connect(self.create_record)
        self.edit_button.clicked.connect(self.edit)
        self.archive_button.clicked.connect(self.toggle_archived)
        self.import_button.clicked.connect(lambda: self.import_file())
        self.export_button.clicked.connect(lambda: self.export_file())

        self.table = QTableWidget(0, len(self.headers()))
        self.table.setHorizontalHeaderLabels(self.headers())
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSortIndicator(
            self.sort_column, Qt.SortOrder.AscendingOrder
        )
        self.table.activated.connect(lambda _index: self.edit())  # double-click or Enter
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.count_label = QLabel()

        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        bar.addWidget(self.show_archived)
        for b in (self.new_button, self.edit_button, self.archive_button):
            bar.addWidget(b)
        bar.addSpacing(12)
        bar.addWidget(self.import_button)
        bar.addWidget(self.export_button)
        lay = QVBoxLayout(self)
        lay.addLayout(bar)
        lay.addWidget(self.table, 1)
        lay.addWidget(self.count_label)
        for keys, slot in (("Ctrl+F", self.search.setFocus), ("Ctrl+Shift+N", self.create_record)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        self.new_button.setToolTip(self.tr("新建（Ctrl+Shift+N）"))
        self.search.setToolTip(self.tr("搜索（Ctrl+F）"))
        self.refresh()
        self.live = LiveRefresh(self, Change.REGISTER, self.refresh)  # keeps the selected row

    # --- what subclasses provide -------------------------------------------------------

    def headers(self) -> list[str]:
        raise NotImplementedError

    def rows(self) -> list[tuple[str, bool, list[str]]]:
        """(id, archived, cell texts) for the current search."""
        raise NotImplementedError

    def open_dialog(self, row_id: str | None):
        raise NotImplementedError

    def set_archived(self, row_id: str, archived: bool) -> None:
        raise NotImplementedError

    # --- behaviour ---------------------------------------------------------------------

    def refresh(self) -> None:
        keep = self.current_id()
        rows = self.rows()
        self.table.setSortingEnabled(False)
        self.table.setRowCount(len(rows))
        for r, (row_id, archived, cells) in enumerate(rows):
            for c, text in enumerate(cells):
                item = CollatedItem(text)  # sorts names by pinyin, not code point
                item.setData(ID_ROLE, row_id)
                item.setData(ID_ROLE + 1, archived)
                if archived:
                    item.setForeground(ARCHIVED_COLOUR)
                self.table.setItem(r, c, item)
        self.table.setSortingEnabled(True)
        self.table.resizeColumnsToContents()
        for c in range(self.table.columnCount()):
            self.table.setColumnWidth(c, min(self.table.columnWidth(c), 260))
        self.count_label.setText(self.tr("共 %1 条").replace("%1", str(len(rows))))
        if keep:
            self.select_id(keep)
        self._update_buttons()

    def current_id(self) -> str | None:
        items = self.table.selectedItems()
        return items[0].data(ID_ROLE) if items else None

    def current_archived(self) -> bool:
        items = self.table.selectedItems()
        return bool(items and items[0].data(ID_ROLE + 1))

    def select_id(self, row_id: str) -> bool:
        for r in range(self.table.rowCount()):
            item = self.table.item(r, 0)
            if item is not None and item.data(ID_ROLE) == row_id:
                self.table.selectRow(r)
                return True
        return False

    def _update_buttons(self) -> None:
        has = self.current_id() is not None
        self.edit_button.setEnabled(has)
        self.archive_button.setEnabled(has)
        self.archive_button.setText(
            self.tr("恢复") if has and self.current_archived() else self.tr("归档")
        )

    def create_record(self) -> None:
        dialog = self.open_dialog(None)
        if run_op(self, dialog.exec):
            self.search.clear()  # the new row shows (the search refreshes the table)
            self.select_id(dialog.saved_id)
            self.changed.emit()

    def edit(self) -> None:
        row_id = self.current_id()
        if row_id is None:
            return
        try:
            dialog = self.open_dialog(row_id)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("无法打开"), error_text(exc))
            self.refresh()
            return
        if run_op(self, dialog.exec):  # saved: the table follows as a change
            self.changed.emit()

    def toggle_archived(self) -> None:
        row_id = self.current_id()
        if row_id is None:
            return
        archived = self.current_archived()
        try:
            run_op(self, lambda: self.set_archived(row_id, not archived))
        except UserError as exc:
            QMessageBox.warning(self, self.tr("操作失败"), error_text(exc))
        self.changed.emit()

    def import_file(self, path: Path | None = None) -> int:
        count = run_op(self, lambda: run_import(self.ctx, self.kind, self, path))
        if count:
            self.changed.emit()
        return count

    def export_file(self, path: Path | None = None) -> int:
        if path is None:
            name, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("导出到文件"),
                f"{self.kind}.xlsx",
                self.tr("Excel (*.xlsx);;CSV (*.csv)"),
            )
            if not name:
                return 0
            path = Path(name)
        export = (
            register_export.export_sites if self.kind == "sites" else register_export.export_schools
        )
        try:
            count = export(self.ctx, path)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("导出失败"), error_text(exc))
            return 0
        return count


class SitesTab(RegisterTab):
    kind = "sites"
    sort_column = 3  # by grid (一档一册 per grid)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.search.setPlaceholderText(self.tr("搜索名称、地址、网格、社区或负责人"))
        from inspector.ui.register.site_history import SiteHistory

        # The chosen site's inspections, 新建巡查 and 复查未整改项目 (walk windows).
        self.history = SiteHistory(ctx)
        self.history.setMaximumHeight(240)
        watched = Change.INSPECTIONS | Change.CASES
        self.history_live = LiveRefresh(self.history, watched, self.history.refresh)
        cast(QVBoxLayout, self.layout()).addWidget(self.history)  # RegisterTab made it
        self.table.itemSelectionChanged.connect(lambda: self.history.set_site(self.current_id()))
        self.history.open_requested.connect(lambda i: self._walk("open", i))
        self.history.start_requested.connect(lambda i: self._walk("new_walk", i))
        self.history.reinspect_requested.connect(lambda i: self._walk("start_reinspection", i))

    def _walk(self, action: str, value: str) -> None:
        hooks = getattr(self.window(), "walk_hooks", None)
        if hooks is not None:  # one operation: what it starts is listed at once
            run_op(self.history, lambda: getattr(hooks, action)(value))

    def headers(self) -> list[str]:
        return [
            self.tr("名称"),
            self.tr("类型"),
            self.tr("地址"),
            self.tr("网格"),
            self.tr("社区"),
            self.tr("负责人"),
            self.tr("联系电话"),
            self.tr("证照"),
            self.tr("坐标"),
            self.tr("状态"),
        ]

    def rows(self) -> list[tuple[str, bool, list[str]]]:
        sites = reg.search_sites(
            self.ctx, self.search.text(), include_archived=self.show_archived.isChecked()
        )
        licences = reg.licences_by_site(self.ctx, [s.id for s in sites])
        out = []
        today = date.today()
        for s in sites:
            coords = f"{s.lat:.5f}, {s.lon:.5f}" if s.lat is not None and s.lon is not None else ""
            held = licences.get(s.id, [])
            expired = sum(1 for x in held if x.valid_until and x.valid_until < today)
            lic = str(len(held))
            if expired:
                lic += self.tr("（%1 个过期）").replace("%1", str(expired))
            cells = [s.name, kind_text(s.kind), s.address, s.grid, s.community,
                     s.responsible_person, s.phone, lic, coords,
                     self.tr("已归档") if s.archived else self.tr("在册")]  # fmt: skip
            out.append((s.id, s.archived, cells))
        return out

    def open_dialog(self, row_id: str | None) -> SiteDialog:
        return SiteDialog(self.ctx, row_id, self)

    def set_archived(self, row_id: str, archived: bool) -> None:
        reg.set_site_archived(self.ctx, row_id, archived)


class SchoolsTab(RegisterTab):
    kind = "schools"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.search.setPlaceholderText(self.tr("搜索学校名称、地址、网格或社区"))

    def headers(self) -> list[str]:
        return [
            self.tr("名称"),
            self.tr("类型"),
            self.tr("地址"),
            self.tr("网格"),
            self.tr("社区"),
            self.tr("校门"),
            self.tr("边界点"),
            self.tr("状态"),
        ]

    def rows(self) -> list[tuple[str, bool, list[str]]]:
        schools = reg.search_schools(
            self.ctx, self.search.text(), include_archived=self.show_archived.isChecked()
        )
        points = reg.points_by_school(self.ctx)
        out = []
        for s in schools:
            pts = points.get(s.id, [])
            gates = [p.label or "—" for p in pts if p.kind == "gate"]
            boundary = sum(1 for p in pts if p.kind == "boundary")
            kind = local(SCHOOL_KINDS[s.kind]) if s.kind in SCHOOL_KINDS else s.kind
            cells = [s.name, kind, s.address, s.grid, s.community, self.tr("、").join(gates),
                     str(boundary), self.tr("已归档") if s.archived else self.tr("在册")]  # fmt: skip
            out.append((s.id, s.archived, cells))
        return out

    def open_dialog(self, row_id: str | None) -> SchoolDialog:
        return SchoolDialog(self.ctx, row_id, self)

    def set_archived(self, row_id: str, archived: bool) -> None:
        reg.set_school_archived(self.ctx, row_id, archived)


class RegisterPage(QWidget):
    """场所登记: sites and schools in two tabs."""

    changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("register_page")
        self.sites = SitesTab(ctx)
        self.schools = SchoolsTab(ctx)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.sites, qta.icon("fa5s.store"), self.tr("场所"))
        self.tabs.addTab(self.schools, qta.icon("fa5s.school"), self.tr("学校与幼儿园"))
        self.sites.changed.connect(self.changed)
        self.schools.changed.connect(self.changed)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.tabs)

    def refresh(self) -> None:
        self.sites.refresh()
        self.schools.refresh()

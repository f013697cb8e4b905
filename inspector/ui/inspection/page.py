"""巡查记录: the list of inspections with filters; rows are read page by page.

:class:`InspectionTableModel` reports every matching row (one COUNT query) but
reads :data:`PAGE_SIZE` rows at a time when the view needs them and keeps at most
:data:`CACHE_PAGES` pages, so the list opens at once on a large database and its
memory stays flat however far the inspector scrolls. Double-click opens an
inspection: a draft resumes, a finished one opens read-only.
"""

from __future__ import annotations

from collections import OrderedDict
from datetime import date, datetime
from typing import Any, cast

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from inspector.services.core.changes import Change
from inspector.services.core.context import AppContext
from inspector.services.inspection.query import InspectionFilter, filter_choices
from inspector.services.inspection.walk_support import (
    count_page,
    local_day_bounds,
    page_inspections,
)
from inspector.store.models.inspection import Inspection
from inspector.ui.shell.i18n import kind_text
from inspector.ui.shell.operations import LiveRefresh

PAGE_SIZE = 200
CACHE_PAGES = 20  # at most this many pages of rows are held (least recently used go)
ID_ROLE = Qt.ItemDataRole.UserRole

CONTEXT = "InspectionsPage"  # one translation context for the page and its model
STATUS_LABELS = {
    "draft": str(QT_TRANSLATE_NOOP("InspectionsPage", "草稿")),
    "finished": str(QT_TRANSLATE_NOOP("InspectionsPage", "已完成")),
}
RESULT_LABELS = {
    "pass": str(QT_TRANSLATE_NOOP("InspectionsPage", "合格")),
    "deducted": str(QT_TRANSLATE_NOOP("InspectionsPage", "扣分")),
    "blacklist_candidate": str(QT_TRANSLATE_NOOP("InspectionsPage", "红线·黑榜候选")),
}
RESULT_COLORS = {"pass": "#2e7d32", "deducted": "#ef6c00", "blacklist_candidate": "#c62828"}

ModelIndex = QModelIndex | QPersistentModelIndex


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class InspectionTableModel(QAbstractTableModel):
    HEADERS = (
        str(QT_TRANSLATE_NOOP("InspectionsPage", "检查时间")),
        str(QT_TRANSLATE_NOOP("InspectionsPage", "场所")),
        str(QT_TRANSLATE_NOOP("InspectionsPage", "类型")),
        str(QT_TRANSLATE_NOOP("InspectionsPage", "网格")),
        str(QT_TRANSLATE_NOOP("InspectionsPage", "主检查员")),
        str(QT_TRANSLATE_NOOP("InspectionsPage", "状态")),
        str(QT_TRANSLATE_NOOP("InspectionsPage", "得分")),
        str(QT_TRANSLATE_NOOP("InspectionsPage", "结果")),
    )

    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.filters = InspectionFilter()
        self.since: datetime | None = None
        self.until: datetime | None = None
        self.total = 0
        self._pages: OrderedDict[int, list[Inspection]] = OrderedDict()
        self._last_keys: dict[int, tuple[datetime, str]] = {}
        self.pages_read = 0  # how many pages were read from the database (for tests)

    # --- loading -------------------------------------------------------------------------

    def set_filters(
        self,
        filters: InspectionFilter,
        since: datetime | None = None,
        until: datetime | None = None,
    ) -> None:
        """Show what matches (``since``/``until``: UTC instants); rows are read when seen."""
        self.beginResetModel()
        self.filters, self.since, self.until = filters, since, until
        self._pages.clear()
        self._last_keys.clear()
        self.total = count_page(self.ctx, filters, since=since, until=until)
        self.endResetModel()

    def refresh(self) -> None:
        self.set_filters(self.filters, self.since, self.until)

    def page(self, number: int) -> list[Inspection]:
        """Page ``number`` (PAGE_SIZE rows), from the cache or the database.

        The page after one already read is read by key (fast at any depth), any
        other by offset (a jump). At most CACHE_PAGES pages are kept; the least
        recently used one goes first.
        """
        rows = self._pages.get(number)
        if rows is not None:
            self._pages.move_to_end(number)
            return rows
        size = PAGE_SIZE
        after = self._last_keys.get(number - 1) if number else None
        rows = page_inspections(
            self.ctx,
            self.filters,
            since=self.since,
            until=self.until,
            limit=size,
            offset=0 if after is not None else number * size,
            after=after,
        )
        self.pages_read += 1
        if rows:
            self._last_keys[number] = (rows[-1].started_at, rows[-1].id)
        self._pages[number] = rows
        while len(self._pages) > CACHE_PAGES:
            self._pages.popitem(last=False)
        return rows

    @property
    def cached_pages(self) -> int:
        return len(self._pages)

    @property
    def cached_rows(self) -> int:
        return sum(len(rows) for rows in self._pages.values())

    def row_at(self, row: int) -> Inspection | None:
        if not 0 <= row < self.total:
            return None
        rows = self.page(row // PAGE_SIZE)
        offset = row % PAGE_SIZE
        return rows[offset] if offset < len(rows) else None

    # --- model ---------------------------------------------------------------------------

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.total

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _t(self.HEADERS[section])
        return None

    def inspection_id(self, row: int) -> str:
        insp = self.row_at(row)
        return insp.id if insp is not None else ""

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        insp = self.row_at(index.row())
        if insp is None:
            return None
        col = index.column()
        if role == ID_ROLE:
            return insp.id
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(insp, col)
        if role == Qt.ItemDataRole.ForegroundRole and col == 7 and insp.result:
            if insp.status == "draft" and insp.result == "pass":
                return QBrush(QColor("#757575"))
            return QBrush(QColor(RESULT_COLORS.get(insp.result, "#333")))
        if role == Qt.ItemDataRole.TextAlignmentRole and col == 6:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and col == 1:
            return insp.location_text or None
        return None

    def _text(self, insp: Inspection, col: int) -> str:
        if col == 0:
            return insp.started_at.astimezone().strftime("%Y-%m-%d %H:%M")
        if col == 1:
            return insp.site_name
        if col == 2:
            return kind_text(insp.site_kind)
        if col == 3:
            return insp.grid
        if col == 4:
            sep = self.tr("、")  # how names are listed in the interface language
            co = f"{sep}{insp.co_inspector_name}" if insp.co_inspector_name else ""
            return insp.lead_inspector_name + co
        if col == 5:
            text = _t(STATUS_LABELS.get(insp.status, insp.status))
            if insp.kind == "reinspection":
                text = self.tr("复查·") + text
            if insp.amendment_count:
                text += self.tr("（已更正）")
            return text
        if col == 6:
            if insp.score is None or not insp.max_score:
                return ""
            return f"{insp.score:g} / {insp.max_score:g}"
        if col == 7:
            if insp.status == "draft" and insp.result == "pass":
                return self.tr("进行中")
            return _t(RESULT_LABELS.get(insp.result, insp.result))
        return ""


def make_table(model: InspectionTableModel) -> QTableView:
    table = QTableView()
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    table.verticalHeader().setDefaultSectionSize(30)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    for col, width in enumerate((130, 220, 110, 90, 130, 80, 90)):
        table.setColumnWidth(col, width)
    return table


class InspectionsPage(QWidget):
    """Filters on top, the paged table below; ``open_requested`` carries an inspection id."""

    open_requested = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("inspections_page")
        lay = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.status = self._combo(bar, self.tr("状态"), STATUS_LABELS)
        self.result = self._combo(bar, self.tr("结果"), RESULT_LABELS)
        self.grid = self._combo(bar, self.tr("网格"), {})
        self.kind = self._combo(bar, self.tr("场所类型"), {})
        self.inspector = self._combo(bar, self.tr("检查员"), {})
        bar.addStretch(1)
        lay.addLayout(bar)
        dates = QHBoxLayout()
        self.use_dates = QCheckBox(self.tr("检查日期"))
        self.use_dates.setObjectName("use_dates")
        self.date_from = QDateEdit(QDate.currentDate().addMonths(-3))
        self.date_to = QDateEdit(QDate.currentDate())
        for d in (self.date_from, self.date_to):
            d.setCalendarPopup(True)
            d.setDisplayFormat("yyyy-MM-dd")
            d.setEnabled(False)
            d.dateChanged.connect(lambda _d: self.apply_filters())
        self.use_dates.toggled.connect(self._dates_toggled)
        dates.addWidget(self.use_dates)
        dates.addWidget(self.date_from)
        dates.addWidget(QLabel(self.tr("至")))
        dates.addWidget(self.date_to)
        clear = QPushButton(self.tr("清除筛选"))
        clear.clicked.connect(self.clear_filters)
        dates.addWidget(clear)
        refresh = QPushButton(self.tr("刷新"))
        refresh.clicked.connect(self.reload)
        dates.addWidget(refresh)
        dates.addStretch(1)
        self.count_label = QLabel()
        self.count_label.setObjectName("inspection_count")
        dates.addWidget(self.count_label)
        lay.addLayout(dates)
        self.model = InspectionTableModel(ctx, self)
        self.table = make_table(self.model)
        self.table.setObjectName("inspection_table")
        self.table.doubleClicked.connect(self._open_index)
        self.table.activated.connect(self._open_index)
        lay.addWidget(self.table, 1)
        hint = QLabel(self.tr("双击打开：草稿继续检查，已完成的记录只读查看。"))
        hint.setStyleSheet("color: #777;")
        lay.addWidget(hint)
        self._loaded = False
        self.live = LiveRefresh(self, Change.INSPECTIONS, self.live_reload)

    def _combo(self, bar: QHBoxLayout, label: str, options: dict[str, str]) -> QComboBox:
        bar.addWidget(QLabel(label))
        box = QComboBox()
        box.setMinimumWidth(110)
        box.addItem(self.tr("全部"), None)
        for code, text in options.items():
            box.addItem(_t(text), code)
        box.currentIndexChanged.connect(lambda _i: self.apply_filters())
        bar.addWidget(box)
        return box

    def _fill(self, box: QComboBox, values: list[str], label=lambda v: v) -> None:
        current = box.currentData()
        box.blockSignals(True)
        while box.count() > 1:
            box.removeItem(1)
        for v in values:
            box.addItem(label(v), v)
        i = box.findData(current)
        box.setCurrentIndex(i if i >= 0 else 0)
        box.blockSignals(False)

    def _dates_toggled(self, on: bool) -> None:
        self.date_from.setEnabled(on)
        self.date_to.setEnabled(on)
        self.apply_filters()

    def current_filters(self) -> InspectionFilter:
        return InspectionFilter(
            status=self.status.currentData(),
            result=self.result.currentData(),
            grid=self.grid.currentData(),
            site_kind=self.kind.currentData(),
            inspector=self.inspector.currentData(),
        )

    def current_bounds(self) -> tuple[datetime | None, datetime | None]:
        """The chosen local days as UTC instants (None: no date filter)."""
        if not self.use_dates.isChecked():
            return None, None
        first = cast(date, self.date_from.date().toPython())  # a QDate converts to a date
        last = cast(date, self.date_to.date().toPython())
        return local_day_bounds(first, last)

    def reload(self) -> None:
        choices = filter_choices(self.ctx)
        self._fill(self.grid, choices.get("grid", []))
        self._fill(self.kind, choices.get("site_kind", []), kind_text)
        self._fill(self.inspector, choices.get("inspector", []))
        self.apply_filters()
        self._loaded = True

    def live_reload(self) -> None:
        """Re-read after a change, keeping the row and the scroll position in view."""
        if not self._loaded:
            return
        row = self.table.currentIndex().row()
        scroll = self.table.verticalScrollBar().value()
        self.reload()
        if 0 <= row < self.model.total:
            self.table.selectRow(row)
        self.table.verticalScrollBar().setValue(scroll)

    def refresh_if_loaded(self) -> None:
        """Re-read after a change elsewhere; a page never shown loads when first shown."""
        if self._loaded:
            self.reload()

    def retranslateUi(self) -> None:
        """After a language switch: kind names, the count and the rows in the new language
        (the fixed labels follow through ui.shell.retranslate)."""
        self.refresh_if_loaded()

    def apply_filters(self) -> None:
        self.model.set_filters(self.current_filters(), *self.current_bounds())
        self.count_label.setText(self.tr("共 {n} 条").format(n=self.model.total))

    def clear_filters(self) -> None:
        for box in (self.status, self.result, self.grid, self.kind, self.inspector):
            box.blockSignals(True)
            box.setCurrentIndex(0)
            box.blockSignals(False)
        self.use_dates.blockSignals(True)
        self.use_dates.setChecked(False)
        self.use_dates.blockSignals(False)
        self._dates_toggled(False)

    def _open_index(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_requested.emit(self.model.inspection_id(index.row()))

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._loaded:
            self.reload()

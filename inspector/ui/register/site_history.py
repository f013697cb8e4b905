"""A site's inspection history, for the register page to embed beside a site."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from inspector.services.core.context import AppContext
from inspector.services.inspection.query import InspectionFilter
from inspector.ui.inspection.page import InspectionTableModel, make_table


class SiteHistory(QWidget):
    """Every inspection of one site, newest first.

    ``open_requested(inspection_id)`` on double-click; ``start_requested(site_id)``
    from the "新建巡查" button (the main window opens the start dialog on it);
    ``reinspect_requested(site_id)`` from "复查未整改项目", enabled while the site
    has unresolved rectification cases (``WalkHooks.connect_history`` wires all three).
    """

    open_requested = Signal(str)
    start_requested = Signal(str)
    reinspect_requested = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.site_id: str | None = None
        self.setObjectName("site_history")
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        self.summary = QLabel(self.tr("巡查记录"))
        self.summary.setObjectName("history_summary")
        top.addWidget(self.summary, 1)
        self.start = QPushButton(self.tr("新建巡查…"))
        self.start.setEnabled(False)
        self.start.clicked.connect(self._start)
        top.addWidget(self.start)
        self.reinspect = QPushButton(self.tr("复查未整改项目…"))
        self.reinspect.setObjectName("history_reinspect")
        self.reinspect.setEnabled(False)
        self.reinspect.clicked.connect(self._reinspect)
        top.addWidget(self.reinspect)
        lay.addLayout(top)
        self.model = InspectionTableModel(ctx, self)
        self.table = make_table(self.model)
        self.table.setObjectName("history_table")
        for col in (1, 2, 3):  # the site, its kind and grid are the same on every row
            self.table.setColumnHidden(col, True)
        self.table.doubleClicked.connect(self._open)
        self.table.activated.connect(self._open)
        lay.addWidget(self.table, 1)

    def set_site(self, site_id: str | None) -> None:
        self.site_id = site_id
        self.start.setEnabled(site_id is not None)
        self._show_open_cases(site_id)
        if site_id is None:
            self.model.set_filters(InspectionFilter(site_id="\0"))  # nothing
            self.summary.setText(self.tr("巡查记录"))
            return
        self.model.set_filters(InspectionFilter(site_id=site_id))
        last = self.model.row_at(0)
        if last is None:
            self.summary.setText(self.tr("尚无巡查记录"))
            return
        self.summary.setText(
            self.tr("共 {n} 次巡查，最近一次 {when}").format(
                n=self.model.total, when=last.started_at.astimezone().strftime("%Y-%m-%d")
            )
        )

    def refresh(self) -> None:
        self.set_site(self.site_id)

    def _open(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_requested.emit(self.model.inspection_id(index.row()))

    def _show_open_cases(self, site_id: str | None) -> None:
        from inspector.services.followup.cases import cases_of_site

        n = len(cases_of_site(self.ctx, site_id)) if site_id else 0
        self.reinspect.setEnabled(n > 0)
        self.reinspect.setText(
            self.tr("复查未整改项目（{n} 项）…").format(n=n) if n else self.tr("复查未整改项目…")
        )

    def _reinspect(self) -> None:
        if self.site_id:
            self.reinspect_requested.emit(self.site_id)

    def _start(self) -> None:
        if self.site_id:
            self.start_requested.emit(self.site_id)

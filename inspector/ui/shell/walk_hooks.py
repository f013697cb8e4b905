"""What the walk-through adds to the main window: two pages and the 新建巡查 action.

:func:`install` is called from ``MainWindow._build_pages``. It adds 巡查记录 (the
inspections list) and 网格地图 (the grid map), puts 新建巡查 (Ctrl+N) first in
the 文件 menu, and keeps one walk window per inspection (opening an open one
raises it).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:  # the walk window (and Pillow behind it) loads on first use, not at start-up
    from inspector.ui.inspection.walk_window import WalkWindow

# The main window is built before its data is opened: what the pages and actions below
# use (the change hub, the services' errors, message boxes) is imported when they first
# run, not at start-up.

INSPECTIONS_TITLE = str(QT_TRANSLATE_NOOP("MainWindow", "巡查记录"))
MAP_TITLE = str(QT_TRANSLATE_NOOP("MainWindow", "网格地图"))


def _tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


class WalkHooks:
    """Holds the open walk windows of one main window."""

    def __init__(self, window):
        self.window = window
        self.walks: dict[str, WalkWindow] = {}

    # --- pages -------------------------------------------------------------------------

    def inspections_page(self) -> QWidget:
        from inspector.ui.inspection.page import InspectionsPage

        page = InspectionsPage(self.window.ctx)
        page.open_requested.connect(self.open)
        return page

    def map_page(self) -> QWidget:
        from inspector.services.core.changes import Change
        from inspector.ui.register.map_view import MapPage, service_loader, service_saver
        from inspector.ui.shell.operations import LiveRefresh

        page = MapPage(service_loader(self.window.ctx), saver=service_saver(self.window.ctx))
        page.site_activated.connect(self.show_site)
        page.live = LiveRefresh(  # type: ignore[attr-defined]  # sites, schools, inspections
            page, Change.REGISTER | Change.INSPECTIONS, lambda: _reload_map(page)
        )
        return page

    # --- actions -----------------------------------------------------------------------

    def new_walk(self, site_id: str | None = None) -> WalkWindow | None:
        from inspector.ui.inspection.start_dialog import StartDialog

        dialog = StartDialog(self.window.ctx, site_id=site_id, parent=self.window)
        accepted = dialog.exec()
        inspection_id = dialog.inspection_id
        dialog.deleteLater()
        if not accepted or inspection_id is None:
            return None
        self._refresh_list()
        return self.open(inspection_id)

    def start_reinspection(self, site_id: str) -> WalkWindow | None:
        """复查: a re-inspection of the site's unresolved cases, opened in the walk window."""
        from inspector.services.core.errors import UserError
        from inspector.services.followup.reinspection import start_reinspection

        try:
            inspection_id = start_reinspection(self.window.ctx, site_id)
        except UserError as exc:
            _warn(self.window, QCoreApplication.translate("MainWindow", "无法开始复查"), exc)
            return None
        return self.open_started(inspection_id)

    def open_started(self, inspection_id: str) -> WalkWindow | None:
        """A draft just started elsewhere (e.g. the cases page's 开始复查): list it, open it."""
        self._refresh_list()
        return self.open(inspection_id)

    def connect_history(self, history) -> None:
        """Wire a :class:`~inspector.ui.register.site_history.SiteHistory` to the walk windows."""
        history.open_requested.connect(self.open)
        history.start_requested.connect(self.new_walk)
        history.reinspect_requested.connect(self.start_reinspection)

    def open(self, inspection_id: str) -> WalkWindow | None:
        """Resume a draft or show a finished inspection read-only."""
        existing = self.walks.get(inspection_id)
        if existing is not None:
            existing.show()
            existing.raise_()
            existing.activateWindow()
            return existing
        from inspector.services.core.errors import UserError
        from inspector.ui.inspection.walk_window import WalkWindow

        try:
            walk = WalkWindow(self.window.ctx, inspection_id, self.window)
        except UserError as exc:
            _warn(self.window, QCoreApplication.translate("MainWindow", "无法打开"), exc)
            return None
        walk.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        walk.finished.connect(self._after_finish)
        walk.closed.connect(self._closed)
        walk.destroyed.connect(lambda _obj=None, i=inspection_id: self.walks.pop(i, None))
        self.walks[inspection_id] = walk
        walk.show()
        return walk

    def show_site(self, site_id: str) -> None:
        """The map's click: the site in the register (its history and a new walk are there)."""
        page = self.window.show_page(QCoreApplication.translate("MainWindow", "场所登记"))
        sites = getattr(page, "sites", None)
        tabs = getattr(page, "tabs", None)
        if sites is not None and tabs is not None:
            tabs.setCurrentWidget(sites)
            sites.select_id(site_id)

    def _after_finish(self, inspection_id: str) -> None:
        """Finishing leads straight on to the paperwork: signatures, then the signed PDFs."""
        self._refresh_list()
        QTimer.singleShot(0, lambda: self.paperwork(inspection_id))

    def paperwork(self, inspection_id: str) -> bool:
        page = self.window.show_page(QCoreApplication.translate("MainWindow", "文书与签名"))
        after_finish = getattr(page, "after_finish", None)
        return bool(after_finish(inspection_id)) if callable(after_finish) else False

    def _closed(self, inspection_id: str) -> None:
        self.walks.pop(inspection_id, None)
        self._refresh_list()

    def _refresh_list(self) -> None:
        page = self.window.page(_tr(INSPECTIONS_TITLE))
        refresh = getattr(page, "refresh_if_loaded", None)
        if callable(refresh):
            refresh()


def _warn(window: QWidget, title: str, exc: BaseException) -> None:
    from PySide6.QtWidgets import QMessageBox

    from inspector.ui.shell.i18n import error_text

    QMessageBox.warning(window, title, error_text(exc))


def _reload_map(page) -> None:
    """The map again after a change; not while a boundary is drawn (then on the next show)."""
    drawer = getattr(page, "drawer", None)
    if drawer is not None and drawer.drawing:
        page.live.dirty = True
    elif page._loaded:
        page.reload()


def install(window) -> WalkHooks:
    hooks = WalkHooks(window)
    window.walk_hooks = hooks
    window.add_page("fa5s.clipboard-check", _tr(INSPECTIONS_TITLE), hooks.inspections_page)
    window.add_page("fa5s.map-marked-alt", _tr(MAP_TITLE), hooks.map_page)
    action = QAction(QCoreApplication.translate("MainWindow", "新建巡查…"), window)
    action.setObjectName("new_inspection")
    action.setShortcut(QKeySequence("Ctrl+N"))
    action.setToolTip(QCoreApplication.translate("MainWindow", "新建巡查 (Ctrl+N)"))
    action.triggered.connect(lambda _checked=False: window.when_attached(hooks.new_walk))
    menu = window.menu(QCoreApplication.translate("MainWindow", "文件"))
    first = menu.actions()[0] if menu.actions() else None
    menu.insertAction(first, action)
    if first is not None:
        menu.insertSeparator(first)
    window.new_inspection_action = action
    return hooks

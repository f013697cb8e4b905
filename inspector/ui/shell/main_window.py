"""The main window: a navigation list on the left, pages on the right, menus on top.

Each capability adds its page with one line in :meth:`MainWindow._build_pages`
(``self.add_page(icon, title, factory)``); a factory is called the first time its
page is shown, so pages cost nothing at start-up. Menu actions are added with
:meth:`MainWindow.menu` (``self.menu(self.tr("文件")).addAction(...)``).

At start-up the window is built and shown before the database layer is even
imported (``MainWindow(None)``: the navigation, the menus and the status bar, the
page area saying that the data is being opened); :meth:`MainWindow.attach` gives it
the open context a moment later (see :mod:`inspector.ui.shell.startup`). Until then the
pages are not built and menu actions wait: one chosen meanwhile runs once the data
is open. Icons (qtawesome and its fonts) are set at attach too.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QEvent, QSettings, QSize, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QStackedWidget,
    QWidget,
)

from inspector.ui.shell.shell_window import ShellWindow

if TYPE_CHECKING:  # the database layer is imported after the window is on screen
    from inspector.services.core.context import AppContext
    from inspector.ui.paperwork.documents_page import DocumentsPage
    from inspector.ui.register.page import RegisterPage
    from inspector.ui.shell.window_extras import DailyBackup, StatusCounters

PageFactory = Callable[[], QWidget]


class MainWindow(ShellWindow):
    ctx: AppContext  # set by attach(); read only once attached (see is_attached)

    def __init__(self, ctx: AppContext | None, demo: bool = False):
        """``ctx`` None: the window without its data, to be shown at once and given the
        open context with :meth:`attach` (start-up); with a context it is attached here."""
        super().__init__()
        self.demo = demo
        self.setObjectName("main_window")
        self._menus: dict[str, QMenu] = {}
        self._factories: list[PageFactory | None] = []
        self._titles: list[str] = []
        self._icons: list[tuple[QListWidgetItem | QAction, str]] = []  # set at attach
        self._waiting: list[Callable[[], object]] = []  # actions chosen before attach
        self._attached = False
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setFixedWidth(180)
        self.nav.setIconSize(QSize(20, 20))
        self.nav.setStyleSheet("QListWidget::item { padding: 8px 6px; }")
        self.stack = QStackedWidget()
        central = QWidget()
        lay = QHBoxLayout(central)
        lay.addWidget(self.nav)
        lay.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.nav.currentRowChanged.connect(self._show_row)
        self._update_title()
        self._build_menus()
        self._build_pages()
        self.extras_status: StatusCounters | None = None  # both set by install
        self.extras_backup: DailyBackup | None = None
        self._restore_geometry()
        if ctx is not None:
            self.attach(ctx)
        else:
            self.statusBar().showMessage(self.opening_text())

    def opening_text(self) -> str:
        """What the window says while its data is being opened."""
        return self.tr("正在准备演示数据…") if self.demo else self.tr("正在打开数据…")

    def attach(self, ctx: AppContext) -> None:
        """Give the window its open context: title, extras, icons, the current page, and
        the actions chosen while the data was being opened."""
        if self._attached:
            raise RuntimeError("the main window is already attached")
        self.ctx = ctx
        self._attached = True
        self._update_title()
        self.statusBar().showMessage(self.tr("数据目录：%1").replace("%1", str(ctx.paths.root)))
        self._set_icons()
        self._show_row(self.nav.currentRow())
        from inspector.ui.shell import window_extras

        window_extras.install(self)  # status counts, daily backup, 备份与恢复, 界面语言
        waiting, self._waiting = self._waiting, []
        for slot in waiting:
            slot()

    def is_attached(self) -> bool:
        """Whether the window has its open context (:meth:`attach`)."""
        return self._attached

    def when_attached(self, slot: Callable[[], object]) -> None:
        """Run ``slot`` now, or once the window is attached if it is not yet."""
        if self._attached:
            slot()
        else:
            self._waiting.append(slot)

    def _set_icons(self) -> None:
        import qtawesome as qta  # its fonts load here, after the window is on screen

        for target, name in self._icons:
            target.setIcon(qta.icon(name))
        self._icons.clear()

    # --- pages -------------------------------------------------------------------------

    def _build_pages(self) -> None:
        """One line per capability. A page given as ``"module:Class"`` is imported and built
        (``Class(ctx)``) when first shown, so start-up loads none of its modules."""
        self.add_page("fa5s.home", self.tr("首页"), "inspector.ui.shell.home_page:HomePage")
        self.add_page("fa5s.store", self.tr("场所登记"), "inspector.ui.register.page:RegisterPage")
        from inspector.ui.shell.walk_hooks import install as install_walkthrough

        install_walkthrough(self)  # 巡查记录, 网格地图, 文件 → 新建巡查 (Ctrl+N)
        self.add_page(
            "fa5s.clipboard-list",
            self.tr("检查表模板"),
            "inspector.ui.checklists.templates_page:TemplatesPage",
        )
        self.add_page(
            "fa5s.file-signature",
            self.tr("文书与签名"),
            "inspector.ui.paperwork.documents_page:DocumentsPage",
        )
        self._add_followup_pages()
        self.add_page("fa5s.sync", self.tr("同步"), "inspector.ui.sync.page:SyncPage")

    def _add_followup_pages(self) -> None:
        self.add_page(
            "fa5s.tasks", self.tr("整改跟踪"), "inspector.ui.followup.cases_page:CasesPage"
        )
        self.add_page(
            "fa5s.list-ol", self.tr("红黑榜"), "inspector.ui.followup.lists_page:ListsPage"
        )
        self.add_page(
            "fa5s.chart-bar", self.tr("统计"), "inspector.ui.followup.stats_page:StatsPage"
        )

    def add_page(self, icon: str, title: str, page: QWidget | PageFactory | str) -> int:
        """Add a navigation entry; ``page`` is a widget, a factory returning one, or
        ``"module:Class"`` (imported on first show and called with the context)."""
        if isinstance(page, str):
            page = self._lazy_page(page)
        item = QListWidgetItem(title)
        self._icon(item, icon)
        item.setData(Qt.ItemDataRole.UserRole, title)
        self.nav.addItem(item)
        self._titles.append(title)
        if isinstance(page, QWidget):
            self._factories.append(None)
            self.stack.addWidget(page)
        else:
            self._factories.append(page)
            self.stack.addWidget(self._placeholder())  # until first shown
        return self.nav.count() - 1

    def _placeholder(self) -> QWidget:
        """Stands in for a page not built yet; it shows only while the data is opened."""
        label = QLabel(self.opening_text())
        label.setObjectName("page_placeholder")
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        return label

    def _icon(self, target: QListWidgetItem | QAction, name: str) -> None:
        if self._attached:
            import qtawesome as qta

            target.setIcon(qta.icon(name))
        else:
            self._icons.append((target, name))

    def _lazy_page(self, spec: str) -> PageFactory:
        module, _, name = spec.partition(":")

        def build() -> QWidget:
            return getattr(importlib.import_module(module), name)(self.ctx)

        return build

    def page(self, title: str) -> QWidget:
        """The page with this navigation title, built if it was not shown yet."""
        return self._ensure_page(self._titles.index(title))

    def show_page(self, title: str) -> QWidget:
        index = self._titles.index(title)
        self.nav.setCurrentRow(index)
        return self._ensure_page(index)

    def _ensure_page(self, index: int) -> QWidget:
        if not self._attached:
            raise RuntimeError("pages are built once the window is attached")
        factory = self._factories[index]
        placeholder = self.stack.widget(index)
        assert placeholder is not None  # one stack page for each navigation row
        if factory is None:
            return placeholder
        self._factories[index] = None
        widget = factory()
        self.stack.insertWidget(index, widget)
        self.stack.removeWidget(placeholder)
        placeholder.deleteLater()
        return widget

    def _show_row(self, index: int) -> None:
        if index < 0:
            return
        if self._attached:
            self._ensure_page(index)
        self.stack.setCurrentIndex(index)

    # --- menus -------------------------------------------------------------------------

    def menu(self, title: str) -> QMenu:
        """The menu with this title, created at the end of the menu bar if new."""
        if title not in self._menus:
            self._menus[title] = self.menuBar().addMenu(title)
        return self._menus[title]

    def print_pdf_file(self, path: Path | None = None) -> bool:
        """Print a signed PDF (a bulletin, statistics, any document) with Qt's print dialog."""
        from PySide6.QtWidgets import QFileDialog

        from inspector.ui.paperwork.print_support import PdfPrinting

        if path is None:
            name, _ = QFileDialog.getOpenFileName(
                self,
                self.tr("打印 PDF"),
                str(self.ctx.paths.documents) if self.ctx is not None else "",
                self.tr("PDF 文件 (*.pdf)"),
            )
            if not name:
                return False
            path = Path(name)
        return PdfPrinting(self.ctx, self).print_file(path)

    def add_action(
        self,
        menu: str,
        text: str,
        slot: Callable[[], object],
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
        icon: str | None = None,
    ) -> QAction:
        action = QAction(text, self)
        if icon:
            self._icon(action, icon)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: self.when_attached(slot))
        self.menu(menu).addAction(action)
        return action

    def _build_menus(self) -> None:
        file_menu = self.tr("文件")
        self.add_action(file_menu, self.tr("导入场所…"), lambda: self._register_io("sites", True),
                        "Ctrl+I", "fa5s.file-import")  # fmt: skip
        self.add_action(file_menu, self.tr("导入学校…"), lambda: self._register_io("schools", True))
        self.add_action(file_menu, self.tr("导出场所…"), lambda: self._register_io("sites", False),
                        "Ctrl+E", "fa5s.file-export")  # fmt: skip
        self.add_action(
            file_menu, self.tr("导出学校…"), lambda: self._register_io("schools", False)
        )
        self.add_action(file_menu, self.tr("验证 PDF 签名…"),
                        self._open_verify, icon="fa5s.certificate")  # fmt: skip
        self.add_action(file_menu, self.tr("打印 PDF…"), self.print_pdf_file, "Ctrl+Shift+P",
                        "fa5s.print")  # fmt: skip
        self.menu(file_menu).addSeparator()
        quit_action = self.add_action(
            file_menu, self.tr("退出"), self.close, QKeySequence.StandardKey.Quit
        )
        quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        settings = self.add_action(self.tr("设置"), self.tr("设置…"), self.open_settings,
                                   QKeySequence.StandardKey.Preferences, "fa5s.cog")  # fmt: skip
        settings.setShortcuts([QKeySequence("Ctrl+,")])
        help_menu = self.tr("帮助")
        self.add_action(help_menu, self.tr("关于"), self.about, "F1", "fa5s.info-circle")

    def _open_verify(self) -> None:
        cast("DocumentsPage", self.page(self.tr("文书与签名"))).open_verify()

    def _register_io(self, kind: str, importing: bool) -> None:
        page = cast("RegisterPage", self.show_page(self.tr("场所登记")))
        tab = page.sites if kind == "sites" else page.schools
        page.tabs.setCurrentWidget(tab)
        if importing:
            tab.import_file()
        else:
            tab.export_file()

    def open_settings(self) -> bool:
        from inspector.ui.shell.operations import run_op
        from inspector.ui.shell.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.ctx, self)
        # one operation: the title, the pages and the status bar follow what was saved
        return bool(run_op(self, dialog.exec))

    def about(self) -> None:
        from inspector.ui.shell.window_extras import open_about

        open_about(self)

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            from inspector.ui.shell.window_extras import retranslate_window

            retranslate_window(self)
        super().changeEvent(event)

    def _update_title(self) -> None:
        title = self.tr("文明创建巡查助手")
        if self._attached and self.ctx.settings.office_name:
            title += f" — {self.ctx.settings.office_name}"
        if self.demo:
            title += self.tr("（演示数据）")
        self.setWindowTitle(title)

    # --- remembered size and state ------------------------------------------------------

    def _restore_geometry(self) -> None:
        from inspector.ui.shell.screen_fit import remember_geometry

        remember_geometry(self, "main_window", QSize(1366, 800))  # fills a laptop; per screen
        s = QSettings()
        state = s.value("main_window/state")
        if state is not None:
            self.restoreState(state)
        saved = s.value("main_window/page", 0)
        try:
            row = int(saved) if isinstance(saved, int | float | str) else 0
        except ValueError:
            row = 0
        self.nav.setCurrentRow(row if 0 <= row < self.nav.count() else 0)

    def closeEvent(self, event) -> None:
        s = QSettings()  # the geometry is kept per screen by screen_fit.remember_geometry
        s.setValue("main_window/state", self.saveState())
        s.setValue("main_window/page", self.nav.currentRow())
        super().closeEvent(event)

"""The main window: a navigation list on the left, pages on the right."""

from __future__ import annotations

import qtawesome as qta
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from inspector.services.context import AppContext


class MainWindow(QMainWindow):
    def __init__(self, ctx: AppContext, demo: bool = False):
        super().__init__()
        self.ctx = ctx
        title = self.tr("文明创建巡查助手")
        if demo:
            title += self.tr("（演示数据）")
        self.setWindowTitle(title)
        self.nav = QListWidget()
        self.nav.setFixedWidth(180)
        self.stack = QStackedWidget()
        central = QWidget()
        lay = QHBoxLayout(central)
        lay.addWidget(self.nav)
        lay.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.nav.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.add_page("fa5s.home", self.tr("首页"), QLabel(self.tr("欢迎使用文明创建巡查助手")))
        self.nav.setCurrentRow(0)
        self.resize(1200, 800)
        self._restore_geometry()

    def add_page(self, icon: str, title: str, widget: QWidget) -> None:
        item = QListWidgetItem(qta.icon(icon), title)
        item.setData(Qt.ItemDataRole.UserRole, widget.objectName())
        self.nav.addItem(item)
        self.stack.addWidget(widget)

    def _restore_geometry(self) -> None:
        s = QSettings()
        geo = s.value("main_window/geometry")
        if geo is not None:
            self.restoreGeometry(geo)
        state = s.value("main_window/state")
        if state is not None:
            self.restoreState(state)

    def closeEvent(self, event) -> None:
        s = QSettings()
        s.setValue("main_window/geometry", self.saveGeometry())
        s.setValue("main_window/state", self.saveState())
        super().closeEvent(event)

"""The main window on the demo data, the settings dialog, and what start-up imports."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize, QTimer
from PySide6.QtWidgets import QApplication

from inspector.services.core.context import open_context
from inspector.services.register import entries as reg
from inspector.store.paths import chosen_data_dir, resolve_data_dir
from inspector.ui.shell.main_window import MainWindow

pytestmark = pytest.mark.usefixtures("fresh_qsettings")


@pytest.fixture
def demo_ctx(demo_dir):
    ctx = open_context(demo_dir)
    yield ctx
    ctx.close()


def nav_titles(window) -> list[str]:
    return [window.nav.item(i).text() for i in range(window.nav.count())]


def test_opens_on_the_demo_with_pages(qtbot, demo_ctx, tmp_path):
    w = MainWindow(demo_ctx, demo=True)
    qtbot.addWidget(w)
    w.show()
    assert "演示数据" in w.windowTitle() and demo_ctx.settings.office_name in w.windowTitle()
    assert nav_titles(w)[:2] == ["首页", "场所登记"]
    menus = [a.text() for a in w.menuBar().actions()]
    assert {"文件", "设置", "帮助"} <= set(menus) and menus[0] == "文件"
    home = w.stack.currentWidget()
    assert home.objectName() == "home_page"
    qtbot.waitUntil(lambda: home.cards["schools"].value.text() == "3")  # filled after showing
    assert home.cards["sites"].value.text() == str(len(reg.search_sites(demo_ctx))) != "0"
    assert home.cards["schools"].value.text() == "3"
    assert int(home.cards["templates"].value.text()) == len(demo_ctx.catalog)
    assert str(demo_ctx.paths.root) in home.data_dir.text()
    w.nav.setCurrentRow(1)
    register = w.stack.currentWidget()
    assert register.objectName() == "register_page"
    assert register.sites.table.rowCount() == len(reg.search_sites(demo_ctx))
    assert register.schools.table.rowCount() == 3
    w.grab().save(str(tmp_path / "main.png"))


def test_size_and_page_are_remembered(qtbot, demo_ctx):
    w = MainWindow(demo_ctx)
    qtbot.addWidget(w)
    w.show()
    w.resize(760, 520)  # the offscreen screen is 800 x 600
    w.close()
    again = MainWindow(demo_ctx)
    qtbot.addWidget(again)
    again.show()
    assert again.size() == QSize(760, 520)
    again.nav.setCurrentRow(1)
    again.close()
    third = MainWindow(demo_ctx)
    qtbot.addWidget(third)
    assert third.nav.currentRow() == 1


def test_settings_dialog_saves_and_chooses_next_data_dir(qtbot, demo_ctx, tmp_path):
    w = MainWindow(demo_ctx)
    qtbot.addWidget(w)
    w.show()

    def fill():
        d = QApplication.activeModalWidget()
        if d is None:
            QTimer.singleShot(20, fill)
            return
        assert d.data_dir.isReadOnly() and d.data_dir.text() == str(demo_ctx.paths.root)
        d.office.setText("东塘街道创建办（测试）")
        d.id_no.setText("ID-42")
        d.next_dir = tmp_path / "elsewhere"
        d.accept()

    QTimer.singleShot(0, fill)
    assert w.open_settings()
    assert "东塘街道创建办（测试）" in w.windowTitle()
    reopened = open_context(demo_ctx.paths.root)
    try:
        assert reopened.settings.inspector_id_no == "ID-42"
    finally:
        reopened.close()
    assert chosen_data_dir() == (tmp_path / "elsewhere").resolve()
    assert resolve_data_dir() == (tmp_path / "elsewhere").resolve()
    assert resolve_data_dir(str(tmp_path / "x")) == (tmp_path / "x").resolve()

"""Translations: committed .qm match the .ts, every UI string has English, switching works live."""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parents[2]
I18N = ROOT / "resources" / "i18n"
sys.path.insert(0, str(ROOT / "packaging"))

import translations  # noqa: E402  (packaging/translations.py)

from inspector.ui.shell.i18n import apply_language, effective_language  # noqa: E402


@pytest.fixture(autouse=True)
def _chinese_after_each_test():
    QSettings().clear()
    yield
    apply_language("zh_CN")
    QSettings().clear()


def test_committed_qm_files_are_current(tmp_path):
    made = translations.release(tmp_path)
    assert [p.name for p in made] == ["inspector_zh_CN.qm", "inspector_en.qm", "qt_gaps_zh_CN.qm"]
    for fresh in made:
        committed = I18N / fresh.name
        assert committed.is_file(), f"{committed.name} is not committed"
        assert fresh.read_bytes() == committed.read_bytes(), (
            f"{committed.name} is stale: run `uv run python packaging/translations.py release`"
        )


def test_ts_files_are_complete_and_every_context_is_a_class():
    """Every message in the committed catalogue has English, and lives in a context that
    exists at run time (a class name, or an explicit translate() context)."""
    explicit = {"app", "i18n", "services"}  # translate("app"|"i18n"|"services", …) on purpose
    for lang in ("en", "zh_CN"):
        root = ET.parse(I18N / f"inspector_{lang}.ts").getroot()
        assert root.get("sourcelanguage") == "zh_CN" and root.get("language") == lang
        count = 0
        for context in root.iter("context"):
            name = context.findtext("name") or ""
            assert name in explicit or name.lstrip("_")[:1].isupper(), f"context {name!r} in {lang}"
            for message in context.iter("message"):
                count += 1
                t = message.find("translation")
                text = "".join(t.itertext()).strip() if t is not None else ""
                assert text and t.get("type") != "unfinished", (
                    f"{lang}: no translation for {name}: {message.findtext('source')!r}"
                )
        assert count > 500


def test_effective_language():
    assert effective_language("en") == "en"
    assert effective_language("zh_CN", system="en_US") == "zh_CN"
    assert effective_language("", system="zh_TW") == "zh_CN"
    assert effective_language("", system="C") == "zh_CN"
    assert effective_language("", system="en_GB") == "en"
    assert effective_language(None, system="de_DE") == "en"


def test_switching_translates_qt_and_our_strings(qtbot):
    app = QApplication.instance()
    assert apply_language("en") == "en"
    assert app.translate("MainWindow", "文件") == "File"
    assert app.translate("BackupDialog", "备份与恢复") == "Backup and Restore"
    assert apply_language("zh_CN") == "zh_CN"
    assert app.translate("MainWindow", "文件") == "文件"
    assert app.translate("QPlatformTheme", "Cancel") == "取消"  # Qt's own qtbase_zh_CN


def _menus(window) -> dict[str, list[str]]:
    return {
        m.title(): [a.text() for a in m.actions() if not a.isSeparator()]
        for m in window._menus.values()
    }


def test_main_window_switches_language_at_run_time(qtbot, ctx):
    from PySide6.QtGui import QAction

    from inspector.services.core.settings import load_settings
    from inspector.ui.shell.about_dialog import AboutDialog
    from inspector.ui.shell.main_window import MainWindow

    apply_language("zh_CN")
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    about = AboutDialog(ctx, window)  # an open dialog follows the switch too
    window.extras_status.refresh()
    assert window.windowTitle().startswith("文明创建巡查助手")
    menus = _menus(window)
    assert list(menus)[:3] == ["文件", "设置", "帮助"]
    assert {"导入场所…", "备份与恢复…", "退出"} <= set(menus["文件"])
    assert about.windowTitle() == "关于文明创建巡查助手"

    window.findChild(QAction, "action_language_en").trigger()
    assert load_settings(ctx.engine).language == "en"
    # Qt posts QEvent.LanguageChange: it arrives with the next turn of the event loop.
    qtbot.waitUntil(lambda: window.windowTitle().startswith("Inspector"))
    menus = _menus(window)
    assert list(menus)[:3] == ["File", "Settings", "Help"]
    assert {"Import Sites…", "Backup and Restore…", "Quit"} <= set(menus["File"])
    assert "About" in menus["Help"]
    titles = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert titles[:2] == ["Home", "Register"]
    assert window.show_page(window.tr("场所登记")) is window.stack.currentWidget()
    assert about.windowTitle() == "About Inspector"
    assert window.extras_status.labels["drafts"].text() == "Drafts 0"
    assert window.menu(window.tr("文件")) is window._menus["File"]  # no second File menu

    window.findChild(QAction, "action_language_zh_CN").trigger()
    qtbot.waitUntil(lambda: window.windowTitle().startswith("文明创建巡查助手"))
    assert list(_menus(window))[:3] == ["文件", "设置", "帮助"]
    assert window.nav.item(0).text() == "首页"
    assert about.windowTitle() == "关于文明创建巡查助手"
    assert window.extras_status.labels["drafts"].text() == "草稿 0"


def test_every_menu_entry_has_a_distinct_shortcut_shown_in_its_tooltip(qtbot, ctx):
    from PySide6.QtGui import QKeySequence

    from inspector.ui.shell.main_window import MainWindow

    apply_language("zh_CN")
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    seen: dict[str, str] = {}
    for menu in window._menus.values():
        for action in menu.actions():
            if action.isSeparator() or action.menu() is not None:
                continue
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            assert keys, f"menu entry {action.text()!r} has no shortcut"
            assert keys not in seen, f"{keys} used by {seen.get(keys)!r} and {action.text()!r}"
            seen[keys] = action.text()
            assert keys in action.toolTip(), action.toolTip()


def test_local_text_follows_the_interface_language():
    from inspector.domain.text import LocalText
    from inspector.ui.shell.i18n import current_language, local

    both, chinese_only = LocalText("网吧", "Internet café"), LocalText("麻将馆")
    apply_language("en")
    assert current_language() == "en"
    assert (local(both), local(chinese_only)) == ("Internet café", "麻将馆")
    apply_language("zh_CN")
    assert (local(both), local(chinese_only)) == ("网吧", "麻将馆")

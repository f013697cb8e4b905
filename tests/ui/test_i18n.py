"""Translations: committed .qm match the .ts, every UI string has English, switching works live."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parents[2]
I18N = ROOT / "resources" / "i18n"
sys.path.insert(0, str(ROOT / "packaging"))

import translations  # noqa: E402  (packaging/translations.py)

from inspector.ui.i18n import apply_language, effective_language  # noqa: E402


@pytest.fixture(autouse=True)
def _chinese_after_each_test():
    QSettings().clear()
    yield
    apply_language("zh_CN")
    QSettings().clear()


def test_committed_qm_files_are_current(tmp_path):
    made = translations.release(tmp_path)
    assert [p.name for p in made] == ["inspector_zh_CN.qm", "inspector_en.qm"]
    for fresh in made:
        committed = I18N / fresh.name
        assert committed.is_file(), f"{committed.name} is not committed"
        assert fresh.read_bytes() == committed.read_bytes(), (
            f"{committed.name} is stale: run `uv run python packaging/translations.py release`"
        )


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

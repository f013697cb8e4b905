"""The settings dialog's product rows: policy folder, backup folder, PDF font, language."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from inspector.services.core import backups
from inspector.services.core.settings import load_settings
from inspector.ui.shell.i18n import apply_language
from inspector.ui.shell.settings_dialog import SettingsDialog


def test_rows_are_saved_and_the_language_applies(qtbot, ctx, tmp_path):
    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    extras = dialog.extras
    assert extras.backup_dir.placeholderText() == str(ctx.paths.backups)
    extras.policy_dir.setText(str(tmp_path / "policy"))
    extras.backup_dir.setText(str(tmp_path / "usb"))
    extras.font_path.setText("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")
    extras.language.setCurrentIndex(extras.language.findData("en"))
    try:
        dialog.accept()
        stored = load_settings(ctx.engine)
        assert stored.policy_dir == str(tmp_path / "policy")
        assert stored.backup_dir == str(tmp_path / "usb")
        assert stored.font_path.endswith("wqy-microhei.ttc")
        assert stored.language == "en"
        assert backups.backup_dir(ctx) == tmp_path / "usb"
        assert QApplication.instance().translate("MainWindow", "文件") == "File"
    finally:
        apply_language("zh_CN")


def test_document_language_row_is_saved(qtbot, ctx):
    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    combo = dialog.extras.document_language
    assert combo.currentData() == "zh_CN"
    combo.setCurrentIndex(combo.findData("en"))
    dialog.accept()
    assert load_settings(ctx.engine).document_language == "en"

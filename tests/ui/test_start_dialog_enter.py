"""新建巡查: Enter on a search result chooses the site and moves on; only the start
button starts the inspection."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from inspector.services.register.entries import SiteData, save_site
from inspector.ui.inspection.start_dialog import StartDialog


def _focused():
    return QApplication.focusWidget()


def test_enter_on_a_result_chooses_it_and_moves_on_never_starts(qtbot, ctx):
    ctx.settings.inspector_name = "张伟"
    for name in ("星空网吧", "星河网吧", "星光网吧"):
        save_site(ctx, SiteData(name=name, kind="internet_cafe", address=f"{name}路 1 号"))
    dialog = StartDialog(ctx)
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    dialog.search.setText("网吧")
    qtbot.keyClick(dialog.search, Qt.Key.Key_Return)  # several matches: into the results
    assert _focused() is dialog.sites and dialog.sites.count() == 3
    qtbot.keyClick(dialog.sites, Qt.Key.Key_Down)
    chosen = dialog.sites.currentItem().text().split("　")[0]
    qtbot.keyClick(dialog.sites, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.inspection_id is None
    assert chosen in dialog.site_label.text()
    assert _focused() is dialog.templates and dialog.chosen_templates()
    qtbot.keyClick(dialog.templates, Qt.Key.Key_Return)  # on to the second inspector
    assert _focused() is dialog.co_name and dialog.inspection_id is None
    for expected in (dialog.co_id, dialog.location, dialog.coords, dialog.ok):
        qtbot.keyClick(_focused(), Qt.Key.Key_Return)
        assert _focused() is expected and dialog.isVisible()
    assert dialog.inspection_id is None
    qtbot.keyClick(dialog.ok, Qt.Key.Key_Return)  # only the start button starts
    assert dialog.result() == StartDialog.DialogCode.Accepted, dialog.message.text()
    assert dialog.inspection_id

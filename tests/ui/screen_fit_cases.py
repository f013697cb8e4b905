"""Every window and dialog at 1366×728, the free area of a 1366×768 laptop with a task bar.

Not collected by itself: ``test_screen_fit.py`` runs this file in a child pytest
whose offscreen screen is 1366×728 (the running test session's screen is 800×800
and cannot be changed). :data:`WINDOWS` names every window and dialog class of
``inspector/ui``; a new one must be added here (``test_screen_fit`` compares the
list with the classes it finds in the source).

For each window: its frame lies inside the available geometry, and every visible
button and text label lies inside the window (a widget inside a scroll area
counts as reachable) and is not cut: a one-line label or a button as wide as its
text needs, a word-wrapped label as tall as its text needs.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QRect, QSettings, QTimer
from PySide6.QtWidgets import (
    QFileDialog,
    QInputDialog,
    QMessageBox,
    QProgressDialog,
    QWidget,
)

from inspector.ui.shell.screen_fit import install

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from screen_checks import misfits

SHOTS = Path(shots) if (shots := os.environ.get("INSPECTOR_FIT_SHOTS")) else None
Factory = Callable[[Any, Path], QWidget]


def _demo_rows(ctx) -> dict[str, Any]:
    from sqlmodel import select

    from inspector.store.engine import read_session
    from inspector.store.models import Inspection, School, Site

    with read_session(ctx.engine) as s:
        done = s.exec(select(Inspection).where(Inspection.status == "finished")).first()
        drafts = list(s.exec(select(Inspection).where(Inspection.status == "draft")))
        site = s.exec(select(Site).where(Site.kind == "internet_cafe")).first()
        school = s.exec(select(School)).first()
    return {"done": done, "drafts": drafts, "site": site, "school": school}


def _draft_with_distance(ctx, rows) -> Any:
    """A draft whose walk shows the 200 m panel (an internet café), started if none is."""
    from inspector.services.inspection.view import load_inspection

    for draft in rows["drafts"]:
        if any(r.is_distance for r in load_inspection(ctx, draft.id).items):
            return draft
    from inspector.services.inspection.walk import start_inspection

    return start_inspection(ctx, rows["site"].id, ["school-internet-cafe"])


def main_window(ctx, _tmp):
    from inspector.ui.shell.main_window import MainWindow

    return MainWindow(ctx, demo=True)


def walk_window(ctx, _tmp):
    from inspector.ui.inspection.walk_window import WalkWindow

    rows = _demo_rows(ctx)
    return WalkWindow(ctx, _draft_with_distance(ctx, rows).id)


def first_run(ctx, _tmp):
    from inspector.ui.shell.first_run import FirstRunWizard

    return FirstRunWizard(ctx)


def finish_dialog(ctx, _tmp):
    from inspector.services.inspection import finish as inspection_finish
    from inspector.ui.inspection.finish_dialog import FinishDialog

    draft = _draft_with_distance(ctx, _demo_rows(ctx))
    return FinishDialog(inspection_finish.finish_check(ctx, draft.id))


def amend_dialog(ctx, _tmp):
    from inspector.services.inspection.view import load_inspection
    from inspector.ui.inspection.amend_dialog import AmendDialog

    done = _demo_rows(ctx)["done"]
    view = load_inspection(ctx, done.id)
    ref = view.items[0]
    return AmendDialog(ctx, done.id, ref, view.effective(ref.key))


def jump_popup(ctx, _tmp):
    from inspector.services.inspection.view import load_inspection
    from inspector.ui.inspection.jump_popup import JumpPopup
    from inspector.ui.shell.i18n import local

    view = load_inspection(ctx, _draft_with_distance(ctx, _demo_rows(ctx)).id)
    entries = [(r.index, r.code, local(r.item.text), "未答") for r in view.items]
    return JumpPopup(entries)


def case_dialog(ctx, _tmp):
    from inspector.services.followup.cases import list_cases
    from inspector.ui.followup.cases_page import CaseDialog

    return CaseDialog(list_cases(ctx)[0])


def correct_dialog(ctx, _tmp):
    from inspector.services.followup.cases import list_cases
    from inspector.ui.followup.cases_page import CorrectDialog

    return CorrectDialog(list_cases(ctx)[0])


def conflict_dialog(ctx, _tmp):
    from inspector.store.models import SyncConflict
    from inspector.ui.sync.conflict_dialog import ConflictDialog

    conflict = SyncConflict(
        table_name="inspection", row_id="r1", kind="foreign", current_json='{"notes": "原记录"}',
        incoming_json='{"notes": "设备改写的备注，较长的一段文字，检查换行是否完整显示"}',
        device_id="0a000000-0000", current_version=1, incoming_version=2,
    )  # fmt: skip
    return ConflictDialog(ctx, conflict)


def import_preview(ctx, tmp):
    from inspector.services.register.export import export_sites
    from inspector.services.register.import_export import parse_sites
    from inspector.ui.register.import_preview import ImportPreviewDialog

    path = tmp / "sites.xlsx"
    export_sites(ctx, path)
    return ImportPreviewDialog(ctx, parse_sites(path))


def workbook_import(ctx, tmp):
    from inspector.services.checklists.xlsform_export import export_workbook
    from inspector.ui.checklists.template_workbook import WorkbookImportDialog

    path = export_workbook(next(iter(ctx.catalog)), tmp / "template.xlsx")
    return WorkbookImportDialog(ctx, path)


def crash_dialog(_ctx, _tmp):
    from inspector.ui.shell.crash_dialog import CrashDialog

    return CrashDialog("Traceback (most recent call last):\n  ...\nRuntimeError: 示例")


def _with_ctx(module: str, name: str, *args: str) -> Factory:
    def make(ctx, _tmp):
        import importlib

        cls = getattr(importlib.import_module(module), name)
        rows = _demo_rows(ctx)
        extra = []
        for arg in args:
            if arg == "site":
                extra.append(rows["site"].id)
            elif arg == "school":
                extra.append(rows["school"].id)
            elif arg == "draft":
                extra.append(_draft_with_distance(ctx, rows))
            elif arg == "done":
                extra.append(rows["done"].id)
        return cls(ctx, *extra)

    return make


def service_dialog(ctx, _tmp):
    from inspector.ui.paperwork.service_dialog import ServiceDialog

    return ServiceDialog(ctx, _demo_rows(ctx)["done"].id, ["演示检查员甲", "演示检查员乙"])


# Every window and dialog class of inspector/ui (test_screen_fit checks the list is complete).
WINDOWS: dict[str, Factory] = {
    "MainWindow": main_window,
    "WalkWindow": walk_window,
    "FirstRunWizard": first_run,
    "StartDialog": _with_ctx("inspector.ui.inspection.start_dialog", "StartDialog", "site"),
    "HeaderDialog": _with_ctx("inspector.ui.inspection.header_dialog", "HeaderDialog", "draft"),
    "FinishDialog": finish_dialog,
    "AmendDialog": amend_dialog,
    "JumpPopup": jump_popup,
    "SigningDialog": _with_ctx("inspector.ui.paperwork.signing_dialog", "SigningDialog", "done"),
    "SiteDialog": _with_ctx("inspector.ui.register.site_dialog", "SiteDialog", "site"),
    "SchoolDialog": _with_ctx("inspector.ui.register.school_dialog", "SchoolDialog", "school"),
    "SettingsDialog": _with_ctx("inspector.ui.shell.settings_dialog", "SettingsDialog"),
    "PaperworkSettingsDialog": _with_ctx(
        "inspector.ui.paperwork.settings", "PaperworkSettingsDialog"
    ),
    "BackupDialog": _with_ctx("inspector.ui.shell.backup_dialog", "BackupDialog"),
    "AboutDialog": _with_ctx("inspector.ui.shell.about_dialog", "AboutDialog"),
    "VerifyDialog": _with_ctx("inspector.ui.paperwork.verify_dialog", "VerifyDialog"),
    "CaseDialog": case_dialog,
    "CorrectDialog": correct_dialog,
    "ConflictDialog": conflict_dialog,
    "ImportPreviewDialog": import_preview,
    "WorkbookImportDialog": workbook_import,
    "CrashDialog": crash_dialog,
    "ServiceDialog": service_dialog,
}


@pytest.fixture(scope="module")
def demo(tmp_path_factory, demo_master):
    """A copy of the full demo: the one the outer session built (tests/conftest.py)."""
    import shutil

    from inspector.services.core.context import open_context

    root = tmp_path_factory.mktemp("fit")
    shutil.copytree(demo_master, root / "demo")
    ctx = open_context(root / "demo")
    yield ctx, root
    ctx.close()


# Qt's own dialogs the app opens (messages, questions, file choosers, progress).
QT_DIALOGS: dict[str, Factory] = {
    "QMessageBox": lambda _ctx, _tmp: _message_box(),
    "QInputDialog": lambda _ctx, _tmp: _input_dialog(),
    "QFileDialog": lambda _ctx, tmp: _file_dialog(tmp),
    "QProgressDialog": lambda _ctx, _tmp: QProgressDialog("正在导出数据包…", "取消", 0, 100),
}


def _message_box() -> QWidget:
    box = QMessageBox(QMessageBox.Icon.Warning, "未能保存", "磁盘已满：" + "请清理空间后重试。" * 8)
    box.setDetailedText("\n".join(f"第 {n} 行详细信息" for n in range(60)))
    box.setStandardButtons(QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel)
    return box


def _input_dialog() -> QWidget:
    dialog = QInputDialog()
    dialog.setOption(QInputDialog.InputDialogOption.UsePlainTextEditForTextInput)
    dialog.setLabelText("说明（将写入整改记录）：")
    return dialog


def _file_dialog(tmp: Path) -> QWidget:
    dialog = QFileDialog(None, "选择照片", str(tmp), "图片 (*.jpg *.jpeg *.png)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    return dialog


def _shot(window: QWidget, name: str) -> None:
    if SHOTS is not None:
        SHOTS.mkdir(parents=True, exist_ok=True)
        window.grab().save(str(SHOTS / f"{name}.png"))


def test_the_screen_is_a_laptop_less_its_task_bar(qapp):
    assert qapp.primaryScreen().availableGeometry() == QRect(0, 0, 1366, 728)


@pytest.mark.parametrize("name", list(WINDOWS) + list(QT_DIALOGS))
def test_window_fits(qtbot, qapp, demo, name):
    ctx, root = demo
    install(qapp)  # as ensure_app does for the application
    QSettings().clear()  # first start: no remembered geometry
    window = (WINDOWS.get(name) or QT_DIALOGS[name])(ctx, root)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    if name == "WalkWindow":  # a measurement: "测量已保存" in the status bar, the verdict
        window.distance_panel.distance.setText("341.5")

        def confirm() -> None:  # far from the demo's coordinates: the inspector confirms it
            from PySide6.QtWidgets import QApplication

            box = QApplication.activeModalWidget()
            if isinstance(box, QMessageBox) and box.objectName() == "confirm_value":
                box.button(QMessageBox.StandardButton.Yes).click()

        QTimer.singleShot(300, confirm)
        window.distance_panel.add.click()
        assert window.statusBar().currentMessage().startswith("测量已保存")
    if name == "MainWindow":  # the status counts arrive 300 ms after the window is built
        qtbot.waitUntil(lambda: window.extras_status.counts.drafts is not None, timeout=10000)
    qtbot.wait(200)
    problems = misfits(window)
    _shot(window, name)
    if name == "MainWindow":
        for row in range(window.nav.count()):
            window.nav.setCurrentRow(row)
            qtbot.wait(60)
            title = window.nav.item(row).text()
            problems += [f"{title}: {p}" for p in misfits(window)]
            _shot(window, f"MainWindow-{row:02d}")
    window.close()
    assert problems == [], "\n".join(problems)


if __name__ == "__main__":
    sys.exit(pytest.main([__file__, "-q"]))

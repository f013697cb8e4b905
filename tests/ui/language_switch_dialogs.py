"""The dialogs and windows of the language-switch test, each built with what it shows in
use (``test_language_switch.py`` switches each one while it is open).

:data:`DIALOGS` names every dialog and window class of ``inspector/ui`` (the main window
is the pages' test); :func:`ui_window_classes` finds them in the code, so a new class
fails ``test_every_dialog_class_is_switched`` until it is listed here.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QMainWindow, QWidget


def real_conflict(folder: Path):
    """A conflict as the office meets it: a device's site imported, then the office and
    the device both change its telephone and the device's next package comes in."""
    from sync_helpers import add_site, open_ctx

    from inspector.services.sync import service as sync
    from inspector.store.engine import write_session
    from inspector.store.models import Site

    office, field = open_ctx(folder / "office"), open_ctx(folder / "field")
    try:
        sync.office_init(office, "东风街道创建办")
        sync.register_device(office, sync.device_identity(field).card(), name="巡查平板 2")
        site = add_site(field, "星光网吧")
        for ctx, phone in ((None, None), (office, "0735-1111111"), (field, "0735-2222222")):
            if ctx is not None:
                with write_session(ctx.engine) as s:
                    row = s.get(Site, site.id)
                    row.phone, row.responsible_person = phone, "李四"
                    row.touch(ctx.device_id)
                    s.add(row)
            if ctx is not office:
                sync.export_changes(field, folder / "inbox")
                sync.import_inbox(office, folder / "inbox")
        (conflict,) = sync.list_conflicts(office)
        return office, conflict
    finally:
        field.close()


def dialog_factories(ctx, folder: Path) -> dict[str, Callable[[], QWidget]]:
    """How each dialog is built, with what it shows in use: demo rows, a real walk, a real
    finished inspection, a real workbook file and a real conflict of two devices."""
    from sqlmodel import select

    from inspector.services.checklists.xlsform_export import export_workbook
    from inspector.services.followup.cases import list_cases
    from inspector.services.inspection.finish import finish_check
    from inspector.services.inspection.view import load_inspection
    from inspector.services.paperwork.documents import signers
    from inspector.services.register.import_export import parse_sites
    from inspector.store.engine import read_session
    from inspector.store.models import Inspection, School, Site
    from inspector.ui.checklists.template_workbook import WorkbookImportDialog
    from inspector.ui.followup.cases_page import CaseDialog, CorrectDialog
    from inspector.ui.inspection.amend_dialog import AmendDialog
    from inspector.ui.inspection.finish_dialog import FinishDialog
    from inspector.ui.inspection.header_dialog import HeaderDialog
    from inspector.ui.inspection.jump_popup import JumpPopup, walk_entries
    from inspector.ui.inspection.start_dialog import StartDialog
    from inspector.ui.inspection.walk_window import WalkWindow
    from inspector.ui.paperwork.service_dialog import ServiceDialog
    from inspector.ui.paperwork.settings import PaperworkSettingsDialog
    from inspector.ui.paperwork.signing_dialog import SigningDialog
    from inspector.ui.paperwork.verify_dialog import VerifyDialog
    from inspector.ui.register.import_preview import ImportPreviewDialog
    from inspector.ui.register.school_dialog import SchoolDialog
    from inspector.ui.register.site_dialog import SiteDialog
    from inspector.ui.shell.about_dialog import AboutDialog
    from inspector.ui.shell.backup_dialog import BackupDialog
    from inspector.ui.shell.crash_dialog import CrashDialog
    from inspector.ui.shell.first_run import FirstRunWizard
    from inspector.ui.shell.key_prompt import KeyPrompt
    from inspector.ui.shell.settings_dialog import SettingsDialog
    from inspector.ui.sync.conflict_dialog import ConflictDialog

    with read_session(ctx.engine) as s:
        done = s.exec(select(Inspection).where(Inspection.status == "finished")).first()
        draft = s.exec(select(Inspection).where(Inspection.status == "draft")).first()
        site = s.exec(select(Site)).first()
        school = s.exec(select(School)).first()

    def sheet() -> Path:
        path = folder / "new-sites.csv"
        path.write_text("名称,类型,地址\n新开网吧,网吧,桂花路 1 号\n", encoding="utf-8")
        return path

    def amend() -> QWidget:
        view = load_inspection(ctx, done.id)
        ref = next(r for r in view.items if r.item.answer == "pass_fail")
        return AmendDialog(ctx, done.id, ref, view.effective(ref.key))

    def service() -> QWidget:
        names = signers(ctx, done.id)
        return ServiceDialog(ctx, done.id, [names["lead"], names["co"]])

    def conflict() -> QWidget:
        office, row = real_conflict(folder / "sync")
        dialog = ConflictDialog(office, row)
        dialog.destroyed.connect(office.close)
        return dialog

    return {
        "site": lambda: SiteDialog(ctx, site.id),
        "school": lambda: SchoolDialog(ctx, school.id),
        "start": lambda: StartDialog(ctx, site.id),
        "header": lambda: HeaderDialog(ctx, draft),
        "walk": lambda: WalkWindow(ctx, draft.id),
        "finish": lambda: FinishDialog(finish_check(ctx, draft.id)),
        "jump": lambda: JumpPopup(walk_entries(load_inspection(ctx, draft.id))),
        "amend": amend,
        "signing": lambda: SigningDialog(ctx, done.id),
        "service": service,
        "verify": lambda: VerifyDialog(ctx),
        "settings": lambda: SettingsDialog(ctx),
        "paperwork": lambda: PaperworkSettingsDialog(ctx),
        "backup": lambda: BackupDialog(ctx),
        "about": lambda: AboutDialog(ctx),
        "first-run": lambda: FirstRunWizard(ctx),
        "crash": lambda: CrashDialog("Traceback (most recent call last): …"),
        "key-prompt": lambda: KeyPrompt(),
        "case": lambda: CaseDialog(list_cases(ctx)[0]),
        "correct": lambda: CorrectDialog(list_cases(ctx)[0]),
        "import-preview": lambda: ImportPreviewDialog(ctx, parse_sites(sheet())),
        "workbook-import": lambda: WorkbookImportDialog(
            ctx, export_workbook(next(iter(ctx.catalog)), folder / "checklist.xlsx")
        ),
        "conflict": conflict,
    }


# Every dialog and window class of inspector/ui, by the name its test goes by (the main
# window is the pages' test). A new class fails test_every_dialog_class_is_switched.
DIALOGS = {
    "site": "register.site_dialog.SiteDialog",
    "school": "register.school_dialog.SchoolDialog",
    "start": "inspection.start_dialog.StartDialog",
    "header": "inspection.header_dialog.HeaderDialog",
    "walk": "inspection.walk_window.WalkWindow",
    "finish": "inspection.finish_dialog.FinishDialog",
    "jump": "inspection.jump_popup.JumpPopup",
    "amend": "inspection.amend_dialog.AmendDialog",
    "signing": "paperwork.signing_dialog.SigningDialog",
    "service": "paperwork.service_dialog.ServiceDialog",
    "verify": "paperwork.verify_dialog.VerifyDialog",
    "settings": "shell.settings_dialog.SettingsDialog",
    "paperwork": "paperwork.settings.PaperworkSettingsDialog",
    "backup": "shell.backup_dialog.BackupDialog",
    "about": "shell.about_dialog.AboutDialog",
    "first-run": "shell.first_run.FirstRunWizard",
    "crash": "shell.crash_dialog.CrashDialog",
    "key-prompt": "shell.key_prompt.KeyPrompt",
    "case": "followup.cases_page.CaseDialog",
    "correct": "followup.cases_page.CorrectDialog",
    "import-preview": "register.import_preview.ImportPreviewDialog",
    "workbook-import": "checklists.template_workbook.WorkbookImportDialog",
    "conflict": "sync.conflict_dialog.ConflictDialog",
}
PAGES = {"shell.main_window.MainWindow"}  # test_every_page_switches_to_english_and_back


def ui_window_classes() -> set[str]:
    """Every dialog or main window class defined in inspector/ui that is shown itself
    (bases that only other classes derive from, like the main window's, left out)."""
    import importlib
    import pkgutil

    from PySide6.QtWidgets import QDialog

    import inspector.ui

    for module in pkgutil.walk_packages(inspector.ui.__path__, "inspector.ui."):
        importlib.import_module(module.name)
    found: dict[str, type] = {}
    todo: list[type] = [QDialog, QMainWindow]
    while todo:
        for cls in todo.pop().__subclasses__():
            todo.append(cls)
            if cls.__module__.startswith("inspector.ui."):
                found[f"{cls.__module__.removeprefix('inspector.ui.')}.{cls.__qualname__}"] = cls
    bases = {b for cls in found.values() for b in cls.__mro__[1:]}
    return {name for name, cls in found.items() if cls not in bases}

"""Regenerate the user guide's screenshots from the real application.

    uv run python docs/screenshots.py            # Chinese and English
    uv run python docs/screenshots.py --lang en  # one language only

Runs on Qt's offscreen platform on a fresh demo data directory (built from
code, like ``inspector --demo``), drives the real windows through their
public methods and services, and writes ``docs/images/<name>.png`` (Chinese)
and ``docs/images/en/<name>.png`` (English), 1000 px wide, palette PNGs.
"""

from __future__ import annotations

import argparse
import math
import os
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PIL import Image  # noqa: E402
from PySide6.QtCore import QPointF, QSettings, QSize  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402
from sqlmodel import select  # noqa: E402

from inspector.services.core.context import AppContext, open_context  # noqa: E402
from inspector.services.demo.builder import create_demo  # noqa: E402
from inspector.store.engine import read_session  # noqa: E402
from inspector.store.models import Answer, Inspection, Site  # noqa: E402
from inspector.ui.shell.application import ensure_app  # noqa: E402
from inspector.ui.shell.i18n import apply_language  # noqa: E402

IMAGES = ROOT / "docs" / "images"
WIDTH = 1000
WINDOW = QSize(1280, 820)


class Shooter:
    def __init__(self, app: QApplication, lang: str, work: Path):
        self.app = app
        self.lang = lang
        self.work = work
        self.out = IMAGES if lang == "zh_CN" else IMAGES / "en"
        self.out.mkdir(parents=True, exist_ok=True)
        self.failed: list[str] = []

    def settle(self, rounds: int = 5) -> None:
        for _ in range(rounds):
            self.app.processEvents()

    def save(self, widget: QWidget, name: str) -> Path:
        widget.show()
        self.settle()
        pixmap = widget.grab()
        raw = self.work / f"{name}.raw.png"
        pixmap.save(str(raw))
        img = Image.open(raw).convert("RGB")
        if img.width > WIDTH:
            img = img.resize((WIDTH, round(img.height * WIDTH / img.width)), Image.LANCZOS)
        target = self.out / f"{name}.png"
        img.quantize(colors=192, method=Image.Quantize.MEDIANCUT).save(target, optimize=True)
        print(f"  {target.relative_to(ROOT)} ({target.stat().st_size // 1024} KB)")
        return target

    def shot(self, name: str, make: Callable[[], QWidget]) -> None:
        try:
            widget = make()
            self.save(widget, name)
            widget.close()
            widget.deleteLater()
            self.settle()
        except Exception:  # one broken screen must not stop the others
            self.failed.append(name)
            traceback.print_exc()


# --- data ------------------------------------------------------------------------------------


def finished_with_failures(ctx: AppContext) -> str:
    with read_session(ctx.engine) as s:
        rows = s.exec(
            select(Inspection.id)
            .join(Answer, Answer.inspection_id == Inspection.id)
            .where(Inspection.status == "finished", Answer.outcome == "fail")
            .order_by(Inspection.finished_at.desc())
        ).all()
    return rows[0]


def internet_cafe(ctx: AppContext) -> str:
    with read_session(ctx.engine) as s:
        return s.exec(
            select(Site.id).where(Site.kind == "internet_cafe").order_by(Site.name)
        ).first()


def draft_with_answers(ctx: AppContext) -> str:
    from inspector.services.inspection import walk as svc
    from inspector.services.inspection.view import load_inspection

    site = internet_cafe(ctx)
    templates = [t.id for t in svc.propose_templates(ctx, site_kind_of(ctx, site))]
    insp = svc.start_inspection(ctx, site, templates)
    view = load_inspection(ctx, insp.id)
    done = 0
    for ref in view.items:
        if ref.item.answer != "pass_fail":
            continue
        outcome = "fail" if done == 2 else "pass"
        svc.set_outcome(ctx, insp.id, ref.template_id, ref.item.code, outcome)
        done += 1
        if done == 4:
            break
    return insp.id


def site_kind_of(ctx: AppContext, site_id: str) -> str:
    with read_session(ctx.engine) as s:
        return s.get(Site, site_id).kind


# --- screens ---------------------------------------------------------------------------------


def main_window(ctx: AppContext, page: str | None = None):
    from inspector.ui.shell.main_window import MainWindow

    window = MainWindow(ctx, demo=True)
    window.resize(WINDOW)
    if page is not None:
        window.show_page(window.tr(page))
    return window


def first_run(work: Path):
    from inspector.ui.shell.first_run import FirstRunWizard

    ctx = open_context(work / "fresh")
    wizard = FirstRunWizard(ctx)
    wizard.identity.office.setText("青石街道文明创建办公室")
    wizard.identity.inspector.setText("周明远")
    wizard.identity.id_no.setText("湘执4310030001")
    wizard.identity.grid.setText("青石社区第1网格")
    wizard.identity.community.setText("青石社区")
    wizard.resize(760, 540)
    return wizard


def start_dialog(ctx: AppContext):
    from inspector.ui.inspection.start_dialog import StartDialog

    dialog = StartDialog(ctx, site_id=internet_cafe(ctx))
    dialog.resize(900, 720)
    return dialog


def walk(ctx: AppContext, inspection_id: str):
    from inspector.ui.inspection.walk_window import WalkWindow

    window = WalkWindow(ctx, inspection_id)
    window.resize(WINDOW)
    return window


def signing(ctx: AppContext, inspection_id: str):
    from inspector.ui.paperwork.signature_pad import SignaturePad
    from inspector.ui.paperwork.signing_dialog import SignerBox, SigningDialog

    dialog = SigningDialog(ctx, inspection_id)
    dialog.resize(1000, 760)
    dialog.show()
    for box, name in zip(
        dialog.findChildren(SignerBox), ("周明远", "李文静", "吴文杰"), strict=False
    ):
        if not box.name.text():
            box.name.setText(name)
    for k, pad in enumerate(dialog.findChildren(SignaturePad)):
        for stroke in range(3):  # three quick strokes, like a hurried name
            x0 = 40 + stroke * 90 + k * 10
            pad._begin(QPointF(x0, 90))
            for i in range(1, 50):
                t = i / 6
                x = x0 + i * 1.6 + 14 * math.sin(t * 1.7 + k)
                y = 90 + 30 * math.sin(t) * math.cos(t / 2.5 + stroke)
                pad._extend(QPointF(x, y))
            pad._end()
    return dialog


def documents(ctx: AppContext, inspection_id: str):
    window = main_window(ctx, "文书与签名")
    page = window.stack.currentWidget()
    page.select_inspection(inspection_id)
    page.show_preview("notice")
    window.show()
    deadline = time.monotonic() + 3  # the PDF view renders its pages asynchronously
    while time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.05)
    return window


def office_import(work: Path, field: AppContext):
    from inspector.services.sync import service as sync
    from inspector.ui.sync.page import SyncPage

    office = open_context(work / "office")
    office.settings.office_mode = True
    office.settings.office_name = "青石街道文明创建办公室"
    office.save_settings()
    sync.office_init(office, "青石街道文明创建办公室")
    card = work / "device.json"
    sync.write_device_card(field, card)
    sync.register_device(office, card, "周明远的笔记本")
    inbox = work / "inbox"
    inbox.mkdir(exist_ok=True)
    sync.export_changes(field, inbox)
    sync.set_inbox_dir(office, inbox)
    sync.import_inbox(office)
    page = SyncPage(office)
    page.resize(WINDOW)
    return page


def run(lang: str, names: set[str] | None) -> list[str]:
    app = ensure_app()
    QSettings().clear()
    apply_language(lang)
    with tempfile.TemporaryDirectory(prefix="inspector-shots-") as tmp:
        work = Path(tmp)
        create_demo(work / "demo")
        ctx = open_context(work / "demo")
        shooter = Shooter(app, lang, work)
        finished = finished_with_failures(ctx)
        screens: list[tuple[str, Callable[[], QWidget]]] = [
            ("first-run", lambda: first_run(work)),
            ("main-window", lambda: main_window(ctx)),
            ("start-inspection", lambda: start_dialog(ctx)),
            ("walk", lambda: walk(ctx, draft_with_answers(ctx))),
            ("signing", lambda: signing(ctx, finished)),
            ("documents", lambda: documents(ctx, finished)),
            ("cases", lambda: main_window(ctx, "整改跟踪")),
            ("sync-export", lambda: main_window(ctx, "同步")),
            ("office-import", lambda: office_import(work, ctx)),
            ("backups", lambda: backups_dialog(ctx)),
        ]
        print(f"{lang}:")
        for name, make in screens:
            if names is None or name in names:
                shooter.shot(name, make)
        ctx.close()
    return shooter.failed


def backups_dialog(ctx: AppContext):
    from inspector.services.core.backups import make_backup
    from inspector.ui.shell.backup_dialog import BackupDialog

    make_backup(ctx)
    dialog = BackupDialog(ctx)
    dialog.resize(760, 420)
    return dialog


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", choices=["zh_CN", "en"], action="append")
    parser.add_argument("names", nargs="*", help="only these screens")
    args = parser.parse_args()
    failed: list[str] = []
    for lang in args.lang or ["zh_CN", "en"]:
        failed += [f"{lang}/{n}" for n in run(lang, set(args.names) or None)]
    if failed:
        print("failed:", ", ".join(failed), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""The modal print path driven as a user would: Ctrl+P on the preview opens Qt's print
dialog, whose own widgets choose the private CUPS's cups-pdf queue, two copies and duplex
where the printer offers it; accepting it sends the signed file through Qt to the real
queue, and the job CUPS received is checked (pages, A4, the QR code's number on each
copy's first page). The print preview opens with the right page count and closes; with no
printer the user reads a sentence and saves the signed file as a PDF instead."""

from __future__ import annotations

import io
import json
import shutil
import subprocess
import time
from pathlib import Path

import pytest
from cups_server import QUEUE, run_cups, wait_done
from pypdf import PdfReader
from PySide6.QtCore import QTimer
from PySide6.QtGui import QPageSize
from PySide6.QtPrintSupport import (
    QPrintDialog,
    QPrinter,
    QPrinterInfo,
    QPrintPreviewDialog,
    QPrintPreviewWidget,
)
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFileDialog,
    QMessageBox,
    QRadioButton,
    QSpinBox,
)

from inspector.reports.qr import parse_payload
from inspector.services.core import audit
from inspector.services.demo.document_samples import add_sample_inspection
from inspector.services.paperwork import documents, keys
from inspector.ui.paperwork import print_support
from inspector.ui.paperwork.pdf_preview import PdfPreview

PASS = "s3cret-口令"
cups = pytest.fixture(scope="module", name="cups")(run_cups)


@pytest.fixture
def made(ctx):
    ctx.settings.office_name = "苏仙区某街道文明创建办公室"
    ctx.settings.inspector_name = "周明远"
    ctx.save_settings()
    keys.create_self_signed(ctx, PASS, trust=True)
    iid = add_sample_inspection(ctx, photos=0)
    return iid, documents.produce(ctx, "record", iid, PASS)


def when_modal(kind: type, steps) -> dict:
    """Run ``steps(dialog)`` once a modal dialog of ``kind`` is shown; returns what it saw."""
    seen: dict = {}

    def poke() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, kind):
            seen["result"] = steps(dialog)
        else:
            QTimer.singleShot(50, poke)

    QTimer.singleShot(50, poke)
    return seen


def newest_job(spool: Path, after: set[Path]) -> Path:
    for _ in range(200):
        fresh = sorted(set(spool.glob("d*-001")) - after)
        if fresh:
            return fresh[-1]
        time.sleep(0.05)
    raise AssertionError("CUPS received no job")


def page_log_line(cups: Path, job: int) -> str:
    """CUPS's page-log line for ``job`` (written once the job is done)."""
    log = cups / "log" / "page_log"
    for _ in range(100):
        if log.exists():
            for line in log.read_text().splitlines():
                if line.startswith(f"{QUEUE} ") and line.split()[2] == str(job):
                    return line
        time.sleep(0.1)
    raise AssertionError(f"no page-log line for job {job}")


def cups_pdf_output(tail: str) -> Path:
    """cups-pdf's file for the job titled with the document number ending in ``tail``
    (cups-pdf writes to the job owner's ~/PDF, named after the title)."""
    for _ in range(100):
        found = sorted((Path.home() / "PDF").glob(f"*{tail}*.pdf"), key=lambda p: p.stat().st_mtime)
        if found:
            return found[-1]
        time.sleep(0.1)
    raise AssertionError(f"cups-pdf wrote no file for {tail}")


def qr_number(pdf: Path, page: int, tmp: Path) -> str:
    """The document number in the QR code printed on ``page`` (1-based) of ``pdf``."""
    stem = tmp / f"scan{page}"
    subprocess.run(
        ["pdftoppm", "-r", "150", "-f", str(page), "-l", str(page), "-png", str(pdf), str(stem)],
        check=True,
    )
    (png,) = tmp.glob(f"scan{page}*.png")
    scanned = subprocess.run(
        ["zbarimg", "--quiet", "--raw", str(png)], capture_output=True, text=True, check=True
    ).stdout
    return parse_payload(scanned)["no"]


@pytest.mark.skipif(shutil.which("zbarimg") is None, reason="zbarimg (zbar-tools) not installed")
def test_print_dialog_sends_two_copies_through_qt_to_cups(qtbot, ctx, made, cups, tmp_path):
    iid, out = made
    view = PdfPreview(ctx=ctx)
    qtbot.addWidget(view)
    view.show()
    assert view.set_pdf(out.path.read_bytes(), out.number, path=out.path) == out.pages
    offered = QPrinterInfo.printerInfo(QUEUE).supportedDuplexModes()

    def choose(dialog: QPrintDialog) -> dict:
        printers = dialog.findChild(QComboBox, "printers")
        printers.setCurrentIndex(printers.findText(QUEUE))
        dialog.findChild(QSpinBox, "copies").setValue(2)
        long_side = dialog.findChild(QRadioButton, "duplexLong")
        duplex_offered = QPrinter.DuplexMode.DuplexLongSide in offered
        if long_side.isEnabled():
            long_side.setChecked(True)
        facts = {
            "modal": dialog.isModal(),
            "duplex_enabled": long_side.isEnabled(),
            "duplex_offered": duplex_offered,
        }
        dialog.accept()
        printer = dialog.printer()
        facts.update(
            printer=printer.printerName(),
            copies=printer.copyCount(),
            size=printer.pageLayout().pageSize().id(),
            duplex=printer.duplex(),
        )
        return facts

    before = set((cups / "spool").glob("d*-001"))
    seen = when_modal(QPrintDialog, choose)
    view.actions()[0].trigger()  # 打印… (Ctrl+P)
    facts = seen["result"]
    assert facts["modal"] and facts["printer"] == QUEUE and facts["copies"] == 2
    assert facts["size"] == QPageSize.PageSizeId.A4
    # cups-pdf offers no duplex: the dialog does not offer it either, and it stays off
    assert facts["duplex_enabled"] == facts["duplex_offered"]
    if not facts["duplex_offered"]:
        assert facts["duplex"] == QPrinter.DuplexMode.DuplexNone
    # the job CUPS received: every page of the signed file (twice, or once with copies=2)
    job = newest_job(cups / "spool", before)
    wait_done(f"{QUEUE}-{int(job.name[1:6])}")
    sent = PdfReader(io.BytesIO(job.read_bytes()))
    assert len(sent.pages) == out.pages  # Qt sends the pages once, copies as a job option
    # CUPS counted two copies of every page, on A4, one-sided
    line = page_log_line(cups, int(job.name[1:6]))
    assert f" total {2 * out.pages} " in line and " A4 one-sided" in line
    # cups-pdf printed both copies, each with its own two marked parts
    printed = cups_pdf_output(out.number[-11:])
    try:
        assert len(PdfReader(printed).pages) == 2 * out.pages
        half = out.pages // 2
        for page in (1, half + 1, out.pages + 1, out.pages + half + 1):
            assert qr_number(printed, page, tmp_path) == out.number, page
    finally:
        printed.unlink()
    # what was sent is the document: each part's first page carries its QR code
    assert qr_number(job, 1, tmp_path) == out.number
    (row,) = [r for r in audit.audit_trail(ctx, iid) if r.kind == "print"]
    logged = json.loads(row.new_value)
    assert logged["printer"] == QUEUE and logged["copies"] == 2 and logged["via"] == "qt"


def test_print_preview_shows_every_page_and_closes(qtbot, ctx, made, cups):
    iid, out = made
    view = PdfPreview(ctx=ctx)
    qtbot.addWidget(view)
    view.set_pdf(out.path.read_bytes(), out.number, path=out.path)

    def look(dialog: QPrintPreviewDialog) -> dict:
        widget = dialog.findChild(QPrintPreviewWidget)
        qtbot.waitUntil(lambda: widget.pageCount() > 0)
        facts = {"pages": widget.pageCount(), "modal": dialog.isModal()}
        dialog.reject()
        return facts

    seen = when_modal(QPrintPreviewDialog, look)
    assert view.print_preview_button.isEnabled()
    view.print_preview_button.click()
    assert seen["result"] == {"pages": out.pages, "modal": True}
    assert not [r for r in audit.audit_trail(ctx, iid) if r.kind == "print"]  # closed: no print


def test_no_printer_says_so_and_saves_the_signed_file(qtbot, ctx, made, tmp_path, monkeypatch):
    _iid, out = made
    monkeypatch.setattr(print_support, "has_printer", lambda: False)  # a machine without one
    view = PdfPreview(ctx=ctx)
    qtbot.addWidget(view)
    view.set_pdf(out.path.read_bytes(), out.number, path=out.path)
    target = tmp_path / "copy.pdf"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )

    def save(box: QMessageBox) -> str:
        text = box.text()
        (button,) = [b for b in box.buttons() if b.text() == "另存为 PDF…"]
        button.click()
        return text

    seen = when_modal(QMessageBox, save)
    assert view.print_current()
    assert "本机没有安装打印机" in seen["result"]
    assert target.read_bytes() == out.path.read_bytes()  # the signed bytes, unchanged


@pytest.mark.skipif(shutil.which("zbarimg") is None, reason="zbarimg (zbar-tools) not installed")
def test_the_notice_with_its_receipt_prints_from_the_dialog(qtbot, ctx, cups, tmp_path):
    """The notice (with its 送达回证) goes the same way: the job holds all its pages, and
    the QR code printed on it names the notice."""
    ctx.settings.inspector_name = "周明远"
    ctx.save_settings()
    keys.create_self_signed(ctx, PASS, trust=True)
    iid = add_sample_inspection(ctx, photos=0)
    (notice,) = [m for m in documents.produce_documents(ctx, iid, PASS) if m.kind == "notice"]
    view = PdfPreview(ctx=ctx)
    qtbot.addWidget(view)
    view.set_pdf(notice.path.read_bytes(), notice.number, path=notice.path)

    def choose(dialog: QPrintDialog) -> str:
        printers = dialog.findChild(QComboBox, "printers")
        printers.setCurrentIndex(printers.findText(QUEUE))
        dialog.accept()
        return dialog.printer().printerName()

    before = set((cups / "spool").glob("d*-001"))
    seen = when_modal(QPrintDialog, choose)
    assert view.print_current()
    assert seen["result"] == QUEUE
    job = newest_job(cups / "spool", before)
    wait_done(f"{QUEUE}-{int(job.name[1:6])}")
    assert len(PdfReader(io.BytesIO(job.read_bytes())).pages) == notice.pages
    line = page_log_line(cups, int(job.name[1:6]))
    assert f" total {notice.pages} " in line and " A4 " in line
    printed = cups_pdf_output(notice.number[-11:])
    try:
        assert len(PdfReader(printed).pages) == notice.pages
        stem = tmp_path / "n"
        subprocess.run(
            ["pdftoppm", "-r", "150", "-f", "1", "-l", "1", "-png", str(printed), str(stem)],
            check=True,
        )
        (png,) = tmp_path.glob("n*.png")
        scanned = subprocess.run(
            ["zbarimg", "--quiet", "--raw", str(png)], capture_output=True, text=True, check=True
        ).stdout
        fields = parse_payload(scanned)
        assert fields["kind"] == "notice" and fields["no"] == notice.number
    finally:
        printed.unlink()
    (row,) = [r for r in audit.audit_trail(ctx, iid) if r.kind == "print"]
    assert json.loads(row.new_value)["kind"] == "notice"

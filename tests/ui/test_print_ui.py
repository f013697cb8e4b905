"""Printing from the documents page: the signed file itself, rendered by QtPdf onto a real
QPrinter for a CUPS queue (a private cupsd with cups-pdf), logged; no printer: a sentence
and "另存为 PDF" that saves the signed bytes unchanged."""

from __future__ import annotations

import io
import json
import os

import pytest
from cups_server import QUEUE, run_cups
from pypdf import PdfReader
from PySide6.QtGui import QKeySequence
from PySide6.QtPrintSupport import QPrinterInfo

from inspector.services.core import audit
from inspector.services.demo.document_samples import add_sample_inspection
from inspector.services.paperwork import documents, keys
from inspector.ui.paperwork.pdf_preview import PdfPreview
from inspector.ui.paperwork.print_support import new_printer

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


def test_preview_prints_the_signed_file_to_a_cups_queue(qtbot, ctx, made, cups):
    iid, out = made
    view = PdfPreview(ctx=ctx)
    qtbot.addWidget(view)
    assert not view.print_button.isEnabled()
    view.set_pdf(out.path.read_bytes(), out.number)  # an unsigned preview: not printable
    assert not view.print_button.isEnabled()
    assert view.set_pdf(out.path.read_bytes(), out.number, path=out.path) == out.pages
    assert view.print_button.isEnabled()
    menu = [a.text() for a in view.actions()]
    assert menu == ["打印…", "打印预览…"]
    assert view.actions()[0].shortcut() == QKeySequence(QKeySequence.StandardKey.Print)
    assert QUEUE in [p.printerName() for p in QPrinterInfo.availablePrinters()]
    printer = new_printer(QUEUE)
    printer.setCopyCount(2)
    assert view.printing.print_file(out.path, printer)
    rows = [r for r in audit.audit_trail(ctx, iid) if r.kind == "print"]
    assert len(rows) == 1
    logged = json.loads(rows[0].new_value)
    assert logged["number"] == out.number and logged["printer"] == QUEUE
    assert logged["via"] == "qt" and logged["pages"] == out.pages
    # the job CUPS received: every page of the signed file, rendered onto A4
    jobs = sorted((cups / "spool").glob("d*-001"), key=os.path.getmtime)
    assert jobs
    sent = PdfReader(io.BytesIO(jobs[-1].read_bytes()))
    assert len(sent.pages) == out.pages
    width, height = (float(v) for v in sent.pages[0].mediabox[2:])
    assert abs(width - 595) < 2 and abs(height - 842) < 2  # A4 in points


def test_no_printer_offers_save_as_pdf(qtbot, ctx, made, tmp_path, monkeypatch):
    _iid, out = made
    monkeypatch.setenv("CUPS_SERVER", str(tmp_path / "no-cups.sock"))
    view = PdfPreview(ctx=ctx)
    qtbot.addWidget(view)
    target = tmp_path / "copy.pdf"
    assert view.printing.offer_save_as_pdf(out.path, target)
    assert "本机没有安装打印机" in view.printing.last_message
    assert "另存为 PDF" in view.printing.last_message
    assert target.read_bytes() == out.path.read_bytes()

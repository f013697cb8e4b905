"""Printing through a real CUPS: a private ``cupsd`` with a cups-pdf queue is started for
these tests and stopped after. The job file CUPS keeps in its spool is what was sent;
cups-pdf's own output is read back too (text and page count)."""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

import pytest
from cups_server import QUEUE, run_cups, wait_done
from pypdf import PdfReader

from inspector.services.core import audit
from inspector.services.demo.document_samples import add_sample_inspection
from inspector.services.followup import finish as followup_finish
from inspector.services.paperwork import documents, keys

PASS = "s3cret-口令"
cups = pytest.fixture(scope="module", name="cups")(run_cups)


def _text(pdf: Path) -> list[str]:
    """Each page's text as pdftotext -layout gives it, spaces dropped."""
    out = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    return [page.replace(" ", "") for page in out.split("\f")]


def _cups_pdf_output(job_number: str) -> Path | None:
    """cups-pdf's output (its config puts it in the job owner's ~/PDF)."""
    for folder in (Path.home() / "PDF", Path("/var/spool/cups-pdf/ANONYMOUS")):
        for path in folder.glob(f"*job_{job_number}.pdf"):
            return path
    return None


@pytest.fixture
def signed_record(ctx):
    ctx.settings.office_name = "苏仙区某街道文明创建办公室"
    ctx.settings.inspector_name = "周明远"
    ctx.save_settings()
    keys.create_self_signed(ctx, PASS, trust=True)
    iid = add_sample_inspection(ctx, photos=0)
    return documents.produce(ctx, "record", iid, PASS)


def test_cli_prints_the_signed_record_with_both_marked_copies(cups, ctx, data_dir, signed_record):
    out = signed_record
    ctx.close()
    done = subprocess.run(
        [sys.executable, "-m", "inspector.app", "--data-dir", str(data_dir), "print",
         str(out.path), "--printer", QUEUE, "--copies", "2"],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert f"已打印 {out.number}" in done.stdout
    job = done.stdout.rsplit("作业 ", 1)[1].strip()
    wait_done(job)
    # the spool keeps the job's file: the signed PDF itself, byte for byte
    sent = sorted((cups / "spool").glob(f"d{int(job.rsplit('-', 1)[1]):05d}-*"))
    assert len(sent) == 1 and sent[0].read_bytes() == out.path.read_bytes()
    pages = _text(sent[0])
    half = out.pages // 2
    assert len(PdfReader(io.BytesIO(sent[0].read_bytes())).pages) == out.pages
    assert pages[0].startswith("第一联存档") and pages[half].startswith("第二联被检查单位留存")
    printed = _cups_pdf_output(job.rsplit("-", 1)[1])
    assert printed is not None, "cups-pdf wrote no file"
    try:
        assert len(PdfReader(printed).pages) == out.pages
        # cups-pdf goes through PostScript and may lose the CJK text layer (as the
        # issue warns): its pages and the number's ASCII part are what survive
        text = _text(printed)
        tail = out.number[-11:]
        assert tail.isascii() and tail in text[0] and tail in text[half]
    finally:
        printed.unlink()
    # the audit log has one line for it: number, printer, copies, when
    from inspector.services.core.context import open_context

    ctx2 = open_context(data_dir)
    try:
        rows = [r for r in audit.audit_trail(ctx2, _inspection_of(ctx2, out)) if r.kind == "print"]
    finally:
        ctx2.close()
    assert len(rows) == 1
    assert f'"number": "{out.number}"' in rows[0].new_value
    assert f'"printer": "{QUEUE}"' in rows[0].new_value and '"copies": 2' in rows[0].new_value
    assert rows[0].at is not None


def _inspection_of(ctx, out) -> str:
    (doc,) = [d for d in documents.documents_of(ctx) if d.number == out.number]
    return doc.inspection_id


def test_unknown_printer_and_no_printer_are_sentences(cups, ctx, signed_record, monkeypatch):
    from inspector.services.core.errors import UserError
    from inspector.services.paperwork.printing import print_with_lp

    with pytest.raises(UserError, match="没有名为“nope”的打印机"):
        print_with_lp(ctx, signed_record.path, "nope")
    monkeypatch.setenv("CUPS_SERVER", str(cups / "no-such.sock"))
    with pytest.raises(UserError, match="本机没有可用的打印机"):
        print_with_lp(ctx, signed_record.path)


def test_not_a_pdf_is_refused(ctx, tmp_path):
    from inspector.services.core.errors import UserError
    from inspector.services.paperwork.printing import print_with_lp

    bad = tmp_path / "x.pdf"
    bad.write_text("hello")
    with pytest.raises(UserError, match="不是 PDF 文件"):
        print_with_lp(ctx, bad)


def test_file_menu_prints_a_bulletin_through_cups(qtbot, ctx, cups, tmp_path):
    """Bulletins and statistics are exported files: 文件 → 打印 PDF… prints them the same way."""
    from datetime import date

    from followup_data import add_inspection, add_site
    from sqlmodel import select

    from inspector.services.followup import lists
    from inspector.services.followup import report_files as followup_docs
    from inspector.store.engine import read_session
    from inspector.store.models.inspection import AuditEntry
    from inspector.ui.paperwork.print_support import PdfPrinting, new_printer
    from inspector.ui.shell.main_window import MainWindow

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    texts = [a.text() for a in window.menu(window.tr("文件")).actions()]
    assert "打印 PDF…" in texts

    bad = add_site(ctx, "夜猫网吧", code="91430000NIGHT")
    i = add_inspection(ctx, bad, date(2026, 10, 9), {"IC-07": "屏幕有不良内容"})
    followup_finish.open_cases_for_inspection(ctx, i)
    issue = lists.draft_list(ctx, "2026-10", "all", today=date(2026, 11, 2))
    issue = lists.publish(ctx, issue.id, "2026年第10期", today=date(2026, 11, 3))
    pdf = followup_docs.export_bulletin(ctx, issue.id, tmp_path / "out", sign=False).files[0]
    assert PdfPrinting(ctx, window).print_file(pdf, new_printer(QUEUE))
    with read_session(ctx.engine) as s:
        rows = list(s.exec(select(AuditEntry).where(AuditEntry.kind == "print")))
    assert len(rows) == 1 and rows[0].entity_id == issue.id and rows[0].inspection_id is None
    import json

    assert json.loads(rows[0].new_value)["number"] == "2026年第10期"


def test_cli_prints_the_notice_with_its_receipt_and_time_of_service(cups, ctx, data_dir):
    """The notice goes through CUPS too: its 送达回证 is in the job, and once the time of
    service is entered the new version's receipt prints it."""
    from inspector.store.types import utcnow

    ctx.settings.office_name = "苏仙区某街道文明创建办公室"
    ctx.settings.inspector_name = "周明远"
    ctx.save_settings()
    keys.create_self_signed(ctx, PASS, trust=True)
    iid = add_sample_inspection(ctx, photos=0)
    documents.produce_documents(ctx, iid, PASS)
    served = utcnow().astimezone().replace(second=0, microsecond=0)  # same day as the notice
    out = documents.record_service(ctx, iid, served, "李文静", PASS)
    ctx.close()
    done = subprocess.run(
        [sys.executable, "-m", "inspector.app", "--data-dir", str(data_dir), "print",
         str(out.path), "--printer", QUEUE],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    job = done.stdout.rsplit("作业 ", 1)[1].strip()
    wait_done(job)
    (sent,) = sorted((cups / "spool").glob(f"d{int(job.rsplit('-', 1)[1]):05d}-*"))
    assert sent.read_bytes() == out.path.read_bytes()  # the signed v2 itself
    assert len(PdfReader(io.BytesIO(sent.read_bytes())).pages) == out.pages
    text = "".join(_text(sent))
    assert text.startswith("苏仙区某街道文明创建办公室限期整改通知书") or "限期整改通知书" in text
    assert "送达回证" in text and "送达人签名" in text
    assert f"{served.year}年{served.month}月{served.day}日{served:%H}时{served:%M}分" in text
    assert "李文静" in text and "（第2版）" in text
    printed = _cups_pdf_output(job.rsplit("-", 1)[1])
    assert printed is not None, "cups-pdf wrote no file"
    try:
        assert len(PdfReader(printed).pages) == out.pages
    finally:
        printed.unlink()

"""Printing through a real CUPS: a private ``cupsd`` with a cups-pdf queue is started for
these tests and stopped after. The job file CUPS keeps in its spool is what was sent;
cups-pdf's own output is read back too (text and page count)."""

from __future__ import annotations

import io
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest
from pypdf import PdfReader

from inspector.services import audit, documents, keys
from inspector.services.document_samples import add_sample_inspection

PASS = "s3cret-口令"
QUEUE = "InspectorPDF"
PPD = Path("/usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd")


def _cups_missing() -> str:
    for tool in ("cupsd", "lpadmin", "lp", "lpstat", "pdftotext"):
        if shutil.which(tool) is None and not Path("/usr/sbin", tool).exists():
            return f"{tool} is not installed (apt-get install cups cups-client poppler-utils)"
    if not Path("/usr/lib/cups/backend/cups-pdf").exists() or not PPD.exists():
        return "cups-pdf is not installed (apt-get install printer-driver-cups-pdf)"
    if os.geteuid() != 0:
        return "a private cupsd with the cups-pdf backend needs root here"
    return ""


@pytest.fixture(scope="session")
def cups():
    """A private cupsd listening on its own socket, with a cups-pdf queue; CUPS_SERVER set."""
    reason = _cups_missing()
    if reason:
        pytest.skip(reason)
    root = Path(tempfile.mkdtemp(prefix="inspector-cups-"))
    root.chmod(0o755)
    for sub in ("spool", "cache", "state", "log", "tmp"):
        (root / sub).mkdir()
    (root / "tmp").chmod(0o1777)
    sock = root / "cups.sock"
    allow = "  Order allow,deny\n  Allow all\n"
    (root / "cupsd.conf").write_text(
        f"Listen {sock}\nLogLevel info\nPreserveJobFiles Yes\nPreserveJobHistory Yes\n"
        "WebInterface No\nBrowsing No\n"
        f"<Location />\n{allow}</Location>\n<Location /admin>\n{allow}</Location>\n"
        f"<Policy default>\n  <Limit All>\n  {allow}  </Limit>\n</Policy>\n"
    )
    (root / "cups-files.conf").write_text(
        f"RequestRoot {root}/spool\nTempDir {root}/tmp\nCacheDir {root}/cache\n"
        f"StateDir {root}/state\nErrorLog {root}/log/error_log\n"
        f"AccessLog {root}/log/access_log\nPageLog {root}/log/page_log\n"
        f"Printcap {root}/printcap\n"
        "ServerBin /usr/lib/cups\nDataDir /usr/share/cups\nSandboxing Relaxed\n"
    )
    cupsd = shutil.which("cupsd") or "/usr/sbin/cupsd"
    proc = subprocess.Popen(
        [cupsd, "-f", "-c", str(root / "cupsd.conf"), "-s", str(root / "cups-files.conf")],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    old = os.environ.get("CUPS_SERVER")
    os.environ["CUPS_SERVER"] = str(sock)
    try:
        for _ in range(100):
            if sock.exists():
                break
            time.sleep(0.05)
        subprocess.run(
            ["lpadmin", "-p", QUEUE, "-E", "-v", "cups-pdf:/", "-P", str(PPD)],
            check=True,
            capture_output=True,
        )
        yield root
    finally:
        proc.send_signal(signal.SIGTERM)
        proc.wait(timeout=30)
        if old is None:
            os.environ.pop("CUPS_SERVER", None)
        else:
            os.environ["CUPS_SERVER"] = old
        shutil.rmtree(root, ignore_errors=True)


def _wait_done(job: str) -> None:
    for _ in range(300):
        done = subprocess.run(["lpstat", "-W", "completed", "-o"], capture_output=True, text=True)
        if job in done.stdout:
            return
        time.sleep(0.1)
    raise AssertionError(f"job {job} did not complete")


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
    _wait_done(job)
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
    from inspector.services.context import open_context

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
    from inspector.services.errors import UserError
    from inspector.services.printing import print_with_lp

    with pytest.raises(UserError, match="没有名为“nope”的打印机"):
        print_with_lp(ctx, signed_record.path, "nope")
    monkeypatch.setenv("CUPS_SERVER", str(cups / "no-such.sock"))
    with pytest.raises(UserError, match="本机没有可用的打印机"):
        print_with_lp(ctx, signed_record.path)


def test_not_a_pdf_is_refused(ctx, tmp_path):
    from inspector.services.errors import UserError
    from inspector.services.printing import print_with_lp

    bad = tmp_path / "x.pdf"
    bad.write_text("hello")
    with pytest.raises(UserError, match="不是 PDF 文件"):
        print_with_lp(ctx, bad)

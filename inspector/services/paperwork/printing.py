"""Printing a signed document without Qt: CUPS's ``lp`` for the office's batch printing,
and the audit line every print leaves behind (the GUI's print dialog writes it too).

What is printed is the signed file itself, sent as it is: CUPS renders the PDF
for the printer, nothing is laid out again. The record's file already holds
both marked copies (第一联 存档, 第二联 被检查单位留存), the notice its 送达回证.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

from sqlmodel import select

from inspector.domain.text import N_
from inspector.reports.verify import parse_keywords
from inspector.services.core import audit
from inspector.services.core.context import AppContext
from inspector.services.core.errors import UserError
from inspector.store.engine import read_session, write_session
from inspector.store.models import GeneratedDocument

NO_PRINTER = N_(
    "本机没有可用的打印机。请先在系统中添加打印机；也可以把文书另存为 PDF，拿到有打印机的电脑上打印。"
)


@dataclass(frozen=True)
class PrintTarget:
    """What the audit log says about the printed file."""

    path: Path
    number: str  # the document number, or the file name for a file not made here
    kind: str
    inspection_id: str | None
    document_id: str
    pages: int


@dataclass(frozen=True)
class PrintJob:
    target: PrintTarget
    printer: str
    copies: int
    job_id: str


def describe(ctx: AppContext | None, path: Path) -> PrintTarget:
    """The document number, kind and record of a PDF (from the database, else its Keywords)."""
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise UserError("无法读取文件 {}：{}", path, exc.strerror) from None
    if not data.startswith(b"%PDF-"):
        raise UserError("{} 不是 PDF 文件，不能打印。", path)
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        import io

        reader = PdfReader(io.BytesIO(data))
        pages = len(reader.pages)
        meta = reader.metadata
        keywords = str(meta.get("/Keywords", "") or "") if meta is not None else ""
    except (PdfReadError, ValueError, KeyError, TypeError):
        raise UserError("{} 已损坏，无法打印。", path) from None
    info = parse_keywords(keywords)
    sha = hashlib.sha256(data).hexdigest()
    row = None
    if ctx is not None:
        with read_session(ctx.engine) as s:
            row = s.exec(select(GeneratedDocument).where(GeneratedDocument.sha256 == sha)).first()
    if row is not None:
        return PrintTarget(path, row.number, row.kind, row.inspection_id, row.id, pages)
    kind = info.get("kind", "")
    record = info.get("id") or None
    return PrintTarget(
        path,
        info.get("no") or Path(path).name,
        kind,
        record if kind in ("record", "notice") else None,  # a bulletin names its issue
        (record if kind == "bulletin" and record else sha[:36]),
        pages,
    )


def log_print(
    ctx: AppContext, target: PrintTarget, printer: str, copies: int, how: str = "lp"
) -> None:
    """One audit line per print: document number, printer, copies (``at`` is when)."""
    with write_session(ctx.engine) as s:
        audit.record(
            s,
            inspection_id=target.inspection_id,
            entity="document",
            entity_id=target.document_id,
            field="print",
            old=None,
            new={
                "number": target.number,
                "kind": target.kind,
                "printer": printer,
                "copies": copies,
                "pages": target.pages,
                "via": how,
            },
            actor=ctx.settings.inspector_name,
            device=ctx.device_id,
            kind="print",
        )


def printers() -> list[str]:
    """The CUPS queues this machine can print to (empty without CUPS or without a queue)."""
    lpstat = shutil.which("lpstat")
    if lpstat is None:
        return []
    done = subprocess.run([lpstat, "-e"], capture_output=True, text=True, timeout=30)
    return [line.strip() for line in done.stdout.splitlines() if line.strip()]


def default_printer() -> str:
    lpstat = shutil.which("lpstat")
    if lpstat is None:
        return ""
    done = subprocess.run([lpstat, "-d"], capture_output=True, text=True, timeout=30)
    found = re.search(r":\s*(\S+)\s*$", done.stdout.strip())
    return found.group(1) if found and "no system default" not in done.stdout else ""


def print_with_lp(
    ctx: AppContext, path: Path, printer: str | None = None, copies: int = 1
) -> PrintJob:
    """Send the PDF as it is to a CUPS queue on A4 and write the audit line."""
    if not 1 <= copies <= 99:
        raise UserError("份数应在 1 到 99 之间，收到 {}。", copies)
    target = describe(ctx, path)
    lp = shutil.which("lp")
    queues = printers()
    if lp is None or not queues:
        raise UserError(NO_PRINTER)
    name = printer or default_printer() or (queues[0] if len(queues) == 1 else "")
    if not name:
        raise UserError("本机有多台打印机（{}），请用 --printer 指定一台。", "、".join(queues))
    if name not in queues:
        raise UserError("没有名为“{}”的打印机。可用的打印机：{}。", name, "、".join(queues))
    title = f"{target.number}"
    command = [lp, "-d", name, "-n", str(copies), "-o", "media=A4", "-t", title, str(path)]
    done = subprocess.run(command, capture_output=True, text=True, timeout=60, env=dict(os.environ))
    if done.returncode != 0:
        raise UserError("打印机“{}”没有接受打印任务：{}", name, done.stderr.strip()[:200])
    found = re.search(r"request id is (\S+)", done.stdout)
    job = found.group(1) if found else ""
    log_print(ctx, target, name, copies, how=f"lp {job}".strip())
    return PrintJob(target, name, copies, job)

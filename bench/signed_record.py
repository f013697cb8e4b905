"""Benchmark: producing a signed inspection record PDF.

    uv run python bench/signed_record.py          # 20 items, 6 photos, 3 runs
    uv run python bench/signed_record.py --full   # 60 items, 20 photos, 5 runs

Figure: the time from a finished inspection in the database to a stored,
signed PDF (read the records, check the photos' hashes, lay out the pages with
the embedded CJK font, photo thumbnails and QR code, sign as PAdES with a
visible stamp, write the file and its row).

Baseline, in the same run and interleaved with it: the same pages built with
bare reportlab and signed with bare pyHanko, from the same content (the record
the app prepared, read once before timing): the same CJK TrueType font embedded,
both copies (第一联 / 第二联), the same header and facts table, one table per
section with the same rows and Paragraph cells, the same photos shrunk to the
same thumbnails and drawn, then a PAdES signature in a signature field of the
same size on the last page. What the ratio shows is what the app adds on top
(database reads, evidence checks, numbering, versions, its stamp, the file and
its row). Prints ``signed_record: X s; baseline Y s; ratio R``.
"""

from __future__ import annotations

import argparse
import io
import statistics
import tempfile
import time
from pathlib import Path

from inspector.reports.model import RecordDoc
from inspector.reports.signing import SignerIdentity
from inspector.services.core.context import open_context
from inspector.services.demo.document_samples import add_sample_inspection, wide_template
from inspector.services.paperwork import documents, keys
from inspector.services.paperwork import views as document_views
from inspector.services.paperwork.numbering import set_block

BARE_FONT = "BareCJK"
COPIES = ("第一联 存档", "第二联 被检查单位留存")


def register_bare_font(path: str) -> None:
    """The CJK TrueType font, registered once (as any program would)."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    if BARE_FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(BARE_FONT, path, subfontIndex=0))


def _thumb(path: Path, px: int = 480) -> tuple[io.BytesIO, int, int] | None:
    from PIL import Image

    try:
        with Image.open(path) as im:
            im.thumbnail((px, px))
            out = io.BytesIO()
            im.convert("RGB").save(out, "JPEG", quality=80)
            return out, im.width, im.height
    except OSError:
        return None


def bare_record(doc: RecordDoc) -> tuple[bytes, int]:
    """The record's pages with bare reportlab: (PDF bytes, page count)."""
    from reportlab import rl_config
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import (
        Image,
        PageBreak,
        Paragraph,
        SimpleDocTemplate,
        Spacer,
        Table,
        TableStyle,
    )

    body = ParagraphStyle("b", fontName=BARE_FONT, fontSize=9, leading=12, wordWrap="CJK")
    head = ParagraphStyle("h", parent=body, fontSize=16, leading=20, alignment=1)
    grid = TableStyle(
        [
            ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("BACKGROUND", (0, 0), (-1, 0), colors.whitesmoke),
        ]
    )
    width = A4[0] - 36 * mm
    facts = [
        ("被检查单位", doc.site_name),
        ("场所类型", doc.site_kind),
        ("地址", doc.site_address),
        ("检查时间", f"{doc.started_at} 至 {doc.finished_at}"),
        ("检查地点", doc.place),
        ("检查人员", "、".join(p.name for p in doc.inspectors)),
        ("检查表", "、".join(doc.checklists)),
    ]
    shrunk = [_thumb(p.path) for p in doc.photos]
    story: list = []
    for n, mark in enumerate(COPIES):
        if n:
            story.append(PageBreak())
        story += [Paragraph(mark, body), Paragraph("现场检查记录", head)]
        story.append(Paragraph(f"编号：{doc.number}", body))
        kv = Table(
            [[Paragraph(k, body), Paragraph(v or "", body)] for k, v in facts],
            colWidths=[30 * mm, width - 30 * mm],
        )
        kv.setStyle(grid)
        story.append(kv)
        for section in doc.sections:
            story.append(Paragraph(section.title, body))
            rows = [
                [
                    Paragraph(h, body)
                    for h in ("编号", "检查内容", "结果", "数量/测量", "扣分", "备注")
                ]
            ]
            rows += [
                [
                    Paragraph(x, body)
                    for x in (r.code, r.text, r.result, r.value, r.deduction, r.note)
                ]
                for r in section.rows
            ]
            widths = [16 * mm, 72 * mm, 18 * mm, 22 * mm, 12 * mm]
            t = Table(rows, colWidths=[*widths, width - sum(widths)], repeatRows=1)
            t.setStyle(grid)
            story += [t, Spacer(1, 2 * mm)]
        story.append(Paragraph(f"得分：{doc.score}　结论：{doc.result}", body))
        cells = []
        for i, (p, item) in enumerate(zip(doc.photos, shrunk, strict=True), start=1):
            if item is None:
                continue
            buf, w, h = item
            buf.seek(0)
            scale = min((width / 3 - 6 * mm) / w, 45 * mm / h)
            cells.append(
                [
                    Image(buf, width=w * scale, height=h * scale),
                    Paragraph(f"图 {i}  {p.caption}", body),
                ]
            )
        if cells:
            story.append(PageBreak())
            rows3 = [cells[i : i + 3] for i in range(0, len(cells), 3)]
            for r in rows3:
                r += [""] * (3 - len(r))
            story.append(Table(rows3, colWidths=[width / 3] * 3))
        story.append(
            Paragraph(f"记录标识：{doc.record_id}　内容摘要 SHA-256：{doc.content_hash}", body)
        )
    out = io.BytesIO()
    pages: list[int] = []

    def count(canvas, _doc) -> None:
        pages.append(canvas.getPageNumber())
        canvas.setFont(BARE_FONT, 8)
        canvas.drawString(
            18 * mm, 10 * mm, f"现场检查记录  编号：{doc.number}  第 {canvas.getPageNumber()} 页"
        )

    saved, rl_config.useA85 = rl_config.useA85, 0
    try:
        SimpleDocTemplate(out, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm).build(
            story, onFirstPage=count, onLaterPages=count
        )
    finally:
        rl_config.useA85 = saved
    return out.getvalue(), len(pages)


def bare_sign(data: bytes, pages: int, identity: SignerIdentity) -> bytes:
    """A bare pyHanko PAdES signature in a visible field on the last page."""
    from asn1crypto import keys as asn1_keys
    from asn1crypto import x509 as asn1_x509
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields, signers
    from pyhanko.stamp import TextStampStyle
    from pyhanko_certvalidator.registry import SimpleCertificateStore

    cert = asn1_x509.Certificate.load(identity.cert_der)
    signer = signers.SimpleSigner(
        signing_cert=cert,
        signing_key=asn1_keys.PrivateKeyInfo.load(identity.key_der),
        cert_registry=SimpleCertificateStore.from_certs([cert]),
    )
    writer = IncrementalPdfFileWriter(io.BytesIO(data))
    fields.append_signature_field(
        writer, fields.SigFieldSpec("Signature", box=(380, 60, 560, 130), on_page=pages - 1)
    )
    meta = signers.PdfSignatureMetadata(
        field_name="Signature", md_algorithm="sha256", subfilter=fields.SigSeedSubFilter.PADES
    )
    out = io.BytesIO()
    style = TextStampStyle(stamp_text="Signed by %(signer)s\nTime: %(ts)s")
    signers.PdfSigner(meta, signer=signer, stamp_style=style).sign_pdf(writer, output=out)
    return out.getvalue()


def bare_signed_record(doc: RecordDoc, identity: SignerIdentity) -> tuple[bytes, int]:
    data, pages = bare_record(doc)
    return bare_sign(data, pages, identity), pages


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--full", action="store_true", help="60 items and 20 photos, 5 runs")
    args = parser.parse_args()
    items, photos, runs = (60, 20, 5) if args.full else (20, 6, 3)
    with tempfile.TemporaryDirectory() as tmp:
        ctx = open_context(Path(tmp))
        ctx.settings.office_name = "苏仙区某街道文明创建办公室"
        ctx.settings.inspector_name = "周明远"
        ctx.settings.inspector_id_no = "湘执4310030001"
        ctx.save_settings()
        set_block(ctx, "BENCH-", 1, 9999)
        keys.create_self_signed(ctx, "bench-passphrase")
        ids = [
            add_sample_inspection(ctx, template_data=wide_template(items), photos=photos)
            for _ in range(runs + 1)
        ]
        documents.produce(ctx, "record", ids[0], "bench-passphrase")  # warm up: font, imports
        identity = keys.load_identity(ctx, "bench-passphrase")
        font = documents.views_font_path(ctx)
        assert font, "the benchmark needs a CJK TrueType font (fonts-wqy-microhei)"
        register_bare_font(font)
        # the same content, prepared once by the app (not timed): what the baseline draws
        docs = [
            document_views.record_view(ctx, document_views.load_bundle(ctx, iid), "BENCH-9999")
            for iid in ids
        ]
        bare_signed_record(docs[0], identity)  # warm up
        times, base, pages, size, bare_pages, bare_size = [], [], 0, 0, 0, 0
        for iid, doc in zip(ids[1:], docs[1:], strict=True):
            t0 = time.perf_counter()
            out = documents.produce(ctx, "record", iid, "bench-passphrase")
            t1 = time.perf_counter()
            signed, bare_pages = bare_signed_record(doc, identity)
            t2 = time.perf_counter()
            times.append(t1 - t0)
            base.append(t2 - t1)
            pages, size, bare_size = out.pages, out.path.stat().st_size, len(signed)
        ctx.close()
    median, baseline = statistics.median(times), statistics.median(base)
    print(
        f"inspection: {items} items, {photos} photos; record: {pages} pages, {size / 1024:.0f} KiB;"
        f" baseline: {bare_pages} pages, {bare_size / 1024:.0f} KiB"
    )
    print(
        f"signed_record: {median:.3f} s; baseline {baseline:.3f} s; ratio {median / baseline:.2f}"
    )


if __name__ == "__main__":
    main()

"""Benchmark: producing a signed inspection record PDF.

    uv run python bench/signed_record.py          # 20 items, 6 photos, 3 runs
    uv run python bench/signed_record.py --full   # 60 items, 20 photos, 5 runs

Figure: the time from a finished inspection in the database to a stored,
signed PDF (read the records, lay out the pages with the embedded CJK font,
photo thumbnails and QR code, sign as PAdES with a visible stamp, write the
file and its row). Baseline, in the same run: a bare reportlab document with
the same number of pages (one line of text per page, built-in font), which is
the floor any PDF made with reportlab pays.
"""

from __future__ import annotations

import argparse
import io
import statistics
import tempfile
import time
from pathlib import Path

from inspector.services import documents, keys
from inspector.services.context import open_context
from inspector.services.doc_numbers import set_block
from inspector.services.document_samples import add_sample_inspection, wide_template


def bare_reportlab(pages: int) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    for i in range(pages):
        c.setFont("Helvetica", 12)
        c.drawString(72, 760, f"Page {i + 1} of {pages}")
        c.showPage()
    c.save()
    return buf.getvalue()


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
        times, pages, size = [], 0, 0
        for iid in ids[1:]:
            t0 = time.perf_counter()
            out = documents.produce(ctx, "record", iid, "bench-passphrase")
            times.append(time.perf_counter() - t0)
            pages, size = out.pages, out.path.stat().st_size
        base = []
        for _ in range(runs):
            t0 = time.perf_counter()
            bare_reportlab(pages)
            base.append(time.perf_counter() - t0)
        ctx.close()
    median, baseline = statistics.median(times), statistics.median(base)
    print(
        f"inspection: {items} items, {photos} photos; record: {pages} pages, {size / 1024:.0f} KiB"
    )
    print(
        f"signed_record: {median:.3f} s; baseline {baseline:.4f} s; ratio {median / baseline:.0f}"
    )


if __name__ == "__main__":
    main()

"""Bulletin and statistics documents: PDFs read back with pypdf, XLSX with openpyxl."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date

import pytest
from followup_data import add_inspection, add_site
from openpyxl import load_workbook
from pypdf import PdfReader

from inspector.services.core.errors import UserError
from inspector.services.followup import finish as followup_finish
from inspector.services.followup import lists
from inspector.services.followup import report_files as followup_docs


@pytest.fixture
def published(ctx):
    ctx.settings.office_name = "青石街道文明创建办公室"
    ctx.save_settings()
    good = add_site(ctx, "清风网吧", code="91430000CLEAN")
    bad = add_site(ctx, "夜猫网吧", grid="二网格", code="91430000NIGHT")
    for day in (date(2026, 10, 3), date(2026, 10, 20)):
        add_inspection(ctx, good, day)
    i = add_inspection(
        ctx, bad, date(2026, 10, 9), {"IC-07": "屏幕有不良内容", "IC-03": "入口无标志"}
    )
    followup_finish.open_cases_for_inspection(ctx, i)
    issue = lists.draft_list(ctx, "2026-10", "all", today=date(2026, 11, 2))
    black = next(e for e in lists.entries(ctx, issue.id) if e.colour == "black")
    lists.set_reply(ctx, black.id, "已整改，申请复查")
    return lists.publish(ctx, issue.id, "2026年第10期", today=date(2026, 11, 3))


def _text(path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def test_bulletin_pdf_and_xlsx(ctx, published, tmp_path):
    out = followup_docs.export_bulletin(ctx, published.id, tmp_path / "out", sign=False)
    pdf, xlsx = out.files
    assert not out.signed and "未签名" in out.note
    text = _text(pdf)
    for expected in (
        "2026年10月文明创建红黑榜",
        "2026年第10期",
        "红榜",
        "黑榜",
        "清风网吧",
        "夜猫网吧",
        "91430000NIGHT",
        "屏幕有不良内容",
        "已整改，申请复查",
        "青石街道文明创建办公室",
        "2026年11月3日",
        published.snapshot_sha256,
    ):
        assert expected in text.replace("\n", ""), expected
    assert "张三" not in text  # the shop's responsible person is never printed
    assert "草稿" not in text
    wb = load_workbook(xlsx)
    assert wb.sheetnames[:2] == ["红榜", "黑榜"]
    black = [row for row in wb["黑榜"].iter_rows(min_row=3, values_only=True)]
    assert black[0][1] == "夜猫网吧" and "屏幕有不良内容" in black[0][5]
    assert wb["红榜"]["B3"].value == "清风网吧"


def test_draft_bulletin_is_marked(ctx, published, tmp_path):
    draft = lists.draft_list(ctx, "2026-11", "all")
    out = followup_docs.export_bulletin(ctx, draft.id, tmp_path, sign=False)
    text = _text(out.files[0])
    assert "草稿" in text and "未发布" in text


def test_stats_pdf_and_xlsx(ctx, published, tmp_path):
    out = followup_docs.export_stats(ctx, "2026Q4", tmp_path / "q4.pdf", sign=False)
    text = _text(out.files[0]).replace("\n", "")
    for expected in (
        "2026年第四季度文明创建检查统计",
        "完成检查 3 次",
        "校园周边",
        "二网格",
        "整改率",
    ):
        assert expected in text, expected
    xl = followup_docs.export_stats(ctx, "2026Q4", tmp_path / "q4.xlsx", sign=False)
    wb = load_workbook(xl.files[0])
    assert wb["总体"]["B3"].value == 3
    assert [r[0] for r in wb["分网格"].iter_rows(min_row=2, values_only=True)] == [
        "一网格",
        "二网格",
    ]
    with pytest.raises(UserError, match=r"\.pdf"):
        followup_docs.export_stats(ctx, "2026Q4", tmp_path / "q4.doc", sign=False)


def test_documents_are_signed_when_a_key_exists(ctx, published, tmp_path):
    keys = pytest.importorskip("inspector.services.paperwork.keys")
    verify = pytest.importorskip("inspector.reports.verify")
    ctx.settings.inspector_name = "李明"
    ctx.save_settings()
    keys.create_demo_key(ctx)
    out = followup_docs.export_bulletin(ctx, published.id, tmp_path, sign=None)
    assert out.signed and len(out.files) == 3
    report = verify.verify_pdf(out.files[0].read_bytes(), keys.trusted_certs(ctx))
    assert report.intact and report.valid and report.trusted
    p7s = out.files[2]
    assert p7s.name.endswith(".xlsx.p7s")
    if shutil.which("openssl"):
        cmd = ["openssl", "cms", "-verify", "-binary", "-inform", "DER", "-noverify",
               "-in", str(p7s), "-content", str(out.files[1]), "-out", "/dev/null"]  # fmt: skip
        assert subprocess.run(cmd, capture_output=True).returncode == 0
        data = bytearray(out.files[1].read_bytes())
        data[100] ^= 1
        out.files[1].write_bytes(bytes(data))
        assert subprocess.run(cmd, capture_output=True).returncode != 0


def test_exports_report_their_steps_and_stop_when_cancelled(ctx, published, tmp_path):
    from inspector.services.core.progress import WorkCancelled

    keys = pytest.importorskip("inspector.services.paperwork.keys")
    ctx.settings.inspector_name = "李明"
    ctx.save_settings()
    keys.create_demo_key(ctx)
    seen: list[tuple[int, int, str]] = []
    out = followup_docs.export_bulletin(
        ctx, published.id, tmp_path / "all", progress=lambda *a: seen.append(a)
    )
    assert [(d, t) for d, t, _w in seen] == [(0, 3), (1, 3), (2, 3), (3, 3)]
    assert [w for *_dt, w in seen][:3] == ["正在生成公告 PDF…", "正在生成公告 XLSX…", "正在签名…"]
    assert out.signed and len(out.files) == 3

    seen.clear()
    with pytest.raises(WorkCancelled):
        followup_docs.export_bulletin(
            ctx,
            published.id,
            tmp_path / "stopped",
            progress=lambda *a: seen.append(a),
            cancel=lambda: len(seen) >= 1,
        )
    assert len(seen) == 1  # stopped before the XLSX
    assert not list((tmp_path / "stopped").glob("*.xlsx"))

    seen.clear()
    followup_docs.export_stats(
        ctx, "2026Q4", tmp_path / "q4.pdf", progress=lambda *a: seen.append(a)
    )
    assert [(d, t) for d, t, _w in seen] == [(0, 2), (1, 2), (2, 2)]
    assert seen[0][2] == "正在生成 q4.pdf…"


def test_bulletin_has_kind_column_page_totals_and_its_hash_is_checked(ctx, published, tmp_path):
    from pypdf import PdfWriter

    from inspector.services.paperwork import documents

    out = followup_docs.export_bulletin(ctx, published.id, tmp_path / "out", sign=False)
    pdf = out.files[0]
    reader = PdfReader(pdf)
    total = len(reader.pages)
    first = reader.pages[0].extract_text().replace(" ", "")
    assert "类别" in first and "网吧" in first
    assert f"第1页共{total}页" in first
    check = documents.verify_document(ctx, pdf)
    assert check.db_status == "match"  # the data's and the printed hash are the issue's
    assert check.lines()[0] == "结论：未签名"
    assert any("摘要与数据库相同，但文件签名无效或缺失" in line for line in check.lines())
    # a copy whose data names another snapshot no longer matches the published issue
    writer = PdfWriter(clone_from=reader)
    keywords = reader.metadata["/Keywords"].replace(published.snapshot_sha256, "0" * 64)
    writer.add_metadata({"/Keywords": keywords})
    forged = tmp_path / "forged.pdf"
    with open(forged, "wb") as fh:
        writer.write(fh)
    assert documents.verify_document(ctx, forged).db_status == "mismatch"


def test_a_site_with_many_problems_still_fits_the_bulletin(ctx, tmp_path):
    """Spanned rows cannot break across pages: a black-list site with a dozen long problems
    must still print (today's demo has sites with 15)."""
    site = add_site(ctx, "问题很多网吧", code="91430000MANY")
    long = "现场发现问题，负责人在场，已当面指出并要求立即整改，整改情况另行复查。" * 3
    codes = [f"IC-{n:02d}" for n in range(2, 12)]
    i = add_inspection(ctx, site, date(2026, 10, 9), {c: long for c in codes})
    followup_finish.open_cases_for_inspection(ctx, i)
    issue = lists.draft_list(ctx, "2026-10", "all", today=date(2026, 11, 2))
    out = followup_docs.export_bulletin(ctx, issue.id, tmp_path / "out", sign=False)
    text = _text(out.files[0]).replace("\n", "")
    assert "问题很多网吧" in text and text.count("整改情况另行复查") >= 10

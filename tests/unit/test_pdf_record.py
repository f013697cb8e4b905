"""The inspection record PDF, read back with pypdf."""

from __future__ import annotations

import io
import shutil
import subprocess

import pytest
from pypdf import PdfReader

from inspector.reports.qr import parse_payload, payload
from inspector.services.demo.document_samples import add_sample_inspection, wide_template
from inspector.services.paperwork import documents
from inspector.services.paperwork.numbering import set_block


@pytest.fixture
def office(ctx):
    ctx.settings.office_name = "苏仙区某街道文明创建办公室"
    ctx.settings.inspector_name = "周明远"
    ctx.settings.inspector_id_no = "湘执4310030001"
    ctx.save_settings()
    set_block(ctx, "苏仙巡〔2026〕", 1, 100)
    return ctx


def _read(data: bytes) -> tuple[PdfReader, str]:
    reader = PdfReader(io.BytesIO(data))
    text = "\n".join(page.extract_text() for page in reader.pages)
    return reader, text


def _font_files(reader: PdfReader) -> list[str]:
    names = []
    for page in reader.pages:
        fonts = page["/Resources"].get_object().get("/Font", {})
        for ref in fonts.values():
            font = ref.get_object()
            for desc in font.get("/DescendantFonts", [font]):
                fd = desc.get_object().get("/FontDescriptor")
                if fd is not None and "/FontFile2" in fd.get_object():
                    names.append(str(desc.get_object()["/BaseFont"]))
    return names


def test_record_has_the_facts_in_chinese(office):
    iid = add_sample_inspection(office, photos=2)
    prev = documents.preview(office, "record", iid)
    reader, text = _read(prev.data)
    assert len(reader.pages) == prev.pages >= 1
    compact = text.replace(" ", "")
    for expected in (
        "现场检查记录",
        "苏仙区某街道文明创建办公室",
        "苏仙巡〔2026〕0001",
        "星光网络会所",
        "网络文化经营许可证",
        "周明远",
        "湘执4310030001",
        "入口处设有",
        "不合格",
        "距学校距离测量",
        "现场采取的措施",
        f"第1页共{prev.pages // 2}页",
    ):
        assert expected.replace(" ", "") in compact, expected
    meta = reader.metadata
    assert iid in meta["/Keywords"]
    assert "sha256=" in meta["/Keywords"]


def test_font_is_embedded_as_subset(office):
    iid = add_sample_inspection(office, photos=0)
    prev = documents.preview(office, "record", iid)
    if not prev.font_embedded:
        pytest.skip("no CJK TrueType font on this machine")
    reader, _ = _read(prev.data)
    names = _font_files(reader)
    assert names, "a TrueType font file is embedded"
    assert all("+" in n for n in names), names  # subset fonts carry a tag like ABCDEF+Name


def test_same_record_keeps_its_number(office):
    iid = add_sample_inspection(office, photos=0)
    first = documents.preview(office, "record", iid).number
    assert documents.preview(office, "record", iid).number == first


def test_many_photos_go_to_an_appendix(office):
    iid = add_sample_inspection(office, photos=9)
    prev = documents.preview(office, "record", iid)
    reader, _ = _read(prev.data)
    last = reader.pages[-1].extract_text().replace(" ", "")
    assert "附页" in last
    assert len(reader.pages[-1].images) >= 6


def test_refusal_and_witness_are_printed(office):
    iid = add_sample_inspection(office, photos=0)
    documents.save_signature(office, iid, "lead", _png(), name="周明远")
    documents.save_signature(
        office,
        iid,
        "party",
        None,
        name="陈晓东",
        refused=True,
        refusal_reason="不认可检查结果",
        witness_name="王社区",
    )
    documents.save_signature(office, iid, "witness", _png(), name="王社区")
    _, text = _read(documents.preview(office, "record", iid).data)
    compact = text.replace(" ", "")
    assert "拒绝签名" in compact
    assert "不认可检查结果" in compact
    assert "见证人：王社区" in compact
    assert "以上记录经被检查方核对无误" not in compact
    assert "被检查方拒绝签名" in compact


def test_record_is_two_marked_copies_in_one_file(office):
    """第一联 存档 heads the first page, 第二联 被检查单位留存 the first page of the second
    half; each copy counts its own pages and both are in the bytes that get signed."""
    iid = add_sample_inspection(office, photos=9)
    prev = documents.preview(office, "record", iid)
    reader, _ = _read(prev.data)
    assert prev.pages % 2 == 0 and prev.pages >= 4
    half = prev.pages // 2
    pages = [p.extract_text().replace(" ", "") for p in reader.pages]
    assert pages[0].startswith("第一联存档")
    assert pages[half].startswith("第二联被检查单位留存")
    assert f"第1页共{half}页" in pages[half]
    assert all("第一联存档" in p for p in pages[:half])
    assert all("第二联被检查单位留存" in p for p in pages[half:])
    assert pages[0].count("以上记录经被检查方核对无误") == 0  # signatures come later
    assert sum("以上记录经被检查方核对无误" in p for p in pages) == 2


def test_record_time_shows_the_end_date_and_expired_licence(office):
    from datetime import timedelta

    from inspector.store.engine import write_session
    from inspector.store.models import Inspection, Licence

    iid = add_sample_inspection(office, photos=0)
    with write_session(office.engine) as s:
        insp = s.get(Inspection, iid)
        insp.finished_at = insp.started_at + timedelta(days=16)
        day = insp.started_at.astimezone().date()
        s.add(insp)
        s.add(
            Licence(
                site_id=insp.site_id,
                kind="食品经营许可证",
                number="JY14310030012345",
                valid_until=day - timedelta(days=3),
                created_by_device=office.device_id,
            )
        )
    _, text = _read(documents.preview(office, "record", iid).data)
    compact = text.replace(" ", "").replace("\n", "")
    end = (insp.finished_at.astimezone()).strftime("%Y年%m月%d日").replace("年0", "年")
    assert f"至{end.replace('月0', '月')}" in compact.replace("\n", "")
    assert "已过期" in compact


def test_long_checklist_wraps_across_pages(office):
    iid = add_sample_inspection(office, template_data=wide_template(60), photos=0)
    prev = documents.preview(office, "record", iid)
    _reader, text = _read(prev.data)
    assert prev.pages >= 6  # each of the two copies runs to three pages or more
    assert "X-60" in text
    assert f"共{prev.pages // 2}页" in text.replace(" ", "")


def test_qr_payload_round_trip():
    text = payload("record", "abc", "苏仙巡〔2026〕0001", "f" * 64)
    assert "no=苏仙巡〔2026〕0001" in text.splitlines()  # readable, not percent-encoded
    assert parse_payload(text) == {
        "kind": "record",
        "id": "abc",
        "no": "苏仙巡〔2026〕0001",
        "sha256": "f" * 64,
    }


def test_old_percent_encoded_payload_still_reads():
    old = "INSPECTOR-DOC v1\nkind=record\nid=abc\nno=%E8%8B%8F%E4%BB%99\nsha256=" + "f" * 64
    assert parse_payload(old)["no"] == "苏仙"


@pytest.mark.skipif(shutil.which("zbarimg") is None, reason="zbarimg (zbar-tools) not installed")
def test_printed_qr_scans_to_the_readable_number(office, tmp_path):
    iid = add_sample_inspection(office, photos=0)
    prev = documents.preview(office, "record", iid)
    pdf = tmp_path / "r.pdf"
    pdf.write_bytes(prev.data)
    subprocess.run(
        ["pdftoppm", "-r", "200", "-f", "1", "-l", "1", "-png", str(pdf), str(tmp_path / "p")],
        check=True,
    )
    (png,) = tmp_path.glob("p*.png")
    scanned = subprocess.run(
        ["zbarimg", "--quiet", "--raw", str(png)], capture_output=True, text=True, check=True
    ).stdout
    fields = parse_payload(scanned)
    assert fields["no"] == prev.number and "〔2026〕" in prev.number
    assert f"no={prev.number}" in scanned
    assert fields["id"] == iid


def _png() -> bytes:
    from PIL import Image, ImageDraw

    img = Image.new("RGBA", (300, 100), (255, 255, 255, 0))
    ImageDraw.Draw(img).line((10, 80, 290, 20), fill=(0, 0, 0, 255), width=4)
    buf = io.BytesIO()
    img.save(buf, "PNG")
    return buf.getvalue()


def test_signature_given_for_other_content_is_not_printed(office):
    import sqlite3

    iid = add_sample_inspection(office, photos=0)
    documents.save_signature(office, iid, "lead", _png(), name="周明远")
    _, before = _read(documents.preview(office, "record", iid).data)
    assert "须重新签名" not in before.replace(" ", "")
    con = sqlite3.connect(office.paths.database)
    con.execute("update answer set note = '签名后改动' where inspection_id = ?", (iid,))
    con.commit()
    con.close()
    _, after = _read(documents.preview(office, "record", iid).data)
    assert "须重新签名" in after.replace(" ", "")


def test_photo_caption_names_the_item_code_and_text(office):
    """A photo of a failed item is captioned with the item's code and text, then its caption."""
    iid = add_sample_inspection(office, photos=1)
    _, text = _read(documents.preview(office, "record", iid).data)
    compact = text.replace(" ", "").replace("\n", "")
    assert "图1IC-03入口处设有“未成年人禁止入内”标志：" in compact

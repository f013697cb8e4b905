"""document_language = "en": the record and the notice print English labels and item texts."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from inspector.reports.labels import LABELS, label
from inspector.services.demo.document_samples import add_sample_inspection
from inspector.services.paperwork import documents, keys

PASS = "s3cret-口令"


@pytest.fixture
def en_ctx(ctx):
    ctx.settings.office_name = "苏仙区某街道文明创建办公室"
    ctx.settings.inspector_name = "周明远"
    ctx.settings.document_language = "en"
    ctx.save_settings()
    keys.create_self_signed(ctx, PASS, trust=True)
    return ctx


def _text(data: bytes) -> str:
    reader = PdfReader(io.BytesIO(data))
    return " ".join(" ".join(p.extract_text() for p in reader.pages).split())


def test_english_record_and_notice(en_ctx):
    iid = add_sample_inspection(en_ctx, photos=1)
    record = documents.produce(en_ctx, "record", iid, PASS)
    text = _text(record.path.read_bytes())
    for expected in (
        "On-site Inspection Record",
        "Page 1 of",
        "Inspected party",
        "Score and result",
        "Open only within the permitted hours",  # the template's English item text
        "Internet café near schools",  # the template's English title
        "星光网络会所",  # the site's name stays as entered
    ):
        assert expected in text, expected
    for chinese in ("现场检查记录", "检查情况", "第 1 页", "被检查单位", "未检查"):
        assert chinese not in text, chinese
    check = documents.verify_document(en_ctx, record.path)
    assert check.ok, check.lines()

    notice = documents.produce(en_ctx, "notice", iid, PASS)
    text = _text(notice.path.read_bytes())
    for expected in ("Rectification Notice", "Proof of Service", "Page 1 of", "Deadline"):
        assert expected in text, expected
    assert '"No minors" sign at the entrance' in text  # failed item IC-03 in English
    for chinese in ("限期整改通知书", "送达回证", "发现的问题", "（盖章）"):
        assert chinese not in text, chinese
    assert documents.verify_document(en_ctx, notice.path).ok


def test_chinese_is_the_default_and_labels_fall_back():
    assert label("现场检查记录") == "现场检查记录"
    assert label("现场检查记录", "en") == "On-site Inspection Record"
    assert label("没有英文的词", "en") == "没有英文的词"
    assert all(v.count("{}") == k.count("{}") for k, v in LABELS.items())

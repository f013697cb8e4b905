"""The rectification notice: failed items, deadlines from the policy, receipt slip."""

from __future__ import annotations

import io
from datetime import datetime, timedelta

import pytest
from pypdf import PdfReader

from inspector.services.core.errors import UserError
from inspector.services.demo.document_samples import add_sample_inspection
from inspector.services.paperwork import documents
from inspector.services.paperwork.views import cn_date


def _text(data: bytes) -> tuple[int, str]:
    reader = PdfReader(io.BytesIO(data))
    return len(reader.pages), "".join(p.extract_text() for p in reader.pages).replace(" ", "")


def _deadline(days: int, ctx=None, iid: str = "") -> str:
    """``days`` after today, or after the inspection's visit day (deadlines count from it)."""
    start = datetime.now().astimezone().date()
    if ctx is not None:
        from inspector.store.engine import read_session
        from inspector.store.models import Inspection

        with read_session(ctx.engine) as s:
            start = s.get(Inspection, iid).started_at.astimezone().date()
    return cn_date(start + timedelta(days=days))


def test_notice_lists_failed_items_with_policy_deadlines(ctx):
    iid = add_sample_inspection(ctx, photos=0)
    lines = {line.key: line for line in documents.notice_lines(ctx, iid)}
    # the sample fails every third item: IC-03 (deduct), IC-06 (red line), IC-09, IC-12 (advisory)
    assert set(lines) == {"IC-03", "IC-06", "IC-09", "IC-12"}
    assert lines["IC-03"].days == 7
    assert lines["IC-06"].days == 1
    assert lines["IC-12"].days == 15
    prev = documents.preview(ctx, "notice", iid, days={"IC-03": 10})
    pages, text = _text(prev.data)
    assert pages == prev.pages
    for expected in (
        "限期整改通知书",
        "星光网络会所：",
        "送达回证",
        "（盖章）",
        "入口处设有",
        "黑榜",
    ):
        assert expected in text, expected
    assert _deadline(10, ctx, iid) in text  # edited per item (from the visit day)
    assert _deadline(1, ctx, iid) in text  # red line from the policy
    assert prev.number in text


def test_item_rectify_days_beats_the_policy(ctx):
    iid = add_sample_inspection(ctx, photos=0, fail_every=2)  # IC-02 (rectify_days: 3) fails
    lines = {line.key: line for line in documents.notice_lines(ctx, iid)}
    assert lines["IC-02"].days == 3


def test_office_policy_file_overrides_the_shipped_one(ctx, tmp_path):
    folder = tmp_path / "policy"
    folder.mkdir()
    (folder / "rectification.yaml").write_text(
        "deadline_days: {red_line: 2, deduct: 5, advisory: 20}\nconsequence: 逾期将通报。\n",
        "utf-8",
    )
    ctx.settings.policy_dir = str(folder)
    ctx.save_settings()
    iid = add_sample_inspection(ctx, photos=0)
    lines = {line.key: line for line in documents.notice_lines(ctx, iid)}
    assert lines["IC-03"].days == 5
    _, text = _text(documents.preview(ctx, "notice", iid).data)
    assert "逾期将通报" in text


def test_party_refusal_shows_on_the_receipt(ctx):
    iid = add_sample_inspection(ctx, photos=0)
    documents.save_signature(
        ctx, iid, "party", None, refused=True, refusal_reason="拒不签收", witness_name="王社区"
    )
    _, text = _text(documents.preview(ctx, "notice", iid).data)
    assert "拒绝签名" in text and "拒不签收" in text and "王社区" in text


def test_no_notice_when_nothing_failed(ctx):
    iid = add_sample_inspection(ctx, photos=0, fail_every=0)
    assert not documents.needs_notice(ctx, iid)
    with pytest.raises(UserError, match="没有不合格项"):
        documents.preview(ctx, "notice", iid)


def test_refusal_needs_reason_and_witness(ctx):
    iid = add_sample_inspection(ctx, photos=0)
    with pytest.raises(UserError):
        documents.save_signature(ctx, iid, "party", None, refused=True, refusal_reason="")
    with pytest.raises(UserError):
        documents.save_signature(ctx, iid, "lead", None)


def test_notice_says_what_to_do_and_why_from_the_visit_day(ctx):
    """Each item: the template's correction and legal basis; deadlines from the visit day;
    the 200 m failure is a referral, not a deadline; the receipt leaves the time of service
    and the server's signature to be filled in on handing over."""
    from inspector.store.engine import write_session
    from inspector.store.models import Inspection

    iid = add_sample_inspection(ctx, photos=0, fail_every=1)
    with write_session(ctx.engine) as s:
        insp = s.get(Inspection, iid)
        insp.started_at = insp.started_at - timedelta(days=20)
        visit = insp.started_at.astimezone().date()
        s.add(insp)
    lines = {line.key: line for line in documents.notice_lines(ctx, iid)}
    assert lines["IC-03"].correction == "在入口处醒目位置设置“未成年人禁止入内”标志"
    assert "第二十一条" in lines["IC-03"].basis
    assert lines["IC-01"].referral and "第九条" in lines["IC-01"].basis
    assert lines["IC-12"].basis == "《互联网上网服务营业场所管理条例》"  # its own
    _pages, text = _text(documents.preview(ctx, "notice", iid).data)
    text = text.replace("\n", "")
    assert "依据：《互联网上网服务营业场所管理条例》第二十一条" in text
    assert "不设整改期限：移送有关执法部门依法处理" in text
    assert cn_date(visit + timedelta(days=7)) in text  # IC-03: 7 days from the visit
    assert _deadline(7) not in text  # not from today
    assert "送达时填写，不早于签发日期" in text
    assert "送达人签名：" in text
    assert "按检查标准整改到位：在入口处" not in text  # no longer the item text repeated

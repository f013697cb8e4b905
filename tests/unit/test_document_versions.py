"""Nothing signed is overwritten; an amended record agrees with itself.

Real PDFs are signed with the inspector's key, read back with pypdf and
verified as ``inspector verify`` does.
"""

from __future__ import annotations

import io
import zipfile

import pytest
from pypdf import PdfReader
from sqlmodel import select

from inspector.services.core.errors import UserError
from inspector.services.demo.document_samples import add_sample_inspection
from inspector.services.followup import finish as followup_finish
from inspector.services.paperwork import documents, keys
from inspector.services.sync import service as sync
from inspector.store.engine import read_session
from inspector.store.models import Answer, GeneratedDocument, Inspection

PASS = "s3cret-口令"
T = "school-internet-cafe"


def _png(shade: int = 0) -> bytes:
    from PIL import Image

    buf = io.BytesIO()
    Image.new("RGBA", (60, 24), (shade, 0, 0, 255)).save(buf, "PNG")
    return buf.getvalue()


@pytest.fixture
def signer_ctx(ctx):
    ctx.settings.office_name = "苏仙区某街道文明创建办公室"
    ctx.settings.inspector_name = "周明远"
    ctx.save_settings()
    keys.create_self_signed(ctx, PASS, trust=True)
    return ctx


def _text(path) -> str:
    return "\n".join(p.extract_text() for p in PdfReader(path).pages)


def _rows(ctx, iid: str) -> list[GeneratedDocument]:
    with read_session(ctx.engine) as s:
        q = select(GeneratedDocument).where(GeneratedDocument.inspection_id == iid)
        return list(s.exec(q.order_by(GeneratedDocument.version)))


def test_versions_never_overwrite_and_verify_says_superseded(signer_ctx, tmp_path):
    ctx = signer_ctx
    iid = add_sample_inspection(ctx, photos=1)
    v1 = documents.produce(ctx, documents.RECORD, iid, PASS)
    v1_bytes = v1.path.read_bytes()
    again = documents.produce(ctx, documents.RECORD, iid, PASS)  # no change
    assert again.path == v1.path and again.sha256 == v1.sha256
    assert len(_rows(ctx, iid)) == 1 and v1.path.read_bytes() == v1_bytes

    documents.save_signature(ctx, iid, "party", _png(), name="陈晓东")
    v2 = documents.produce(ctx, documents.RECORD, iid, PASS)
    assert v2.path.name == v1.path.name.replace(".pdf", "-v2.pdf")
    assert v2.number == v1.number
    assert v1.path.read_bytes() == v1_bytes  # the signed v1 is kept as it was
    text = _text(v2.path)
    assert f"{v2.number}（第 2 版）" in text
    assert "替代第 1 版" in text and "新的签名：被检查方" in text.replace("\n", "")
    rows = _rows(ctx, iid)
    assert [(r.version, r.replaces_id) for r in rows] == [(1, ""), (2, rows[0].id)]

    for name, path in (("v1", v1.path), ("v2", v2.path)):  # shown in the closing note
        print(name, path.name, *documents.verify_document(ctx, path).lines(), sep="\n  ")
    old = documents.verify_document(ctx, v1.path)
    assert old.ok and old.db_status == "superseded" and old.superseded_by == 2
    assert "已被第 2 版取代" in old.lines()[-1] and "新的签名" in old.superseded_reason
    new = documents.verify_document(ctx, v2.path)
    assert new.ok and new.db_status == "match" and new.version == 2

    v2_bytes = v2.path.read_bytes()
    v2.path.unlink()  # the newest file lost: made again as v3, saying why; v1 untouched
    v3 = documents.produce(ctx, documents.RECORD, iid, PASS)
    assert v3.path.name.endswith("-v3.pdf") and "第 2 版的文件缺失或被改动" in _text(v3.path)
    assert v1.path.read_bytes() == v1_bytes
    v2.path.write_bytes(v2_bytes)

    result = sync.export_changes(ctx, tmp_path / "out", encrypt=False)
    with zipfile.ZipFile(result.path) as zf:
        carried = sorted(n for n in zf.namelist() if n.endswith(".pdf"))
    names = sorted([v1.path.name, v2.path.name, v3.path.name])
    assert sorted(n.rsplit("/", 1)[-1] for n in carried) == names


def _first(ctx, iid: str, where) -> Answer:
    with read_session(ctx.engine) as s:
        return next(
            a for a in s.exec(select(Answer).where(Answer.inspection_id == iid)) if where(a)
        )


def test_amended_record_agrees_with_itself_and_asks_for_new_signatures(signer_ctx, tmp_path):
    ctx = signer_ctx
    iid = add_sample_inspection(ctx, photos=1, fail_every=3)
    documents.save_signature(ctx, iid, "lead", _png(1), name="周明远")
    documents.save_signature(
        ctx, iid, "party", None, name="陈晓东", refused=True,
        refusal_reason="不认可检查结果", witness_name="王五",
    )  # fmt: skip
    v1 = documents.produce(ctx, documents.RECORD, iid, PASS)
    failed = _first(
        ctx,
        iid,
        lambda a: a.outcome == "fail" and a.item_code in ("IC-02", "IC-03", "IC-08", "IC-11"),
    )
    followup_finish.amend(
        ctx,
        iid,
        T,
        failed.item_code,
        outcome="pass",
        reason="复核照片，许可证已悬挂",
        actor="周明远",
    )
    followup_finish.amend(ctx, iid, T, "IC-10", count=1, reason="复核：只张贴 1 张", actor="李强")

    with pytest.raises(UserError, match="更正前给出") as err:
        documents.produce(ctx, documents.RECORD, iid, PASS)
    assert "检查人员（主办）" in str(err.value) and "被检查方" in str(err.value)

    preview = documents.preview(ctx, documents.RECORD, iid)
    path = tmp_path / "amended-preview.pdf"
    path.write_bytes(preview.data)
    text = _text(path)
    # the lead's signature and the party's refusal, in each of the two copies
    assert text.count("签于更正前") == 4
    assert "更正记录" in text and "复核照片，许可证已悬挂" in text and "李强" in text
    assert "不合格 合格" in text.replace("\n", " ") or "不合格合格" in text.replace("\n", "")

    # rows add up to the total the record prints
    from inspector.services.paperwork.views import load_bundle, record_view

    doc = record_view(ctx, load_bundle(ctx, iid), "X")
    rows = {r.code: r for sec in doc.sections for r in sec.rows}
    assert rows[failed.item_code].result == "合格" and rows[failed.item_code].deduction == ""
    assert rows["IC-10"].value == "1" and rows["IC-10"].result == "不合格"
    assert rows["IC-10"].deduction == "-2"  # one point per poster missing, two missing
    with read_session(ctx.engine) as s:
        insp = s.get(Inspection, iid)
    total = sum(-float(r.deduction) for r in rows.values() if r.deduction)
    assert total == pytest.approx(insp.deductions)
    assert doc.score.startswith(f"{insp.score:g} / {insp.max_score:g}")
    assert [(a.old, a.new) for a in doc.amendments] == [("不合格", "合格"), ("3", "1")]

    # new signatures (and a new refusal with its witness): it can be finalised again
    documents.save_signature(ctx, iid, "lead", _png(2), name="周明远")
    documents.save_signature(
        ctx, iid, "party", None, name="陈晓东", refused=True,
        refusal_reason="仍不认可", witness_name="王五",
    )  # fmt: skip
    v2 = documents.produce(ctx, documents.RECORD, iid, PASS)
    text = _text(v2.path)
    assert "签于更正前" not in text and "第 2 版" in text and "记录已更正" in text.replace("\n", "")
    assert documents.verify_document(ctx, v1.path).db_status == "superseded"
    assert documents.verify_document(ctx, v2.path).db_status == "match"


def test_the_office_takes_every_version_in_later_packages(signer_ctx, tmp_path):
    from sync_helpers import open_ctx

    field = signer_ctx
    office = open_ctx(tmp_path / "office")
    try:
        sync.office_init(office, "东风街道创建办")
        sync.register_device(office, sync.device_identity(field).card())
        iid = add_sample_inspection(field, photos=1)
        v1 = documents.produce(field, documents.RECORD, iid, PASS)
        sync.export_changes(field, tmp_path / "inbox", encrypt=False)
        assert [r.result for r in sync.import_inbox(office, tmp_path / "inbox")] == ["imported"]
        documents.produce(field, documents.RECORD, iid, PASS)  # no change: nothing to send
        assert "generated_document" not in sync.pending_counts(field)
        documents.save_signature(field, iid, "party", _png(), name="陈晓东")
        v2 = documents.produce(field, documents.RECORD, iid, PASS)
        sync.export_changes(field, tmp_path / "inbox", encrypt=False)
        reports = sync.import_inbox(office, tmp_path / "inbox")
        assert [r.result for r in reports] == ["imported"], reports
        docs = office.paths.documents
        assert (docs / v1.path.name).read_bytes() == v1.path.read_bytes()
        assert (docs / v2.path.name).read_bytes() == v2.path.read_bytes()
        with read_session(office.engine) as s:
            versions = sorted(
                r.version
                for r in s.exec(
                    select(GeneratedDocument).where(GeneratedDocument.inspection_id == iid)
                )
            )
        assert versions == [1, 2]
    finally:
        office.close()

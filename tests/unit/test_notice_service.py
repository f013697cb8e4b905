"""The notice's time of service: entered after the notice is handed over, never before the
notice's own date nor in the future; stored, audit-logged, synced, and printed on the
送达回证 of the notice's next signed version (the first version keeps its blank)."""

from __future__ import annotations

import io
import subprocess
import sys
from datetime import timedelta

import pytest
from pypdf import PdfReader
from sqlmodel import select

from inspector.services.core import audit
from inspector.services.core.errors import UserError
from inspector.services.demo.document_samples import add_sample_inspection
from inspector.services.paperwork import documents, keys
from inspector.services.paperwork.notice_service import parse_local_time, service_of
from inspector.store.engine import read_session
from inspector.store.models import GeneratedDocument, NoticeService
from inspector.store.types import utcnow

PASS = "s3cret-口令"


def _text(path) -> str:
    reader = PdfReader(io.BytesIO(path.read_bytes()))
    return "".join(p.extract_text() for p in reader.pages).replace(" ", "").replace("\n", "")


@pytest.fixture
def notice(ctx):
    ctx.settings.office_name = "苏仙区某街道文明创建办公室"
    ctx.settings.inspector_name = "周明远"
    ctx.save_settings()
    keys.create_self_signed(ctx, PASS, trust=True)
    iid = add_sample_inspection(ctx, photos=0)
    made = documents.produce_documents(ctx, iid, PASS, days={"IC-03": 10})
    (notice,) = [m for m in made if m.kind == "notice"]
    return iid, notice


def test_time_of_service_prints_on_the_next_signed_version(ctx, notice):
    iid, first = notice
    before = _text(first.path)
    assert "送达回证" in before and "送达时填写" in before  # not known yet: the blank
    served = utcnow().astimezone().replace(second=0, microsecond=0)  # the notice's day
    out = documents.record_service(ctx, iid, served, "李文静", PASS)
    assert out.path != first.path and out.signed
    assert first.path.read_bytes() and evidence_unchanged(ctx, first)  # v1 stays as signed
    text = _text(out.path)
    printed = f"{served.year}年{served.month}月{served.day}日{served:%H}时{served:%M}分"
    assert printed in text and "送达时填写" not in text
    assert "李文静" in text and "送达人签名" in text  # the place for the server's signature
    assert "第2版" in text and "登记送达时间" in text  # why the new version was made
    # the deadline edited for the first version is kept on the new one
    with read_session(ctx.engine) as s:
        rows = s.exec(select(GeneratedDocument).where(GeneratedDocument.kind == "notice")).all()
    assert sorted(r.version for r in rows) == [1, 2]
    assert all('"IC-03": 10' in r.deadline_days for r in rows)
    assert documents.verify_document(ctx, out.path).ok
    # the audit log says who entered which time
    (row,) = [r for r in audit.audit_trail(ctx, iid) if r.kind == "serve"]
    assert served.isoformat() in row.new_value and "李文静" in row.new_value
    # the same time again makes no third version
    again = documents.record_service(ctx, iid, served, "李文静", PASS)
    assert again.path == out.path


def evidence_unchanged(ctx, produced) -> bool:
    from inspector.services.inspection.evidence import file_sha256

    return file_sha256(produced.path) == produced.sha256


def test_a_time_before_the_notice_or_in_the_future_is_refused(ctx, notice):
    iid, _first = notice
    yesterday = utcnow().astimezone() - timedelta(days=1)
    with pytest.raises(UserError, match=r"早于整改通知书 .* 的签发日期"):
        documents.record_service(ctx, iid, yesterday, "", PASS)
    tomorrow = utcnow().astimezone() + timedelta(days=1)
    with pytest.raises(UserError, match="晚于现在"):
        documents.record_service(ctx, iid, tomorrow, "", PASS)
    assert service_of(ctx, iid) is None  # nothing half-written


def test_no_notice_yet_is_refused(ctx):
    iid = add_sample_inspection(ctx, photos=0)
    with pytest.raises(UserError, match="还没有生成整改通知书"):
        documents.record_service(ctx, iid, utcnow(), "", None, sign=False)


def test_the_server_defaults_to_the_lead_inspector(ctx, notice):
    iid, _first = notice
    documents.record_service(ctx, iid, utcnow(), "", PASS)
    assert service_of(ctx, iid).server_name == "周明远"


def test_parse_local_time_says_the_format():
    assert parse_local_time("2026-12-05 10:30").hour == 10
    with pytest.raises(UserError, match="2026-12-05 10:30"):
        parse_local_time("12/05 10:30")


def test_cli_served_records_the_time_and_refuses_one_before_the_notice(ctx, data_dir, notice):
    iid, first = notice
    ctx.close()
    env_cmd = [sys.executable, "-m", "inspector.app", "--data-dir", str(data_dir), "served"]
    early = (utcnow() - timedelta(days=2)).astimezone().strftime("%Y-%m-%d %H:%M")
    done = subprocess.run(
        [*env_cmd, first.number, "--at", early],
        capture_output=True, text=True, timeout=120, env=_env(),
    )  # fmt: skip
    assert done.returncode == 2 and "早于整改通知书" in done.stderr
    assert "Traceback" not in done.stderr
    bad = subprocess.run(
        [*env_cmd, first.number, "--at", "yesterday"],
        capture_output=True, text=True, timeout=120, env=_env(),
    )  # fmt: skip
    assert bad.returncode == 2 and "格式不对" in bad.stderr
    now = utcnow().astimezone().strftime("%Y-%m-%d %H:%M")
    done = subprocess.run(
        [*env_cmd, first.number, "--at", now, "--server", "李文静"],
        capture_output=True, text=True, timeout=120, env=_env(),
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "第 2 版" in done.stdout and "notice-" in done.stdout
    from inspector.services.core.context import open_context

    ctx2 = open_context(data_dir)
    try:
        row = service_of(ctx2, iid)
        assert row is not None and row.server_name == "李文静"
    finally:
        ctx2.close()


def _env() -> dict[str, str]:
    import os

    return {**os.environ, "INSPECTOR_KEY_PASSPHRASE": PASS}


def test_the_time_of_service_travels_to_the_office(ctx, notice, tmp_path):
    from inspector.services.core.context import open_context
    from inspector.services.sync import service as sync

    iid, _first = notice
    documents.record_service(ctx, iid, utcnow(), "李文静", PASS)
    office = open_context(tmp_path / "office")
    try:
        sync.office_init(office, "东风街道创建办")
        sync.register_device(office, sync.device_identity(ctx).card())
        sync.export_changes(ctx, tmp_path / "inbox")
        reports = sync.import_inbox(office, tmp_path / "inbox")
        assert [r.result for r in reports] == ["imported"], reports[0].message
        with read_session(office.engine) as s:
            (row,) = s.exec(select(NoticeService)).all()
        assert row.inspection_id == iid and row.server_name == "李文静"
    finally:
        office.close()


def test_a_corrected_time_updates_the_row_and_makes_the_next_version(ctx, notice):
    iid, _first = notice
    first_time = utcnow().astimezone().replace(second=0, microsecond=0)
    v2 = documents.record_service(ctx, iid, first_time, "周明远", PASS)
    later = first_time.replace(minute=0) if first_time.minute else first_time
    v3 = documents.record_service(ctx, iid, later, "李文静", PASS)
    if later == first_time:  # the same minute: only the server changed
        assert service_of(ctx, iid).server_name == "李文静"
    assert v3.path != v2.path and v3.path.name.endswith("-v3.pdf")
    row = service_of(ctx, iid)
    assert row.row_version == 2 and row.server_name == "李文静"
    trail = [r for r in audit.audit_trail(ctx, iid) if r.kind == "serve"]
    assert len(trail) == 2
    assert trail[0].old_value is None and "周明远" in trail[1].old_value

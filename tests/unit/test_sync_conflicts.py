"""Concurrent changes are kept side by side; finished inspections are never overwritten."""

from __future__ import annotations

import json

import pytest
from pg import office_db_url, postgres_server  # noqa: F401  (fixtures)
from sqlmodel import select
from sync_helpers import add_inspection, add_site, open_ctx

from inspector.services.core.errors import UserError
from inspector.services.followup import finish as followup_finish
from inspector.services.sync import bundle as bundles
from inspector.services.sync import service as sync
from inspector.store.engine import read_session, write_session
from inspector.store.models import Answer, AuditEntry, Site
from inspector.store.types import new_id


@pytest.fixture
def office(tmp_path, office_db_url):  # noqa: F811
    ctx = open_ctx(tmp_path / "office", office_db_url)
    sync.office_init(ctx, "东风街道创建办")
    yield ctx
    ctx.close()


def _field(tmp_path, name, office):
    ctx = open_ctx(tmp_path / name)
    sync.register_device(office, sync.device_identity(ctx).card(), name=name)
    return ctx


def _edit_site(ctx, site_id, **changes):
    with write_session(ctx.engine) as s:
        row = s.get(Site, site_id)
        for k, v in changes.items():
            setattr(row, k, v)
        row.touch(ctx.device_id)
        s.add(row)


def _send(ctx, office, inbox):
    sync.export_changes(ctx, inbox)
    reports = sync.import_inbox(office, inbox)
    assert reports and reports[-1].result == "imported", reports[-1].message
    return reports[-1]


def test_two_devices_change_the_same_site(office, tmp_path):
    site = add_site(office, "人民路菜市场")
    a, b = _field(tmp_path, "a", office), _field(tmp_path, "b", office)
    fp = sync.own_office(office).fingerprint
    bundle = bundles.build_office_bundle(office, tmp_path / "o.inspbundle")
    for f in (a, b):
        bundles.import_office_bundle(f, bundle, accept_fingerprint=fp)
    _edit_site(a, site.id, phone="111")
    _edit_site(b, site.id, phone="222", responsible_person="李四")

    assert _send(a, office, tmp_path / "in-a").applied == 1
    report = _send(b, office, tmp_path / "in-b")
    assert report.conflicts == 1 and report.applied == 0
    with read_session(office.engine) as s:
        assert s.get(Site, site.id).phone == "111"  # not overwritten
    (conflict,) = sync.list_conflicts(office)
    current, incoming = sync.conflict_versions(conflict)
    assert (current["phone"], incoming["phone"]) == ("111", "222")
    assert conflict.base_version == 1 and conflict.kind == "concurrent"

    # importing B's package again does not list the conflict twice
    sync.import_file(office, next((tmp_path / "in-b").iterdir()), force=True)
    assert len(sync.list_conflicts(office)) == 1

    with pytest.raises(UserError, match="理由"):
        sync.resolve_conflict(office, conflict.id, "incoming", "  ")
    sync.resolve_conflict(office, conflict.id, "incoming", "李四电话已核实", resolver="王主任")
    with read_session(office.engine) as s:
        row = s.get(Site, site.id)
    assert (row.phone, row.responsible_person) == ("222", "李四")
    assert row.row_version == 3
    (done,) = sync.list_conflicts(office, status="resolved")
    assert (done.resolution, done.reason, done.resolver) == ("incoming", "李四电话已核实", "王主任")
    assert sync.list_conflicts(office) == []
    with pytest.raises(UserError, match="已经处理过"):
        sync.resolve_conflict(office, conflict.id, "current", "再来一次")
    for f in (a, b):
        f.close()


def test_same_device_keeps_editing_its_own_rows(office, tmp_path):
    a = _field(tmp_path, "a", office)
    site = add_site(a)
    _send(a, office, tmp_path / "in")
    _edit_site(a, site.id, phone="1")
    _edit_site(a, site.id, phone="2")
    assert _send(a, office, tmp_path / "in").applied == 1
    with read_session(office.engine) as s:
        assert s.get(Site, site.id).phone == "2"
    assert sync.list_conflicts(office) == []
    a.close()


def test_finished_inspection_is_never_modified(office, tmp_path):
    a = _field(tmp_path, "a", office)
    site = add_site(a)
    insp = add_inspection(a, site.id, answers=2)
    _send(a, office, tmp_path / "in")
    with write_session(a.engine) as s:
        ans = s.exec(select(Answer).where(Answer.inspection_id == insp.id)).first()
        ans.note = "事后改动"
        ans.touch(a.device_id)
        s.add(ans)
        # an amendment arrives as a new audit row
        s.add(
            AuditEntry(
                id=new_id(),
                inspection_id=insp.id,
                entity="answer",
                entity_id=ans.id,
                field="note",
                new_value="补正说明",
                kind="amendment",
                reason="现场记录笔误",
                device=a.device_id,
            )
        )
    report = _send(a, office, tmp_path / "in")
    assert report.conflicts == 1
    with read_session(office.engine) as s:
        assert s.get(Answer, ans.id).note == ""
        kinds = [
            e.kind for e in s.exec(select(AuditEntry).where(AuditEntry.inspection_id == insp.id))
        ]
    assert sorted(kinds) == ["amendment", "finish"]
    (conflict,) = sync.list_conflicts(office)
    assert conflict.kind == "finished" and conflict.table_name == "answer"
    assert json.loads(conflict.incoming_json)["note"] == "事后改动"
    with pytest.raises(UserError, match="补正"):
        sync.resolve_conflict(office, conflict.id, "incoming", "想要覆盖")
    sync.resolve_conflict(office, conflict.id, "current", "已完成的记录以原件为准")
    with read_session(office.engine) as s:
        assert s.get(Answer, ans.id).note == ""
    a.close()


def test_office_edit_then_device_edit_is_a_conflict(office, tmp_path):
    a = _field(tmp_path, "a", office)
    site = add_site(a)
    _send(a, office, tmp_path / "in")
    _edit_site(office, site.id, notes="办公室核实过")
    _edit_site(a, site.id, notes="现场补充")
    assert _send(a, office, tmp_path / "in").conflicts == 1
    with read_session(office.engine) as s:
        assert s.get(Site, site.id).notes == "办公室核实过"
    a.close()


def test_amendment_made_through_the_service_arrives_without_conflict(office, tmp_path):
    """A correction after finishing travels as an amendment; the office takes the new score."""
    from inspector.services.inspection import walk as inspections
    from inspector.store.models import Amendment, Inspection

    a = _field(tmp_path, "a", office)
    site = add_site(a)
    insp = inspections.start_inspection(a, site.id, ["school-internet-cafe"])
    template = a.catalog.get("school-internet-cafe")
    values = {
        "pass_fail": {"outcome": "pass"},
        "count": {"count": 0},
        "measurement": {"measurement": 350.0},
        "text": {"text": "无"},
    }
    answers = [
        (
            "school-internet-cafe",
            item.code,
            # "no" where a choice offers it: no minors present, so the minors' items stay hidden
            {"choice": next((c.code for c in item.choices if c.code == "no"), item.choices[0].code)}
            if item.answer == "choice"
            else values[item.answer],
        )
        for _section, item in template.items()
    ]
    inspections.answer_many(a, insp.id, answers)
    followup_finish.finish(a, insp.id)
    _send(a, office, tmp_path / "in")
    followup_finish.amend(
        a, insp.id, "school-internet-cafe", "IC-02", reason="许可证实为过期", outcome="fail"
    )
    report = _send(a, office, tmp_path / "in")
    assert report.conflicts == 0
    with read_session(office.engine) as s:
        office_insp = s.get(Inspection, insp.id)
        amendments = s.exec(select(Amendment).where(Amendment.inspection_id == insp.id)).all()
    with read_session(a.engine) as s:
        field_insp = s.get(Inspection, insp.id)
    assert len(amendments) == 1 and amendments[0].reason == "许可证实为过期"
    assert office_insp.amendment_count == 1
    assert office_insp.score == field_insp.score < field_insp.max_score
    assert office_insp.content_hash == field_insp.content_hash
    assert sync.list_conflicts(office) == []
    a.close()

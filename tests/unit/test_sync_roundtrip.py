"""Field exports, office imports: records and files arrive once, re-import changes nothing."""

from __future__ import annotations

import pytest
from sqlmodel import select
from sync_helpers import add_inspection, add_site, data_files, integrity, open_ctx, row_counts

from inspector.services.followup import finish as followup_finish
from inspector.services.sync import service as sync
from inspector.store.engine import read_session
from inspector.store.models import Answer, Inspection, Photo, SyncImportLog


@pytest.fixture
def field(tmp_path):
    ctx = open_ctx(tmp_path / "field")
    yield ctx
    ctx.close()


@pytest.fixture
def office(tmp_path):
    ctx = open_ctx(tmp_path / "office")
    sync.office_init(ctx, "东风街道创建办")
    yield ctx
    ctx.close()


def _register(field, office):
    return sync.register_device(office, sync.device_identity(field).card())


def test_export_then_import_brings_rows_and_photos(field, office, tmp_path):
    site = add_site(field)
    insp = add_inspection(field, site.id, photos=3)
    _register(field, office)
    res = sync.export_changes(field, tmp_path / "inbox")
    assert res.path.name == f"{field.device_id}-000001.inspkg"
    assert res.records["photo"] == 3 and res.files == 3
    assert not res.encrypted

    reports = sync.import_inbox(office, tmp_path / "inbox")
    assert [r.result for r in reports] == ["imported"], reports[0].message
    with read_session(office.engine) as s:
        got = s.get(Inspection, insp.id)
        assert got.status == "finished" and got.lead_inspector_name == "张三"
        assert len(s.exec(select(Answer)).all()) == 3
        photos = s.exec(select(Photo)).all()
    for p in photos:
        assert (office.paths.photos / p.file_name).read_bytes() == (
            field.paths.photos / p.file_name
        ).read_bytes()
    assert data_files(office) == data_files(field)


def test_reimport_same_package_and_overlapping_package_change_nothing(field, office, tmp_path):
    site = add_site(field)
    add_inspection(field, site.id)
    _register(field, office)
    first = sync.export_changes(field, tmp_path / "inbox")
    sync.import_inbox(office, tmp_path / "inbox")
    before = row_counts(office)
    # the same file again: recognised by its hash
    again = sync.import_file(office, first.path)
    assert again.result == "duplicate"
    # forced through the record path: every record is already there
    forced = sync.import_file(office, first.path, force=True)
    assert forced.result == "imported" and forced.applied == 0 and forced.conflicts == 0
    # a second, cumulative package (nothing acknowledged yet) repeats the rows
    second = sync.export_changes(field, tmp_path / "inbox")
    assert second.sequence == 2 and second.records == first.records
    reports = sync.import_inbox(office, tmp_path / "inbox")
    assert [r.result for r in reports] == ["imported"] and reports[0].applied == 0
    after = row_counts(office)
    assert after.pop("sync_received") == before.pop("sync_received") + 1  # the second package
    assert after == before
    assert integrity(office) == "ok"


def test_pending_counts_and_last_export(field, tmp_path):
    site = add_site(field)
    add_inspection(field, site.id, photos=1, answers=2)
    pending = sync.pending_counts(field)
    assert pending["site"] == 1 and pending["answer"] == 2 and pending["photo"] == 1
    assert sync.last_export(field) is None
    sync.export_changes(field, tmp_path / "out")
    assert sync.pending_counts(field) == {}
    assert sync.last_export(field).sequence == 1
    add_site(field, "新开超市")
    assert sync.pending_counts(field) == {"site": 1}


def test_changed_row_travels_again_and_updates_office(field, office, tmp_path):
    site = add_site(field)
    _register(field, office)
    sync.export_changes(field, tmp_path / "inbox")
    sync.import_inbox(office, tmp_path / "inbox")
    from inspector.store.engine import write_session
    from inspector.store.models import Site

    with write_session(field.engine) as s:
        row = s.get(Site, site.id)
        row.phone = "0735-1234567"
        row.touch(field.device_id)
        s.add(row)
    sync.export_changes(field, tmp_path / "inbox")
    reports = sync.import_inbox(office, tmp_path / "inbox")
    assert reports[-1].applied == 1, reports[-1].message
    with read_session(office.engine) as s:
        assert s.get(Site, site.id).phone == "0735-1234567"
    with read_session(office.engine) as s:
        results = [r.result for r in s.exec(select(SyncImportLog))]
    assert results == ["imported", "imported"]


def test_cancelled_import_leaves_the_office_unchanged(field, office, tmp_path):
    site = add_site(field)
    add_inspection(field, site.id, photos=2)
    _register(field, office)
    pkg = sync.export_changes(field, tmp_path / "inbox").path
    before, files = row_counts(office), data_files(office)
    seen = []

    def cancel() -> bool:  # the user presses cancel once the rows are being written
        return bool(seen)

    report = sync.import_file(
        office, pkg, progress=lambda done, total, what: seen.append(done), cancel=cancel
    )
    assert report.result == "cancelled" and seen
    assert row_counts(office) == before and data_files(office) == files
    # nothing was remembered as received: the next run imports it
    (again,) = sync.import_inbox(office, tmp_path / "inbox")
    assert again.result == "imported"


def test_case_carries_travel_to_the_office(field, office, tmp_path):
    from datetime import date

    from followup_data import add_inspection as finished_with_failures
    from followup_data import add_site as add_cafe

    from inspector.services.demo.document_samples import sample_photo
    from inspector.services.followup import reinspection
    from inspector.services.inspection.photos import add_photo
    from inspector.store.models import CaseCarry

    site = add_cafe(field, "星光网吧")
    insp = finished_with_failures(field, site, date(2026, 10, 5), {"IC-02": "未亮证"})
    followup_finish.open_cases_for_inspection(field, insp)
    first = reinspection.start_reinspection(field, site)
    reinspection.record_answer(field, first, "school-internet-cafe", "IC-02", "fail", "仍未亮证")
    # a failed IC-02 needs its photo before the re-inspection can be finished
    add_photo(field, first, sample_photo(1, (320, 240)), template_id="school-internet-cafe",
              item_code="IC-02")  # fmt: skip
    followup_finish.finish_reinspection(field, first)
    second = reinspection.start_reinspection(field, site)
    _register(field, office)
    sync.export_changes(field, tmp_path / "inbox")
    reports = sync.import_inbox(office, tmp_path / "inbox")
    assert [r.result for r in reports] == ["imported"], reports[0].message
    with read_session(office.engine) as s:
        assert {r.reinspection_id for r in s.exec(select(CaseCarry))} == {first, second}
    for rid in (first, second):
        assert [i.item_code for i in reinspection.carried_items(office, rid)] == ["IC-02"]

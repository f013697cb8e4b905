"""A clock set back: the changes made on it still travel, and the mark goes once delivered."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlmodel import select
from sync_helpers import add_inspection, add_site, open_ctx

from inspector.services.core import clock
from inspector.services.followup.status import status_counts
from inspector.services.sync import bundle as bundles
from inspector.services.sync import service as sync
from inspector.store.engine import read_session, write_session
from inspector.store.models import Site
from inspector.store.types import utcnow


@pytest.fixture
def pair(tmp_path):
    office = open_ctx(tmp_path / "office")
    sync.office_init(office, "东风街道创建办")
    field = open_ctx(tmp_path / "field")
    fp = sync.own_office(office).fingerprint
    bundles.import_office_bundle(
        field, bundles.build_office_bundle(office, tmp_path / "b"), accept_fingerprint=fp
    )
    sync.register_device(office, sync.device_identity(field).card())
    yield office, field
    field.close()
    office.close()


def _deliver(office, field, tmp_path):
    """Export, import at the office, and take the office's acknowledgement back."""
    result = sync.export_changes(field, tmp_path / "inbox")
    (report,) = sync.import_inbox(office, tmp_path / "inbox")
    assert report.result == "imported", report.message
    bundles.import_office_bundle(field, bundles.build_office_bundle(office, tmp_path / "b"))
    return result


def _edit_on_wrong_clock(field, site_id, wrong, phone):
    """A change written while the clock said ``wrong`` (its updated_at is that time)."""
    with write_session(field.engine) as s:
        row = s.get(Site, site_id)
        row.phone = phone
        row.touch(field.device_id)
        row.updated_at = wrong
        s.add(row)


def test_a_clock_in_step_is_fine(pair):
    _office, field = pair
    add_inspection(field, add_site(field).id)
    check = clock.check_clock(field)
    assert check.ok and check.latest is not None
    assert status_counts(field).clock_behind is None
    assert clock.rewind_mark(field) is None


def test_changes_made_on_a_clock_set_back_reach_the_office(pair, tmp_path):
    office, field = pair
    site = add_site(field, "学府路网吧")
    add_inspection(field, site.id)
    _deliver(office, field, tmp_path)

    wrong = utcnow() - timedelta(days=3)  # the battery went flat: the clock reads three days ago
    check = clock.check_clock(field, now=wrong)
    assert not check.ok and check.behind > timedelta(days=2)
    _edit_on_wrong_clock(field, site.id, wrong + timedelta(minutes=1), "0731-1234")
    # the window reaches back to the mark: the status bar counts the change (and rows of
    # the days before it that the office already has: those it applies as unchanged)
    assert sync.pending_counts(field)["site"] == 1

    second = _deliver(office, field, tmp_path)  # the clock is right again by now
    assert second.records["site"] == 1
    with read_session(office.engine) as s:
        assert s.get(Site, site.id).phone == "0731-1234"
    # delivered and acknowledged: the mark is gone, nothing more is sent
    assert sync.pending_counts(field) == {}
    assert clock.widen_since(field, utcnow()) is not None and clock.rewind_mark(field) is None
    third = sync.export_changes(field, tmp_path / "inbox3")
    assert third.records == {}


def test_without_the_mark_the_change_would_stay_behind(pair, tmp_path):
    """The same story with no check while the clock was wrong: the row is left out."""
    office, field = pair
    site = add_site(field, "学府路网吧")
    add_inspection(field, site.id)
    _deliver(office, field, tmp_path)
    wrong = utcnow() - timedelta(days=3)
    _edit_on_wrong_clock(field, site.id, wrong + timedelta(minutes=1), "0731-1234")
    assert sync.export_changes(field, tmp_path / "inbox2").records == {}
    with read_session(office.engine) as s:
        assert s.exec(select(Site.phone)).one() != "0731-1234"


def test_a_device_clock_running_ahead_does_not_alarm_the_office(pair, tmp_path):
    from inspector.store.models import AuditEntry
    from inspector.store.types import new_id

    office, field = pair
    site = add_site(field, "学府路网吧")
    add_inspection(field, site.id)
    with write_session(field.engine) as s:  # stamped by a field clock an hour fast
        s.add(AuditEntry(id=new_id(), entity="site", entity_id=site.id, field="phone",
                         device=field.device_id, at=utcnow() + timedelta(hours=1)))  # fmt: skip
    sync.export_changes(field, tmp_path / "inbox")
    assert sync.import_inbox(office, tmp_path / "inbox")[0].result == "imported"
    assert clock.check_clock(office).ok  # the office judges its clock by its own records
    assert not clock.check_clock(field).ok  # the field device is told about its own

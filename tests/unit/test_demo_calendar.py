"""The full demo tells a story the calendar agrees with (visits, cases, re-inspections, lists)."""

from __future__ import annotations

import shutil
from collections import Counter
from datetime import timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlmodel import select

from inspector.domain import cases as rules
from inspector.domain.periods import month_of
from inspector.services.core.context import open_context
from inspector.services.core.list_policy import local_date, today_local
from inspector.services.followup import stats
from inspector.services.followup.status import overdue_count
from inspector.services.paperwork import documents
from inspector.store.engine import read_session
from inspector.store.models import CaseCarry, Inspection, ListIssue, RectificationCase

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def full_demo(tmp_path_factory, demo_master):
    """A copy of the session's full demo, as ``create_demo`` built it (tests/conftest.py)."""
    d = Path(shutil.copytree(demo_master, tmp_path_factory.mktemp("demo") / "data"))
    ctx = open_context(d)
    with read_session(ctx.engine) as s:
        visits = list(s.exec(select(Inspection)))
        found = list(s.exec(select(RectificationCase)))
        issues = list(s.exec(select(ListIssue)))
        carries = list(s.exec(select(CaseCarry)))
    yield ctx, visits, found, issues, carries
    ctx.close()


def test_visits_spread_over_ten_weeks_with_their_own_times(full_demo):
    _ctx, visits, *_ = full_demo
    done = [v for v in visits if v.status == "finished" and v.kind == "routine"]
    assert len(done) == 60
    weeks = {local_date(v.started_at).isocalendar()[:2] for v in done}
    assert len(weeks) >= 9
    for v in done:
        start, end = v.started_at.astimezone(), v.finished_at.astimezone()
        assert start.date() == end.date() and timedelta(minutes=20) <= end - start <= timedelta(
            hours=2
        )
        assert 8 <= start.hour <= 17 and start.weekday() < 5
        assert start.date() < today_local()


def test_cases_follow_their_visits_and_the_calendar(full_demo):
    ctx, visits, found, _issues, carries = full_demo
    by_id = {v.id: v for v in visits}
    today = today_local()
    for c in found:
        visit = by_id[c.inspection_id]
        assert c.found_on == local_date(visit.finished_at)
        assert c.deadline >= c.found_on
    states = Counter(rules.effective_state(c.state, c.deadline, today) for c in found)
    assert states[rules.VERIFIED] and states[rules.RECTIFIED_ON_SITE]
    assert states[rules.OVERDUE] and overdue_count(ctx) == states[rules.OVERDUE]
    assert all(
        c.deadline < today
        for c in found
        if rules.effective_state(c.state, c.deadline, today) == rules.OVERDUE
    )
    due = [c for c in found if c.state == rules.OPEN and c.deadline >= today]
    assert due  # recent visits: still within their deadline
    # re-inspections come on later days than the visits whose cases they carry
    case_of = {c.id: c for c in found}
    for carry in carries:
        recheck, case = by_id[carry.reinspection_id], case_of[carry.case_id]
        assert local_date(recheck.started_at) > case.found_on
    late = [c for c in found if c.state == rules.VERIFIED and c.recheck_on > c.deadline]
    early = [c for c in found if c.state == rules.VERIFIED and c.recheck_on <= c.deadline]
    assert late and early


def test_one_list_a_month_and_statistics_every_month(full_demo, capsys):
    ctx, visits, _found, issues, _carries = full_demo
    months = sorted({month_of(local_date(v.started_at)).key for v in visits})
    this_month = month_of(today_local()).key
    published = Counter(i.period for i in issues if i.status == "published")
    assert sorted(published) == [m for m in months if m != this_month]
    assert set(published.values()) == {1}
    assert [i.period for i in issues if i.status == "draft"] == [this_month]
    print("\nmonth    inspections (routine+re)  score rate  found  fixed  fixed %")
    for m in months:
        st = stats.period_stats(ctx, m)
        rate = stats.rate_text(st.overall.rate if st.overall else None)
        print(
            f"{m}  {st.inspections:3d} ({st.routine}+{st.reinspections})"
            f"  {rate:>10}  {st.problems_found:5d}  {st.problems_fixed:5d}  {st.fixed_text}"
        )
        assert st.inspections > 0 and st.problems_found > 0
        if m != this_month:
            assert st.problems_fixed > 0


def test_a_printed_demo_record_shows_its_own_visit_time(full_demo, tmp_path):
    ctx, visits, *_ = full_demo
    visit = sorted((v for v in visits if v.status == "finished"), key=lambda v: v.started_at)[0]
    pdf = tmp_path / "r.pdf"
    pdf.write_bytes(documents.preview(ctx, documents.RECORD, visit.id).data)
    text = PdfReader(pdf).pages[0].extract_text()
    start, end = visit.started_at.astimezone(), visit.finished_at.astimezone()
    assert f"{start:%Y年%m月%d日 %H:%M} 至 {end:%H:%M}" in text

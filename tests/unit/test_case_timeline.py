"""A case's state follows the calendar: a fixed clock walks one case day by day.

Day 0 a visit finds a problem (deadline day 7), day 3 a re-inspection still finds
it (open, deadline kept, finding added), day 8 nobody touches it (overdue), day 9
a re-inspection passes (verified, late).
"""

from __future__ import annotations

import json
from datetime import date, datetime, time, timedelta

from followup_data import add_inspection, add_site
from sqlmodel import select

from inspector.domain import cases as c
from inspector.services.demo.document_samples import sample_photo
from inspector.services.followup import cases as svc
from inspector.services.followup import finish as followup_finish
from inspector.services.followup import lists, reinspection, stats
from inspector.services.inspection.photos import add_photo
from inspector.store.engine import read_session, write_session
from inspector.store.models import InspectionTemplate, RectificationCase
from inspector.store.types import fixed_clock

DAY0 = date(2026, 10, 5)
T = "school-internet-cafe"


def _at(day: int, hour: int = 10):
    return fixed_clock(datetime.combine(DAY0 + timedelta(days=day), time(hour)).astimezone())


def _case(ctx, case_id: str) -> RectificationCase:
    with read_session(ctx.engine) as s:
        return s.get(RectificationCase, case_id)


def _shown(ctx, case_id: str):
    """The row the cases page shows today (the clock's today)."""
    rows = svc.CaseQuery(ctx, svc.CaseFilter(view="all")).fetch(0, 50)
    return next(r for r in rows if r.id == case_id)


def _black_reasons(ctx) -> list[str]:
    issue = lists.draft_list(ctx, "2026-10")
    return [r for e in lists.entries(ctx, issue.id) if e.colour == "black" for r in e.reasons]


def _recheck(ctx, site, outcome: str, note: str) -> str:
    rid = reinspection.start_reinspection(ctx, site)
    reinspection.record_answer(ctx, rid, T, "IC-03", outcome, note)
    if outcome == "fail":  # the template asks for a photo of a failed IC-03
        add_photo(ctx, rid, sample_photo(1, (320, 240)), template_id=T, item_code="IC-03")
    followup_finish.finish_reinspection(ctx, rid)
    return rid


def test_case_timeline_day_0_3_8_9(ctx):
    site = add_site(ctx, "星光网吧")
    with _at(0):
        insp = add_inspection(ctx, site, DAY0, {"IC-03": "未设禁烟标志"})
        (case_id,) = followup_finish.open_cases_for_inspection(ctx, insp)
    deadline = _case(ctx, case_id).deadline
    assert deadline == DAY0 + timedelta(days=7)

    with _at(3):  # re-inspection before the deadline, still failing, with a photo
        rid = reinspection.start_reinspection(ctx, site)
        reinspection.record_answer(ctx, rid, T, "IC-03", "fail", "仍未张贴")
        add_photo(ctx, rid, sample_photo(1, (320, 240)), template_id=T, item_code="IC-03")
        followup_finish.finish_reinspection(ctx, rid)
        got = _case(ctx, case_id)
        assert got.state == c.OPEN and got.deadline == deadline
        assert "2026-10-08 复查仍不合格：仍未张贴（照片 1 张）" in got.finding
        assert [d for d, _name in reinspection.case_photos(ctx, case_id)] == [DAY0 + timedelta(3)]
        assert got.finding.startswith("未设禁烟标志")
        row = _shown(ctx, case_id)
        assert row.state == c.OPEN and row.days_left == 4
        assert svc.CaseQuery(ctx, svc.CaseFilter(view="overdue")).count() == 0
        assert not any("逾期" in r for r in _black_reasons(ctx))
        assert stats.period_stats(ctx, "2026-10").overdue_by_grid == []

    with _at(7, 23):  # the deadline day itself: still open
        assert _shown(ctx, case_id).state == c.OPEN

    with _at(8, 0):  # midnight after the deadline, nobody touched the case
        row = _shown(ctx, case_id)
        assert row.state == c.OVERDUE and row.days_left == -1
        assert _case(ctx, case_id).state == c.OPEN  # nothing written: computed
        assert svc.CaseQuery(ctx, svc.CaseFilter(view="overdue")).count() == 1
        assert "1 项问题逾期未整改" in _black_reasons(ctx)
        assert [g.count for g in stats.period_stats(ctx, "2026-10").overdue_by_grid] == [1]

    with _at(9):  # a passing re-inspection, two days late
        rid = reinspection.start_reinspection(ctx, site)
        (carried,) = reinspection.carried_items(ctx, rid)  # shows the day-3 photo too
        assert len(carried.original_photos) == 1 and "仍未张贴" in carried.finding
        reinspection.record_answer(ctx, rid, T, "IC-03", "pass", "已张贴")
        followup_finish.finish_reinspection(ctx, rid)
        got = _case(ctx, case_id)
        assert got.state == c.VERIFIED and got.recheck_on == DAY0 + timedelta(days=9)
        assert got.closing_note == "已张贴（逾期 2 天后整改）"
        assert c.verified_late_by(got.deadline, got.recheck_on) == 2
        assert svc.CaseQuery(ctx, svc.CaseFilter(view="overdue")).count() == 0


def test_failing_after_the_deadline_follows_the_policy(ctx):
    site = add_site(ctx, "星光网吧")
    with _at(0):
        insp = add_inspection(ctx, site, DAY0, {"IC-03": "无标志"})
        (case_id,) = followup_finish.open_cases_for_inspection(ctx, insp)
    with _at(10):
        _recheck(ctx, site, "fail", "仍无")
        assert _case(ctx, case_id).state == c.OVERDUE


def _red_line_case(ctx, escalate: bool) -> tuple[str, str]:
    site = add_site(ctx, "红线网吧")
    with _at(0):
        insp = add_inspection(ctx, site, DAY0, {"IC-07": "屏幕有不良内容"})
        if escalate:  # the office's template says: a red line failing at a re-check is referred
            with write_session(ctx.engine) as s:
                row = s.exec(
                    select(InspectionTemplate).where(InspectionTemplate.inspection_id == insp)
                ).one()
                data = json.loads(row.content)
                for section in data["sections"]:
                    for item in section["items"]:
                        if item["code"] == "IC-07":
                            item["escalate_on_recheck"] = True
                row.content = json.dumps(data, ensure_ascii=False)
                s.add(row)
        (case_id,) = followup_finish.open_cases_for_inspection(ctx, insp)
    with _at(1):  # on the deadline day (red line: one day)
        rid = reinspection.start_reinspection(ctx, site)
        reinspection.record_answer(ctx, rid, T, "IC-07", "fail", "仍有")
        followup_finish.finish_reinspection(ctx, rid)
    return site, case_id


def test_red_line_before_deadline_escalates_only_where_the_template_says(ctx):
    _site, plain = _red_line_case(ctx, escalate=False)
    assert _case(ctx, plain).state == c.OPEN
    _site, flagged = _red_line_case(ctx, escalate=True)
    got = _case(ctx, flagged)
    assert got.state == c.ESCALATED
    assert got.escalation_note == "红线项复查仍不合格，检查表规定立即移交执法"
    with _at(1, 12):  # the reason is shown with the case
        row = _shown(ctx, flagged)
    assert row.state == c.ESCALATED and row.note == got.escalation_note


def test_a_case_stored_overdue_before_its_deadline_reads_open():
    deadline = date(2026, 10, 12)
    assert c.effective_state(c.OVERDUE, deadline, date(2026, 10, 8)) == c.OPEN
    assert c.effective_state(c.OVERDUE, deadline, date(2026, 10, 13)) == c.OVERDUE
    assert not c.is_overdue(c.ESCALATED, deadline, date(2026, 10, 12))
    assert c.is_overdue(c.ESCALATED, deadline, date(2026, 10, 13))

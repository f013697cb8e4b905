"""Rectification cases: pure state rules, then the service on a real database."""

from __future__ import annotations

from datetime import date

from inspector.domain import cases as c
from inspector.services.followup import finish as followup_finish


def test_overdue_is_computed_from_deadline_and_today():
    deadline = date(2026, 10, 10)
    assert c.effective_state(c.OPEN, deadline, date(2026, 10, 10)) == c.OPEN
    assert c.effective_state(c.OPEN, deadline, date(2026, 10, 11)) == c.OVERDUE
    assert c.effective_state(c.VERIFIED, deadline, date(2026, 12, 1)) == c.VERIFIED
    assert c.days_left(deadline, date(2026, 10, 8)) == 2


def test_due_soon():
    policy = c.CasePolicy()
    today = date(2026, 10, 8)
    assert c.is_due_soon(c.OPEN, date(2026, 10, 11), today, policy.due_soon_days)
    assert not c.is_due_soon(c.OPEN, date(2026, 10, 12), today, policy.due_soon_days)
    assert not c.is_due_soon(c.OPEN, date(2026, 10, 7), today, policy.due_soon_days)
    assert not c.is_due_soon(c.VERIFIED, date(2026, 10, 9), today, policy.due_soon_days)


def test_deadline_from_policy_or_item():
    policy = c.CasePolicy()
    found = date(2026, 10, 1)
    assert c.deadline_for(found, "deduct", policy) == date(2026, 10, 8)
    assert c.deadline_for(found, "red_line", policy) == date(2026, 10, 2)
    assert c.deadline_for(found, "deduct", policy, item_days=3) == date(2026, 10, 4)
    assert c.opens_case("deduct", True, policy)
    assert not c.opens_case("advisory", True, policy)
    assert not c.opens_case("red_line", False, policy)


def test_repeat_window():
    policy = c.CasePolicy(repeat_window_months=12)
    found = date(2026, 10, 15)
    assert c.is_repeat(found, [date(2025, 10, 15)], policy)
    assert not c.is_repeat(found, [date(2025, 10, 14)], policy)
    assert not c.is_repeat(found, [], policy)
    short = c.CasePolicy(repeat_window_months=3)
    assert not c.is_repeat(found, [date(2026, 7, 1)], short)
    assert c.months_back(date(2026, 3, 31), 1) == date(2026, 2, 28)


def test_reinspection_outcome_and_transitions():
    policy = c.CasePolicy()
    assert c.state_after_reinspection(True, "red_line", policy) == c.VERIFIED
    assert c.state_after_reinspection(False, "red_line", policy) == c.ESCALATED
    assert c.state_after_reinspection(False, "deduct", policy) == c.OVERDUE
    assert c.can_transition(c.OPEN, c.VERIFIED)
    assert not c.can_transition(c.VERIFIED, c.OPEN)
    assert not c.can_transition(c.OPEN, "bogus")


# --- the service on a real database ----------------------------------------------------

import pytest  # noqa: E402
from evidence import complete_evidence  # noqa: E402
from followup_data import add_inspection, add_site  # noqa: E402

from inspector.services.core.errors import UserError  # noqa: E402
from inspector.services.followup import cases as svc  # noqa: E402
from inspector.services.followup import reinspection  # noqa: E402
from inspector.store.engine import read_session  # noqa: E402
from inspector.store.models import RectificationCase  # noqa: E402


def _cases(ctx, inspection_id):
    from sqlmodel import select

    with read_session(ctx.engine) as s:
        q = select(RectificationCase).where(RectificationCase.inspection_id == inspection_id)
        return {r.item_code: r for r in s.exec(q)}


def test_finishing_opens_cases_with_deadlines_and_is_idempotent(ctx):
    site = add_site(ctx, "星光网吧")
    insp = add_inspection(
        ctx,
        site,
        date(2026, 10, 5),
        {"IC-02": "许可证未悬挂", "IC-07": "屏幕出现不良内容", "IC-12": ""},
    )
    opened = followup_finish.open_cases_for_inspection(ctx, insp)
    assert len(opened) == 2  # IC-12 is advisory: no case
    got = _cases(ctx, insp)
    assert got["IC-02"].deadline == date(2026, 10, 8)  # the item's own rectify_days: 3
    assert got["IC-07"].deadline == date(2026, 10, 6)  # red line: policy, 1 day
    assert got["IC-02"].finding == "许可证未悬挂" and got["IC-02"].state == c.OPEN
    assert "网络文化经营许可证" in got["IC-02"].item_text
    assert followup_finish.open_cases_for_inspection(ctx, insp) == []


def test_due_soon_and_overdue_listing_sorted_by_deadline_and_grid(ctx):
    a = add_site(ctx, "甲网吧", grid="二网格")
    b = add_site(ctx, "乙网吧", grid="一网格")
    for site, day in ((a, date(2026, 10, 1)), (b, date(2026, 10, 1)), (a, date(2026, 10, 20))):
        followup_finish.open_cases_for_inspection(
            ctx, add_inspection(ctx, site, day, {"IC-03": "无标志"})
        )
    today = date(2026, 10, 12)
    overdue = svc.CaseQuery(ctx, svc.CaseFilter(view="overdue"), today=today)
    rows = overdue.fetch(0, 10)
    assert overdue.count() == 2
    assert [r.grid for r in rows] == ["一网格", "二网格"]  # same deadline: by grid
    assert all(r.state == c.OVERDUE and r.days_left == -4 for r in rows)
    attention = svc.CaseQuery(ctx, svc.CaseFilter(view="attention"), today=date(2026, 10, 25))
    assert attention.count() == 3  # two overdue and one due on 10-27
    assert attention.fetch(0, 10)[-1].deadline == date(2026, 10, 27)
    assert svc.CaseQuery(ctx, svc.CaseFilter(view="all", grid="一网格"), today=today).count() == 1


def test_correct_on_spot_closes_with_note_and_photo(ctx, tmp_path):
    site = add_site(ctx, "星光网吧")
    insp = add_inspection(ctx, site, date(2026, 10, 5), {"IC-03": "无标志"})
    case_id = followup_finish.open_cases_for_inspection(ctx, insp)[0]
    with pytest.raises(UserError, match="当场整改"):
        svc.correct_on_spot(ctx, case_id, "  ")
    photo = tmp_path / "fixed.jpg"
    photo.write_bytes(b"\xff\xd8fake")
    case = svc.correct_on_spot(ctx, case_id, "已当场张贴标志", photo)
    assert case.state == c.RECTIFIED_ON_SITE and case.closed_at is not None
    assert (ctx.paths.photos / case.closing_photo).read_bytes() == b"\xff\xd8fake"
    with pytest.raises(UserError, match="办结"):
        svc.escalate(ctx, case_id, "移交文化执法大队")


def test_repeat_offence_within_window(ctx):
    site = add_site(ctx, "星光网吧")
    first = add_inspection(ctx, site, date(2025, 12, 1), {"IC-03": "无标志"})
    followup_finish.open_cases_for_inspection(ctx, first)
    again = add_inspection(ctx, site, date(2026, 10, 5), {"IC-03": "又无标志", "IC-02": "x"})
    followup_finish.open_cases_for_inspection(ctx, again)
    got = _cases(ctx, again)
    assert got["IC-03"].repeat and not got["IC-02"].repeat
    late = add_inspection(ctx, site, date(2027, 11, 5), {"IC-02": "x"})
    followup_finish.open_cases_for_inspection(ctx, late)
    assert not _cases(ctx, late)["IC-02"].repeat  # the earlier IC-02 is > 12 months back


def test_reinspection_carries_failed_items_and_settles_cases(ctx):
    site = add_site(ctx, "星光网吧")
    insp = add_inspection(ctx, site, date(2026, 10, 5), {"IC-02": "未亮证", "IC-07": "不良内容"})
    followup_finish.open_cases_for_inspection(ctx, insp)
    rid = reinspection.start_reinspection(ctx, site)
    carried = reinspection.carried_items(ctx, rid)
    assert sorted(i.item_code for i in carried) == ["IC-02", "IC-07"]
    assert {i.item_code: i.original_note for i in carried}["IC-02"] == "未亮证"
    from inspector.services.followup.case_opening import frozen_templates

    with read_session(ctx.engine) as s:
        t = frozen_templates(s, rid)["school-internet-cafe"]
    assert sorted(i.code for _s, i in t.items()) == ["IC-02", "IC-07"]
    with pytest.raises(UserError, match="未完成的复查"):
        reinspection.start_reinspection(ctx, site)
    reinspection.record_answer(ctx, rid, "school-internet-cafe", "IC-02", "pass", "已亮证")
    reinspection.record_answer(ctx, rid, "school-internet-cafe", "IC-07", "fail", "仍有")
    followup_finish.finish_reinspection(ctx, rid)
    got = _cases(ctx, insp)
    assert got["IC-02"].state == c.VERIFIED and got["IC-02"].recheck_on is not None
    assert got["IC-07"].state == c.ESCALATED  # red line failing again: referred
    with pytest.raises(UserError, match="没有待复查"):
        reinspection.start_reinspection(ctx, add_site(ctx, "无事网吧"))


def test_a_case_carried_again_still_shows_in_the_first_reinspection(ctx):
    from sqlmodel import select

    from inspector.store.models import CaseCarry

    site = add_site(ctx, "星光网吧")
    insp = add_inspection(ctx, site, date(2026, 10, 5), {"IC-02": "未亮证", "IC-03": "执照过期"})
    followup_finish.open_cases_for_inspection(ctx, insp)
    first = reinspection.start_reinspection(ctx, site)
    reinspection.record_answer(ctx, first, "school-internet-cafe", "IC-02", "fail", "仍未亮证")
    reinspection.record_answer(ctx, first, "school-internet-cafe", "IC-03", "pass", "已换新")
    complete_evidence(ctx, first)
    followup_finish.finish_reinspection(ctx, first)
    assert _cases(ctx, insp)["IC-02"].state in c.UNRESOLVED_STATES
    second = reinspection.start_reinspection(ctx, site)
    assert _cases(ctx, insp)["IC-02"].reinspection_id == second  # the latest only
    # each re-inspection still shows what it carried, with the first visit's note
    earlier = {i.item_code: i for i in reinspection.carried_items(ctx, first)}
    assert sorted(earlier) == ["IC-02", "IC-03"] and earlier["IC-02"].original_note == "未亮证"
    assert [i.item_code for i in reinspection.carried_items(ctx, second)] == ["IC-02"]
    with read_session(ctx.engine) as s:
        carries = {(r.reinspection_id, r.case_id) for r in s.exec(select(CaseCarry))}
    case_02 = _cases(ctx, insp)["IC-02"].id
    assert (first, case_02) in carries and (second, case_02) in carries and len(carries) == 3

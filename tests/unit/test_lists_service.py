"""Drafting, reviewing and publishing red/black lists on a real database."""

from __future__ import annotations

import json
from datetime import date

import pytest
from followup_data import add_inspection, add_site
from sqlalchemy import text
from sqlmodel import select

from inspector.services.core.errors import UserError
from inspector.services.followup import finish as followup_finish
from inspector.services.followup import list_removals, lists, reinspection
from inspector.store.engine import read_session


@pytest.fixture
def month(ctx):
    """October 2026: one clean site, one red-line site, one mediocre, one other category."""
    clean = add_site(ctx, "清风网吧", code="91430000CLEAN")
    bad = add_site(ctx, "夜猫网吧", grid="二网格")
    meh = add_site(ctx, "平平网吧")
    bank = add_site(ctx, "城东银行", kind="bank")
    for day in (date(2026, 10, 3), date(2026, 10, 20)):
        add_inspection(ctx, clean, day)
        add_inspection(ctx, bank, day)
    i = add_inspection(ctx, bad, date(2026, 10, 9), {"IC-07": "屏幕有不良内容", "IC-03": "无标志"})
    followup_finish.open_cases_for_inspection(ctx, i)
    add_inspection(ctx, meh, date(2026, 10, 9), {"IC-03": "无标志"})
    return {"clean": clean, "bad": bad, "meh": meh, "bank": bank}


def _by_site(ctx, issue_id):
    return {e.site_id: e for e in lists.entries(ctx, issue_id)}


def test_draft_applies_rules_and_category(ctx, month):
    issue = lists.draft_list(ctx, "2026-10", "all", today=date(2026, 11, 2))
    got = _by_site(ctx, issue.id)
    assert got[month["clean"]].colour == "red"
    assert got[month["bank"]].colour == "red"
    assert got[month["bad"]].colour == "black"
    assert any("红线" in r for r in got[month["bad"]].reasons)
    assert any("逾期" in r for r in got[month["bad"]].reasons)  # deadlines passed by 11-02
    assert month["meh"] not in got  # one inspection, 95 %: neither list
    school = lists.draft_list(ctx, "2026-10", "school_perimeter", today=date(2026, 11, 2))
    assert month["bank"] not in _by_site(ctx, school.id)
    with pytest.raises(UserError, match="期间"):
        lists.draft_list(ctx, "2026/10")
    with pytest.raises(UserError, match="类别"):
        lists.draft_list(ctx, "2026-10", "zoo")


def test_review_keeps_exclusions_on_redraft(ctx, month):
    issue = lists.draft_list(ctx, "2026-10", "all", today=date(2026, 11, 2))
    entry = _by_site(ctx, issue.id)[month["bank"]]
    with pytest.raises(UserError, match="理由"):
        lists.exclude_entry(ctx, entry.id, "")
    lists.exclude_entry(ctx, entry.id, "投诉正在核查")
    again = lists.draft_list(ctx, "2026-10", "all", today=date(2026, 11, 2))
    assert again.id == issue.id
    kept = _by_site(ctx, issue.id)[month["bank"]]
    assert kept.excluded and kept.exclusion_reason == "投诉正在核查"
    snap = lists.preview_snapshot(ctx, issue.id)
    assert [e["name"] for e in snap["excluded"]] == ["城东银行"]
    assert "城东银行" not in [e["name"] for e in snap["red"]]


def test_publish_freezes_snapshot_against_later_edits(ctx, month):
    issue = lists.draft_list(ctx, "2026-10", "all", today=date(2026, 11, 2))
    bad_entry = _by_site(ctx, issue.id)[month["bad"]]
    lists.set_reply(ctx, bad_entry.id, "已更换电脑并加装过滤软件")
    published = lists.publish(ctx, issue.id, "2026年第10期", today=date(2026, 11, 3))
    snap = lists.preview_snapshot(ctx, issue.id)
    assert snap["issue_number"] == "2026年第10期" and snap["published_on"] == "2026-11-03"
    black = snap["black"][0]
    assert black["name"] == "夜猫网吧" and black["reply"] == "已更换电脑并加装过滤软件"
    assert {p["item"][:4] for p in black["problems"]} >= {"入口处设"}
    assert "张三" not in json.dumps(snap, ensure_ascii=False)  # no names of shop staff
    red_codes = {e["name"]: e["code"] for e in snap["red"]}
    assert red_codes["清风网吧"] == "91430000CLEAN" and red_codes["城东银行"] == "LIC-城东银行"
    digest = published.snapshot_sha256
    assert len(digest) == 64

    # Later edits: the register changes, the service refuses, the database refuses.
    with ctx.engine.begin() as conn:
        conn.execute(text("update site set name='改名网吧' where id=:i"), {"i": month["bad"]})
    with pytest.raises(UserError, match="已经发布"):
        lists.exclude_entry(ctx, bad_entry.id, "x")
    with pytest.raises(UserError, match="已经发布"):
        lists.publish(ctx, issue.id, "再发一次")
    for stmt in (
        "update list_issue set snapshot='{}' where id=:i",
        "delete from list_issue where id=:i",
        "update list_entry set excluded=1 where issue_id=:i",
    ):
        with pytest.raises(Exception, match="frozen"):
            with ctx.engine.begin() as conn:
                conn.execute(text(stmt), {"i": issue.id})
    again = lists.preview_snapshot(ctx, issue.id)
    assert again == snap and again["black"][0]["name"] == "夜猫网吧"
    assert lists.get_issue(ctx, issue.id).snapshot_sha256 == digest


def test_issue_number_required_and_unique_per_category(ctx, month):
    a = lists.draft_list(ctx, "2026-10", "all")
    with pytest.raises(UserError, match="期号"):
        lists.publish(ctx, a.id, " ")
    lists.publish(ctx, a.id, "第1期")
    b = lists.draft_list(ctx, "2026-10", "all")
    assert b.id != a.id
    with pytest.raises(UserError, match="已经用过"):
        lists.publish(ctx, b.id, "第1期")
    with read_session(ctx.engine) as s:
        assert s.get(type(b), b.id).status == "draft"  # nothing half-written


def test_removal_after_verified_rectification_shows_in_next_issue(ctx, month):
    issue = lists.draft_list(ctx, "2026-10", "all", today=date(2026, 11, 2))
    lists.publish(ctx, issue.id, "第10期", today=date(2026, 11, 3))
    with pytest.raises(UserError, match="未整改"):
        list_removals.remove_from_black_list(ctx, month["bad"], "整改完毕")
    rid = reinspection.start_reinspection(ctx, month["bad"])
    for item in reinspection.carried_items(ctx, rid):
        reinspection.record_answer(ctx, rid, item.template_id, item.item_code, "pass")
    followup_finish.finish_reinspection(ctx, rid)
    logged = list_removals.removals(ctx)
    assert len(logged) == 1 and logged[0].reason == "整改经复查合格"
    nov = lists.draft_list(ctx, "2026-11", "all")
    preview = lists.preview_snapshot(ctx, nov.id)
    assert [r["name"] for r in preview["removals"]] == ["夜猫网吧"]
    lists.publish(ctx, nov.id, "第11期")
    dec = lists.draft_list(ctx, "2026-12", "all")
    assert lists.preview_snapshot(ctx, dec.id)["removals"] == []  # shown once


def test_demo_extension_opens_cases_and_publishes_last_month(ctx):
    from inspector.domain.periods import month_of, previous
    from inspector.services.core.list_policy import today_local
    from inspector.services.demo.followup import add_demo_followup
    from inspector.store.models import RectificationCase

    last = previous(month_of(today_local()))
    site = add_site(ctx, "演示网吧")
    for day in (last.start, last.start.replace(day=10)):
        add_inspection(ctx, site, day, {"IC-03": "无标志", "IC-07": "不良内容"})
    made = add_demo_followup(ctx)
    assert made["cases"] == 4 and made["lists"] == 1
    assert made["refused"] == 0  # every planned step was taken
    with read_session(ctx.engine) as s:
        found_on = sorted(c.found_on for c in s.exec(select(RectificationCase)))
    tenth = last.start.replace(day=10)
    assert found_on == [last.start, last.start, tenth, tenth]  # dated on their visits
    published = [i for i in lists.issues(ctx) if i.status == "published"]
    assert [i.period for i in published] == [last.key]
    day = published[0].published_at.astimezone().date()
    assert day >= last.end and day.weekday() < 5 and (day - last.end).days < 3
    assert lists.preview_snapshot(ctx, published[0].id)["black"][0]["name"] == "演示网吧"

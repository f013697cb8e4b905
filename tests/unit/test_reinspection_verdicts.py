"""Re-inspection verdicts recorded headless agree with the scoring for every answer kind."""

from __future__ import annotations

import pytest
from evidence import complete_evidence
from sqlmodel import select

from inspector.domain.templates import CountRule, Item, Limit
from inspector.domain.text import LocalText
from inspector.services.followup import finish as followup_finish
from inspector.services.followup import reinspection
from inspector.services.inspection import walk as inspections
from inspector.services.inspection.view import load_inspection
from inspector.services.register.entries import SiteData, save_site
from inspector.store.engine import read_session
from inspector.store.models import RectificationCase

CAFE = "school-internet-cafe"


def _item(answer: str, **kw) -> Item:
    return Item(code="X-1", text=LocalText("项"), answer=answer, severity="deduct", points=2, **kw)


@pytest.mark.parametrize(
    ("item", "passed", "failed"),
    [
        (_item("pass_fail"), {"outcome": "pass"}, {"outcome": "fail"}),
        (_item("count", count_rule=CountRule(fail_above=0)), {"count": 0}, {"count": 1}),
        (_item("count", count_rule=CountRule(fail_below=3)), {"count": 3}, {"count": 2}),
        (
            _item("measurement", unit="m", limit=Limit(min=200)),
            {"measurement": 200},
            {"measurement": 199},
        ),
        (
            _item("measurement", unit="min", limit=Limit(max=15)),
            {"measurement": 15},
            {"measurement": 16},
        ),
    ],
)
def test_verdict_values_follow_the_items_rule(item, passed, failed):
    assert reinspection.verdict_values(item, "pass") == passed
    assert reinspection.verdict_values(item, "fail") == failed


def test_failed_count_item_is_scored_as_failed_in_the_reinspection(ctx):
    site = save_site(ctx, SiteData(name="蓝海网吧", kind="internet_cafe", grid="一网格"))
    first = inspections.start_inspection(ctx, site.id, [CAFE])
    inspections.record_distance(
        ctx, first.id, CAFE, "IC-01", method="straight_line", distance_m=320.0
    )
    inspections.set_outcome(ctx, first.id, CAFE, "IC-02", "fail")
    inspections.set_count(ctx, first.id, CAFE, "IC-10", 1)  # one poster of three
    complete_evidence(ctx, first.id)
    followup_finish.finish(ctx, first.id)

    rid = reinspection.start_reinspection(ctx, site.id)
    for item in reinspection.carried_items(ctx, rid):
        verdict = "pass" if item.item_code == "IC-02" else "fail"
        reinspection.record_answer(ctx, rid, item.template_id, item.item_code, verdict, "复查")
    complete_evidence(ctx, rid)
    followup_finish.finish_reinspection(ctx, rid)

    view = load_inspection(ctx, rid)
    status = {key[1]: item.status for key, item in view.score.items.items()}
    assert status == {"IC-02": "pass", "IC-10": "fail"}
    assert view.inspection.result != "pass"
    assert view.inspection.score < view.inspection.max_score
    with read_session(ctx.engine) as s:
        found = s.exec(select(RectificationCase).where(RectificationCase.inspection_id == first.id))
        states = {c.item_code: c.state for c in found}
    assert states["IC-02"] == "verified"
    assert states["IC-10"] == "open"  # failing again before its deadline: still open

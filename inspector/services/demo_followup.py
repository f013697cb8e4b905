"""Demo data for the follow-up: cases from the demo inspections, re-inspections, a published list.

Registered in :data:`inspector.services.demo.DEMO_EXTENSIONS` after the demo
inspections; with none there it does nothing.
"""

from __future__ import annotations

import random

from sqlmodel import col, select

from inspector.domain.periods import month_of, previous
from inspector.services import cases, lists, reinspection
from inspector.services.context import AppContext
from inspector.services.errors import UserError
from inspector.services.list_policy import today_local
from inspector.store.engine import read_session
from inspector.store.models import Inspection

SEED = 2017


def add_demo_followup(ctx: AppContext) -> dict[str, int]:
    rng = random.Random(SEED)
    with read_session(ctx.engine) as s:
        finished = s.exec(
            select(Inspection.id, Inspection.site_id)
            .where(Inspection.status == "finished", Inspection.kind != "reinspection")
            .order_by(col(Inspection.started_at))
        ).all()
    opened: list[str] = []
    for inspection_id, _site in finished:
        opened += cases.open_cases_for_inspection(ctx, inspection_id)
    # A few corrected on the spot, a few sites re-inspected (most pass), one escalated.
    corrected = 0
    for case_id in opened[::5]:
        cases.correct_on_spot(ctx, case_id, "检查时经营者当场整改到位。")
        corrected += 1
    sites = sorted({row.site_id for row in cases.list_cases(ctx, cases.CaseFilter(view="open"))})
    rechecked = 0
    for site_id in sites[: max(1, len(sites) // 3)]:
        try:
            rid = reinspection.start_reinspection(ctx, site_id)
        except UserError:
            continue
        for item in reinspection.carried_items(ctx, rid):
            outcome = "pass" if rng.random() < 0.75 else "fail"
            note = "复查已整改。" if outcome == "pass" else "复查仍未整改。"
            try:
                reinspection.record_answer(
                    ctx, rid, item.template_id, item.item_code, outcome, note
                )
            except UserError:
                continue
        try:
            reinspection.finish_reinspection(ctx, rid)
        except UserError:
            continue
        rechecked += 1
    # Last month's list, published; this month's as a draft.
    last = previous(month_of(today_local()))
    issue = lists.draft_list(ctx, last.key, "all")
    lists.publish(ctx, issue.id, f"{last.start.year}年第{last.start.month}期")
    lists.draft_list(ctx, month_of(today_local()).key, "all")
    return {"cases": len(opened), "corrected": corrected, "reinspections": rechecked}

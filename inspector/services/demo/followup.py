"""Demo data for the follow-up, on the calendar: cases, re-inspections, one list a month.

Registered in :data:`inspector.services.demo.builder.DEMO_EXTENSIONS` after the demo
inspections (whose finishing opened the cases, dated on their visits); with
none there it does nothing. Every step happens at its own time, the clock held
there (:func:`inspector.store.types.fixed_clock`), in date order:

* some cases are put right on the spot, minutes after the visit;
* some sites are re-inspected before the deadline and pass, some still fail
  then (the case stays open) and pass after the deadline (verified late), some
  are re-inspected only after the deadline; the rest are left alone, so recent
  ones are due and older ones really overdue;
* each month that has ended gets its list, drafted and published on the first
  working day after it, from the cases as they stood that day; the current
  month has a draft.
"""

from __future__ import annotations

import logging
import random
from datetime import UTC, date, datetime, time, timedelta

from sqlmodel import col, select

from inspector.domain import cases as rules
from inspector.domain.periods import month_of, previous
from inspector.services.core.context import AppContext
from inspector.services.core.errors import UserError
from inspector.services.core.list_policy import local_date
from inspector.services.demo.document_samples import sample_photo
from inspector.services.followup import cases, lists, reinspection
from inspector.services.followup import finish as followup_finish
from inspector.services.inspection.photos import add_photo
from inspector.store.engine import read_session
from inspector.store.models import Inspection, RectificationCase
from inspector.store.types import fixed_clock, utcnow

log = logging.getLogger(__name__)

SEED = 2017
FATES = ("spot", "pass_early", "fail_early", "late", "none")
FATE_WEIGHTS = (15, 45, 15, 12, 13)


def _at(day: date, rng: random.Random) -> datetime:
    """A working-hours moment of ``day`` (local), as UTC."""
    minute = rng.randrange(9 * 60, 16 * 60, 10)
    return datetime.combine(day, time(minute // 60, minute % 60)).astimezone().astimezone(UTC)


def _first_working_day(day: date) -> date:
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return day


def _plan(ctx: AppContext, rng: random.Random) -> list[tuple[datetime, str, tuple]]:
    """Follow-up events for each visit's cases, by each visit's fate."""
    events: list[tuple[datetime, str, tuple]] = []
    with read_session(ctx.engine) as s:
        visits = s.exec(
            select(Inspection.id, Inspection.site_id, Inspection.finished_at)
            .where(Inspection.status == "finished", Inspection.kind != "reinspection")
            .order_by(col(Inspection.finished_at))
        ).all()
        found = {
            iid: list(
                s.exec(select(RectificationCase).where(RectificationCase.inspection_id == iid))
            )
            for iid, _site, _at_ in visits
        }
    for iid, site_id, finished_at in visits:
        if not found[iid] and finished_at is not None:  # finished without its cases opened
            with fixed_clock(finished_at):
                followup_finish.open_cases_for_inspection(ctx, iid)
            with read_session(ctx.engine) as s:
                q = select(RectificationCase).where(RectificationCase.inspection_id == iid)
                found[iid] = list(s.exec(q))
        open_cases = [c for c in found[iid] if c.state in rules.UNRESOLVED_STATES]
        if not open_cases or finished_at is None:
            continue
        ids = tuple(c.id for c in open_cases)
        seen = local_date(finished_at)
        deadline = min(c.deadline for c in open_cases)
        span = max(1, (deadline - seen).days)
        fate = rng.choices(FATES, FATE_WEIGHTS)[0]
        if fate == "spot":
            events.append((finished_at + timedelta(minutes=5), "spot", ids))
        elif fate in ("pass_early", "fail_early"):
            day = seen + timedelta(days=rng.randint(min(3, span), span))  # time to put it right
            verdict = "pass" if fate == "pass_early" else "fail"
            events.append((_at(day, rng), "recheck", (site_id, ids, verdict)))
            if fate == "fail_early" and rng.random() < 0.6:
                late = deadline + timedelta(days=rng.randint(1, 4))
                events.append((_at(late, rng), "recheck", (site_id, ids, "pass")))
        elif fate == "late":
            day = deadline + timedelta(days=rng.randint(1, 5))
            verdict = "pass" if rng.random() < 0.7 else "fail"
            events.append((_at(day, rng), "recheck", (site_id, ids, verdict)))
    return events


def _recheck(
    ctx: AppContext, site_id: str, ids: tuple[str, ...], verdict: str, at: datetime
) -> bool:
    with read_session(ctx.engine) as s:
        still = [
            c.id
            for c in s.exec(select(RectificationCase).where(col(RectificationCase.id).in_(ids)))
            if c.state in rules.UNRESOLVED_STATES
        ]
    if not still:
        return False
    try:
        with fixed_clock(at):
            rid = reinspection.start_reinspection(ctx, site_id, still)
            for item in reinspection.carried_items(ctx, rid):
                note = "复查已整改。" if verdict == "pass" else "复查仍未整改。"
                reinspection.record_answer(
                    ctx, rid, item.template_id, item.item_code, verdict, note
                )
                if verdict == "fail":  # a failure found again is photographed, as templates ask
                    add_photo(
                        ctx,
                        rid,
                        sample_photo(len(ids), (320, 240)),
                        template_id=item.template_id,
                        item_code=item.item_code,
                    )
        with fixed_clock(at + timedelta(minutes=15)):
            followup_finish.finish_reinspection(ctx, rid)
    except UserError as exc:
        log.warning("demo re-inspection of %s refused: %s", site_id, exc)
        raise
    return True


def add_demo_followup(ctx: AppContext) -> dict[str, int]:
    rng = random.Random(SEED)
    now = utcnow()
    events = [e for e in _plan(ctx, rng) if e[0] < now - timedelta(minutes=30)]
    with read_session(ctx.engine) as s:
        first = s.exec(select(Inspection.started_at).order_by(col(Inspection.started_at))).first()
    this_month = month_of(local_date(now))
    published: list[tuple[datetime, str, tuple]] = []
    if first is not None:
        month = month_of(local_date(first))
        while month.start < this_month.start:
            day = _first_working_day(month.end)  # the first day after the month
            moment = datetime.combine(day, time(10)).astimezone().astimezone(UTC)
            if moment < now:
                published.append((moment, "list", (month.key,)))
            month = month_of(month.end)
    counts = {"corrected": 0, "reinspections": 0, "lists": 0, "refused": 0}
    for at, kind, args in sorted(events + published, key=lambda e: e[0]):
        if kind == "spot":
            with fixed_clock(at):
                for case_id in args:
                    try:
                        cases.correct_on_spot(ctx, case_id, "检查时经营者当场整改到位。")
                        counts["corrected"] += 1
                    except UserError as exc:  # said in the log and counted, never hidden
                        log.warning("demo on-the-spot fix of %s refused: %s", case_id, exc)
                        counts["refused"] += 1
        elif kind == "recheck":
            site_id, ids, verdict = args
            try:
                counts["reinspections"] += _recheck(ctx, site_id, ids, verdict, at)
            except UserError:
                counts["refused"] += 1
        else:
            with fixed_clock(at):
                issue = lists.draft_list(ctx, args[0], "all")
                start = month_of(local_date(at))
                last = previous(start)
                lists.publish(ctx, issue.id, f"{last.start.year}年第{last.start.month}期")
                counts["lists"] += 1
    lists.draft_list(ctx, this_month.key, "all")
    with read_session(ctx.engine) as s:
        counts["cases"] = len(s.exec(select(RectificationCase.id)).all())
    return counts

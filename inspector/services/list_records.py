"""The numbers behind the red/black lists: one :class:`SiteRecord` per site, by SQL aggregates.

Three grouped queries (inspections in the period, cases as of the drafting day,
nothing per row in Python) feed the pure rules in
:mod:`inspector.domain.list_rules`.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import Integer, and_, case, cast, func
from sqlmodel import Session, col, select

from inspector.domain import cases as case_rules
from inspector.domain.list_rules import SiteRecord
from inspector.domain.periods import Period
from inspector.domain.site_kinds import SITE_KINDS
from inspector.services.cases import overdue_condition
from inspector.services.list_policy import local_tz
from inspector.store.models import Inspection, RectificationCase, Site

ALL = "all"


def kinds_of(category: str) -> list[str] | None:
    """The site kind codes of a category; None for every category."""
    if category == ALL:
        return None
    return [k.code for k in SITE_KINDS if k.category == category]


def period_inspections(period: Period, category: str):
    """The WHERE conditions for routine, finished inspections in the period and category."""
    start, end = period.bounds(local_tz())
    cond = [
        Inspection.status == "finished",
        Inspection.kind != "reinspection",
        Inspection.started_at >= start,
        Inspection.started_at < end,
    ]
    kinds = kinds_of(category)
    if kinds is not None:
        cond.append(col(Site.kind).in_(kinds))
    return cond


def site_records(s: Session, period: Period, category: str, today: date) -> dict[str, SiteRecord]:
    rate = Inspection.score * 100.0 / Inspection.max_score
    q = (
        select(
            Inspection.site_id,
            func.count(),
            func.min(case((Inspection.max_score > 0, rate), else_=None)),
            func.sum(cast(Inspection.red_line, Integer)),
        )
        .join(Site, Site.id == Inspection.site_id)
        .where(*period_inspections(period, category))
        .group_by(Inspection.site_id)
    )
    data: dict[str, dict] = {}
    for site_id, n, min_rate, red in s.exec(q):
        data[site_id] = {
            "inspections": n,
            "min_score_rate": min_rate,
            "red_line_failures": red or 0,
        }

    rc = RectificationCase
    unresolved = col(rc.state).in_(sorted(case_rules.UNRESOLVED_STATES))
    overdue = and_(unresolved, overdue_condition(today) | (rc.state == case_rules.ESCALATED))
    repeat_in_period = and_(rc.repeat, rc.found_on >= period.start, rc.found_on < period.end)
    q2 = (
        select(
            rc.site_id,
            func.sum(case((overdue, 1), else_=0)),
            func.sum(case((repeat_in_period, 1), else_=0)),
            func.sum(case((unresolved, 1), else_=0)),
        )
        .join(Site, Site.id == rc.site_id)
        .where(unresolved | repeat_in_period)
        .group_by(rc.site_id)
    )
    kinds = kinds_of(category)
    if kinds is not None:
        q2 = q2.where(col(Site.kind).in_(kinds))
    for site_id, n_overdue, n_repeat, n_open in s.exec(q2):
        d = data.setdefault(site_id, {})
        d.update(
            overdue_cases=n_overdue or 0, repeat_offences=n_repeat or 0, open_cases=n_open or 0
        )
    return {site_id: SiteRecord(site_id, **values) for site_id, values in data.items()}

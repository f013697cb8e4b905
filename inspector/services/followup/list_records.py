"""The numbers behind the red/black lists: one :class:`SiteRecord` per site, by SQL aggregates.

Three grouped queries (inspections in the period, unresolved cases, repeat
offences found in the period; nothing per row in Python) feed the pure rules in
:mod:`inspector.domain.list_rules`. Inspections are filtered by the site kind
and grid recorded at the visit and found through the ``started_at`` index.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import Integer, case, cast, func
from sqlmodel import Session, col, select

from inspector.domain import cases as case_rules
from inspector.domain.list_rules import SiteRecord
from inspector.domain.periods import Period
from inspector.domain.site_kinds import SITE_KINDS
from inspector.services.core.list_policy import local_tz
from inspector.services.followup.cases import past_deadline_condition
from inspector.store.models import Inspection, RectificationCase, Site

ALL = "all"


def kinds_of(category: str) -> list[str] | None:
    """The site kind codes of a category; None for every category."""
    if category == ALL:
        return None
    return [k.code for k in SITE_KINDS if k.category == category]


def unindexed(column):
    """``column || ''``: the same value, but the planner will not pick the column's index.

    Status and kind are indexed for the lists that filter on them alone; in a
    period query the ``started_at`` range is far more selective.
    """
    return column.op("||")("")


def period_inspections(period: Period, category: str = ALL, routine_only: bool = True) -> list:
    """WHERE conditions: finished inspections in the period (and category)."""
    start, end = period.bounds(local_tz())
    cond = [
        Inspection.started_at >= start,
        Inspection.started_at < end,
        unindexed(Inspection.status) == "finished",
    ]
    if routine_only:
        cond.append(unindexed(Inspection.kind) != "reinspection")
    kinds = kinds_of(category)
    if kinds is not None:
        cond.append(unindexed(Inspection.site_kind).in_(kinds))
    return cond


def site_records(s: Session, period: Period, category: str, today: date) -> dict[str, SiteRecord]:
    rate = col(Inspection.score) * 100.0 / col(Inspection.max_score)
    q = (
        select(
            Inspection.site_id,
            func.count(),
            func.min(case((col(Inspection.max_score) > 0, rate), else_=None)),
            func.sum(cast(Inspection.red_line, Integer)),
        )
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
    kinds = kinds_of(category)
    overdue = past_deadline_condition(today)
    q2 = (
        select(rc.site_id, func.sum(case((overdue, 1), else_=0)), func.count())
        .where(col(rc.state).in_(sorted(case_rules.UNRESOLVED_STATES)))
        .group_by(rc.site_id)
    )
    q3 = (
        select(rc.site_id, func.count())
        .where(rc.found_on >= period.start, rc.found_on < period.end, rc.repeat)
        .group_by(rc.site_id)
    )
    if kinds is not None:
        q2 = q2.join(Site, col(Site.id) == rc.site_id).where(col(Site.kind).in_(kinds))
        q3 = q3.join(Site, col(Site.id) == rc.site_id).where(col(Site.kind).in_(kinds))
    for site_id, n_overdue, n_open in s.exec(q2):
        d = data.setdefault(site_id, {})
        d.update(overdue_cases=n_overdue or 0, open_cases=n_open or 0)
    for site_id, n_repeat in s.exec(q3):
        data.setdefault(site_id, {})["repeat_offences"] = n_repeat or 0
    return {site_id: SiteRecord(site_id, **values) for site_id, values in data.items()}

"""Small queries the walk-through UI needs beyond :mod:`~inspector.services.inspection.query`.

The list service filters dates as UTC calendar days; the inspections page lets
the inspector pick *local* days, so this module pages through the same filtered
list with exact time bounds (local midnight to local midnight, as UTC instants).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import and_, func, or_
from sqlmodel import col, select

from inspector.services.core.context import AppContext
from inspector.services.inspection.query import InspectionFilter, _where
from inspector.store.engine import read_session
from inspector.store.models.inspection import Inspection


def local_day_bounds(
    first: date | None, last: date | None, tz: ZoneInfo | None = None
) -> tuple[datetime | None, datetime | None]:
    """UTC instants of local midnight at the start of ``first`` and after ``last``."""

    def midnight(d: date) -> datetime:
        naive = datetime.combine(d, time.min)
        local = naive.replace(tzinfo=tz) if tz is not None else naive.astimezone()
        return local.astimezone(UTC)

    return (
        midnight(first) if first else None,
        midnight(last + timedelta(days=1)) if last else None,
    )


def _bounded(q, filters: InspectionFilter, since: datetime | None, until: datetime | None):
    q = _where(q, replace(filters, date_from=None, date_to=None))
    if since is not None:
        q = q.where(Inspection.started_at >= since)
    if until is not None:
        q = q.where(Inspection.started_at < until)
    return q


def page_inspections(
    ctx: AppContext,
    filters: InspectionFilter,
    *,
    since: datetime | None = None,
    until: datetime | None = None,
    limit: int = 200,
    offset: int = 0,
    after: tuple[datetime, str] | None = None,
) -> list[Inspection]:
    """Like ``list_inspections`` (newest first), bounded by UTC instants instead of dates.

    ``after`` (the ``(started_at, id)`` of the last row already shown) reads the
    rows that follow it by key, which stays fast however deep the page is.
    """
    q = _bounded(select(Inspection), filters, since, until)
    if after is not None:
        started, last_id = after
        q = q.where(
            or_(
                col(Inspection.started_at) < started,
                and_(col(Inspection.started_at) == started, col(Inspection.id) > last_id),
            )
        )
    q = (
        q.order_by(col(Inspection.started_at).desc(), col(Inspection.id))
        .offset(offset)
        .limit(limit)
    )
    with read_session(ctx.engine) as s:
        return list(s.exec(q))


def count_page(
    ctx: AppContext,
    filters: InspectionFilter,
    *,
    since: datetime | None = None,
    until: datetime | None = None,
) -> int:
    q = _bounded(select(func.count()).select_from(Inspection), filters, since, until)
    with read_session(ctx.engine) as s:
        return int(s.exec(q).one())

"""Lists of inspections: filters, paging, drafts to resume, a site's history.

Every filter is on an indexed column of ``inspection`` (the site's name, kind
and grid are copied into the inspection when it starts, as they were then).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import func
from sqlmodel import col, select

from inspector.domain.scoring import RESULTS
from inspector.services.core.context import AppContext
from inspector.services.core.errors import UserError
from inspector.store.engine import read_session
from inspector.store.models.inspection import Inspection

STATUSES = ("draft", "finished")


@dataclass(frozen=True)
class InspectionFilter:
    status: str | None = None  # draft | finished
    date_from: date | None = None  # started on or after (UTC date)
    date_to: date | None = None  # started on or before (UTC date)
    grid: str | None = None
    site_kind: str | None = None
    result: str | None = None  # pass | deducted | blacklist_candidate
    inspector: str | None = None  # lead inspector's name, exact
    site_id: str | None = None


def _aware(d: date, end: bool) -> datetime:
    from datetime import UTC

    if end:
        return datetime.combine(d + timedelta(days=1), time.min, UTC)
    return datetime.combine(d, time.min, UTC)


def _where(q, f: InspectionFilter):
    if f.status:
        if f.status not in STATUSES:
            raise UserError("状态应为 {} 之一。", "、".join(STATUSES))
        q = q.where(Inspection.status == f.status)
    if f.result:
        if f.result not in RESULTS:
            raise UserError("结果应为 {} 之一。", "、".join(RESULTS))
        q = q.where(Inspection.result == f.result)
    if f.date_from:
        q = q.where(Inspection.started_at >= _aware(f.date_from, end=False))
    if f.date_to:
        q = q.where(Inspection.started_at < _aware(f.date_to, end=True))
    if f.grid:
        q = q.where(Inspection.grid == f.grid)
    if f.site_kind:
        q = q.where(Inspection.site_kind == f.site_kind)
    if f.inspector:
        q = q.where(Inspection.lead_inspector_name == f.inspector)
    if f.site_id:
        q = q.where(Inspection.site_id == f.site_id)
    return q


def list_inspections(
    ctx: AppContext,
    filters: InspectionFilter | None = None,
    *,
    limit: int = 200,
    offset: int = 0,
) -> list[Inspection]:
    """Inspections, newest first, ``limit`` at a time from ``offset``."""
    f = filters or InspectionFilter()
    q = _where(select(Inspection), f)
    q = (
        q.order_by(col(Inspection.started_at).desc(), col(Inspection.id))
        .offset(offset)
        .limit(limit)
    )
    with read_session(ctx.engine) as s:
        return list(s.exec(q))


def count_inspections(ctx: AppContext, filters: InspectionFilter | None = None) -> int:
    q = _where(select(func.count()).select_from(Inspection), filters or InspectionFilter())
    with read_session(ctx.engine) as s:
        return int(s.exec(q).one())


def list_drafts(ctx: AppContext) -> list[Inspection]:
    """Drafts to resume, most recently touched first."""
    with read_session(ctx.engine) as s:
        q = (
            select(Inspection)
            .where(Inspection.status == "draft")
            .order_by(col(Inspection.updated_at).desc())
        )
        return list(s.exec(q))


def site_history(ctx: AppContext, site_id: str) -> list[Inspection]:
    """Every inspection of one site, newest first."""
    return list_inspections(ctx, InspectionFilter(site_id=site_id), limit=10_000)


def filter_choices(ctx: AppContext) -> dict[str, list[str]]:
    """Distinct grids, site kinds and inspectors that occur (for filter drop-downs)."""
    out: dict[str, list[str]] = {}
    with read_session(ctx.engine) as s:
        for name, column in (
            ("grid", Inspection.grid),
            ("site_kind", Inspection.site_kind),
            ("inspector", Inspection.lead_inspector_name),
        ):
            rows = s.exec(select(column).distinct().order_by(column))
            out[name] = [r for r in rows if r]
    return out


def resolve_id(ctx: AppContext, id_or_prefix: str) -> str:
    """The full id for an id or a unique prefix of at least 4 characters."""
    text = id_or_prefix.strip().lower()
    if len(text) < 4:
        raise UserError("检查编号至少需要前 4 位。")
    with read_session(ctx.engine) as s:
        rows = list(
            s.exec(select(Inspection.id).where(col(Inspection.id).startswith(text)).limit(2))
        )
    if not rows:
        raise UserError("找不到编号为 {} 的检查记录。", id_or_prefix)
    if len(rows) > 1:
        raise UserError("编号 {} 对应多条检查记录，请多输入几位。", id_or_prefix)
    return rows[0]

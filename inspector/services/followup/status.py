"""The three numbers the main window's status bar shows, and a clock warning.

* drafts: inspections not finished yet;
* unsynced: rows changed since the last export to the office (sync service);
* overdue: rectification cases past their deadline today (follow-up service);
* clock_behind: set when the computer's clock is behind times already recorded
  (see :mod:`inspector.services.core.clock`).

Each is one indexed COUNT query. A figure whose capability cannot answer
(e.g. an office database without the sync tables) is ``None``, shown as "—".
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any, TypeVar

from sqlalchemy import func
from sqlmodel import select

from inspector.services.core.context import AppContext
from inspector.store.engine import read_session
from inspector.store.models import Inspection

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class StatusCounts:
    drafts: int | None
    unsynced: int | None
    overdue: int | None
    clock_behind: timedelta | None = None  # the clock is behind recorded times by this much


def draft_count(ctx: AppContext) -> int:
    with read_session(ctx.engine) as s:
        q = select(func.count()).select_from(Inspection).where(Inspection.status == "draft")
        return int(s.exec(q).one())


def unsynced_count(ctx: AppContext) -> int:
    from inspector.services.sync.service import pending_counts

    return sum(pending_counts(ctx).values())


def overdue_count(ctx: AppContext, today: date | None = None) -> int:
    from inspector.services.followup.cases import CaseFilter, CaseQuery

    return CaseQuery(ctx, CaseFilter(view="overdue"), today=today).count()


def attention_count(ctx: AppContext, today: date | None = None) -> int:
    """Cases due soon or overdue (what the rectification page shows first)."""
    from inspector.services.followup.cases import CaseFilter, CaseQuery

    return CaseQuery(ctx, CaseFilter(view="attention"), today=today).count()


T = TypeVar("T")


def safe_count(fn: Callable[..., T], *args: Any) -> T | None:
    try:
        return fn(*args)
    except Exception:  # a status bar must never take the window down
        log.exception("status count %s failed", getattr(fn, "__name__", fn))
        return None


def clock_behind(ctx: AppContext) -> timedelta | None:
    from inspector.services.core.clock import check_clock

    return check_clock(ctx).behind


def status_counts(ctx: AppContext, today: date | None = None) -> StatusCounts:
    behind = safe_count(clock_behind, ctx)  # first: a rewind mark widens the unsynced count
    return StatusCounts(
        drafts=safe_count(draft_count, ctx),
        unsynced=safe_count(unsynced_count, ctx),
        overdue=safe_count(overdue_count, ctx, today),
        clock_behind=behind,
    )

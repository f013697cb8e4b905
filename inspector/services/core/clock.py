"""The computer's clock against the times already recorded.

An export sends the rows whose ``updated_at`` lies after the last acknowledged
export. A clock set back (a flat battery, a wrong time zone, a hand-set date)
makes new changes look older than that point, so they would stay behind. Two
guards:

* :func:`check_clock` compares the clock with the latest time already recorded
  here (this device's audit entries and its export windows). When the clock is behind by more than
  :data:`TOLERANCE` it says by how much, and remembers a *rewind mark*: the
  wrong time seen minus :data:`MARGIN` (which covers the writes since the
  previous check; the main window checks every minute), with the number of the
  next export.
* :func:`widen_since` starts the next export's window at the mark when that is
  earlier, so the changes made on the wrong clock travel too. The office applies
  rows it already has as unchanged, so the wider window costs only size. Once an
  export written after the mark and starting no later than it is acknowledged,
  the mark is dropped.

The main window shows a warning while the clock is behind; ``export`` checks
before it writes. Changes made on a wrong clock through the command line with
no check in between (no GUI, no export) are not covered.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import func
from sqlmodel import select

from inspector.services.core.context import AppContext
from inspector.services.core.settings import get_value, set_value
from inspector.store.engine import read_session
from inspector.store.models import AuditEntry, SyncExport
from inspector.store.types import utcnow

TOLERANCE = timedelta(minutes=2)
MARGIN = timedelta(minutes=5)
MARK_KEY = "sync.clock_rewind_mark"


@dataclass(frozen=True)
class ClockCheck:
    now: datetime
    latest: datetime | None  # the latest time recorded so far
    behind: timedelta | None  # how far the clock is behind it, when beyond the tolerance

    @property
    def ok(self) -> bool:
        return self.behind is None


def latest_recorded(ctx: AppContext) -> datetime | None:
    with read_session(ctx.engine) as s:
        times = [
            # this device's own entries: the office also holds entries stamped by the
            # devices' clocks, which may run ahead of its own
            s.exec(select(func.max(AuditEntry.at)).where(AuditEntry.device == ctx.device_id)).one(),
            s.exec(select(func.max(SyncExport.until))).one(),
        ]
    known = [_aware(t) for t in times if t is not None]
    return max(known) if known else None


def check_clock(ctx: AppContext, now: datetime | None = None) -> ClockCheck:
    """Is the clock behind what is recorded? Remembers a rewind mark when it is."""
    now = now or utcnow()
    latest = latest_recorded(ctx)
    if latest is None or now >= latest - TOLERANCE:
        return ClockCheck(now, latest, None)
    _remember(ctx, now - MARGIN)
    return ClockCheck(now, latest, latest - now)


def _remember(ctx: AppContext, at: datetime) -> None:
    mark = rewind_mark(ctx)
    if mark is not None and mark[0] <= at:
        return
    with read_session(ctx.engine) as s:
        last = s.exec(select(func.max(SyncExport.sequence))).one()
    set_value(ctx.engine, MARK_KEY, {"at": at.isoformat(), "from_export": int(last or 0) + 1})


def rewind_mark(ctx: AppContext) -> tuple[datetime, int] | None:
    """(the earliest wrong time to re-send from, the first export that must cover it)."""
    raw = get_value(ctx.engine, MARK_KEY)
    if not raw:
        return None
    try:
        return _aware(datetime.fromisoformat(raw["at"])), int(raw["from_export"])
    except (KeyError, TypeError, ValueError):
        return None


def widen_since(ctx: AppContext, since: datetime | None) -> datetime | None:
    """The export window's start, moved back to the rewind mark while it is needed."""
    mark = rewind_mark(ctx)
    if mark is None:
        return since
    at, from_export = mark
    with read_session(ctx.engine) as s:
        covering = s.exec(
            select(SyncExport).where(
                SyncExport.acknowledged_at != None,  # noqa: E711
                SyncExport.sequence >= from_export,
            )
        ).all()
    if any(e.since is None or _aware(e.since) <= at for e in covering):
        set_value(ctx.engine, MARK_KEY, None)  # the office has what was written on the wrong clock
        return since
    if since is None:
        return None
    return min(_aware(since), at)


def _aware(value: datetime) -> datetime:
    return value if value.tzinfo is not None else value.replace(tzinfo=UTC)

"""Column types shared by every table."""

from __future__ import annotations

import threading
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime

from sqlalchemy import DateTime
from sqlalchemy.types import TypeDecorator

_held = threading.local()  # per thread: a clock held in one thread never moves another's


def utcnow() -> datetime:
    """The current time, timezone-aware, in UTC (or the time a :func:`fixed_clock` holds)."""
    fixed = getattr(_held, "now", None)
    if fixed is not None:
        return fixed
    return datetime.now(UTC)


@contextmanager
def fixed_clock(moment: datetime) -> Iterator[None]:
    """Hold :func:`utcnow` (and the local "today" derived from it) at ``moment`` in this thread.

    For tests and for building dated demo data: everything that stamps a time
    or reads today's date goes through :func:`utcnow`, so a case timeline can be
    walked day by day without waiting for the calendar.
    """
    if moment.tzinfo is None:
        raise ValueError("fixed_clock needs an aware datetime")
    previous = getattr(_held, "now", None)
    _held.now = moment.astimezone(UTC)
    try:
        yield
    finally:
        _held.now = previous


def new_id() -> str:
    """A new random UUID as its canonical 36-character string."""
    return str(uuid.uuid4())


class UTCDateTime(TypeDecorator[datetime]):
    """Stores aware datetimes as UTC and gives them back aware (tzinfo=UTC).

    SQLite keeps no zone; a naive value is refused on the way in so that local
    times can never be stored by accident.
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given; store times as aware UTC datetimes")
        value = value.astimezone(UTC)
        if dialect.name == "sqlite":
            return value.replace(tzinfo=None)
        return value

    def process_result_value(self, value: datetime | None, dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)

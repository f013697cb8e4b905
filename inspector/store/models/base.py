"""The mixin every synced table shares: UUID key, UTC timestamps, device, version."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Column
from sqlmodel import Field, SQLModel

from inspector.store.types import UTCDateTime, new_id, utcnow


def utc_column(nullable: bool = False, index: bool = False) -> Column:
    return Column(UTCDateTime(), nullable=nullable, index=index)


class SyncedModel(SQLModel):
    """Base for tables that travel between field devices and the office.

    ``row_version`` grows by one on every change; together with ``id`` it makes
    imports idempotent and lets the office detect concurrent edits.
    """

    id: str = Field(default_factory=new_id, primary_key=True, max_length=36)
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    updated_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime, index=True)
    created_by_device: str = Field(default="", max_length=64)
    row_version: int = Field(default=1)

    def touch(self, device_id: str | None = None) -> None:
        """Mark the row changed now (call before committing an update)."""
        self.updated_at = utcnow()
        self.row_version = (self.row_version or 0) + 1
        if device_id and not self.created_by_device:
            self.created_by_device = device_id

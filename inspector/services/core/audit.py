"""Writing and reading the append-only audit log of inspection changes."""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import Any

from sqlalchemy import insert
from sqlmodel import Session, col, select

from inspector.services.core.context import AppContext
from inspector.store.engine import read_session
from inspector.store.models.inspection import AuditEntry
from inspector.store.types import new_id, utcnow


def encode(value: Any) -> str | None:
    """A value as it is written into the log (JSON; None stays None)."""
    if value is None:
        return None
    if isinstance(value, datetime | date):
        return json.dumps(value.isoformat())
    return json.dumps(value, ensure_ascii=False)


def record(
    session: Session,
    *,
    inspection_id: str | None,
    entity: str,
    entity_id: str,
    field: str,
    old: Any,
    new: Any,
    actor: str,
    device: str,
    kind: str = "edit",
    reason: str = "",
) -> str:
    """Add one audit row to the open unit of work (it commits with the change itself).

    Written as a plain INSERT (no ORM object: rows are never read back or
    changed in the session); returns the row's id.
    """
    entry_id = new_id()
    session.execute(
        insert(AuditEntry.__table__).values(  # type: ignore[attr-defined]
            id=entry_id,
            at=utcnow(),
            inspection_id=inspection_id,
            entity=entity,
            entity_id=entity_id,
            field=field,
            old_value=encode(old),
            new_value=encode(new),
            actor=actor,
            device=device,
            kind=kind,
            reason=reason,
        )
    )
    return entry_id


def audit_trail(ctx: AppContext, inspection_id: str) -> list[AuditEntry]:
    """Every logged change of one inspection, oldest first."""
    with read_session(ctx.engine) as s:
        rows = s.exec(
            select(AuditEntry)
            .where(AuditEntry.inspection_id == inspection_id)
            .order_by(col(AuditEntry.seq))
        )
        return list(rows)

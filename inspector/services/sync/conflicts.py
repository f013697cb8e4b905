"""Sync conflicts at the office: list them, keep one version with a reason."""

from __future__ import annotations

import json

from sqlmodel import col, select

from inspector.services.core.context import AppContext
from inspector.services.core.errors import UserError
from inspector.store.engine import read_session, write_session
from inspector.store.models import SyncConflict, SyncRecord
from inspector.store.types import utcnow
from inspector.sync.tables import decode_row, table_by_name


def list_conflicts(ctx: AppContext, status: str | None = "open") -> list[SyncConflict]:
    with read_session(ctx.engine) as s:
        q = select(SyncConflict).order_by(col(SyncConflict.created_at))
        if status:
            q = q.where(SyncConflict.status == status)
        return list(s.exec(q))


def resolve_conflict(
    ctx: AppContext, conflict_id: str, choice: str, reason: str, resolver: str = ""
) -> SyncConflict:
    """Keep the office's version (``current``) or take the device's (``incoming``), with a reason."""
    if choice not in ("current", "incoming"):
        raise UserError("请选择保留办公室现有版本或采用设备传来的版本。")
    if not reason.strip():
        raise UserError("请填写处理理由。")
    with write_session(ctx.engine) as s:
        conflict = s.get(SyncConflict, conflict_id)
        if conflict is None:
            raise UserError("没有找到这条冲突。")
        if conflict.status != "open":
            raise UserError("这条冲突已经处理过了。")
        if choice == "incoming":
            if conflict.kind == "finished":
                raise UserError("已完成的检查不能被导入的内容覆盖；如需更改，请以补正记录办理。")
            _take_incoming(s, conflict, ctx.device_id)
        conflict.status = "resolved"
        conflict.resolution = choice
        conflict.reason = reason.strip()
        conflict.resolver = resolver or ctx.settings.inspector_name or ctx.settings.office_name
        conflict.resolved_at = utcnow()
        s.add(conflict)
    return conflict


def _take_incoming(s, conflict: SyncConflict, office_device: str) -> None:
    found = table_by_name(conflict.table_name)
    if found is None:
        raise UserError("本程序不认识数据表 {}。", conflict.table_name)
    spec, table = found
    values = decode_row(spec, table, json.loads(conflict.incoming_json))
    conn = s.connection()
    current = conn.execute(
        table.select().with_only_columns(table.c.row_version).where(table.c.id == conflict.row_id)
    ).scalar()
    version = max(int(current or 0), conflict.incoming_version) + 1
    values.update(row_version=version, updated_at=utcnow())
    if conflict.kind == "foreign":  # the device's content, but the row stays its creator's
        for column in ("created_by_device", "device"):
            values.pop(column, None)
    conn.execute(table.update().where(table.c.id == conflict.row_id).values(values))
    rec = s.get(SyncRecord, (conflict.table_name, conflict.row_id))
    rec = rec or SyncRecord(table_name=conflict.table_name, row_id=conflict.row_id, row_version=0)
    rec.row_version = version
    rec.device_id = office_device
    s.add(rec)


def conflict_versions(conflict: SyncConflict) -> tuple[dict, dict]:
    return json.loads(conflict.current_json), json.loads(conflict.incoming_json)

"""How the rows of a verified package meet the office's rows (see docs/sync-format.md).

New rows are inserted; identical ones skipped; a device's newer version of a
row it wrote last, or of the version it was based on, updates; anything else,
and any change to a finished inspection, becomes a conflict kept for a person.
"""

from __future__ import annotations

from sqlalchemy import Table, bindparam, select

from inspector.domain.text import Message
from inspector.store.models import SyncConflict, SyncRecord
from inspector.store.types import new_id, utcnow
from inspector.sync.incoming import IncomingRow
from inspector.sync.package import PackageRejected, canonical
from inspector.sync.tables import SyncedTable, creator_column, encode_row, export_columns

# Columns an amendment recomputes on a finished inspection (see
# inspector.services.inspection.finish.amend_in); a change to these alone, with a
# higher amendment count, is the amendment arriving, not an edit of the record.
AMENDMENT_DERIVED = frozenset(
    {
        "score",
        "max_score",
        "deductions",
        "red_line",
        "result",
        "amendment_count",
        "updated_at",
        "row_version",
    }
)


def _is_amendment_update(cur: dict, incoming: dict) -> bool:
    changed = {k for k, v in incoming.items() if cur.get(k) != v}
    return changed <= AMENDMENT_DERIVED and int(incoming.get("amendment_count") or 0) > int(
        cur.get("amendment_count") or 0
    )


def apply_chunk(conn, spec: SyncedTable, table: Table, chunk, pkg, finished, outcome) -> None:
    device = pkg.manifest.device_id
    cols = export_columns(spec, table)
    creator = creator_column(spec)
    ids = [r.id for r in chunk]
    existing = {
        row[0]: dict(zip(cols, row, strict=True))
        for row in conn.execute(
            select(*[table.c[c] for c in cols]).where(table.c.id.in_(ids))
        ).all()
    }
    rec_t = SyncRecord.__table__  # type: ignore[attr-defined]
    origins = {
        r.row_id: (r.row_version, r.device_id)
        for r in conn.execute(
            select(rec_t).where(rec_t.c.table_name == spec.name, rec_t.c.row_id.in_(ids))
        )
    }
    inserts: list[IncomingRow] = []
    updates: list[IncomingRow] = []
    conflicts: list[tuple[IncomingRow, dict, str]] = []
    origin_new: list[dict] = []
    origin_upd: list[dict] = []
    for row in chunk:
        entry = {
            "table_name": spec.name,
            "row_id": row.id,
            "row_version": row.version,
            "device_id": device,
        }
        cur = existing.get(row.id)
        claimed = row.values.get(creator) or device  # empty: the sending device's own row
        if claimed != device and not (
            spec.register and cur is not None and cur.get(creator) == claimed
        ):
            raise PackageRejected(
                Message(
                    "{} 的记录 {} 声称由另一台设备 {} 创建；数据包只能写本设备的记录，"
                    "或更新办公室下发的登记记录，已拒收。",
                    spec.name,
                    row.id,
                    claimed,
                )
            )
        if cur is None:
            inserts.append(row)
            origin_new.append(entry)
            continue
        if cur == row.values:
            outcome.unchanged += 1
            continue
        if spec.append_only:
            raise PackageRejected(
                Message(
                    "{} 的记录 {} 只能新增不能修改，而数据包中的内容与已有的不同。",
                    spec.name,
                    row.id,
                )
            )
        origin = origins.get(row.id)
        owner = cur.get(creator) or (origin[1] if origin else "")
        if (cur.get(creator) or device) != claimed or (not spec.register and owner != device):
            conflicts.append((row, cur, "foreign"))  # another device's row: never overwritten
            continue
        cur_version = int(cur.get("row_version", 1))
        writer = origin[1] if origin and origin[0] == cur_version else None
        amended = spec.name == "inspection" and _is_amendment_update(cur, row.values)
        if (spec.name == "inspection" and cur.get("status") == "finished" and not amended) or (
            spec.frozen_with_inspection and cur.get("inspection_id") in finished
        ):
            conflicts.append((row, cur, "finished"))
        elif writer == device and row.version <= cur_version:
            outcome.unchanged += 1  # an older version of a row this device wrote
        elif (writer == device or row.base_version == cur_version) and row.version > cur_version:
            updates.append(row)
            (origin_upd if origin else origin_new).append(entry)
        else:
            conflicts.append((row, cur, "concurrent"))
    if inserts:
        conn.execute(table.insert(), _parents_first(table, [r.values for r in inserts]))
        outcome.inserted += len(inserts)
    if updates:
        stmt = (
            table.update()
            .where(table.c.id == bindparam("_id"))
            .values({c: bindparam(c) for c in cols if c != "id"})
        )
        conn.execute(
            stmt,
            [{**{k: v for k, v in r.values.items() if k != "id"}, "_id": r.id} for r in updates],
        )
        outcome.updated += len(updates)
    if origin_new:
        conn.execute(rec_t.insert(), origin_new)
    if origin_upd:
        conn.execute(
            rec_t.update()
            .where(rec_t.c.table_name == bindparam("_t"), rec_t.c.row_id == bindparam("_r"))
            .values(row_version=bindparam("row_version"), device_id=bindparam("device_id")),
            [
                {
                    "_t": e["table_name"],
                    "_r": e["row_id"],
                    "row_version": e["row_version"],
                    "device_id": e["device_id"],
                }
                for e in origin_upd
            ],
        )
    if conflicts:
        _record_conflicts(conn, spec, conflicts, pkg, outcome)


def _record_conflicts(conn, spec: SyncedTable, conflicts, pkg, outcome) -> None:
    ct = SyncConflict.__table__  # type: ignore[attr-defined]
    ids = [row.id for row, _cur, _kind in conflicts]
    known = {
        (r.row_id, r.incoming_hash)
        for r in conn.execute(
            select(ct.c.row_id, ct.c.incoming_hash).where(
                ct.c.table_name == spec.name, ct.c.row_id.in_(ids)
            )
        )
    }
    new = []
    for row, cur, kind in conflicts:
        if (row.id, row.hash) in known:
            outcome.unchanged += 1
            continue
        known.add((row.id, row.hash))
        new.append(
            {
                "id": new_id(),
                "created_at": utcnow(),
                "table_name": spec.name,
                "row_id": row.id,
                "kind": kind,
                "base_version": row.base_version,
                "current_version": int(cur.get("row_version", 1)),
                "incoming_version": row.version,
                "current_json": canonical(encode_row(list(cur), list(cur.values()))).decode(),
                "incoming_json": canonical(row.encoded).decode(),
                "incoming_hash": row.hash,
                "device_id": pkg.manifest.device_id,
                "package": pkg.name,
                "status": "open",
                "resolution": "",
                "reason": "",
                "resolver": "",
                "resolved_at": None,
            }
        )
    if new:
        conn.execute(ct.insert(), new)
        outcome.conflicts += len(new)


def _parents_first(table: Table, rows: list[dict]) -> list[dict]:
    """Order rows so a row referencing another row of the same table comes after it."""
    self_fks = [fk.parent.name for fk in table.foreign_keys if fk.column.table is table]
    if not self_fks:
        return rows
    pending = {r["id"]: r for r in rows}
    ordered: list[dict] = []
    while pending:
        ready = [
            r
            for r in pending.values()
            if all(
                r.get(c) is None or r.get(c) not in pending or r.get(c) == r["id"] for c in self_fks
            )
        ]
        if not ready:  # a cycle: let the database judge
            ordered.extend(pending.values())
            break
        for r in ready:
            ordered.append(r)
            del pending[r["id"]]
    return ordered

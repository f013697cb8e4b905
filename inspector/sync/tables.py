"""Which tables travel in packages, and how a row becomes JSON and back.

To sync a new table add one line to :data:`SYNCED_TABLES`. Tables are applied
in foreign-key order (parents first); names not (yet) in the metadata are
skipped, so the list may name tables of capabilities not installed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import Boolean, Date, Float, Integer, String, Table, Text
from sqlmodel import SQLModel

import inspector.store.models  # noqa: F401  (registers every table)
from inspector.store.types import UTCDateTime
from inspector.sync.package import PackageRejected, canonical, iso, sha256


@dataclass(frozen=True)
class SyncedTable:
    name: str
    files: dict[str, str] = field(default_factory=dict)  # column -> data folder
    frozen_with_inspection: bool = False  # rows of a finished inspection are never updated
    append_only: bool = False  # rows are only ever inserted (the audit log)
    changed_column: str = "updated_at"
    local_columns: tuple[str, ...] = ()  # not exported (local autoincrement keys)
    register: bool = False  # part of the register the office sends in its bundle


SYNCED_TABLES: tuple[SyncedTable, ...] = (
    SyncedTable("site", register=True),
    SyncedTable("licence", register=True),
    SyncedTable("school", register=True),
    SyncedTable("school_point", register=True),
    SyncedTable("document_number_block", register=True),
    SyncedTable("inspection"),
    SyncedTable("inspection_template", frozen_with_inspection=True),
    SyncedTable("answer", frozen_with_inspection=True),
    SyncedTable("photo", files={"file_name": "photos"}, frozen_with_inspection=True),
    SyncedTable("hand_signature", files={"file_name": "signatures"}, frozen_with_inspection=True),
    SyncedTable("generated_document", files={"file_name": "documents"}),
    SyncedTable("issued_number"),
    SyncedTable("rectification_case", files={"closing_photo": "photos"}),
    SyncedTable("audit_log", append_only=True, changed_column="at", local_columns=("seq",)),
)


def active_tables() -> list[tuple[SyncedTable, Table]]:
    """The synced tables present in this build, parents before children."""
    by_name = {t.name: t for t in SYNCED_TABLES}
    return [(by_name[t.name], t) for t in SQLModel.metadata.sorted_tables if t.name in by_name]


def table_by_name(name: str) -> tuple[SyncedTable, Table] | None:
    for spec, table in active_tables():
        if spec.name == name:
            return spec, table
    return None


def export_columns(spec: SyncedTable, table: Table) -> list[str]:
    return [c.name for c in table.columns if c.name not in spec.local_columns]


def encode_value(value: Any) -> Any:
    if isinstance(value, datetime):
        if value.tzinfo is None:
            value = value.replace(tzinfo=UTC)
        return iso(value.astimezone(UTC))
    if isinstance(value, date):
        return value.isoformat()
    return value


def encode_row(columns: list[str], values: Any) -> dict[str, Any]:
    return {name: encode_value(v) for name, v in zip(columns, values, strict=True)}


def row_hash(row: dict[str, Any]) -> str:
    return sha256(canonical(row))


def _decode_value(table: Table, name: str, value: Any) -> Any:
    col = table.columns[name]
    where = f"{table.name}.{name}"
    if value is None:
        if not col.nullable:
            raise PackageRejected(f"记录字段 {where} 不能为空。")
        return None
    t = col.type
    try:
        if isinstance(t, UTCDateTime):
            if not isinstance(value, str):
                raise ValueError(value)
            dt = datetime.fromisoformat(value.replace("Z", "+00:00"))
            if dt.tzinfo is None:
                raise ValueError("naive")
            return dt.astimezone(UTC)
        if isinstance(t, Date):
            return date.fromisoformat(value)
        if isinstance(t, Boolean):
            if not isinstance(value, bool):
                raise ValueError(value)
            return value
        if isinstance(t, Integer):
            if isinstance(value, bool) or not isinstance(value, int):
                raise ValueError(value)
            return value
        if isinstance(t, Float):
            if isinstance(value, bool) or not isinstance(value, int | float):
                raise ValueError(value)
            return float(value)
        if isinstance(t, String | Text):
            if not isinstance(value, str):
                raise ValueError(value)
            length = getattr(t, "length", None)
            if length and len(value) > length:
                raise ValueError("too long")
            return value
    except (TypeError, ValueError) as exc:
        raise PackageRejected(f"记录字段 {where} 的值类型不对或超长。") from exc
    return value


def decode_row(spec: SyncedTable, table: Table, row: Any) -> dict[str, Any]:
    """Validate a row from a package and convert it to column values."""
    if not isinstance(row, dict):
        raise PackageRejected(f"{table.name} 中有一条记录不是 JSON 对象。")
    columns = export_columns(spec, table)
    unknown = set(row) - set(columns)
    if unknown:
        raise PackageRejected(
            f"{table.name} 的记录含有本程序不认识的字段 {', '.join(sorted(unknown))}，"
            "可能来自更新版本的程序。"
        )
    values = {}
    for name in columns:
        if name not in row:
            raise PackageRejected(f"{table.name} 的记录缺少字段 {name}。")
        values[name] = _decode_value(table, name, row[name])
    if not isinstance(values.get("id"), str) or not values["id"]:
        raise PackageRejected(f"{table.name} 的记录缺少 id。")
    return values


def folder_dir(paths, folder: str):
    """The directory of the data folder a package file belongs to."""
    if folder == "certs":
        return paths.root / "office" / "certs"
    return getattr(paths, folder)

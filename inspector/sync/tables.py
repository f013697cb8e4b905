"""Which tables travel in packages, and how a row becomes JSON and back.

To sync a new table add one line to :data:`SYNCED_TABLES`. Tables are applied
in foreign-key order (parents first); names not (yet) in the metadata are
skipped, so the list may name tables of capabilities not installed.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import Boolean, Date, Float, Integer, String, Table, Text, TypeDecorator
from sqlmodel import SQLModel

import inspector.store.models  # noqa: F401  (registers every table)
from inspector.domain.text import Message
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
    SyncedTable("distance_measurement", frozen_with_inspection=True),
    SyncedTable("amendment", append_only=True),
    SyncedTable("photo", files={"file_name": "photos"}, frozen_with_inspection=True),
    SyncedTable("hand_signature", files={"file_name": "signatures"}, frozen_with_inspection=True),
    SyncedTable("generated_document", files={"file_name": "documents"}),
    SyncedTable("notice_service"),
    SyncedTable("issued_number"),
    SyncedTable("rectification_case", files={"closing_photo": "photos"}),
    SyncedTable("case_carry", append_only=True),
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


def creator_column(spec: SyncedTable) -> str:
    """The column that names the device that created a row."""
    return "device" if spec.name == "audit_log" else "created_by_device"


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


def _as_datetime(value: Any) -> datetime:
    if not isinstance(value, str):
        raise ValueError(value)
    dt = datetime.fromisoformat(value.replace("Z", "+00:00"))
    if dt.tzinfo is None:
        raise ValueError("naive")
    return dt.astimezone(UTC)


def _as_date(value: Any) -> date:
    return date.fromisoformat(value)


def _as_bool(value: Any) -> bool:
    if not isinstance(value, bool):
        raise ValueError(value)
    return value


def _as_int(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValueError(value)
    return value


def _as_float(value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ValueError(value)
    return float(value)


def _as_text(length: int | None) -> Callable[[Any], str]:
    def check(value: Any) -> str:
        if not isinstance(value, str) or (length and len(value) > length):
            raise ValueError(value)
        return value

    return check


def _decoder(col) -> Callable[[Any], Any]:
    t = col.type
    if isinstance(t, UTCDateTime):
        return _as_datetime
    if isinstance(t, TypeDecorator):  # sqlmodel's AutoString wraps a String
        t = t.impl_instance
    if isinstance(t, Date):
        return _as_date
    if isinstance(t, Boolean):
        return _as_bool
    if isinstance(t, Integer):
        return _as_int
    if isinstance(t, Float):
        return _as_float
    if isinstance(t, String | Text):
        return _as_text(getattr(t, "length", None))
    return lambda v: v


_DECODERS: dict[str, tuple[tuple[str, Callable, bool], ...]] = {}


def _decoders(spec: SyncedTable, table: Table) -> tuple[tuple[str, Callable, bool], ...]:
    found = _DECODERS.get(table.name)
    if found is None:
        found = _DECODERS[table.name] = tuple(
            (name, _decoder(table.columns[name]), bool(table.columns[name].nullable))
            for name in export_columns(spec, table)
        )
    return found


def decode_row(spec: SyncedTable, table: Table, row: Any) -> dict[str, Any]:
    """Validate a row from a package and convert it to column values."""
    if not isinstance(row, dict):
        raise PackageRejected(Message("{} 中有一条记录不是 JSON 对象。", table.name))
    decoders = _decoders(spec, table)
    if len(row) != len(decoders) or any(name not in row for name, _f, _n in decoders):
        known = {name for name, _f, _n in decoders}
        unknown = set(row) - known
        if unknown:
            raise PackageRejected(
                Message(
                    "{} 的记录含有本程序不认识的字段 {}，可能来自更新版本的程序。",
                    table.name,
                    ", ".join(sorted(unknown)),
                )
            )
        missing = sorted(known - set(row))
        raise PackageRejected(Message("{} 的记录缺少字段 {}。", table.name, ", ".join(missing)))
    values: dict[str, Any] = {}
    for name, decode, nullable in decoders:
        value = row[name]
        if value is None:
            if not nullable:
                raise PackageRejected(Message("记录字段 {}.{} 不能为空。", table.name, name))
            values[name] = None
            continue
        try:
            values[name] = decode(value)
        except (TypeError, ValueError) as exc:
            raise PackageRejected(
                Message("记录字段 {}.{} 的值类型不对或超长。", table.name, name)
            ) from exc
    if not isinstance(values.get("id"), str) or not values["id"]:
        raise PackageRejected(Message("{} 的记录缺少 id。", table.name))
    return values


def folder_dir(paths, folder: str):
    """The directory of the data folder a package file belongs to."""
    if folder == "certs":
        return paths.root / "office" / "certs"
    return getattr(paths, folder)

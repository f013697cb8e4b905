"""The package format: names, the manifest, JSON Lines records (see docs/sync-format.md)."""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, TypeGuard

from inspector.domain.text import Message

FORMAT = "inspector-sync-package"
FORMAT_VERSION = 1
SCHEMA_VERSION = 1  # of the records; a package with a higher one is refused
MANIFEST = "manifest.json"
SIGNATURE = "manifest.sig"
RECORDS_DIR = "records/"
FILES_DIR = "files/"
SUFFIX = ".inspkg"
# Folders of the data directory that packages may carry files for.
FILE_FOLDERS = ("photos", "signatures", "documents", "certs")
UUID_RE = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")
SHA256_RE = re.compile(r"[0-9a-fA-F]{64}")
# Limits on text parsed before the signature is checked (docs/sync-format.md, "Limits").
MANIFEST_MAX_BYTES = 32 * 1024 * 1024
MANIFEST_MAX_DEPTH = 8
RECORD_LINE_MAX_BYTES = 4 * 1024 * 1024
RECORD_MAX_DEPTH = 8
NAME_RE = re.compile(r"^(?P<device>[A-Za-z0-9_-]{1,64})-(?P<seq>\d{6,})\.inspkg$")


class PackageRejected(Exception):
    """A package is refused whole; ``str(exc)`` is the sentence for the user (zh_CN)."""


def package_name(device_id: str, sequence: int) -> str:
    """File name that sorts by device, then by sequence."""
    return f"{device_id}-{sequence:06d}{SUFFIX}"


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def iso(dt: datetime | None) -> str | None:
    if dt is None:
        return None
    return dt.strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def canonical(obj: Any) -> bytes:
    return json.dumps(obj, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode()


@dataclass
class FileEntry:
    path: str
    sha256: str
    size: int


@dataclass
class Manifest:
    device_id: str
    sequence: int
    created_at: str
    until: str
    since: str | None = None
    device_name: str = ""
    app_version: str = ""
    schema_version: int = SCHEMA_VERSION
    records: dict[str, int] = field(default_factory=dict)
    files: list[FileEntry] = field(default_factory=list)

    def to_bytes(self) -> bytes:
        doc = {
            "format": FORMAT,
            "format_version": FORMAT_VERSION,
            "schema_version": self.schema_version,
            "device_id": self.device_id,
            "device_name": self.device_name,
            "sequence": self.sequence,
            "created_at": self.created_at,
            "since": self.since,
            "until": self.until,
            "app_version": self.app_version,
            "records": self.records,
            "files": [{"path": f.path, "sha256": f.sha256, "size": f.size} for f in self.files],
        }
        return json.dumps(doc, ensure_ascii=False, indent=1, sort_keys=True).encode()

    @classmethod
    def parse(cls, data: bytes) -> Manifest:
        """Parse and check a manifest strictly (see docs/sync-format.md, "Limits")."""
        from inspector.sync.strict_json import JSONRefused, loads

        try:
            doc = loads(data, max_bytes=MANIFEST_MAX_BYTES, max_depth=MANIFEST_MAX_DEPTH)
        except JSONRefused as exc:
            raise PackageRejected(
                Message("数据包清单 manifest.json 已拒收：{}。", exc.args[0])
            ) from None
        if not isinstance(doc, dict) or doc.get("format") != FORMAT:
            raise PackageRejected(Message("这不是巡查助手的数据包（清单格式不对）。"))
        version = doc.get("format_version")
        if not _is_int(version) or version < 1:
            raise PackageRejected(Message("数据包清单的 format_version 不是正整数。"))
        if version > FORMAT_VERSION:
            raise PackageRejected(Message("数据包格式来自更新版本的程序，请先升级办公室的程序。"))
        schema = doc.get("schema_version")
        if not _is_int(schema) or schema < 1:
            raise PackageRejected(Message("数据包清单缺少数据结构版本 schema_version。"))
        if schema > SCHEMA_VERSION:
            raise PackageRejected(
                Message(
                    "数据包的数据结构版本为 {}，本程序只支持到 {}，请先升级办公室的程序。",
                    schema,
                    SCHEMA_VERSION,
                )
            )
        device_id = doc.get("device_id")
        if not isinstance(device_id, str) or not is_uuid(device_id):
            raise PackageRejected(Message("数据包清单的 device_id 不是 UUID。"))
        sequence = doc.get("sequence")
        if not _is_int(sequence) or sequence < 1:
            raise PackageRejected(Message("数据包清单的 sequence 必须是正整数。"))
        for key in ("created_at", "since", "until"):
            value = doc.get(key)
            if (value is not None or key == "created_at") and not is_timestamp(value):
                raise PackageRejected(Message("数据包清单的 {} 不是 UTC 时间。", key))
        for key, limit in (("device_name", 200), ("app_version", 40)):
            value = doc.get(key, "")
            if not isinstance(value, str) or len(value) > limit:
                raise PackageRejected(
                    Message("数据包清单的 {} 不是文字或超过 {} 个字符。", key, limit)
                )
        records = doc.get("records", {})
        if not isinstance(records, dict) or not all(
            _is_int(v) and v >= 0 for v in records.values()
        ):
            raise PackageRejected(Message("数据包清单的 records 应为 表名 → 非负整数。"))
        raw_files = doc.get("files")
        if not isinstance(raw_files, list):
            raise PackageRejected(Message("数据包清单缺少文件列表 files。"))
        files = []
        for f in raw_files:
            if (
                not isinstance(f, dict)
                or not isinstance(f.get("path"), str)
                or not isinstance(f.get("sha256"), str)
                or not SHA256_RE.fullmatch(f["sha256"])
                or not _is_int(f.get("size"))
                or f["size"] < 0
            ):
                raise PackageRejected(
                    Message("数据包清单的 files 中有一项缺少 path、sha256 或 size，或类型不对。")
                )
            files.append(FileEntry(f["path"], f["sha256"].lower(), f["size"]))
        return cls(
            device_id=device_id,
            sequence=sequence,
            created_at=doc["created_at"],
            until=doc.get("until") or doc["created_at"],
            since=doc.get("since"),
            device_name=doc.get("device_name", ""),
            app_version=doc.get("app_version", ""),
            schema_version=schema,
            records=records,
            files=files,
        )


def _is_int(value: Any) -> TypeGuard[int]:
    return isinstance(value, int) and not isinstance(value, bool)


def is_uuid(value: str) -> bool:
    """True for a UUID written as 36 characters, 8-4-4-4-12 hex digits."""
    return bool(UUID_RE.fullmatch(value))


def is_timestamp(value: Any) -> bool:
    """True for an ISO 8601 time with a zone (``Z`` or an offset)."""
    if not isinstance(value, str) or len(value) > 40:
        return False
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00")).tzinfo is not None
    except ValueError:
        return False


def record_line(row: dict[str, Any], base_version: int) -> bytes:
    """One JSON Lines record: the row's columns and the version it was based on."""
    return canonical({"schema": SCHEMA_VERSION, "base_version": base_version, "row": row}) + b"\n"

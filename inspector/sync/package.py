"""The package format: names, the manifest, JSON Lines records (see docs/sync-format.md)."""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

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
        try:
            doc = json.loads(data)
        except (ValueError, UnicodeDecodeError) as exc:
            raise PackageRejected(Message("数据包清单 manifest.json 不是有效的 JSON。")) from exc
        if not isinstance(doc, dict) or doc.get("format") != FORMAT:
            raise PackageRejected(Message("这不是巡查助手的数据包（清单格式不对）。"))
        if not isinstance(doc.get("format_version"), int) or doc["format_version"] > FORMAT_VERSION:
            raise PackageRejected(Message("数据包格式来自更新版本的程序，请先升级办公室的程序。"))
        schema = doc.get("schema_version")
        if not isinstance(schema, int):
            raise PackageRejected(Message("数据包清单缺少数据结构版本 schema_version。"))
        if schema > SCHEMA_VERSION:
            raise PackageRejected(
                Message(
                    "数据包的数据结构版本为 {}，本程序只支持到 {}，请先升级办公室的程序。",
                    schema,
                    SCHEMA_VERSION,
                )
            )
        try:
            files = [
                FileEntry(str(f["path"]), str(f["sha256"]).lower(), int(f["size"]))
                for f in doc["files"]
            ]
            return cls(
                device_id=str(doc["device_id"]),
                sequence=int(doc["sequence"]),
                created_at=str(doc["created_at"]),
                until=str(doc.get("until") or doc["created_at"]),
                since=doc.get("since"),
                device_name=str(doc.get("device_name", "")),
                app_version=str(doc.get("app_version", "")),
                schema_version=schema,
                records={str(k): int(v) for k, v in dict(doc.get("records", {})).items()},
                files=files,
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise PackageRejected(
                Message("数据包清单缺少必需的字段或字段类型不对（{}）。", exc)
            ) from exc


def record_line(row: dict[str, Any], base_version: int) -> bytes:
    """One JSON Lines record: the row's columns and the version it was based on."""
    return canonical({"schema": SCHEMA_VERSION, "base_version": base_version, "row": row}) + b"\n"

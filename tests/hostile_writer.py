"""A package writer for tests, built from docs/sync-format.md alone.

It uses only the standard library (``zipfile``, ``json``, ``hashlib``) and
``cryptography``; nothing of the project's packaging code. Every part of a
package can be spoiled on purpose: the rows, the record lines, the manifest
(as a dict or as raw bytes), the signature, the zip entries.
"""

from __future__ import annotations

import base64
import hashlib
import io
import json
import os
import struct
import uuid
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

NOW = "2026-11-26T08:00:00.000000Z"


def raw_public(key) -> bytes:
    return key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def fingerprint(raw: bytes) -> str:
    h = hashlib.sha256(raw).hexdigest()[:32]
    return " ".join(h[i : i + 4] for i in range(0, 32, 4))


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


@dataclass
class Device:
    device_id: str
    key: Ed25519PrivateKey = field(default_factory=Ed25519PrivateKey.generate)
    name: str = "外部程序"

    def card(self) -> dict[str, str]:
        return {
            "format": "inspector-device-card",
            "device_id": self.device_id,
            "name": self.name,
            "public_key": base64.b64encode(raw_public(self.key)).decode(),
        }


def full_row(columns: list[dict], **given: Any) -> dict[str, Any]:
    """Every column of a table: the given value, else null where allowed, else a plain default."""
    row: dict[str, Any] = {}
    for col in columns:
        name = col["name"]
        if name == "seq":  # the audit log's local key is not sent
            continue
        if name in given:
            row[name] = given[name]
        elif col["nullable"]:
            row[name] = None
        else:
            kind = type(col["type"]).__name__.lower()
            if "bool" in kind:
                row[name] = False
            elif "int" in kind:
                row[name] = 1 if name == "row_version" else 0
            elif "float" in kind or "real" in kind:
                row[name] = 0.0
            elif "datetime" in kind:
                row[name] = NOW
            else:
                row[name] = ""
    return row


def new_id() -> str:
    return str(uuid.uuid4())


def record_lines(rows: list[dict], base_version: int = 0) -> bytes:
    lines = [
        json.dumps({"schema": 1, "base_version": base_version, "row": r}, ensure_ascii=False)
        for r in rows
    ]
    return ("\n".join(lines) + "\n").encode("utf-8")


@dataclass
class Spoil:
    """How to spoil a package; every field is optional."""

    lines: dict[str, bytes] = field(default_factory=dict)  # table -> raw record file
    manifest: Callable[[dict], None] | None = None  # edits the manifest dict
    manifest_bytes: bytes | None = None  # replaces the manifest text (signed as it is)
    after_sign: bytes | None = None  # replaces the manifest text after signing
    signature: bytes | None = None  # replaces manifest.sig
    sign_with: Ed25519PrivateKey | None = None
    extra: dict[str, bytes] = field(default_factory=dict)  # entries not in the manifest
    unlisted: tuple[str, ...] = ()  # entries left out of the manifest's list
    missing: tuple[str, ...] = ()  # entries listed but left out of the zip
    zip_entries: Callable[[list[tuple[str, bytes]]], list[tuple[str, bytes]]] | None = None


def build_package(
    device: Device,
    sequence: int,
    records: dict[str, list[dict]],
    files: dict[str, bytes] | None = None,
    spoil: Spoil | None = None,
) -> bytes:
    """A zip package as the document describes it, spoiled as asked."""
    spoil = spoil or Spoil()
    entries: dict[str, bytes] = {}
    for table, rows in records.items():
        entries[f"records/{table}.jsonl"] = spoil.lines.get(table) or record_lines(rows)
    for table, body in spoil.lines.items():
        entries.setdefault(f"records/{table}.jsonl", body)
    for path, body in (files or {}).items():
        entries[f"files/{path}"] = body
    manifest = {
        "format": "inspector-sync-package",
        "format_version": 1,
        "schema_version": 1,
        "device_id": device.device_id,
        "device_name": device.name,
        "sequence": sequence,
        "created_at": NOW,
        "since": None,
        "until": NOW,
        "app_version": "0.1.0",
        "records": {t: len(r) for t, r in records.items()},
        "files": [
            {"path": n, "sha256": sha(b), "size": len(b)}
            for n, b in entries.items()
            if n not in spoil.unlisted
        ],
    }
    if spoil.manifest:
        spoil.manifest(manifest)
    text = spoil.manifest_bytes or json.dumps(manifest, ensure_ascii=False).encode("utf-8")
    sig = spoil.signature or base64.b64encode((spoil.sign_with or device.key).sign(text))
    if spoil.after_sign is not None:
        text = spoil.after_sign
    items = [(n, b) for n, b in entries.items() if n not in spoil.missing]
    items += list(spoil.extra.items())
    items += [("manifest.json", text), ("manifest.sig", sig)]
    if spoil.zip_entries:
        items = spoil.zip_entries(items)
    return zip_bytes(items)


def zip_bytes(items: list[tuple[str, bytes]], *, flag_bits: int = 0) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, body in items:
            info = zipfile.ZipInfo(name, date_time=(2026, 11, 26, 8, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.flag_bits |= flag_bits
            zf.writestr(info, body)
    return buf.getvalue()


def encrypt(plain: bytes, office_pub_b64: str, *, recipient: str | None = None) -> bytes:
    """The documented envelope: X25519, HKDF-SHA256, AES-256-GCM over the whole zip."""
    office_raw = base64.b64decode(office_pub_b64)
    eph = X25519PrivateKey.generate()
    eph_raw = raw_public(eph)
    shared = eph.exchange(X25519PublicKey.from_public_bytes(office_raw))
    key = HKDF(
        algorithm=hashes.SHA256(),
        length=32,
        salt=eph_raw + office_raw,
        info=b"inspector-sync-package-v1",
    ).derive(shared)
    nonce = os.urandom(12)
    header = json.dumps(
        {
            "alg": "X25519-HKDF-SHA256-AES-256-GCM",
            "recipient": recipient or fingerprint(office_raw),
            "ephemeral": base64.b64encode(eph_raw).decode(),
            "nonce": base64.b64encode(nonce).decode(),
        }
    ).encode()
    return (
        b"INSPENC1"
        + struct.pack(">I", len(header))
        + header
        + AESGCM(key).encrypt(nonce, plain, header)
    )

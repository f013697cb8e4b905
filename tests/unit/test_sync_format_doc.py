"""A package written from docs/sync-format.md alone (no exporter code) is accepted.

Only the standard library and ``cryptography`` build the package here; the
column names come from the office database, as the document says.
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

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from sqlalchemy import inspect
from sqlmodel import select
from sync_helpers import open_ctx

from inspector.services.sync import service as sync
from inspector.store.engine import read_session
from inspector.store.models import Answer, Inspection, Photo, Site

NOW = "2026-11-26T08:00:00.000000Z"


def _raw(pub) -> bytes:
    return pub.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def _fingerprint(raw: bytes) -> str:
    h = hashlib.sha256(raw).hexdigest()[:32]
    return " ".join(h[i : i + 4] for i in range(0, 32, 4))


def _row(columns, **given):
    """Every column: the given value, else null where allowed, else a plain default."""
    row = {}
    for col in columns:
        name = col["name"]
        if name in given:
            row[name] = given[name]
        elif col["nullable"]:
            row[name] = None
        else:
            kind = type(col["type"]).__name__.lower()
            if "bool" in kind:
                row[name] = False
            elif "int" in kind:
                row[name] = 0
            elif "float" in kind or "real" in kind:
                row[name] = 0.0
            elif "datetime" in kind:
                row[name] = NOW
            else:
                row[name] = ""
    return row


def _encrypt(plain: bytes, office_pub_b64: str) -> bytes:
    office_raw = base64.b64decode(office_pub_b64)
    eph = X25519PrivateKey.generate()
    eph_raw = _raw(eph.public_key())
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
            "recipient": _fingerprint(office_raw),
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


def test_package_written_from_the_document_is_imported(tmp_path):
    office = open_ctx(tmp_path / "office")
    sync.office_init(office, "东风街道创建办")
    key = Ed25519PrivateKey.generate()
    device_id = str(uuid.uuid4())
    card = {
        "format": "inspector-device-card",
        "device_id": device_id,
        "name": "别的程序",
        "public_key": base64.b64encode(_raw(key.public_key())).decode(),
    }
    sync.register_device(office, card)

    cols = {
        t: inspect(office.engine).get_columns(t)
        for t in ("site", "inspection", "inspection_template", "answer", "photo")
    }
    common = {
        "created_at": NOW,
        "updated_at": NOW,
        "created_by_device": device_id,
        "row_version": 1,
    }
    site_id, insp_id = str(uuid.uuid4()), str(uuid.uuid4())
    photo = b"\xff\xd8\xff not really a jpeg \xff\xd9"
    records = {
        "site": [
            _row(cols["site"], id=site_id, name="外部程序网吧", kind="internet_cafe", **common)
        ],
        "inspection": [
            _row(
                cols["inspection"],
                id=insp_id,
                site_id=site_id,
                status="finished",
                started_at=NOW,
                **common,
            )
        ],
        "inspection_template": [
            _row(
                cols["inspection_template"],
                id=str(uuid.uuid4()),
                inspection_id=insp_id,
                template_id="t",
                template_version=1,
                content=json.dumps(
                    {"id": "t", "version": 1, "sections": [{"items": [{"code": "a1"}]}]}
                ),
                **common,
            )
        ],
        "answer": [
            _row(
                cols["answer"],
                id=str(uuid.uuid4()),
                inspection_id=insp_id,
                template_id="t",
                item_code="a1",
                outcome="fail",
                **common,
            )
        ],
        "photo": [
            _row(
                cols["photo"],
                id=str(uuid.uuid4()),
                inspection_id=insp_id,
                file_name="ext/p1.jpg",
                original_sha256=hashlib.sha256(photo).hexdigest(),
                stored_sha256=hashlib.sha256(photo).hexdigest(),
                **common,
            )
        ],
    }
    entries = {}
    for table, rows in records.items():
        lines = [
            json.dumps({"schema": 1, "base_version": 0, "row": r}, ensure_ascii=False) for r in rows
        ]
        entries[f"records/{table}.jsonl"] = ("\n".join(lines) + "\n").encode()
    entries["files/photos/ext/p1.jpg"] = photo
    manifest = json.dumps(
        {
            "format": "inspector-sync-package",
            "format_version": 1,
            "schema_version": 1,
            "device_id": device_id,
            "sequence": 1,
            "created_at": NOW,
            "records": {t: len(r) for t, r in records.items()},
            "files": [
                {"path": n, "sha256": hashlib.sha256(b).hexdigest(), "size": len(b)}
                for n, b in entries.items()
            ],
        }
    ).encode()
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for name, body in entries.items():
            zf.writestr(name, body)
        zf.writestr("manifest.json", manifest)
        zf.writestr("manifest.sig", base64.b64encode(key.sign(manifest)))
    own = sync.own_office(office)
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / f"{device_id}-000001.inspkg").write_bytes(_encrypt(buf.getvalue(), own.encryption_key))

    (report,) = sync.import_inbox(office, inbox)
    assert report.result == "imported", report.message
    assert report.applied == 5
    with read_session(office.engine) as s:
        assert s.get(Site, site_id).name == "外部程序网吧"
        assert s.get(Inspection, insp_id).status == "finished"
        assert s.exec(select(Answer)).one().outcome == "fail"
        assert s.exec(select(Photo)).one().file_name == "ext/p1.jpg"
    assert (office.paths.photos / "ext" / "p1.jpg").read_bytes() == photo
    office.close()

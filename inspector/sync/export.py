"""Write a package: every synced row changed since a point in time, its files, a signed manifest.

The caller (the sync service) decides the sequence number and the time window;
this module reads the database and writes the zip under a temporary name,
straight through the encrypting envelope when there is an office key, fsyncs
it and renames it into place. Records and files pass through in streams
(:mod:`inspector.sync.streams`), so memory does not grow with the package.
"""

from __future__ import annotations

import hashlib
import os
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import IO, BinaryIO

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PublicKey
from sqlalchemy import Engine, and_, func, or_, select

from inspector.store.atomic import atomic_write_bytes
from inspector.store.models import SyncRecord
from inspector.store.paths import DataPaths
from inspector.sync import crypto
from inspector.sync.keys import b64
from inspector.sync.package import (
    FILES_DIR,
    MANIFEST,
    RECORDS_DIR,
    SIGNATURE,
    FileEntry,
    Manifest,
    iso,
    package_name,
    record_line,
)
from inspector.sync.safety import safe_name
from inspector.sync.streams import copy_hashing, file_sha256
from inspector.sync.tables import active_tables, encode_row, export_columns

Progress = Callable[[int, int, str], None]


@dataclass
class ExportResult:
    path: Path
    sequence: int
    records: dict[str, int]
    files: int
    size: int
    sha256: str
    encrypted: bool
    missing_files: list[str] = field(default_factory=list)

    @property
    def record_count(self) -> int:
        return sum(self.records.values())


def _changed(spec, table, stmt, since: datetime | None, until: datetime):
    """Rows changed in [since, until), leaving out rows exactly as received from the office."""
    changed = table.columns[spec.changed_column]
    stmt = stmt.where(changed < until)
    if since is not None:
        stmt = stmt.where(changed >= since)
    if spec.register and "row_version" in table.columns:
        rec = SyncRecord.__table__  # type: ignore[attr-defined]
        stmt = stmt.outerjoin(
            rec, and_(rec.c.table_name == spec.name, rec.c.row_id == table.c.id)
        ).where(or_(rec.c.row_version.is_(None), rec.c.row_version != table.c.row_version))
    return stmt


def changed_rows(engine: Engine, since: datetime | None, until: datetime):
    """Yield (spec, table, columns, rows, bases) for every synced table with changed rows."""
    with engine.connect() as conn:
        bases = {}
        for rec in conn.execute(select(SyncRecord.__table__)).mappings():  # type: ignore[attr-defined]
            bases[(rec["table_name"], rec["row_id"])] = rec["row_version"]
        for spec, table in active_tables():
            cols = export_columns(spec, table)
            stmt = _changed(spec, table, select(*[table.columns[c] for c in cols]), since, until)
            rows = conn.execute(stmt.order_by(table.columns["id"])).all()
            yield spec, table, cols, rows, bases


def count_changed(engine: Engine, since: datetime | None, until: datetime) -> dict[str, int]:
    out: dict[str, int] = {}
    with engine.connect() as conn:
        for spec, table in active_tables():
            stmt = _changed(spec, table, select(func.count()).select_from(table), since, until)
            n = conn.execute(stmt).scalar_one()
            if n:
                out[spec.name] = n
    return out


def _cert_files(paths: DataPaths, device_id: str) -> list[tuple[str, Path]]:
    """Inspector certificates (PEM, no private key) from the keys folder.

    The issuing chain (``chain.pem``, CA certificates) stays home: the office
    refuses CA certificates from devices.
    """
    out: list[tuple[str, Path]] = []
    if not paths.keys.is_dir():
        return out
    for pem in sorted(paths.keys.glob("*.pem")):
        if pem.name == "chain.pem":
            continue
        try:
            text = pem.read_text("ascii", errors="replace")
        except OSError:
            continue
        if "BEGIN CERTIFICATE" in text and "PRIVATE KEY" not in text:
            out.append((f"certs/{device_id}-{pem.name}", pem))
    return out


def _fsync_dir(path: Path) -> None:
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


class _HashingWriter:
    """Passes writes to a file and hashes them (for a stream written front to back)."""

    def __init__(self, out: BinaryIO):
        self._out = out
        self._hash = hashlib.sha256()

    def write(self, data: bytes) -> int:
        self._hash.update(data)
        return self._out.write(data)

    def flush(self) -> None:
        self._out.flush()

    def hexdigest(self) -> str:
        return self._hash.hexdigest()


def _wanted_files(spec, row: dict, paths: DataPaths, wanted: dict, missing: list) -> None:
    """Note the files a row refers to (photos, signatures, documents) for the package."""
    for column, folder in spec.files.items():
        rel = row.get(column)
        if not rel:
            continue
        arc = f"{folder}/{rel}"
        src = getattr(paths, folder) / rel
        if safe_name(arc) and src.is_file():
            wanted[arc] = src
        else:
            missing.append(arc)


def write_atomic(dest: Path, data: bytes) -> None:
    """Write ``data`` to ``dest`` via a temporary name, fsync, rename (none left on error)."""
    atomic_write_bytes(dest, data)


def export_package(
    engine: Engine,
    paths: DataPaths,
    dest_dir: Path,
    *,
    device_id: str,
    device_name: str,
    signing_key: Ed25519PrivateKey,
    sequence: int,
    since: datetime | None,
    until: datetime,
    created_at: datetime,
    app_version: str = "",
    office_key: X25519PublicKey | None = None,
    progress: Progress | None = None,
) -> ExportResult:
    dest_dir.mkdir(parents=True, exist_ok=True)
    final = dest_dir / package_name(device_id, sequence)
    tmp = dest_dir / f".{final.name}.part"
    manifest = Manifest(
        device_id=device_id,
        device_name=device_name,
        sequence=sequence,
        created_at=iso(created_at) or "",
        since=iso(since),
        until=iso(until) or "",
        app_version=app_version,
    )
    wanted: dict[str, Path] = {}
    missing: list[str] = []
    try:
        with open(tmp, "wb") as raw:
            # The zip goes straight into the envelope (segment by segment) or the file.
            tee = _HashingWriter(raw)
            sink: IO[bytes] | crypto.EnvelopeWriter = (
                crypto.EnvelopeWriter(tee, office_key) if office_key else raw
            )
            with zipfile.ZipFile(
                sink, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=6
            ) as zf:
                for spec, _table, cols, rows, bases in changed_rows(engine, since, until):
                    if not rows:
                        continue
                    name = f"{RECORDS_DIR}{spec.name}.jsonl"
                    digest = hashlib.sha256()
                    size = 0
                    with zf.open(name, "w") as out:
                        for values in rows:
                            row = encode_row(cols, values)
                            line = record_line(row, bases.get((spec.name, row["id"]), 0))
                            out.write(line)
                            digest.update(line)
                            size += len(line)
                            _wanted_files(spec, row, paths, wanted, missing)
                    manifest.files.append(FileEntry(name, digest.hexdigest(), size))
                    manifest.records[spec.name] = len(rows)
                for arc, src in _cert_files(paths, device_id):
                    wanted.setdefault(arc, src)
                total = len(wanted)
                for i, (arc, src) in enumerate(sorted(wanted.items()), 1):
                    name = FILES_DIR + arc
                    info = zipfile.ZipInfo.from_file(src, name, strict_timestamps=False)
                    info.compress_type = zipfile.ZIP_STORED
                    with open(src, "rb") as fin, zf.open(info, "w") as out:
                        size, digest_hex = copy_hashing(fin, out)
                    manifest.files.append(FileEntry(name, digest_hex, size))
                    if progress and (i % 50 == 0 or i == total):
                        progress(i, total, src.name)
                body = manifest.to_bytes()
                zf.writestr(MANIFEST, body)
                zf.writestr(SIGNATURE, b64(signing_key.sign(body)) + "\n")
            if sink is not raw:
                sink.close()
            raw.flush()
            os.fsync(raw.fileno())
        os.replace(tmp, final)
        _fsync_dir(dest_dir)
    finally:
        if tmp.exists():
            tmp.unlink()
    # The envelope is written front to back, so its hash was taken on the way out.
    sha256 = tee.hexdigest() if office_key is not None else file_sha256(final)
    return ExportResult(
        path=final,
        sequence=sequence,
        records=dict(manifest.records),
        files=len(wanted),
        size=final.stat().st_size,
        sha256=sha256,
        encrypted=office_key is not None,
        missing_files=missing,
    )

"""Read, verify and apply one package: all of it in one transaction, or nothing.

:func:`read_package` does every check that needs no database (envelope, zip
safety, manifest, device signature, sizes and hashes, JSON, schema, duplicate
ids) and stages the carried files in a private folder. :func:`apply_package`
then writes rows and the carried files inside one database transaction; any
error rolls the whole package back and removes the files it wrote.
"""

from __future__ import annotations

import hashlib
import io
import os
import shutil
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, BinaryIO

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from sqlalchemy import Engine, Table, select
from sqlalchemy.exc import DBAPIError, IntegrityError

from inspector.domain.text import Message
from inspector.store.engine import IMMEDIATE, is_sqlite
from inspector.store.models import SyncPendingCert
from inspector.store.paths import DataPaths
from inspector.sync import crypto, rules, strict_json
from inspector.sync.incoming import (
    DeviceKey,
    ImportCancelled,
    ImportOutcome,
    IncomingRow,
    Progress,
    VerifiedPackage,
)
from inspector.sync.keys import KeyFileError, unb64, verify
from inspector.sync.merge import apply_chunk
from inspector.sync.package import (
    FILE_FOLDERS,
    FILES_DIR,
    MANIFEST,
    MANIFEST_MAX_BYTES,
    RECORD_LINE_MAX_BYTES,
    RECORD_MAX_DEPTH,
    RECORDS_DIR,
    SCHEMA_VERSION,
    SIGNATURE,
    Manifest,
    PackageRejected,
    is_uuid,
    sha256,
)
from inspector.sync.safety import DEFAULT_LIMITS, ZipLimits, open_zip, read_entry
from inspector.sync.streams import hash_entry
from inspector.sync.tables import (
    active_tables,
    decode_row,
    folder_dir,
    table_by_name,
)

CHUNK = 500


def read_package(
    source: bytes | Path,
    name: str,
    *,
    devices: dict[str, DeviceKey],
    office_key: X25519PrivateKey | None = None,
    require_encryption: bool = False,
    limits: ZipLimits = DEFAULT_LIMITS,
) -> VerifiedPackage:
    """Check everything about a package that needs no database; raise PackageRejected.

    ``source`` is the package file (read in streams: an envelope is decrypted
    segment by segment as the zip is read) or its bytes.
    """
    plain, encrypted = _open_source(source, office_key, require_encryption)
    try:
        return _read_verified(plain, encrypted, name, devices, limits)
    except BaseException:
        plain.close()  # the package file is never left open behind a refusal
        raise


def _read_verified(
    plain: BinaryIO, encrypted: bool, name: str, devices: dict[str, DeviceKey], limits: ZipLimits
) -> VerifiedPackage:
    zf = open_zip(plain, limits)
    manifest_bytes = read_entry(zf, MANIFEST, MANIFEST_MAX_BYTES)
    manifest = Manifest.parse(manifest_bytes)
    _check_signature(zf, manifest, manifest_bytes, devices)

    declared = {f.path: f for f in manifest.files}
    present = set(zf.namelist()) - {MANIFEST, SIGNATURE}
    if len(declared) != len(manifest.files):
        raise PackageRejected(Message("数据包清单中有重复的文件路径。"))
    if present - set(declared):
        extra = sorted(present - set(declared))[0]
        raise PackageRejected(Message("数据包中的文件 “{}” 不在清单中，已拒收。", extra))
    if set(declared) - present:
        lost = sorted(set(declared) - present)[0]
        raise PackageRejected(Message("清单中的文件 “{}” 不在数据包中（数据包不完整）。", lost))

    files: dict[str, tuple[str, str]] = {}
    rows: dict[str, list[IncomingRow]] = {}
    try:
        for path, entry in sorted(declared.items()):
            if path.startswith(RECORDS_DIR):
                table = path[len(RECORDS_DIR) :].removesuffix(".jsonl")
                if not path.endswith(".jsonl") or "/" in table:
                    raise PackageRejected(Message("数据包中的记录文件名 “{}” 不合规。", path))
            elif path.startswith(FILES_DIR):
                folder = path[len(FILES_DIR) :].split("/", 1)[0]
                if folder not in FILE_FOLDERS or path.count("/") < 2:
                    raise PackageRejected(
                        Message("数据包中的文件 “{}” 不属于可接收的文件夹。", path)
                    )
            else:
                raise PackageRejected(
                    Message("数据包中的文件 “{}” 不在 records/ 或 files/ 下。", path)
                )
            if path.startswith(RECORDS_DIR):
                body = read_entry(zf, path, entry.size)
                size, digest = len(body), sha256(body)
            else:  # carried files are only hashed here, in a stream; copied when applied
                body = b""
                size, digest = hash_entry(zf, path, entry.size)
            if size != entry.size or digest != entry.sha256:
                raise PackageRejected(
                    Message(
                        "数据包中的文件 “{}” 与清单记录的大小或 SHA-256 不符（内容被改动或损坏）。",
                        path,
                    )
                )
            if path.startswith(RECORDS_DIR):
                rows[table] = _parse_records(table, body, manifest.records.get(table))
            else:
                files[path[len(FILES_DIR) :]] = (path, entry.sha256)
            del body
        for table, count in manifest.records.items():
            if count and table not in rows:
                raise PackageRejected(
                    Message("清单写有 {} 的记录，但数据包中没有对应的记录文件。", table)
                )
    except BaseException:
        zf.close()
        raise
    pkg = VerifiedPackage(
        name=name,
        sha256="",
        manifest=manifest,
        rows=rows,
        files=files,
        zf=zf,
        encrypted=encrypted,
        source=plain,
    )
    try:
        pkg.certs = rules.check_package_files(pkg)
    except BaseException:
        zf.close()
        raise
    pkg.future = rules.future_rows(rows, datetime.now(UTC))
    return pkg


def _open_source(
    source: bytes | Path, office_key: X25519PrivateKey | None, require_encryption: bool
) -> tuple[BinaryIO, bool]:
    """The package's zip as a seekable stream (decrypting an envelope on the fly)."""
    if isinstance(source, bytes | bytearray):
        fh: BinaryIO = io.BytesIO(source)
    else:
        try:
            fh = open(source, "rb")  # closed by VerifiedPackage.discard
        except OSError as exc:
            raise PackageRejected(Message("无法读取数据包 {}：{}", source, exc.strerror)) from None
    try:
        encrypted = crypto.is_encrypted(fh.read(len(crypto.MAGIC)))
        fh.seek(0)
        if not encrypted:
            if require_encryption:
                raise PackageRejected(
                    Message("办公室设置要求数据包必须加密，而这个数据包没有加密。")
                )
            return fh, False
        if office_key is None:
            raise PackageRejected(
                Message("数据包是加密的，但本机没有办公室密钥（请先执行 office init）。")
            )
        plain = crypto.open_envelope(fh, office_key)
    except BaseException:
        fh.close()
        raise
    if plain is not fh and isinstance(plain, crypto.EnvelopeReader):
        return _Owning(plain, fh), True
    fh.close()  # format_version 1 was decrypted into a temporary file
    return plain, True


class _Owning(io.BufferedReader):
    """A buffered view of the decrypted zip that also closes the envelope file."""

    def __init__(self, reader: io.RawIOBase, envelope: BinaryIO):
        super().__init__(reader, buffer_size=crypto.SEGMENT_SIZE)
        self._envelope = envelope

    def close(self) -> None:
        try:
            super().close()
        finally:
            self._envelope.close()


def _check_signature(zf, manifest: Manifest, body: bytes, devices: dict[str, DeviceKey]) -> None:
    device = devices.get(manifest.device_id)
    if device is None:
        raise PackageRejected(
            Message(
                "数据包来自未登记的设备 {}，已拒收。请先在办公室登记该设备。", manifest.device_id
            )
        )
    if device.revoked:
        raise PackageRejected(
            Message("数据包来自已吊销的设备 {}，已拒收。", device.name or manifest.device_id)
        )
    sig_text = read_entry(zf, SIGNATURE, 1024)
    try:
        signature = unb64(sig_text.decode("ascii").strip())
    except (UnicodeDecodeError, KeyFileError):
        signature = b""
    if not verify(device.public_key, signature, body):
        raise PackageRejected(
            Message(
                "数据包清单的签名与设备 {} 的登记公钥不符，可能被改动或冒充，已拒收。",
                device.name or manifest.device_id,
            )
        )


def _parse_records(table_name: str, body: bytes, declared: int | None) -> list[IncomingRow]:
    found = table_by_name(table_name)
    if found is None:
        raise PackageRejected(
            Message("数据包含有本程序不认识的数据表 {}，可能来自更新版本的程序。", table_name)
        )
    spec, table = found
    out: dict[str, IncomingRow] = {}
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise PackageRejected(Message("记录文件 {}.jsonl 不是 UTF-8 文本。", table_name)) from exc
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            rec = strict_json.loads(
                line, max_bytes=RECORD_LINE_MAX_BYTES, max_depth=RECORD_MAX_DEPTH
            )
        except strict_json.JSONRefused as exc:
            raise PackageRejected(
                Message("记录文件 {}.jsonl 第 {} 行已拒收：{}。", table_name, n, exc.args[0])
            ) from None
        if not isinstance(rec, dict) or "row" not in rec:
            raise PackageRejected(Message("记录文件 {}.jsonl 第 {} 行缺少 row。", table_name, n))
        schema = rec.get("schema", SCHEMA_VERSION)
        if isinstance(schema, bool) or not isinstance(schema, int) or schema < 1:
            raise PackageRejected(
                Message("记录文件 {}.jsonl 第 {} 行的 schema 不是正整数。", table_name, n)
            )
        if schema > SCHEMA_VERSION:
            raise PackageRejected(
                Message(
                    "记录文件 {}.jsonl 第 {} 行的数据结构版本较新，请先升级办公室的程序。",
                    table_name,
                    n,
                )
            )
        base = rec.get("base_version", 0)
        if isinstance(base, bool) or not isinstance(base, int) or base < 0:
            raise PackageRejected(
                Message("记录文件 {}.jsonl 第 {} 行的 base_version 不是非负整数。", table_name, n)
            )
        values = decode_row(spec, table, rec["row"])
        if not is_uuid(values["id"]):
            raise PackageRejected(
                Message("记录文件 {}.jsonl 第 {} 行的 id 不是 UUID。", table_name, n)
            )
        version = values.get("row_version", 1)
        if version < 1:
            raise PackageRejected(
                Message("记录文件 {}.jsonl 第 {} 行的 row_version 不是正整数。", table_name, n)
            )
        row = IncomingRow(values, rec["row"], base)
        prior = out.get(row.id)
        if prior is not None and prior.raw != row.raw and prior.hash != row.hash:
            raise PackageRejected(
                Message("数据包中 {} 的记录 {} 出现两次且内容不同，已拒收。", table_name, row.id)
            )
        out[row.id] = row
    if declared is not None and declared != len(out):
        raise PackageRejected(
            Message(
                "清单写有 {} 条 {} 记录，记录文件中实际有 {} 条。", declared, table_name, len(out)
            )
        )
    return list(out.values())


def apply_package(
    engine: Engine,
    pkg: VerifiedPackage,
    paths: DataPaths,
    *,
    extra: Callable[[Any], None] | None = None,
    progress: Progress | None = None,
    cancel: Callable[[], bool] | None = None,
) -> ImportOutcome:
    """Apply a verified package in one transaction; ``extra(conn)`` runs before commit."""
    outcome = ImportOutcome(records=pkg.record_count)
    bind = engine.execution_options(**{IMMEDIATE: True}) if is_sqlite(engine) else engine
    moved: list[Path] = []
    try:
        with bind.begin() as conn:
            rules.check_against_office(conn, pkg, pkg.certs)
            finished = set(
                conn.execute(
                    select(active_table("inspection").c.id).where(
                        active_table("inspection").c.status == "finished"
                    )
                ).scalars()
            )
            done = 0
            for spec, table in active_tables():
                incoming = pkg.rows.get(spec.name, [])
                for start in range(0, len(incoming), CHUNK):
                    if cancel and cancel():
                        raise ImportCancelled()
                    chunk = incoming[start : start + CHUNK]
                    apply_chunk(conn, spec, table, chunk, pkg, finished, outcome)
                    done += len(chunk)
                    if progress:
                        progress(done, outcome.records, spec.name)
            outcome.certs = _hold_certs(conn, pkg)
            outcome.refused_certs = [c.refusal for c in pkg.certs if c.refusal is not None]
            moved = _place_files(pkg, paths, outcome)
            if extra is not None:
                extra(conn)
            if cancel and cancel():
                raise ImportCancelled()
    except (IntegrityError, DBAPIError) as exc:
        _remove(moved)
        detail = str(getattr(exc, "orig", exc)).splitlines()[0][:200]
        raise PackageRejected(
            Message(
                "数据包中的记录引用了不存在的记录或违反了数据库约束，整包未导入（{}）。", detail
            )
        ) from exc
    except BaseException:
        _remove(moved)
        raise
    return outcome


def _hold_certs(conn, pkg: VerifiedPackage) -> int:
    """Keep the package's certificates as pending (never trusted before an office user accepts)."""
    held = [c for c in pkg.certs if c.refusal is None]
    if not held:
        return 0
    t = SyncPendingCert.__table__  # type: ignore[attr-defined]
    known = set(
        conn.execute(
            select(t.c.fingerprint).where(t.c.fingerprint.in_([c.fingerprint for c in held]))
        ).scalars()
    )
    new = []
    for cert in held:
        if cert.fingerprint in known:
            continue
        known.add(cert.fingerprint)
        new.append(
            {
                "fingerprint": cert.fingerprint,
                "device_id": pkg.manifest.device_id,
                "subject": cert.subject,
                "common_name": cert.common_name,
                "not_after": cert.not_after,
                "pem": cert.pem,
                "package": pkg.name[:200],
                "received_at": datetime.now(UTC),
                "status": "pending",
                "accepted_at": None,
                "accepted_by": "",
            }
        )
    if new:
        conn.execute(t.insert(), new)
    return len(new)


def active_table(name: str) -> Table:
    found = table_by_name(name)
    assert found is not None
    return found[1]


def _remove(files: list[Path]) -> None:
    for f in files:
        try:
            f.unlink()
        except OSError:
            pass


def _place_files(pkg: VerifiedPackage, paths: DataPaths, outcome: ImportOutcome) -> list[Path]:
    """Write the carried files into the data folders; existing identical files are kept."""
    written: list[Path] = []
    try:
        for rel, (entry, digest) in sorted(pkg.files.items()):
            folder, name = rel.split("/", 1)
            root = folder_dir(paths, folder)
            target = root / name
            if os.path.normpath(target) != str(target) or not target.is_relative_to(root):
                raise PackageRejected(
                    Message("数据包中的文件 “{}” 会写到数据目录之外，已拒收。", rel)
                )
            outcome.files += 1
            if target.exists():
                if _file_sha256(target) != digest:
                    raise PackageRejected(
                        Message(
                            "数据包中的文件 “{}” 与办公室已有的同名文件内容不同，整包未导入。", rel
                        )
                    )
                continue
            target.parent.mkdir(parents=True, exist_ok=True)
            with pkg.zf.open(entry) as src, open(target, "xb") as dst:
                written.append(target)
                shutil.copyfileobj(src, dst, 1024 * 1024)
            outcome.new_files.append(target)
    except BaseException:
        _remove(written)
        raise
    _flush_to_disk(written)
    return written


def _file_sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1024 * 1024), b""):
            h.update(block)
    return h.hexdigest()


def _flush_to_disk(files: list[Path]) -> None:
    """Make the new files durable before the transaction commits.

    One ``sync()`` costs far less than an fsync per photo; where it does not
    exist (Windows) each file is fsynced.
    """
    if not files:
        return
    if hasattr(os, "sync"):
        os.sync()
        return
    for f in files:
        with open(f, "rb+") as fh:
            os.fsync(fh.fileno())

"""Sync use cases: device identity, export, office mode, devices, inbox import, conflicts.

The field side exports packages (:func:`export_changes`); the office side
registers devices, imports its inbox (:func:`import_inbox`) and resolves
conflicts. The office bundle lives in :mod:`inspector.services.sync_bundle`.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import func
from sqlmodel import select

from inspector import __version__
from inspector.domain.text import N_, Message, message_of
from inspector.services.context import AppContext
from inspector.services.errors import UserError
from inspector.services.settings import get_value, set_value
from inspector.services.sync_conflicts import (  # noqa: F401  (part of this module's API)
    conflict_versions,
    list_conflicts,
    resolve_conflict,
)
from inspector.store.atomic import atomic_write_text
from inspector.store.engine import read_session, write_session
from inspector.store.faults import fault_message
from inspector.store.models import (
    SyncDevice,
    SyncExport,
    SyncImportLog,
    SyncOffice,
    SyncReceived,
)
from inspector.store.types import utcnow
from inspector.sync import keys
from inspector.sync.export import ExportResult, count_changed, export_package
from inspector.sync.importer import (
    DeviceKey,
    ImportCancelled,
    apply_package,
    read_package,
)
from inspector.sync.package import SUFFIX, PackageRejected, sha256
from inspector.sync.safety import DEFAULT_LIMITS, ZipLimits

INBOX_KEY = "sync.inbox_dir"
REQUIRE_ENCRYPTION_KEY = "sync.require_encryption"
DEVICE_NAME_KEY = "sync.device_name"
CARD_FORMAT = "inspector-device-card"

Progress = Callable[[int, int, str], None]


# ---------------------------------------------------------------- identity


@dataclass
class DeviceIdentity:
    device_id: str
    name: str
    public_key: str
    fingerprint: str

    def card(self) -> dict[str, Any]:
        return {
            "format": CARD_FORMAT,
            "device_id": self.device_id,
            "name": self.name,
            "public_key": self.public_key,
            "fingerprint": self.fingerprint,
        }


def device_name(ctx: AppContext) -> str:
    name = get_value(ctx.engine, DEVICE_NAME_KEY, "") or ctx.settings.inspector_name
    return name or f"设备 {ctx.device_id[:8]}"


def device_signing_key(ctx: AppContext):
    try:
        return keys.load_or_create_ed25519(ctx.paths.keys / keys.DEVICE_KEY_FILE)
    except keys.KeyFileError as exc:
        raise UserError(message_of(exc)) from None


def device_identity(ctx: AppContext) -> DeviceIdentity:
    public = keys.public_b64(device_signing_key(ctx))
    return DeviceIdentity(ctx.device_id, device_name(ctx), public, keys.fingerprint(public))


def write_device_card(ctx: AppContext, path: Path) -> DeviceIdentity:
    ident = device_identity(ctx)
    atomic_write_text(path, json.dumps(ident.card(), ensure_ascii=False, indent=1))
    return ident


# ---------------------------------------------------------------- field: export


def trusted_office(ctx: AppContext) -> SyncOffice | None:
    with read_session(ctx.engine) as s:
        return s.exec(select(SyncOffice).where(SyncOffice.is_self == False)).first()  # noqa: E712


def last_export(ctx: AppContext) -> SyncExport | None:
    with read_session(ctx.engine) as s:
        return s.exec(select(SyncExport).order_by(SyncExport.sequence.desc())).first()


def _since_acknowledged(ctx: AppContext):
    with read_session(ctx.engine) as s:
        acked = s.exec(
            select(SyncExport)
            .where(SyncExport.acknowledged_at != None)  # noqa: E711
            .order_by(SyncExport.sequence.desc())
        ).first()
    return acked.until if acked else None


def pending_counts(ctx: AppContext) -> dict[str, int]:
    """Rows changed since the last export (acknowledged or not), per table."""
    from inspector.services.clock import widen_since

    last = last_export(ctx)
    return count_changed(ctx.engine, widen_since(ctx, last.until if last else None), utcnow())


def export_changes(
    ctx: AppContext,
    dest_dir: Path,
    *,
    encrypt: bool | None = None,
    progress: Progress | None = None,
) -> ExportResult:
    """Write a package of everything changed since the last acknowledged export."""
    office = trusted_office(ctx)
    office_key = None
    if encrypt is None:
        encrypt = office is not None
    if office is not None and office.require_encryption and not encrypt:
        raise UserError("办公室要求数据包必须加密，不能导出未加密的数据包。")
    if encrypt:
        if office is None:
            raise UserError("还没有导入办公室配置包，不知道办公室的公钥，无法加密。")
        office_key = keys.load_x25519_public(office.encryption_key)
    from inspector.services.clock import check_clock, widen_since

    check_clock(ctx)  # a clock set back leaves a mark: the window below reaches back to it
    last = last_export(ctx)
    sequence = (last.sequence if last else 0) + 1
    since = widen_since(ctx, _since_acknowledged(ctx))
    until = utcnow()
    try:
        result = export_package(
            ctx.engine,
            ctx.paths,
            Path(dest_dir),
            device_id=ctx.device_id,
            device_name=device_name(ctx),
            signing_key=device_signing_key(ctx),
            sequence=sequence,
            since=since,
            until=until,
            created_at=until,
            app_version=__version__,
            office_key=office_key,
            progress=progress,
        )
    except OSError as exc:
        raise UserError(fault_message(exc, N_("导出数据包"), dest_dir)) from None
    with write_session(ctx.engine) as s:
        s.add(
            SyncExport(
                sequence=sequence,
                file_name=result.path.name,
                created_at=until,
                since=since,
                until=until,
                records=result.record_count,
                files=result.files,
                size=result.size,
                sha256=result.sha256,
                encrypted=result.encrypted,
            )
        )
    return result


# ---------------------------------------------------------------- office: identity, devices


def own_office(ctx: AppContext) -> SyncOffice | None:
    with read_session(ctx.engine) as s:
        return s.exec(select(SyncOffice).where(SyncOffice.is_self == True)).first()  # noqa: E712


def office_init(ctx: AppContext, name: str, *, require_encryption: bool = False) -> SyncOffice:
    """Create (or reuse) the office key pairs and switch this installation to office mode."""
    name = name.strip() or ctx.settings.office_name or "创建办"
    try:
        signing = keys.load_or_create_ed25519(ctx.paths.keys / keys.OFFICE_SIGNING_FILE)
        enc = keys.load_or_create_x25519(ctx.paths.keys / keys.OFFICE_ENCRYPTION_FILE)
    except keys.KeyFileError as exc:
        raise UserError(message_of(exc)) from None
    signing_pub = keys.public_b64(signing)
    fp = keys.fingerprint(signing_pub)
    with write_session(ctx.engine) as s:
        row = s.get(SyncOffice, fp) or SyncOffice(
            fingerprint=fp, signing_key=signing_pub, encryption_key=keys.public_b64(enc)
        )
        row.name = name
        row.is_self = True
        row.require_encryption = require_encryption
        s.add(row)
    set_value(ctx.engine, REQUIRE_ENCRYPTION_KEY, require_encryption)
    ctx.settings.office_mode = True
    ctx.settings.office_name = name
    ctx.save_settings()
    return row


def office_private_keys(ctx: AppContext):
    """(signing, encryption) private keys of this office; UserError outside office mode."""
    try:
        signing = keys.load_existing(ctx.paths.keys / keys.OFFICE_SIGNING_FILE)
        enc = keys.load_existing(ctx.paths.keys / keys.OFFICE_ENCRYPTION_FILE)
    except keys.KeyFileError as exc:
        raise UserError(message_of(exc)) from None
    if signing is None or enc is None or own_office(ctx) is None:
        raise UserError("本机还不是办公室：请先执行 inspector office init --name 办公室名称。")
    return signing, enc


def register_device(ctx: AppContext, card: Path | dict, name: str = "") -> SyncDevice:
    """Register a field device from its card (written by ``inspector device info --card``)."""
    if isinstance(card, Path):
        try:
            card = json.loads(card.read_text("utf-8"))
        except (OSError, ValueError) as exc:
            raise UserError("无法读取设备信息文件 {}：{}", card, exc) from None
    if not isinstance(card, dict) or card.get("format") != CARD_FORMAT:
        raise UserError("这不是巡查助手的设备信息文件。")
    try:
        keys.load_ed25519_public(str(card["public_key"]))
        device_id = str(card["device_id"])
    except (KeyError, keys.KeyFileError) as exc:
        raise UserError("设备信息文件不完整或公钥无效：{}", exc) from None
    with write_session(ctx.engine) as s:
        dev = s.get(SyncDevice, device_id)
        if dev is not None and dev.public_key != card["public_key"]:
            raise UserError(
                "设备 {} 已用另一把公钥登记；如确需更换，请先吊销后重新登记。", device_id
            )
        dev = dev or SyncDevice(
            device_id=device_id, public_key=str(card["public_key"]), fingerprint=""
        )
        dev.fingerprint = keys.fingerprint(dev.public_key)
        dev.name = name or str(card.get("name", "")) or dev.name
        dev.revoked = False
        dev.revoked_at = None
        s.add(dev)
    return dev


def revoke_device(ctx: AppContext, device_id: str) -> None:
    with write_session(ctx.engine) as s:
        dev = s.get(SyncDevice, device_id)
        if dev is None:
            raise UserError("没有登记过设备 {}。", device_id)
        dev.revoked = True
        dev.revoked_at = utcnow()
        s.add(dev)


def list_devices(ctx: AppContext) -> list[SyncDevice]:
    with read_session(ctx.engine) as s:
        return list(s.exec(select(SyncDevice).order_by(SyncDevice.name)))


# ---------------------------------------------------------------- office: import


def inbox_dir(ctx: AppContext) -> Path:
    configured = get_value(ctx.engine, INBOX_KEY, "")
    return Path(configured) if configured else ctx.paths.root / "inbox"


def set_inbox_dir(ctx: AppContext, folder: Path) -> None:
    set_value(ctx.engine, INBOX_KEY, str(folder))


@dataclass
class ImportReport:
    package: str
    result: str  # imported | duplicate | rejected | cancelled
    message: str  # a Message: the GUI shows it in the interface language
    device_id: str = ""
    sequence: int | None = None
    records: int = 0
    applied: int = 0
    conflicts: int = 0
    files: int = 0
    seconds: float = 0.0


def _received(ctx: AppContext) -> set[str]:
    with read_session(ctx.engine) as s:
        return set(s.exec(select(SyncReceived.sha256)))


def inbox_packages(ctx: AppContext, folder: Path | None = None) -> list[Path]:
    """Package files in the inbox, sorted by device and sequence."""
    folder = folder or inbox_dir(ctx)
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if p.is_file() and p.name.endswith(SUFFIX))


def _devices(ctx: AppContext) -> dict[str, DeviceKey]:
    return {d.device_id: DeviceKey(d.public_key, d.revoked, d.name) for d in list_devices(ctx)}


def _log(ctx: AppContext, report: ImportReport, digest: str) -> None:
    with write_session(ctx.engine) as s:
        s.add(_log_row(report, digest))


def _log_row(report: ImportReport, digest: str) -> SyncImportLog:
    return SyncImportLog(
        package=report.package[:200],
        package_sha256=digest,
        device_id=report.device_id,
        sequence=report.sequence,
        records=report.records,
        applied=report.applied,
        conflicts=report.conflicts,
        result=report.result,
        message=str(report.message),  # the log keeps the zh_CN sentence
        seconds=round(report.seconds, 3),
    )


def import_file(
    ctx: AppContext,
    path: Path,
    *,
    progress: Progress | None = None,
    cancel: Callable[[], bool] | None = None,
    limits: ZipLimits = DEFAULT_LIMITS,
    force: bool = False,
) -> ImportReport:
    """Import one package (office mode). Never raises for a bad package: see ``result``."""
    _signing, enc = office_private_keys(ctx)
    started = time.perf_counter()
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise UserError("无法读取数据包 {}：{}", path, exc.strerror) from None
    digest = sha256(data)
    if not force and digest in _received(ctx):
        report = ImportReport(
            path.name, "duplicate", Message("这个数据包已经导入过，未作任何更改。")
        )
        report.seconds = time.perf_counter() - started
        _log(ctx, report, digest)
        return report
    report = ImportReport(path.name, "rejected", "")
    already = digest in _received(ctx)
    pkg = None
    try:
        pkg = read_package(
            data,
            path.name,
            devices=_devices(ctx),
            office_key=enc,
            require_encryption=bool(get_value(ctx.engine, REQUIRE_ENCRYPTION_KEY, False)),
            limits=limits,
        )
        del data
        report.device_id = pkg.manifest.device_id
        report.sequence = pkg.manifest.sequence
        report.records = pkg.record_count

        def _finish(conn) -> None:
            report.result = "imported"
            report.seconds = time.perf_counter() - started
            report.message = Message("已导入。")
            if not already:
                conn.execute(
                    SyncReceived.__table__.insert().values(
                        sha256=digest,
                        file_name=path.name[:200],
                        device_id=pkg.manifest.device_id,
                        sequence=pkg.manifest.sequence,
                        imported_at=utcnow(),
                    )
                )

        outcome = apply_package(
            ctx.engine, pkg, ctx.paths, extra=_finish, progress=progress, cancel=cancel
        )
        report.applied = outcome.applied
        report.conflicts = outcome.conflicts
        report.files = outcome.files
        report.message = Message(
            "已导入：新增 {} 条，更新 {} 条，未变 {} 条，冲突 {} 条，文件 {} 个。",
            outcome.inserted,
            outcome.updated,
            outcome.unchanged,
            outcome.conflicts,
            outcome.files,
        )
    except PackageRejected as exc:
        report.result = "rejected"
        report.message = Message("数据包已拒收，数据库未作任何更改：{}", message_of(exc))
    except ImportCancelled:
        report.result = "cancelled"
        report.message = Message("导入已取消，数据库未作任何更改。")
    finally:
        if pkg is not None:
            pkg.discard()
    report.seconds = time.perf_counter() - started
    _log(ctx, report, digest)
    return report


def import_inbox(
    ctx: AppContext,
    folder: Path | None = None,
    *,
    progress: Progress | None = None,
    cancel: Callable[[], bool] | None = None,
) -> list[ImportReport]:
    """Import every package in the inbox not imported before, in device/sequence order."""
    folder = folder or inbox_dir(ctx)
    if not folder.is_dir():
        raise UserError("收件文件夹 {} 不存在。", folder)
    received = _received(ctx)
    reports = []
    for path in inbox_packages(ctx, folder):
        if cancel and cancel():
            break
        if sha256(path.read_bytes()) in received:
            continue
        reports.append(import_file(ctx, path, progress=progress, cancel=cancel))
        if reports[-1].result == "cancelled":
            break
    return reports


def import_log(ctx: AppContext, limit: int = 500) -> list[SyncImportLog]:
    with read_session(ctx.engine) as s:
        return list(s.exec(select(SyncImportLog).order_by(SyncImportLog.id.desc()).limit(limit)))


def acknowledgements(ctx: AppContext) -> dict[str, int]:
    """Highest imported sequence per device (sent back to the devices in the bundle)."""
    with read_session(ctx.engine) as s:
        rows = s.exec(
            select(SyncReceived.device_id, func.max(SyncReceived.sequence)).group_by(
                SyncReceived.device_id
            )
        ).all()
    return {device: int(seq) for device, seq in rows}

"""The office imports its inbox: package by package, each one all or nothing.

A refused package (for any reason, an internal error included) is moved to
``refused/`` beside the inbox with a ``.reason.txt``; the next one is imported.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func
from sqlmodel import col, select

from inspector.domain.text import Message, joined, message_of
from inspector.services.core.context import AppContext
from inspector.services.core.errors import UserError
from inspector.services.core.settings import get_value
from inspector.services.paperwork.number_blocks import reused_number
from inspector.services.sync.office import (
    REQUIRE_ENCRYPTION_KEY,
    inbox_dir,
    list_devices,
    office_private_keys,
    refused_beside,
)
from inspector.store.engine import read_session, write_session
from inspector.store.models import SyncImportLog, SyncReceived
from inspector.store.types import utcnow
from inspector.sync.importer import apply_package, read_package
from inspector.sync.incoming import DeviceKey, ImportCancelled
from inspector.sync.package import SUFFIX, PackageRejected
from inspector.sync.safety import DEFAULT_LIMITS, ZipLimits
from inspector.sync.streams import file_sha256

Progress = Callable[[int, int, str], None]
log = logging.getLogger("inspector.sync")


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
    certs: int = 0  # certificates held pending an office user's decision
    future: int = 0  # rows dated more than a day ahead (kept, flagged)
    gap: str = ""  # sequences of this device never received, e.g. "3–4"
    refused_to: str = ""  # where the inbox moved a refused package


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
    """Import one package (office mode). Never raises for a bad package: see ``result``.

    Any failure, expected or not, leaves the database as it was and becomes a
    refusal sentence; an unexpected one is also logged with its traceback.
    """
    office_private_keys(ctx)  # a clear sentence outside office mode
    started = time.perf_counter()
    try:
        digest = file_sha256(path)  # in a stream: a package may be many gigabytes
    except OSError as exc:
        raise UserError("无法读取数据包 {}：{}", path, exc.strerror) from None
    if not force and digest in _received(ctx):
        report = ImportReport(
            path.name, "duplicate", Message("这个数据包已经导入过，未作任何更改。")
        )
        report.seconds = time.perf_counter() - started
        _log(ctx, report, digest)
        return report
    report = ImportReport(path.name, "rejected", "")
    try:
        _import_verified(ctx, path, digest, report, started, progress, cancel, limits)
    except PackageRejected as exc:
        report.result = "rejected"
        report.message = Message("数据包已拒收，数据库未作任何更改：{}", message_of(exc))
    except ImportCancelled:
        report.result = "cancelled"
        report.message = Message("导入已取消，数据库未作任何更改。")
    except Exception:
        log.exception("import of package %s failed unexpectedly", path.name)
        report.result = "rejected"
        report.message = Message(
            "导入数据包时发生内部错误，数据包已拒收，数据库未作任何更改（详情已写入日志文件）。"
        )
    report.seconds = time.perf_counter() - started
    _log(ctx, report, digest)
    return report


def _check_sequence(ctx: AppContext, device_id: str, sequence: int) -> str:
    """Refuse a sequence seen before or lower than the last one; return a gap ("3–4") or ""."""
    with read_session(ctx.engine) as s:
        seen = list(
            s.exec(select(SyncReceived.sequence).where(SyncReceived.device_id == device_id))
        )
    if sequence in seen:
        raise PackageRejected(
            Message(
                "设备的第 {} 号数据包已经导入过，而这个同号数据包的内容不同，已拒收。", sequence
            )
        )
    last = max(seen, default=0)
    if sequence < last:
        raise PackageRejected(
            Message(
                "数据包序号 {} 小于该设备已导入的第 {} 号（序号倒退），已拒收。", sequence, last
            )
        )
    if sequence > last + 1:
        return f"{last + 1}–{sequence - 1}" if sequence > last + 2 else str(last + 1)
    return ""


def _import_verified(
    ctx: AppContext,
    path: Path,
    digest: str,
    report: ImportReport,
    started: float,
    progress: Progress | None,
    cancel: Callable[[], bool] | None,
    limits: ZipLimits,
) -> None:
    """Read, check and apply one package, filling ``report``; raises PackageRejected."""
    _signing, enc = office_private_keys(ctx)
    already = digest in _received(ctx)
    pkg = None
    try:
        pkg = read_package(
            path,
            path.name,
            devices=_devices(ctx),
            office_key=enc,
            require_encryption=bool(get_value(ctx.engine, REQUIRE_ENCRYPTION_KEY, False)),
            limits=limits,
        )
        report.device_id = pkg.manifest.device_id
        report.sequence = pkg.manifest.sequence
        report.records = pkg.record_count
        reused = reused_number(ctx, pkg.rows)  # a sentence, not a unique-constraint error
        if reused is not None:
            raise PackageRejected(reused)
        if not already:
            report.gap = _check_sequence(ctx, pkg.manifest.device_id, pkg.manifest.sequence)
        report.future = len(pkg.future)

        def _finish(conn) -> None:
            report.result = "imported"
            report.seconds = time.perf_counter() - started
            report.message = Message("已导入。")
            if not already:
                conn.execute(
                    SyncReceived.__table__.insert().values(  # type: ignore[attr-defined]
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
        report.certs = outcome.certs
        parts: list[str] = [
            Message(
                "已导入：新增 {} 条，更新 {} 条，未变 {} 条，冲突 {} 条，文件 {} 个。",
                outcome.inserted,
                outcome.updated,
                outcome.unchanged,
                outcome.conflicts,
                outcome.files,
            )
        ]
        if report.gap:
            parts.append(Message("该设备缺少第 {} 号数据包（序号有空缺）。", report.gap))
        if report.future:
            parts.append(
                Message(
                    "有 {} 条记录的时间比现在晚一天以上（已保留，请核对设备时钟）。", report.future
                )
            )
        parts.extend(outcome.refused_certs)
        if outcome.certs:
            parts.append(
                Message("收到 {} 张检查人员证书，待办公室人员确认后才会信任。", outcome.certs)
            )
        report.message = joined(parts)
    finally:
        if pkg is not None:
            pkg.discard()


def _move_refused(path: Path, report: ImportReport) -> None:
    """Move a refused package out of the inbox, with a ``.reason.txt`` beside it."""
    target_dir = refused_beside(path.parent)
    try:
        target_dir.mkdir(parents=True, exist_ok=True)
        target = target_dir / path.name
        n = 1
        while target.exists():
            n += 1
            target = target_dir / f"{path.stem}.{n}{path.suffix}"
        path.replace(target)
        reason = target.with_name(target.name + ".reason.txt")
        reason.write_text(
            f"{report.package}\n{utcnow().isoformat()}\n{report.message}\n", encoding="utf-8"
        )
        report.refused_to = str(target)
    except OSError:
        log.exception("could not move refused package %s", path)


def import_inbox(
    ctx: AppContext,
    folder: Path | None = None,
    *,
    progress: Progress | None = None,
    cancel: Callable[[], bool] | None = None,
) -> list[ImportReport]:
    """Import every package in the inbox not imported before, in device/sequence order.

    Each package stands alone: a refused one (for any reason, an internal
    error included) is moved to ``refused/`` beside the inbox with the reason,
    and the next package is imported.
    """
    folder = folder or inbox_dir(ctx)
    if not folder.is_dir():
        raise UserError("收件文件夹 {} 不存在。", folder)
    office_private_keys(ctx)
    received = _received(ctx)
    reports = []
    for path in inbox_packages(ctx, folder):
        if cancel and cancel():
            break
        try:
            if file_sha256(path) in received:
                continue
            report = import_file(ctx, path, progress=progress, cancel=cancel)
        except Exception as exc:
            if not isinstance(exc, UserError):
                log.exception("import of package %s failed unexpectedly", path.name)
            report = ImportReport(
                path.name,
                "rejected",
                Message("数据包已拒收，数据库未作任何更改：{}", message_of(exc))
                if isinstance(exc, UserError)
                else Message(
                    "导入数据包时发生内部错误，数据包已拒收，数据库未作任何更改（详情已写入日志文件）。"
                ),
            )
        reports.append(report)
        if report.result == "rejected":
            _move_refused(path, report)
        if report.result == "cancelled":
            break
    return reports


def import_log(ctx: AppContext, limit: int = 500) -> list[SyncImportLog]:
    with read_session(ctx.engine) as s:
        return list(
            s.exec(select(SyncImportLog).order_by(col(SyncImportLog.id).desc()).limit(limit))
        )


def acknowledgements(ctx: AppContext) -> dict[str, int]:
    """Highest imported sequence per device (sent back to the devices in the bundle)."""
    with read_session(ctx.engine) as s:
        rows = s.exec(
            select(SyncReceived.device_id, func.max(SyncReceived.sequence)).group_by(
                SyncReceived.device_id
            )
        ).all()
    return {device: int(seq) for device, seq in rows}

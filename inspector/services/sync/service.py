"""Sync use cases: device identity, export, office mode, devices, inbox import, conflicts.

The field side exports packages (:func:`export_changes`); the office side
registers devices (:mod:`~inspector.services.sync.office`), imports its inbox
(:mod:`~inspector.services.sync.inbox`) and resolves conflicts; this module
gathers them as one API. The office bundle lives in
:mod:`inspector.services.sync.bundle`.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlmodel import col, select

from inspector import __version__
from inspector.domain.text import N_, Message, message_of
from inspector.services.core.context import AppContext
from inspector.services.core.errors import UserError
from inspector.services.core.settings import get_value
from inspector.services.sync.certs import (  # noqa: F401  (part of this module's API)
    accept_certificate,
    pending_certificates,
)
from inspector.services.sync.conflicts import (  # noqa: F401  (part of this module's API)
    conflict_versions,
    list_conflicts,
    resolve_conflict,
)
from inspector.services.sync.inbox import (  # noqa: F401  (part of this module's API)
    ImportReport,
    acknowledgements,
    import_file,
    import_inbox,
    import_log,
    inbox_packages,
)
from inspector.services.sync.office import (  # noqa: F401  (part of this module's API)
    CARD_FORMAT,
    INBOX_KEY,
    REQUIRE_ENCRYPTION_KEY,
    inbox_dir,
    list_devices,
    make_inbox,
    office_init,
    office_private_keys,
    own_office,
    refused_dir,
    register_device,
    revoke_device,
    set_inbox_dir,
)
from inspector.store.atomic import atomic_write_text
from inspector.store.engine import read_session, write_session
from inspector.store.faults import fault_message
from inspector.store.models import (
    SyncExport,
    SyncOffice,
)
from inspector.store.types import utcnow
from inspector.sync import keys
from inspector.sync.export import ExportResult, count_changed, export_package

DEVICE_NAME_KEY = "sync.device_name"

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
        return keys.load_or_create_ed25519(ctx.paths.keys / keys.DEVICE_KEY_FILE, ctx.passphrase)
    except keys.KeyFileError as exc:
        raise UserError(message_of(exc)) from None


def device_identity(ctx: AppContext) -> DeviceIdentity:
    path = ctx.paths.keys / keys.DEVICE_KEY_FILE
    try:
        public = keys.public_of(path, ctx.passphrase) if path.exists() else None
    except keys.KeyFileError as exc:
        raise UserError(message_of(exc)) from None
    public = public or keys.public_b64(device_signing_key(ctx))
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
        return s.exec(select(SyncExport).order_by(col(SyncExport.sequence).desc())).first()


def _since_acknowledged(ctx: AppContext):
    with read_session(ctx.engine) as s:
        acked = s.exec(
            select(SyncExport)
            .where(SyncExport.acknowledged_at != None)  # noqa: E711
            .order_by(col(SyncExport.sequence).desc())
        ).first()
    return acked.until if acked else None


def pending_counts(ctx: AppContext) -> dict[str, int]:
    """Rows changed since the last export (acknowledged or not), per table."""
    from inspector.services.core.clock import widen_since

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
    from inspector.services.core.clock import check_clock, widen_since

    check_clock(ctx)  # a clock set back leaves a mark: the window below reaches back to it
    last = last_export(ctx)
    sequence = (last.sequence if last else 0) + 1
    since = widen_since(ctx, _since_acknowledged(ctx))
    until = utcnow()
    from inspector.services.inspection.evidence import require_intact_since

    require_intact_since(ctx, since)  # no altered photo or signature leaves this device
    try:
        result = export_package(
            ctx.engine,
            ctx.paths,
            Path(dest_dir),
            device_id=ctx.device_id,
            device_name=device_name(ctx)[:200],  # the office refuses longer names
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
        fault = fault_message(exc, N_("导出数据包"), dest_dir)
        raise UserError(
            fault or Message("无法写入 {}：{}", dest_dir, exc.strerror or exc)
        ) from None
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

"""Office mode: its keys, the field devices it accepts, the inbox folder."""

from __future__ import annotations

import json
from pathlib import Path

from sqlmodel import select

from inspector.domain.text import message_of
from inspector.services.core.context import AppContext
from inspector.services.core.errors import UserError
from inspector.services.core.settings import get_value, set_value
from inspector.store.engine import read_session, write_session
from inspector.store.models import SyncDevice, SyncOffice
from inspector.store.types import utcnow
from inspector.sync import keys

INBOX_KEY = "sync.inbox_dir"
REQUIRE_ENCRYPTION_KEY = "sync.require_encryption"
CARD_FORMAT = "inspector-device-card"


def own_office(ctx: AppContext) -> SyncOffice | None:
    with read_session(ctx.engine) as s:
        return s.exec(select(SyncOffice).where(SyncOffice.is_self == True)).first()  # noqa: E712


def office_init(ctx: AppContext, name: str, *, require_encryption: bool = False) -> SyncOffice:
    """Create (or reuse) the office key pairs, the inbox and ``refused/``; switch to office mode."""
    name = name.strip() or ctx.settings.office_name or "创建办"
    make_inbox(ctx)  # first: a folder that cannot be made leaves nothing half done
    try:
        signing = keys.load_or_create_ed25519(
            ctx.paths.keys / keys.OFFICE_SIGNING_FILE, ctx.passphrase
        )
        enc = keys.load_or_create_x25519(
            ctx.paths.keys / keys.OFFICE_ENCRYPTION_FILE, ctx.passphrase
        )
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
        signing = keys.load_existing(ctx.paths.keys / keys.OFFICE_SIGNING_FILE, ctx.passphrase)
        enc = keys.load_existing(ctx.paths.keys / keys.OFFICE_ENCRYPTION_FILE, ctx.passphrase)
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


def inbox_dir(ctx: AppContext) -> Path:
    configured = get_value(ctx.engine, INBOX_KEY, "")
    return Path(configured) if configured else ctx.paths.root / "inbox"


def set_inbox_dir(ctx: AppContext, folder: Path) -> None:
    set_value(ctx.engine, INBOX_KEY, str(folder))


def refused_beside(inbox: Path) -> Path:
    """Where refused packages of ``inbox`` go: the ``refused`` folder beside it."""
    return inbox.parent / "refused"


def refused_dir(ctx: AppContext) -> Path:
    """The refused folder of this office's inbox."""
    return refused_beside(inbox_dir(ctx))


def make_inbox(ctx: AppContext) -> None:
    """Create the inbox and the refused folder (office mode); UserError when it cannot."""
    for folder in (inbox_dir(ctx), refused_dir(ctx)):
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise UserError("无法创建文件夹 {}：{}", folder, exc.strerror or exc) from None

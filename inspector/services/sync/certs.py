"""Inspector certificates that devices sent: held pending until an office user accepts one.

An import never trusts a certificate (see :mod:`inspector.sync.rules`): it
keeps it in ``sync_pending_cert``. Accepting one, after seeing its subject,
fingerprint and device, writes it to ``<data>/office/certs``, from where the
office bundle carries it to every device as trusted.
"""

from __future__ import annotations

from pathlib import Path

from sqlmodel import col, select

from inspector.services.core.context import AppContext
from inspector.services.core.errors import UserError
from inspector.store.atomic import atomic_write_text
from inspector.store.engine import read_session, write_session
from inspector.store.models import SyncPendingCert
from inspector.store.types import utcnow


def certs_dir(ctx: AppContext) -> Path:
    """The office's folder of accepted inspector certificates (bundled to the devices)."""
    return ctx.paths.root / "office" / "certs"


def pending_certificates(ctx: AppContext, status: str | None = "pending") -> list[SyncPendingCert]:
    """Certificates received from devices (``status`` None: all of them)."""
    with read_session(ctx.engine) as s:
        q = select(SyncPendingCert).order_by(col(SyncPendingCert.received_at))
        if status:
            q = q.where(SyncPendingCert.status == status)
        return list(s.exec(q))


def _normal(fingerprint: str) -> str:
    return "".join(ch for ch in fingerprint.lower() if ch in "0123456789abcdef")


def accept_certificate(ctx: AppContext, fingerprint: str, accepted_by: str = "") -> SyncPendingCert:
    """Trust a pending certificate (a unique start of its SHA-256 fingerprint is enough)."""
    wanted = _normal(fingerprint)
    if len(wanted) < 8:
        raise UserError("请写出证书指纹（至少前 8 位十六进制数字）。")
    matches = [c for c in pending_certificates(ctx) if c.fingerprint.startswith(wanted)]
    if len(matches) != 1:
        raise UserError("指纹 {} 对应 {} 张待确认的证书，请写完整些。", fingerprint, len(matches))
    cert = matches[0]
    folder = certs_dir(ctx)
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"{cert.device_id[:8]}-{cert.fingerprint[:16]}.pem"
    try:
        atomic_write_text(target, cert.pem, encoding="ascii")
    except OSError as exc:
        raise UserError("无法写入证书文件夹 {}：{}", folder, exc.strerror or exc) from None
    with write_session(ctx.engine) as s:
        row = s.get(SyncPendingCert, cert.fingerprint)
        assert row is not None
        row.status = "accepted"
        row.accepted_at = utcnow()
        row.accepted_by = (accepted_by or ctx.settings.inspector_name or ctx.settings.office_name)[
            :100
        ]
        s.add(row)
    return row

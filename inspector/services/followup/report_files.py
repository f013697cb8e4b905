"""Bulletins and statistics reports as files: PDF (signed) and XLSX (with a detached signature).

Signing follows the other documents: the inspector's key (``services.paperwork.keys``)
signs PDFs as PAdES with pyHanko; an XLSX gets a detached CMS signature beside
it (``FILE.xlsx.p7s``). ``sign=None`` signs when a key exists and otherwise
writes unsigned files and says so in :attr:`Exported.note`.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from inspector.domain.text import N_, Message
from inspector.services.core.context import AppContext
from inspector.services.core.errors import UserError
from inspector.services.core.progress import Cancel, Progress, step
from inspector.services.followup.lists import get_issue, preview_snapshot, snapshot_sha256
from inspector.services.followup.stats import PeriodStats, period_stats
from inspector.store.atomic import atomic_path, atomic_write_bytes

PHOTOS = "photos"


@dataclass
class Exported:
    files: list[Path] = field(default_factory=list)
    signed: bool = False
    note: str = ""


def _identity(ctx: AppContext, sign: bool | None, passphrase: str | None):
    if sign is False:
        return None, N_("未签名（按要求）。")
    try:  # the paperwork capability's keys
        from inspector.services.paperwork.keys import ENV_PASSPHRASE, key_info, load_identity
    except ImportError:  # pragma: no cover - early builds without keys
        if sign:
            raise UserError("本版本尚不支持签名。") from None
        return None, N_("未签名：本版本尚不支持签名。")
    if key_info(ctx) is None:
        if sign:
            raise UserError("尚未生成签名密钥：请先生成或导入签名证书。")
        return None, N_("未签名：尚未生成签名密钥。")
    if passphrase is None:
        passphrase = os.environ.get(ENV_PASSPHRASE)
    return load_identity(ctx, passphrase), ""


def _sign_pdf(ctx: AppContext, path: Path, identity, reason: str) -> None:
    from inspector.reports.signing import sign_pdf

    data = sign_pdf(
        path.read_bytes(),
        identity,
        None,
        reason=reason,
        location=ctx.settings.office_name,
        font_path=ctx.settings.font_path or None,
    )
    _replace(path, data)


def _sign_detached(path: Path, identity) -> Path:
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.serialization import Encoding, load_der_private_key, pkcs7

    cert = x509.load_der_x509_certificate(identity.cert_der)
    key = load_der_private_key(identity.key_der, None)
    sig = (
        pkcs7.PKCS7SignatureBuilder()
        .set_data(path.read_bytes())
        .add_signer(cert, key, hashes.SHA256())  # type: ignore[arg-type]
        .sign(Encoding.DER, [pkcs7.PKCS7Options.DetachedSignature, pkcs7.PKCS7Options.Binary])
    )
    target = path.with_name(path.name + ".p7s")
    _replace(target, sig)
    return target


def _replace(path: Path, data: bytes) -> None:
    atomic_write_bytes(path, data)


def _out_dir(out_dir: Path) -> Path:
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UserError("无法创建输出目录 {}：{}", out_dir, exc.strerror) from None
    return out_dir


def bulletin_basename(snapshot: dict) -> str:
    number = snapshot.get("issue_number") or "draft"
    safe = "".join(ch if ch.isalnum() or ch in "-_" else "_" for ch in number)
    return f"红黑榜-{snapshot.get('period', '')}-{snapshot.get('category', '')}-{safe}"


def export_bulletin(
    ctx: AppContext,
    issue_id: str,
    out_dir: Path,
    *,
    photos: bool = False,
    sign: bool | None = None,
    passphrase: str | None = None,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> Exported:
    """The issue's bulletin as PDF and XLSX in ``out_dir`` (from its frozen snapshot).

    ``progress`` hears of each step; ``cancel()`` is checked between them (WorkCancelled).
    """
    from inspector.reports.bulletin_pdf import bulletin_title, write_bulletin_pdf
    from inspector.reports.bulletin_xlsx import write_bulletin_xlsx

    snapshot = preview_snapshot(ctx, issue_id)
    issue = get_issue(ctx, issue_id)
    lang = ctx.settings.document_language
    digest = issue.snapshot_sha256 if issue.status == "published" else snapshot_sha256(snapshot)
    identity, note = _identity(ctx, sign, passphrase)
    base = _out_dir(out_dir) / bulletin_basename(snapshot)
    total = 3 if identity is not None else 2
    step(progress, cancel, 0, total, N_("正在生成公告 PDF…"))
    pdf, xlsx = base.with_suffix(".pdf"), base.with_suffix(".xlsx")
    with atomic_path(pdf) as tmp:  # whole files or none, also on a full disk
        write_bulletin_pdf(
            snapshot,
            tmp,
            font_path=ctx.settings.font_path or None,
            photos_dir=ctx.paths.photos if photos else None,
            sha256=digest,
            language=lang,
            issue_id=issue_id,
        )
    step(progress, cancel, 1, total, N_("正在生成公告 XLSX…"))
    with atomic_path(xlsx) as tmp:
        write_bulletin_xlsx(snapshot, tmp, sha256=digest, language=lang)
    out = Exported([pdf, xlsx], identity is not None, note)
    if identity is not None:
        step(progress, cancel, 2, total, N_("正在签名…"))
        title = bulletin_title(snapshot, lang)
        _sign_pdf(ctx, pdf, identity, f"{title} {issue.issue_number or ''}")
        out.files.append(_sign_detached(xlsx, identity))
    step(progress, None, total, total, N_("导出完成"))
    return out


def export_stats(
    ctx: AppContext,
    period_text: str,
    path: Path,
    *,
    stats: PeriodStats | None = None,
    sign: bool | None = None,
    passphrase: str | None = None,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> Exported:
    """The period's statistics as a PDF with charts or an XLSX (by the file's suffix).

    ``progress`` hears of each step; ``cancel()`` is checked between them (WorkCancelled).
    """
    from inspector.reports.stats_pdf import stats_title, write_stats_pdf
    from inspector.reports.stats_xlsx import write_stats_xlsx

    suffix = path.suffix.lower()
    if suffix not in (".pdf", ".xlsx"):
        raise UserError("统计报表的文件名应以 .pdf 或 .xlsx 结尾。")
    st = stats or period_stats(ctx, period_text)
    identity, note = _identity(ctx, sign, passphrase)
    _out_dir(path.parent)
    out = Exported([], identity is not None, note)
    lang = ctx.settings.document_language
    total = 2 if identity is not None else 1
    step(progress, cancel, 0, total, Message("正在生成 {}…", path.name))
    if suffix == ".pdf":
        with atomic_path(path) as tmp:
            write_stats_pdf(st, tmp, font_path=ctx.settings.font_path or None, language=lang)
        if identity is not None:
            step(progress, cancel, 1, total, N_("正在签名…"))
            _sign_pdf(ctx, path, identity, stats_title(st, lang))
        out.files.append(path)
    else:
        with atomic_path(path) as tmp:
            write_stats_xlsx(st, tmp, language=lang)
        out.files.append(path)
        if identity is not None:
            step(progress, cancel, 1, total, N_("正在签名…"))
            out.files.append(_sign_detached(path, identity))
    step(progress, None, total, total, N_("导出完成"))
    return out

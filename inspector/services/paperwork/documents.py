"""Paperwork use cases: handwritten signatures, signed record and notice PDFs, verification.

``produce_documents`` is the one step after finishing an inspection: it issues
the document numbers, renders the record (and the notice when items failed),
signs each PDF with the inspector's key, stores them under
``<data dir>/documents`` and records them in ``generated_document``.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path

from sqlmodel import col, select

from inspector.domain.text import N_, Message
from inspector.reports.model import VersionNote
from inspector.services.core.context import AppContext
from inspector.services.core.errors import UserError, storage_faults
from inspector.services.inspection import evidence
from inspector.services.paperwork import notice_views, versions, views

# verification lives in document_check; these names stay importable from here
from inspector.services.paperwork.check import (  # noqa: F401
    KIND_LABELS,
    DocumentCheck,
    record_inspectors,
    verify_document,
)
from inspector.services.paperwork.keys import load_identity
from inspector.services.paperwork.numbering import issue_number
from inspector.store.atomic import atomic_write_bytes
from inspector.store.engine import read_session, write_session
from inspector.store.models import GeneratedDocument, HandSignature, Inspection
from inspector.store.types import utcnow

RECORD = "record"
NOTICE = "notice"
ROLES = ("lead", "co", "party", "witness")


@dataclass(frozen=True)
class Preview:
    """An unsigned rendering, to look at before signing."""

    kind: str
    number: str
    data: bytes
    pages: int
    font_message: str
    font_embedded: bool


@dataclass(frozen=True)
class Produced:
    kind: str
    number: str
    path: Path
    sha256: str
    signed: bool
    pages: int
    font_message: str


# ---------------------------------------------------------------- signatures


def save_signature(
    ctx: AppContext,
    inspection_id: str,
    role: str,
    png: bytes | None,
    *,
    name: str = "",
    role_text: str = "",
    refused: bool = False,
    refusal_reason: str = "",
    witness_name: str = "",
) -> HandSignature:
    """Store one handwritten signature (PNG) bound to the inspection's current content hash."""
    if role not in ROLES:
        raise ValueError(f"unknown signature role {role!r}")
    if refused:
        if role != "party":
            raise UserError("只有被检查方可以记录“拒绝签名”。")
        if not refusal_reason.strip() or not witness_name.strip():
            raise UserError("被检查方拒绝签名时，须填写拒签理由和见证人姓名。")
    elif not png:
        raise UserError("签名为空：请在签名板上签名。")
    bundle = views.load_bundle(ctx, inspection_id)
    if role in ("lead", "co"):  # an inspector signs under the name the record gives
        named = (
            bundle.inspection.lead_inspector_name
            if role == "lead"
            else bundle.inspection.co_inspector_name
        ).strip()
        if named and name.strip() and name.strip() != named:
            raise UserError(
                "这一栏须由记录上的检查人员 {} 本人签名，不能填写 {}。", named, name.strip()
            )
        name = named or name
    digest = views.record_hash(bundle)
    file_name = ""
    png_hash = ""
    if png:
        png_hash = hashlib.sha256(png).hexdigest()
        file_name = f"{inspection_id}-{role}-{png_hash[:12]}.png"
        ctx.paths.signatures.mkdir(parents=True, exist_ok=True)
        target = ctx.paths.signatures / file_name
        atomic_write_bytes(target, png)
    with write_session(ctx.engine) as s:
        row = s.exec(
            select(HandSignature).where(
                HandSignature.inspection_id == inspection_id, HandSignature.role == role
            )
        ).first()
        if row is None:
            row = HandSignature(
                inspection_id=inspection_id, role=role, created_by_device=ctx.device_id
            )
        else:
            row.touch(ctx.device_id)
        row.name = name.strip()
        row.role_text = role_text.strip()
        row.file_name = file_name
        row.png_sha256 = png_hash
        row.signed_at = utcnow()
        row.content_hash = digest
        row.refused = refused
        row.refusal_reason = refusal_reason.strip() if refused else ""
        row.witness_name = witness_name.strip() if refused else ""
        s.add(row)
    return row


def signatures(ctx: AppContext, inspection_id: str) -> dict[str, HandSignature]:
    with read_session(ctx.engine) as s:
        rows = s.exec(select(HandSignature).where(HandSignature.inspection_id == inspection_id))
        return {r.role: r for r in rows}


def signers(ctx: AppContext, inspection_id: str) -> dict[str, str]:
    """Names to prefill the signing dialog: inspectors from the record, the site's manager."""
    b = views.load_bundle(ctx, inspection_id)
    out = {
        "lead": b.inspection.lead_inspector_name,
        "co": b.inspection.co_inspector_name,
        "party": b.site.responsible_person,
    }
    for role, sig in b.signatures.items():
        if sig.name and role not in ("lead", "co"):  # inspectors: always the record's names
            out[role] = sig.name
    return out


@dataclass(frozen=True)
class InspectionRow:
    id: str
    site_name: str
    started_at: str
    status: str
    result: str
    documents: int


def inspections_for_documents(ctx: AppContext, limit: int = 300) -> list[InspectionRow]:
    """Recent inspections, newest first, with how many documents each has."""
    from sqlalchemy import func

    from inspector.store.models import Site

    with read_session(ctx.engine) as s:
        counts = dict(
            s.exec(
                select(GeneratedDocument.inspection_id, func.count()).group_by(
                    GeneratedDocument.inspection_id
                )
            ).all()
        )
        rows = s.exec(
            select(Inspection, Site)
            .join(Site, col(Site.id) == Inspection.site_id)
            .order_by(col(Inspection.started_at).desc())
            .limit(limit)
        ).all()
    return [
        InspectionRow(
            id=i.id,
            site_name=site.name,
            started_at=views.local(i.started_at, "%Y-%m-%d %H:%M"),
            status=N_("已完成") if i.status == "finished" else N_("草稿"),
            result=views.RESULT_LABELS.get(i.result, i.result),
            documents=counts.get(i.id, 0),
        )
        for i, site in rows
    ]


# ---------------------------------------------------------------- rendering


def notice_lines(ctx: AppContext, inspection_id: str) -> list[notice_views.NoticeLine]:
    """The failed items a notice would list, with their default deadline days."""
    return notice_views.notice_lines(ctx, views.load_bundle(ctx, inspection_id))


def needs_notice(ctx: AppContext, inspection_id: str) -> bool:
    return bool(notice_lines(ctx, inspection_id))


def _render(
    ctx: AppContext,
    kind: str,
    inspection_id: str,
    days: dict[str, int] | None,
    version: VersionNote | None = None,
):
    evidence.require_intact(ctx, inspection_id)  # a swapped photo is never signed into a record
    bundle = views.load_bundle(ctx, inspection_id)
    font = ctx.settings.font_path or None
    if kind == RECORD:
        from inspector.reports.record_pdf import render_record

        number = issue_number(ctx, RECORD, inspection_id)
        doc = replace(views.record_view(ctx, bundle, number), version=version)
        return bundle, number, render_record(doc, font)
    if kind == NOTICE:
        from inspector.reports.notice_pdf import render_notice

        doc_lines = notice_views.notice_lines(ctx, bundle)
        if not doc_lines:
            raise UserError("这次检查没有不合格项，无需开具限期整改通知书。")
        record_number = issue_number(ctx, RECORD, inspection_id)
        number = issue_number(ctx, NOTICE, inspection_id)
        notice = notice_views.notice_view(ctx, bundle, number, record_number, days)
        return bundle, number, render_notice(replace(notice, version=version), font)
    raise ValueError(f"unknown document kind {kind!r}")


def preview(
    ctx: AppContext, kind: str, inspection_id: str, days: dict[str, int] | None = None
) -> Preview:
    """The document as it will be signed (numbers are issued now and kept)."""
    _bundle, number, rendered = _render(ctx, kind, inspection_id, days)
    return Preview(
        kind,
        number,
        rendered.data,
        rendered.layout.pages,
        rendered.font_message,
        rendered.font_embedded,
    )


def _safe(text: str) -> str:
    return "".join(ch if ch.isalnum() or ch in "-_" else "_" for ch in text)


def produce(
    ctx: AppContext,
    kind: str,
    inspection_id: str,
    passphrase: str | None,
    *,
    days: dict[str, int] | None = None,
    sign: bool = True,
) -> Produced:
    """Render, sign and store one document; record it in the database.

    Nothing signed is overwritten: with the same inputs as the latest version
    the existing file is returned; otherwise the next version gets its own file
    and row, the same number, and a line saying what it replaces and why.
    """
    identity = load_identity(ctx, passphrase) if sign else None
    if sign:
        with read_session(ctx.engine) as s:
            insp = s.get(Inspection, inspection_id)
        if insp is not None and insp.status != "finished":
            raise UserError("检查尚未完成，不能签发文书：请先完成检查（预览不受此限）。")
        if insp is not None and identity is not None:
            check_signer(insp, identity.display_name)
    evidence.require_intact(ctx, inspection_id)
    bundle = views.load_bundle(ctx, inspection_id)
    if sign:
        stale = versions.stale_signatures(bundle)
        if stale:
            raise UserError(
                "记录在签名后已更正：{} 的签名（或拒签记录）是在更正前给出的。"
                "请重新签名（被检查方拒签的，重新记录拒签理由和见证人）后再签发。",
                "、".join(stale),
            )
    lang = ctx.settings.document_language
    with read_session(ctx.engine) as s:
        prev = versions.latest(s, inspection_id, kind)
    if kind == NOTICE and days is None and prev is not None and prev.deadline_days:
        days = json.loads(prev.deadline_days)  # a new version keeps the deadlines given
    inputs = versions.inputs_hash(bundle, kind, days, lang, identity is not None)
    if prev is not None and prev.inputs_hash == inputs:
        kept = ctx.paths.documents / prev.file_name
        if evidence.file_sha256(kept) == prev.sha256:
            return Produced(
                kind, prev.number, kept, prev.sha256, prev.signed, prev.pages, ""
            )  # no change: the document already made
    note = None
    if prev is not None:
        reason = (
            Message("第 {} 版的文件缺失或被改动，按原内容重新生成", prev.version)
            if prev.inputs_hash == inputs
            else versions.change_reason(prev, bundle, identity is not None)
        )
        note = VersionNote(prev.version + 1, prev.version, reason)
    bundle, number, rendered = _render(ctx, kind, inspection_id, days, note)
    digest = views.record_hash(bundle)
    data = rendered.data
    if identity is not None:
        from inspector.reports.signing import sign_pdf

        stamp = rendered.layout.stamps[-1] if rendered.layout.stamps else None
        data = sign_pdf(
            data,
            identity,
            stamp,
            reason=f"{KIND_LABELS[kind]} {number}" + (f" v{note.version}" if note else ""),
            location=bundle.inspection.location_text or bundle.site.address,
            font_path=views_font_path(ctx),
            language=lang,
        )
    sha = hashlib.sha256(data).hexdigest()
    version = note.version if note else 1
    file_name = versions.file_name(kind, _safe(number), version)
    ctx.paths.documents.mkdir(parents=True, exist_ok=True)
    target = ctx.paths.documents / file_name
    with read_session(ctx.engine) as s:
        taken = s.exec(
            select(GeneratedDocument).where(GeneratedDocument.file_name == file_name)
        ).first()
    if taken is not None:  # a file some version already names is never written over
        raise UserError("文书文件 {} 已存在，不能覆盖。", file_name)
    row = GeneratedDocument(
        inspection_id=inspection_id,
        kind=kind,
        number=number,
        file_name=file_name,
        sha256=sha,
        content_hash=digest,
        signed=identity is not None,
        signer=identity.display_name if identity is not None else "",
        pages=rendered.layout.pages,
        generated_at=utcnow(),
        version=version,
        replaces_id=prev.id if prev is not None else "",
        change_reason=note.reason if note else "",
        inputs_hash=inputs,
        deadline_days=json.dumps(days, sort_keys=True) if kind == NOTICE and days else "",
        created_by_device=ctx.device_id,
    )
    with storage_faults(N_("保存文书"), target):  # a full disk: one sentence, no stray file
        atomic_write_bytes(target, data)
        try:
            with write_session(ctx.engine) as s:
                s.add(row)
        except BaseException:
            target.unlink(missing_ok=True)  # a file no row names would be a stray
            raise
    return Produced(
        kind,
        number,
        target,
        sha,
        identity is not None,
        rendered.layout.pages,
        rendered.font_message,
    )


def record_service(
    ctx: AppContext,
    inspection_id: str,
    served_at: datetime,
    server_name: str,
    passphrase: str | None,
    *,
    sign: bool = True,
) -> Produced:
    """The notice was handed over: store the time of service and make the notice's next
    version, whose 送达回证 prints it (the earlier versions stay as they are)."""
    from inspector.services.paperwork.notice_service import record_service as store_service

    store_service(ctx, inspection_id, served_at, server_name)
    return produce(ctx, NOTICE, inspection_id, passphrase, sign=sign)


def check_signer(insp: Inspection, holder: str) -> None:
    """Refuse a signing certificate whose holder is not one of the record's inspectors.

    The holder is the certificate's common name, set from the inspector's name
    when the certificate was made or carried by the office-issued one imported.
    """
    names = record_inspectors(insp)
    if names and holder.strip() not in names:
        raise UserError(
            "签名证书属于“{}”，而本记录的检查人员是 {}：只有记录上的检查人员可以签名。",
            holder or "?",
            "、".join(names),
        )


def views_font_path(ctx: AppContext) -> str | None:
    """The font file the PDFs use (for the signature stamp), if one was found."""
    from inspector.reports.fonts import register_cjk_font

    return register_cjk_font(ctx.settings.font_path or None).path


def produce_documents(
    ctx: AppContext,
    inspection_id: str,
    passphrase: str | None,
    *,
    days: dict[str, int] | None = None,
) -> list[Produced]:
    """The one step after finishing: the signed record, and the signed notice if anything failed."""
    out = [produce(ctx, RECORD, inspection_id, passphrase)]
    if needs_notice(ctx, inspection_id):
        out.append(produce(ctx, NOTICE, inspection_id, passphrase, days=days))
    return out


def stale_signatures(ctx: AppContext, inspection_id: str) -> list[str]:
    """Roles (zh_CN) whose signature or refusal was given before an amendment of the record."""
    return versions.stale_signatures(views.load_bundle(ctx, inspection_id))


def documents_of(ctx: AppContext, inspection_id: str | None = None) -> list[GeneratedDocument]:
    with read_session(ctx.engine) as s:
        q = select(GeneratedDocument).order_by(col(GeneratedDocument.generated_at).desc())
        if inspection_id is not None:
            q = q.where(GeneratedDocument.inspection_id == inspection_id)
        return list(s.exec(q))


def document_path(ctx: AppContext, doc: GeneratedDocument) -> Path:
    return ctx.paths.documents / doc.file_name

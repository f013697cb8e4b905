"""Paperwork use cases: handwritten signatures, signed record and notice PDFs, verification.

``produce_documents`` is the one step after finishing an inspection: it issues
the document numbers, renders the record (and the notice when items failed),
signs each PDF with the inspector's key, stores them under
``<data dir>/documents`` and records them in ``generated_document``.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from sqlmodel import select

from inspector.domain.text import N_, Message
from inspector.reports.verify import VerifyReport
from inspector.services import document_views as views
from inspector.services import notice_views
from inspector.services.context import AppContext
from inspector.services.doc_numbers import issue_number
from inspector.services.errors import UserError
from inspector.services.keys import load_identity, trusted_certs
from inspector.store.engine import read_session, write_session
from inspector.store.models import GeneratedDocument, HandSignature, Inspection
from inspector.store.types import utcnow

RECORD = "record"
NOTICE = "notice"
KIND_LABELS = {
    RECORD: N_("现场检查记录"),
    NOTICE: N_("限期整改通知书"),
    "bulletin": N_("红黑榜公告"),
}
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
        tmp = target.with_suffix(".tmp")
        tmp.write_bytes(png)
        tmp.replace(target)
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
            .join(Site, Site.id == Inspection.site_id)
            .order_by(Inspection.started_at.desc())
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


def _render(ctx: AppContext, kind: str, inspection_id: str, days: dict[str, int] | None):
    bundle = views.load_bundle(ctx, inspection_id)
    font = ctx.settings.font_path or None
    if kind == RECORD:
        from inspector.reports.record_pdf import render_record

        number = issue_number(ctx, RECORD, inspection_id)
        return bundle, number, render_record(views.record_view(ctx, bundle, number), font)
    if kind == NOTICE:
        from inspector.reports.notice_pdf import render_notice

        doc_lines = notice_views.notice_lines(ctx, bundle)
        if not doc_lines:
            raise UserError("这次检查没有不合格项，无需开具限期整改通知书。")
        record_number = issue_number(ctx, RECORD, inspection_id)
        number = issue_number(ctx, NOTICE, inspection_id)
        doc = notice_views.notice_view(ctx, bundle, number, record_number, days)
        return bundle, number, render_notice(doc, font)
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
    """Render, sign and store one document; record it in the database."""
    identity = load_identity(ctx, passphrase) if sign else None
    if sign:
        with read_session(ctx.engine) as s:
            insp = s.get(Inspection, inspection_id)
        if insp is not None and insp.status != "finished":
            raise UserError("检查尚未完成，不能签发文书：请先完成检查（预览不受此限）。")
        if insp is not None and identity is not None:
            check_signer(insp, identity.display_name)
    bundle, number, rendered = _render(ctx, kind, inspection_id, days)
    digest = views.record_hash(bundle)
    data = rendered.data
    if identity is not None:
        from inspector.reports.signing import sign_pdf

        stamp = rendered.layout.stamps[-1] if rendered.layout.stamps else None
        data = sign_pdf(
            data,
            identity,
            stamp,
            reason=f"{KIND_LABELS[kind]} {number}",
            location=bundle.inspection.location_text or bundle.site.address,
            font_path=views_font_path(ctx),
            language=ctx.settings.document_language,
        )
    sha = hashlib.sha256(data).hexdigest()
    file_name = f"{kind}-{_safe(number)}.pdf"
    ctx.paths.documents.mkdir(parents=True, exist_ok=True)
    target = ctx.paths.documents / file_name
    tmp = target.with_suffix(".tmp")
    tmp.write_bytes(data)
    tmp.replace(target)
    with write_session(ctx.engine) as s:
        row = s.exec(
            select(GeneratedDocument).where(
                GeneratedDocument.inspection_id == inspection_id, GeneratedDocument.kind == kind
            )
        ).first()
        if row is None:
            row = GeneratedDocument(
                inspection_id=inspection_id,
                kind=kind,
                number=number,
                file_name=file_name,
                sha256=sha,
                created_by_device=ctx.device_id,
            )
        else:
            row.touch(ctx.device_id)
        row.number = number
        row.file_name = file_name
        row.sha256 = sha
        row.content_hash = digest
        row.signed = identity is not None
        row.signer = identity.display_name if identity is not None else ""
        row.pages = rendered.layout.pages
        row.generated_at = utcnow()
        s.add(row)
    return Produced(
        kind,
        number,
        target,
        sha,
        identity is not None,
        rendered.layout.pages,
        rendered.font_message,
    )


def record_inspectors(insp: Inspection) -> tuple[str, ...]:
    """The inspectors the record names (lead, then co-inspector)."""
    names = (insp.lead_inspector_name.strip(), insp.co_inspector_name.strip())
    return tuple(n for n in names if n)


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


def documents_of(ctx: AppContext, inspection_id: str | None = None) -> list[GeneratedDocument]:
    with read_session(ctx.engine) as s:
        q = select(GeneratedDocument).order_by(GeneratedDocument.generated_at.desc())
        if inspection_id is not None:
            q = q.where(GeneratedDocument.inspection_id == inspection_id)
        return list(s.exec(q))


def document_path(ctx: AppContext, doc: GeneratedDocument) -> Path:
    return ctx.paths.documents / doc.file_name


# ---------------------------------------------------------------- verifying


VERDICTS = {
    "有效": N_("有效"),
    "签名后被修改": N_("签名后被修改"),
    "签名无效": N_("签名无效"),
    "未签名": N_("未签名"),
    "不受信任": N_("不受信任"),
}


@dataclass(frozen=True)
class DocumentCheck:
    """A signed file's check: the signature, who signed, and the record in the database.

    ``db_status`` is match | mismatch | unknown (not in this database);
    ``signer_status`` is match | mismatch | unknown (no names to compare with).
    """

    report: VerifyReport
    db_status: str
    db_hash: str = ""
    signer_status: str = "unknown"
    inspectors: tuple[str, ...] = ()

    @property
    def ok(self) -> bool:
        return self.report.ok and self.db_status != "mismatch" and self.signer_status != "mismatch"

    @property
    def verdict(self) -> str:
        """The one-word verdict (zh_CN): the file's, then the record's and signer's checks."""
        word = self.report.verdict
        if word == "有效" and self.db_status == "mismatch":
            return "签名后被修改"
        if word == "有效" and self.signer_status == "mismatch":
            return "签名无效"
        return word

    def lines(self) -> list[str]:
        """The outcome as zh_CN lines, the verdict first (Messages: the dialog translates)."""
        r = self.report
        yes = {True: Message("是"), False: Message("否")}
        out: list[str] = [Message("结论：{}", Message(VERDICTS[self.verdict]))]
        if r.signed:
            signed_at = (
                r.signing_time.astimezone().strftime("%Y-%m-%d %H:%M:%S") if r.signing_time else "—"
            )
            out += [
                Message("签名人：{}", r.signer or "—"),
                Message("证书指纹 SHA-256：{}", r.signer_fingerprint or "—"),
                Message("证书在本单位信任列表中：{}", yes[r.trusted]),
            ]
            if self.signer_status == "match":
                out.append(Message("签名人是记录上的检查人员：是"))
            elif self.signer_status == "mismatch":
                out.append(
                    Message(
                        "签名人是记录上的检查人员：否（记录上的检查人员为 {}）",
                        "、".join(self.inspectors),
                    )
                )
            out += [
                Message("签名时间：{}", signed_at),
                Message("签名完整（未被改动）：{}", yes[r.intact]),
                Message("签名覆盖整个文件：{}", yes[r.covers_whole_file]),
            ]
        if r.doc:
            kind = KIND_LABELS.get(r.doc.get("kind", ""))
            out.append(
                Message("文书：{} 编号 {}", Message(kind) if kind else "?", r.doc.get("no", ""))
            )
            out.append(Message("记录标识：{}", r.doc.get("id", "")))
            out.append(Message("内容摘要（PDF 内）：{}", r.doc.get("sha256", "")))
        if self.db_status == "mismatch":
            db = Message("与数据库不一致（数据库中为 {}）", self.db_hash)
        elif self.db_status == "unknown":
            db = Message("本数据库中没有这条记录，未比对")
        elif r.ok:
            db = Message("与数据库中的记录一致")
        else:  # the same hash proves nothing when the file is not validly signed
            db = Message("摘要与数据库相同，但文件签名无效或缺失，不能据此认定文书有效")
        out.append(Message("记录摘要：{}", db))
        out.extend(r.problems)
        return out


def _bulletin_status(ctx: AppContext, issue_id: str, kept: str, data: bytes) -> tuple[str, str]:
    """A bulletin against its published issue: the hash in the file's data and the one
    printed on the page must both be the issue's snapshot hash."""
    from inspector.reports.verify import printed_snapshot_hash
    from inspector.store.models import ListIssue

    with read_session(ctx.engine) as s:
        issue = s.get(ListIssue, issue_id)
    if issue is None or not issue.snapshot_sha256:
        return "unknown", ""
    printed = printed_snapshot_hash(data)
    same = kept == issue.snapshot_sha256 and printed == issue.snapshot_sha256
    return ("match" if same else "mismatch"), issue.snapshot_sha256


def verify_document(ctx: AppContext | None, path: Path) -> DocumentCheck:
    """Check a PDF's signature against the trust list and its record hash against the database."""
    from inspector.reports.verify import verify_pdf

    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise UserError("无法读取文件 {}：{}", path, exc.strerror) from None
    roots = trusted_certs(ctx) if ctx is not None else []
    report = verify_pdf(data, roots)
    status, db_hash = "unknown", ""
    signer_status, names = "unknown", ()
    record_id = report.doc.get("id")
    if ctx is not None and record_id and report.doc.get("kind") == "bulletin":
        status, db_hash = _bulletin_status(ctx, record_id, report.doc.get("sha256", ""), data)
    elif ctx is not None and record_id:
        with read_session(ctx.engine) as s:
            insp = s.get(Inspection, record_id)
        if insp is not None:
            db_hash = views.record_hash(views.load_bundle(ctx, record_id))
            status = "match" if db_hash == report.doc.get("sha256") else "mismatch"
            names = record_inspectors(insp)
            if report.signed and report.signer_name:
                signer_status = "match" if report.signer_name in names else "mismatch"
    return DocumentCheck(report, status, db_hash, signer_status, names)

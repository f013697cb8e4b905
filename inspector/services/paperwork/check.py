"""Checking a signed document: one verdict a clerk can act on, then the details.

The verdict is one of 有效, 签名后被修改, 签名无效, 未签名, 不受信任; the details
name the signer, the certificate's fingerprint, whether the signer is one of
the inspectors the record names, the signing time and whether the file agrees
with the database (a record's content hash, its versions, or a bulletin's
snapshot hash, both the one in the file's data and the one printed on it).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from inspector.domain.text import N_, Message
from inspector.reports.verify import VerifyReport
from inspector.services.core.context import AppContext
from inspector.services.core.errors import UserError
from inspector.services.paperwork import versions, views
from inspector.services.paperwork.keys import trusted_certs
from inspector.store.engine import read_session
from inspector.store.models import Inspection

KIND_LABELS = {
    "record": N_("现场检查记录"),
    "notice": N_("限期整改通知书"),
    "bulletin": N_("红黑榜公告"),
}


def record_inspectors(insp: Inspection) -> tuple[str, ...]:
    """The inspectors the record names (lead, then co-inspector)."""
    names = (insp.lead_inspector_name.strip(), insp.co_inspector_name.strip())
    return tuple(n for n in names if n)


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
    db_status: str  # match | superseded | mismatch | unknown (record not in this database)
    db_hash: str = ""
    signer_status: str = "unknown"
    inspectors: tuple[str, ...] = ()
    version: int = 1  # the document's version (from the PDF)
    superseded_by: int = 0  # the newest version, when this one is older
    superseded_reason: str = ""  # what made the next version

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
        if self.version > 1:
            out.append(Message("版本：第 {} 版", self.version))
        if self.db_status == "mismatch":
            db = Message("与数据库不一致（数据库中为 {}）", self.db_hash)
        elif self.db_status == "unknown":
            db = Message("本数据库中没有这条记录，未比对")
        elif not r.ok:  # the same hash proves nothing when the file is not validly signed
            db = Message("摘要与数据库相同，但文件签名无效或缺失，不能据此认定文书有效")
        elif self.db_status == "superseded":
            db = Message(
                "与数据库中第 {} 版签发时的记录一致，但已被第 {} 版取代（{}）",
                self.version,
                self.superseded_by,
                self.superseded_reason,
            )
        else:
            db = Message("与数据库中的记录一致")
        out.append(Message("记录摘要：{}", db))
        out.extend(r.problems)
        if self.ok and self.db_status == "superseded":
            out.append(Message("注意：本文件已被第 {} 版取代", self.superseded_by))
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
    signer_status = "unknown"
    names: tuple[str, ...] = ()
    record_id = report.doc.get("id")
    version = _int(report.doc.get("v"), 1)
    newest, reason = 0, ""
    if ctx is not None and record_id and report.doc.get("kind") == "bulletin":
        status, db_hash = _bulletin_status(ctx, record_id, report.doc.get("sha256", ""), data)
    elif ctx is not None and record_id:
        with read_session(ctx.engine) as s:
            insp = s.get(Inspection, record_id)
            rows = versions.versions(s, record_id, report.doc.get("kind", ""))
        if insp is not None:
            db_hash = views.record_hash(views.load_bundle(ctx, record_id))
            status = "match" if db_hash == report.doc.get("sha256") else "mismatch"
            names = record_inspectors(insp)
            if report.signed and report.signer_name:
                signer_status = "match" if report.signer_name in names else "mismatch"
            mine = [r for r in rows if r.version == version and r.number == report.doc.get("no")]
            later = [r for r in rows if r.version > version]
            if mine and later:
                newest = later[-1].version
                reason = later[0].change_reason
                same = mine[0].content_hash == report.doc.get("sha256")
                status = "superseded" if same else "mismatch"
    return DocumentCheck(report, status, db_hash, signer_status, names, version, newest, reason)


def _int(text: str | None, default: int) -> int:
    try:
        return int(text) if text else default
    except ValueError:
        return default

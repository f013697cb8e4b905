"""Check a signed PDF offline: intact, valid, trusted by the office's list, whole file covered.

Also reads back the record id and content hash the builder stored in the
PDF's Keywords, so the caller can compare them with the database.
"""

from __future__ import annotations

import io
import logging
import re
from dataclasses import dataclass, field
from datetime import datetime

# pyHanko logs what it finds wrong with a file (an overlay, an untrusted
# certificate) with tracebacks; the report below says it in a sentence, so those
# records go to the application's log handlers, never to the bare stderr.
for _name in ("pyhanko", "pyhanko_certvalidator"):
    logging.getLogger(_name).addHandler(logging.NullHandler())


@dataclass
class VerifyReport:
    readable: bool = True
    signed: bool = False
    intact: bool = False
    valid: bool = False
    trusted: bool = False
    covers_whole_file: bool = False
    signer: str = ""
    signer_name: str = ""  # the certificate's common name: the person
    signer_fingerprint: str = ""
    signing_time: datetime | None = None
    doc: dict[str, str] = field(default_factory=dict)  # kind, id, no, sha256 from Keywords
    problems: list[str] = field(default_factory=list)  # zh_CN sentences

    @property
    def verdict(self) -> str:
        """One word for a clerk: 有效, 签名后被修改, 签名无效, 未签名 or 不受信任 (zh_CN)."""
        if not self.signed:
            return "未签名" if self.readable else "签名无效"
        if not self.intact or not self.covers_whole_file:
            return "签名后被修改"
        if not self.valid:
            return "签名无效"
        if not self.trusted:
            return "不受信任"
        return "有效" if not self.problems else "签名无效"

    @property
    def ok(self) -> bool:
        """Intact, cryptographically valid, trusted, and nothing added after signing."""
        return (
            self.signed
            and self.intact
            and self.valid
            and self.trusted
            and self.covers_whole_file
            and not self.problems
        )


def parse_keywords(text: str) -> dict[str, str]:
    if not text.startswith("inspector-doc;"):
        return {}
    out = {}
    for part in text.split(";")[1:]:
        key, _, value = part.partition("=")
        if key:
            out[key] = value
    return out


def _keywords(reader) -> str:
    try:
        info = reader.trailer_view.get("/Info")
        if info is None:
            return ""
        value = info.get_object().get("/Keywords")
        return str(value) if value is not None else ""
    except Exception:
        return ""


def verify_pdf(data: bytes, trust_roots_der: list[bytes]) -> VerifyReport:
    """Validate the (single) signature of ``data`` against ``trust_roots_der``."""
    import hashlib

    from asn1crypto import x509 as asn1_x509
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko.sign.validation.status import SignatureCoverageLevel
    from pyhanko_certvalidator import ValidationContext

    report = VerifyReport()
    roots = []
    for der in trust_roots_der:
        try:
            roots.append(asn1_x509.Certificate.load(der))
        except ValueError:
            continue
    try:
        reader = PdfFileReader(io.BytesIO(data), strict=False)
        sigs = reader.embedded_signatures
    except Exception as exc:
        report.readable = False
        report.problems.append(f"文件已损坏，无法读取：{_short(exc)}")
        return report
    report.doc = parse_keywords(_keywords(reader))
    if not sigs:
        report.problems.append("文件没有数字签名。")
        return report
    report.signed = True
    if len(sigs) > 1:
        report.problems.append(f"文件含 {len(sigs)} 个签名，只应有一个。")
    sig = sigs[-1]
    vc = ValidationContext(trust_roots=roots, allow_fetching=False)
    try:
        status = validate_pdf_signature(sig, vc)
    except Exception as exc:  # a damaged file can fail anywhere inside the parser
        report.problems.append(f"签名无法验证（文件可能被改动）：{_short(exc)}")
        return report
    report.intact = bool(status.intact)
    report.valid = bool(status.valid)
    report.trusted = bool(status.trusted)
    report.covers_whole_file = status.coverage == SignatureCoverageLevel.ENTIRE_FILE
    cert = status.signing_cert
    if cert is not None:
        native = cert.subject.native
        cn, org = native.get("common_name", ""), native.get("organization_name", "")
        report.signer = f"{cn}（{org}）" if cn and org else (cn or cert.subject.human_friendly)
        report.signer_name = str(cn or "")
        report.signer_fingerprint = hashlib.sha256(cert.dump()).hexdigest()
    report.signing_time = status.signer_reported_dt
    if not report.intact:
        report.problems.append("签名后文件内容已被改动。")
    elif not report.valid:
        report.problems.append("签名数据无效。")
    if report.intact and not report.trusted:
        report.problems.append("签名证书不在本单位的信任列表中。")
    if report.intact and not report.covers_whole_file:
        report.problems.append("签名之后文件又被追加了内容。")
    return report


def printed_snapshot_hash(data: bytes) -> str:
    """The snapshot hash a bulletin prints on its last page ("本期快照 SHA-256：…"), or ""."""
    try:
        from pypdf import PdfReader

        reader = PdfReader(io.BytesIO(data))
        text = reader.pages[-1].extract_text() if reader.pages else ""
    except Exception:  # an unreadable file has no printed hash to compare
        return ""
    compact = re.sub(r"\s+", "", text or "")
    found = re.search(r"SHA-256\D{0,20}?[：:]([0-9a-f]{64})", compact)
    return found.group(1) if found else ""


def _short(exc: Exception) -> str:
    text = re.sub(r"\s+", " ", str(exc) or type(exc).__name__)
    return text[:160]

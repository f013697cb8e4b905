"""The self-test's sample document: a signed Chinese PDF, verified offline.

With the paperwork modules present (they are in this build), the sample is a
real inspection record (现场检查记录): a throw-away data directory gets a
sample inspection and a self-signed certificate that its trust list trusts;
the record is rendered, signed (PAdES) and checked the way
``inspector verify`` checks it, including the record hash against that
database. Without them a plain one-page reportlab PDF is signed and checked
with pyHanko directly. Never touches the inspector's own data.

The sentences it returns or raises are filled by the caller's ``say`` (see
:mod:`inspector.services.demo.self_test`; default: zh_CN as it is).
"""

from __future__ import annotations

import datetime as dt
import importlib.util
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from inspector.domain.text import N_
from inspector.services.demo.self_test_words import Say, fill

SAMPLE_TEXT = "文明创建巡查助手 自检样张 — 现场检查记录"


@dataclass
class SamplePdf:
    path: Path
    how: str
    cert_pem: bytes = b""
    ctx: Any = None  # the sample's AppContext when made through the paperwork services
    text: str = SAMPLE_TEXT

    def close(self) -> None:
        if self.ctx is not None:
            self.ctx.close()
            self.ctx = None


def paperwork_available() -> bool:
    names = ("inspector.services.paperwork.documents", "inspector.services.demo.document_samples")
    return all(importlib.util.find_spec(n) is not None for n in names)


def signed_sample(folder: Path, font: Any = None, say: Say = fill) -> SamplePdf:
    """A signed sample in ``folder``: an inspection record when the paperwork exists."""
    if paperwork_available():
        return _signed_record(folder, say)
    return _signed_plain(folder, font, say)


def verify_sample(sample: SamplePdf, say: Say = fill) -> str:
    """One sentence on the sample's signature (intact, valid, trusted), or raise."""
    if sample.ctx is not None:
        return _verify_record(sample, say)
    return _verify_plain(sample, say)


def _signed_record(folder: Path, say: Say = fill) -> SamplePdf:
    from inspector.services.core.context import open_context
    from inspector.services.demo.document_samples import add_sample_inspection
    from inspector.services.paperwork import documents, keys

    ctx = open_context(folder / "sample-data")
    try:
        ctx.settings.office_name = say(N_("自检单位"))  # the sample's names: in the run's language
        ctx.settings.inspector_name = say(N_("自检人员"))
        ctx.save_settings()
        passphrase = "self-test-" + ctx.device_id  # a throw-away key, like everything here
        keys.create_self_signed(ctx, passphrase, trust=True)
        inspection_id = add_sample_inspection(ctx, photos=2)
        produced = documents.produce(ctx, documents.RECORD, inspection_id, passphrase)
    except BaseException:
        ctx.close()
        raise
    how = say(N_("现场检查记录 {}，{} 页，PAdES"), produced.number, produced.pages)
    return SamplePdf(produced.path, how, ctx=ctx)


def _verify_record(sample: SamplePdf, say: Say = fill) -> str:
    from inspector.services.paperwork.documents import verify_document

    try:
        check = verify_document(sample.ctx, sample.path)
    finally:
        sample.close()
    r = check.report
    if not check.ok or check.db_status != "match":
        raise RuntimeError("; ".join(say("{}", line) for line in check.lines()[-3:]))
    return say(
        N_("完整、有效、受信任，签名覆盖整个文件，记录哈希与数据库一致；签名人 {}"), r.signer_name
    )


def _render(path: Path, font: Any) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    from inspector.reports.fonts import register_cjk_font

    status = font or register_cjk_font()
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setTitle("Inspector self-test")
    c.setFont(status.name, 16)
    c.drawString(72, 760, SAMPLE_TEXT)
    c.setFont(status.name, 10)
    c.drawString(72, 740, f"生成时间 {dt.datetime.now():%Y-%m-%d %H:%M:%S}")
    c.showPage()
    c.save()


def _self_signed(folder: Path) -> tuple[Path, Path, bytes]:
    from cryptography import x509
    from cryptography.hazmat.primitives import serialization
    from cryptography.x509.oid import NameOID

    from inspector.services.paperwork.keys import self_signed_certificate

    name = x509.Name(
        [
            x509.NameAttribute(NameOID.COMMON_NAME, "Inspector self-test"),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, "自检 Self-test"),
        ]
    )
    key, cert = self_signed_certificate(name, dt.timedelta(days=1), path_length=None)
    key_path = folder / "self-test-key.pem"
    cert_path = folder / "self-test-cert.pem"
    key_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    pem = cert.public_bytes(serialization.Encoding.PEM)
    cert_path.write_bytes(pem)
    return key_path, cert_path, pem


def _signed_plain(folder: Path, font: Any = None, say: Say = fill) -> SamplePdf:
    """Render the plain sample page into ``folder`` and sign it with pyHanko."""
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields, signers
    from pyhanko.sign.fields import SigFieldSpec

    folder.mkdir(parents=True, exist_ok=True)
    plain = folder / "sample.pdf"
    signed = folder / "sample-signed.pdf"
    _render(plain, font)
    key_path, cert_path, pem = _self_signed(folder)
    signer = signers.SimpleSigner.load(str(key_path), str(cert_path), key_passphrase=None)
    if signer is None:
        raise RuntimeError(say(N_("无法载入自检用的密钥")))
    with plain.open("rb") as inf:
        writer = IncrementalPdfFileWriter(inf)
        fields.append_signature_field(
            writer, SigFieldSpec("SelfTest", box=(72, 600, 272, 660), on_page=0)
        )
        meta = signers.PdfSignatureMetadata(
            field_name="SelfTest", subfilter=fields.SigSeedSubFilter.PADES, reason="self-test"
        )
        with signed.open("wb") as outf:
            signers.PdfSigner(meta, signer=signer).sign_pdf(writer, output=outf)
    return SamplePdf(signed, "PAdES (pyHanko)", cert_pem=pem)


def _verify_plain(sample: SamplePdf, say: Say = fill) -> str:
    """Validate the signature and check the page and its font; a sentence, or raise."""
    from asn1crypto import pem as asn1_pem
    from asn1crypto import x509 as asn1_x509
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko_certvalidator import ValidationContext

    _, _, der = asn1_pem.unarmor(sample.cert_pem)
    root = asn1_x509.Certificate.load(der)
    vc = ValidationContext(trust_roots=[root], allow_fetching=False)
    with sample.path.open("rb") as f:
        reader = PdfFileReader(f)
        sigs = reader.embedded_signatures
        if len(sigs) != 1:
            raise RuntimeError(say(N_("应有 1 个签名，实有 {} 个"), len(sigs)))
        status = validate_pdf_signature(sigs[0], vc)
        pages = int(reader.root["/Pages"]["/Count"])
    if not (status.intact and status.valid and status.trusted):
        raise RuntimeError(f"intact={status.intact} valid={status.valid} trusted={status.trusted}")
    raw = sample.path.read_bytes()
    embedded = b"/FontFile2" in raw
    if embedded:
        return say(N_("完整、有效、受信任；{} 页；字体已嵌入"), pages)
    return say(N_("完整、有效、受信任；{} 页；字体未嵌入"), pages)

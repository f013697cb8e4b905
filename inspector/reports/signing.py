"""Sign a PDF as PAdES B-B with pyHanko, offline, with a visible stamp.

The stamp is drawn as an image (Pillow, with the same CJK font as the
document), because pyHanko's own text stamps need extra font packages for
Chinese. It fills the box the document builder reserved beside the
handwritten signatures.
"""

from __future__ import annotations

import hashlib
import io
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from inspector.reports.labels import fmt, label
from inspector.reports.model import StampBox

FIELD_NAME = "InspectorSignature"
STAMP_RED = (178, 34, 34)


@dataclass(frozen=True)
class SignerIdentity:
    """The inspector's certificate and (decrypted) private key, both DER."""

    cert_der: bytes
    key_der: bytes  # PKCS#8, unencrypted (held only in memory)
    chain_der: tuple[bytes, ...] = ()
    display_name: str = ""

    @property
    def fingerprint(self) -> str:
        return hashlib.sha256(self.cert_der).hexdigest()


def _load_font(font_path: str | None, size: int):
    from PIL import ImageFont

    if font_path:
        try:
            return ImageFont.truetype(font_path, size, index=0)
        except OSError:
            pass
    return ImageFont.load_default()


def stamp_image(lines: list[str], box: tuple[int, int, int, int], font_path: str | None):
    """A transparent PNG-like Pillow image of the stamp text, 4 px per point."""
    from PIL import Image, ImageDraw

    scale = 4
    w = (box[2] - box[0]) * scale
    h = (box[3] - box[1]) * scale
    img = Image.new("RGBA", (w, h), (255, 255, 255, 0))
    draw = ImageDraw.Draw(img)
    draw.rounded_rectangle((4, 4, w - 5, h - 5), radius=18, outline=STAMP_RED, width=6)
    size = max(18, min(h // (len(lines) + 1), w // 18))
    font = _load_font(font_path, size)
    small = _load_font(font_path, int(size * 0.8))
    y = 14
    for i, line in enumerate(lines):
        f = font if i == 0 else small
        draw.text((22, y), line, fill=STAMP_RED, font=f)
        y += int((size if i == 0 else size * 0.8) * 1.3)
    return img


def sign_pdf(
    data: bytes,
    identity: SignerIdentity,
    stamp: StampBox | None,
    *,
    reason: str = "",
    location: str = "",
    font_path: str | None = None,
    signed_at: datetime | None = None,
    language: str = "zh_CN",
) -> bytes:
    """``data`` signed by ``identity``; the visible stamp goes in ``stamp`` (invisible if None)."""
    from asn1crypto import keys as asn1_keys
    from asn1crypto import x509 as asn1_x509
    from pyhanko.pdf_utils.images import PdfImage
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields, signers
    from pyhanko.stamp import StaticStampStyle
    from pyhanko_certvalidator.registry import SimpleCertificateStore

    cert = asn1_x509.Certificate.load(identity.cert_der)
    key = asn1_keys.PrivateKeyInfo.load(identity.key_der)
    chain = [asn1_x509.Certificate.load(d) for d in identity.chain_der]
    signer = signers.SimpleSigner(
        signing_cert=cert,
        signing_key=key,
        cert_registry=SimpleCertificateStore.from_certs([cert, *chain]),
    )
    writer = IncrementalPdfFileWriter(io.BytesIO(data))
    stamp_style = None
    if stamp is not None:
        fields.append_signature_field(
            writer, fields.SigFieldSpec(FIELD_NAME, box=stamp.box, on_page=stamp.page)
        )
        when = (signed_at or datetime.now().astimezone()).strftime("%Y-%m-%d %H:%M")
        name = identity.display_name or cert.subject.human_friendly
        if font_path:
            lines = [
                label("电子签名 已签署", language),
                fmt("签名人：{}", language, name),
                fmt("时间：{}", language, when),
                fmt("证书：{}", language, identity.fingerprint[:16]),
            ]
        else:  # no CJK font for Pillow: keep the stamp legible in ASCII
            who = name if name.isascii() else ""
            lines = [
                "Digitally signed (PAdES)",
                f"Signer: {who}",
                f"Time: {when}",
                f"Cert: {identity.fingerprint[:16]}",
            ]
        img = stamp_image(lines, stamp.box, font_path)
        stamp_style = StaticStampStyle(
            border_width=0, background=PdfImage(img, writer=writer), background_opacity=1.0
        )
    else:
        fields.append_signature_field(writer, fields.SigFieldSpec(FIELD_NAME))
    meta = signers.PdfSignatureMetadata(
        field_name=FIELD_NAME,
        md_algorithm="sha256",
        subfilter=fields.SigSeedSubFilter.PADES,
        reason=reason or None,
        location=location or None,
        name=identity.display_name or None,
    )
    out = io.BytesIO()
    signers.PdfSigner(meta, signer=signer, stamp_style=stamp_style).sign_pdf(writer, output=out)
    return out.getvalue()


def sign_file(path: Path, identity: SignerIdentity, stamp: StampBox | None, **kw) -> None:
    path.write_bytes(sign_pdf(path.read_bytes(), identity, stamp, **kw))

"""The QR code printed on every document: which record it is and the hash of its content.

The payload is plain ASCII so any phone scanner shows it::

    INSPECTOR-DOC v1
    kind=record
    id=<record uuid>
    no=<document number, percent-encoded>
    sha256=<64 hex digits>
"""

from __future__ import annotations

from urllib.parse import quote, unquote

PREFIX = "INSPECTOR-DOC v1"


def payload(kind: str, record_id: str, number: str, content_hash: str) -> str:
    return "\n".join(
        [PREFIX, f"kind={kind}", f"id={record_id}", f"no={quote(number)}", f"sha256={content_hash}"]
    )


def parse_payload(text: str) -> dict[str, str]:
    """The fields of a scanned payload (empty when it is not ours)."""
    lines = text.strip().splitlines()
    if not lines or lines[0] != PREFIX:
        return {}
    out = {}
    for line in lines[1:]:
        key, _, value = line.partition("=")
        out[key] = unquote(value) if key == "no" else value
    return out


def qr_drawing(data: str, size: float):
    """A reportlab Drawing of ``size`` points square showing ``data`` as a QR code."""
    from reportlab.graphics.barcode.qr import QrCodeWidget
    from reportlab.graphics.shapes import Drawing

    widget = QrCodeWidget(data, barLevel="M")
    x1, y1, x2, y2 = widget.getBounds()
    w, h = x2 - x1, y2 - y1
    d = Drawing(size, size, transform=[size / w, 0, 0, size / h, 0, 0])
    d.add(widget)
    return d

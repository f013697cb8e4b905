"""The QR code printed on every document: which record it is and the hash of its content.

The payload is text any phone scanner shows as it is (UTF-8, marked as such
with an ECI so the document number reads as 苏仙巡〔2026〕0001)::

    INSPECTOR-DOC v2
    kind=record
    id=<record uuid>
    no=<document number>
    sha256=<64 hex digits>

Version 1 percent-encoded the number; ``parse_payload`` still reads it.
"""

from __future__ import annotations

from urllib.parse import unquote

PREFIX = "INSPECTOR-DOC v2"
OLD_PREFIX = "INSPECTOR-DOC v1"  # the number percent-encoded
UTF8_ECI = 26


def payload(kind: str, record_id: str, number: str, content_hash: str) -> str:
    number = " ".join(number.split())  # one line, whatever the office typed
    return "\n".join(
        [PREFIX, f"kind={kind}", f"id={record_id}", f"no={number}", f"sha256={content_hash}"]
    )


def parse_payload(text: str) -> dict[str, str]:
    """The fields of a scanned payload (empty when it is not ours)."""
    lines = text.strip().splitlines()
    if not lines or lines[0] not in (PREFIX, OLD_PREFIX):
        return {}
    out = {}
    for line in lines[1:]:
        key, _, value = line.partition("=")
        out[key] = unquote(value) if key == "no" and lines[0] == OLD_PREFIX else value
    return out


def qr_matrix(data: str) -> list[list[bool]]:
    """The dark/light modules of ``data`` as a QR code (error correction level M), in byte
    mode as UTF-8 with its ECI (never Kanji mode, which would read as Shift-JIS)."""
    from reportlab.graphics.barcode.qr import QrCodeWidget
    from reportlab.graphics.barcode.qrencoder import QRECI, QR8bitByte

    segments = [QR8bitByte(data.encode("utf-8"))]
    if not data.isascii():
        segments.insert(0, QRECI(UTF8_ECI))
    widget = QrCodeWidget(segments, barLevel="M")
    widget.qr.make()
    return [[bool(v) for v in row] for row in widget.qr.modules]


def qr_flowable(data: str, size: float, border: int = 2):
    """A platypus flowable ``size`` points square drawing ``data`` as a QR code.

    The matrix is computed once and drawn as runs of rectangles straight on the
    canvas (reportlab's widget recomputes it each time it is measured or drawn).
    """
    from reportlab.lib import colors
    from reportlab.platypus import Flowable

    matrix = qr_matrix(data)

    class QrFlowable(Flowable):
        def wrap(self, avail_w: float, avail_h: float) -> tuple[float, float]:
            return size, size

        def draw(self) -> None:
            n = len(matrix)
            box = size / (n + 2 * border)
            c = self.canv
            c.saveState()
            c.setFillColor(colors.black)
            for r, row in enumerate(matrix):
                y = size - (r + border + 1) * box
                col = 0
                while col < n:
                    if row[col]:
                        start = col
                        while col < n and row[col]:
                            col += 1
                        c.rect(
                            (start + border) * box, y, (col - start) * box, box, stroke=0, fill=1
                        )
                    else:
                        col += 1
            c.restoreState()

    return QrFlowable()

"""What every document shares: A4 page, CJK paragraph styles, the page footer,
reserved boxes for the digital-signature stamp, and image thumbnails.

Only the builders (``record_pdf``, ``notice_pdf``) import this module; they
are imported lazily by the services, so reportlab stays off the GUI start path.
"""

from __future__ import annotations

import io
import os
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from PIL import Image as PILImage
from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Image, SimpleDocTemplate, Table, TableStyle

from inspector.reports.fonts import FontStatus, register_cjk_font
from inspector.reports.labels import fmt
from inspector.reports.linebreak import Paragraph
from inspector.reports.model import Layout, StampBox

PAGE = A4
MARGIN = 18 * mm
BODY_WIDTH = PAGE[0] - 2 * MARGIN
GRID = colors.HexColor("#555555")
SHADE = colors.HexColor("#EEEEEE")
FAIL = colors.HexColor("#B00020")


@dataclass
class Styles:
    font: FontStatus
    title: ParagraphStyle
    office: ParagraphStyle
    number: ParagraphStyle
    heading: ParagraphStyle
    section: ParagraphStyle
    body: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    small: ParagraphStyle
    caption: ParagraphStyle


def make_styles(font_path: str | None = None) -> Styles:
    font = register_cjk_font(font_path)
    name = font.name

    def style(key: str, size: float, leading: float | None = None, **kw) -> ParagraphStyle:
        return ParagraphStyle(
            key,
            fontName=name,
            fontSize=size,
            leading=leading or size * 1.45,
            wordWrap="CJK",
            **kw,
        )

    return Styles(
        font=font,
        title=style("title", 20, 28, alignment=TA_CENTER, spaceAfter=2 * mm),
        office=style("office", 13, alignment=TA_CENTER),
        number=style("number", 10, alignment=TA_RIGHT),
        heading=style("heading", 12, spaceBefore=4 * mm, spaceAfter=2 * mm, keepWithNext=1),
        section=style("section", 10.5, spaceBefore=1 * mm, keepWithNext=1),
        body=style("body", 10.5),
        cell=style("cell", 9),
        cell_bold=style("cell_bold", 9, textColor=FAIL),
        small=style("small", 7.5),
        caption=style("caption", 8, alignment=TA_CENTER),
    )


def esc(text: str) -> str:
    """Text safe inside a Paragraph (which reads a little markup)."""
    return (
        text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br/>")
    )


def grid_style(header: bool = True) -> TableStyle:
    cmds = [
        ("GRID", (0, 0), (-1, -1), 0.5, GRID),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]
    if header:
        cmds.append(("BACKGROUND", (0, 0), (-1, 0), SHADE))
    return TableStyle(cmds)


def key_value_table(st: Styles, rows: list[tuple[str, str]], pairs_per_row: int = 2) -> Table:
    """A grid of label/value cells, ``pairs_per_row`` pairs side by side."""
    data: list[list] = []
    label_w = 24 * mm
    value_w = BODY_WIDTH / pairs_per_row - label_w
    for i in range(0, len(rows), pairs_per_row):
        line: list = []
        for label, value in rows[i : i + pairs_per_row]:
            line += [Paragraph(esc(label), st.cell), Paragraph(esc(value or "—"), st.cell)]
        while len(line) < 2 * pairs_per_row:
            line += ["", ""]
        data.append(line)
    t = Table(data, colWidths=[label_w, value_w] * pairs_per_row)
    ts = grid_style(header=False)
    for c in range(0, 2 * pairs_per_row, 2):
        ts.add("BACKGROUND", (c, 0), (c, -1), SHADE)
    t.setStyle(ts)
    return t


class StampArea(Flowable):
    """An empty framed area that the digital signature's visible stamp fills later."""

    def __init__(self, layout: Layout, width: float, height: float, label: str, font: str):
        super().__init__()
        self.layout = layout
        self.width = width
        self.height = height
        self.label = label
        self.font = font

    def wrap(self, avail_w: float, avail_h: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        c.saveState()
        c.setStrokeColor(colors.HexColor("#999999"))
        c.setDash(2, 2)
        c.rect(0, 0, self.width, self.height)
        c.setFont(self.font, 7)
        c.setFillColor(colors.HexColor("#999999"))
        c.drawCentredString(self.width / 2, 3, self.label)
        c.restoreState()
        x1, y1 = c.absolutePosition(0, 0)
        x2, y2 = c.absolutePosition(self.width, self.height)
        box = (round(x1) + 1, round(y1) + 1, round(x2) - 1, round(y2) - 1)
        self.layout.stamps.append(StampBox(c.getPageNumber() - 1, box))


def _shrink(path: Path, px: int) -> tuple[io.BytesIO, int, int] | None:
    try:
        with PILImage.open(path) as opened:
            opened.draft("RGB", (px, px))  # JPEG: decode at a reduced scale, much faster
            im = opened.convert("RGB")
            im.thumbnail((px, px), reducing_gap=2.0)
            w, h = im.size
            buf = io.BytesIO()
            im.save(buf, "JPEG", quality=80)
    except (OSError, ValueError):
        return None
    buf.seek(0)
    return buf, w, h


def thumbnails(paths: list[Path], max_w: float, max_h: float, px: int = 480) -> list[Image | None]:
    """Downscaled JPEGs of ``paths`` sized to fit ``max_w`` x ``max_h`` points (None if unreadable).

    Pillow releases the GIL while decoding and resizing, so the photos are
    shrunk in a few threads.
    """
    with ThreadPoolExecutor(max_workers=min(4, os.cpu_count() or 1)) as pool:
        shrunk = list(pool.map(lambda p: _shrink(p, px), paths))
    out: list[Image | None] = []
    for item in shrunk:
        if item is None:
            out.append(None)
            continue
        buf, w, h = item
        scale = min(max_w / w, max_h / h)
        out.append(Image(buf, width=w * scale, height=h * scale))
    return out


def signature_image(path: Path | None, max_w: float, max_h: float) -> Image | None:
    if path is None or not path.is_file():
        return None
    try:
        with PILImage.open(path) as im:
            w, h = im.size
    except OSError:
        return None
    scale = min(max_w / w, max_h / h)
    return Image(str(path), width=w * scale, height=h * scale, mask="auto")


def numbered_canvas(
    footer_left: str, font: str, language: str = "zh_CN", copy_marks: tuple[str, ...] = ()
):
    """A canvas class that writes "第 x 页 共 y 页" (and ``footer_left``) on every page.

    With ``copy_marks`` the pages hold that many equal copies of one document:
    each copy is numbered on its own and its footer names its copy (第一联 …).
    """

    class NumberedCanvas(Canvas):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self._footer(total)
                super().showPage()
            super().save()

        def _footer(self, total: int) -> None:
            self.saveState()
            self.setFont(font, 8)
            self.setFillColor(colors.HexColor("#444444"))
            y = 10 * mm
            left, number = footer_left, self._pageNumber
            if copy_marks and total % len(copy_marks) == 0:
                per_copy = total // len(copy_marks)
                left = f"{footer_left}　{copy_marks[(number - 1) // per_copy]}"
                number, total = (number - 1) % per_copy + 1, per_copy
            self.drawString(MARGIN, y, left)
            self.drawRightString(
                PAGE[0] - MARGIN, y, fmt("第 {} 页 共 {} 页", language, number, total)
            )
            self.restoreState()

    return NumberedCanvas


def build(
    story: list,
    *,
    title: str,
    subject: str,
    keywords: str,
    footer_left: str,
    font: str,
    layout: Layout,
    language: str = "zh_CN",
    copy_marks: tuple[str, ...] = (),
) -> bytes:
    """Lay out ``story`` on A4 and return the PDF bytes; fills ``layout.pages``."""
    buf = io.BytesIO()
    doc = SimpleDocTemplate(
        buf,
        pagesize=PAGE,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN + 4 * mm,
        title=title,
        subject=subject,
        keywords=keywords,
        author="文明创建巡查助手 Inspector",
        creator="Inspector",
    )
    # Images go in binary: reportlab's ASCII85 step runs in pure Python and
    # dominated the time for pages of photos.
    saved, rl_config.useA85 = rl_config.useA85, 0
    try:
        doc.build(story, canvasmaker=numbered_canvas(footer_left, font, language, copy_marks))
    finally:
        rl_config.useA85 = saved
    layout.pages = doc.page
    return buf.getvalue()

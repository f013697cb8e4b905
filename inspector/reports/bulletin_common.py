"""Shared pieces of the follow-up documents (bulletin and statistics): font, styles, page."""

from __future__ import annotations

from dataclasses import dataclass

from inspector.reports.fonts import FontStatus, register_cjk_font
from inspector.reports.labels import fmt


@dataclass(frozen=True)
class DocStyles:
    font: FontStatus
    title: object
    subtitle: object
    heading: object
    body: object
    cell: object
    small: object


def doc_styles(font_path: str | None = None) -> DocStyles:
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER
    from reportlab.lib.styles import ParagraphStyle

    font = register_cjk_font(font_path)
    base = ParagraphStyle("base", fontName=font.name, fontSize=10, leading=14, wordWrap="CJK")
    return DocStyles(
        font=font,
        title=ParagraphStyle("title", base, fontSize=18, leading=24, alignment=TA_CENTER),
        subtitle=ParagraphStyle("subtitle", base, fontSize=11, alignment=TA_CENTER),
        heading=ParagraphStyle(
            "heading", base, fontSize=13, leading=18, spaceBefore=8, spaceAfter=4, keepWithNext=1
        ),
        body=base,
        cell=ParagraphStyle("cell", base, fontSize=8.5, leading=11),
        small=ParagraphStyle("small", base, fontSize=7.5, leading=10, textColor=colors.grey),
    )


def esc(text: object) -> str:
    return (
        str(text if text is not None else "")
        .replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\n", "<br/>")
    )


def table_style(header_colour: str = "#eeeeee"):
    from reportlab.lib import colors
    from reportlab.platypus import TableStyle

    return TableStyle(
        [
            ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor(header_colour)),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ]
    )


def page_footer(font_name: str, left: str, watermark: str = "", lang: str = "zh_CN"):
    """An onPage callback: footer text, page number, and an optional diagonal watermark."""

    def draw(canvas, doc) -> None:
        from reportlab.lib import colors

        width, _height = doc.pagesize
        canvas.saveState()
        canvas.setFont(font_name, 7.5)
        canvas.setFillColor(colors.grey)
        canvas.drawString(doc.leftMargin, 18, left)
        # the page number with the total is written by the canvas (page_count_canvas)
        canvas._inspector_page_number_at = (width - doc.rightMargin, 18, font_name)
        if watermark:
            canvas.setFont(font_name, 60)
            canvas.setFillColor(colors.Color(0.85, 0.1, 0.1, alpha=0.15))
            canvas.translate(width / 2, doc.pagesize[1] / 2)
            canvas.rotate(30)
            canvas.drawCentredString(0, 0, watermark)
        canvas.restoreState()

    return draw


def page_count_canvas(lang: str = "zh_CN"):
    """A canvas class that writes "第 x 页 共 y 页" where ``page_footer`` asked for it,
    once the total is known (pages are kept until the document is saved)."""
    from reportlab.lib import colors
    from reportlab.pdfgen.canvas import Canvas

    class PageCountCanvas(Canvas):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._saved_pages: list[dict] = []

        def showPage(self) -> None:
            self._saved_pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._saved_pages)
            for state in self._saved_pages:
                self.__dict__.update(state)
                where = state.get("_inspector_page_number_at")
                if where is not None:
                    x, y, font = where
                    self.saveState()
                    self.setFont(font, 7.5)
                    self.setFillColor(colors.grey)
                    text = fmt("第 {} 页 共 {} 页", lang, self._pageNumber, total)
                    self.drawRightString(x, y, text)
                    self.restoreState()
                super().showPage()
            super().save()

    return PageCountCanvas

"""The rectification notice (限期整改通知书) with its receipt slip (送达回证)."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table

from inspector.reports.model import NoticeDoc
from inspector.reports.qr import payload
from inspector.reports.record_pdf import RenderedPdf, doc_keywords, header, signature_cell
from inspector.reports.styles import (
    BODY_WIDTH,
    Layout,
    StampArea,
    Styles,
    build,
    esc,
    grid_style,
    make_styles,
)

TITLE = "限期整改通知书"
RECEIPT = "送达回证"


class SealArea(Flowable):
    """A dashed circle where the office presses its seal (盖章)."""

    def __init__(self, diameter: float, font: str):
        super().__init__()
        self.d = diameter
        self.font = font

    def wrap(self, avail_w: float, avail_h: float) -> tuple[float, float]:
        return self.d, self.d

    def draw(self) -> None:
        c = self.canv
        c.saveState()
        c.setStrokeColor(colors.HexColor("#BBBBBB"))
        c.setDash(3, 3)
        c.circle(self.d / 2, self.d / 2, self.d / 2 - 1)
        c.setFont(self.font, 8)
        c.setFillColor(colors.HexColor("#999999"))
        c.drawCentredString(self.d / 2, self.d / 2 - 3, "（盖章）")
        c.restoreState()


class CutLine(Flowable):
    def __init__(self, width: float, font: str, text: str):
        super().__init__()
        self.width = width
        self.font = font
        self.text = text

    def wrap(self, avail_w: float, avail_h: float) -> tuple[float, float]:
        return self.width, 6 * mm

    def draw(self) -> None:
        c = self.canv
        c.saveState()
        c.setDash(4, 3)
        c.setStrokeColor(colors.HexColor("#777777"))
        c.line(0, 3 * mm, self.width, 3 * mm)
        c.setFont(self.font, 8)
        c.setFillColor(colors.white)
        tw = c.stringWidth(self.text, self.font, 8)
        c.rect(self.width / 2 - tw / 2 - 4, 1.5 * mm, tw + 8, 3 * mm, stroke=0, fill=1)
        c.setFillColor(colors.HexColor("#555555"))
        c.drawCentredString(self.width / 2, 2.2 * mm, self.text)
        c.restoreState()


def _items_table(st: Styles, doc: NoticeDoc) -> Table:
    head = ["序号", "发现的问题", "违反的检查条款", "整改要求", "整改期限"]
    data: list[list] = [[Paragraph(h, st.cell) for h in head]]
    for i, it in enumerate(doc.items, start=1):
        data.append(
            [
                Paragraph(str(i), st.cell),
                Paragraph(esc(it.problem), st.cell),
                Paragraph(esc(f"{it.rule}（{it.severity}）"), st.cell),
                Paragraph(esc(it.correction), st.cell),
                Paragraph(esc(f"{it.deadline}前\n（{it.days} 日内）"), st.cell),
            ]
        )
    widths = [10 * mm, 44 * mm, 42 * mm, 48 * mm]
    widths.append(BODY_WIDTH - sum(widths))
    t = Table(data, colWidths=widths, repeatRows=1)
    t.setStyle(grid_style())
    return t


def _issuer_block(st: Styles, doc: NoticeDoc, layout: Layout) -> Table:
    right = ParagraphStyle("right", parent=st.body, alignment=TA_RIGHT)
    issuer = [
        Paragraph(esc(doc.office or "（未设置检查单位）"), right),
        Paragraph(esc(doc.issue_date), right),
    ]
    stamp = StampArea(layout, 58 * mm, 28 * mm, "电子签章", st.font.name)
    seal = SealArea(30 * mm, st.font.name)
    t = Table(
        [[stamp, seal, issuer]],
        colWidths=[62 * mm, 34 * mm, BODY_WIDTH - 96 * mm],
    )
    t.setStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE")])
    return t


def _receipt(st: Styles, doc: NoticeDoc) -> list:
    inspectors = "、".join(p.name for p in doc.inspectors if p.name)
    if doc.party_signature is not None:
        party = signature_cell(st, doc.party_signature)
    else:
        party = [Spacer(1, 14 * mm), Paragraph("签名：　　　　　　　日期：", st.cell)]
    rows = [
        ("送达文书", f"{TITLE}（编号 {doc.number}）"),
        ("受送达人", doc.party),
        ("送达地点", doc.place),
        ("送达时间", doc.inspected_at),
        ("送达人", inspectors),
    ]
    data: list[list] = [[Paragraph(esc(k), st.cell), Paragraph(esc(v), st.cell)] for k, v in rows]
    data.append([Paragraph("受送达人签收", st.cell), party])
    t = Table(data, colWidths=[30 * mm, BODY_WIDTH - 30 * mm])
    t.setStyle(grid_style(header=False))
    note = Paragraph(
        "受送达人拒绝签收的，由送达人注明拒收事由和日期，并由见证人签名，视为送达。",
        st.small,
    )
    return [
        Spacer(1, 4 * mm),
        CutLine(BODY_WIDTH, st.font.name, "（沿此线裁开，回证由检查单位留存）"),
        Paragraph(esc(RECEIPT), st.title),
        t,
        Spacer(1, 1 * mm),
        note,
    ]


def notice_story(st: Styles, doc: NoticeDoc, layout: Layout) -> list:
    qr_data = payload("notice", doc.record_id, doc.number, doc.content_hash)
    inspectors = "、".join(p.name for p in doc.inspectors if p.name)
    intro = (
        f"{doc.inspected_at}，本单位检查人员{inspectors}在{doc.place or doc.party_address}"
        f"对你单位进行检查（现场检查记录编号 {doc.record_number}），发现下列问题，"
        "不符合相应检查条款的要求。现责令你单位按下列要求在规定期限内整改到位："
    )
    story: list = [
        header(st, doc.office, TITLE, doc.number, qr_data),
        Spacer(1, 3 * mm),
        Paragraph(esc(f"{doc.party}："), st.body),
        Paragraph(esc(intro), st.body),
        Spacer(1, 2 * mm),
        _items_table(st, doc),
        Spacer(1, 2 * mm),
        Paragraph(esc(doc.consequence), st.body),
    ]
    if doc.party_address or doc.credit_code or doc.responsible_person:
        facts = "　".join(
            x
            for x in (
                f"地址：{doc.party_address}" if doc.party_address else "",
                f"负责人：{doc.responsible_person}" if doc.responsible_person else "",
                f"统一社会信用代码：{doc.credit_code}" if doc.credit_code else "",
            )
            if x
        )
        story.append(Paragraph(esc(facts), st.small))
    story.append(
        Paragraph(esc(f"记录标识：{doc.record_id}　内容摘要 SHA-256：{doc.content_hash}"), st.small)
    )
    story.append(Spacer(1, 4 * mm))
    story.append(KeepTogether([_issuer_block(st, doc, layout)]))
    story.append(KeepTogether(_receipt(st, doc)))
    return story


def render_notice(doc: NoticeDoc, font_path: str | None = None) -> RenderedPdf:
    st = make_styles(font_path)
    layout = Layout()
    data = build(
        notice_story(st, doc, layout),
        title=f"{TITLE} {doc.number}",
        subject=f"{doc.party} {TITLE}",
        keywords=doc_keywords("notice", doc.record_id, doc.number, doc.content_hash),
        footer_left=f"{TITLE}  编号：{doc.number}",
        font=st.font.name,
        layout=layout,
    )
    return RenderedPdf(data, layout, st.font.embedded, st.font.message)

"""The rectification notice (限期整改通知书) with its receipt slip (送达回证)."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table

from inspector.reports.labels import fmt, label
from inspector.reports.linebreak import Paragraph
from inspector.reports.model import NoticeDoc
from inspector.reports.qr import payload
from inspector.reports.record_pdf import (
    RenderedPdf,
    doc_keywords,
    header,
    number_text,
    signature_cell,
    version_paragraphs,
)
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

    def __init__(self, diameter: float, font: str, text: str = "（盖章）"):
        super().__init__()
        self.d = diameter
        self.font = font
        self.text = text

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
        c.drawCentredString(self.d / 2, self.d / 2 - 3, self.text)
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
    lang = doc.language
    data: list[list] = [[Paragraph(label(h, lang), st.cell) for h in head]]
    for i, it in enumerate(doc.items, start=1):
        rule = [Paragraph(esc(fmt("{}（{}）", lang, it.rule, it.severity)), st.cell)]
        if it.basis:
            rule.append(Paragraph(esc(fmt("依据：{}", lang, it.basis)), st.cell))
        if it.referral:
            when = label("不设整改期限：移送有关执法部门依法处理", lang)
        else:
            when = fmt("{}前\n（{} 日内）", lang, it.deadline, it.days)
        data.append(
            [
                Paragraph(str(i), st.cell),
                Paragraph(esc(it.problem), st.cell),
                rule,
                Paragraph(esc(it.correction), st.cell),
                Paragraph(esc(when), st.cell),
            ]
        )
    widths = [10 * mm, 44 * mm, 42 * mm, 48 * mm]
    widths.append(BODY_WIDTH - sum(widths))
    t = Table(data, colWidths=widths, repeatRows=1)
    t.setStyle(grid_style())
    return t


def _issuer_block(st: Styles, doc: NoticeDoc, layout: Layout) -> Table:
    lang = doc.language
    right = ParagraphStyle("right", parent=st.body, alignment=TA_RIGHT)
    issuer = [
        Paragraph(esc(doc.office or label("（未设置检查单位）", lang)), right),
        Paragraph(esc(doc.issue_date), right),
    ]
    stamp = StampArea(layout, 58 * mm, 28 * mm, label("电子签章", lang), st.font.name)
    seal = SealArea(30 * mm, st.font.name, label("（盖章）", lang))
    t = Table(
        [[stamp, seal, issuer]],
        colWidths=[62 * mm, 34 * mm, BODY_WIDTH - 96 * mm],
    )
    t.setStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE")])
    return t


SERVED_AT = "　　　　年　　月　　日　　时　　分（送达时填写，不早于签发日期 {}）"


def _receipt(st: Styles, doc: NoticeDoc) -> list:
    lang = doc.language
    inspectors = (", " if lang.startswith("en") else "、").join(
        p.name for p in doc.inspectors if p.name
    )
    if doc.party_signature is not None:
        party = signature_cell(st, doc.party_signature, lang)
    else:
        party = [Spacer(1, 14 * mm), Paragraph(label("签名：　　　　　　　日期：", lang), st.cell)]
    rows = [
        ("送达文书", fmt("{}（编号 {}）", lang, label(TITLE, lang), doc.number)),
        ("受送达人", doc.party),
        ("送达地点", doc.place),
        # entered when the notice is handed over (a later version prints it); until
        # then a blank to fill in by hand: never the visit's time
        ("送达时间", doc.served_at or fmt(SERVED_AT, lang, doc.issue_date)),
    ]
    data: list[list] = [
        [Paragraph(esc(label(k, lang)), st.cell), Paragraph(esc(v), st.cell)] for k, v in rows
    ]
    server = [
        Paragraph(esc(doc.server or inspectors), st.cell),
        Spacer(1, 9 * mm),
        Paragraph(label("送达人签名：　　　　　　　　　　　　", lang), st.cell),
    ]
    data.append([Paragraph(label("送达人", lang), st.cell), server])
    data.append([Paragraph(label("受送达人签收", lang), st.cell), party])
    t = Table(data, colWidths=[30 * mm, BODY_WIDTH - 30 * mm])
    t.setStyle(grid_style(header=False))
    note = Paragraph(
        label("受送达人拒绝签收的，由送达人注明拒收事由和日期，并由见证人签名，视为送达。", lang),
        st.small,
    )
    return [
        Spacer(1, 4 * mm),
        CutLine(BODY_WIDTH, st.font.name, label("（沿此线裁开，回证由检查单位留存）", lang)),
        Paragraph(esc(label(RECEIPT, lang)), st.title),
        t,
        Spacer(1, 1 * mm),
        note,
    ]


def notice_story(st: Styles, doc: NoticeDoc, layout: Layout) -> list:
    lang = doc.language
    qr_data = payload("notice", doc.record_id, doc.number, doc.content_hash)
    inspectors = (", " if lang.startswith("en") else "、").join(
        p.name for p in doc.inspectors if p.name
    )
    intro = fmt(
        "{}，本单位检查人员{}在{}对你单位进行检查（现场检查记录编号 {}），发现下列问题，"
        "不符合相应检查条款的要求。现责令你单位按下列要求在规定期限内整改到位：",
        lang,
        doc.inspected_at,
        inspectors,
        doc.place or doc.party_address,
        doc.record_number,
    )
    number = number_text(doc.number, doc.version, lang)
    story: list = [
        header(st, doc.office, TITLE, number, qr_data, lang),
        Spacer(1, 3 * mm),
        *version_paragraphs(st, doc.version, lang),
        Paragraph(esc(fmt("{}：", lang, doc.party)), st.body),
        Paragraph(esc(intro), st.body),
        Spacer(1, 2 * mm),
        _items_table(st, doc),
        Spacer(1, 2 * mm),
        Paragraph(esc(doc.consequence), st.body),
    ]
    if doc.party_address or doc.credit_code or doc.responsible_person:
        facts = ("  " if lang.startswith("en") else "　").join(
            x
            for x in (
                fmt("地址：{}", lang, doc.party_address) if doc.party_address else "",
                fmt("负责人：{}", lang, doc.responsible_person) if doc.responsible_person else "",
                fmt("统一社会信用代码：{}", lang, doc.credit_code) if doc.credit_code else "",
            )
            if x
        )
        story.append(Paragraph(esc(facts), st.small))
    ident = fmt("记录标识：{}　内容摘要 SHA-256：{}", lang, doc.record_id, doc.content_hash)
    story.append(Paragraph(esc(ident), st.small))
    story.append(Spacer(1, 4 * mm))
    story.append(KeepTogether([_issuer_block(st, doc, layout)]))
    story.append(KeepTogether(_receipt(st, doc)))
    return story


def render_notice(doc: NoticeDoc, font_path: str | None = None) -> RenderedPdf:
    st = make_styles(font_path)
    layout = Layout()
    title = label(TITLE, doc.language)
    data = build(
        notice_story(st, doc, layout),
        title=f"{title} {doc.number}",
        subject=f"{doc.party} {title}",
        keywords=doc_keywords(
            "notice",
            doc.record_id,
            doc.number,
            doc.content_hash,
            doc.version.version if doc.version else 1,
        ),
        footer_left=f"{title}  {fmt('编号：{}', doc.language, number_text(doc.number, doc.version, doc.language))}",
        font=st.font.name,
        layout=layout,
        language=doc.language,
    )
    return RenderedPdf(data, layout, st.font.embedded, st.font.message)

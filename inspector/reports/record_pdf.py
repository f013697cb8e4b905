"""The on-site inspection record (现场检查记录) as an A4 PDF."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, PageBreak, Paragraph, Spacer, Table

from inspector.reports.model import DistanceBlock, RecordDoc, SectionRows, SignatureRef
from inspector.reports.qr import payload, qr_flowable
from inspector.reports.styles import (
    BODY_WIDTH,
    FAIL,
    Layout,
    StampArea,
    Styles,
    build,
    esc,
    grid_style,
    key_value_table,
    make_styles,
    signature_image,
    thumbnails,
)

INLINE_PHOTOS = 6  # more than this go to an appendix page
TITLE = "现场检查记录"


@dataclass(frozen=True)
class RenderedPdf:
    data: bytes
    layout: Layout
    font_embedded: bool
    font_message: str


def doc_keywords(kind: str, record_id: str, number: str, content_hash: str) -> str:
    """The machine-readable line stored in the PDF's Keywords (read back by verify)."""
    return f"inspector-doc;kind={kind};id={record_id};no={number};sha256={content_hash}"


def header(st: Styles, office: str, title: str, number: str, qr_data: str) -> Table:
    left = [
        Paragraph(esc(office or "（未设置检查单位）"), st.office),
        Paragraph(esc(title), st.title),
        Paragraph(esc(f"编号：{number}"), st.number),
    ]
    qr = qr_flowable(qr_data, 26 * mm)
    t = Table([[left, qr]], colWidths=[BODY_WIDTH - 30 * mm, 30 * mm])
    t.setStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("ALIGN", (1, 0), (1, 0), "RIGHT")])
    return t


def _section_table(st: Styles, section: SectionRows) -> Table:
    head = ["编号", "检查内容", "结果", "数量/测量", "扣分", "备注"]
    data: list[list] = [[Paragraph(h, st.cell) for h in head]]
    for r in section.rows:
        cell_style = st.cell_bold if r.failed else st.cell
        text = r.text + ("【红线】" if r.red_line else "")
        note = r.note + (f"（{r.amended}）" if r.amended else "")
        data.append(
            [
                Paragraph(esc(r.code), st.cell),
                Paragraph(esc(text), st.cell),
                Paragraph(esc(r.result), cell_style),
                Paragraph(esc(r.value), st.cell),
                Paragraph(esc(r.deduction), cell_style),
                Paragraph(esc(note), st.cell),
            ]
        )
    widths = [16 * mm, 72 * mm, 18 * mm, 22 * mm, 12 * mm]
    widths.append(BODY_WIDTH - sum(widths))
    t = Table(data, colWidths=widths, repeatRows=1)
    t.setStyle(grid_style())
    return t


def _distance_table(st: Styles, d: DistanceBlock) -> Table:
    rows = [
        ("检查项目", d.item),
        ("结论", d.verdict),
        ("测量距离", d.measured),
        ("规定距离", d.limit),
        ("测量方法", d.method),
        ("最近学校", d.school),
        ("起点", d.start_point),
        ("终点", d.end_point),
        ("测量工具", d.tool),
        ("定位精度", d.gps_accuracy),
        ("坐标直线距离（核对）", d.computed),
        ("测量人", d.measured_by),
    ]
    t = key_value_table(st, [(k, v) for k, v in rows if v or k in ("测量距离", "结论")])
    if d.failed:
        t.setStyle([("TEXTCOLOR", (3, 0), (3, 0), FAIL)])
    return t


def _photo_grid(st: Styles, photos, per_row: int = 3) -> Table:
    cell_w = BODY_WIDTH / per_row
    cells = []
    images = thumbnails([p.path for p in photos], cell_w - 6 * mm, 45 * mm)
    for i, (p, img) in enumerate(zip(photos, images, strict=True), start=1):
        caption = Paragraph(esc(f"图 {i}  {p.caption}"), st.caption)
        cells.append([img or Paragraph("（照片文件缺失）", st.caption), caption])
    rows = [cells[i : i + per_row] for i in range(0, len(cells), per_row)]
    for row in rows:
        row += [""] * (per_row - len(row))
    t = Table(rows, colWidths=[cell_w] * per_row)
    t.setStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("ALIGN", (0, 0), (-1, -1), "CENTER")])
    return t


def signature_cell(st: Styles, sig: SignatureRef) -> list:
    """The flowables of one signature: image, name, role, time; or the refusal."""
    out: list = []
    if sig.refused:
        out.append(
            Paragraph(esc(f"拒绝签名。理由：{sig.refusal_reason or '未说明'}"), st.cell_bold)
        )
        out.append(Paragraph(esc(f"见证人：{sig.witness_name}"), st.cell))
        img = signature_image(sig.witness_png, 40 * mm, 14 * mm)
        if img is not None:
            out.append(img)
        if sig.signed_at:
            out.append(Paragraph(esc(sig.signed_at), st.small))
        return out
    if sig.stale:
        out.append(Paragraph("（签名后记录已更改，须重新签名）", st.cell_bold))
    else:
        img = signature_image(sig.png, 40 * mm, 14 * mm)
        if img is not None:
            out.append(img)
    name = sig.name + (f"（{sig.role_text}）" if sig.role_text else "")
    out.append(Paragraph(esc(name or "（未签名）"), st.cell))
    if sig.signed_at and not sig.stale:
        out.append(Paragraph(esc(sig.signed_at), st.small))
    return out


def signatures_block(st: Styles, sigs: tuple[SignatureRef, ...], layout: Layout) -> Table:
    rows = [[Paragraph(esc(s.label), st.cell), signature_cell(st, s)] for s in sigs]
    if not rows:
        rows = [[Paragraph("签名", st.cell), Paragraph("（未签名）", st.cell)]]
    left = Table(rows, colWidths=[26 * mm, 70 * mm])
    left.setStyle(grid_style(header=False))
    stamp = StampArea(layout, 62 * mm, 30 * mm, "电子签章", st.font.name)
    t = Table([[left, stamp]], colWidths=[BODY_WIDTH - 66 * mm, 66 * mm])
    t.setStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("ALIGN", (1, 0), (1, 0), "RIGHT")])
    return t


def record_story(st: Styles, doc: RecordDoc, layout: Layout) -> list:
    qr_data = payload("record", doc.record_id, doc.number, doc.content_hash)
    story: list = [header(st, doc.office, TITLE, doc.number, qr_data), Spacer(1, 2 * mm)]
    inspectors = "；".join(
        f"{p.name}（证号 {p.id_no}）" if p.id_no else p.name for p in doc.inspectors
    )
    story.append(
        key_value_table(
            st,
            [
                ("被检查单位", doc.site_name),
                ("场所类型", doc.site_kind),
                ("地址", doc.site_address),
                ("负责人", " ".join(x for x in (doc.responsible_person, doc.phone) if x)),
                ("信用代码", doc.credit_code),
                ("证照", "；".join(doc.licences) or "未登记"),
                ("检查时间", f"{doc.started_at} 至 {doc.finished_at}"),
                ("检查地点", doc.place),
                ("检查人员", inspectors),
                ("检查表", "；".join(doc.checklists)),
            ],
        )
    )
    story.append(Paragraph("检查情况", st.heading))
    for section in doc.sections:
        story.append(Paragraph(esc(section.title), st.section))
        story.append(_section_table(st, section))
        story.append(Spacer(1, 2 * mm))
    for d in doc.distance:
        story.append(
            KeepTogether([Paragraph("距学校距离测量", st.heading), _distance_table(st, d)])
        )
    verdict = f"得分：{doc.score}　　结论：{doc.result}"
    if doc.red_line:
        verdict += "　　（存在红线问题）"
    story.append(Paragraph("评分与结论", st.heading))
    story.append(Paragraph(esc(verdict), st.body))
    story.append(Paragraph("现场采取的措施", st.heading))
    story.append(Paragraph(esc(doc.measures_taken or "无"), st.body))
    if doc.notes:
        story.append(Paragraph("其他说明", st.heading))
        story.append(Paragraph(esc(doc.notes), st.body))
    appendix = len(doc.photos) > INLINE_PHOTOS
    if doc.photos:
        story.append(Paragraph("现场照片", st.heading))
        if appendix:
            story.append(Paragraph(esc(f"共 {len(doc.photos)} 张，见附页。"), st.body))
        else:
            story.append(_photo_grid(st, doc.photos))
    story.append(
        KeepTogether(
            [
                Paragraph("签名", st.heading),
                Paragraph(
                    "以上记录经被检查方核对无误。本记录一式两份，检查单位与被检查方各执一份。",
                    st.small,
                ),
                Spacer(1, 1 * mm),
                signatures_block(st, doc.signatures, layout),
                Spacer(1, 2 * mm),
                Paragraph(
                    esc(f"记录标识：{doc.record_id}　内容摘要 SHA-256：{doc.content_hash}"),
                    st.small,
                ),
                Paragraph(esc(f"生成时间：{doc.generated_at}"), st.small),
            ]
        )
    )
    if appendix:
        story.append(PageBreak())
        story.append(Paragraph(esc(f"附页：现场照片（编号 {doc.number}）"), st.heading))
        story.append(_photo_grid(st, doc.photos))
    return story


def render_record(doc: RecordDoc, font_path: str | None = None) -> RenderedPdf:
    """The record as PDF bytes, with the stamp box the signer fills."""
    st = make_styles(font_path)
    layout = Layout()
    data = build(
        record_story(st, doc, layout),
        title=f"{TITLE} {doc.number}",
        subject=f"{doc.site_name} {TITLE}",
        keywords=doc_keywords("record", doc.record_id, doc.number, doc.content_hash),
        footer_left=f"{TITLE}  编号：{doc.number}",
        font=st.font.name,
        layout=layout,
    )
    return RenderedPdf(data, layout, st.font.embedded, st.font.message)

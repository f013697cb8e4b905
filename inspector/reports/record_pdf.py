"""The on-site inspection record (现场检查记录) as an A4 PDF."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, PageBreak, Spacer, Table

from inspector.reports.labels import fmt, is_english, label, list_sep
from inspector.reports.linebreak import Paragraph
from inspector.reports.model import (
    DistanceBlock,
    RecordDoc,
    SectionRows,
    SignatureRef,
    VersionNote,
)
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
COPY_MARKS = ("第一联 存档", "第二联 被检查单位留存")  # office copy, party's copy
CHECKED = "以上记录经被检查方核对无误。本记录一式两份，检查单位与被检查方各执一份。"
REFUSED = "被检查方拒绝签名，理由及见证人见签名栏。本记录一式两份，检查单位与被检查方各执一份。"


@dataclass(frozen=True)
class RenderedPdf:
    data: bytes
    layout: Layout
    font_embedded: bool
    font_message: str


def doc_keywords(
    kind: str, record_id: str, number: str, content_hash: str, version: int = 1
) -> str:
    """The machine-readable line stored in the PDF's Keywords (read back by verify)."""
    line = f"inspector-doc;kind={kind};id={record_id};no={number};sha256={content_hash}"
    return line + (f";v={version}" if version > 1 else "")


def number_text(number: str, version: VersionNote | None, lang: str) -> str:
    """ "X-0001", or "X-0001（第 2 版）" for a later version: the same number with its version."""
    if version is None or version.version <= 1:
        return number
    return fmt("{}（第 {} 版）", lang, number, version.version)


def version_paragraphs(st: Styles, version: VersionNote | None, lang: str) -> list:
    """The line saying which version this replaces and why (nothing for a first version)."""
    if version is None or version.version <= 1:
        return []
    text = fmt(
        "本文书为第 {} 版，替代第 {} 版（原版本仍保存，不再有效）。更改原因：{}",
        lang, version.version, version.replaces, version.reason or label("未说明", lang),
    )  # fmt: skip
    return [Paragraph(esc(text), st.cell_bold), Spacer(1, 1 * mm)]


def header(
    st: Styles, office: str, title: str, number: str, qr_data: str, lang: str = "zh_CN"
) -> Table:
    left = [
        Paragraph(esc(office or label("（未设置检查单位）", lang)), st.office),
        Paragraph(esc(label(title, lang)), st.title),
        Paragraph(esc(fmt("编号：{}", lang, number)), st.number),
    ]
    qr = qr_flowable(qr_data, 26 * mm)
    t = Table([[left, qr]], colWidths=[BODY_WIDTH - 30 * mm, 30 * mm])
    t.setStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("ALIGN", (1, 0), (1, 0), "RIGHT")])
    return t


def _section_table(st: Styles, section: SectionRows, lang: str) -> Table:
    head = ["编号", "检查内容", "结果", "数量/测量", "扣分", "备注"]
    data: list[list] = [[Paragraph(label(h, lang), st.cell) for h in head]]
    for r in section.rows:
        cell_style = st.cell_bold if r.failed else st.cell
        text = r.text + (label("【红线】", lang) if r.red_line else "")
        note = fmt("{}（{}）", lang, r.note, r.amended) if r.amended else r.note
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
    if is_english(lang):  # "Deduction" needs a wider column than 扣分
        widths = [14 * mm, 68 * mm, 18 * mm, 22 * mm, 18 * mm]
    widths.append(BODY_WIDTH - sum(widths))
    t = Table(data, colWidths=widths, repeatRows=1)
    t.setStyle(grid_style())
    return t


def _distance_table(st: Styles, d: DistanceBlock, lang: str) -> Table:
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
        ("计算方法", d.computed_method),
        ("场所坐标来源", d.site_source),
        ("学校坐标来源", d.school_source),
        ("距离依据", d.basis),
        ("测量人", d.measured_by),
    ]
    kept = [(label(k, lang), v) for k, v in rows if v or k in ("测量距离", "结论")]
    t = key_value_table(st, kept)
    if d.failed:
        t.setStyle([("TEXTCOLOR", (3, 0), (3, 0), FAIL)])
    return t


def _photo_grid(st: Styles, photos, lang: str, per_row: int = 3) -> Table:
    cell_w = BODY_WIDTH / per_row
    cells: list[Any] = []
    images = thumbnails([p.path for p in photos], cell_w - 6 * mm, 45 * mm)
    for i, (p, img) in enumerate(zip(photos, images, strict=True), start=1):
        caption = Paragraph(esc(fmt("图 {}  {}", lang, i, p.caption)), st.caption)
        missing = Paragraph(label("（照片文件缺失）", lang), st.caption)
        cells.append([img or missing, caption])
    rows = [cells[i : i + per_row] for i in range(0, len(cells), per_row)]
    for row in rows:
        row += [""] * (per_row - len(row))
    t = Table(rows, colWidths=[cell_w] * per_row)
    t.setStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("ALIGN", (0, 0), (-1, -1), "CENTER")])
    return t


def signature_cell(st: Styles, sig: SignatureRef, lang: str = "zh_CN") -> list:
    """The flowables of one signature: image, name, role, time; or the refusal.

    One given before an amendment (``stale``) is shown as "签于更正前"."""
    out: list = [_before_amendment(st, lang)] if sig.stale else []
    if sig.refused:
        reason = sig.refusal_reason or label("未说明", lang)
        out.append(Paragraph(esc(fmt("拒绝签名。理由：{}", lang, reason)), st.cell_bold))
        out.append(Paragraph(esc(fmt("见证人：{}", lang, sig.witness_name)), st.cell))
        img = signature_image(sig.witness_png, 40 * mm, 14 * mm)
        if img is not None:
            out.append(img)
        if sig.signed_at:
            out.append(Paragraph(esc(sig.signed_at), st.small))
        return out
    img = signature_image(sig.png, 40 * mm, 14 * mm)
    if img is not None:
        out.append(img)
    name = fmt("{}（{}）", lang, sig.name, sig.role_text) if sig.role_text else sig.name
    out.append(Paragraph(esc(name or label("（未签名）", lang)), st.cell))
    if sig.signed_at:
        out.append(Paragraph(esc(sig.signed_at), st.small))
    return out


def _before_amendment(st: Styles, lang: str) -> Paragraph:
    return Paragraph(label("签于更正前（更正后须重新签名）", lang), st.cell_bold)


def _amendments_table(st: Styles, doc: RecordDoc, lang: str) -> Table:
    head = ["检查项", "原结果", "更正为", "更正时间", "更正人", "理由"]
    data: list[list] = [[Paragraph(label(h, lang), st.cell) for h in head]]
    for a in doc.amendments:
        cells = (a.item, a.old, a.new, a.at, a.actor, a.reason)
        data.append([Paragraph(esc(c), st.cell) for c in cells])
    widths = [40 * mm, 18 * mm, 18 * mm, 30 * mm, 18 * mm]
    widths.append(BODY_WIDTH - sum(widths))
    t = Table(data, colWidths=widths, repeatRows=1)
    t.setStyle(grid_style())
    return t


def signatures_block(
    st: Styles, sigs: tuple[SignatureRef, ...], layout: Layout, lang: str = "zh_CN"
) -> Table:
    rows = [[Paragraph(esc(s.label), st.cell), signature_cell(st, s, lang)] for s in sigs]
    if not rows:
        rows = [
            [Paragraph(label("签名", lang), st.cell), Paragraph(label("（未签名）", lang), st.cell)]
        ]
    left = Table(rows, colWidths=[26 * mm, 70 * mm])
    left.setStyle(grid_style(header=False))
    stamp = StampArea(layout, 62 * mm, 30 * mm, label("电子签章", lang), st.font.name)
    t = Table([[left, stamp]], colWidths=[BODY_WIDTH - 66 * mm, 66 * mm])
    t.setStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("ALIGN", (1, 0), (1, 0), "RIGHT")])
    return t


def copy_mark(st: Styles, mark: str) -> Paragraph:
    """The copy's mark above its first page's header (第一联 存档 …)."""
    return Paragraph(f"<b>{esc(mark)}</b>", st.number)


def record_story(st: Styles, doc: RecordDoc, layout: Layout, mark: str = "") -> list:
    lang = doc.language
    qr_data = payload("record", doc.record_id, doc.number, doc.content_hash)
    number = number_text(doc.number, doc.version, lang)
    story: list = [copy_mark(st, label(mark, lang))] if mark else []
    story += [header(st, doc.office, TITLE, number, qr_data, lang), Spacer(1, 2 * mm)]
    story += version_paragraphs(st, doc.version, lang)
    sep = list_sep(lang)
    inspectors = sep.join(
        fmt("{}（证号 {}）", lang, p.name, p.id_no) if p.id_no else p.name for p in doc.inspectors
    )
    facts = [
        ("被检查单位", doc.site_name),
        ("场所类型", doc.site_kind),
        ("地址", doc.site_address),
        ("负责人", " ".join(x for x in (doc.responsible_person, doc.phone) if x)),
        ("信用代码", doc.credit_code),
        ("证照", sep.join(doc.licences) or label("未登记", lang)),
        ("检查时间", fmt("{} 至 {}", lang, doc.started_at, doc.finished_at)),
        ("检查地点", doc.place),
        ("检查人员", inspectors),
        ("检查表", sep.join(doc.checklists)),
    ]
    story.append(key_value_table(st, [(label(k, lang), v) for k, v in facts]))
    story.append(Paragraph(label("检查情况", lang), st.heading))
    for section in doc.sections:
        story.append(Paragraph(esc(section.title), st.section))
        story.append(_section_table(st, section, lang))
        story.append(Spacer(1, 2 * mm))
    for d in doc.distance:
        heading = Paragraph(label("距学校距离测量", lang), st.heading)
        story.append(KeepTogether([heading, _distance_table(st, d, lang)]))
    verdict = fmt("得分：{}　　结论：{}", lang, doc.score, doc.result)
    if doc.red_line:
        verdict += label("　　（存在红线问题）", lang)
    story.append(Paragraph(label("评分与结论", lang), st.heading))
    story.append(Paragraph(esc(verdict), st.body))
    if doc.amendments:
        story.append(Paragraph(label("更正记录", lang), st.heading))
        story.append(_amendments_table(st, doc, lang))
    story.append(Paragraph(label("现场采取的措施", lang), st.heading))
    story.append(Paragraph(esc(doc.measures_taken or label("无", lang)), st.body))
    if doc.notes:
        story.append(Paragraph(label("其他说明", lang), st.heading))
        story.append(Paragraph(esc(doc.notes), st.body))
    appendix = len(doc.photos) > INLINE_PHOTOS
    if doc.photos:
        story.append(Paragraph(label("现场照片", lang), st.heading))
        if appendix:
            story.append(Paragraph(esc(fmt("共 {} 张，见附页。", lang, len(doc.photos))), st.body))
        else:
            story.append(_photo_grid(st, doc.photos, lang))
    party_refused = any(s.role == "party" and s.refused for s in doc.signatures)
    ident = fmt("记录标识：{}　内容摘要 SHA-256：{}", lang, doc.record_id, doc.content_hash)
    story.append(
        KeepTogether(
            [
                Paragraph(label("签名", lang), st.heading),
                Paragraph(label(REFUSED if party_refused else CHECKED, lang), st.small),
                Spacer(1, 1 * mm),
                signatures_block(st, doc.signatures, layout, lang),
                Spacer(1, 2 * mm),
                Paragraph(esc(ident), st.small),
                Paragraph(esc(fmt("生成时间：{}", lang, doc.generated_at)), st.small),
            ]
        )
    )
    if appendix:
        story.append(PageBreak())
        story.append(Paragraph(esc(fmt("附页：现场照片（编号 {}）", lang, doc.number)), st.heading))
        story.append(_photo_grid(st, doc.photos, lang))
    return story


def _v(version: VersionNote | None) -> int:
    return version.version if version is not None else 1


def render_record(doc: RecordDoc, font_path: str | None = None) -> RenderedPdf:
    """The record as PDF bytes in its two copies (第一联 存档, 第二联 被检查单位留存).

    Both copies are in the one file that is signed, so the marks are part of
    what the signature covers. Each copy has a stamp box; the signer's visible
    stamp goes into the last one, the signature itself covers the whole file.
    """
    st = make_styles(font_path)
    layout = Layout()
    title = label(TITLE, doc.language)
    story: list = []
    for i, mark in enumerate(COPY_MARKS):
        if i:
            story.append(PageBreak())
        story += record_story(st, doc, layout, mark)
    data = build(
        story,
        title=f"{title} {doc.number}",
        subject=f"{doc.site_name} {title}",
        keywords=doc_keywords(
            "record", doc.record_id, doc.number, doc.content_hash, _v(doc.version)
        ),
        footer_left=f"{title}  {fmt('编号：{}', doc.language, number_text(doc.number, doc.version, doc.language))}",
        font=st.font.name,
        layout=layout,
        language=doc.language,
        copy_marks=tuple(label(m, doc.language) for m in COPY_MARKS),
    )
    return RenderedPdf(data, layout, st.font.embedded, st.font.message)

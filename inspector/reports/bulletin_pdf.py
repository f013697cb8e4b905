"""The red/black list bulletin (红黑榜) as a PDF, made from an issue's snapshot.

The snapshot is the frozen data of :mod:`inspector.services.followup.lists`; this module
only draws it. No personal names of shop staff are printed (the snapshot holds
none). A draft gets a "草稿" (Draft) watermark and no issue date.

``language`` "en" prints the fixed words in English (``reports.labels``) and the
snapshot's ``*_en`` texts where it has them (snapshots published before those
fields existed fall back to their Chinese); what people entered prints as entered.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from inspector.domain.cases import STATE_LABELS
from inspector.reports.bulletin_common import (
    DocStyles,
    doc_styles,
    esc,
    page_count_canvas,
    page_footer,
    table_style,
)
from inspector.reports.labels import fmt, is_english, label, list_sep

RED_HEADER = "#f6d5d5"
BLACK_HEADER = "#d9d9d9"


def en_text(data: dict[str, Any], key: str, lang: str) -> str:
    """``data[key]``, or its ``key_en`` twin in English when the snapshot has one."""
    if is_english(lang) and data.get(f"{key}_en"):
        return str(data[f"{key}_en"])
    return str(data.get(key, "") or "")


def bulletin_title(snapshot: dict[str, Any], lang: str = "zh_CN") -> str:
    period = en_text(snapshot, "period_label", lang)
    category = _category(snapshot, lang)
    if is_english(lang):
        return f"Civilized City Red and Black List, {category}{period}"
    return f"{period}{category}文明创建红黑榜"


def _category(snapshot: dict[str, Any], lang: str) -> str:
    if not snapshot.get("category_label") or snapshot.get("category") == "all":
        return ""
    if snapshot.get("category_label") == "全部类别":
        return ""
    cat = en_text(snapshot, "category_label", lang)
    return f"{cat}, " if is_english(lang) else cat


def date_text(iso: str, lang: str) -> str:
    if not iso:
        return ""
    if is_english(lang):
        return iso
    d = date.fromisoformat(iso)
    return f"{d.year}年{d.month}月{d.day}日"


def _issue_line(snapshot: dict[str, Any], lang: str) -> str:
    number = snapshot.get("issue_number") or ""
    return fmt("（{}）", lang, number).strip() if number else label("（草稿，未发布）", lang)


def reasons_text(e: dict[str, Any], lang: str) -> str:
    """The entry's reasons in ``lang`` (each falls back to Chinese), then the site's reply."""
    zh = e.get("reasons", [])
    en = e.get("reasons_en") or []
    texts = [en[i] if is_english(lang) and i < len(en) and en[i] else t for i, t in enumerate(zh)]
    out = list_sep(lang).join(texts)
    if e.get("reply"):
        out += "\n" + fmt("场所说明：{}", lang, e["reply"])
    return out


def status_text(p: dict[str, Any], lang: str) -> str:
    """A case state in ``lang``; older snapshots hold only the Chinese word."""
    if not is_english(lang):
        return p.get("status", "")
    if p.get("status_en"):
        return p["status_en"]
    by_zh = {t.zh_CN: t.en for t in STATE_LABELS.values()}
    return by_zh.get(p.get("status", ""), p.get("status", ""))


def _kind(entry: dict[str, Any], lang: str) -> str:
    """The site's kind (网吧, 农贸市场 …); snapshots published before it was kept have none."""
    from inspector.domain.site_kinds import kind_label

    return kind_label(entry["kind"], lang) if entry.get("kind") else ""


def _head(st: DocStyles, words: tuple[str, ...], lang: str) -> list:
    from inspector.reports.linebreak import Paragraph

    return [Paragraph(esc(label(w, lang)), st.cell) for w in words]


def _red_table(
    st: DocStyles, entries: list[dict[str, Any]], width: float, first: int = 0, lang: str = "zh_CN"
):
    from reportlab.platypus import Table

    from inspector.reports.linebreak import Paragraph

    head = ("序号", "场所名称", "类别", "地址", "证照号码/统一社会信用代码", "上榜理由")
    rows = [_head(st, head, lang)]
    for n, e in enumerate(entries, first + 1):
        values = (n, e["name"], _kind(e, lang), e["address"], e["code"], reasons_text(e, lang))
        rows.append([Paragraph(esc(v), st.cell) for v in values])
    fr = [0.05, 0.18, 0.09, 0.2, 0.18, 0.3]
    t = Table(rows, colWidths=[f * width for f in fr], repeatRows=1)
    t.setStyle(table_style(RED_HEADER))
    return t


def _black_table(
    st: DocStyles, entries: list[dict[str, Any]], width: float, first: int = 0, lang: str = "zh_CN"
):
    """One row per problem; the site's cells span its problems' rows."""
    from reportlab.platypus import Table

    from inspector.reports.linebreak import Paragraph

    head = ("序号", "场所名称", "类别", "地址", "证照号码/统一社会信用代码", "存在问题",
            "整改期限", "整改情况", "复查日期", "上榜理由及场所说明")  # fmt: skip
    rows = [_head(st, head, lang)]
    spans: list[tuple] = []
    for n, e in enumerate(entries, first + 1):
        reasons = reasons_text(e, lang)
        problems = e.get("problems") or [{}]
        top = len(rows)
        for i, p in enumerate(problems):
            problem = en_text(p, "item", lang)
            if p.get("finding"):
                problem = fmt("{}：{}", lang, problem, p["finding"])
            site = (n, e["name"], _kind(e, lang), e["address"], e["code"]) if i == 0 else ("",) * 5
            values = (*site, problem, p.get("deadline", ""), status_text(p, lang),
                      p.get("recheck_on", "") or ("—" if p else ""), reasons if i == 0 else "")  # fmt: skip
            rows.append([Paragraph(esc(v), st.cell) for v in values])
        last = len(rows) - 1
        # spanned rows cannot break across pages: a site with many problems keeps its
        # cells in the first row only, so the table can split between its problems
        if top < last < top + SPAN_ROWS:
            spans += [("SPAN", (c, top), (c, last)) for c in (0, 1, 2, 3, 4, 9)]
    fr = [0.04, 0.1, 0.06, 0.1, 0.1, 0.21, 0.08, 0.07, 0.08, 0.16]
    if is_english(lang):  # English states ("Referred to law enforcement") need room
        fr = [0.03, 0.09, 0.06, 0.1, 0.1, 0.2, 0.08, 0.1, 0.08, 0.16]
    # a code is never split: its column grows to the widest code, the problems give way
    extra = _code_width(st, entries) / width - fr[4]
    if extra > 0:
        fr[4] += extra
        fr[5] -= extra
    t = Table(rows, colWidths=[f * width for f in fr], repeatRows=1)
    style = table_style(BLACK_HEADER)
    for cmd in spans:
        style.add(*cmd)
    t.setStyle(style)
    return t


def _code_width(st: DocStyles, entries: list[dict[str, Any]]) -> float:
    """The width (points, with the cell's padding) of the widest licence or credit code."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    cell: Any = st.cell  # a ParagraphStyle (typed loosely so reportlab loads late)
    font, size = cell.fontName, cell.fontSize
    widest = max((stringWidth(str(e.get("code") or ""), font, size) for e in entries), default=0)
    return widest + 7  # 3 pt padding each side, and a point to spare


def _removal_table(
    st: DocStyles, removals: list[dict[str, Any]], width: float, first: int = 0, lang: str = "zh_CN"
):
    from reportlab.platypus import Table

    from inspector.reports.linebreak import Paragraph

    rows = [_head(st, ("序号", "场所名称", "地址", "移出日期", "理由"), lang)]
    for n, r in enumerate(removals, first + 1):
        values = (n, r["name"], r["address"], r["removed_on"], r["reason"])
        rows.append([Paragraph(esc(v), st.cell) for v in values])
    fr = [0.06, 0.24, 0.3, 0.14, 0.26]
    t = Table(rows, colWidths=[f * width for f in fr], repeatRows=1)
    t.setStyle(table_style())
    return t


def _photos(
    st: DocStyles, entries: list[dict[str, Any]], photos_dir: Path, width: float, lang: str
) -> list:
    from reportlab.platypus import Image, Table

    from inspector.reports.linebreak import Paragraph

    out: list = []
    for e in entries:
        cells = []
        for p in e.get("problems", []):
            for name in p.get("photos", []):
                path = photos_dir / name
                if path.is_file():
                    try:
                        img = Image(str(path))
                    except OSError:
                        continue
                    scale = min(width / 4.3 / img.imageWidth, 110 / img.imageHeight)
                    img.drawWidth, img.drawHeight = img.imageWidth * scale, img.imageHeight * scale
                    cells.append(img)
        if cells:
            out.append(Paragraph(esc(fmt("{}：现场照片", lang, e["name"])), st.body))
            out.append(Table([cells[:4]], hAlign="LEFT"))
    return out


SPAN_ROWS = 6  # a site's cells span at most this many problem rows
CHUNK = 25  # entries per table: reportlab splits many short tables much faster than one long one


def _chunked(make, st: DocStyles, entries: list[dict[str, Any]], width: float, lang: str) -> list:
    """The table in slices of CHUNK entries (numbering continues), each with its header."""
    out = []
    for start in range(0, len(entries), CHUNK):
        table = make(st, entries[start : start + CHUNK], width, start, lang)
        out.append(table)
    return out


def write_bulletin_pdf(
    snapshot: dict[str, Any],
    path: Path,
    *,
    font_path: str | None = None,
    photos_dir: Path | None = None,
    sha256: str = "",
    language: str = "zh_CN",
    issue_id: str = "",
) -> Path:
    """Draw the bulletin for ``snapshot`` into ``path`` (A4 landscape) in ``language``.

    The Keywords carry the issue's id and snapshot hash (``kind=bulletin``) for
    ``verify``, which also reads the hash printed at the end back from the page.
    """
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.units import mm
    from reportlab.platypus import SimpleDocTemplate, Spacer

    from inspector.reports.linebreak import Paragraph

    lang = language
    st = doc_styles(font_path)
    size = landscape(A4)
    title = bulletin_title(snapshot, lang)
    doc = SimpleDocTemplate(
        str(path),
        pagesize=size,
        leftMargin=14 * mm,
        rightMargin=14 * mm,
        topMargin=14 * mm,
        bottomMargin=16 * mm,
        title=title,
        author=snapshot.get("office", ""),
        subject=f"{snapshot.get('period', '')} {snapshot.get('issue_number', '')}",
        keywords=(
            f"inspector-doc;kind=bulletin;id={issue_id};"
            f"no={snapshot.get('issue_number') or ''};sha256={sha256}"
        ),
        lang="en" if is_english(lang) else "zh-CN",
    )
    width = size[0] - doc.leftMargin - doc.rightMargin
    red, black = snapshot.get("red", []), snapshot.get("black", [])
    none = Paragraph(esc(label("本期无。", lang)), st.body)
    story: list = [
        Paragraph(esc(title), st.title),
        Paragraph(esc(_issue_line(snapshot, lang)), st.subtitle),
        Spacer(1, 4 * mm),
        Paragraph(esc(fmt("一、红榜（{} 家）", lang, len(red))), st.heading),
    ]
    story.extend(_chunked(_red_table, st, red, width, lang) if red else [none])
    story.append(Paragraph(esc(fmt("二、黑榜（{} 家）", lang, len(black))), st.heading))
    story.extend(_chunked(_black_table, st, black, width, lang) if black else [none])
    removals = snapshot.get("removals", [])
    if removals:
        heading = fmt("三、经复查合格移出黑榜（{} 家）", lang, len(removals))
        story.append(Paragraph(esc(heading), st.heading))
        story.extend(_chunked(_removal_table, st, removals, width, lang))
    if photos_dir is not None:
        pics = _photos(st, black, photos_dir, width, lang)
        if pics:
            story.append(Paragraph(esc(label("附：黑榜问题照片", lang)), st.heading))
            story.extend(pics)
    story.append(Spacer(1, 8 * mm))
    office = snapshot.get("office") or label("（发布单位）", lang)
    when = date_text(snapshot.get("published_on", ""), lang) or label("（未发布）", lang)
    story.append(Paragraph(esc(fmt("发布单位：{}", lang, office)), st.body))
    story.append(Paragraph(esc(fmt("发布日期：{}", lang, when)), st.body))
    if sha256:
        story.append(Paragraph(esc(fmt("本期快照 SHA-256：{}", lang, sha256)), st.small))
    footer = f"{title} {snapshot.get('issue_number', '')}"
    mark = "" if snapshot.get("issue_number") else label("草稿", lang)
    on_page = page_footer(st.font.name, footer, mark, lang)
    doc.build(
        story,
        onFirstPage=on_page,
        onLaterPages=on_page,
        canvasmaker=page_count_canvas(lang),
    )
    return path

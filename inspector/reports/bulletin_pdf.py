"""The red/black list bulletin (红黑榜) as a PDF, made from an issue's snapshot.

The snapshot is the frozen data of :mod:`inspector.services.lists`; this module
only draws it. No personal names of shop staff are printed (the snapshot holds
none). A draft gets a "草稿" watermark and no issue date.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from inspector.reports.bulletin_common import DocStyles, doc_styles, esc, page_footer, table_style

RED_HEADER = "#f6d5d5"
BLACK_HEADER = "#d9d9d9"


def bulletin_title(snapshot: dict[str, Any]) -> str:
    return f"{snapshot.get('period_label', '')}{_category(snapshot)}文明创建红黑榜"


def _category(snapshot: dict[str, Any]) -> str:
    cat = snapshot.get("category_label", "")
    return "" if not cat or cat == "全部类别" else f"{cat}"


def _date_zh(iso: str) -> str:
    if not iso:
        return ""
    d = date.fromisoformat(iso)
    return f"{d.year}年{d.month}月{d.day}日"


def _issue_line(snapshot: dict[str, Any]) -> str:
    number = snapshot.get("issue_number") or ""
    return f"（{number}）" if number else "（草稿，未发布）"


def _red_table(st: DocStyles, entries: list[dict[str, Any]], width: float, first: int = 0):
    from reportlab.platypus import Paragraph, Table

    head = ["序号", "场所名称", "地址", "证照号码/统一社会信用代码", "上榜理由"]
    rows = [[Paragraph(h, st.cell) for h in head]]
    for n, e in enumerate(entries, first + 1):
        reasons = "；".join(e.get("reasons", []))
        if e.get("reply"):
            reasons += f"\n场所说明：{e['reply']}"
        rows.append(
            [Paragraph(esc(v), st.cell) for v in (n, e["name"], e["address"], e["code"], reasons)]
        )
    fr = [0.06, 0.2, 0.24, 0.2, 0.3]
    t = Table(rows, colWidths=[f * width for f in fr], repeatRows=1)
    t.setStyle(table_style(RED_HEADER))
    return t


def _black_table(st: DocStyles, entries: list[dict[str, Any]], width: float, first: int = 0):
    """One row per problem; the site's cells span its problems' rows."""
    from reportlab.platypus import Paragraph, Table

    head = ["序号", "场所名称", "地址", "证照号码/统一社会信用代码", "存在问题", "整改期限",
            "整改情况", "复查日期", "上榜理由及场所说明"]  # fmt: skip
    rows = [[Paragraph(h, st.cell) for h in head]]
    spans: list[tuple] = []
    for n, e in enumerate(entries, first + 1):
        reasons = "；".join(e.get("reasons", []))
        if e.get("reply"):
            reasons += f"\n场所说明：{e['reply']}"
        problems = e.get("problems") or [{}]
        top = len(rows)
        for i, p in enumerate(problems):
            problem = p.get("item", "")
            if p.get("finding"):
                problem += f"：{p['finding']}"
            site = (n, e["name"], e["address"], e["code"]) if i == 0 else ("", "", "", "")
            values = (*site, problem, p.get("deadline", ""), p.get("status", ""),
                      p.get("recheck_on", "") or ("—" if p else ""), reasons if i == 0 else "")  # fmt: skip
            rows.append([Paragraph(esc(v), st.cell) for v in values])
        last = len(rows) - 1
        if last > top:
            spans += [("SPAN", (c, top), (c, last)) for c in (0, 1, 2, 3, 8)]
    fr = [0.04, 0.1, 0.12, 0.11, 0.24, 0.08, 0.07, 0.08, 0.16]
    t = Table(rows, colWidths=[f * width for f in fr], repeatRows=1)
    style = table_style(BLACK_HEADER)
    for cmd in spans:
        style.add(*cmd)
    t.setStyle(style)
    return t


def _removal_table(st: DocStyles, removals: list[dict[str, Any]], width: float, first: int = 0):
    from reportlab.platypus import Paragraph, Table

    rows = [[Paragraph(h, st.cell) for h in ("序号", "场所名称", "地址", "移出日期", "理由")]]
    for n, r in enumerate(removals, first + 1):
        values = (n, r["name"], r["address"], r["removed_on"], r["reason"])
        rows.append([Paragraph(esc(v), st.cell) for v in values])
    fr = [0.06, 0.24, 0.3, 0.14, 0.26]
    t = Table(rows, colWidths=[f * width for f in fr], repeatRows=1)
    t.setStyle(table_style())
    return t


def _photos(st: DocStyles, entries: list[dict[str, Any]], photos_dir: Path, width: float) -> list:
    from reportlab.platypus import Image, Paragraph, Table

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
            out.append(Paragraph(esc(f"{e['name']}：现场照片"), st.body))
            out.append(Table([cells[:4]], hAlign="LEFT"))
    return out


CHUNK = 25  # entries per table: reportlab splits many short tables much faster than one long one


def _chunked(make, st: DocStyles, entries: list[dict[str, Any]], width: float) -> list:
    """The table in slices of CHUNK entries (numbering continues), each with its header."""
    out = []
    for start in range(0, len(entries), CHUNK):
        table = make(st, entries[start : start + CHUNK], width, start)
        out.append(table)
    return out


def write_bulletin_pdf(
    snapshot: dict[str, Any],
    path: Path,
    *,
    font_path: str | None = None,
    photos_dir: Path | None = None,
    sha256: str = "",
) -> Path:
    """Draw the bulletin for ``snapshot`` into ``path`` (A4 landscape)."""
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

    st = doc_styles(font_path)
    size = landscape(A4)
    doc = SimpleDocTemplate(
        str(path),
        pagesize=size,
        leftMargin=14 * mm,
        rightMargin=14 * mm,
        topMargin=14 * mm,
        bottomMargin=16 * mm,
        title=bulletin_title(snapshot),
        author=snapshot.get("office", ""),
        subject=f"{snapshot.get('period', '')} {snapshot.get('issue_number', '')}",
    )
    width = size[0] - doc.leftMargin - doc.rightMargin
    red, black = snapshot.get("red", []), snapshot.get("black", [])
    story: list = [
        Paragraph(esc(bulletin_title(snapshot)), st.title),
        Paragraph(esc(_issue_line(snapshot)), st.subtitle),
        Spacer(1, 4 * mm),
        Paragraph(esc(f"一、红榜（{len(red)} 家）"), st.heading),
    ]
    story.extend(_chunked(_red_table, st, red, width) if red else [Paragraph("本期无。", st.body)])
    story.append(Paragraph(esc(f"二、黑榜（{len(black)} 家）"), st.heading))
    story.extend(
        _chunked(_black_table, st, black, width) if black else [Paragraph("本期无。", st.body)]
    )
    removals = snapshot.get("removals", [])
    if removals:
        story.append(Paragraph(esc(f"三、经复查合格移出黑榜（{len(removals)} 家）"), st.heading))
        story.extend(_chunked(_removal_table, st, removals, width))
    if photos_dir is not None:
        pics = _photos(st, black, photos_dir, width)
        if pics:
            story.append(Paragraph("附：黑榜问题照片", st.heading))
            story.extend(pics)
    story.append(Spacer(1, 8 * mm))
    office = snapshot.get("office") or "（发布单位）"
    when = _date_zh(snapshot.get("published_on", "")) or "（未发布）"
    story.append(Paragraph(esc(f"发布单位：{office}"), st.body))
    story.append(Paragraph(esc(f"发布日期：{when}"), st.body))
    if sha256:
        story.append(Paragraph(esc(f"本期快照 SHA-256：{sha256}"), st.small))
    footer = f"{bulletin_title(snapshot)} {snapshot.get('issue_number', '')}"
    mark = "" if snapshot.get("issue_number") else "草稿"
    on_page = page_footer(st.font.name, footer, mark)
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)
    return path

"""The red/black list bulletin as an XLSX workbook (openpyxl): the same entries as the PDF.

Sheet names, headings and the software's words follow ``language`` like the PDF
(``reports.labels``); what people entered is written as entered.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from inspector.reports.bulletin_pdf import (
    bulletin_title,
    date_text,
    en_text,
    reasons_text,
    status_text,
)
from inspector.reports.cells import text_cells
from inspector.reports.labels import fmt, label

RED_HEAD = ["序号", "场所名称", "地址", "网格", "证照号码/统一社会信用代码", "上榜理由", "场所说明"]
BLACK_HEAD = [
    "序号",
    "场所名称",
    "地址",
    "网格",
    "证照号码/统一社会信用代码",
    "存在问题",
    "整改期限",
    "整改情况",
    "复查日期",
    "上榜理由",
    "场所说明",
]
REMOVAL_HEAD = ["序号", "场所名称", "地址", "移出日期", "理由"]


def _sheet(wb, title: str, heading: str, head: list[str], rows: list[list[Any]], fill: str):
    from openpyxl.styles import Alignment, Font, PatternFill

    ws = wb.create_sheet(title)
    ws.append([heading])
    ws["A1"].font = Font(bold=True, size=13)
    ws.append(head)
    for cell in ws[2]:
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor=fill)
    for row in rows:
        ws.append(row)
    wrap = Alignment(wrap_text=True, vertical="top")
    for row in ws.iter_rows(min_row=3):
        for cell in row:
            cell.alignment = wrap
    for i, _h in enumerate(head):
        letter = ws.cell(row=2, column=i + 1).column_letter
        ws.column_dimensions[letter].width = 6 if i == 0 else 22
    ws.freeze_panes = "A3"
    return ws


def write_bulletin_xlsx(
    snapshot: dict[str, Any], path: Path, sha256: str = "", language: str = "zh_CN"
) -> Path:
    from openpyxl import Workbook

    lang = language
    wb = Workbook()
    wb.remove(wb.active)
    title = bulletin_title(snapshot, lang)
    number = snapshot.get("issue_number") or label("草稿", lang)

    def reasons(e: dict[str, Any]) -> str:  # without the reply: it has its own column
        return reasons_text({**e, "reply": ""}, lang)

    red_rows = [
        [
            n,
            e["name"],
            e["address"],
            e.get("grid", ""),
            e["code"],
            reasons(e),
            e.get("reply", ""),
        ]
        for n, e in enumerate(snapshot.get("red", []), 1)
    ]
    black_rows = []
    for n, e in enumerate(snapshot.get("black", []), 1):
        problems = e.get("problems", [])
        black_rows.append(
            [
                n,
                e["name"],
                e["address"],
                e.get("grid", ""),
                e["code"],
                "\n".join(
                    fmt("{}：{}", lang, en_text(p, "item", lang), p["finding"])
                    if p.get("finding")
                    else en_text(p, "item", lang)
                    for p in problems
                ),
                "\n".join(p.get("deadline", "") for p in problems),
                "\n".join(status_text(p, lang) for p in problems),
                "\n".join(p.get("recheck_on", "") or "—" for p in problems),
                reasons(e),
                e.get("reply", ""),
            ]
        )

    def head(words: list[str]) -> list[str]:
        return [label(w, lang) for w in words]

    def heading(part: str) -> str:
        return fmt("{}（{}）{}", lang, title, number, label(part, lang))

    _sheet(wb, label("红榜", lang), heading("红榜"), head(RED_HEAD), red_rows, "F6D5D5")
    _sheet(wb, label("黑榜", lang), heading("黑榜"), head(BLACK_HEAD), black_rows, "D9D9D9")
    removal_rows = [
        [n, r["name"], r["address"], r["removed_on"], r["reason"]]
        for n, r in enumerate(snapshot.get("removals", []), 1)
    ]
    _sheet(
        wb,
        label("移出黑榜", lang),
        heading("经复查合格移出黑榜"),
        head(REMOVAL_HEAD),
        removal_rows,
        "EEEEEE",
    )
    info = wb.create_sheet(label("发布信息", lang))
    published = date_text(snapshot.get("published_on", ""), "en") or label("（未发布）", lang)
    for row in (
        ("标题", title),
        ("期号", number),
        ("期间", snapshot.get("period", "")),
        ("类别", en_text(snapshot, "category_label", lang)),
        ("发布单位", snapshot.get("office", "")),
        ("发布日期", published),
        ("快照 SHA-256", sha256),
    ):
        info.append([label(row[0], lang), row[1]])
    info.column_dimensions["A"].width = 16
    info.column_dimensions["B"].width = 70
    text_cells(wb)  # what people typed stays text, never a formula
    wb.save(path)
    return path

"""The red/black list bulletin as an XLSX workbook (openpyxl): the same entries as the PDF."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from inspector.reports.bulletin_pdf import bulletin_title

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


def write_bulletin_xlsx(snapshot: dict[str, Any], path: Path, sha256: str = "") -> Path:
    from openpyxl import Workbook

    wb = Workbook()
    wb.remove(wb.active)
    title = bulletin_title(snapshot)
    number = snapshot.get("issue_number") or "草稿"
    red_rows = [
        [
            n,
            e["name"],
            e["address"],
            e.get("grid", ""),
            e["code"],
            "；".join(e["reasons"]),
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
                    p["item"] + (f"：{p['finding']}" if p.get("finding") else "") for p in problems
                ),
                "\n".join(p.get("deadline", "") for p in problems),
                "\n".join(p.get("status", "") for p in problems),
                "\n".join(p.get("recheck_on", "") or "—" for p in problems),
                "；".join(e["reasons"]),
                e.get("reply", ""),
            ]
        )
    _sheet(wb, "红榜", f"{title}（{number}）红榜", RED_HEAD, red_rows, "F6D5D5")
    _sheet(wb, "黑榜", f"{title}（{number}）黑榜", BLACK_HEAD, black_rows, "D9D9D9")
    removal_rows = [
        [n, r["name"], r["address"], r["removed_on"], r["reason"]]
        for n, r in enumerate(snapshot.get("removals", []), 1)
    ]
    _sheet(
        wb,
        "移出黑榜",
        f"{title}（{number}）经复查合格移出黑榜",
        REMOVAL_HEAD,
        removal_rows,
        "EEEEEE",
    )
    info = wb.create_sheet("发布信息")
    for row in (
        ("标题", title),
        ("期号", number),
        ("期间", snapshot.get("period", "")),
        ("类别", snapshot.get("category_label", "")),
        ("发布单位", snapshot.get("office", "")),
        ("发布日期", snapshot.get("published_on", "") or "（未发布）"),
        ("快照 SHA-256", sha256),
    ):
        info.append(list(row))
    info.column_dimensions["A"].width = 16
    info.column_dimensions["B"].width = 70
    wb.save(path)
    return path

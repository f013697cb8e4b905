"""A market checklist written cell by cell in the XLSForm layout (test helper).

Written with openpyxl the way an office clerk fills the sheets in Excel, not
by exporting a template: a whole-market group with a condition and a
constraint, and a stall group answered once per stall.
"""

from __future__ import annotations

from pathlib import Path

import openpyxl

SURVEY_HEAD = [
    "type", "name", "label::zh_CN", "label::en", "hint::zh_CN", "required", "relevant",
    "constraint", "constraint_message::zh_CN", "severity", "points", "unit", "min", "max",
    "fail_above", "photo_on_fail", "note_on_fail",
]  # fmt: skip


def survey_rows() -> list[list[object]]:
    """The survey sheet below its header, one list per row (None: empty cell)."""

    def row(**cells: object) -> list[object]:
        return [cells.get(h.replace("::", "_")) for h in SURVEY_HEAD]

    return [
        row(type="begin_group", name="whole", label_zh_CN="市场整体", label_en="Whole market"),
        row(type="pass_fail", name="TM-01", label_zh_CN="入口公示投诉电话", severity="deduct",
            points=2, photo_on_fail="yes"),
        row(type="select_one yn", name="TM-02", label_zh_CN="是否设有熟食区", severity="advisory"),
        row(type="integer", name="TM-03", label_zh_CN="熟食摊位无防蝇设施的数量",
            severity="deduct", points=3, fail_above=0, relevant="${TM-02} = 'yes'",
            constraint=". >= 0 and . <= 200", constraint_message_zh_CN="数量应在 0 到 200 之间"),
        row(type="decimal", name="TM-04", label_zh_CN="公平秤误差", severity="deduct", points=1,
            unit="g", max=5),
        row(type="end_group"),
        row(type="begin_repeat", name="stall", label_zh_CN="摊位", label_en="Stall"),
        row(type="text", name="TS-00", label_zh_CN="摊位号或名称", severity="advisory"),
        row(type="pass_fail", name="TS-01", label_zh_CN="营业执照亮照经营", severity="deduct",
            points=2, note_on_fail="yes"),
        row(type="integer", name="TS-02", label_zh_CN="无盖垃圾桶数量", severity="deduct",
            points=1, fail_above=0),
        row(type="end_repeat"),
    ]  # fmt: skip


def write_book(
    path: Path,
    survey: list[list[object]] | None = None,
    extra_survey_column: str | None = None,
    choices: bool = True,
) -> Path:
    """Write the workbook; ``survey`` replaces the rows of the survey sheet."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "survey"
    ws.append(SURVEY_HEAD + ([extra_survey_column] if extra_survey_column else []))
    for r in survey if survey is not None else survey_rows():
        ws.append(r)
    if choices:
        ch = wb.create_sheet("choices")
        ch.append(["list_name", "name", "label::zh_CN", "label::en"])
        ch.append(["yn", "yes", "有", "Yes"])
        ch.append(["yn", "no", "没有", "No"])
    st = wb.create_sheet("settings")
    st.append(["form_id", "version", "form_title", "form_title::en", "category", "applies_to"])
    st.append(["test-market", 1, "测试农贸市场检查", "Test market", "market", "farmers_market"])
    wb.save(path)
    return path

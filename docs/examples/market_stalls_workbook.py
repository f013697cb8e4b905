"""The shipped market list rewritten as an XLSForm workbook, from docs/templates.md alone.

Two conditions (the live-poultry zone is checked only when there is one; staff
health certificates only at cooked-food stalls), a constraint, and the stalls
as a repeated section. Run ``uv run python docs/examples/market_stalls_workbook.py``
to write ``market-stalls.xlsx``, then ``uv run inspector templates import
market-stalls.xlsx --into FOLDER``.
"""

import openpyxl

wb = openpyxl.Workbook()
s = wb.active
s.title = "survey"
head = [
    "type",
    "name",
    "label::zh_CN",
    "label::en",
    "hint::zh_CN",
    "required",
    "relevant",
    "constraint",
    "constraint_message::zh_CN",
    "severity",
    "points",
    "per_unit",
    "max_deduction",
    "fail_above",
    "fail_below",
    "photo_on_fail",
    "note_on_fail",
]
s.append(head)


def row(**kw):
    s.append([kw.get(h.replace("::", "_")) for h in head])


row(type="begin_group", name="market", label_zh_CN="市场整体", label_en="Whole market")
row(
    type="integer",
    name="MS-01",
    label_zh_CN="核心价值观宣传栏数量（不少于 2 处）",
    severity="deduct",
    points=2,
    fail_below=2,
    photo_on_fail="yes",
)
row(
    type="pass_fail",
    name="MS-02",
    label_zh_CN="公示经营规范和投诉点",
    severity="deduct",
    points=2,
    photo_on_fail="yes",
)
row(type="select_one yn", name="MS-03", label_zh_CN="市场内是否设有活禽区", severity="advisory")
row(
    type="pass_fail",
    name="MS-04",
    label_zh_CN="活禽区与其他区域隔离",
    severity="deduct",
    points=3,
    relevant="${MS-03} = 'yes'",
)
row(type="pass_fail", name="MS-05", label_zh_CN="设有公平秤", severity="deduct", points=1)
row(type="end_group")
row(type="begin_repeat", name="stall", label_zh_CN="摊位", label_en="Stall")
row(type="text", name="MS-10", label_zh_CN="摊位号或名称", severity="advisory")
row(
    type="pass_fail",
    name="MS-11",
    label_zh_CN="营业执照亮照经营",
    severity="deduct",
    points=2,
    note_on_fail="yes",
)
row(type="select_one stall_kind", name="MS-12", label_zh_CN="摊位类别", severity="advisory")
row(
    type="integer",
    name="MS-13",
    label_zh_CN="无健康证的从业人员人数",
    severity="deduct",
    points=2,
    fail_above=0,
    relevant="selected(${MS-12}, 'cooked')",
    constraint=". >= 0 and . <= 20",
    constraint_message_zh_CN="人数应在 0 到 20 之间",
)
row(type="pass_fail", name="MS-14", label_zh_CN="配有加盖垃圾桶", severity="deduct", points=1)
row(type="end_repeat")
row(type="begin_group", name="order", label_zh_CN="市场秩序", label_en="Order")
row(
    type="integer",
    name="MS-20",
    label_zh_CN="占道经营摊位数",
    severity="deduct",
    points=1,
    per_unit="yes",
    max_deduction=5,
    fail_above=0,
    photo_on_fail="yes",
)
row(type="end_group")
c = wb.create_sheet("choices")
c.append(["list_name", "name", "label::zh_CN", "label::en"])
for r in (
    ["yn", "yes", "有", "Yes"],
    ["yn", "no", "没有", "No"],
    ["stall_kind", "veg", "蔬菜水果", "Vegetables"],
    ["stall_kind", "meat", "鲜肉水产", "Meat and fish"],
    ["stall_kind", "cooked", "熟食", "Cooked food"],
):
    c.append(r)
t = wb.create_sheet("settings")
t.append(["form_id", "version", "form_title", "form_title::en", "category", "applies_to"])
t.append(
    [
        "market-stalls",
        1,
        "农贸市场逐摊检查",
        "Farmers' market, stall by stall",
        "market",
        "farmers_market",
    ]
)
wb.save("market-stalls.xlsx")

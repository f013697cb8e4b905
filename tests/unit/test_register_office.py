"""A register sheet the way a district office keeps it: title line, Chinese headers,
kinds outside the built-in list, bare licence numbers, messy dates, credit codes
with wrong check characters; imported twice (the second time updates)."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from openpyxl import Workbook
from sqlmodel import select

from inspector.domain.credit_code import with_check_character
from inspector.services.core.kind_aliases import load_aliases, office_aliases_path, remember_aliases
from inspector.services.register import entries as reg
from inspector.services.register import import_export as rio
from inspector.store.engine import read_session
from inspector.store.models import Licence, Site

HEADER = [
    "序号", "商户名称", "行业类型", "经营地址", "所属社区", "所属网格", "法定代表人",
    "联系电话", "统一社会信用代码/营业执照号", "许可证号", "有效期至", "发证机关", "备注",
]  # fmt: skip
# (kind as the office writes it, how many rows); 60 rows in all
KINDS = [
    ("网吧", 6), ("小餐饮", 6), ("出版物经营", 6), ("副食品店", 8), ("理发店", 8),
    ("游戏厅", 4), ("烟酒店", 4), ("棋牌室", 4), ("洗车店", 3), ("饭店", 6), ("", 2),
    ("小旅馆", 3),
]  # fmt: skip
# How the 有效期至 column is filled, by row: the five ways offices write a date.
DATES = [
    "2026/3/1",
    "2026.03.01",
    "2026年3月1日",
    46082,  # an Excel serial day number: 2026-03-01
    datetime(2026, 3, 1, 0, 0),
]
WRONG_CODE_ROWS = {7, 19}  # spreadsheet rows whose credit code has a wrong check character
BAD_DATE_ROW = 30


def code_for(i: int) -> str:
    return with_check_character(f"92431003MA4L{i:05d}")


def office_sheet(path, *, phone_suffix: str = "") -> dict:
    """Write the 60-row sheet; returns what the test expects of it."""
    book = Workbook()
    sheet = book.active
    sheet.title = "台账"
    sheet.append(["苏仙区某街道校园周边场所台账（2026年）"])  # a title line above the header
    sheet.append(HEADER)
    row = 3
    expected = {"rows": 0}
    n = 0
    for kind, count in KINDS:
        for _ in range(count):
            n += 1
            code = code_for(n)
            if row in WRONG_CODE_ROWS:
                code = code[:-1] + ("1" if code[-1] != "1" else "2")
            valid: object = DATES[n % len(DATES)]
            if row == BAD_DATE_ROW:
                valid = "2026-13-01"
            sheet.append(
                [
                    n,
                    f"{kind or '无类型'}{n}号店",
                    kind,
                    f"苏仙区青石路{n}号",
                    "青石社区",
                    f"青石社区第{1 + n % 3}网格",
                    "王伟",
                    13800000000 + n,  # a phone typed into a numeric cell
                    code,
                    f"XK{n:06d}{phone_suffix}",  # a licence number without a licence type
                    valid,
                    "苏仙区市场监督管理局",
                    "",
                ]
            )
            row += 1
            expected["rows"] += 1
    book.save(path)
    return expected


def test_sixty_row_office_sheet(ctx, tmp_path, capsys):
    path = tmp_path / "台账.xlsx"
    assert office_sheet(path)["rows"] == 60
    preview = rio.parse_sites(path, load_aliases(ctx))

    assert len(preview.rows) == 60
    assert [r.row for r in preview.rows][:2] == [3, 4]  # row numbers are the sheet's
    assert preview.unknown_columns == ["序号", "发证机关"]
    assert preview.unknown_kinds() == {"洗车店": [49, 50, 51]}
    reasons = {r.row: "；".join(r.problems + r.warnings) for r in preview.bad}
    assert "第 18 位应为" in reasons[7] and "第 18 位应为" in reasons[19]
    assert "日期“2026-13-01”不存在" in reasons[BAD_DATE_ROW]
    assert [v for v in reasons.values() if "缺少场所类型" in v] == ["缺少场所类型"] * 2
    assert sum("洗车店" in v for v in reasons.values()) == 3
    assert len(preview.bad) == 2 + 1 + 2 + 3
    assert len(preview.good) == 52

    # Aliases the office spreadsheet uses were mapped; the bare licence number took
    # the kind's licence type; every date form was read.
    by_name = {r.record.name: r.record for r in preview.good}
    assert by_name["理发店33号店"].kind == "small_salon"
    assert by_name["副食品店25号店"].kind == "small_grocery"
    assert by_name["出版物经营13号店"].kind == "publication_seller"
    assert by_name["出版物经营13号店"].licences[0].kind == "出版物经营许可证"
    assert by_name["网吧1号店"].licences[0].kind == "网络文化经营许可证"
    assert by_name["理发店33号店"].licences[0].kind == "公共场所卫生许可证"
    assert {r.record.licences[0].valid_until for r in preview.good} == {date(2026, 3, 1)}
    assert by_name["网吧1号店"].phone == "13800000001"
    assert by_name["网吧1号店"].credit_code == code_for(1)

    first_pass = [f"row {r.row}: {'；'.join(r.problems + r.warnings)}" for r in preview.bad]
    # The clerk maps 洗车店 once for its three rows, accepts the two unchecked codes.
    rio.remap_kinds(preview, {"洗车店": "public_venue"})
    preview.accept_unchecked = True
    assert len(preview.good) == 57 and len(preview.bad) == 3
    assert rio.apply_preview(ctx, preview) == 57
    assert preview.outcome == {"added": 57, "updated": 0}
    with read_session(ctx.engine) as s:
        flagged = s.exec(select(Site.name).where(Site.credit_code_unchecked)).all()
        assert sorted(flagged) == sorted(["网吧5号店", "出版物经营17号店"])
        assert len(s.exec(select(Licence)).all()) == 57
        stored = s.exec(select(Site).where(Site.name == "网吧1号店")).one()
        assert stored.credit_code == code_for(1) and not stored.credit_code_unchecked

    # Second import of the same sheet (licence numbers changed): updates, no duplicates.
    office_sheet(path, phone_suffix="-B")
    again = rio.parse_sites(path, load_aliases(ctx))
    rio.remap_kinds(again, {"洗车店": "public_venue"})
    again.accept_unchecked = True
    assert rio.apply_preview(ctx, again) == 57
    assert again.outcome == {"added": 0, "updated": 57}
    sites = reg.search_sites(ctx, include_archived=True)
    assert len(sites) == 57
    with read_session(ctx.engine) as s:
        numbers = {x.number for x in s.exec(select(Licence))}
    assert len(numbers) == 57 and all(n.endswith("-B") for n in numbers)

    with capsys.disabled():
        print(
            f"\noffice sheet: 60 rows; as read: {len(preview.rows) - len(first_pass)} importable, "
            f"{len(first_pass)} refused: " + "; ".join(first_pass) + "\nafter mapping 洗车店 and "
            "accepting unchecked codes: "
            f"imported {preview.outcome['added']} (2 with unchecked credit codes), "
            f"refused {len(preview.bad)}: "
            + "; ".join(f"row {r.row}: {'；'.join(r.problems)}" for r in preview.bad)
            + f"; columns not used: {'、'.join(preview.unknown_columns)}; "
            f"second import: added {again.outcome['added']}, updated {again.outcome['updated']}"
        )


def test_reimport_keeps_what_the_sheet_lacks(ctx, tmp_path):
    """A site matched by name + address keeps coordinates and licences the sheet has no column for."""
    reg.save_site(
        ctx,
        reg.SiteData(
            "阿婆早餐店", "small_eatery", address="青石路30号", lat=25.79, lon=113.04,
            licences=[reg.LicenceData("食品经营许可证", "JY1")],
        ),
    )  # fmt: skip
    path = tmp_path / "s.csv"
    path.write_text("店名,类型,地址,所属网格\n阿婆早餐店,早餐店,青石路 30号,第2网格\n", "utf-8")
    preview = rio.parse_sites(path, load_aliases(ctx))
    assert rio.apply_preview(ctx, preview) == 1 and preview.outcome["updated"] == 1
    (site,) = reg.all_site_records(ctx)
    assert (site.grid, site.kind, site.lat) == ("第2网格", "food_shop", 25.79)
    assert [x.number for x in site.licences] == ["JY1"]
    # A sheet with coordinate and licence columns left blank for this shop: kept too.
    path.write_text(
        "店名,类型,地址,纬度,经度,许可证号,负责人\n阿婆早餐店,早餐店,青石路30号,,,,李娜\n", "utf-8"
    )
    preview = rio.parse_sites(path, load_aliases(ctx))
    assert rio.apply_preview(ctx, preview) == 1 and preview.outcome["updated"] == 1
    (site,) = reg.all_site_records(ctx)
    assert (site.lat, site.lon, site.grid, site.responsible_person) == (
        25.79,
        113.04,
        "第2网格",
        "李娜",
    )
    assert [x.number for x in site.licences] == ["JY1"]


def test_mapped_kind_is_remembered_in_the_office_table(ctx, tmp_path):
    assert "洗车店" not in str(load_aliases(ctx))
    remember_aliases(ctx, {"洗车店": "public_venue"})
    assert "洗车店" in office_aliases_path(ctx).read_text("utf-8")
    path = tmp_path / "s.csv"
    path.write_text("商户名称,行业类型\n亮车坊,洗车店\n", "utf-8")
    preview = rio.parse_sites(path, load_aliases(ctx))
    assert preview.rows[0].record.kind == "public_venue"


def test_school_sheet_with_gate_latitude_and_longitude_columns(ctx, tmp_path):
    path = tmp_path / "schools.xlsx"
    book = Workbook()
    book.active.append(["学校名称", "学段", "南门纬度", "南门经度", "北门纬度", "北门经度", "校长"])
    book.active.append(["青石小学", "小学", 25.7892, 113.0400, 25.7905, "113.0401", "李校长"])
    book.active.append(["一门学校", "初中", 25.70, 113.00, None, None, ""])
    book.active.append(["半门学校", "初中", 25.70, None, None, None, ""])
    book.save(path)
    preview = rio.parse_schools(path)
    assert preview.unknown_columns == ["校长"]
    assert preview.problem_lines() == ["第 4 行：南门的纬度和经度须同时填写"]
    assert rio.apply_preview(ctx, preview) == 2
    first = next(x for x in reg.all_school_records(ctx) if x.name == "青石小学")
    assert sorted((p.label, p.lat, p.lon) for p in first.gates) == [
        ("北门", 25.7905, 113.0401),
        ("南门", 25.7892, 113.04),
    ]


@pytest.mark.parametrize(
    "text",
    ["2026/3/1", "2026.03.01", "2026年3月1日", "46082", "46082.0", "2026-03-01 00:00:00"],
)
def test_messy_dates(text):
    from inspector.services.register.cells import parse_date

    assert parse_date(text) == date(2026, 3, 1)


def test_school_sheet_imported_twice_updates_and_keeps_boundary(ctx, tmp_path):
    reg.save_school(
        ctx,
        reg.SchoolData(
            "青石小学", address="青石路1号",
            points=[reg.PointData(25.79, 113.04, "boundary", "角点1")],
        ),
    )  # fmt: skip
    path = tmp_path / "schools.csv"
    path.write_text(
        "学校名称,地址,校门纬度,校门经度\n青石小学,青石路1号,25.7892,113.0400\n", "utf-8"
    )
    for _ in range(2):
        preview = rio.parse_schools(path)
        assert rio.apply_preview(ctx, preview) == 1
        assert preview.outcome == {"added": 0, "updated": 1}
    (school,) = reg.all_school_records(ctx)
    assert [(p.kind, p.lat) for p in school.points if p.kind == "gate"] == [("gate", 25.7892)]
    assert [p.label for p in school.boundary] == ["角点1"]


def test_licence_list_without_a_type_takes_the_kinds_licence(tmp_path):
    path = tmp_path / "s.csv"
    path.write_text("名称,类型,证照\n书香阁,出版物经营,:XK9:2027-01-01;营业执照:9243\n", "utf-8")
    (row,) = rio.parse_sites(path, load_aliases()).rows
    assert [(x.kind, x.number) for x in row.record.licences] == [
        ("出版物经营许可证", "XK9"),
        ("营业执照", "9243"),
    ]


def test_a_wrong_office_alias_table_is_a_sentence(ctx):
    from inspector.services.core.errors import UserError

    office_aliases_path(ctx).write_text("洗车店: car_wash\n", "utf-8")
    with pytest.raises(UserError, match="“洗车店”对应的类型代码“car_wash”不存在"):
        load_aliases(ctx)
    office_aliases_path(ctx).write_text("- 只是一个列表\n", "utf-8")
    with pytest.raises(UserError, match="应为“写法: 类型代码”的列表"):
        load_aliases(ctx)

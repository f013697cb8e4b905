"""Register import/export: real CSV and XLSX files, preview per row, one transaction."""

from __future__ import annotations

from datetime import date

import pytest
from openpyxl import Workbook

from inspector.services.core.errors import UserError
from inspector.services.register import entries as reg
from inspector.services.register import export as register_export
from inspector.services.register import import_export as rio
from inspector.store.engine import read_session
from inspector.store.models import Site

CHINESE_SITES = """\
场所名称,场所类型,地址,网格,社区,负责人,联系电话,统一社会信用代码,纬度,经度,证照类型,证照编号,有效期至,备注
星际网络会所,网吧,苏仙区青石路12号,青石社区第1网格,青石社区,王伟,13800000001,92431003MA4L0QF2XD,25.7885,113.0406,网络文化经营许可证,XK001,2027年12月31日,二楼
阿婆早餐店,小餐饮,苏仙区青石路30号,青石社区第1网格,青石社区,李娜,13800000002,,,,食品经营许可证,JY002,2026/9/1,
"""


def write(path, text, encoding="utf-8-sig"):
    path.write_bytes(text.encode(encoding))
    return path


def write_xlsx(path, rows):
    book = Workbook()
    for r in rows:
        book.active.append(r)
    book.save(path)
    return path


def test_chinese_headers_utf8_bom(ctx, tmp_path):
    preview = rio.parse_sites(write(tmp_path / "s.csv", CHINESE_SITES))
    assert [r.row for r in preview.good] == [2, 3] and not preview.bad
    first = preview.rows[0].record
    assert first.kind == "internet_cafe" and first.responsible_person == "王伟"
    assert (first.lat, first.lon) == (25.7885, 113.0406)
    assert first.licences[0].valid_until == date(2027, 12, 31)
    assert preview.rows[1].record.kind == "small_eatery"  # label without the 五小门店 prefix
    assert rio.apply_preview(ctx, preview) == 2
    cafe = reg.search_sites(ctx, "星际")[0]
    assert reg.get_site(ctx, cafe.id).licences[0].number == "XK001"


def test_gbk_csv_is_read(ctx, tmp_path):
    preview = rio.parse_sites(write(tmp_path / "gbk.csv", CHINESE_SITES, "gbk"))
    assert len(preview.good) == 2
    assert preview.rows[0].record.name == "星际网络会所"


def test_english_headers_and_licence_list(tmp_path):
    text = (
        "name,kind,address,lat,lon,licences\n"
        "Joy Hall,game_hall,Road 1,25.79,113.04,营业执照:9243:;娱乐经营许可证：YL-1：2028-01-31\n"
    )
    preview = rio.parse_sites(write(tmp_path / "en.csv", text, "utf-8"))
    rec = preview.rows[0].record
    assert [(x.kind, x.number, x.valid_until) for x in rec.licences] == [
        ("营业执照", "9243", None),
        ("娱乐经营许可证", "YL-1", date(2028, 1, 31)),
    ]


BAD_SITES = """\
名称,类型,纬度,经度,有效期至,证照类型
好店,食品店·小吃店,,,,
,网吧,,,,
赌场,casino,,,,
坏坐标,网吧,25.7,,,
坏日期,网吧,,,2027-13-45,营业执照
另一家好店,bank,25.79,113.05,,
"""


def test_bad_rows_are_reported_with_row_numbers(tmp_path):
    preview = rio.parse_sites(write(tmp_path / "bad.csv", BAD_SITES))
    assert [r.row for r in preview.good] == [2, 7]
    lines = preview.problem_lines()
    assert lines[0] == "第 3 行：名称不能为空"
    assert lines[1] == "第 4 行：场所类型“casino”无法识别"
    assert lines[2].startswith("第 5 行：") and "同时填写" in lines[2]
    assert lines[3].startswith("第 6 行：") and "2027-13-45" in lines[3]


def test_apply_imports_good_rows_in_one_transaction(ctx, tmp_path):
    preview = rio.parse_sites(write(tmp_path / "bad.csv", BAD_SITES))
    assert rio.apply_preview(ctx, preview) == 2
    assert sorted(s.name for s in reg.search_sites(ctx)) == ["另一家好店", "好店"]


def test_failing_row_rolls_back_the_whole_import(ctx, tmp_path):
    preview = rio.parse_sites(write(tmp_path / "ok.csv", CHINESE_SITES))
    preview.rows[1].record.kind = "nonsense"  # breaks only at save time
    with pytest.raises(UserError, match="第 3 行"):
        rio.apply_preview(ctx, preview)
    assert reg.search_sites(ctx, include_archived=True) == []


def test_xlsx_import_with_numeric_cells_and_dates(ctx, tmp_path):
    path = write_xlsx(
        tmp_path / "s.xlsx",
        [
            ["场所名称", "场所类型", "联系电话", "纬度", "经度", "证照类型", "有效期至"],
            [
                "启智书店",
                "出版物及文具经营店",
                13800000003,
                25.79,
                113.04,
                "出版物经营许可证",
                date(2027, 6, 30),
            ],
            ["无类型店", None, None, None, None, None, None],
        ],
    )
    preview = rio.parse_sites(path)
    assert preview.problem_lines() == ["第 3 行：缺少场所类型"]
    rec = preview.rows[0].record
    assert rec.phone == "13800000003"
    assert rec.licences[0].valid_until == date(2027, 6, 30)
    assert rio.apply_preview(ctx, preview) == 1


def test_missing_name_column_and_wrong_suffix_are_user_errors(tmp_path):
    with pytest.raises(UserError, match="没有名称列"):
        rio.parse_sites(write(tmp_path / "x.csv", "地址,类型\n青石路,网吧\n"))
    with pytest.raises(UserError, match="不支持的文件类型"):
        rio.parse_sites(write(tmp_path / "x.txt", "名称\n"))
    with pytest.raises(UserError, match="不存在"):
        rio.parse_sites(tmp_path / "missing.csv")
    (tmp_path / "bin.csv").write_bytes(b"\xff\xfe\x00garbage")
    with pytest.raises(UserError, match="无法识别文件编码"):
        rio.parse_sites(tmp_path / "bin.csv")
    (tmp_path / "broken.xlsx").write_text("not a zip")
    with pytest.raises(UserError, match="无法读取 Excel 文件"):
        rio.parse_sites(tmp_path / "broken.xlsx")


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_export_round_trip(ctx, tmp_path, data_dir, suffix):
    from inspector.services.core.context import open_context

    make = reg.SiteData(name="星际网络会所", kind="internet_cafe", address="青石路12号",
                        lat=25.7885, lon=113.0406, phone="13800000001",
                        licences=[reg.LicenceData("网络文化经营许可证", "XK:1", date(2027, 1, 2))])  # fmt: skip
    reg.save_site(ctx, make)
    archived = reg.save_site(ctx, reg.SiteData(name="旧店", kind="food_shop"))
    reg.set_site_archived(ctx, archived.id)
    reg.save_school(ctx, reg.SchoolData(name="青石路小学", kind="primary", points=[
        reg.PointData(25.789192, 113.04, "gate", "南门"), reg.PointData(25.79, 113.041, "boundary"),
        reg.PointData(25.79, 113.043, "boundary"), reg.PointData(25.791, 113.042, "boundary"),
    ]))  # fmt: skip
    assert register_export.export_sites(ctx, tmp_path / f"sites{suffix}") == 2
    assert register_export.export_schools(ctx, tmp_path / f"schools{suffix}") == 1

    other = open_context(tmp_path / "other")
    try:
        for parse in (rio.parse_sites, rio.parse_schools):
            name = "sites" if parse is rio.parse_sites else "schools"
            preview = parse(tmp_path / f"{name}{suffix}")
            assert not preview.bad and not preview.unknown_columns
            rio.apply_preview(other, preview)
        assert _same(other, ctx)
        school = reg.all_school_records(other)[0]
        assert [(p.label, p.kind, p.lat) for p in school.points] == [
            ("南门", "gate", 25.789192),
            ("", "boundary", 25.79),
            ("", "boundary", 25.79),
            ("", "boundary", 25.791),
        ]
    finally:
        other.close()


def _same(a, b) -> bool:
    def strip(records):
        out = []
        for r in records:
            lic = [(x.kind, x.number, x.valid_until) for x in r.licences]
            out.append((r.id, r.name, r.kind, r.lat, r.lon, r.phone, r.archived, lic))
        return sorted(out)

    assert strip(reg.all_site_records(a)) == strip(reg.all_site_records(b))
    return True


def test_reimport_of_an_export_updates_instead_of_duplicating(ctx, tmp_path):
    lic = [reg.LicenceData("食品经营许可证", "JY1", date(2027, 1, 1))]
    site = reg.save_site(ctx, reg.SiteData(name="甜甜小吃店", kind="food_shop", licences=lic))
    licence_id = reg.get_site(ctx, site.id).licences[0].id
    register_export.export_sites(ctx, tmp_path / "s.csv")
    rio.apply_preview(ctx, rio.parse_sites(tmp_path / "s.csv"))  # unchanged: nothing changes
    with read_session(ctx.engine) as s:
        assert s.get(Site, site.id).row_version == 1
    text = (tmp_path / "s.csv").read_text(encoding="utf-8-sig").replace("甜甜小吃店", "甜甜小吃")
    preview = rio.parse_sites(write(tmp_path / "s2.csv", text))
    rio.apply_preview(ctx, preview)
    assert [(s.id, s.name) for s in reg.search_sites(ctx)] == [(site.id, "甜甜小吃")]
    assert [x.id for x in reg.get_site(ctx, site.id).licences] == [licence_id]


def test_school_columns_in_chinese(ctx, tmp_path):
    text = (
        "学校名称,学校类型,地址,校门坐标,边界坐标\n"
        '桂花中学,初中,桂花路66号,"正门：25.795,113.0485；北门:25.7974,113.0487",\n'
        '东塘幼儿园,幼儿园,,"25.7848,113.0335","25.78,113.03;25.78"\n'
        "某大学,大学,,,\n"
    )
    preview = rio.parse_schools(write(tmp_path / "sch.csv", text))
    assert [r.row for r in preview.good] == [2]
    assert preview.rows[0].record.kind == "middle"
    assert [p.label for p in preview.rows[0].record.gates] == ["正门", "北门"]
    lines = preview.problem_lines()
    assert lines[0].startswith("第 3 行：坐标“25.78”")
    assert lines[1].startswith("第 4 行：学校类型“大学”无法识别")


def test_cancelled_import_saves_nothing(ctx, tmp_path):
    rows = "\n".join(f"店{i},小餐饮" for i in range(120))
    preview = rio.parse_sites(write(tmp_path / "many.csv", "名称,类型\n" + rows))
    seen = []

    def progress(done, total):
        seen.append((done, total))
        return done < 100

    with pytest.raises(rio.ImportCancelled):
        rio.apply_preview(ctx, preview, progress)
    assert seen == [(0, 120), (50, 120), (100, 120)]
    assert reg.search_sites(ctx) == []
    assert rio.apply_preview(ctx, preview, lambda d, t: True) == 120

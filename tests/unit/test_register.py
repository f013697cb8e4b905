"""The register services: create, edit, archive, search sites and schools."""

from __future__ import annotations

from datetime import date

import pytest

from inspector.services.core.errors import UserError
from inspector.services.register import entries as reg
from inspector.store.engine import read_session
from inspector.store.models import Licence, School, SchoolPoint, Site


def make_site(ctx, name="星际网络会所", **kw) -> str:
    data = reg.SiteData(
        name=name,
        kind=kw.pop("kind", "internet_cafe"),
        address=kw.pop("address", "苏仙区青石路12号"),
        grid=kw.pop("grid", "青石社区第1网格"),
        community=kw.pop("community", "青石社区"),
        responsible_person=kw.pop("responsible_person", "王伟"),
        **kw,
    )
    return reg.save_site(ctx, data).id


def test_create_site_with_licences_and_read_back(ctx):
    lic = [reg.LicenceData("网络文化经营许可证", "XK1", date(2027, 12, 31))]
    site_id = make_site(ctx, lat=25.79, lon=113.04, licences=lic)
    data = reg.get_site(ctx, site_id)
    assert data.name == "星际网络会所" and data.kind == "internet_cafe"
    assert (data.lat, data.lon) == (25.79, 113.04)
    assert [(x.kind, x.number, x.valid_until) for x in data.licences] == [
        ("网络文化经营许可证", "XK1", date(2027, 12, 31))
    ]
    with read_session(ctx.engine) as s:
        row = s.get(Site, site_id)
    assert row.created_by_device == ctx.device_id
    assert row.row_version == 1


def test_edit_touches_the_row_and_replaces_licences(ctx):
    site_id = make_site(ctx, licences=[reg.LicenceData("营业执照", "A"), reg.LicenceData("X", "B")])
    data = reg.get_site(ctx, site_id)
    data.phone = "13800000000"
    data.licences = [data.licences[0], reg.LicenceData("食品经营许可证", "JY1")]
    data.licences[0].number = "A2"
    reg.save_site(ctx, data)
    again = reg.get_site(ctx, site_id)
    assert again.phone == "13800000000"
    assert sorted((x.kind, x.number) for x in again.licences) == [
        ("营业执照", "A2"),
        ("食品经营许可证", "JY1"),
    ]
    with read_session(ctx.engine) as s:
        assert s.get(Site, site_id).row_version == 2
        kept = s.get(Licence, data.licences[0].id)
        assert kept.row_version == 2 and kept.number == "A2"
        assert len(s.exec(Licence.__table__.select()).all()) == 2


def test_licence_change_alone_touches_the_site(ctx):
    site_id = make_site(ctx)
    data = reg.get_site(ctx, site_id)
    data.licences.append(reg.LicenceData("营业执照", "N1"))
    reg.save_site(ctx, data)
    with read_session(ctx.engine) as s:
        assert s.get(Site, site_id).row_version == 2
    reg.save_site(ctx, reg.get_site(ctx, site_id))  # nothing changed: no new version
    with read_session(ctx.engine) as s:
        assert s.get(Site, site_id).row_version == 2


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"name": "  "}, "名称不能为空"),
        ({"kind": "casino"}, "未知的场所类型"),
        ({"lat": 25.0}, "同时填写"),
        ({"lat": 95.0, "lon": 113.0}, "纬度 95.0 超出范围"),
    ],
)
def test_invalid_site_is_refused_with_a_sentence(ctx, changes, message):
    data = reg.SiteData(name="某店", kind="food_shop")
    for k, v in changes.items():
        setattr(data, k, v)
    with pytest.raises(UserError, match=message):
        reg.save_site(ctx, data)
    assert reg.search_sites(ctx, include_archived=True) == []


def test_archive_hides_from_search_unless_asked(ctx):
    a = make_site(ctx, "欢乐电玩城", kind="game_hall")
    make_site(ctx, "启智书店", kind="publication_seller")
    reg.set_site_archived(ctx, a)
    assert [s.name for s in reg.search_sites(ctx)] == ["启智书店"]
    assert {s.name for s in reg.search_sites(ctx, include_archived=True)} == {
        "欢乐电玩城",
        "启智书店",
    }
    reg.set_site_archived(ctx, a, False)
    assert len(reg.search_sites(ctx)) == 2
    with pytest.raises(UserError, match="找不到"):
        reg.set_site_archived(ctx, "no-such-id")


def test_chinese_substring_search_over_several_columns(ctx):
    make_site(ctx, "星际网络会所", address="苏仙区青石路12号", responsible_person="王伟")
    make_site(ctx, "甜甜小吃店", kind="food_shop", address="苏仙区桂花路3号", grid="桂花社区第2网格",
              community="桂花社区", responsible_person="李娜")  # fmt: skip
    make_site(ctx, "100%_折扣店", kind="small_grocery", address="东塘街", responsible_person="赵强")

    def names(q):
        return sorted(s.name for s in reg.search_sites(ctx, q))

    assert names("网络") == ["星际网络会所"]
    assert names("桂花路") == ["甜甜小吃店"]
    assert names("第2网格") == ["甜甜小吃店"]
    assert names("李娜") == ["甜甜小吃店"]
    assert names("青石社区") == ["100%_折扣店", "星际网络会所"]
    assert names("青石 王伟") == ["星际网络会所"]  # words narrow the result
    assert names("%") == ["100%_折扣店"]  # LIKE wildcards are literal
    assert names("不存在") == []
    assert [s.name for s in reg.search_sites(ctx, kind="food_shop")] == ["甜甜小吃店"]


def test_school_with_gates_and_boundary(ctx):
    data = reg.SchoolData(
        name="青石路小学",
        kind="primary",
        points=[
            reg.PointData(25.7892, 113.04, "gate", "南门"),
            reg.PointData(25.7891, 113.039, "boundary"),
        ],
    )
    school_id = reg.save_school(ctx, data).id
    got = reg.get_school(ctx, school_id)
    assert [(p.label, p.kind) for p in got.gates] == [("南门", "gate")]
    assert len(got.boundary) == 1
    got.points = got.gates  # drop the boundary point
    got.address = "青石路18号"
    reg.save_school(ctx, got)
    with read_session(ctx.engine) as s:
        assert len(s.exec(SchoolPoint.__table__.select()).all()) == 1
        assert s.get(School, school_id).row_version == 2
    assert [s.name for s in reg.search_schools(ctx, "青石路18")] == ["青石路小学"]
    reg.set_school_archived(ctx, school_id)
    assert reg.search_schools(ctx) == []
    counts = reg.register_counts(ctx)
    assert counts["schools"] == 0 and counts["schools_archived"] == 1


def test_invalid_school_point_is_refused(ctx):
    data = reg.SchoolData(name="某幼儿园", kind="kindergarten",
                          points=[reg.PointData(25.7, 200.0)])  # fmt: skip
    with pytest.raises(UserError, match=r"经度 200\.0 超出范围"):
        reg.save_school(ctx, data)
    with pytest.raises(UserError, match="未知的学校类型"):
        reg.save_school(ctx, reg.SchoolData(name="X", kind="university"))


def test_known_places_for_completion(ctx):
    make_site(ctx, "甲", grid="青石社区第1网格", community="青石社区")
    make_site(ctx, "乙", grid="", community="")
    reg.save_school(ctx, reg.SchoolData(name="桂花中学", kind="middle", grid="桂花网格",
                                        community="桂花社区"))  # fmt: skip
    assert reg.known_places(ctx) == {
        "grid": ["桂花网格", "青石社区第1网格"],
        "community": ["桂花社区", "青石社区"],
    }

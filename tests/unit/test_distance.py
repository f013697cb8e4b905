"""The 200 m rule: geodesic distances, pasted coordinates, nearest school, policy and verdict."""

from __future__ import annotations

import pytest

from inspector.domain.distance import (
    CoordinateError,
    Measurement,
    SchoolPointRef,
    evaluate_distance,
    format_coordinates,
    parse_coordinates,
    school_distances,
    straight_line_m,
)
from inspector.domain.policy import (
    STRAIGHT_LINE,
    WALKING_FROM_ENTRANCE,
    WALKING_TRAFFIC_RULES,
    PolicyError,
    merge_policy_data,
    parse_policy,
)
from inspector.services.core.errors import UserError
from inspector.services.core.policy import SHIPPED_POLICY, distance_policy, load_policy_files


def test_straight_line_is_the_wgs84_geodesic():
    from geographiclib.geodesic import Geodesic

    assert straight_line_m(25.79, 113.04, 25.79, 113.04) == 0.0
    # one degree of latitude at the equator on the ellipsoid (the sphere said 111 195.1)
    assert straight_line_m(0, 0, 1, 0) == pytest.approx(110_574.389, abs=0.001)
    for lat2, lon2 in ((25.7912, 113.04), (25.79, 113.0412), (25.7917, 113.0423)):
        d = straight_line_m(25.79, 113.04, lat2, lon2)
        truth = Geodesic.WGS84.Inverse(25.79, 113.04, lat2, lon2)["s12"]
        assert abs(d - truth) < 0.01  # under 1 cm against geographiclib's inverse
        assert d == straight_line_m(lat2, lon2, 25.79, 113.04)


def test_a_site_199_5_m_from_a_gate_is_within_200_m():
    from geographiclib.geodesic import Geodesic

    gate = (25.79, 113.04)
    site = Geodesic.WGS84.Direct(*gate, 63.0, 199.5)
    pts = [SchoolPointRef("s1", "北湖小学", "primary", "gate", "南门", *gate)]
    policy = parse_policy({"site_kinds": {"internet_cafe": True}})
    found = school_distances(site["lat2"], site["lon2"], pts, policy, "internet_cafe")
    assert abs(found[0].distance_m - 199.5) < 0.01 and found[0].inside
    assert found[0].estimated  # no boundary: measured to the gate, and it says so


@pytest.mark.parametrize(
    "text",
    [
        "25.79, 113.04",
        "25.79,113.04",
        "25.79 113.04",
        "25.79，113.04",
        "(25.79, 113.04)",
        "25.79°N, 113.04°E",
        "25.79N 113.04E",
        "113.04E, 25.79N",
    ],
)
def test_parse_pasted_coordinates(text):
    assert parse_coordinates(text) == (25.79, 113.04)


def test_parse_southern_western_and_empty():
    assert parse_coordinates("33.86 S, 151.21 E") == (-33.86, 151.21)
    assert parse_coordinates("40.7N, 74.0W") == (40.7, -74.0)
    assert parse_coordinates("  ") is None
    assert format_coordinates(25.79, 113.04) == "25.790000, 113.040000"
    assert format_coordinates(None, None) == ""


@pytest.mark.parametrize(
    "text,fragment",
    [
        ("95, 113", "纬度"),
        ("25.79, 213.04", "经度"),
        ("25.79", "两个数"),
        ("25.79, 113.04, 7", "两个数"),
        ("abc, def", "无法识别"),
    ],
)
def test_bad_coordinates_say_what_is_wrong(text, fragment):
    with pytest.raises(CoordinateError, match=fragment):
        parse_coordinates(text)


POLICY = parse_policy(
    {
        "limit_m": 200,
        "deciding_method": WALKING_FROM_ENTRANCE,
        "margin_m": 20,
        "site_kinds": {"internet_cafe": {"enabled": True}, "mahjong_parlour": False},
        "school_kinds": {"kindergarten": {"enabled": True, "limit_m": 100}, "middle": True},
    }
)


def _points():
    return [
        SchoolPointRef("s1", "北湖小学", "primary", "gate", "南门", 25.7900, 113.0400),
        SchoolPointRef("s1", "北湖小学", "primary", "boundary", "", 25.7905, 113.0400),
        SchoolPointRef("s2", "东塘幼儿园", "kindergarten", "gate", "大门", 25.7925, 113.0400),
    ]


def test_nearest_point_per_school_and_per_kind_limits():
    # site 0.0012° north of the primary gate: 133.0 m to the gate, 77.6 m to the boundary
    # point (one point is no polygon: both count as points, estimated from them)
    found = school_distances(25.7912, 113.04, _points(), POLICY, "internet_cafe")
    by = {f.school_id: f for f in found}
    assert by["s1"].distance_m == straight_line_m(25.7912, 113.04, 25.7905, 113.04)
    assert by["s1"].point_kind == "boundary" and by["s1"].limit_m == 200 and by["s1"].inside
    assert by["s2"].limit_m == 100 and round(by["s2"].distance_m, 1) == 144.0
    assert not by["s2"].inside
    assert found[0].school_id == "s1"  # furthest inside its limit first


def test_schools_the_policy_does_not_count_are_skipped():
    policy = parse_policy(
        {"site_kinds": {"internet_cafe": True}, "school_kinds": {"kindergarten": False}}
    )
    found = school_distances(25.7912, 113.04, _points(), policy, "internet_cafe")
    assert [f.school_id for f in found] == ["s1"]


def test_under_the_limit_by_the_deciding_method_fails():
    v = evaluate_distance(POLICY, "internet_cafe", [Measurement(WALKING_FROM_ENTRANCE, 164.8)])
    assert v.applies and v.fails and v.deciding_distance_m == 164.8 and not v.warning


def test_other_methods_do_not_decide():
    v = evaluate_distance(POLICY, "internet_cafe", [Measurement(STRAIGHT_LINE, 150.0)])
    assert not v.fails and v.needs_measurement and v.deciding_distance_m is None
    v = evaluate_distance(
        POLICY,
        "internet_cafe",
        [Measurement(STRAIGHT_LINE, 150.0), Measurement(WALKING_FROM_ENTRANCE, 260.0),
         Measurement(WALKING_FROM_ENTRANCE, 240.0)],
    )  # fmt: skip
    assert not v.fails and v.passes and v.deciding_distance_m == 240.0


def test_inside_the_margin_warns_until_measured_twice():
    one = [Measurement(WALKING_FROM_ENTRANCE, 212.0)]
    v = evaluate_distance(POLICY, "internet_cafe", one)
    assert v.warning and not v.fails
    v = evaluate_distance(
        POLICY, "internet_cafe", [*one, Measurement(WALKING_FROM_ENTRANCE, 214.5)]
    )
    assert not v.warning and not v.fails
    # the computed straight line near the limit warns too
    v = evaluate_distance(POLICY, "internet_cafe", [], computed_m=195.0)
    assert v.warning and v.needs_measurement
    # just below the limit: fails and warns
    v = evaluate_distance(POLICY, "internet_cafe", [Measurement(WALKING_FROM_ENTRANCE, 190.0)])
    assert v.fails and v.warning
    # far away: neither
    v = evaluate_distance(POLICY, "internet_cafe", [Measurement(WALKING_FROM_ENTRANCE, 400)])
    assert not v.fails and not v.warning


def test_kinds_the_policy_does_not_name_are_not_judged():
    v = evaluate_distance(POLICY, "mahjong_parlour", [Measurement(WALKING_FROM_ENTRANCE, 50.0)])
    assert not v.applies and not v.fails and not v.warning
    assert not POLICY.applies_to("bank")


def test_policy_errors_name_the_field():
    with pytest.raises(PolicyError, match="deciding_method"):
        parse_policy({"deciding_method": "by_car"})
    with pytest.raises(PolicyError, match="limit_m"):
        parse_policy({"limit_m": -5})
    with pytest.raises(PolicyError, match="未知的类型"):
        parse_policy({"site_kinds": {"spaceport": True}})
    with pytest.raises(PolicyError, match="未知字段"):
        parse_policy({"limits": 3})


def test_shipped_policy_defaults():
    p = load_policy_files(None)
    assert p.limit_m == 200 and p.margin_m == 20 and p.deciding_method == STRAIGHT_LINE
    assert p.enabled_site_kinds == ["internet_cafe", "game_hall", "bar"]
    assert "mahjong_parlour" in p.site_kinds and not p.applies_to("mahjong_parlour")
    assert "tobacco_seller" in p.site_kinds and not p.applies_to("tobacco_seller")
    assert not p.counts_school("kindergarten") and p.counts_school("primary")
    assert SHIPPED_POLICY.is_file()


def test_office_override_merges_per_kind(ctx, tmp_path):
    office = tmp_path / "policy"
    office.mkdir()
    (office / "distance.yaml").write_text(
        "deciding_method: walking_traffic_rules\n"
        "site_kinds:\n  mahjong_parlour: {enabled: true}\n"
        "school_kinds:\n  kindergarten: {enabled: true}\n",
        encoding="utf-8",
    )
    assert not distance_policy(ctx).applies_to("mahjong_parlour")
    ctx.settings.policy_dir = str(office)
    p = distance_policy(ctx)
    assert p.deciding_method == WALKING_TRAFFIC_RULES
    assert p.applies_to("mahjong_parlour") and p.applies_to("internet_cafe")
    assert p.limit_for("mahjong_parlour") == 200
    assert p.counts_school("kindergarten") and p.limit_for("internet_cafe", "kindergarten") == 100
    (office / "distance.yaml").write_text("margin_m: [1]\n", encoding="utf-8")
    with pytest.raises(UserError, match="margin_m"):
        distance_policy(ctx)


def test_merge_keeps_unnamed_keys():
    base = {"limit_m": 200, "site_kinds": {"a": {"enabled": True, "limit_m": 5}}}
    merged = merge_policy_data(base, {"site_kinds": {"a": {"enabled": False}}})
    assert merged == {"limit_m": 200, "site_kinds": {"a": {"enabled": False, "limit_m": 5}}}


def test_shipped_policy_names_distance_method_and_basis_per_kind():
    p = load_policy_files()
    assert p.is_national("internet_cafe") and p.limit_for("internet_cafe") == 200
    assert p.method_for("internet_cafe") == STRAIGHT_LINE
    cafe = p.basis_for("internet_cafe")
    assert "《互联网上网服务营业场所管理条例》第九条" in cafe and "校园边界" in cafe
    game = p.basis_for("game_hall")
    assert not p.is_national("game_hall")
    assert game.startswith("《中华人民共和国未成年人保护法》第五十八条；距离与测量方法依")
    assert "未填写规定名称" in game  # the office has not named its rule yet
    assert "第五十九条" in p.basis_for("tobacco_seller")
    # every kind the minors' protection law names has its article and no national distance
    for kind, article in (("bar", "第五十八条"), ("alcohol_seller", "第五十九条"),
                          ("lottery_seller", "第五十九条")):  # fmt: skip
        assert p.basis_for(kind).startswith(f"《中华人民共和国未成年人保护法》{article}；"), kind
        assert not p.is_national(kind), kind
    assert p.applies_to("bar") and p.limit_for("bar") == 200
    for kind in ("alcohol_seller", "lottery_seller"):  # like tobacco: off until the office says
        assert not p.applies_to(kind) and p.limit_for(kind) == 100
        assert p.method_for(kind) == p.method_for("tobacco_seller") == "walking_from_entrance"
    named = parse_policy(
        {"office_rule": "《某区办法》", "site_kinds": {"game_hall": {"basis": "甲"}}}
    )
    assert named.basis_for("game_hall") == "甲；距离与测量方法依《某区办法》"
    with pytest.raises(PolicyError, match="method"):
        parse_policy({"site_kinds": {"game_hall": {"method": "by_car"}}})

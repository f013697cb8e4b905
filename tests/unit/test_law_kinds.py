"""Bars, alcohol sellers and lottery outlets: the kinds arts. 58 and 59 of the minors'
protection law keep away from schools, end to end.

Registered from an office sheet by the names offices write; measured under the office's
own distance and method; the signed record (validated with pyHanko, read back with
pypdf) prints the method, both coordinate sources, the article and the office rule's name;
``inspector schools recheck`` lists them once the office's policy enables them.
The campus and the sites are placed with geographiclib in the test.
"""

from __future__ import annotations

import io
import json

import pytest
from evidence import complete_evidence
from geographiclib.geodesic import Geodesic
from pypdf import PdfReader
from sqlmodel import select

from inspector.domain.site_kinds import SCHOOL_PERIMETER, category_of, kind_label
from inspector.services.core.kind_aliases import load_aliases
from inspector.services.core.templates import TemplateCatalog
from inspector.services.followup.finish import finish
from inspector.services.inspection import walk as svc
from inspector.services.paperwork import documents, keys
from inspector.services.paperwork.numbering import set_block
from inspector.services.register import import_export as rio
from inspector.services.register.entries import (
    PointData,
    SchoolData,
    SiteData,
    save_school,
    save_site,
)
from inspector.store.engine import read_session
from inspector.store.models import Licence, Site

G = Geodesic.WGS84
SW = (25.7900, 113.0400)
PASS = "s3cret-口令"
RULE = "《苏仙区校园周边环境管理办法》"
SHARED = "school-shared"

# kind, its article, the office's distance and method, the distance item, and the verdict
# for a site 150 m from the wall under that distance
CASES = [
    ("bar", "第五十八条", 250, "walking_traffic_rules", "SS-12", "不合格（距离不足）"),
    ("alcohol_seller", "第五十九条", 180, "walking_from_entrance", "SS-08", "不合格（距离不足）"),
    ("lottery_seller", "第五十九条", 120, "straight_line", "SS-08", "合格"),
]
METHOD_TEXT = {  # as the record names them
    "walking_traffic_rules": "按交通规则步行距离",
    "walking_from_entrance": "自学校出入口步行距离",
    "straight_line": "直线距离",
}


def _go(p, azimuth, s):
    r = G.Direct(p[0], p[1], azimuth, s)
    return (r["lat2"], r["lon2"])


def _campus():
    se = _go(SW, 90, 300)
    return [SW, se, _go(se, 0, 200), _go(SW, 0, 200)]


def _mid_wall_site(metres: float):
    """``metres`` south of the middle of the 300 m south wall (> 200 m from every corner)."""
    sw, se = _campus()[:2]
    line = G.InverseLine(*sw, *se)
    m = line.Position(line.s13 / 2)
    return _go((m["lat2"], m["lon2"]), m["azi2"] + 90, metres)


def _school(ctx):
    gate = _go(_campus()[1], 0, 100)  # on the east wall
    points = [PointData(*gate, "gate", "东门", coord_source="gps:wgs84")]
    points += [PointData(*c, "boundary", coord_source="tianditu:cgcs2000") for c in _campus()]
    return save_school(ctx, SchoolData(name="北湖小学", points=points))


def _office_policy(ctx, tmp_path, kinds: dict[str, tuple[float, str]]) -> None:
    folder = tmp_path / "policy"
    folder.mkdir(exist_ok=True)
    lines = [f"office_rule: {RULE}", "site_kinds:"]
    lines += [f"  {k}: {{enabled: true, limit_m: {d}, method: {m}}}" for k, (d, m) in kinds.items()]
    (folder / "distance.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    ctx.settings.policy_dir = str(folder)
    ctx.save_settings()


@pytest.fixture
def office(ctx):
    ctx.settings.office_name = "苏仙区某街道文明创建办公室"
    ctx.settings.inspector_name = "周明远"
    ctx.settings.inspector_id_no = "湘执4310030001"
    ctx.save_settings()
    set_block(ctx, "苏仙巡〔2026〕", 1, 100)
    return ctx


def test_the_three_kinds_are_school_perimeter_kinds_with_checklists():
    catalog = TemplateCatalog.load()
    for kind in ("bar", "alcohol_seller", "lottery_seller"):
        assert category_of(kind) == SCHOOL_PERIMETER
        assert kind_label(kind) != kind and kind_label(kind, "en") != kind
        proposed = [t.id for t in catalog.for_site_kind(kind)]
        assert proposed[0] == SHARED and "street-frontage" in proposed, kind
        shared = catalog.get(SHARED)
        distance = [i for _, i in shared.items(kind) if i.rule == "distance_to_school"]
        assert len(distance) == 1, kind
        assert distance[0].legal_basis.zh_CN.startswith("《中华人民共和国未成年人保护法》第五十")
    assert "public-smoking-ban" in [t.id for t in catalog.for_site_kind("bar")]


def test_an_office_sheet_registers_them_by_the_names_offices_write(ctx, tmp_path):
    rows = [
        ("夜色清吧", "清吧", "bar", "食品经营许可证"),
        ("老街酒馆", "酒馆", "bar", "食品经营许可证"),
        ("蓝调酒吧", "酒吧", "bar", "食品经营许可证"),
        ("醇香名酒行", "名酒专卖", "alcohol_seller", "食品经营许可证"),
        ("湘酒坊", "酒类零售", "alcohol_seller", "食品经营许可证"),
        ("鸿运彩票站", "彩票站", "lottery_seller", "彩票代销证"),
        ("青石福彩", "福利彩票", "lottery_seller", "彩票代销证"),
        ("桂花体彩", "体育彩票", "lottery_seller", "彩票代销证"),
        ("东塘彩票", "彩票销售点", "lottery_seller", "彩票代销证"),
    ]
    f = tmp_path / "台账.csv"
    body = "".join(f"{name},{kind},苏仙区青石路{i}号,XK{i:06d}\n" for i, (name, kind, *_) in
                   enumerate(rows, 1))  # fmt: skip
    f.write_text("商户名称,行业类型,经营地址,许可证号\n" + body, "utf-8")
    preview = rio.parse_sites(f, load_aliases(ctx))
    assert not preview.bad, preview.problem_lines()
    assert rio.apply_preview(ctx, preview) == len(rows)
    with read_session(ctx.engine) as s:
        sites = {x.name: x for x in s.exec(select(Site))}
        licences = {x.site_id: x for x in s.exec(select(Licence))}
    for name, _, code, licence in rows:
        assert sites[name].kind == code, name
        assert licences[sites[name].id].kind == licence, name


@pytest.mark.parametrize(("kind", "article", "limit", "method", "item", "verdict"), CASES,
                         ids=[c[0] for c in CASES])  # fmt: skip
def test_150_m_from_the_wall_is_judged_by_the_office_rule_and_the_signed_record_says_so(
    office, tmp_path, kind, article, limit, method, item, verdict
):
    ctx = office
    _office_policy(ctx, tmp_path, {kind: (limit, method)})
    keys.create_self_signed(ctx, PASS, trust=True)
    _school(ctx)
    lat, lon = _mid_wall_site(150.0)
    assert min(G.Inverse(lat, lon, *c)["s12"] for c in _campus()) > 200
    site = save_site(ctx, SiteData(name="测试门店", kind=kind, address="北湖路2号", lat=lat, lon=lon,
                                   coord_source="gps:wgs84"))  # fmt: skip
    templates = [t.id for t in svc.propose_templates(ctx, kind)]
    assert templates[0] == SHARED
    insp = svc.start_inspection(ctx, site.id, templates)
    assert insp.distance_limit_m == limit and abs(insp.computed_distance_m - 150.0) < 0.01
    assert (
        insp.distance_basis == f"《中华人民共和国未成年人保护法》{article}；距离与测量方法依{RULE}"
    )
    svc.record_distance(ctx, insp.id, SHARED, item, method=method, distance_m=152.0,
                        start_point="门店正门", end_point="北湖小学南墙")  # fmt: skip
    complete_evidence(ctx, insp.id)  # a failed distance asks for a photo of the shop front
    finish(ctx, insp.id)
    out = documents.produce(ctx, "record", insp.id, PASS)
    data = out.path.read_bytes()
    check = documents.verify_document(ctx, out.path)
    assert check.ok, check.lines()
    pages = PdfReader(io.BytesIO(data)).pages
    text = "".join(p.extract_text() for p in pages).replace(" ", "").replace("\n", "")
    for expected in (
        verdict,
        f"规定距离{limit}米",  # the office's distance, not the checklist's default
        f"测量方法{METHOD_TEXT[method]}",
        "至校园边界最近点",
        "本机GPS定位（WGS-84）",  # the site's coordinates
        "天地图（CGCS2000）",  # the school's boundary
        f"《中华人民共和国未成年人保护法》{article}",
        RULE,
        kind_label(kind),
    ):
        assert expected in text, expected
    assert "边界未录入" not in text


def test_recheck_lists_them_when_the_office_enables_them(cli, tmp_path, data_dir):
    from inspector.services.core.context import open_context

    ctx = open_context(data_dir)
    try:
        _school(ctx)
        for i, kind in enumerate(("bar", "alcohol_seller", "lottery_seller")):
            lat, lon = _mid_wall_site(150.0 + 10 * i)
            save_site(ctx, SiteData(name=f"门店{i}", kind=kind, lat=lat, lon=lon,
                                    coord_source="gps:wgs84"))  # fmt: skip
    finally:
        ctx.close()
    r = cli("--data-dir", str(data_dir), "schools", "recheck", "--json")
    assert r.returncode == 0, r.stderr
    # shipped policy: bars restricted (art. 58); alcohol and lottery wait for the office
    assert [x["site_kind"] for x in json.loads(r.stdout)] == ["bar"]
    ctx = open_context(data_dir)
    try:
        _office_policy(ctx, tmp_path, {"alcohol_seller": (180, "walking_from_entrance"),
                                       "lottery_seller": (120, "straight_line")})  # fmt: skip
    finally:
        ctx.close()
    r = cli("--data-dir", str(data_dir), "schools", "recheck", "--json")
    assert r.returncode == 0, r.stderr
    lines = {x["site_kind"]: x for x in json.loads(r.stdout)}
    assert set(lines) == {"bar", "alcohol_seller", "lottery_seller"}
    # a walking-distance kind is decided on foot: a straight line under the limit is only a
    # lower bound, so the verdict asks for the walk instead of claiming a failure
    for i, (kind, limit, verdict, role) in enumerate(
        (
            ("bar", 200, "inside", "decides"),
            ("alcohol_seller", 180, "measure_walk", "lower_bound"),
            ("lottery_seller", 120, "outside", "decides"),
        )
    ):
        line = lines[kind]
        assert line["school"] == "北湖小学" and line["limit_m"] == limit, kind
        assert abs(line["distance_m"] - (150.0 + 10 * i)) < 0.01, kind
        assert line["verdict"] == verdict and line["computed_role"] == role, kind
    r = cli("--data-dir", str(data_dir), "schools", "recheck")
    assert r.returncode == 0, r.stderr
    for label in ("酒吧", "酒类零售点", "彩票销售点"):
        assert label in r.stdout, label

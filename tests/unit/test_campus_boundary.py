"""The campus boundary through the register, an inspection, the record, the CLI and the re-check.

Real SQLite files, the record read back with pypdf, the CLI in a subprocess.
The campus and the café are placed with geographiclib in the test.
"""

from __future__ import annotations

import io
import json

import pytest
from geographiclib.geodesic import Geodesic
from pypdf import PdfReader
from sqlmodel import select

from inspector.domain import datum
from inspector.domain.distance import FROM_BOUNDARY, FROM_GATES
from inspector.services.followup.finish import finish
from inspector.services.inspection import walk as svc
from inspector.services.paperwork import documents
from inspector.services.paperwork.numbering import set_block
from inspector.services.register import export as register_export
from inspector.services.register import import_export as register_io
from inspector.services.register.distance_recheck import INSIDE, OUTSIDE, recheck
from inspector.services.register.entries import (
    PointData,
    SchoolData,
    SiteData,
    save_school,
    save_site,
)
from inspector.services.register.school_boundary import read_geojson_corners
from inspector.store.engine import write_session
from inspector.store.models.inspection import Inspection

G = Geodesic.WGS84
SW = (25.7900, 113.0400)
CAFE = "school-internet-cafe"


def _go(p, azimuth, s):
    r = G.Direct(p[0], p[1], azimuth, s)
    return (r["lat2"], r["lon2"])


def _campus():
    se = _go(SW, 90, 300)
    return [SW, se, _go(se, 0, 200), _go(SW, 0, 200)]


def _mid_wall_site(metres: float = 150.0):
    """``metres`` south of the middle of the 300 m south wall (> 200 m from every corner)."""
    sw, se = _campus()[:2]
    line = G.InverseLine(*sw, *se)
    m = line.Position(line.s13 / 2)
    return _go((m["lat2"], m["lon2"]), m["azi2"] + 90, metres)


@pytest.fixture
def office(ctx):
    ctx.settings.office_name = "苏仙区某街道文明创建办公室"
    ctx.settings.inspector_name = "周明远"
    ctx.settings.inspector_id_no = "湘执4310030001"
    ctx.save_settings()
    set_block(ctx, "苏仙巡〔2026〕", 1, 100)
    return ctx


def _school(ctx, boundary=True):
    gate = _go(_campus()[1], 0, 100)  # on the east wall
    points = [PointData(*gate, "gate", "东门", coord_source="gps:wgs84")]
    if boundary:
        points += [PointData(*c, "boundary", coord_source="tianditu:cgcs2000") for c in _campus()]
    return save_school(ctx, SchoolData(name="北湖小学", points=points))


def _cafe(ctx, lat_lon, source="amap:gcj02"):
    lat, lon = datum.from_wgs84(*lat_lon, datum.split_source(source)[1])
    site = SiteData(name="星际网络会所", kind="internet_cafe", address="北湖路1号",
                    lat=lat_lon[0], lon=lat_lon[1], coord_source="sheet:wgs84")  # fmt: skip
    return save_site(ctx, site), (lat, lon)


def _read(data: bytes) -> str:
    pages = PdfReader(io.BytesIO(data)).pages
    return "".join(p.extract_text() for p in pages).replace(" ", "").replace("\n", "")


def test_a_cafe_typed_from_amap_150_m_from_the_wall_is_inside_and_the_record_says_how(office):
    ctx = office
    _school(ctx)
    truth = _mid_wall_site(150.0)
    site, typed = _cafe(ctx, truth)
    # typed as 高德 shows it (GCJ-02): converted on entry, measured to the wall
    insp = svc.start_inspection(
        ctx, site.id, [CAFE], coordinates=typed, coord_source=datum.source("amap")
    )
    assert G.Inverse(insp.lat, insp.lon, *truth)["s12"] < 0.01
    assert insp.coord_source == "amap:gcj02" and insp.school_coord_source == "tianditu:cgcs2000"
    assert insp.distance_method == FROM_BOUNDARY
    assert abs(insp.computed_distance_m - 150.0) < 0.01
    assert "第九条" in insp.distance_basis
    svc.record_distance(ctx, insp.id, CAFE, "IC-01", method="straight_line", distance_m=151.2,
                        start_point="网吧正门", end_point="北湖小学南墙")  # fmt: skip
    text = _read(documents.preview(ctx, "record", insp.id).data)
    for expected in (
        "不合格（距离不足）",
        "至校园边界最近点",
        "150.0米",
        "高德地图（GCJ-02，已换算为WGS-84）",
        "天地图（CGCS2000）",
        "《互联网上网服务营业场所管理条例》第九条",
    ):
        assert expected in text, expected
    assert "边界未录入" not in text


def test_a_school_without_boundary_is_estimated_from_its_gates_and_says_so(office):
    ctx = office
    _school(ctx, boundary=False)
    site, _ = _cafe(ctx, _mid_wall_site(150.0))
    insp = svc.start_inspection(ctx, site.id, [CAFE], coordinates=_mid_wall_site(150.0))
    assert insp.distance_method == FROM_GATES and insp.computed_distance_m > 200
    assert insp.coord_source == "typed:wgs84"
    svc.record_distance(ctx, insp.id, CAFE, "IC-01", method="straight_line", distance_m=260.0)
    text = _read(documents.preview(ctx, "record", insp.id).data)
    assert "边界未录入，按校门点估算" in text and "至最近校门点" in text


def test_recheck_keeps_the_signed_line_and_shows_what_changed(office):
    ctx = office
    _school(ctx, boundary=False)
    site, _ = _cafe(ctx, _mid_wall_site(150.0))
    insp = svc.start_inspection(ctx, site.id, [CAFE], coordinates=_mid_wall_site(150.0))
    signed_m = insp.computed_distance_m
    finish(ctx, insp.id)
    # an inspection signed before the boundary rule: its method reads as the old one
    with write_session(ctx.engine) as s:
        row = s.get(Inspection, insp.id)
        row.distance_method = ""
        s.add(row)
    [line] = recheck(ctx)
    assert line.verdict == OUTSIDE and not line.differs  # no boundary yet: same verdict
    # the office records the campus line: the re-check is a new line, the signed one stays
    from inspector.services.register.school_boundary import find_school, set_boundary

    set_boundary(ctx, find_school(ctx, "北湖小学").id, _campus(), "geojson:wgs84")
    [line] = recheck(ctx)
    assert line.verdict == INSIDE and line.method == FROM_BOUNDARY
    assert abs(line.distance_m - 150.0) < 0.01
    assert line.signed.verdict == OUTSIDE and line.signed.distance_m == signed_m
    assert "旧算法" in line.signed.method_text and line.differs
    with write_session(ctx.engine) as s:
        kept = s.exec(select(Inspection).where(Inspection.id == insp.id)).one()
        assert kept.computed_distance_m == signed_m and kept.status == "finished"


def test_office_sheet_boundary_in_gcj02_is_stored_as_wgs84_and_exported_again(ctx, tmp_path):
    corners = _campus()
    gcj = [datum.wgs84_to_gcj02(*c) for c in corners]
    cell = ";".join(f"{a:.8f},{b:.8f}" for a, b in gcj)
    f = tmp_path / "schools.csv"
    f.write_text(f'学校名称,学校类型,校园边界,坐标系\n北湖小学,小学,"{cell}",GCJ-02\n', "utf-8")
    preview = register_io.parse_schools(f)
    assert not preview.bad, preview.problem_lines()
    register_io.apply_preview(ctx, preview)
    from inspector.services.register.school_boundary import find_school

    school = find_school(ctx, "北湖小学")
    assert len(school.boundary) == 4
    for p, c in zip(school.boundary, corners, strict=True):
        assert G.Inverse(p.lat, p.lon, *c)["s12"] < 1.0 and p.coord_source == "sheet:gcj02"
    out = tmp_path / "out.csv"
    register_export.export_schools(ctx, out)
    exported = out.read_text("utf-8-sig")
    assert "边界坐标" in exported.splitlines()[0] and "WGS-84" in exported
    again = register_io.parse_schools(out)
    assert [(round(p.lat, 6), round(p.lon, 6)) for p in again.rows[0].record.boundary] == [
        (round(p.lat, 6), round(p.lon, 6)) for p in school.boundary
    ]


def test_a_bad_datum_is_refused_per_row_and_two_points_are_no_polygon(ctx, tmp_path):
    f = tmp_path / "schools.csv"
    f.write_text(
        '学校名称,边界坐标,坐标系\n甲小学,"25.79,113.04;25.80,113.04;25.80,113.05",北京54\n'
        '乙小学,"25.79,113.04;25.80,113.04",WGS-84\n',
        "utf-8",
    )
    preview = register_io.parse_schools(f)
    lines = preview.problem_lines()
    assert len(lines) == 1 and "坐标系“北京54”无法识别" in lines[0]
    # two boundary points make no polygon: kept as points, the distance is an estimate
    assert [r.name for r in preview.good] == ["乙小学"]


def test_cli_boundary_from_geojson_export_and_recheck(cli, tmp_path, data_dir):
    from inspector.services.core.context import open_context

    ctx = open_context(data_dir)
    try:
        _school(ctx, boundary=False)
        save_site(ctx, SiteData(name="星际网络会所", kind="internet_cafe",
                                lat=_mid_wall_site()[0], lon=_mid_wall_site()[1]))  # fmt: skip
    finally:
        ctx.close()
    ring = [[lon, lat] for lat, lon in _campus()]
    gj = tmp_path / "campus.geojson"
    gj.write_text(json.dumps({"type": "Feature", "properties": {},
                              "geometry": {"type": "Polygon", "coordinates": [ring + ring[:1]]}}))  # fmt: skip
    r = cli("--data-dir", str(data_dir), "schools", "boundary", "北湖小学", str(gj))
    assert r.returncode == 0, r.stderr
    assert "4 个角点" in r.stdout
    out = tmp_path / "back.geojson"
    r = cli("--data-dir", str(data_dir), "schools", "boundary", "北湖小学", str(out), "--export")
    assert r.returncode == 0, r.stderr
    back = [c for corner in read_geojson_corners(out) for c in corner]
    assert back == pytest.approx([c for corner in _campus() for c in corner], abs=1e-9)
    r = cli("--data-dir", str(data_dir), "schools", "recheck", "--json")
    assert r.returncode == 0, r.stderr
    [line] = json.loads(r.stdout)
    assert line["verdict"] == INSIDE and abs(line["distance_m"] - 150) < 0.01
    assert line["school"] == "北湖小学" and line["signed"] is None
    bad = tmp_path / "bad.geojson"
    bad.write_text('{"type": "Point", "coordinates": [113, 25]}')
    r = cli("--data-dir", str(data_dir), "schools", "boundary", "北湖小学", str(bad))
    assert r.returncode == 2 and "多边形" in r.stderr and "Traceback" not in r.stderr
    r = cli("--data-dir", str(data_dir), "schools", "boundary", "南湖小学", str(gj))
    assert r.returncode == 2 and "找不到学校" in r.stderr


def test_cli_import_says_when_no_datum_was_stated(cli, tmp_path, data_dir):
    f = tmp_path / "sites.csv"
    f.write_text("场所名称,场所类型,纬度,经度\n星际网络会所,网吧,25.7912,113.0321\n", "utf-8")
    r = cli("--data-dir", str(data_dir), "sites", "import", str(f))
    assert r.returncode == 0, r.stderr
    assert "1 行的坐标未注明坐标系" in r.stderr
    g = tmp_path / "sites2.csv"
    g.write_text("场所名称,场所类型,纬度,经度\n极速网咖,网吧,25.7912,113.0321\n", "utf-8")
    r = cli("--data-dir", str(data_dir), "sites", "import", str(g), "--datum", "GCJ-02")
    assert r.returncode == 0 and "未注明" not in r.stderr
    r = cli("--data-dir", str(data_dir), "sites", "import", str(g), "--datum", "北京54")
    assert r.returncode == 2 and "坐标系“北京54”无法识别" in r.stderr


def test_a_kind_without_national_distance_cites_the_office_rule_by_name(office, tmp_path):
    ctx = office
    policy_dir = tmp_path / "policy"
    policy_dir.mkdir()
    (policy_dir / "distance.yaml").write_text(
        "office_rule: 《苏仙区校园周边环境管理办法》\n"
        "site_kinds:\n  game_hall: {limit_m: 150, method: straight_line}\n",
        encoding="utf-8",
    )
    ctx.settings.policy_dir = str(policy_dir)
    _school(ctx)
    site = save_site(ctx, SiteData(name="欢乐电玩城", kind="game_hall", lat=_mid_wall_site(120)[0],
                                   lon=_mid_wall_site(120)[1], coord_source="gps:wgs84"))  # fmt: skip
    insp = svc.start_inspection(ctx, site.id, ["school-game-hall"])
    assert insp.distance_limit_m == 150 and abs(insp.computed_distance_m - 120) < 0.01
    assert insp.distance_basis == (
        "《中华人民共和国未成年人保护法》第五十八条；距离与测量方法依《苏仙区校园周边环境管理办法》"
    )
    svc.record_distance(ctx, insp.id, "school-game-hall", "GH-01", method="straight_line",
                        distance_m=121.0)  # fmt: skip
    text = _read(documents.preview(ctx, "record", insp.id).data)
    assert "距离与测量方法依《苏仙区校园周边环境管理办法》" in text
    assert "本机GPS定位（WGS-84）" in text and "不合格（距离不足）" in text

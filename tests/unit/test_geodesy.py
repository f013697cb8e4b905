"""The 200 m rule measured as the law defines it: from the campus boundary, on WGS-84,
on coordinates converted from the map they came from.

The campus and the sites are placed with geographiclib's Direct in the test and
every expected distance is geographiclib's Inverse to the point the site was
placed from, so the product's distance is checked against the library itself.
"""

from __future__ import annotations

import pytest
from geographiclib.geodesic import Geodesic

from inspector.domain import datum
from inspector.domain.distance import (
    FROM_BOUNDARY,
    SchoolPointRef,
    school_distances,
)
from inspector.domain.geodesy import contains, nearest_on_polygon
from inspector.domain.policy import parse_policy

G = Geodesic.WGS84
SW = (25.7900, 113.0400)  # the campus' south-west corner, near Chenzhou


def _go(p, azimuth, s):
    r = G.Direct(p[0], p[1], azimuth, s)
    return (r["lat2"], r["lon2"])


def _campus():
    """A 300 m (east) by 200 m (north) campus: corners SW, SE, NE, NW in order."""
    se = _go(SW, 90, 300)
    ne = _go(se, 0, 200)
    nw = _go(SW, 0, 200)
    return [SW, se, ne, nw]


def _truth(a, b):
    return G.Inverse(a[0], a[1], b[0], b[1])["s12"]


def _mid(a, b):
    line = G.InverseLine(a[0], a[1], b[0], b[1])
    m = line.Position(line.s13 / 2)
    return (m["lat2"], m["lon2"]), m["azi2"]


def placements():
    """(name, site, expected metres, the point of the boundary it was placed from)."""
    sw, se, ne, _nw = _campus()
    south_mid, south_az = _mid(sw, se)
    east_mid, east_az = _mid(se, ne)
    out = []
    # 150 m south of the middle of the 300 m south wall: more than 200 m from every corner
    out.append(("150 m from the south wall's middle", _go(south_mid, south_az + 90, 150), 150.0,
                south_mid))  # fmt: skip
    out.append(("199.5 m from the east wall", _go(east_mid, east_az + 90, 199.5), 199.5,
                east_mid))  # fmt: skip
    out.append(("200.5 m from the east wall", _go(east_mid, east_az + 90, 200.5), 200.5,
                east_mid))  # fmt: skip
    out.append(("500 m from the east wall", _go(east_mid, east_az + 90, 500.0), 500.0,
                east_mid))  # fmt: skip
    # beyond a corner, on the bisector outside: the corner is the nearest point
    out.append(("180 m beyond the NE corner", _go(ne, 45, 180), 180.0, ne))
    out.append(("210 m beyond the SW corner", _go(sw, 225, 210), 210.0, sw))
    # inside the campus: 0 m
    out.append(("inside, 50 m in from the south wall", _go(south_mid, south_az - 90, 50), 0.0,
                None))  # fmt: skip
    return out


@pytest.mark.parametrize("name,site,expected,foot", placements(), ids=[p[0] for p in placements()])
def test_distance_to_the_campus_line_against_geographiclib(name, site, expected, foot):
    near = nearest_on_polygon(site[0], site[1], _campus())
    if foot is None:
        assert near.inside and near.distance_m == 0.0
        return
    truth = _truth(site, foot)  # geographiclib's inverse to the point it was placed from
    assert truth == pytest.approx(expected, abs=1e-6)
    assert abs(near.distance_m - truth) < 0.01, (name, near.distance_m, truth)
    assert not near.inside


def test_the_mid_wall_site_is_inside_the_zone_though_every_corner_is_beyond_200_m():
    _name, site, _expected, _foot = placements()[0]
    corners = _campus()
    assert min(_truth(site, c) for c in corners) > 200  # the old rule called it outside
    policy = parse_policy({"site_kinds": {"internet_cafe": True}})
    pts = [
        SchoolPointRef("s1", "北湖小学", "primary", "boundary", f"角{i}", lat, lon, i)
        for i, (lat, lon) in enumerate(corners)
    ]
    found = school_distances(site[0], site[1], pts, policy, "internet_cafe")
    assert found[0].method == FROM_BOUNDARY and not found[0].estimated
    assert found[0].inside and abs(found[0].distance_m - 150.0) < 0.01


def test_corner_order_decides_the_polygon():
    corners = _campus()
    shuffled = [corners[0], corners[2], corners[1], corners[3]]  # a bow tie, not the campus
    inside = _go(_mid(corners[0], corners[1])[0], 0, 50)
    assert contains(*inside, corners)
    pts = [
        SchoolPointRef("s1", "北湖小学", "primary", "boundary", "", lat, lon, pos)
        for pos, (lat, lon) in zip((0, 2, 1, 3), shuffled, strict=True)
    ]
    policy = parse_policy({"site_kinds": {"internet_cafe": True}})
    found = school_distances(*inside, pts, policy, "internet_cafe")
    assert found[0].inside_campus and found[0].distance_m == 0.0  # sorted back by position


# --- coordinates that agree -----------------------------------------------------------------

GRID = [(25.77 + dlat, 113.0 + dlon) for dlat in (-0.1, -0.05, 0, 0.05, 0.1)
        for dlon in (-0.1, -0.05, 0, 0.05, 0.1)]  # fmt: skip


@pytest.mark.parametrize("lat,lon", GRID)
def test_gcj02_and_bd09_convert_back_to_wgs84_within_a_metre(lat, lon):
    gcj = datum.wgs84_to_gcj02(lat, lon)
    bd = datum.wgs84_to_bd09(lat, lon)
    shift = _truth((lat, lon), gcj)
    assert 300 < shift < 1000  # the shift is real (about 640 m near Chenzhou)
    assert _truth((lat, lon), bd) > shift
    assert _truth((lat, lon), datum.to_wgs84(*gcj, datum.GCJ02)) < 1.0
    assert _truth((lat, lon), datum.to_wgs84(*bd, datum.BD09)) < 1.0


def test_a_cafe_given_in_gcj02_is_measured_where_it_really_is():
    corners = _campus()
    east_mid, east_az = _mid(corners[1], corners[2])
    true_site = _go(east_mid, east_az + 90, 160)
    typed = datum.wgs84_to_gcj02(*true_site)  # what 高德 shows for the café
    wrong = nearest_on_polygon(*typed, corners).distance_m
    right = nearest_on_polygon(*datum.to_wgs84(*typed, datum.GCJ02), corners).distance_m
    assert wrong > 400  # taken as WGS-84 it would be far outside
    assert abs(right - 160) < 1.0


def test_datum_names_and_sources_read_as_offices_write_them():
    assert datum.datum_of("GCJ-02") == datum.GCJ02 and datum.datum_of("百度") == datum.BD09
    assert datum.datum_of(" cgcs2000 ") == datum.CGCS2000
    with pytest.raises(datum.DatumError, match="无法识别"):
        datum.datum_of("北京54")
    assert datum.describe_source("amap:gcj02") == "高德地图（GCJ-02，已换算为 WGS-84）"
    assert datum.describe_source("") == "来源未记录（按 WGS-84）"
    assert datum.describe_source("gps:wgs84") == "本机 GPS 定位（WGS-84）"


def test_asking_for_the_first_schools_gives_the_same_as_measuring_all():
    import random

    rng = random.Random(7)
    policy = parse_policy(
        {"site_kinds": {"internet_cafe": True},
         "school_kinds": {"kindergarten": {"enabled": True, "limit_m": 100}}}
    )  # fmt: skip
    pts = []
    for k in range(25):
        c = (25.7 + rng.random() * 0.1, 112.95 + rng.random() * 0.1)
        kind = rng.choice(["primary", "middle", "kindergarten"])
        if rng.random() < 0.7:
            n = rng.randint(3, 6)
            for i in range(n):
                corner = _go(c, i * 360 / n + rng.uniform(-10, 10), rng.uniform(80, 300))
                pts.append(SchoolPointRef(f"s{k}", f"S{k}", kind, "boundary", "", *corner, i))
        pts.append(SchoolPointRef(f"s{k}", f"S{k}", kind, "gate", "门", *_go(c, 90, 150)))
    for _ in range(60):
        lat, lon = 25.7 + rng.random() * 0.1, 112.95 + rng.random() * 0.1
        every = school_distances(lat, lon, pts, policy, "internet_cafe")
        for first in (1, 3):
            some = school_distances(lat, lon, pts, policy, "internet_cafe", first=first)
            assert some == every[:first]

"""Accuracy and cost of the 200 m rule's geometry: distances to a campus line, datum conversion.

    uv run python bench/distance_accuracy.py           # the tables, 2,000 timed distances
    uv run python bench/distance_accuracy.py --full    # 20,000 timed distances

Prints (1) sites placed with geographiclib's Direct at known distances from a
300 × 200 m campus near Chenzhou: the product's distance to the campus line,
geographiclib's Inverse to the point each was placed from, the error, and what
the old reading (sphere, nearest corner or gate) said; (2) GCJ-02 and BD-09
points on a grid around Chenzhou converted back to WGS-84, with the shift and
the round-trip error; then the time per site-to-polygon distance against one
bare geographiclib Inverse.
"""

from __future__ import annotations

import argparse
import math
import time

from geographiclib.geodesic import Geodesic

from inspector.domain import datum
from inspector.domain.geodesy import nearest_on_polygon

G = Geodesic.WGS84
SW = (25.7900, 113.0400)


def _go(p, azimuth, s):
    r = G.Direct(p[0], p[1], azimuth, s)
    return (r["lat2"], r["lon2"])


def _mid(a, b):
    line = G.InverseLine(a[0], a[1], b[0], b[1])
    m = line.Position(line.s13 / 2)
    return (m["lat2"], m["lon2"]), m["azi2"]


def _sphere(a, b):
    p1, p2 = math.radians(a[0]), math.radians(b[0])
    dl = math.radians(b[1] - a[1])
    h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6_371_008.8 * math.asin(math.sqrt(h))


def campus():
    se = _go(SW, 90, 300)
    return [SW, se, _go(se, 0, 200), _go(SW, 0, 200)]


def placements():
    sw, se, ne, nw = campus()
    south, south_az = _mid(sw, se)
    east, east_az = _mid(se, ne)
    gate = _mid(nw, sw)[0]  # the old data: one gate, in the middle of the west wall
    rows = [
        ("150 m off the south wall's middle", _go(south, south_az + 90, 150), south),
        ("199.5 m off the east wall", _go(east, east_az + 90, 199.5), east),
        ("200.5 m off the east wall", _go(east, east_az + 90, 200.5), east),
        ("500 m off the east wall", _go(east, east_az + 90, 500), east),
        ("180 m beyond the NE corner", _go(ne, 45, 180), ne),
        ("210 m beyond the SW corner", _go(sw, 225, 210), sw),
        ("inside, 50 m from the south wall", _go(south, south_az - 90, 50), None),
    ]
    return rows, gate


def distance_table() -> float:
    rows, gate = placements()
    corners = campus()
    print(
        "| site | product (m) | geographiclib (m) | error (mm) | old: sphere to nearest corner or gate (m) |"
    )
    print("|---|---|---|---|---|")
    worst = 0.0
    for name, site, foot in rows:
        got = nearest_on_polygon(*site, corners).distance_m
        truth = 0.0 if foot is None else G.Inverse(*site, *foot)["s12"]
        old = min(_sphere(site, p) for p in [*corners, gate])
        err = abs(got - truth)
        worst = max(worst, err)
        print(f"| {name} | {got:.4f} | {truth:.4f} | {err * 1000:.2e} | {old:.1f} |")
    return worst


def conversion_table() -> tuple[float, float]:
    print()
    print(
        "| WGS-84 point | GCJ-02 shift (m) | back from GCJ-02 (mm) | BD-09 shift (m) | back from BD-09 (mm) |"
    )
    print("|---|---|---|---|---|")
    worst_g = worst_b = 0.0
    for dlat in (-0.1, 0.0, 0.1):
        for dlon in (-0.1, 0.0, 0.1):
            p = (25.77 + dlat, 113.0 + dlon)
            g = datum.wgs84_to_gcj02(*p)
            b = datum.wgs84_to_bd09(*p)
            eg = G.Inverse(*p, *datum.to_wgs84(*g, datum.GCJ02))["s12"]
            eb = G.Inverse(*p, *datum.to_wgs84(*b, datum.BD09))["s12"]
            worst_g, worst_b = max(worst_g, eg), max(worst_b, eb)
            print(
                f"| {p[0]:.2f} N {p[1]:.2f} E | {G.Inverse(*p, *g)['s12']:.1f} | {eg * 1000:.6f} "
                f"| {G.Inverse(*p, *b)['s12']:.1f} | {eb * 1000:.6f} |"
            )
    return worst_g, worst_b


def timing(n: int) -> tuple[float, float]:
    corners = campus()
    sites = [_go(SW, (i * 37) % 360, 50 + (i % 400)) for i in range(n)]
    t = time.perf_counter()
    for s in sites:
        nearest_on_polygon(*s, corners)
    poly = (time.perf_counter() - t) / n
    t = time.perf_counter()
    for s in sites:
        G.Inverse(*s, *SW)
    one = (time.perf_counter() - t) / n
    return poly, one


def district(n_sites: int, n_schools: int = 30) -> tuple[float, float]:
    """Seconds for every site's nearest school (campus polygons, as map_data does) against
    the old reading (sphere to every gate or boundary point)."""
    import random

    from inspector.domain.distance import SchoolPointRef, school_distances
    from inspector.domain.policy import parse_policy

    rng = random.Random(3)
    policy = parse_policy({"site_kinds": {"internet_cafe": True}})
    pts = []
    for k in range(n_schools):
        c = (25.72 + rng.random() * 0.12, 112.95 + rng.random() * 0.12)
        for i in range(5):
            corner = _go(c, i * 72, rng.uniform(100, 250))
            pts.append(SchoolPointRef(f"s{k}", f"S{k}", "primary", "boundary", "", *corner, i))
        pts.append(SchoolPointRef(f"s{k}", f"S{k}", "primary", "gate", "", *_go(c, 0, 120)))
    sites = [(25.72 + rng.random() * 0.12, 112.95 + rng.random() * 0.12) for _ in range(n_sites)]
    t = time.perf_counter()
    for s in sites:
        school_distances(*s, pts, policy, "internet_cafe", first=1)
    new = time.perf_counter() - t
    t = time.perf_counter()
    for s in sites:
        min(_sphere(s, (p.lat, p.lon)) for p in pts)
    old = time.perf_counter() - t
    return new, old


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--full", action="store_true", help="20,000 timed distances")
    args = ap.parse_args()
    worst = distance_table()
    worst_g, worst_b = conversion_table()
    poly, one = timing(20_000 if args.full else 2_000)
    n_sites = 2_000 if args.full else 200
    new, old = district(n_sites)
    print()
    print(
        f"polygon_distance_error_max: {worst * 1000:.2e} mm; baseline 10 mm; ratio {worst * 100:.2e}"
    )
    print(
        f"nearest_school_{n_sites}_sites_30_schools: {new:.2f} s; baseline {old:.2f} s; "
        f"ratio {new / old:.1f}"
    )
    print(
        f"gcj02_roundtrip_error_max: {worst_g * 1000:.6f} mm; baseline 1000 mm; ratio {worst_g:.8f}"
    )
    print(
        f"bd09_roundtrip_error_max: {worst_b * 1000:.6f} mm; baseline 1000 mm; ratio {worst_b:.8f}"
    )
    print(
        f"distance_to_campus_polygon: {poly * 1e3:.3f} ms; baseline {one * 1e3:.3f} ms; ratio {poly / one:.1f}"
    )


if __name__ == "__main__":
    main()

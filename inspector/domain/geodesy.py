"""Geodesics on the WGS-84 ellipsoid: point to point, point to a campus boundary.

Distances are geodesics computed with geographiclib (Karney's algorithms, good
to a few nanometres). The distance from a point to a polygon is the shortest
geodesic to any point of its edges, found per edge by walking along the edge's
geodesic to the foot of the perpendicular from the point (each step moves by
the along-edge part of the current geodesic to the point; it converges to the
millimetre in a few steps at campus sizes), and 0 for a point inside.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from geographiclib.geodesic import Geodesic

WGS84 = Geodesic.WGS84
_INVERSE = Geodesic.DISTANCE | Geodesic.AZIMUTH
_FOOT_STEPS = 12
_FOOT_TOLERANCE_M = 1e-5
_DEG = 111_320.0  # metres per degree, for flat first guesses only
_SKIP_FACTOR = 0.98  # flat distances are trusted to 2 % when deciding what to skip

LatLon = tuple[float, float]


def geodesic_m(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """The geodesic distance in metres on WGS-84 (not rounded)."""
    return float(WGS84.Inverse(lat1, lon1, lat2, lon2, Geodesic.DISTANCE)["s12"])


@dataclass(frozen=True)
class NearestPoint:
    """The point of a boundary nearest to a given point, and how far it is."""

    distance_m: float
    lat: float
    lon: float
    inside: bool = False
    edge: int = -1  # index of the edge (corner i to corner i+1); -1 for a single point


def _flat(lat: float, lon: float, p: LatLon) -> tuple[float, float]:
    """Metres east and north of (lat, lon), flat (only to start and to skip, never to measure)."""
    return (p[1] - lon) * _DEG * math.cos(math.radians(lat)), (p[0] - lat) * _DEG


def _flat_segment(lat: float, lon: float, a: LatLon, b: LatLon) -> tuple[float, float]:
    """Flat distance from (lat, lon) to the segment, and the fraction along it of the foot."""
    ax, ay = _flat(lat, lon, a)
    bx, by = _flat(lat, lon, b)
    dx, dy = bx - ax, by - ay
    length2 = dx * dx + dy * dy
    t = 0.0 if length2 == 0 else min(1.0, max(0.0, -(ax * dx + ay * dy) / length2))
    return math.hypot(ax + t * dx, ay + t * dy), t


def nearest_on_segment(lat: float, lon: float, a: LatLon, b: LatLon) -> NearestPoint:
    """The point of the geodesic segment ``a``–``b`` nearest to (lat, lon)."""
    line = WGS84.InverseLine(a[0], a[1], b[0], b[1])
    length = float(line.s13)
    if length < 1e-6:
        return NearestPoint(geodesic_m(lat, lon, *a), a[0], a[1])
    s = _flat_segment(lat, lon, a, b)[1] * length  # a flat first guess, then on the ellipsoid
    for _ in range(_FOOT_STEPS):
        at = line.Position(s, Geodesic.STANDARD)
        to_p = WGS84.Inverse(at["lat2"], at["lon2"], lat, lon, _INVERSE)
        step = float(to_p["s12"]) * math.cos(math.radians(to_p["azi1"] - at["azi2"]))
        new_s = min(max(s + step, 0.0), length)
        if abs(new_s - s) < _FOOT_TOLERANCE_M:
            s = new_s
            break
        s = new_s
    at = line.Position(s, Geodesic.STANDARD)
    return NearestPoint(geodesic_m(lat, lon, at["lat2"], at["lon2"]), at["lat2"], at["lon2"])


def contains(lat: float, lon: float, polygon: Sequence[LatLon]) -> bool:
    """Whether the point lies inside the polygon (even-odd rule; edges count as inside).

    At campus sizes a geodesic edge and the straight line in degrees between its
    corners are the same to far below a millimetre, so the test runs in degrees.
    """
    n = len(polygon)
    inside = False
    for i in range(n):
        (y1, x1), (y2, x2) = polygon[i], polygon[(i + 1) % n]
        if (y1 > lat) != (y2 > lat):
            x_cross = x1 + (lat - y1) * (x2 - x1) / (y2 - y1)
            if lon < x_cross:
                inside = not inside
    return inside


def nearest_on_polygon(lat: float, lon: float, polygon: Sequence[LatLon]) -> NearestPoint:
    """Distance from a point to a closed polygon given by its corners in order: 0 inside,
    otherwise the geodesic to the nearest point of any edge."""
    corners = list(polygon)
    if len(corners) > 1 and corners[0] == corners[-1]:
        corners = corners[:-1]
    if not corners:
        raise ValueError("empty polygon")
    if len(corners) == 1:
        return NearestPoint(geodesic_m(lat, lon, *corners[0]), *corners[0])
    edges = [(i, corners[i], corners[(i + 1) % len(corners)]) for i in range(len(corners))]
    if len(corners) == 2:
        edges = edges[:1]
    # Nearest edges first by a flat guess; an edge whose flat distance is clearly beyond
    # the best geodesic found is not measured (it cannot be nearer).
    edges.sort(key=lambda e: _flat_segment(lat, lon, e[1], e[2])[0])
    best: NearestPoint | None = None
    for i, a, b in edges:
        if best is not None:
            flat = _flat_segment(lat, lon, a, b)[0]
            if flat * _SKIP_FACTOR - 0.5 > best.distance_m:
                continue
        cand = nearest_on_segment(lat, lon, a, b)
        if best is None or cand.distance_m < best.distance_m:
            best = NearestPoint(cand.distance_m, cand.lat, cand.lon, False, i)
    assert best is not None
    if len(corners) >= 3 and contains(lat, lon, corners):
        return NearestPoint(0.0, lat, lon, True, best.edge)
    return best


def nearest_of_points(lat: float, lon: float, points: Sequence[LatLon]) -> NearestPoint:
    """The nearest of separate points (gates), by geodesic distance."""
    best: NearestPoint | None = None
    for p in points:
        d = geodesic_m(lat, lon, *p)
        if best is None or d < best.distance_m:
            best = NearestPoint(d, p[0], p[1])
    if best is None:
        raise ValueError("no points")
    return best


def offset(lat: float, lon: float, azimuth_deg: float, distance_m: float) -> LatLon:
    """The point ``distance_m`` metres from (lat, lon) along the given azimuth (geodesic)."""
    r = WGS84.Direct(lat, lon, azimuth_deg, distance_m)
    return float(r["lat2"]), float(r["lon2"])

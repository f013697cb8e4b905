"""Distances between sites and schools, and the 200 m rule's verdict.

The straight line is measured as the law defines it: from the site's point to
the nearest point of the school's campus boundary (围墙或校园边界), as a
geodesic on the WGS-84 ellipsoid (:mod:`inspector.domain.geodesy`), 0 m for a
point inside the campus. A school whose boundary is not recorded is measured
to its gate points instead, and says so ("边界未录入，按校门点估算").
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from inspector.domain.geodesy import geodesic_m, nearest_of_points, nearest_on_polygon
from inspector.domain.policy import DistancePolicy
from inspector.domain.text import LocalText, Message

# How a computed straight line was measured ("" on inspections computed before
# the boundary rule: nearest gate or boundary point on a sphere).
FROM_BOUNDARY = "boundary_geodesic"
FROM_GATES = "gate_geodesic"
LEGACY_POINTS = ""
COMPUTED_METHODS: dict[str, LocalText] = {
    FROM_BOUNDARY: LocalText(
        "直线距离：WGS-84 测地线，至校园边界最近点（校园内为 0 米）",
        "Straight line: WGS-84 geodesic to the nearest point of the campus boundary (0 m inside)",
    ),
    FROM_GATES: LocalText(
        "直线距离：WGS-84 测地线，至最近校门点（边界未录入，按校门点估算）",
        "Straight line: WGS-84 geodesic to the nearest gate (no boundary recorded: "
        "estimated from the gates)",
    ),
    LEGACY_POINTS: LocalText(
        "直线距离：球面公式，至最近校门或边界点（旧算法）",
        "Straight line: spherical formula to the nearest gate or boundary point (old method)",
    ),
}
NO_BOUNDARY_NOTE = LocalText(
    "边界未录入，按校门点估算", "No boundary recorded: estimated from the gates"
)


def computed_method_text(method: str, lang: str = "zh_CN") -> str:
    """The readable method of a computed straight line."""
    text = COMPUTED_METHODS.get(method)
    return text.get(lang) if text is not None else method


class CoordinateError(ValueError):
    """Coordinates that cannot be read or are out of range; the message is for the user."""


def straight_line_m(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """The geodesic distance on WGS-84 in metres, rounded to the millimetre."""
    return round(geodesic_m(lat1, lon1, lat2, lon2), 3)


def validate_coordinates(lat: float, lon: float) -> tuple[float, float]:
    if not (-90.0 <= lat <= 90.0):
        raise CoordinateError(Message("纬度 {} 超出范围（-90 到 90）", lat))
    if not (-180.0 <= lon <= 180.0):
        raise CoordinateError(Message("经度 {} 超出范围（-180 到 180）", lon))
    return float(lat), float(lon)


_NUMBER = r"[-+]?\d+(?:\.\d+)?"
_HEMI = re.compile(r"^\s*(" + _NUMBER + r")\s*°?\s*([NSEWnsew北南东西])?\s*$")


def _one(part: str) -> tuple[float, str]:
    m = _HEMI.match(part)
    if not m:
        raise CoordinateError(Message("无法识别坐标 {!r}", part.strip()))
    value = float(m.group(1))
    hemi = (m.group(2) or "").upper()
    hemi = {"北": "N", "南": "S", "东": "E", "西": "W"}.get(hemi, hemi)
    if hemi in ("S", "W"):
        value = -abs(value)
    return value, hemi


def parse_coordinates(text: str) -> tuple[float, float] | None:
    """Read "lat, lon" as pasted from a map app or a GPS: "25.79, 113.04",
    "25.79 113.04", "25.79°N 113.04°E", "25.79，113.04". Empty text gives None.

    Hemisphere letters decide the order when present (a "113.04E, 25.79N" pair is
    swapped); otherwise the first number is the latitude.
    """
    cleaned = text.strip().strip("()[]").replace("，", ",").replace("；", ",").replace(";", ",")
    if not cleaned:
        return None
    parts = [p for p in re.split(r"[,\s]+(?![°NSEWnsew北南东西])", cleaned) if p.strip()]
    if len(parts) != 2:
        raise CoordinateError(
            Message("坐标应为“纬度, 经度”两个数，如 25.79, 113.04；收到 {!r}", text.strip())
        )
    (a, ha), (b, hb) = _one(parts[0]), _one(parts[1])
    if ha in ("E", "W") or hb in ("N", "S"):
        a, b = b, a
    return validate_coordinates(a, b)


def format_coordinates(lat: float | None, lon: float | None) -> str:
    if lat is None or lon is None:
        return ""
    return f"{lat:.6f}, {lon:.6f}"


@dataclass(frozen=True)
class SchoolPointRef:
    school_id: str
    school_name: str
    school_kind: str
    point_kind: str  # gate | boundary
    label: str
    lat: float
    lon: float
    position: int = 0  # order of a boundary corner along the campus line
    source: str = ""  # where the coordinate came from (see inspector.domain.datum)


@dataclass(frozen=True)
class SchoolShape:
    """One school as the rule sees it: its campus polygon (corners in order) and gates."""

    school_id: str
    school_name: str
    school_kind: str
    boundary: tuple[SchoolPointRef, ...]
    gates: tuple[SchoolPointRef, ...]

    @property
    def has_boundary(self) -> bool:
        return len(self.boundary) >= 3

    @property
    def method(self) -> str:
        return FROM_BOUNDARY if self.has_boundary else FROM_GATES

    @property
    def source(self) -> str:
        """The source of the school's coordinates (the first one recorded)."""
        pts = self.boundary if self.has_boundary else self.gates
        return next((p.source for p in pts if p.source), "")


def school_shapes(points: Iterable[SchoolPointRef]) -> list[SchoolShape]:
    """Group points per school; boundary corners sorted by their position."""
    by_school: dict[str, list[SchoolPointRef]] = {}
    for p in points:
        by_school.setdefault(p.school_id, []).append(p)
    out = []
    for pts in by_school.values():
        first = pts[0]
        boundary = tuple(sorted((p for p in pts if p.point_kind == "boundary"),
                                key=lambda p: p.position))  # fmt: skip
        gates = tuple(p for p in pts if p.point_kind == "gate")
        if len(boundary) < 3:  # not a polygon: the boundary points count as points
            gates = gates + boundary
            boundary = ()
        out.append(SchoolShape(first.school_id, first.school_name, first.school_kind,
                               boundary, gates))  # fmt: skip
    return out


@dataclass(frozen=True)
class SchoolDistance:
    """The nearest point of one school to a site."""

    school_id: str
    school_name: str
    school_kind: str
    point_label: str
    point_kind: str  # boundary (a point of the campus line) | gate
    distance_m: float
    limit_m: float
    method: str = FROM_BOUNDARY  # FROM_BOUNDARY or FROM_GATES
    inside_campus: bool = False
    school_source: str = ""
    nearest_lat: float | None = None
    nearest_lon: float | None = None

    @property
    def inside(self) -> bool:
        return self.distance_m < self.limit_m

    @property
    def estimated(self) -> bool:
        """Measured to the gates because the boundary is not recorded."""
        return self.method == FROM_GATES


def distance_to_school(lat: float, lon: float, shape: SchoolShape) -> SchoolDistance | None:
    """The straight line from a point to one school (limit left at 0 for the caller)."""
    if shape.has_boundary:
        near = nearest_on_polygon(lat, lon, [(p.lat, p.lon) for p in shape.boundary])
        label = "" if near.inside else shape.boundary[near.edge].label
        return SchoolDistance(
            shape.school_id, shape.school_name, shape.school_kind, label, "boundary",
            round(near.distance_m, 3), 0.0, FROM_BOUNDARY, near.inside, shape.source,
            near.lat, near.lon,
        )  # fmt: skip
    if not shape.gates:
        return None
    best = min(shape.gates, key=lambda p: geodesic_m(lat, lon, p.lat, p.lon))
    near = nearest_of_points(lat, lon, [(best.lat, best.lon)])
    return SchoolDistance(
        shape.school_id, shape.school_name, shape.school_kind, best.label, best.point_kind,
        round(near.distance_m, 3), 0.0, FROM_GATES, False, shape.source, best.lat, best.lon,
    )  # fmt: skip


def _lower_bound_m(lat: float, lon: float, shape: SchoolShape) -> float:
    """A cheap figure never above the true distance to the school (to skip far schools):
    the flat distance to the nearest corner or gate with short degrees, less half the
    longest edge with long degrees."""
    pts = shape.boundary if shape.has_boundary else shape.gates

    def flat(p: SchoolPointRef, q_lat: float, q_lon: float, per_deg: float, cos_at: float) -> float:
        return math.hypot((p.lat - q_lat) * per_deg, (p.lon - q_lon) * per_deg * cos_at)

    lowest = min(
        flat(p, lat, lon, 110_500.0, math.cos(math.radians(max(abs(lat), abs(p.lat)) + 0.01)))
        for p in pts
    )
    if not shape.has_boundary:
        return 0.995 * lowest - 0.5
    longest = max(
        flat(a, b.lat, b.lon, 111_800.0, 1.0) for a, b in zip(pts, (*pts[1:], pts[0]), strict=True)
    )
    return 0.995 * lowest - longest / 2 - 0.5


def school_distances(
    lat: float,
    lon: float,
    points: Iterable[SchoolPointRef],
    policy: DistancePolicy,
    site_kind: str,
    first: int | None = None,
) -> list[SchoolDistance]:
    """Per school (that the policy counts), the straight line to its campus boundary (or
    its nearest gate when no boundary is recorded); nearest relative to its limit first.

    With ``first`` only that many are returned, and schools that cannot be among them
    (by a cheap lower bound) are not measured at all.
    """
    candidates = []
    for shape in school_shapes(points):
        if not policy.counts_school(shape.school_kind) or not (shape.boundary or shape.gates):
            continue
        limit = policy.limit_for(site_kind, shape.school_kind)
        candidates.append((_lower_bound_m(lat, lon, shape) - limit, limit, shape))
    candidates.sort(key=lambda c: c[0])
    out: list[SchoolDistance] = []
    for bound, limit, shape in candidates:
        if first is not None and len(out) >= first:
            kth = sorted(r.distance_m - r.limit_m for r in out)[first - 1]
            if bound > kth:
                break  # this school and every later one is further than the first ones
        d = distance_to_school(lat, lon, shape)
        if d is not None:
            out.append(replace(d, limit_m=limit))
    out.sort(key=lambda s: (s.distance_m - s.limit_m, s.distance_m))
    return out if first is None else out[:first]


@dataclass(frozen=True)
class Measurement:
    method: str
    distance_m: float


@dataclass(frozen=True)
class DistanceVerdict:
    """The 200 m rule for one site: does it apply, what decides, is it broken, warn?"""

    applies: bool
    limit_m: float
    deciding_method: str
    deciding_distance_m: float | None  # the shortest measurement by the deciding method
    computed_m: float | None  # straight line from coordinates to the nearest school
    fails: bool
    warning: bool  # within the margin of the limit and not yet measured twice
    needs_measurement: bool  # no measurement by the deciding method yet

    @property
    def passes(self) -> bool:
        return self.applies and not self.fails and self.deciding_distance_m is not None


def evaluate_distance(
    policy: DistancePolicy,
    site_kind: str,
    measurements: Sequence[Measurement],
    computed_m: float | None = None,
    limit_m: float | None = None,
) -> DistanceVerdict:
    """Apply the policy to the recorded measurements.

    A distance under the limit by the deciding method fails (a red line). Any
    figure — measured by any method, or computed from coordinates — within the
    margin of the limit raises a warning that asks for a second measurement.
    """
    limit = policy.limit_for(site_kind) if limit_m is None else limit_m
    applies = policy.applies_to(site_kind)
    method = policy.method_for(site_kind)
    deciding = [m.distance_m for m in measurements if m.method == method]
    decided = min(deciding) if deciding else None
    fails = applies and decided is not None and decided < limit
    figures = [m.distance_m for m in measurements]
    if computed_m is not None:
        figures.append(computed_m)
    near = any(abs(f - limit) <= policy.margin_m for f in figures)
    # A second measurement by the deciding method answers the warning.
    warning = applies and near and len(deciding) < 2
    return DistanceVerdict(
        applies=applies,
        limit_m=limit,
        deciding_method=method,
        deciding_distance_m=decided,
        computed_m=computed_m,
        fails=fails,
        warning=warning,
        needs_measurement=applies and decided is None,
    )

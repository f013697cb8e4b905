"""Distances between sites and schools, and the 200 m rule's verdict.

Straight-line distances use the haversine formula on a sphere of the mean
Earth radius; at a few hundred metres the error against the ellipsoid is well
under a decimetre, which is the precision recorded.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from inspector.domain.policy import DistancePolicy
from inspector.domain.text import Message

EARTH_RADIUS_M = 6_371_008.8


class CoordinateError(ValueError):
    """Coordinates that cannot be read or are out of range; the message is for the user."""


def haversine_m(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in metres, rounded to the decimetre."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp = p2 - p1
    dl = math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return round(2 * EARTH_RADIUS_M * math.asin(min(1.0, math.sqrt(a))), 1)


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


@dataclass(frozen=True)
class SchoolDistance:
    """The nearest point of one school to a site."""

    school_id: str
    school_name: str
    school_kind: str
    point_label: str
    point_kind: str
    distance_m: float
    limit_m: float

    @property
    def inside(self) -> bool:
        return self.distance_m < self.limit_m


def school_distances(
    lat: float,
    lon: float,
    points: Iterable[SchoolPointRef],
    policy: DistancePolicy,
    site_kind: str,
) -> list[SchoolDistance]:
    """Per school (that the policy counts), the nearest gate or boundary point; nearest first."""
    best: dict[str, SchoolDistance] = {}
    for p in points:
        if not policy.counts_school(p.school_kind):
            continue
        d = haversine_m(lat, lon, p.lat, p.lon)
        cur = best.get(p.school_id)
        if cur is None or d < cur.distance_m:
            best[p.school_id] = SchoolDistance(
                p.school_id,
                p.school_name,
                p.school_kind,
                p.label,
                p.point_kind,
                d,
                policy.limit_for(site_kind, p.school_kind),
            )
    return sorted(best.values(), key=lambda s: (s.distance_m - s.limit_m, s.distance_m))


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
    deciding = [m.distance_m for m in measurements if m.method == policy.deciding_method]
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
        deciding_method=policy.deciding_method,
        deciding_distance_m=decided,
        computed_m=computed_m,
        fails=fails,
        warning=warning,
        needs_measurement=applies and decided is None,
    )

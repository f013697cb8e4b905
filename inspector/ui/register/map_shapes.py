"""What the grid map draws, in plain terms: sites, schools, the local projection, the zone.

Kept apart from the widgets in :mod:`inspector.ui.register.map_view` so that the geometry
reads on its own: the zone within the limit around a campus is the campus
polygon widened by the limit on every side (straight sides, rounded corners).
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QPainterPath, QPainterPathStroker, QPolygonF

from inspector.domain.distance import SchoolPointRef, school_shapes
from inspector.domain.geodesy import nearest_of_points, nearest_on_polygon

WGS84_A = 6_378_137.0
WGS84_E2 = 0.00669437999014


@dataclass(frozen=True)
class MapSite:
    id: str
    name: str
    kind: str
    lat: float
    lon: float
    grid: str = ""
    nearest_school: str = ""  # the school whose campus line is nearest
    nearest_m: float | None = None  # metres to the nearest point of that line
    estimated: bool = False  # that school has no boundary: measured to its gates


@dataclass(frozen=True)
class MapPoint:
    kind: str  # gate | boundary
    lat: float
    lon: float
    label: str = ""
    position: int = 0  # order of a boundary corner


@dataclass(frozen=True)
class MapSchool:
    id: str
    name: str
    points: tuple[MapPoint, ...]
    limit_m: float | None = None  # this school's zone width; None: the map's limit

    @property
    def boundary(self) -> tuple[MapPoint, ...]:
        """The campus polygon's corners in order (empty when fewer than three)."""
        corners = sorted((p for p in self.points if p.kind == "boundary"), key=lambda p: p.position)
        return tuple(corners) if len(corners) >= 3 else ()


class LocalProjection:
    """Degrees to metres around an origin: x east, y south (screen direction)."""

    def __init__(self, lat0: float, lon0: float):
        self.lat0 = lat0
        self.lon0 = lon0
        w = 1 - WGS84_E2 * math.sin(math.radians(lat0)) ** 2
        prime_vertical = WGS84_A / math.sqrt(w)
        meridian = WGS84_A * (1 - WGS84_E2) / w**1.5
        self._kx = math.radians(1) * prime_vertical * math.cos(math.radians(lat0))
        self._ky = math.radians(1) * meridian

    def to_xy(self, lat: float, lon: float) -> QPointF:
        return QPointF((lon - self.lon0) * self._kx, -(lat - self.lat0) * self._ky)

    def to_latlon(self, point: QPointF) -> tuple[float, float]:
        """The inverse of :meth:`to_xy` (for corners clicked on the map)."""
        return self.lat0 - point.y() / self._ky, self.lon0 + point.x() / self._kx

    @classmethod
    def around(cls, coords: Iterable[tuple[float, float]]) -> LocalProjection:
        pts = list(coords)
        if not pts:
            return cls(0.0, 0.0)
        lats = [p[0] for p in pts]
        lons = [p[1] for p in pts]
        return cls((min(lats) + max(lats)) / 2, (min(lons) + max(lons)) / 2)


def _refs(school: MapSchool) -> list[SchoolPointRef]:
    return [
        SchoolPointRef(school.id, school.name, "", p.kind, p.label, p.lat, p.lon, p.position)
        for p in school.points
    ]


def nearest_line_m(site: MapSite, school: MapSchool) -> float:
    """Metres from a site to a school's campus line (to its gates when it has none)."""
    [shape] = school_shapes(_refs(school))
    if shape.has_boundary:
        corners = [(p.lat, p.lon) for p in shape.boundary]
        return nearest_on_polygon(site.lat, site.lon, corners).distance_m
    return nearest_of_points(site.lat, site.lon, [(p.lat, p.lon) for p in shape.gates]).distance_m


def sites_inside(
    sites: Iterable[MapSite],
    schools: Iterable[MapSchool],
    limit_m: float,
    restricted_kinds: set[str] | None = None,
) -> set[str]:
    """Ids of sites (of the restricted kinds, or any when None) nearer than the limit to
    any school's campus line (its gates when it has no boundary)."""
    schools = [s for s in schools if s.points]
    out = set()
    for site in sites:
        if restricted_kinds is not None and site.kind not in restricted_kinds:
            continue
        if any(nearest_line_m(site, s) < (s.limit_m or limit_m) for s in schools):
            out.add(site.id)
    return out


def zone_path(polygon: QPolygonF, width: float) -> QPainterPath:
    """The polygon widened by ``width`` on every side: straight sides, rounded corners."""
    outline = QPainterPath()
    outline.addPolygon(polygon)
    outline.closeSubpath()
    stroker = QPainterPathStroker()
    stroker.setWidth(2 * width)
    stroker.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    stroker.setCapStyle(Qt.PenCapStyle.RoundCap)
    return stroker.createStroke(outline).united(outline).simplified()

"""Distances from sites to schools, and the data for the grid map view.

Everything is computed from the coordinates in the register: no map tiles and
no network. The map view draws :func:`map_data`'s sites, each school's campus
polygon and gates, and the zone within the limit around the polygon (around the
gates for a school whose boundary is not recorded).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlmodel import Session, col, select

from inspector.domain.distance import SchoolDistance, SchoolPointRef, school_distances
from inspector.domain.policy import DistancePolicy
from inspector.services.core.context import AppContext
from inspector.services.core.policy import distance_policy
from inspector.store.engine import read_session
from inspector.store.models import School, SchoolPoint, Site


def school_points(session: Session, grid: str | None = None) -> list[SchoolPointRef]:
    """Every gate and boundary point of every school in use (optionally one grid's)."""
    q = select(SchoolPoint, School).join(School).where(School.archived == False)  # noqa: E712
    if grid:
        q = q.where(School.grid == grid)
    q = q.order_by(col(SchoolPoint.school_id), col(SchoolPoint.position))
    return [
        SchoolPointRef(
            sc.id, sc.name, sc.kind, p.kind, p.label, p.lat, p.lon, p.position, p.coord_source
        )
        for p, sc in session.exec(q)
    ]


def nearest_schools(
    ctx: AppContext, lat: float, lon: float, site_kind: str, limit: int = 5
) -> list[SchoolDistance]:
    """The nearest schools to a point, nearest (relative to its limit) first."""
    policy = distance_policy(ctx)
    with read_session(ctx.engine) as s:
        points = school_points(s)
    return school_distances(lat, lon, points, policy, site_kind, first=limit)


@dataclass(frozen=True)
class MapSite:
    id: str
    name: str
    kind: str
    grid: str
    lat: float
    lon: float
    restricted: bool  # the policy names this site kind
    inside: bool  # restricted and closer than the limit to some school's campus line
    nearest_school: str
    nearest_m: float | None
    limit_m: float | None = None  # the limit to the nearest school
    estimated: bool = False  # the nearest school has no boundary: measured to its gates


@dataclass(frozen=True)
class MapSchool:
    id: str
    name: str
    kind: str
    counted: bool  # the policy counts this school kind
    limit_m: float  # the zone's width around the campus line (for the restricted kinds)
    points: tuple[SchoolPointRef, ...]

    @property
    def boundary(self) -> tuple[SchoolPointRef, ...]:
        """The campus polygon's corners in order (empty when fewer than three)."""
        corners = tuple(sorted((p for p in self.points if p.point_kind == "boundary"),
                               key=lambda p: p.position))  # fmt: skip
        return corners if len(corners) >= 3 else ()


@dataclass(frozen=True)
class MapData:
    sites: list[MapSite] = field(default_factory=list)
    schools: list[MapSchool] = field(default_factory=list)
    policy: DistancePolicy | None = None

    @property
    def inside(self) -> list[MapSite]:
        return [s for s in self.sites if s.inside]


def map_data(ctx: AppContext, grid: str | None = None) -> MapData:
    """Sites and schools with coordinates; which restricted sites lie inside a circle.

    With ``grid`` only that grid's sites are listed, but schools of every grid
    count (a school across the grid boundary still has its circle).
    """
    policy = distance_policy(ctx)
    with read_session(ctx.engine) as s:
        points = school_points(s)
        q = select(Site).where(Site.archived == False)  # noqa: E712
        if grid:
            q = q.where(Site.grid == grid)
        sites = list(s.exec(q))
        schools = {sc.id: sc for sc in s.exec(select(School).where(School.archived == False))}  # noqa: E712
    out_sites = []
    for site in sites:
        if site.lat is None or site.lon is None:
            continue
        restricted = policy.applies_to(site.kind)
        near = school_distances(site.lat, site.lon, points, policy, site.kind, first=1)
        first = near[0] if near else None
        out_sites.append(
            MapSite(
                site.id,
                site.name,
                site.kind,
                site.grid,
                site.lat,
                site.lon,
                restricted,
                bool(restricted and first and first.inside),
                first.school_name if first else "",
                first.distance_m if first else None,
                first.limit_m if first else None,
                bool(first and first.estimated),
            )
        )
    by_school: dict[str, list[SchoolPointRef]] = {}
    for p in points:
        by_school.setdefault(p.school_id, []).append(p)
    default_kind = policy.enabled_site_kinds[0] if policy.enabled_site_kinds else ""
    out_schools = [
        MapSchool(
            sc.id,
            sc.name,
            sc.kind,
            policy.counts_school(sc.kind),
            policy.limit_for(default_kind, sc.kind),
            tuple(by_school.get(sc.id, ())),
        )
        for sc in schools.values()
        if by_school.get(sc.id)
    ]
    return MapData(out_sites, out_schools, policy)

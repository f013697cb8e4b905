"""The register of sites and schools: create, edit, archive, search (no Qt).

Callers pass plain records (:class:`SiteData`, :class:`SchoolData`); every write is
one unit of work in :func:`write_session`, and every changed row is touched with
the device id so that sync can tell what changed where.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import TypeVar

from sqlalchemy import func, or_
from sqlmodel import Session, col, select

from inspector.domain.collation import pinyin_key, sorted_by_pinyin
from inspector.domain.credit_code import credit_code_problem
from inspector.domain.site_kinds import BY_CODE, SCHOOL_KINDS
from inspector.domain.text import N_, Message, joined
from inspector.services.core.context import AppContext
from inspector.services.core.errors import UserError
from inspector.services.core.value_checks import school_text_problems, site_text_problems
from inspector.store.engine import read_session, write_session
from inspector.store.models import Licence, School, SchoolPoint, Site

POINT_KINDS = ("gate", "boundary")


@dataclass
class LicenceData:
    kind: str
    number: str = ""
    valid_until: date | None = None
    id: str | None = None


@dataclass
class SiteData:
    name: str
    kind: str
    address: str = ""
    grid: str = ""
    community: str = ""
    responsible_person: str = ""
    phone: str = ""
    credit_code: str = ""
    # The credit code failed its check character and was kept anyway (the clerk's choice).
    credit_code_unchecked: bool = False
    lat: float | None = None
    lon: float | None = None
    notes: str = ""
    licences: list[LicenceData] = field(default_factory=list)
    coord_source: str = ""  # origin:datum of lat/lon (see inspector.domain.datum)
    archived: bool = False
    id: str | None = None


@dataclass
class PointData:
    lat: float
    lon: float
    kind: str = "gate"
    label: str = ""
    id: str | None = None
    coord_source: str = ""  # origin:datum (see inspector.domain.datum)
    position: int = 0  # set on save: the order of boundary corners as listed


@dataclass
class SchoolData:
    name: str
    kind: str = "primary"
    address: str = ""
    grid: str = ""
    community: str = ""
    notes: str = ""
    points: list[PointData] = field(default_factory=list)
    archived: bool = False
    id: str | None = None

    @property
    def gates(self) -> list[PointData]:
        return [p for p in self.points if p.kind == "gate"]

    @property
    def boundary(self) -> list[PointData]:
        return [p for p in self.points if p.kind == "boundary"]


SITE_FIELDS = (
    "name",
    "kind",
    "address",
    "grid",
    "community",
    "responsible_person",
    "phone",
    "credit_code",
    "credit_code_unchecked",
    "lat",
    "lon",
    "notes",
    "archived",
    "coord_source",
)
SCHOOL_FIELDS = ("name", "kind", "address", "grid", "community", "notes", "archived")


# --- validation ---------------------------------------------------------------------------


def coordinate_problems(lat: float | None, lon: float | None) -> list[str]:
    if lat is None and lon is None:
        return []
    if lat is None or lon is None:
        return [Message("纬度和经度须同时填写或同时留空")]
    problems: list[str] = []
    if not -90 <= lat <= 90:
        problems.append(Message("纬度 {} 超出范围（-90 至 90）", lat))
    if not -180 <= lon <= 180:
        problems.append(Message("经度 {} 超出范围（-180 至 180）", lon))
    return problems


def site_problems(data: SiteData) -> list[str]:
    """Everything wrong with a site record, as sentences (empty when it can be saved)."""
    problems: list[str] = []
    if not data.name.strip():
        problems.append(Message("名称不能为空"))
    if data.kind not in BY_CODE:
        problems.append(Message("未知的场所类型“{}”", data.kind))
    problems += coordinate_problems(data.lat, data.lon)
    problems += site_text_problems(data, SITE_FIELDS)
    for i, lic in enumerate(data.licences, 1):
        if not lic.kind.strip():
            problems.append(Message("第 {} 个证照缺少种类", i))
    return problems


def school_problems(data: SchoolData) -> list[str]:
    problems: list[str] = []
    if not data.name.strip():
        problems.append(Message("学校名称不能为空"))
    if data.kind not in SCHOOL_KINDS:
        problems.append(Message("未知的学校类型“{}”", data.kind))
    problems += school_text_problems(data, SCHOOL_FIELDS)
    for i, p in enumerate(data.points, 1):
        if p.kind not in POINT_KINDS:
            problems.append(Message("第 {} 个坐标点类型“{}”无效（gate 或 boundary）", i, p.kind))
        problems += [Message("第 {} 个坐标点：{}", i, m) for m in coordinate_problems(p.lat, p.lon)]
    return problems


def _check(problems: list[str]) -> None:
    if problems:
        raise UserError("{}。", joined(problems))


# --- sites --------------------------------------------------------------------------------


def _clean(value):
    return value.strip() if isinstance(value, str) else value


def _apply_fields(row, data, names: tuple[str, ...]) -> bool:
    changed = False
    for name in names:
        value = _clean(getattr(data, name))
        if getattr(row, name) != value:
            setattr(row, name, value)
            changed = True
    return changed


def _sync_children(session, device_id, existing: dict, records, names, make) -> bool:
    """Make the child rows match ``records``; True when any row changed.

    A record is matched to a row by id, or, without an id (an imported file), to a
    not yet matched row with the same values, so re-importing changes nothing.
    """
    changed = False
    keep: set[str] = set()

    def same_values(row, rec) -> bool:
        return all(getattr(row, n) == _clean(getattr(rec, n)) for n in names)

    for rec in records:
        row = existing.get(rec.id or "")
        if row is None and not rec.id:
            row = next(
                (r for k, r in existing.items() if k not in keep and same_values(r, rec)), None
            )
        if row is None:
            row = make()
            _apply_fields(row, rec, names)
            session.add(row)
            changed = True
        else:
            keep.add(row.id)
            if _apply_fields(row, rec, names):
                row.touch(device_id)
                session.add(row)
                changed = True
    for key, row in existing.items():
        if key not in keep:
            session.delete(row)
            changed = True
    return changed


def save_site_in(
    session: Session, device_id: str, data: SiteData, children: dict[str, list] | None = None
) -> Site:
    """Insert or update one site and its licences inside an open write session.

    ``children`` may hold the licences of sites already loaded (by site id), which
    saves a query per row in bulk imports.
    """
    _check(site_problems(data))
    data.credit_code_unchecked = credit_code_problem(data.credit_code) is not None
    site = session.get(Site, data.id) if data.id else None
    if site is None:
        site = Site(name="", kind=data.kind, created_by_device=device_id)
        if data.id:
            site.id = data.id
        _apply_fields(site, data, SITE_FIELDS)
        session.add(site)
        session.flush()  # before its children: no relationship orders the inserts
        touched = created = True
    else:
        created = False
        touched = _apply_fields(site, data, SITE_FIELDS)
        if touched:
            site.touch(device_id)
            session.add(site)
    names = ("kind", "number", "valid_until")
    rows: Iterable[Licence]
    if created:
        rows = []
    elif children is not None:
        rows = children.get(site.id, [])
    else:
        rows = session.exec(select(Licence).where(Licence.site_id == site.id))
    new = lambda: Licence(site_id=site.id, kind="", created_by_device=device_id)  # noqa: E731
    if _sync_children(session, device_id, {r.id: r for r in rows}, data.licences, names, new):
        if not touched:
            site.touch(device_id)  # a site whose licences changed counts as changed
            session.add(site)
    return site


def save_site(ctx: AppContext, data: SiteData) -> Site:
    """Create the site (``data.id`` empty or unknown) or update it; returns the row."""
    with write_session(ctx.engine) as s:
        return save_site_in(s, ctx.device_id, data)


Archivable = TypeVar("Archivable", Site, School)


def _set_archived(
    ctx: AppContext, model: type[Archivable], row_id: str, archived: bool, missing: str
) -> None:
    """Archive or restore one register row; ``missing`` says so when it is gone."""
    with write_session(ctx.engine) as s:
        row = s.get(model, row_id)
        if row is None:
            raise UserError(missing)
        if row.archived != archived:
            row.archived = archived
            row.touch(ctx.device_id)
            s.add(row)


def set_site_archived(ctx: AppContext, site_id: str, archived: bool = True) -> None:
    _set_archived(ctx, Site, site_id, archived, N_("找不到该场所，可能已被删除。"))


def get_site(ctx: AppContext, site_id: str) -> SiteData:
    with read_session(ctx.engine) as s:
        site = s.get(Site, site_id)
        if site is None:
            raise UserError("找不到该场所，可能已被删除。")
        licences = s.exec(
            select(Licence).where(Licence.site_id == site_id).order_by(col(Licence.created_at))
        ).all()
    return site_record(site, licences)


def site_record(site: Site, licences) -> SiteData:
    data = SiteData(**{n: getattr(site, n) for n in SITE_FIELDS}, id=site.id)
    data.licences = [LicenceData(x.kind, x.number, x.valid_until, x.id) for x in licences]
    return data


SITE_SEARCH_COLUMNS = (
    Site.name,
    Site.address,
    Site.grid,
    Site.community,
    Site.responsible_person,
)


def search_sites(
    ctx: AppContext,
    text: str = "",
    *,
    include_archived: bool = False,
    kind: str | None = None,
) -> list[Site]:
    """Sites whose name, address, grid, community or responsible person contain ``text``."""
    stmt = select(Site)
    words = text.split()
    for word in words:
        stmt = stmt.where(
            or_(*(col(c).contains(word, autoescape=True) for c in SITE_SEARCH_COLUMNS))
        )
    if not include_archived:
        stmt = stmt.where(col(Site.archived).is_(False))
    if kind:
        stmt = stmt.where(Site.kind == kind)
    with read_session(ctx.engine) as s:
        found = list(s.exec(stmt))
    return sorted(found, key=lambda x: (pinyin_key(x.grid), pinyin_key(x.name)))


def licences_by_site(ctx: AppContext, site_ids: list[str] | None = None) -> dict[str, list]:
    stmt = select(Licence).order_by(col(Licence.created_at))
    if site_ids is not None:
        stmt = stmt.where(col(Licence.site_id).in_(site_ids))
    out: dict[str, list] = {}
    with read_session(ctx.engine) as s:
        for lic in s.exec(stmt):
            out.setdefault(lic.site_id, []).append(lic)
    return out


def all_site_records(ctx: AppContext, include_archived: bool = True) -> list[SiteData]:
    sites = search_sites(ctx, include_archived=include_archived)
    licences = licences_by_site(ctx)
    return [site_record(x, licences.get(x.id, [])) for x in sites]


# --- schools ------------------------------------------------------------------------------


def save_school_in(
    session: Session, device_id: str, data: SchoolData, children: dict[str, list] | None = None
) -> School:
    _check(school_problems(data))
    school = session.get(School, data.id) if data.id else None
    if school is None:
        school = School(name="", created_by_device=device_id)
        if data.id:
            school.id = data.id
        _apply_fields(school, data, SCHOOL_FIELDS)
        session.add(school)
        session.flush()  # before its children: no relationship orders the inserts
        touched = created = True
    else:
        created = False
        touched = _apply_fields(school, data, SCHOOL_FIELDS)
        if touched:
            school.touch(device_id)
            session.add(school)
    names = ("kind", "label", "lat", "lon", "position", "coord_source")
    corner = 0
    for p in data.points:  # boundary corners keep the order they are listed in
        if p.kind == "boundary":
            p.position, corner = corner, corner + 1
        else:
            p.position = 0
    rows: Iterable[SchoolPoint]
    if created:
        rows = []
    elif children is not None:
        rows = children.get(school.id, [])
    else:
        rows = session.exec(select(SchoolPoint).where(SchoolPoint.school_id == school.id))
    new = lambda: SchoolPoint(school_id=school.id, lat=0, lon=0, created_by_device=device_id)  # noqa: E731
    if _sync_children(session, device_id, {r.id: r for r in rows}, data.points, names, new):
        if not touched:
            school.touch(device_id)  # a school whose points changed counts as changed
            session.add(school)
    return school


def save_school(ctx: AppContext, data: SchoolData) -> School:
    with write_session(ctx.engine) as s:
        return save_school_in(s, ctx.device_id, data)


def set_school_archived(ctx: AppContext, school_id: str, archived: bool = True) -> None:
    _set_archived(ctx, School, school_id, archived, N_("找不到该学校，可能已被删除。"))


def school_record(school: School, points) -> SchoolData:
    data = SchoolData(**{n: getattr(school, n) for n in SCHOOL_FIELDS}, id=school.id)
    data.points = [
        PointData(p.lat, p.lon, p.kind, p.label, p.id, p.coord_source, p.position) for p in points
    ]
    return data


def get_school(ctx: AppContext, school_id: str) -> SchoolData:
    with read_session(ctx.engine) as s:
        school = s.get(School, school_id)
        if school is None:
            raise UserError("找不到该学校，可能已被删除。")
        points = s.exec(
            select(SchoolPoint)
            .where(SchoolPoint.school_id == school_id)
            .order_by(
                col(SchoolPoint.kind).desc(), col(SchoolPoint.position), col(SchoolPoint.created_at)
            )
        ).all()
    return school_record(school, points)


def search_schools(
    ctx: AppContext, text: str = "", *, include_archived: bool = False
) -> list[School]:
    """Schools whose name, address, grid or community contain ``text``."""
    stmt = select(School)
    cols = (School.name, School.address, School.grid, School.community)
    for word in text.split():
        stmt = stmt.where(or_(*(col(c).contains(word, autoescape=True) for c in cols)))
    if not include_archived:
        stmt = stmt.where(col(School.archived).is_(False))
    with read_session(ctx.engine) as s:
        found = list(s.exec(stmt))
    return sorted(found, key=lambda x: pinyin_key(x.name))


def points_by_school(ctx: AppContext) -> dict[str, list[SchoolPoint]]:
    out: dict[str, list[SchoolPoint]] = {}
    stmt = select(SchoolPoint).order_by(
        col(SchoolPoint.kind).desc(), col(SchoolPoint.position), col(SchoolPoint.created_at)
    )
    with read_session(ctx.engine) as s:
        for p in s.exec(stmt):
            out.setdefault(p.school_id, []).append(p)
    return out


def all_school_records(ctx: AppContext, include_archived: bool = True) -> list[SchoolData]:
    schools = search_schools(ctx, include_archived=include_archived)
    points = points_by_school(ctx)
    return [school_record(x, points.get(x.id, [])) for x in schools]


# --- counts -------------------------------------------------------------------------------


def register_counts(ctx: AppContext) -> dict[str, int]:
    """Active and archived sites and schools, for the home page."""
    with read_session(ctx.engine) as s:
        sites = s.exec(select(Site.archived, func.count()).group_by(col(Site.archived))).all()
        schools = s.exec(select(School.archived, func.count()).group_by(col(School.archived))).all()
    site_n = dict(sites)
    school_n = dict(schools)
    return {
        "sites": site_n.get(False, 0),
        "sites_archived": site_n.get(True, 0),
        "schools": school_n.get(False, 0),
        "schools_archived": school_n.get(True, 0),
    }


def overview_counts(ctx: AppContext) -> dict[str, int]:
    """What the home page shows: register sizes, templates in force, inspections."""
    from inspector.store.models import Inspection

    counts = register_counts(ctx)
    with read_session(ctx.engine) as s:
        counts["inspections"] = s.exec(select(func.count()).select_from(Inspection)).one()
    counts["templates"] = len(ctx.catalog)
    return counts


def known_places(ctx: AppContext) -> dict[str, list[str]]:
    """Grids and communities already used in the register (for completion while typing)."""
    out: dict[str, set[str]] = {"grid": set(), "community": set()}
    with read_session(ctx.engine) as s:
        for model in (Site, School):
            for grid, community in s.exec(select(model.grid, model.community).distinct()):
                out["grid"].add(grid)
                out["community"].add(community)
    return {k: sorted_by_pinyin(v - {""}) for k, v in out.items()}

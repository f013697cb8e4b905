"""Which register row an imported spreadsheet row describes (no Qt).

An office sheet carries no system ids. Importing it again must update the sites
it created, not add them twice: a row without a known id is matched to a site by
its credit code (统一社会信用代码), else by name and address; a school by name and
address. A matched row is then an update, and what the sheet has no column for
(a grid, coordinates, licences, boundary points) keeps the register's value:
nothing typed into the register is lost by importing a sheet that lacks it.
For a row matched this way an empty cell counts as "not known" too (an office
sheet leaves blank what it does not track); a row matched by its 系统编号 is an
edited export, where an emptied cell clears the value.
"""

from __future__ import annotations

from sqlmodel import Session, select

from inspector.domain.credit_code import normalise_credit_code
from inspector.services.register.entries import (
    SCHOOL_FIELDS,
    SITE_FIELDS,
    LicenceData,
    PointData,
    SchoolData,
    SiteData,
)
from inspector.store.models import Licence, School, SchoolPoint, Site

LICENCE_FIELDS = {"licences", "licence_kind", "licence_number", "licence_valid_until"}


def _place_key(name: str, address: str) -> tuple[str, str]:
    return ("".join(name.split()), "".join(address.split()))


def match_rows(session: Session, kind: str, records: list, fields: set[str]) -> dict[str, int]:
    """Give each record the id of the register row it describes; returns added / updated.

    ``fields`` are the record fields the sheet had columns for; the others are
    filled in from the matched row.
    """
    sites = kind == "sites"
    by_id: dict[str, Site | School] = {}
    by_code: dict[str, Site | School] = {}
    by_place: dict[tuple[str, str], Site | School] = {}
    existing: list[Site] | list[School] = (
        list(session.exec(select(Site))) if sites else list(session.exec(select(School)))
    )
    for known in existing:
        by_id[known.id] = known
        if isinstance(known, Site) and known.credit_code:
            by_code.setdefault(normalise_credit_code(known.credit_code), known)
        by_place.setdefault(_place_key(known.name, known.address), known)
    taken: set[str] = set()
    counts = {"added": 0, "updated": 0}
    for rec in records:
        row = by_id.get(rec.id) if rec.id else None
        if row is None and not rec.id:
            code = normalise_credit_code(getattr(rec, "credit_code", ""))
            row = by_code.get(code) if code else None
            if row is None:
                row = by_place.get(_place_key(rec.name, rec.address))
            if row is not None and row.id in taken:
                row = None  # two sheet rows for one site: the second is a new site
        if row is None:
            counts["added"] += 1
            continue
        counts["updated"] += 1
        taken.add(row.id)
        by_key = rec.id != row.id  # matched by credit code or name + address
        rec.id = row.id
        _keep_missing(session, rec, row, fields, blanks_too=by_key)
    return counts


def _keep_missing(session: Session, rec, row, fields: set[str], blanks_too: bool) -> None:
    """Fill ``rec`` from ``row`` where the sheet says nothing (no column; or, when
    ``blanks_too``, an empty cell)."""
    names = SITE_FIELDS if isinstance(rec, SiteData) else SCHOOL_FIELDS
    no_position = getattr(rec, "lat", None) is None and getattr(rec, "lon", None) is None
    for name in names:
        if name in ("name", "credit_code_unchecked", "archived"):
            if name == "archived" and name not in fields:
                rec.archived = row.archived
            continue
        if name in ("lat", "lon"):
            present = "lat" in fields or "lon" in fields
            blank = no_position
        else:
            present = name in fields
            blank = getattr(rec, name) in ("", None)
        if not present or (blanks_too and blank):
            setattr(rec, name, getattr(row, name))
    if isinstance(rec, SiteData):
        if not fields & LICENCE_FIELDS or (blanks_too and not rec.licences):
            kept = session.exec(select(Licence).where(Licence.site_id == row.id)).all()
            rec.licences = [LicenceData(x.kind, x.number, x.valid_until, x.id) for x in kept]
    elif isinstance(rec, SchoolData):
        gate_given = "gates" in fields or any(f.startswith("gate_") for f in fields)
        given = {"gate": gate_given, "boundary": "boundary" in fields}
        if blanks_too:  # an empty gate or boundary cell keeps the register's points
            for kind in given:
                given[kind] = given[kind] and any(p.kind == kind for p in rec.points)
        points = session.exec(select(SchoolPoint).where(SchoolPoint.school_id == row.id)).all()
        for p in points:
            if not given.get(p.kind, False):
                rec.points.append(PointData(p.lat, p.lon, p.kind, p.label, p.id))

"""A school's campus line (围墙/校园边界): set from GeoJSON or clicked corners, exported again.

The boundary is stored as the school's ``boundary`` points, corners in order
(their ``position``); gates are left as they are. GeoJSON is read as RFC 7946
says (``[longitude, latitude]``, WGS-84) unless the caller names another datum
(a file drawn on a 高德 or 百度 map), which is converted to WGS-84.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from sqlmodel import col, select

from inspector.domain.datum import DatumError, datum_of, to_wgs84
from inspector.domain.datum import source as source_of
from inspector.domain.text import message_of
from inspector.services.core.context import AppContext
from inspector.services.core.errors import UserError
from inspector.services.register.entries import PointData, SchoolData, get_school, save_school
from inspector.store.atomic import atomic_write_text
from inspector.store.engine import read_session
from inspector.store.models import School

MAX_GEOJSON_BYTES = 5_000_000


def find_school(ctx: AppContext, ref: str) -> SchoolData:
    """A school by its id or its exact name (a sentence when none or several match)."""
    ref = ref.strip()
    with read_session(ctx.engine) as s:
        row = s.get(School, ref)
        if row is None:
            rows = list(s.exec(select(School).where(col(School.name) == ref)))
            if not rows:
                raise UserError("找不到学校“{}”：请写学校的全称或系统编号。", ref)
            if len(rows) > 1:
                raise UserError("有 {} 所学校名为“{}”：请用系统编号指明。", len(rows), ref)
            row = rows[0]
    return get_school(ctx, row.id)


def _ring(geometry: Any) -> list[list[Any]]:
    if not isinstance(geometry, dict):
        raise UserError("GeoJSON 中没有多边形（Polygon）。")
    kind = geometry.get("type")
    coords = geometry.get("coordinates")
    if kind == "Polygon" and isinstance(coords, list) and coords:
        return coords[0]
    if kind == "MultiPolygon" and isinstance(coords, list) and len(coords) == 1 and coords[0]:
        return coords[0][0]
    if kind == "MultiPolygon":
        count = len(coords) if isinstance(coords, list) else 0
        raise UserError("GeoJSON 含 {} 个多边形：一所学校的校园边界应为一个多边形。", count)
    raise UserError("GeoJSON 几何类型为“{}”：校园边界应为多边形（Polygon）。", kind)


def read_geojson_corners(path: Path, datum: str | None = None) -> list[tuple[float, float]]:
    """The outer ring of the one polygon in a GeoJSON file, as (lat, lon) WGS-84 corners."""
    path = Path(path)
    try:
        if path.stat().st_size > MAX_GEOJSON_BYTES:
            raise UserError("文件 {} 过大，不像一所学校的边界。", path.name)
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except OSError as exc:
        raise UserError("无法读取 {}：{}", path, exc.strerror) from None
    except (ValueError, UnicodeDecodeError):
        raise UserError("文件 {} 不是有效的 GeoJSON（JSON 格式错误）。", path.name) from None
    try:
        code = datum_of(datum) if datum else ""
    except DatumError as exc:
        raise UserError(message_of(exc)) from None
    if isinstance(data, dict) and data.get("type") == "FeatureCollection":
        features = data.get("features") or []
        polys = [f for f in features if isinstance(f, dict) and f.get("geometry")]
        if len(polys) != 1:
            raise UserError("GeoJSON 含 {} 个要素：请每所学校一个文件、一个多边形。", len(polys))
        data = polys[0]
    if isinstance(data, dict) and data.get("type") == "Feature":
        data = data.get("geometry")
    ring = _ring(data)
    corners: list[tuple[float, float]] = []
    for i, pos in enumerate(ring, start=1):
        if not (isinstance(pos, list) and len(pos) >= 2 and all(
            isinstance(v, int | float) and not isinstance(v, bool) for v in pos[:2]
        )):  # fmt: skip
            raise UserError("GeoJSON 第 {} 个坐标应为 [经度, 纬度]。", i)
        lon, lat = float(pos[0]), float(pos[1])
        if not (-90 <= lat <= 90 and -180 <= lon <= 180):
            raise UserError("GeoJSON 第 {} 个坐标超出范围：应为 [经度, 纬度]。", i)
        corners.append(to_wgs84(lat, lon, code))
    if len(corners) > 1 and corners[0] == corners[-1]:
        corners.pop()
    if len(corners) < 3:
        raise UserError("校园边界至少需要 3 个角点，文件中只有 {} 个。", len(corners))
    return corners


def set_boundary(
    ctx: AppContext, school_id: str, corners: Sequence[tuple[float, float]], coord_source: str
) -> SchoolData:
    """Replace the school's campus line by these corners (in order); gates stay."""
    if len(corners) < 3:
        raise UserError("校园边界至少需要 3 个角点（按顺序），现有 {} 个。", len(corners))
    data = get_school(ctx, school_id)
    gates = [p for p in data.points if p.kind != "boundary"]
    data.points = gates + [
        PointData(lat, lon, "boundary", "", None, coord_source) for lat, lon in corners
    ]
    save_school(ctx, data)
    return get_school(ctx, school_id)


def import_geojson(
    ctx: AppContext, school_ref: str, path: Path, datum: str | None = None
) -> SchoolData:
    """``inspector schools boundary SCHOOL FILE``: the campus line from a GeoJSON file."""
    school = find_school(ctx, school_ref)
    corners = read_geojson_corners(path, datum)
    code = datum_of(datum) if datum else "wgs84"
    assert school.id is not None
    return set_boundary(ctx, school.id, corners, source_of("geojson", code))


def boundary_geojson(school: SchoolData) -> dict[str, Any]:
    """One Feature: the campus polygon (closed ring, [lon, lat], WGS-84) and the gates."""
    ring = [[p.lon, p.lat] for p in school.boundary]
    if ring:
        ring.append(ring[0])
    return {
        "type": "Feature",
        "properties": {
            "name": school.name,
            "id": school.id,
            "gates": [{"label": g.label, "lat": g.lat, "lon": g.lon} for g in school.gates],
        },
        "geometry": {"type": "Polygon", "coordinates": [ring]} if ring else None,
    }


def export_geojson(ctx: AppContext, school_ref: str, path: Path) -> SchoolData:
    """Write the school's campus line as GeoJSON (a sentence when it has none)."""
    school = find_school(ctx, school_ref)
    if len(school.boundary) < 3:
        raise UserError("学校“{}”尚未录入校园边界，无法导出。", school.name)
    path = Path(path)
    try:
        atomic_write_text(path, json.dumps(boundary_geojson(school), ensure_ascii=False, indent=1))
    except OSError as exc:
        raise UserError("无法写入 {}：{}", path, exc.strerror) from None
    return school

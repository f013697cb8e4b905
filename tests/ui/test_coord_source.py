"""Typed or pasted coordinates say which map they came from; GCJ-02 is stored as WGS-84,
and the choice is remembered per user."""

from __future__ import annotations

from geographiclib.geodesic import Geodesic

from inspector.domain import datum
from inspector.services.register.entries import get_site
from inspector.ui.register.site_dialog import SiteDialog

TRUE = (25.7912, 113.0321)  # where the café really is (WGS-84)


def _dialog(qtbot, ctx, site_id=None):
    d = SiteDialog(ctx, site_id)
    qtbot.addWidget(d)
    return d


def test_a_site_pasted_from_amap_is_converted_and_the_map_is_remembered(qtbot, ctx):
    ctx.settings.inspector_name = "周明远"
    d = _dialog(qtbot, ctx)
    assert d.coord_source.origin() == "typed"  # nothing remembered yet
    gcj = datum.wgs84_to_gcj02(*TRUE)
    d.name.setText("星际网络会所")
    d.kind.setCurrentIndex(d.kind.findData("internet_cafe"))
    d.lat.setText(f"{gcj[0]:.7f}")
    d.lon.setText(f"{gcj[1]:.7f}")
    d.coord_source.set_origin("amap")
    d.accept()
    saved = get_site(ctx, d.saved_id)
    assert saved.coord_source == "amap:gcj02"
    assert Geodesic.WGS84.Inverse(saved.lat, saved.lon, *TRUE)["s12"] < 1.0
    # the same user is asked again with 高德 chosen; the stored figures are WGS-84 and,
    # untouched, are not converted a second time
    again = _dialog(qtbot, ctx, saved.id)
    assert again.coord_source.origin() == "amap"
    assert "高德地图（GCJ-02，已换算为 WGS-84）" in again.coord_note.text()
    again.accept()
    kept = get_site(ctx, saved.id)
    assert (kept.lat, kept.lon, kept.coord_source) == (saved.lat, saved.lon, "amap:gcj02")
    # another inspector has not answered yet
    ctx.settings.inspector_name = "李华"
    assert _dialog(qtbot, ctx).coord_source.origin() == "typed"


def test_school_dialog_keeps_stored_points_and_converts_new_ones(qtbot, ctx):
    from inspector.services.register.entries import PointData, SchoolData, get_school, save_school
    from inspector.ui.register.school_dialog import SchoolDialog

    gate = PointData(25.79, 113.04, "gate", "南门", coord_source="gps:wgs84")
    school = save_school(ctx, SchoolData(name="北湖小学", points=[gate]))
    d = SchoolDialog(ctx, school.id)
    qtbot.addWidget(d)
    bd = datum.wgs84_to_bd09(*TRUE)
    d.coord_source.set_origin("baidu")
    d.add_point_row("gate", "北门", f"{bd[0]:.7f}", f"{bd[1]:.7f}")
    d.accept()
    points = {p.label: p for p in get_school(ctx, school.id).points}
    assert (points["南门"].lat, points["南门"].lon) == (25.79, 113.04)
    assert points["南门"].coord_source == "gps:wgs84"  # untouched: not converted again
    north = points["北门"]
    assert north.coord_source == "baidu:bd09"
    assert Geodesic.WGS84.Inverse(north.lat, north.lon, *TRUE)["s12"] < 1.0

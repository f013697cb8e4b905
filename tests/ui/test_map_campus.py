"""The map shows the rule: the campus polygon, the zone around it with rounded corners,
the gates, restricted sites inside the zone in red, and on hover the distance to the
nearest boundary point. A campus line can be drawn by clicking its corners."""

from __future__ import annotations

import os
from pathlib import Path

from geographiclib.geodesic import Geodesic
from PySide6.QtCore import QPointF, Qt

from inspector.services.register.entries import (
    PointData,
    SchoolData,
    SiteData,
    save_school,
    save_site,
)
from inspector.services.register.school_boundary import find_school
from inspector.ui.register.map_view import MapPage, service_loader, service_saver

G = Geodesic.WGS84
SW = (25.7900, 113.0400)
SHOT = Path(os.environ.get("INSPECTOR_SHOT_DIR", "/tmp")) / "map_campus_zone.png"


def _go(p, azimuth, s):
    r = G.Direct(p[0], p[1], azimuth, s)
    return (r["lat2"], r["lon2"])


def _campus():
    se = _go(SW, 90, 300)
    return [SW, se, _go(se, 0, 200), _go(SW, 0, 200)]


def _register(ctx, boundary=True):
    corners = _campus()
    gate = _go(corners[0], 90, 150)  # the south gate, middle of the south wall
    points = [PointData(*gate, "gate", "南门")]
    if boundary:
        points += [PointData(*c, "boundary") for c in corners]
    school = save_school(ctx, SchoolData(name="北湖小学", grid="一网格", points=points))
    line = G.InverseLine(*corners[1], *corners[2])
    east_mid = line.Position(line.s13 / 2)
    # 150 m east of the east wall's middle: > 200 m from every corner and from the gate
    inside = _go((east_mid["lat2"], east_mid["lon2"]), east_mid["azi2"] + 90, 150)
    beyond_corner = _go(corners[2], 45, 230)  # outside the rounded corner of the zone
    cafe = save_site(ctx, SiteData(name="星空网吧", kind="internet_cafe", grid="一网格",
                                   lat=inside[0], lon=inside[1]))  # fmt: skip
    far = save_site(ctx, SiteData(name="远航网吧", kind="internet_cafe", grid="一网格",
                                  lat=beyond_corner[0], lon=beyond_corner[1]))  # fmt: skip
    shop = save_site(ctx, SiteData(name="校旁文具店", kind="publication_seller", grid="一网格",
                                   lat=inside[0] + 0.0002, lon=inside[1]))  # fmt: skip
    return school.id, cafe.id, far.id, shop.id


def _page(qtbot, ctx):
    page = MapPage(service_loader(ctx), saver=service_saver(ctx))
    qtbot.addWidget(page)
    page.resize(1000, 760)
    with qtbot.waitExposed(page):
        page.show()
    return page


def test_zone_around_the_polygon_marks_the_cafe_and_says_how_far(qtbot, ctx):
    _school_id, cafe, far, shop = _register(ctx)
    page = _page(qtbot, ctx)
    view = page.view
    assert view.marked == {cafe}  # the stationery shop is inside but not restricted
    tip = view.site_items[cafe].toolTip()
    assert "距北湖小学校园边界最近点 150.0 米" in tip and "200 米范围内" in tip
    assert "边界未录入" not in tip
    far_tip = view.site_items[far].toolTip()
    assert "230.0 米" in far_tip and "范围内" not in far_tip
    zones = [i for i in view.scene().items() if i.data(1) == "zone"]
    campus = [i for i in view.scene().items() if i.data(1) == "campus"]
    assert len(zones) == 1 and len(campus) == 1
    zone = zones[0].shape()
    for site_id in (cafe, shop):
        assert zone.contains(view.site_items[site_id].pos())
    assert not zone.contains(view.site_items[far].pos())
    # rounded corner: 190 m diagonally off the NE corner is inside, the square corner's
    # point (200 m east and 200 m north, 283 m away) is outside
    ne = view.projection.to_xy(*_campus()[2])
    assert zone.contains(ne + QPointF(190 * 0.7071, -190 * 0.7071))
    assert not zone.contains(ne + QPointF(199, -199))
    qtbot.wait(50)
    assert page.grab().save(str(SHOT))
    assert SHOT.stat().st_size > 10_000


def test_without_a_boundary_the_gate_circle_says_it_is_an_estimate(qtbot, ctx):
    _school_id, cafe, _far, _shop = _register(ctx, boundary=False)
    page = _page(qtbot, ctx)
    view = page.view
    assert cafe not in view.marked  # > 200 m from the gate: the old reading misses it
    assert "边界未录入，按校门点估算" in view.site_items[cafe].toolTip()
    zones = [i for i in view.scene().items() if i.data(1) == "zone"]
    assert zones and "边界未录入" in zones[0].toolTip()


def test_drawing_the_campus_line_by_clicking_its_corners(qtbot, ctx):
    _school_id, cafe, _far, _shop = _register(ctx, boundary=False)
    page = _page(qtbot, ctx)
    view, drawer = page.view, page.drawer
    assert drawer.school_box.currentText() == "北湖小学"
    qtbot.mouseClick(drawer.draw_button, Qt.MouseButton.LeftButton)
    assert drawer.drawing
    for corner in _campus()[:2]:
        pos = view.mapFromScene(view.projection.to_xy(*corner))
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    qtbot.mouseClick(drawer.save_button, Qt.MouseButton.LeftButton)
    assert "至少需要 3 个角点" in drawer.status.text() and drawer.drawing
    for corner in _campus()[2:]:
        pos = view.mapFromScene(view.projection.to_xy(*corner))
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    assert len(drawer.corners) == 4
    qtbot.mouseClick(drawer.save_button, Qt.MouseButton.LeftButton)
    assert not drawer.drawing and "4 个角点" in drawer.status.text()
    school = find_school(ctx, "北湖小学")
    assert len(school.boundary) == 4
    assert all(p.coord_source == "map:wgs84" for p in school.boundary)
    for p, c in zip(school.boundary, _campus(), strict=True):
        assert G.Inverse(p.lat, p.lon, *c)["s12"] < 3.0  # one screen pixel is about 1-2 m here
    assert cafe in page.view.marked  # the page reloaded with the new line


def test_distance_panel_names_the_method_the_basis_and_the_estimate(qtbot):
    from inspector.domain.distance import FROM_BOUNDARY, FROM_GATES
    from inspector.ui.inspection.distance_panel import DistancePanel

    panel = DistancePanel()
    qtbot.addWidget(panel)
    common = dict(nearest_school="北湖小学", computed_m=150.0, limit_m=200, margin_m=20,
                  measurements=[], verdict=None, basis="《互联网上网服务营业场所管理条例》第九条")  # fmt: skip
    panel.show_state(**common, computed_method=FROM_BOUNDARY)
    text = panel.computed.text()
    assert "至校园边界最近点" in text and "第九条" in text and "边界未录入" not in text
    panel.show_state(**common, computed_method=FROM_GATES)
    assert "边界未录入，按校门点估算" in panel.computed.text()

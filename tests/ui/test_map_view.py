"""The grid map: sites near a school gate are marked, clicking a site emits its id."""

from __future__ import annotations

from PySide6.QtCore import Qt

from inspector.services.register import PointData, SchoolData, SiteData, save_school, save_site
from inspector.ui.map_view import GridMapView, MapPage, register_loader

GATE = (25.7900, 113.0300)
# 0.001° of latitude is about 111 m.
NEAR = (25.7900 + 0.0012, 113.0300)  # ~133 m north of the gate
FAR = (25.7900 + 0.0040, 113.0300)  # ~445 m north


def _register(ctx):
    save_school(
        ctx,
        SchoolData(
            name="北湖小学",
            grid="一网格",
            points=[PointData(*GATE, kind="gate", label="南门")],
        ),
    )
    near = save_site(
        ctx,
        SiteData(name="星空网吧", kind="internet_cafe", grid="一网格", lat=NEAR[0], lon=NEAR[1]),
    )
    far = save_site(
        ctx, SiteData(name="远航网吧", kind="internet_cafe", grid="一网格", lat=FAR[0], lon=FAR[1])
    )
    nocoord = save_site(ctx, SiteData(name="无坐标小卖部", kind="small_grocery", grid="二网格"))
    return near.id, far.id, nocoord.id


def test_site_inside_limit_is_marked_and_click_emits_id(qtbot, ctx):
    near_id, far_id, _ = _register(ctx)
    page = MapPage(register_loader(ctx))
    qtbot.addWidget(page)
    page.resize(900, 700)
    with qtbot.waitExposed(page):
        page.show()
    view: GridMapView = page.view
    assert view.marked == {near_id}
    assert set(view.site_items) == {near_id, far_id}  # the site without coordinates is left out
    assert "1 处" in page.legend.text()

    with qtbot.waitSignal(view.site_activated, timeout=1000) as sig:
        qtbot.mouseClick(
            view.viewport(), Qt.MouseButton.LeftButton, pos=view.site_pos(far_id).toPoint()
        )
    assert sig.args == [far_id]
    with qtbot.waitSignal(view.site_activated, timeout=1000) as sig:
        qtbot.mouseClick(
            view.viewport(), Qt.MouseButton.LeftButton, pos=view.site_pos(near_id).toPoint()
        )
    assert sig.args == [near_id]
    qtbot.wait(50)
    page.grab().save("/tmp/map_view.png")


def test_grid_filter_and_restricted_kinds(qtbot, ctx):
    near_id, _far_id, _ = _register(ctx)
    save_site(
        ctx,
        SiteData(
            name="学校旁文具店",
            kind="publication_seller",
            grid="一网格",
            lat=NEAR[0],
            lon=NEAR[1] + 0.0003,
        ),
    )
    # Only internet cafés are restricted: the stationery shop near the gate is not marked.
    page = MapPage(register_loader(ctx, lambda _ctx: (200.0, {"internet_cafe"})))
    qtbot.addWidget(page)
    page.reload()
    assert page.view.marked == {near_id}
    assert [page.grid_box.itemText(i) for i in range(page.grid_box.count())] == [
        "全部网格",
        "一网格",
        "二网格",
    ]
    page.grid_box.setCurrentIndex(2)  # 二网格: its only site has no coordinates
    assert page.view.site_items == {}
    # A tighter limit leaves the café outside.
    page2 = MapPage(register_loader(ctx, lambda _ctx: (100.0, None)))
    qtbot.addWidget(page2)
    page2.reload()
    assert page2.view.marked == set()

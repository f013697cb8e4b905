"""The grid map: sites near a school gate are marked, clicking a site emits its id."""

from __future__ import annotations

from PySide6.QtCore import Qt

from inspector.services.register.entries import (
    PointData,
    SchoolData,
    SiteData,
    save_school,
    save_site,
)
from inspector.ui.register.map_view import GridMapView, MapPage, service_loader

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
    page = MapPage(service_loader(ctx))
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


def test_grid_filter_policy_kinds_and_office_limit(qtbot, ctx, tmp_path):
    near_id, _far_id, _ = _register(ctx)
    shop = save_site(
        ctx,
        SiteData(
            name="学校旁文具店",
            kind="publication_seller",
            grid="一网格",
            lat=NEAR[0],
            lon=NEAR[1] + 0.0003,
        ),
    )
    # The shipped policy restricts internet cafés, not stationery shops.
    page = MapPage(service_loader(ctx))
    qtbot.addWidget(page)
    page.reload()
    assert page.view.marked == {near_id}
    assert shop.id in page.view.site_items
    grids = [page.grid_box.itemText(i) for i in range(page.grid_box.count())]
    assert grids == ["全部网格", "一网格"]  # the site without coordinates is not on the map
    page.grid_box.setCurrentIndex(1)
    assert len(page.view.site_items) == 3
    # An office policy with a 100 m limit for cafés leaves the café (~133 m) outside
    # (a kind's own limit wins over the policy's default).
    office = tmp_path / "policy"
    office.mkdir()
    (office / "distance.yaml").write_text(
        "site_kinds:\n  internet_cafe: {limit_m: 100}\n", encoding="utf-8"
    )
    ctx.settings.policy_dir = str(office)
    page2 = MapPage(service_loader(ctx))
    qtbot.addWidget(page2)
    page2.reload()
    assert page2.view.marked == set()
    assert "100 米" in page2.legend.text()

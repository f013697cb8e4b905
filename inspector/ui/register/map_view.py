"""A grid map drawn from coordinates alone: no tiles, no network.

Sites and schools are placed in a local metre projection (equirectangular
around the centre of what is shown, with the ellipsoid's radii of curvature
there; across a sub-district the error is well under a metre). Grid lines
every 100 m; each school's campus polygon, its gates, and the zone within the
policy's limit around the polygon (the polygon widened by the limit, so its
corners are rounded); a school without a boundary gets circles around its
gates instead. Sites of a restricted kind inside the zone are red; hovering a
site shows its distance to the nearest boundary point and which school.
Clicking a site emits :attr:`GridMapView.site_activated`.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass, field

from PySide6.QtCore import QPointF, QRect, QRectF, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QMouseEvent,
    QPainter,
    QPen,
    QPolygonF,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QComboBox,
    QGraphicsEllipseItem,
    QGraphicsItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from inspector.domain.distance import straight_line_m
from inspector.ui.register.map_shapes import (
    LocalProjection,
    MapPoint,
    MapSchool,
    MapSite,
    sites_inside,
    zone_path,
)
from inspector.ui.shell.i18n import kind_text

__all__ = ["GridMapView", "LocalProjection", "MapContent", "MapPage", "MapPoint", "MapSchool",
           "MapSite", "service_loader", "sites_inside"]  # fmt: skip

GRID_STEP_M = 100.0
LABEL_MIN_PX = 60.0  # names of ordinary sites show once 100 m take this many pixels
SITE_ID_ROLE = 0  # QGraphicsItem.data key holding the site id

SITE_COLOR = QColor("#1565c0")
MARKED_COLOR = QColor("#d32f2f")
SCHOOL_COLOR = QColor("#2e7d32")


class _MarkerItem(QGraphicsEllipseItem):
    """A dot of constant screen size."""

    def __init__(self, pos: QPointF, radius_px: float, color: QColor):
        super().__init__(-radius_px, -radius_px, 2 * radius_px, 2 * radius_px)
        self.setPos(pos)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        self.setBrush(QBrush(color))
        self.setPen(QPen(QColor("white"), 1.5))
        self.setZValue(10)


class GridMapView(QGraphicsView):
    """Sites, schools and limit circles on a 100 m grid; wheel zooms, drag pans."""

    site_activated = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setScene(QGraphicsScene(self))
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setBackgroundBrush(QColor("#fbfbf8"))
        self.limit_m = 200.0
        self.projection = LocalProjection(0.0, 0.0)
        self.site_items: dict[str, _MarkerItem] = {}
        self.site_labels: list[QGraphicsSimpleTextItem] = []  # hidden when zoomed out
        self.marked: set[str] = set()
        self.skipped = 0  # sites without coordinates
        self._press_pos: QPointF | None = None
        self.click_handler = None  # while drawing a boundary: called with each clicked point

    # --- content -------------------------------------------------------------------------

    def set_data(
        self,
        sites: Iterable[MapSite],
        schools: Iterable[MapSchool],
        limit_m: float = 200.0,
        restricted_kinds: set[str] | None = None,
        marked: set[str] | None = None,
    ) -> None:
        """Draw everything; ``marked`` (site ids) overrides the map's own inside test."""
        sites = list(sites)
        schools = [s for s in schools if s.points]
        self.limit_m = limit_m
        scene = self.scene()
        scene.clear()
        self.site_items = {}
        self.site_labels = []
        coords = [(s.lat, s.lon) for s in sites] + [
            (p.lat, p.lon) for s in schools for p in s.points
        ]
        self.projection = LocalProjection.around(coords)
        if marked is None:
            marked = sites_inside(sites, schools, limit_m, restricted_kinds)
        self.marked = set(marked) & {s.id for s in sites}
        label_font = QFont()
        label_font.setPointSizeF(8.5)
        for school in schools:
            self._add_school(school, label_font)
        for site in sites:
            self._add_site(site, label_font)
        rect = scene.itemsBoundingRect()
        margin = max(limit_m, GRID_STEP_M)
        rect = rect.adjusted(-margin, -margin, margin, margin)
        scene.setSceneRect(rect)
        self.fit()

    def _add_school(self, school: MapSchool, font: QFont) -> None:
        scene = self.scene()
        r = school.limit_m or self.limit_m
        corners = school.boundary
        gates = [p for p in school.points if p.kind == "gate"]
        zone_pen = QPen(QColor(211, 47, 47, 200), 0, Qt.PenStyle.DashLine)
        zone_brush = QBrush(QColor(211, 47, 47, 28))
        if corners:
            polygon = QPolygonF([self.projection.to_xy(p.lat, p.lon) for p in corners])
            zone = scene.addPath(zone_path(polygon, r), zone_pen, zone_brush)
            zone.setToolTip(
                self.tr("{school}：校园边界外 {m:g} 米范围").format(school=school.name, m=r)
            )
            zone.setZValue(1)
            zone.setData(1, "zone")
            campus = scene.addPolygon(
                polygon, QPen(SCHOOL_COLOR, 0), QBrush(QColor(46, 125, 50, 40))
            )
            campus.setToolTip(self.tr("{school} 校园边界").format(school=school.name))
            campus.setZValue(2)
            campus.setData(1, "campus")
        else:
            for p in gates or list(school.points):
                c = self.projection.to_xy(p.lat, p.lon)
                circle = scene.addEllipse(QRectF(c.x() - r, c.y() - r, 2 * r, 2 * r),
                                          zone_pen, zone_brush)  # fmt: skip
                circle.setToolTip(
                    self.tr("{school} {gate}：{m:g} 米范围（边界未录入，按校门点估算）").format(
                        school=school.name, gate=p.label or self.tr("校门"), m=r
                    )
                )
                circle.setZValue(1)
                circle.setData(1, "zone")
        for p in gates if corners else school.points:
            c = self.projection.to_xy(p.lat, p.lon)
            size = 7.0 if p.kind == "gate" else 4.0
            mark = QGraphicsRectItem(-size, -size, 2 * size, 2 * size)
            mark.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
            mark.setPos(c)
            mark.setBrush(QBrush(SCHOOL_COLOR if p.kind == "gate" else QColor("#81c784")))
            mark.setPen(QPen(QColor("white"), 1))
            mark.setZValue(8)
            mark.setToolTip(f"{school.name} {p.label}".strip())
            scene.addItem(mark)
        anchor = (gates or list(corners) or list(school.points))[0]
        first = self.projection.to_xy(anchor.lat, anchor.lon)
        self._label(school.name, first, SCHOOL_COLOR, font, bold=True)

    def site_tooltip(self, site: MapSite) -> str:
        """Name and kind; distance to the nearest point of the nearest school's campus line."""
        text = f"{site.name}（{kind_text(site.kind)}）"
        if site.nearest_m is not None and site.nearest_school:
            text += self.tr("\n距{school}校园边界最近点 {m:.1f} 米").format(
                school=site.nearest_school, m=site.nearest_m
            )
            if site.estimated:
                text += self.tr("（边界未录入，按校门点估算）")
        if site.id in self.marked:
            text += self.tr("\n在学校周边 {m:g} 米范围内").format(m=self.limit_m)
        return text

    def _add_site(self, site: MapSite, font: QFont) -> None:
        marked = site.id in self.marked
        c = self.projection.to_xy(site.lat, site.lon)
        item = _MarkerItem(c, 7.0 if marked else 5.5, MARKED_COLOR if marked else SITE_COLOR)
        item.setData(SITE_ID_ROLE, site.id)
        item.setToolTip(self.site_tooltip(site))
        item.setCursor(Qt.CursorShape.PointingHandCursor)
        self.scene().addItem(item)
        self.site_items[site.id] = item
        label = self._label(site.name, c, MARKED_COLOR if marked else QColor("#333"), font)
        label.setData(SITE_ID_ROLE, site.id)
        if not marked:
            self.site_labels.append(label)

    def _label(
        self, text: str, pos: QPointF, color: QColor, font: QFont, bold: bool = False
    ) -> QGraphicsSimpleTextItem:
        f = QFont(font)
        f.setBold(bold)
        item = QGraphicsSimpleTextItem(text)
        item.setFont(f)
        item.setBrush(QBrush(color))
        item.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        item.setPos(pos)
        # Offset in screen pixels: right of the marker.
        item.setTransform(item.transform().translate(9, -7))
        item.setZValue(12)
        self.scene().addItem(item)
        return item

    def fit(self) -> None:
        rect = self.scene().sceneRect()
        if rect.isValid():
            self.fitInView(rect, Qt.AspectRatioMode.KeepAspectRatio)
        self._update_labels()

    def _update_labels(self) -> None:
        """Names of ordinary sites only when zoomed in enough for them not to overlap;
        marked sites and schools are always named, every marker has a tooltip."""
        show = self.transform().m11() * GRID_STEP_M >= LABEL_MIN_PX
        for label in self.site_labels:
            label.setVisible(show)

    def site_pos(self, site_id: str) -> QPointF:
        """Where a site's marker is, in viewport coordinates (for tests and tooltips)."""
        return QPointF(self.mapFromScene(self.site_items[site_id].pos()))

    # --- drawing -------------------------------------------------------------------------

    def drawBackground(self, painter: QPainter, rect: QRectF | QRect) -> None:
        super().drawBackground(painter, rect)
        pen = QPen(QColor("#dcdcd4"), 0)
        painter.setPen(pen)
        step = GRID_STEP_M
        x = math.floor(rect.left() / step) * step
        while x <= rect.right():
            painter.drawLine(QPointF(x, rect.top()), QPointF(x, rect.bottom()))
            x += step
        y = math.floor(rect.top() / step) * step
        while y <= rect.bottom():
            painter.drawLine(QPointF(rect.left(), y), QPointF(rect.right(), y))
            y += step

    def drawForeground(self, painter: QPainter, rect: QRectF | QRect) -> None:
        # A scale bar of 100 m in the bottom-left corner, drawn in screen pixels.
        painter.save()
        painter.resetTransform()
        if not self.scene().items():
            painter.setPen(QColor("#777"))
            painter.drawText(
                self.viewport().rect(),
                Qt.AlignmentFlag.AlignCenter,
                self.tr("没有带坐标的场所或学校。请在场所登记中填写坐标（纬度, 经度）。"),
            )
        px = self.transform().m11() * GRID_STEP_M
        h = self.viewport().height()
        painter.setPen(QPen(QColor("#333"), 2))
        painter.drawLine(QPointF(12, h - 14), QPointF(12 + px, h - 14))
        painter.drawText(QPointF(14, h - 20), self.tr("100 米（网格间距）"))
        painter.restore()

    # --- interaction ---------------------------------------------------------------------

    def wheelEvent(self, event: QWheelEvent) -> None:
        factor = 1.25 if event.angleDelta().y() > 0 else 0.8
        self.scale(factor, factor)
        self._update_labels()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._press_pos = event.position()
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        start = self._press_pos
        self._press_pos = None
        if start is None or (event.position() - start).manhattanLength() > 4:
            return  # a drag, not a click
        if self.click_handler is not None:
            self.click_handler(self.mapToScene(event.position().toPoint()))
            return
        site_id = self.site_at(event.position().toPoint())
        if site_id:
            self.site_activated.emit(site_id)

    def site_at(self, pos) -> str | None:
        for item in self.items(pos):
            site_id = item.data(SITE_ID_ROLE)
            if site_id:
                return str(site_id)
        return None


class MapPage(QWidget):
    """The 网格地图 page: a grid filter, a legend and the map."""

    site_activated = Signal(str)

    def __init__(self, loader, parent: QWidget | None = None, saver=None):
        """``loader(grid)`` returns a :class:`MapContent`; ``saver(school_id, corners)``
        stores a campus line drawn on the map (no drawing tool without it)."""
        super().__init__(parent)
        self.setObjectName("map_page")
        self.loader = loader
        lay = QVBoxLayout(self)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("网格：")))
        self.grid_box = QComboBox()
        self.grid_box.setMinimumHeight(32)
        self.grid_box.currentIndexChanged.connect(lambda _i: self.reload())
        bar.addWidget(self.grid_box)
        refresh = QPushButton(self.tr("刷新"))
        refresh.clicked.connect(self.reload)
        bar.addWidget(refresh)
        fit = QPushButton(self.tr("全图"))
        fit.clicked.connect(lambda: self.view.fit())
        bar.addWidget(fit)
        bar.addStretch(1)
        self.legend = QLabel()
        bar.addWidget(self.legend)
        lay.addLayout(bar)
        self.view: GridMapView = GridMapView()
        self.view.site_activated.connect(self.site_activated)
        lay.addWidget(self.view, 1)
        self.drawer = None
        if saver is not None:
            from inspector.ui.register.map_boundary import BoundaryDrawer

            self.drawer = BoundaryDrawer(self.view, saver, self.reload)
            lay.addWidget(self.drawer)
        self._loaded = False
        self._limit_m: float | None = None

    def set_grids(self, grids: list[str]) -> None:
        self.grid_box.blockSignals(True)
        current = self.grid_box.currentData()
        self.grid_box.clear()
        self.grid_box.addItem(self.tr("全部网格"), "")
        for g in grids:
            self.grid_box.addItem(g, g)
        i = self.grid_box.findData(current)
        self.grid_box.setCurrentIndex(max(i, 0))
        self.grid_box.blockSignals(False)

    def reload(self) -> None:
        grid = self.grid_box.currentData() or ""
        content: MapContent = self.loader(grid)
        self.set_grids(content.grids)
        limit_m = content.limit_m
        if self.drawer is not None and self.drawer.drawing:
            self.drawer.cancel()
        self.view.set_data(content.sites, content.schools, limit_m, marked=content.marked)
        if self.drawer is not None:
            self.drawer.set_schools(content.all_schools)
        self._limit_m = limit_m
        self.retranslateUi()
        self._loaded = True

    def retranslateUi(self) -> None:
        """The legend in the interface language (the map and a drawing in progress stay)."""
        if self._limit_m is None:  # not loaded yet
            return
        self.legend.setText(
            self.tr(
                "<span style='color:#2e7d32'>■</span> 校门　"
                "<span style='color:#2e7d32'>▭</span> 校园边界　"
                "<span style='color:#d32f2f'>▭</span> 边界外 {m:g} 米范围　"
                "<span style='color:#1565c0'>●</span> 场所　"
                "<span style='color:#d32f2f'>●</span> 范围内的受限场所（{n} 处）"
            ).format(m=self._limit_m, n=len(self.view.marked))
        )

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._loaded:
            self.reload()


@dataclass(frozen=True)
class MapContent:
    sites: list[MapSite]
    schools: list[MapSchool]
    limit_m: float
    marked: set[str]  # ids of restricted sites closer than the limit to a school
    grids: list[str]
    all_schools: list[tuple[str, str]] = field(default_factory=list)  # (id, name) to draw for


def service_loader(ctx):
    """A loader for :class:`MapPage`: the register and the distance policy in force,
    through :func:`inspector.services.register.school_distance.map_data`."""
    from inspector.services.register.entries import search_schools
    from inspector.services.register.school_distance import map_data

    def load(grid: str) -> MapContent:
        data = map_data(ctx)
        grids = sorted({s.grid for s in data.sites if s.grid})
        shown = [s for s in data.sites if not grid or s.grid == grid]
        sites = [
            MapSite(
                s.id,
                s.name,
                s.kind,
                s.lat,
                s.lon,
                s.grid,
                s.nearest_school,
                s.nearest_m,
                s.estimated,
            )
            for s in shown
        ]
        schools = [
            MapSchool(
                sc.id,
                sc.name,
                tuple(MapPoint(p.point_kind, p.lat, p.lon, p.label, p.position) for p in sc.points),
                sc.limit_m,
            )
            for sc in data.schools
            if sc.counted
        ]
        if grid:
            schools = [s for s in schools if _near_any(s, sites, NEARBY_SCHOOL_M)]
        limit = 200.0
        if data.policy is not None:
            kinds = data.policy.enabled_site_kinds
            limit = data.policy.limit_for(kinds[0]) if kinds else data.policy.limit_m
        marked = {s.id for s in shown if s.inside}
        everyone = [(x.id, x.name) for x in search_schools(ctx)]
        return MapContent(sites, schools, limit, marked, grids, everyone)

    return load


def service_saver(ctx):
    """A saver for :class:`MapPage`: a campus line clicked on the map, through
    :func:`inspector.services.register.school_boundary.set_boundary`."""
    from inspector.domain.datum import source
    from inspector.services.register.school_boundary import set_boundary

    def save(school_id: str, corners: list[tuple[float, float]]) -> None:
        set_boundary(ctx, school_id, corners, source("map"))

    return save


NEARBY_SCHOOL_M = 1000.0


def _near_any(school: MapSchool, sites: list[MapSite], within_m: float) -> bool:
    return any(
        straight_line_m(p.lat, p.lon, s.lat, s.lon) <= within_m
        for p in school.points
        for s in sites
    )

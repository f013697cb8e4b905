"""Drawing a school's campus line on the map page by clicking its corners.

The tool bar under the map: choose the school, press 绘制校园边界, click the
corners in order along the wall, then 保存边界 (or 撤销上一点 / 取消). The
corners go through the map's projection back to WGS-84 degrees and are saved
with the source "clicked on the map"; a boundary needs at least three corners.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QBrush, QColor, QPainterPath, QPen
from PySide6.QtWidgets import (
    QComboBox,
    QGraphicsEllipseItem,
    QGraphicsItem,
    QGraphicsPathItem,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QWidget,
)

from inspector.services.core.errors import UserError
from inspector.ui.shell.i18n import error_text

Saver = Callable[[str, list[tuple[float, float]]], None]


class BoundaryDrawer(QWidget):
    """Corner-by-corner drawing of a campus polygon on a :class:`GridMapView`."""

    def __init__(self, view, saver: Saver, on_saved: Callable[[], None], parent=None):
        super().__init__(parent)
        self.setObjectName("boundary_drawer")
        self.view = view
        self.saver = saver
        self.on_saved = on_saved
        self.corners: list[QPointF] = []  # scene coordinates, in click order
        self._items: list[QGraphicsItem] = []
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(QLabel(self.tr("校园边界：")))
        self.school_box = QComboBox()
        self.school_box.setMinimumWidth(180)
        lay.addWidget(self.school_box)
        self.draw_button = QPushButton(self.tr("绘制校园边界"))
        self.draw_button.clicked.connect(self.start)
        self.undo_button = QPushButton(self.tr("撤销上一点"))
        self.undo_button.clicked.connect(self.undo)
        self.save_button = QPushButton(self.tr("保存边界"))
        self.save_button.clicked.connect(self.save)
        self.cancel_button = QPushButton(self.tr("取消"))
        self.cancel_button.clicked.connect(self.cancel)
        for b in (self.draw_button, self.undo_button, self.save_button, self.cancel_button):
            lay.addWidget(b)
        self.status = QLabel()
        self.status.setObjectName("boundary_status")
        lay.addWidget(self.status, 1)
        self._set_drawing(False)

    def set_schools(self, schools: list[tuple[str, str]]) -> None:
        current = self.school_box.currentData()
        self.school_box.clear()
        for school_id, name in schools:
            self.school_box.addItem(name, school_id)
        i = self.school_box.findData(current)
        self.school_box.setCurrentIndex(max(i, 0))
        self.draw_button.setEnabled(bool(schools))

    @property
    def drawing(self) -> bool:
        return self.view.click_handler is not None

    def _set_drawing(self, on: bool) -> None:
        self.view.click_handler = self.add_corner if on else None
        self.view.setDragMode(
            QGraphicsView.DragMode.NoDrag if on else QGraphicsView.DragMode.ScrollHandDrag
        )
        self.view.viewport().setCursor(
            Qt.CursorShape.CrossCursor if on else Qt.CursorShape.OpenHandCursor
        )
        self.draw_button.setVisible(not on)
        self.school_box.setEnabled(not on)
        for b in (self.undo_button, self.save_button, self.cancel_button):
            b.setVisible(on)
        self._show()

    def start(self) -> None:
        if self.school_box.currentData() is None:
            return
        self.corners = []
        self._set_drawing(True)

    def add_corner(self, scene_pos: QPointF) -> None:
        self.corners.append(QPointF(scene_pos))
        self._show()

    def undo(self) -> None:
        if self.corners:
            self.corners.pop()
        self._show()

    def cancel(self) -> None:
        self.corners = []
        self._set_drawing(False)

    def save(self) -> None:
        if len(self.corners) < 3:
            self.status.setText(self.tr("校园边界至少需要 3 个角点，请继续点选。"))
            return
        school_id = self.school_box.currentData()
        latlon = [self.view.projection.to_latlon(p) for p in self.corners]
        try:
            self.saver(school_id, latlon)
        except UserError as exc:  # shown beside the map; the corners stay to try again
            self.status.setText(error_text(exc))
            return
        n = len(self.corners)
        self.corners = []
        self._set_drawing(False)
        self.on_saved()
        self.status.setText(self.tr("已保存 {n} 个角点。").format(n=n))

    def _show(self) -> None:
        scene = self.view.scene()
        for item in self._items:
            if item.scene() is scene:
                scene.removeItem(item)
        self._items = []
        if self.drawing:
            self.status.setText(
                self.tr("沿围墙依次点击各角点（已点 {n} 个），完成后点“保存边界”。").format(
                    n=len(self.corners)
                )
            )
        if not self.corners:
            return
        path = QPainterPath(self.corners[0])
        for p in self.corners[1:]:
            path.lineTo(p)
        if len(self.corners) >= 3:
            path.closeSubpath()
        line = QGraphicsPathItem(path)
        line.setPen(QPen(QColor("#6a1b9a"), 0))  # width 0: one pixel at any zoom
        line.setZValue(20)
        scene.addItem(line)
        self._items.append(line)
        for p in self.corners:
            dot = QGraphicsEllipseItem(-4, -4, 8, 8)
            dot.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
            dot.setPos(p)
            dot.setBrush(QBrush(QColor("#6a1b9a")))
            dot.setZValue(21)
            scene.addItem(dot)
            self._items.append(dot)

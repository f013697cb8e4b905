"""A signature pad: strokes from mouse, pen/tablet and touch, with clear and undo, exported as PNG."""

from __future__ import annotations

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QEvent,
    QIODevice,
    QPointF,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QImage,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QTabletEvent,
    QTouchEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

INK = QColor(20, 20, 60)
PEN_WIDTH = 2.6


class SignaturePad(QWidget):
    """Collects strokes as :class:`QPainterPath` objects in widget coordinates."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None, placeholder: str = ""):
        super().__init__(parent)
        self.setObjectName("signature_pad")
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents, True)
        self.setAttribute(Qt.WidgetAttribute.WA_StaticContents, True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(320, 120)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(self.tr("签名板"))
        self.placeholder = placeholder or self.tr("请在此处签名")
        self.strokes: list[QPainterPath] = []
        self._current: QPainterPath | None = None

    def sizeHint(self) -> QSize:
        return QSize(480, 160)

    # --- state ---------------------------------------------------------------------

    def is_empty(self) -> bool:
        return not any(p.elementCount() > 0 for p in self.strokes)

    def clear(self) -> None:
        self.strokes.clear()
        self._current = None
        self.update()
        self.changed.emit()

    def undo(self) -> None:
        """Remove the last stroke."""
        if self.strokes:
            self.strokes.pop()
            self.update()
            self.changed.emit()

    # --- input ---------------------------------------------------------------------

    def _begin(self, pos: QPointF) -> None:
        path = QPainterPath(pos)
        path.lineTo(pos + QPointF(0.1, 0.1))  # a dot is a stroke too
        self._current = path
        self.strokes.append(path)
        self.update()

    def _extend(self, pos: QPointF) -> None:
        if self._current is None:
            return
        self._current.lineTo(pos)
        self.update()

    def _end(self) -> None:
        if self._current is not None:
            self._current = None
            self.changed.emit()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._begin(event.position())
            event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if event.buttons() & Qt.MouseButton.LeftButton:
            self._extend(event.position())
            event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._end()
            event.accept()

    def tabletEvent(self, event: QTabletEvent) -> None:
        kind = event.type()
        if kind == QEvent.Type.TabletPress:
            self._begin(event.position())
        elif kind == QEvent.Type.TabletMove and self._current is not None:
            self._extend(event.position())
        elif kind == QEvent.Type.TabletRelease:
            self._end()
        event.accept()  # no synthesized mouse events for the pen

    def event(self, event: QEvent) -> bool:
        kind = event.type()
        touch = (QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate, QEvent.Type.TouchEnd)
        if kind in touch and isinstance(event, QTouchEvent):
            points = event.points()
            if points:
                pos = points[0].position()
                if kind == QEvent.Type.TouchBegin:
                    self._begin(pos)
                elif kind == QEvent.Type.TouchUpdate:
                    self._extend(pos)
                else:
                    self._extend(pos)
                    self._end()
            event.accept()
            return True
        if kind == QEvent.Type.TouchCancel:
            self._end()
            return True
        return super().event(event)

    # --- drawing and export ----------------------------------------------------------

    def _pen(self, scale: float = 1.0) -> QPen:
        pen = QPen(INK, PEN_WIDTH * scale)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        return pen

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), QColor(255, 255, 255))
        p.setPen(QPen(QColor(200, 200, 200), 1, Qt.PenStyle.DashLine))
        base = self.height() * 0.75
        p.drawLine(QPointF(16, base), QPointF(self.width() - 16, base))
        p.drawRect(self.rect().adjusted(0, 0, -1, -1))
        if self.is_empty():
            p.setPen(QColor(170, 170, 170))
            p.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.placeholder)
        p.setPen(self._pen())
        for path in self.strokes:
            p.drawPath(path)
        p.end()

    def bounds(self) -> QRectF:
        rect = QRectF()
        for path in self.strokes:
            rect = rect.united(path.boundingRect())
        return rect

    def to_image(self, scale: float = 2.0, margin: float = 8.0) -> QImage:
        """The strokes on a transparent background, cropped to the ink plus a margin."""
        box = self.bounds().adjusted(-margin, -margin, margin, margin)
        if box.isEmpty():
            box = QRectF(0, 0, self.width(), self.height())
        img = QImage(
            max(1, int(box.width() * scale)),
            max(1, int(box.height() * scale)),
            QImage.Format.Format_ARGB32_Premultiplied,
        )
        img.fill(Qt.GlobalColor.transparent)
        p = QPainter(img)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.scale(scale, scale)
        p.translate(-box.topLeft())
        p.setPen(self._pen())
        for path in self.strokes:
            p.drawPath(path)
        p.end()
        return img

    def to_png(self) -> bytes:
        """PNG bytes of the signature (empty bytes when nothing was drawn)."""
        if self.is_empty():
            return b""
        data = QByteArray()
        buf = QBuffer(data)
        buf.open(QIODevice.OpenModeFlag.WriteOnly)
        self.to_image().save(buf, "PNG")  # type: ignore[call-overload]  # stubs say bytes; PySide6 takes str
        buf.close()
        return bytes(data.data())

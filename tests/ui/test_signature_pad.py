"""The signature pad: strokes by mouse, tablet and touch; clear, undo and PNG export."""

from __future__ import annotations

import io

from PIL import Image
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent, QPointingDevice, QTabletEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from inspector.ui.paperwork.signature_pad import SignaturePad


def _mouse(pad, kind, x, y, button, buttons):
    pos = QPointF(x, y)
    ev = QMouseEvent(
        kind, pos, pad.mapToGlobal(pos), button, buttons, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(pad, ev)


def _draw(pad, points):
    left = Qt.MouseButton.LeftButton
    none = Qt.MouseButton.NoButton
    _mouse(pad, QEvent.Type.MouseButtonPress, *points[0], left, left)
    for x, y in points[1:]:
        _mouse(pad, QEvent.Type.MouseMove, x, y, none, left)
    _mouse(pad, QEvent.Type.MouseButtonRelease, *points[-1], left, none)


def test_mouse_strokes_undo_and_clear(qtbot):
    pad = SignaturePad()
    qtbot.addWidget(pad)
    pad.resize(400, 150)
    pad.show()
    assert pad.is_empty() and pad.to_png() == b""
    with qtbot.waitSignal(pad.changed):
        _draw(pad, [(20, 100), (80, 40), (140, 110), (200, 30)])
    _draw(pad, [(220, 90), (300, 90)])
    assert len(pad.strokes) == 2
    assert pad.strokes[0].elementCount() >= 4
    pad.undo()
    assert len(pad.strokes) == 1
    pad.clear()
    assert pad.is_empty()


def test_png_is_transparent_with_ink(qtbot):
    pad = SignaturePad()
    qtbot.addWidget(pad)
    pad.resize(400, 150)
    _draw(pad, [(20, 100), (120, 30), (220, 100)])
    png = pad.to_png()
    img = Image.open(io.BytesIO(png))
    assert img.format == "PNG" and img.mode == "RGBA"
    alpha = img.getchannel("A")
    assert alpha.getextrema() == (0, 255)  # transparent paper, opaque ink
    # cropped to the ink: about 200 x 70 px at 2x, plus margins
    assert 380 < img.width < 480 and 140 < img.height < 200


def test_tablet_pen_draws(qtbot):
    pad = SignaturePad()
    qtbot.addWidget(pad)
    pad.resize(400, 150)
    device = QPointingDevice.primaryPointingDevice()

    def pen(kind, x, y):
        pos = QPointF(x, y)
        ev = QTabletEvent(
            kind, device, pos, pad.mapToGlobal(pos), 0.5, 0, 0, 0, 0, 0,
            Qt.KeyboardModifier.NoModifier, Qt.MouseButton.LeftButton, Qt.MouseButton.LeftButton,
        )  # fmt: skip
        QApplication.sendEvent(pad, ev)

    pen(QEvent.Type.TabletPress, 30, 30)
    pen(QEvent.Type.TabletMove, 90, 60)
    pen(QEvent.Type.TabletMove, 150, 40)
    pen(QEvent.Type.TabletRelease, 150, 40)
    assert len(pad.strokes) == 1
    assert pad.bounds().width() > 100


def test_touch_draws(qtbot):
    pad = SignaturePad()
    qtbot.addWidget(pad)
    pad.resize(400, 150)
    pad.show()
    qtbot.waitExposed(pad)
    device = QTest.createTouchDevice()
    QTest.touchEvent(pad, device).press(0, QPoint(40, 40), pad).commit()
    QTest.touchEvent(pad, device).move(0, QPoint(120, 90), pad).commit()
    QTest.touchEvent(pad, device).move(0, QPoint(200, 50), pad).commit()
    QTest.touchEvent(pad, device).release(0, QPoint(200, 50), pad).commit()
    assert len(pad.strokes) == 1
    assert pad.bounds().width() > 150

"""Windows and dialogs that fit the screen they open on, sizes remembered per screen.

A field laptop has 1366×768 pixels and a task bar, so about 1366×728 are free.
Every top-level window and dialog goes through :func:`fit_to_screen` when it is
shown: its size is clamped to the screen's *available* geometry (less an
estimate of the window frame until the window system reports the real one) and
it is moved inside that area, centred when it would otherwise stick out. The
application installs one :class:`ScreenFit` event filter (:func:`install`, from
``application.ensure_app``), which does this on the Show event of every window,
Qt's own message boxes and file dialogs included; nothing is sprinkled per dialog.

Windows whose size matters across sessions (the main window, the walk window)
call :func:`remember_geometry`: their geometry and splitter positions are kept
in QSettings under the screen they were on (its name and available geometry),
so the office's 1920×1080 monitor and the laptop's own screen each keep their
own layout. A page built later inside a window keeps its splitter the same way
with :func:`keep_splitter`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from PySide6.QtCore import (
    QByteArray,
    QEvent,
    QMargins,
    QObject,
    QPoint,
    QRect,
    QSettings,
    QSize,
    Qt,
)
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QApplication, QSplitter, QWidget

_CENTRE = "_screen_fit_centre"  # set when a window opens without remembered geometry
# Window decorations before the window system reports them: a title bar and thin borders.
ESTIMATED_FRAME = QMargins(4, 32, 4, 4)
FITTED_TYPES = (Qt.WindowType.Window, Qt.WindowType.Dialog)  # not popups, menus, the splash


def screen_of(widget: QWidget) -> QScreen | None:
    """The screen a top-level is on (or will open on)."""
    screen = widget.screen()
    return screen if screen is not None else QGuiApplication.primaryScreen()


def available(widget: QWidget) -> QRect:
    """The part of the widget's screen not taken by task bars and panels."""
    screen = screen_of(widget)
    return screen.availableGeometry() if screen is not None else QRect(0, 0, 1366, 728)


def frame_margins(widget: QWidget) -> QMargins:
    """The window frame around the client area: the real one once known, else an estimate."""
    handle = widget.windowHandle()
    if handle is not None and widget.isVisible():
        margins = handle.frameMargins()
        if not margins.isNull():
            return margins
    platform = QGuiApplication.platformName()
    if (
        platform in ("offscreen", "minimal")
        or widget.windowFlags() & Qt.WindowType.FramelessWindowHint
    ):
        return QMargins()
    return ESTIMATED_FRAME


def fit_to_screen(widget: QWidget, centre: bool = False) -> bool:
    """Clamp a top-level's size to the available geometry and keep it inside; True if changed.

    ``centre`` centres the window whatever its position (used the first time a
    window without remembered geometry opens); otherwise it is only moved as far
    as needed to lie inside, and centred when it does not overlap the area at all.
    """
    if widget.isMaximized() or widget.isFullScreen():
        return False
    area = available(widget)
    frame = frame_margins(widget)
    room = QSize(
        area.width() - frame.left() - frame.right(), area.height() - frame.top() - frame.bottom()
    )
    size = widget.size()
    wanted = size.boundedTo(room).expandedTo(widget.minimumSize().boundedTo(room))
    changed = False
    if wanted != size:
        widget.resize(wanted)
        changed = True
    outer = QRect(widget.pos(), wanted + QSize(frame.left() + frame.right(), 0))
    outer.setHeight(wanted.height() + frame.top() + frame.bottom())
    if centre or not outer.intersects(area):
        target = area.center() - QRect(QPoint(), outer.size()).center()
    else:
        x = min(max(outer.left(), area.left()), area.right() + 1 - outer.width())
        y = min(max(outer.top(), area.top()), area.bottom() + 1 - outer.height())
        target = QPoint(x, y)
    if target != outer.topLeft():
        widget.move(target)  # the frame's top-left corner, as QWidget.move takes it
        changed = True
    return changed


def fit_window(widget: QWidget) -> None:
    """What the event filter does when a window is shown: fit it, centred the first time
    (:func:`remember_geometry` found nothing)."""
    if widget.isWindow() and widget.windowType() in FITTED_TYPES:
        fit_to_screen(widget, centre=bool(widget.property(_CENTRE)))
        widget.setProperty(_CENTRE, False)


class _FitOnShow(QObject):
    """Fits one window at its next Show event, then leaves it."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and watched is self.parent():
            watched.removeEventFilter(self)
            fit_window(watched)  # type: ignore[arg-type]  # the parent is the window
            self.deleteLater()
        return False


def fit_when_shown(window: QWidget) -> None:
    """Fit ``window`` when it is next shown, as the application's filter would, for a
    window shown before that filter is installed (the main window at start-up: only this
    window's own events pass through Python)."""
    window.installEventFilter(_FitOnShow(window))


class ScreenFit(QObject):
    """Application event filter: every window and dialog is fitted when it is shown.

    It sees every event of the application, so each object that receives one is
    handed to Python; the start installs it once the main window is on screen
    (:mod:`inspector.ui.shell.startup`), having fitted that window itself."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, QWidget):
            fit_window(watched)
        return False


def install(app: QApplication) -> ScreenFit:
    """Fit every top-level the application shows (once per application)."""
    existing = app.findChild(ScreenFit, "screen_fit")
    if isinstance(existing, ScreenFit):
        return existing
    fit = ScreenFit(app)
    fit.setObjectName("screen_fit")
    app.installEventFilter(fit)
    return fit


def uninstall(app: QApplication) -> None:
    """Stop fitting (tests that install the filter for themselves take it out again)."""
    fit = app.findChild(ScreenFit, "screen_fit")
    if isinstance(fit, ScreenFit):
        app.removeEventFilter(fit)
        fit.setParent(None)
        fit.deleteLater()


# --- remembered geometry per screen ---------------------------------------------------------


def screen_key(widget: QWidget) -> str:
    """A QSettings-safe key naming the widget's screen and its available geometry."""
    screen = screen_of(widget)
    name = screen.name() if screen is not None else ""
    area = available(widget)
    raw = f"{name or 'screen'}_{area.width()}x{area.height()}+{area.x()}+{area.y()}"
    return re.sub(r"[^A-Za-z0-9_+.-]", "_", raw)


class _Keeper(QObject):
    """Saves a window's geometry and splitters when it is hidden or closed."""

    def __init__(self, window: QWidget, name: str, splitters: Sequence[QSplitter]):
        super().__init__(window)
        self.window, self.name, self.splitters = window, name, list(splitters)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        window: QWidget | None = getattr(self, "window", None)  # None while Qt tears it down
        if window is not None and watched is window:
            if event.type() in (QEvent.Type.Hide, QEvent.Type.Close):
                save_geometry(window, self.name, self.splitters)
        return False


def remember_geometry(
    window: QWidget, name: str, default: QSize, splitters: Sequence[QSplitter] = ()
) -> bool:
    """Restore the window's geometry and splitters saved for its screen, else ``default``.

    The default size is clamped to the screen when the window is shown and the
    window is then centred. The geometry is saved again whenever the window is
    hidden or closed. Returns True when a saved geometry was restored.
    """
    keeper = _Keeper(window, name, splitters)
    # a strong reference, so the filter's Python side lives as long as the window's
    window._geometry_keeper = keeper  # type: ignore[attr-defined]
    window.installEventFilter(keeper)
    settings = QSettings()
    group = f"{name}/{screen_key(window)}"
    geometry = settings.value(f"{group}/geometry")
    restored = isinstance(geometry, QByteArray) and window.restoreGeometry(geometry)
    if not restored:
        window.resize(default)
        window.setProperty(_CENTRE, True)
    for i, splitter in enumerate(splitters):
        state = settings.value(f"{group}/splitter{i}")
        if isinstance(state, QByteArray):
            splitter.restoreState(state)
    return restored


class _SplitKeeper(QObject):
    """Restores a page's splitter for its window's screen when first shown, saves it when hidden."""

    def __init__(self, splitter: QSplitter, name: str):
        super().__init__(splitter)
        self.splitter, self.name, self.restored = splitter, name, False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if watched is self.splitter and kind in (QEvent.Type.Show, QEvent.Type.Hide):
            key = f"splitters/{self.name}/{screen_key(self.splitter.window())}"
            settings = QSettings()
            if kind == QEvent.Type.Show and not self.restored:
                self.restored = True
                state = settings.value(key)
                if isinstance(state, QByteArray):
                    self.splitter.restoreState(state)
            elif kind == QEvent.Type.Hide and self.restored:
                settings.setValue(key, self.splitter.saveState())
        return False


def keep_splitter(splitter: QSplitter, name: str) -> QSplitter:
    """Remember a page's splitter position per screen (for pages built after their window)."""
    splitter.installEventFilter(_SplitKeeper(splitter, name))
    return splitter


def save_geometry(window: QWidget, name: str, splitters: Sequence[QSplitter] = ()) -> None:
    """Keep the window's geometry and splitter positions for the screen it is on."""
    settings = QSettings()
    group = f"{name}/{screen_key(window)}"
    settings.setValue(f"{group}/geometry", window.saveGeometry())
    for i, splitter in enumerate(splitters):
        settings.setValue(f"{group}/splitter{i}", splitter.saveState())

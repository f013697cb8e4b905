"""Writes as operations, and the one hook that tells every open view what they changed.

:func:`hub` is the application's :class:`ChangeHub`; its ``changes_made(kinds,
initiator)`` signal carries the :class:`~inspector.services.core.changes.Change`
flags of each operation once it has run (whether it succeeded or not: what
was committed is in the database either way).

* :func:`run_op` runs a write in the GUI thread as one operation;
  ``BackgroundTask`` and ``SyncJob`` (long work off the GUI thread, with
  progress) are operations of their own: their changes are announced when the
  work ends.
* A write made outside any operation (an answer saved as the inspector types,
  a setting remembered) still reaches the hub: the services' change listener
  collects it and the hub announces what gathered once per pass of the event
  loop.
* Another process's commits (the command line while the window is open) are
  noticed with ``PRAGMA data_version`` when the window is activated and every
  few seconds (:meth:`ChangeHub.watch`), and announced as :data:`Change.ALL`.

A view subscribes with :class:`LiveRefresh`: it names the kinds it shows and
its refresh; it refreshes at once when it is visible (or started the
operation), otherwise on its next show, and never for other kinds.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget
from shiboken6 import isValid

from inspector.services.core import changes
from inspector.services.core.changes import Change, ChangeSet, collecting

T = TypeVar("T")
WATCH_MS = 3_000
DELAY_MS = 250  # a burst of changes (answers as they are typed) makes one refresh


class ChangeHub(QObject):
    """One per application: ``changes_made(Change, initiator or None)``."""

    changes_made = Signal(object, object)
    _arrived = Signal(object)  # from any thread, delivered in the GUI thread

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._pending = Change.NONE
        self._lock = threading.Lock()
        self._arrived.connect(self._gather)
        self._watches: list[changes.DataVersionWatch] = []
        self._timer = QTimer(self)
        self._timer.setInterval(WATCH_MS)
        self._timer.timeout.connect(self.poll)
        self.announced = 0  # how many announcements were made (for tests)
        self._on_activation = False

    # --- announcing --------------------------------------------------------------------

    def announce(self, kinds: Change, initiator: object = None) -> None:
        """Tell every view; an empty set of kinds is not announced."""
        if kinds:
            self.announced += 1
            self.changes_made.emit(kinds, initiator)

    def heard(self, kinds: Change) -> None:
        """The services' listener: changes made outside any operation, in any thread."""
        if isValid(self):  # the application may be going
            self._arrived.emit(kinds)

    def _gather(self, kinds: Change) -> None:
        with self._lock:
            first = not self._pending
            self._pending |= kinds
        if first:
            QTimer.singleShot(0, self, self.flush)

    def flush(self) -> None:
        """Announce what gathered outside operations since the last flush."""
        with self._lock:
            kinds, self._pending = self._pending, Change.NONE
        self.announce(kinds)

    # --- other processes ----------------------------------------------------------------

    def watch(self, database: Path) -> None:
        """Notice commits to ``database`` by another process (polled, and when the
        application becomes active); one database at a time."""
        self.unwatch()
        self._watches.append(changes.DataVersionWatch(database))
        self._watches[-1].changed_elsewhere()  # note the version now
        self._timer.start()
        app = QCoreApplication.instance()
        if isinstance(app, QGuiApplication) and not self._on_activation:
            app.applicationStateChanged.connect(self._state_changed)
            self._on_activation = True

    def _state_changed(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationActive:
            self.poll()

    @contextmanager
    def watch_paused(self) -> Iterator[None]:
        """Let go of the watched files meanwhile (a restore replaces the database file;
        Windows refuses to replace an open one), then watch them again."""
        paths = [w.database for w in self._watches]
        self.unwatch()
        try:
            yield
        finally:
            for path in paths:
                self.watch(path)

    def unwatch(self) -> None:
        for w in self._watches:
            w.close()
        self._watches.clear()
        self._timer.stop()

    def poll(self) -> bool:
        """Announce everything as changed when another process wrote; True if it did."""
        if any([w.changed_elsewhere() for w in self._watches]):
            self.announce(Change.ALL, None)
            return True
        return False


_hub: ChangeHub | None = None


def hub() -> ChangeHub:
    """The application's change hub (made on first use, a child of the application)."""
    global _hub
    if _hub is None or not isValid(_hub):
        _hub = ChangeHub(QCoreApplication.instance())
        changes.set_listener(_hub.heard)
    return _hub


def run_op(initiator: QObject | None, work: Callable[[], T]) -> T:
    """Run a write in the GUI thread as one operation and announce what it changed.

    Exceptions pass through; what was committed before one is announced all the same.
    """
    bag = ChangeSet()
    try:
        with collecting(bag):
            return work()
    finally:
        hub().announce(bag.kinds, initiator)


class LiveRefresh(QObject):
    """Keeps ``widget`` showing the database: ``refresh()`` after changes of ``kinds``.

    The widget that started the operation (or holds, or is held by, the one that
    did) refreshes at once; another visible one after ``delay_ms``; a hidden one is
    marked and refreshes when it is next shown. With ``on_show``
    False the widget refreshes on every show itself, so hidden changes are
    dropped. A visible widget waits ``delay_ms`` so that a burst of changes
    makes one refresh (the initiator does not wait). The
    subscription ends with the widget (this object is its child).
    """

    def __init__(
        self,
        widget: QWidget,
        kinds: Change,
        refresh: Callable[[], object],
        *,
        on_show: bool = True,
        delay_ms: int = DELAY_MS,
    ):
        super().__init__(widget)
        self.widget = widget
        self.kinds = kinds
        self._refresh = refresh
        self.on_show = on_show
        self.dirty = False
        self.loads = 0  # refreshes made for changes (for tests)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self._run)
        hub().changes_made.connect(self._changed)
        widget.installEventFilter(self)

    def _changed(self, kinds: Change, initiator: object) -> None:
        if not isValid(self.widget) or not kinds & self.kinds:
            return
        # started by this view, a widget in it, or the window holding it (settings, restore)
        started_here = (
            isinstance(initiator, QWidget)
            and isValid(initiator)
            and (
                initiator is self.widget
                or self.widget.isAncestorOf(initiator)
                or initiator.isAncestorOf(self.widget)
            )
        )
        if started_here:  # the view that asked sees the result at once
            self._timer.stop()
            self._run()
        elif self.widget.isVisible():
            self._timer.start()
        elif self.on_show:
            self.dirty = True

    def _run(self) -> None:
        if not isValid(self.widget):
            return
        self.dirty = False
        self.loads += 1
        # A refresh that writes (a clock mark, say) does not wake this view again:
        # what it commits is told to the others only, so no view can refresh in a loop.
        bag = ChangeSet()
        with collecting(bag):
            self._refresh()
        hub().announce(bag.kinds & ~self.kinds, self.widget)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.widget and event.type() == QEvent.Type.Show and self.dirty:
            self.dirty = False
            QTimer.singleShot(0, self, self._run)
        return False

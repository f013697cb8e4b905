"""The inspections the answer saves keep in memory, and the connection that proves them current.

Saving an answer needs the inspection whole (its frozen templates to find and
check the item, its answers to score it). Reading that for every key press
costs more than the write itself, so :mod:`~inspector.services.inspection.answer_save`
keeps the view it last saved into here, one per inspection, and reuses it for
the next answer of the same inspection.

A kept view is only trusted while nothing else wrote to the database. The
saves run on one connection of their own, held for the engine's life, and each
begins with ``BEGIN IMMEDIATE`` (the write lock) and reads SQLite's
``PRAGMA data_version``: that number changes on a connection exactly when
*another* connection — another window's save, the command line, a sync import,
a photo, finishing, an amendment, another process — committed since its last
look. Equal to the number seen at the last save's start means the kept views
are what the database holds; different means every kept view is dropped and
the inspection is read again. The lock held from the check to the commit means
no one can slip a write in between.

Only SQLite has ``data_version``; on another database (the office's
PostgreSQL) :func:`cache_for` gives None and every save reads the inspection.
"""

from __future__ import annotations

import threading
import weakref
from collections import OrderedDict
from dataclasses import dataclass

from sqlalchemy import Connection, Engine, event

from inspector.domain.conditions import parse_expression, references
from inspector.domain.scoring import ItemKey
from inspector.services.inspection.view import InspectionView, ItemRef
from inspector.store.engine import IMMEDIATE, is_sqlite

KEPT = 4  # inspections kept per database (the walk windows open at once, usually one)


@dataclass
class Kept:
    """One inspection as the last save left it, with its items found by key."""

    view: InspectionView
    refs: dict[ItemKey, ItemRef]
    conditioned: frozenset[tuple[str, str]]  # (template id, item code) a condition reads


def kept(view: InspectionView) -> Kept:
    """A view ready to be kept: its items indexed, and the items some condition reads (an
    answer to one of those may show or hide others; an answer to any other item cannot)."""
    refs = {r.key: r for r in view.items}
    conditioned = frozenset(
        (t.id, name)
        for _row, t in view.templates
        for s in t.sections
        for condition in (s.relevant, *(i.relevant for i in s.items))
        if condition
        for name in references(parse_expression(condition))
    )
    return Kept(view, refs, conditioned)


class ViewCache:
    """The kept views of one engine, the connection the saves use, and the lock they share."""

    def __init__(self, engine: Engine) -> None:
        self._engine = weakref.ref(engine)
        self.lock = threading.RLock()
        self._conn: Connection | None = None
        self.stamp: int | None = None  # data_version at the start of the last save
        self.views: OrderedDict[str, Kept] = OrderedDict()

    def connection(self) -> Connection:
        """The saves' own connection (every transaction on it begins ``BEGIN IMMEDIATE``)."""
        if self._conn is None or self._conn.closed or self._conn.invalidated:
            engine = self._engine()
            if engine is None:
                raise RuntimeError("the database engine is gone")
            self.forget()
            self._conn = engine.execution_options(**{IMMEDIATE: True}).connect()
        return self._conn

    def check(self, conn: Connection) -> None:
        """Drop every kept view if another connection committed since the last save began.

        Called inside the save's transaction, after ``BEGIN IMMEDIATE``.
        """
        cursor = conn.connection.driver_connection.execute("PRAGMA data_version")  # type: ignore[union-attr]
        version = int(cursor.fetchone()[0])
        if version != self.stamp:
            self.views.clear()
            self.stamp = version

    def get(self, inspection_id: str) -> Kept | None:
        entry = self.views.get(inspection_id)
        if entry is not None:
            self.views.move_to_end(inspection_id)
        return entry

    def keep(self, inspection_id: str, entry: Kept) -> None:
        self.views[inspection_id] = entry
        self.views.move_to_end(inspection_id)
        while len(self.views) > KEPT:
            self.views.popitem(last=False)

    def forget(self) -> None:
        """Trust nothing kept (after a failed save, or a new connection)."""
        self.views.clear()
        self.stamp = None

    def close_connection(self) -> None:
        """Close the connection (it could not roll back, or the engine goes); the next save
        opens another."""
        conn, self._conn = self._conn, None
        self.forget()
        if conn is not None:
            try:
                conn.invalidate()
                conn.close()
            except Exception:  # already broken: nothing more to give back
                pass

    def close(self) -> None:
        """Close the connection for good (the engine is being disposed: its pool is replaced,
        so a connection merely given back would stay open in the old one)."""
        with self.lock:
            self.close_connection()


_caches: weakref.WeakKeyDictionary[Engine, ViewCache] = weakref.WeakKeyDictionary()
_caches_lock = threading.Lock()


def cache_for(engine: Engine) -> ViewCache | None:
    """The view cache of a SQLite engine (made on first use), None for other databases."""
    if not is_sqlite(engine):
        return None
    with _caches_lock:
        cache = _caches.get(engine)
        if cache is None:
            cache = _caches[engine] = ViewCache(engine)

            def disposed(_engine: Engine, cache: ViewCache = cache) -> None:
                cache.close()  # before a restore swaps the file, or the context closes

            event.listen(engine, "engine_disposed", disposed)
        return cache

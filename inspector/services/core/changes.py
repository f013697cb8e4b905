"""What a write changed, told to whoever shows it: the kinds of change a unit of work made.

Every committed transaction reports the kinds of thing it changed without the
services saying so one by one: a listener on SQLAlchemy's engine notes the
table of every ``INSERT``/``UPDATE``/``DELETE`` a connection runs (ORM flushes,
Core statements and plain SQL alike), and when the transaction commits the
tables become :class:`Change` flags (:data:`TABLE_KINDS`). A rollback forgets
them. Changes that are not rows (a checklist template installed as a file)
are reported with :func:`record`.

Who hears them:

* an operation that wants its changes collects them with :func:`collecting`
  (a context-local set, so a worker thread collects its own; run work in
  another thread with ``contextvars.copy_context().run`` and it lands in the
  same :class:`ChangeSet`);
* writes made outside any collector go to the one listener set with
  :func:`set_listener` (the GUI's change hub), or nowhere (the CLI, tests).

:class:`DataVersionWatch` tells writes by another process (the command line
while the window is open) from this process's own, with ``PRAGMA data_version``.

Qt-free: the ui's ``inspector.ui.shell.operations`` turns these into one signal.
"""

from __future__ import annotations

import contextvars
import logging
import re
import sqlite3
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from enum import Flag, auto
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection


log = logging.getLogger(__name__)


class Change(Flag):
    """The kinds of thing a write can change; a view listens to the kinds it shows."""

    NONE = 0
    REGISTER = auto()  # sites, licences, schools and their points
    INSPECTIONS = auto()  # inspections created, finished, their header and score
    ANSWERS = auto()  # answers, photos, distance measurements, amendments
    DOCUMENTS = auto()  # signatures, generated documents, issued numbers
    NUMBERS = auto()  # document-number blocks
    CASES = auto()  # rectification cases and what a re-inspection carries
    LISTS = auto()  # red/black list issues, entries, removals
    SYNC = auto()  # exports, imports, devices, offices, conflicts, pending certificates
    SETTINGS = auto()  # the settings table
    AUDIT = auto()  # the audit log
    TEMPLATES = auto()  # checklist templates installed as files
    # the rows a field device sends to the office (what "未导出" counts)
    SYNCED_DATA = REGISTER | INSPECTIONS | ANSWERS | DOCUMENTS | NUMBERS | CASES | AUDIT
    ALL = SYNCED_DATA | LISTS | SYNC | SETTINGS | TEMPLATES


TABLE_KINDS: dict[str, Change] = {
    "site": Change.REGISTER,
    "licence": Change.REGISTER,
    "school": Change.REGISTER,
    "school_point": Change.REGISTER,
    "inspection": Change.INSPECTIONS,
    "inspection_template": Change.INSPECTIONS,
    "answer": Change.ANSWERS,
    "photo": Change.ANSWERS,
    "distance_measurement": Change.ANSWERS,
    "amendment": Change.ANSWERS,
    "audit_log": Change.AUDIT,
    "hand_signature": Change.DOCUMENTS,
    "generated_document": Change.DOCUMENTS,
    "issued_number": Change.DOCUMENTS,
    "notice_service": Change.DOCUMENTS,
    "document_number_block": Change.NUMBERS,
    "rectification_case": Change.CASES,
    "case_carry": Change.CASES,
    "list_issue": Change.LISTS,
    "list_entry": Change.LISTS,
    "list_removal": Change.LISTS,
    "setting": Change.SETTINGS,
}
# a table not listed above (the sync_* tables, alembic's own) is sync or schema state
OTHER_TABLE = Change.SYNC
IGNORED_TABLES = frozenset({"alembic_version"})

_WRITE = re.compile(
    r"""^\s*(?:INSERT(?:\s+OR\s+\w+)?\s+INTO|REPLACE\s+INTO|UPDATE(?:\s+OR\s+\w+)?|DELETE\s+FROM)
        \s+["`\[]?(\w+)""",
    re.IGNORECASE | re.VERBOSE,
)
_TOUCHED = "inspector_touched_tables"


def kinds_of_tables(tables: set[str] | frozenset[str]) -> Change:
    """The kinds of change writing to these tables makes."""
    kinds = Change.NONE
    for table in tables:
        if table not in IGNORED_TABLES:
            kinds |= TABLE_KINDS.get(table, OTHER_TABLE)
    return kinds


def written_table(statement: str) -> str | None:
    """The table an SQL statement writes to, or None for a read (or DDL)."""
    m = _WRITE.match(statement)
    return m.group(1).lower() if m else None


class ChangeSet:
    """The kinds of change collected so far (filled in whichever thread commits)."""

    def __init__(self) -> None:
        self.kinds = Change.NONE
        self._lock = threading.Lock()

    def add(self, kinds: Change) -> None:
        with self._lock:
            self.kinds |= kinds

    def __repr__(self) -> str:
        return f"ChangeSet({self.kinds!r})"


_collectors: contextvars.ContextVar[tuple[ChangeSet, ...]] = contextvars.ContextVar(
    "inspector_change_collectors", default=()
)
_listener: Callable[[Change], None] | None = None
_own_commits = 0  # commits this process made (see DataVersionWatch)
_own_lock = threading.Lock()


@contextmanager
def collecting(into: ChangeSet | None = None) -> Iterator[ChangeSet]:
    """Collect the kinds of change committed inside the block (in this context)."""
    bag = into if into is not None else ChangeSet()
    token = _collectors.set((*_collectors.get(), bag))
    try:
        yield bag
    finally:
        _collectors.reset(token)


def record(kinds: Change) -> None:
    """Report changes made now: to the collectors of this context, else to the listener."""
    if not kinds:
        return
    bags = _collectors.get()
    if bags:
        for bag in bags:
            bag.add(kinds)
    elif _listener is not None:
        try:
            _listener(kinds)
        except Exception:  # telling the views must never undo or break a commit
            log.exception("the change listener failed")


def set_listener(
    listener: Callable[[Change], None] | None,
) -> Callable[[Change], None] | None:
    """Who hears changes made outside any collector (one listener; None: nobody).

    Returns the listener it replaces.
    """
    global _listener
    previous, _listener = _listener, listener
    return previous


def own_commits() -> int:
    return _own_commits


# --- the engine listener -------------------------------------------------------------


_installed = False


def install() -> None:
    """Listen to every SQLAlchemy engine's statements, commits and rollbacks (once per
    process). Called when the database layer is opened (``services.core.context``), so that
    importing this module — the GUI does at start-up, for :class:`Change` — does not
    load SQLAlchemy before the window is on screen."""
    global _installed
    if _installed:
        return
    from sqlalchemy import event
    from sqlalchemy.engine import Engine
    from sqlalchemy.pool import Pool

    event.listen(Engine, "before_cursor_execute", _note_write)
    event.listen(Engine, "commit", _on_commit)
    event.listen(Engine, "rollback", _on_rollback)
    event.listen(Pool, "reset", _on_reset)
    _installed = True


def _note_write(conn: Connection, _cursor, statement: str, _params, _context, _many) -> None:
    table = written_table(statement)
    if table is not None:
        conn.info.setdefault(_TOUCHED, set()).add(table)


def _on_commit(conn: Connection) -> None:
    global _own_commits
    tables = conn.info.pop(_TOUCHED, None)
    if not tables:
        return
    with _own_lock:
        _own_commits += 1
    record(kinds_of_tables(tables))


def _on_rollback(conn: Connection) -> None:
    conn.info.pop(_TOUCHED, None)


def _on_reset(_dbapi_conn, record, _reset_state) -> None:
    """A connection back in the pool unfinished (rolled back by the pool) forgets its writes."""
    record.info.pop(_TOUCHED, None)


# --- writes by another process ---------------------------------------------------------


class DataVersionWatch:
    """Notices commits to a SQLite file made by another process.

    ``PRAGMA data_version`` on a connection of its own changes whenever any other
    connection commits, this process's included; a change while this process
    committed nothing since the last look was another process's. (When both
    wrote in the same interval the other's write is noticed at the next one of
    its own.)
    """

    def __init__(self, database: Path):
        self.database = database
        self._conn: sqlite3.Connection | None = None
        self._version: int | None = None
        self._ours = own_commits()

    def _read(self) -> int | None:
        try:
            if self._conn is None:
                uri = self.database.resolve().as_uri() + "?mode=ro"
                self._conn = sqlite3.connect(uri, uri=True, check_same_thread=False)
            return int(self._conn.execute("PRAGMA data_version").fetchone()[0])
        except sqlite3.Error:
            self.close()
            return None

    def changed_elsewhere(self) -> bool:
        """True when another process committed since the last call."""
        version, ours = self._read(), own_commits()
        before, self._version = self._version, version
        ours_before, self._ours = self._ours, ours
        if version is None or before is None or version == before:
            return False
        return ours == ours_before

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None

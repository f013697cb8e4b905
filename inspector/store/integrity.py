"""Is a SQLite database file intact? ``PRAGMA quick_check`` and ``integrity_check``.

The checks run on a plain sqlite3 connection that changes nothing (no PRAGMA
that writes, no journal-mode switch), so a damaged file is examined, never
touched. ``quick_check`` runs at every start (it skips the index-content
comparison and is a few times faster); ``integrity_check`` runs before every
backup, on every backup that is about to be restored, and in ``db info``.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from inspector.domain.text import Message

MAX_ERRORS = 5  # a damaged file can report thousands of lines; the first few say enough


class DamagedDatabaseError(Exception):
    """The database file is damaged; ``problems`` are SQLite's own words."""

    def __init__(self, path: Path, problems: list[str]):
        self.path = Path(path)
        self.problems = problems
        super().__init__(
            Message("数据库 {} 已损坏（完整性检查：{}）。", path, "；".join(problems[:2]))
        )


def check(path: Path, *, quick: bool = True) -> list[str]:
    """SQLite's findings for ``path``: empty when the file is intact.

    A file that SQLite cannot read as a database at all (a damaged first page)
    is reported as one finding, not raised.
    """
    pragma = "quick_check" if quick else "integrity_check"
    try:
        conn = sqlite3.connect(f"file:{Path(path)}?mode=rw", uri=True, timeout=10)
    except sqlite3.Error as exc:
        return [str(exc)]
    try:
        rows = conn.execute(f"PRAGMA {pragma}({MAX_ERRORS})").fetchall()
    except sqlite3.DatabaseError as exc:
        return [str(exc)]
    finally:
        conn.close()
    found = [" ".join(str(r[0]).replace("*** in database main ***", "").split()) for r in rows]
    return [] if found == ["ok"] else [f for f in found if f]


def require_intact(path: Path, *, quick: bool = True) -> None:
    """Raise :class:`DamagedDatabaseError` unless ``path`` passes the check."""
    problems = check(path, quick=quick)
    if problems:
        raise DamagedDatabaseError(path, problems)

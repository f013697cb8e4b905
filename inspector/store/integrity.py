"""Is a SQLite database file intact? ``PRAGMA quick_check`` and ``integrity_check``.

The checks run on a plain sqlite3 connection that changes nothing (no PRAGMA
that writes, no journal-mode switch), so a damaged file is examined, never
touched. ``quick_check`` runs at every start (it skips the index-content
comparison and is a few times faster); ``integrity_check`` runs before every
backup, on every backup that is about to be restored, and in ``db info``.

``quick_check`` reads the whole file: about 0.1 s for a field device's
database, seconds for an office database of hundreds of megabytes
(``bench/integrity.py``). The GUI checks at every start; a command skips the
check when one passed less than an hour ago and the file has not changed since
(:func:`recently_checked`; kept in ``<database>.checked``), so scripts that
run many commands do not pay it each time.
"""

from __future__ import annotations

import sqlite3
import time
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


def require_intact(path: Path, *, quick: bool = True, skip_within: float = 0.0) -> None:
    """Raise :class:`DamagedDatabaseError` unless ``path`` passes the check.

    ``skip_within``: seconds; no check when one passed that recently.
    """
    if skip_within and recently_checked(path, skip_within):
        return
    problems = check(path, quick=quick)
    if problems:
        forget_checked(path)
        raise DamagedDatabaseError(path, problems)
    mark_checked(path)


def _stamp(path: Path) -> Path:
    return Path(path).with_name(Path(path).name + ".checked")


def _identity(path: Path) -> str:
    st = Path(path).stat()
    return f"{st.st_size} {st.st_mtime_ns}"


def recently_checked(path: Path, max_age: float) -> bool:
    """Whether a check of ``path`` passed less than ``max_age`` seconds ago and the file
    has not changed since (same size and modification time)."""
    try:
        at, identity = _stamp(path).read_text("ascii").strip().split(" ", 1)
        return 0 <= time.time() - float(at) < max_age and identity == _identity(path)
    except (OSError, ValueError):
        return False


def mark_checked(path: Path) -> None:
    """Note that ``path`` passed a check now (best effort)."""
    try:
        _stamp(path).write_text(f"{time.time():.3f} {_identity(path)}\n", "ascii")
    except OSError:
        pass


def forget_checked(path: Path) -> None:
    _stamp(path).unlink(missing_ok=True)

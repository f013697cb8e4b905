"""Copies of the SQLite database made with SQLite's online backup API.

A plain file copy of a WAL database can miss commits still in the ``-wal``
file; the backup API reads through SQLite and gives a consistent snapshot.
"""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

from inspector.store.atomic import atomic_path
from inspector.store.integrity import check
from inspector.store.paths import secure_file


def backup_sqlite(source: Path, target: Path, *, verify: bool = False) -> Path:
    """Write a consistent copy of ``source`` to ``target`` (replaced if present).

    ``verify``: the copy must pass ``PRAGMA quick_check`` before it takes the
    target's name (else it is deleted and :class:`sqlite3.DatabaseError` raised).
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    with atomic_path(target) as tmp:  # synced, renamed, and removed on error
        src = sqlite3.connect(str(source))
        try:
            dst = sqlite3.connect(str(tmp))
            try:
                src.backup(dst)
                dst.execute("PRAGMA journal_mode=DELETE")
            finally:
                dst.close()
        finally:
            src.close()
        secure_file(tmp)  # a backup holds everything the database does: the user's only
        if verify:
            problems = check(tmp, quick=True)
            if problems:  # atomic_path removes the copy: it never takes the target's name
                raise sqlite3.DatabaseError(f"backup copy failed its check: {problems[0]}")
    return target


def prune(folder: Path, pattern: str, keep: int) -> list[Path]:
    """Delete all but the newest ``keep`` files matching ``pattern``; return the deleted."""
    files = sorted(folder.glob(pattern), key=lambda p: p.name)
    doomed = files[:-keep] if keep > 0 else files
    for p in doomed:
        p.unlink(missing_ok=True)
    return doomed


def backup_before_migration(db_path: Path, from_revision: str, keep: int = 5) -> Path:
    """Back the database up next to itself before an upgrade; keep the last ``keep``."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    rev = from_revision.replace(",", "+")[:40]
    target = db_path.with_name(f"{db_path.stem}.pre-migration-{stamp}-{rev}.sqlite3")
    backup_sqlite(db_path, target)
    prune(db_path.parent, f"{db_path.stem}.pre-migration-*.sqlite3", keep)
    return target

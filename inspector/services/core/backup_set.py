"""The backup folder as a set of files: names, listing, retention, the last good one.

Nothing here needs an open database, so the same functions serve the normal
backup dialog and a start that found the database damaged.

Retention (like ``borg prune --keep-daily 14 --keep-weekly 8 --keep-monthly 12``):
walking from the newest backup back, the newest backup of each of the last 14
days that have one is kept, likewise of the last 8 ISO weeks and the last 12
months; a file kept by any rule stays.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from inspector.services.core.errors import UserError
from inspector.store.integrity import check
from inspector.store.paths import DataPaths

KEEP_DAILY = 14
KEEP_WEEKLY = 8
KEEP_MONTHLY = 12
PREFIX = "inspector-"
SUFFIX = ".sqlite3"
PATTERN = f"{PREFIX}????????-??????{SUFFIX}"
STAMP = "%Y%m%d-%H%M%S"


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    taken_at: datetime  # local time, from the file name
    size: int

    @property
    def name(self) -> str:
        return self.path.name


def parse_stamp(path: Path) -> datetime | None:
    try:
        return datetime.strptime(path.name[len(PREFIX) : -len(SUFFIX)], STAMP)
    except ValueError:
        return None


def list_folder(folder: Path) -> list[BackupInfo]:
    """The backups in ``folder``, newest first."""
    if not folder.is_dir():
        return []
    found = []
    for p in folder.glob(PATTERN):
        taken = parse_stamp(p)
        if taken is not None and p.is_file():
            found.append(BackupInfo(p, taken, p.stat().st_size))
    return sorted(found, key=lambda b: b.taken_at, reverse=True)


def _keep_per_period(
    stamps: list[datetime], period: Callable[[datetime], object], count: int
) -> set[datetime]:
    kept: set[datetime] = set()
    seen: set[object] = set()
    for when in stamps:  # newest first: the first one met is the period's newest
        key = period(when)
        if key in seen:
            continue
        if len(seen) == count:
            break
        seen.add(key)
        kept.add(when)
    return kept


def kept_by_schedule(
    stamps: Iterable[datetime],
    daily: int = KEEP_DAILY,
    weekly: int = KEEP_WEEKLY,
    monthly: int = KEEP_MONTHLY,
) -> set[datetime]:
    """The backup times the retention schedule keeps."""
    ordered = sorted(set(stamps), reverse=True)
    return (
        _keep_per_period(ordered, lambda d: d.date(), daily)
        | _keep_per_period(ordered, lambda d: d.isocalendar()[:2], weekly)
        | _keep_per_period(ordered, lambda d: (d.year, d.month), monthly)
    )


def prune_folder(folder: Path, **schedule: int) -> list[Path]:
    """Delete the backups the schedule does not keep; returns the deleted files."""
    found = list_folder(folder)
    kept = kept_by_schedule((b.taken_at for b in found), **schedule)
    doomed = [b.path for b in found if b.taken_at not in kept]
    for p in doomed:
        p.unlink(missing_ok=True)
    return doomed


def check_backup(path: Path) -> None:
    """Raise :class:`UserError` unless ``path`` is an intact database of this program."""
    if not path.is_file():
        raise UserError("备份文件 {} 不存在。", path)
    problems = check(path, quick=False)
    if problems:
        raise UserError("备份 {} 已损坏（完整性检查：{}），未恢复。", path.name, problems[0])
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
        finally:
            conn.close()
    except sqlite3.Error as exc:
        raise UserError("{} 不是可用的数据库文件：{}", path.name, exc) from None
    if "alembic_version" not in tables:
        raise UserError("{} 不是本程序的数据库备份，未恢复。", path.name)


def folder_of(paths: DataPaths, configured: str = "") -> Path:
    """The backup folder: the setting, else ``backups/`` in the data directory."""
    chosen = configured.strip()
    return Path(chosen).expanduser() if chosen else paths.backups


def configured_folder_of_damaged(paths: DataPaths) -> Path:
    """The backup folder of a data directory whose database may be damaged.

    The folder setting lives in that database: it is read if the page holding it
    can still be read, else the default folder is used.
    """
    import json

    configured = ""
    try:
        conn = sqlite3.connect(f"file:{paths.database}?mode=ro", uri=True)
        try:
            row = conn.execute("SELECT value FROM setting WHERE key='backup_dir'").fetchone()
        finally:
            conn.close()
        if row:
            configured = str(json.loads(row[0]) or "")
    except (sqlite3.Error, ValueError):
        configured = ""
    return folder_of(paths, configured)


def last_good_backup(folder: Path) -> BackupInfo | None:
    """The newest backup in ``folder`` that passes the integrity check."""
    for b in list_folder(folder):
        try:
            check_backup(b.path)
        except UserError:
            continue
        return b
    return None

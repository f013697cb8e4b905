"""Daily database backups and restoring one of them.

Backups are consistent snapshots taken with SQLite's online backup API
(:func:`inspector.store.backup.backup_sqlite`) into the backup folder from the
settings (default: ``backups/`` in the data directory). One is made per day at
most; the newest :data:`KEEP` are kept.

Restoring first keeps the current database aside (again a snapshot), then puts
the chosen backup in place and reopens the database: the context's engine is
replaced, so anything that held the old one must be rebuilt by the caller.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from inspector.domain.text import N_
from inspector.services.context import AppContext
from inspector.services.errors import UserError
from inspector.services.settings import load_settings
from inspector.store.backup import backup_sqlite, prune
from inspector.store.engine import is_sqlite
from inspector.store.faults import fault_message
from inspector.store.migrate import DatabaseError, open_database

KEEP = 14
PREFIX = "inspector-"
SUFFIX = ".sqlite3"
PATTERN = f"{PREFIX}????????-??????{SUFFIX}"
STAMP = "%Y%m%d-%H%M%S"
ASIDE_PATTERN = "inspector.before-restore-*.sqlite3"
ASIDE_KEEP = 5


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    taken_at: datetime  # local time, from the file name
    size: int

    @property
    def name(self) -> str:
        return self.path.name


def backup_dir(ctx: AppContext) -> Path:
    """The folder backups go to: the setting, else ``backups/`` in the data directory."""
    chosen = ctx.settings.backup_dir.strip()
    return Path(chosen).expanduser() if chosen else ctx.paths.backups


def _require_sqlite(ctx: AppContext) -> None:
    if not is_sqlite(ctx.engine):
        raise UserError("当前数据库不是 SQLite 文件（如 PostgreSQL），请用数据库自身的工具备份。")


def _parse_stamp(path: Path) -> datetime | None:
    try:
        return datetime.strptime(path.name[len(PREFIX) : -len(SUFFIX)], STAMP)
    except ValueError:
        return None


def list_backups(ctx: AppContext) -> list[BackupInfo]:
    """The backups in the backup folder, newest first."""
    folder = backup_dir(ctx)
    if not folder.is_dir():
        return []
    found = []
    for p in folder.glob(PATTERN):
        taken = _parse_stamp(p)
        if taken is not None and p.is_file():
            found.append(BackupInfo(p, taken, p.stat().st_size))
    return sorted(found, key=lambda b: b.taken_at, reverse=True)


def make_backup(ctx: AppContext, now: datetime | None = None, keep: int = KEEP) -> Path:
    """Take a backup now and prune the folder to the newest ``keep``."""
    _require_sqlite(ctx)
    now = now or datetime.now()
    folder = backup_dir(ctx)
    target = folder / f"{PREFIX}{now.strftime(STAMP)}{SUFFIX}"
    try:
        backup_sqlite(ctx.paths.database, target)
    except (OSError, sqlite3.Error) as exc:
        raise UserError(fault_message(exc, N_("备份数据库"), folder)) from None
    prune(folder, PATTERN, keep)
    return target


def daily_backup(ctx: AppContext, now: datetime | None = None) -> Path | None:
    """Back up unless today's backup exists; returns the new file or ``None``."""
    if not is_sqlite(ctx.engine) or not ctx.paths.database.exists():
        return None
    now = now or datetime.now()
    if any(b.taken_at.date() == now.date() for b in list_backups(ctx)):
        return None
    return make_backup(ctx, now)


def check_backup(path: Path) -> None:
    """Raise :class:`UserError` unless ``path`` is an intact database of this program."""
    if not path.is_file():
        raise UserError("备份文件 {} 不存在。", path)
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            ok = conn.execute("PRAGMA integrity_check").fetchone()[0]
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
        finally:
            conn.close()
    except sqlite3.Error as exc:
        raise UserError("{} 不是可用的数据库文件：{}", path.name, exc) from None
    if ok != "ok":
        raise UserError("备份 {} 已损坏（完整性检查：{}），未恢复。", path.name, ok)
    if "alembic_version" not in tables:
        raise UserError("{} 不是本程序的数据库备份，未恢复。", path.name)


def restore_backup(ctx: AppContext, backup: Path, now: datetime | None = None) -> Path:
    """Replace the database with ``backup``; returns where the previous one was kept.

    The context is reopened on the restored database (an older backup is
    migrated as at start-up). On any failure the previous database is put back.
    """
    _require_sqlite(ctx)
    check_backup(backup)
    db = ctx.paths.database
    now = now or datetime.now()
    aside = db.with_name(f"inspector.before-restore-{now.strftime(STAMP)}{SUFFIX}")
    backup_sqlite(db, aside)
    ctx.engine.dispose()
    try:
        for extra in (db.with_name(db.name + "-wal"), db.with_name(db.name + "-shm")):
            extra.unlink(missing_ok=True)
        backup_sqlite(backup, db)
        opened = open_database(db)
    except (OSError, sqlite3.Error, DatabaseError) as exc:
        backup_sqlite(aside, db)
        _reopen(ctx, open_database(db))
        raise UserError("恢复失败，已保留原数据库：{}", exc) from None
    _reopen(ctx, opened)
    prune(db.parent, ASIDE_PATTERN, ASIDE_KEEP)
    return aside


def _reopen(ctx: AppContext, opened) -> None:
    ctx.engine = opened.engine
    ctx.opened = opened
    device_id = ctx.settings.device_id
    ctx.settings = load_settings(opened.engine)
    if not ctx.settings.device_id:  # a backup keeps its device id; never lose ours
        ctx.settings.device_id = device_id
    ctx.reload_catalog()

"""Daily database backups and restoring one of them.

Backups are consistent snapshots taken with SQLite's online backup API
(:func:`inspector.store.backup.backup_sqlite`) into the backup folder from the
settings (default: ``backups/`` in the data directory). One is made per day at
most; the folder keeps the newest backup of each of the last 14 days, 8 weeks
and 12 months (:mod:`inspector.services.core.backup_set`). The database must pass
``PRAGMA integrity_check`` before it is backed up, and the copy must pass
``quick_check`` before it takes its name: a damaged database never produces a
backup, so it can never push a good one out of the set.

Restoring holds the data directory alone (:meth:`DataDirLock.exclusive`: no
other program has it open), first keeps the current database aside (again a
snapshot, or a plain copy of a damaged file), then puts the chosen backup in
place and reopens the database: the context's engine is replaced, so anything
that held the old one must be rebuilt by the caller.
"""

from __future__ import annotations

import shutil
import sqlite3
from datetime import datetime
from pathlib import Path

from inspector.domain.text import N_, Message, message_of
from inspector.services.core.backup_set import (
    KEEP_DAILY,
    KEEP_MONTHLY,
    KEEP_WEEKLY,
    PATTERN,
    PREFIX,
    STAMP,
    SUFFIX,
    BackupInfo,
    check_backup,
    folder_of,
    list_folder,
    prune_folder,
)
from inspector.services.core.context import AppContext
from inspector.services.core.errors import UserError
from inspector.services.core.settings import load_settings
from inspector.store.backup import backup_sqlite, prune
from inspector.store.engine import is_sqlite
from inspector.store.faults import fault_message
from inspector.store.integrity import check
from inspector.store.lock import DataDirBusy, DataDirLock
from inspector.store.migrate import DatabaseError, OpenResult, open_database
from inspector.store.paths import DataPaths, secure_dir, secure_file

KEEP = KEEP_DAILY
ASIDE_PATTERN = "inspector.before-restore-*.sqlite3"
DAMAGED_PATTERN = "inspector.damaged-*.sqlite3"
ASIDE_KEEP = 5
__all__ = [
    "KEEP_MONTHLY",
    "KEEP_WEEKLY",
    "PATTERN",
    "PREFIX",
    "SUFFIX",
    "BackupInfo",
    "check_backup",
]


def backup_dir(ctx: AppContext) -> Path:
    """The folder backups go to: the setting, else ``backups/`` in the data directory."""
    return folder_of(ctx.paths, ctx.settings.backup_dir)


def _require_sqlite(ctx: AppContext) -> None:
    if not is_sqlite(ctx.engine):
        raise UserError("当前数据库不是 SQLite 文件（如 PostgreSQL），请用数据库自身的工具备份。")


def list_backups(ctx: AppContext) -> list[BackupInfo]:
    """The backups in the backup folder, newest first."""
    return list_folder(backup_dir(ctx))


def make_backup(ctx: AppContext, now: datetime | None = None, keep: int = KEEP) -> Path:
    """Check the database, take a backup now and prune the folder (``keep`` daily copies
    plus the weekly and monthly ones). A damaged database is refused, nothing written."""
    _require_sqlite(ctx)
    source = Path(str(ctx.engine.url.database))  # the data directory's file, or --db's
    problems = check(source, quick=False)
    if problems:
        raise UserError(
            "数据库已损坏（完整性检查：{}），没有备份，以免损坏的副本取代完好的备份。",
            problems[0],
        )
    now = now or datetime.now()
    folder = backup_dir(ctx)
    target = folder / f"{PREFIX}{now.strftime(STAMP)}{SUFFIX}"
    try:
        backup_sqlite(source, target, verify=True)
    except (OSError, sqlite3.Error) as exc:
        fault = fault_message(exc, N_("备份数据库"), folder)
        raise UserError(fault or Message("无法写入备份到 {}：{}", folder, exc)) from None
    if folder == ctx.paths.backups:
        secure_dir(folder)
    secure_file(target)
    prune_folder(folder, daily=keep)
    return target


def daily_backup(ctx: AppContext, now: datetime | None = None) -> Path | None:
    """Back up unless today's backup exists; returns the new file or ``None``."""
    if not is_sqlite(ctx.engine) or not ctx.paths.database.exists():
        return None
    now = now or datetime.now()
    if any(b.taken_at.date() == now.date() for b in list_backups(ctx)):
        return None
    return make_backup(ctx, now)


def restore_backup(ctx: AppContext, backup: Path, now: datetime | None = None) -> Path:
    """Replace the database with ``backup``; returns where the previous one was kept.

    Refused while another program has the data directory open. The context is
    reopened on the restored database (an older backup is migrated as at
    start-up). On any failure the previous database is put back.
    """
    _require_sqlite(ctx)
    check_backup(backup)
    lock = ctx.lock or DataDirLock(ctx.paths.root, "restore")
    try:
        with lock.exclusive():
            ctx.engine.dispose()
            try:
                aside, opened = _swap_in(ctx.paths, backup, now, damaged=False)
            except UserError:
                _reopen(ctx, open_database(ctx.paths.database))
                raise
            _reopen(ctx, opened)
    except DataDirBusy as exc:
        raise UserError(message_of(exc)) from None
    return aside


def restore_damaged(paths: DataPaths, backup: Path, lock: DataDirLock, now=None) -> Path:
    """Put ``backup`` in place of a damaged database (nobody else may have the directory
    open); the damaged file is kept as ``inspector.damaged-….sqlite3``. Returns that copy."""
    check_backup(backup)
    try:
        with lock.exclusive():
            aside, opened = _swap_in(paths, backup, now, damaged=True)
            opened.engine.dispose()
    except DataDirBusy as exc:
        raise UserError(message_of(exc)) from None
    return aside


def _swap_in(
    paths: DataPaths, backup: Path, now: datetime | None, *, damaged: bool
) -> tuple[Path, OpenResult]:
    """Keep the current database aside, copy ``backup`` into its place and open it."""
    db = paths.database
    stamp = (now or datetime.now()).strftime(STAMP)
    kind = "damaged" if damaged else "before-restore"
    aside = db.with_name(f"inspector.{kind}-{stamp}{SUFFIX}")
    wal, shm = db.with_name(db.name + "-wal"), db.with_name(db.name + "-shm")
    try:
        if damaged and not db.exists():  # nothing left to keep
            pass
        elif damaged:  # the backup API may stop at a bad page: keep every byte instead
            shutil.copyfile(db, aside)
            if wal.exists():
                shutil.copyfile(wal, aside.with_name(aside.name + "-wal"))
        else:
            backup_sqlite(db, aside)
        secure_file(aside)
    except (OSError, sqlite3.Error) as exc:
        raise UserError("无法另存当前数据库，未恢复：{}", exc) from None
    try:
        for extra in (wal, shm):
            extra.unlink(missing_ok=True)
        backup_sqlite(backup, db)
        secure_file(db)
        opened = open_database(db)
    except (OSError, sqlite3.Error, DatabaseError) as exc:
        if damaged and aside.exists():
            shutil.copyfile(aside, db)
        elif not damaged:
            backup_sqlite(aside, db)
        raise UserError("恢复失败，已保留原数据库：{}", exc) from None
    prune(db.parent, DAMAGED_PATTERN if damaged else ASIDE_PATTERN, ASIDE_KEEP)
    return aside, opened


def _reopen(ctx: AppContext, opened) -> None:
    ctx.engine = opened.engine
    ctx.opened = opened
    device_id = ctx.settings.device_id
    ctx.settings = load_settings(opened.engine)
    if not ctx.settings.device_id:  # a backup keeps its device id; never lose ours
        ctx.settings.device_id = device_id
    ctx.reload_catalog()

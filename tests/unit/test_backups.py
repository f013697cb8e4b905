"""Daily backups with the SQLite backup API, pruning, and restore with the current DB aside."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta

import pytest

from inspector.services.core import backups
from inspector.services.core.errors import UserError
from inspector.services.core.settings import get_value, set_value


def test_daily_backup_once_per_day_keeps_14_days_plus_weekly_copies(ctx):
    start = datetime(2026, 11, 1, 9, 30)
    first = backups.daily_backup(ctx, start)
    assert first is not None and first.parent == ctx.paths.backups
    assert backups.daily_backup(ctx, start + timedelta(hours=5)) is None  # same day
    for day in range(1, 20):
        assert backups.daily_backup(ctx, start + timedelta(days=day)) is not None
    listed = backups.list_backups(ctx)
    # the last 14 days, plus Sunday 1 November as the newest copy of its ISO week
    assert len(listed) == backups.KEEP + 1
    assert listed[0].taken_at.date() == (start + timedelta(days=19)).date()
    assert listed[-2].taken_at.date() == (start + timedelta(days=6)).date()
    assert listed[-1].taken_at.date() == start.date()
    assert all(b.size > 0 for b in listed)


def test_backup_holds_committed_data_from_wal(ctx):
    set_value(ctx.engine, "marker", "before")  # committed, still in the -wal file
    path = backups.make_backup(ctx, datetime(2026, 11, 2, 8, 0))
    conn = sqlite3.connect(path)
    try:
        row = conn.execute("SELECT value FROM setting WHERE key='marker'").fetchone()
        assert row == ('"before"',)
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    finally:
        conn.close()


def test_backup_dir_setting_is_used(ctx, tmp_path):
    ctx.settings.backup_dir = str(tmp_path / "elsewhere")
    path = backups.make_backup(ctx)
    assert path.parent == tmp_path / "elsewhere"
    assert [b.path for b in backups.list_backups(ctx)] == [path]


def test_restore_keeps_current_aside_and_reopens(ctx):
    set_value(ctx.engine, "marker", "old")
    saved = backups.make_backup(ctx, datetime(2026, 11, 3, 8, 0))
    set_value(ctx.engine, "marker", "new")
    aside = backups.restore_backup(ctx, saved)
    assert get_value(ctx.engine, "marker") == "old"  # the context was reopened
    conn = sqlite3.connect(aside)
    try:
        assert conn.execute("SELECT value FROM setting WHERE key='marker'").fetchone() == ('"new"',)
    finally:
        conn.close()
    set_value(ctx.engine, "marker", "after")  # the reopened engine writes
    assert get_value(ctx.engine, "marker") == "after"


def test_restore_refuses_damaged_or_foreign_file(ctx, tmp_path):
    set_value(ctx.engine, "marker", "keep")
    junk = tmp_path / "inspector-20261101-080000.sqlite3"
    junk.write_bytes(b"not a database at all" * 100)
    with pytest.raises(UserError):
        backups.restore_backup(ctx, junk)
    foreign = tmp_path / "foreign.sqlite3"
    conn = sqlite3.connect(foreign)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    with pytest.raises(UserError, match="不是本程序"):
        backups.restore_backup(ctx, foreign)
    assert get_value(ctx.engine, "marker") == "keep"

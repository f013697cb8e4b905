"""A damaged database is found at start, in backups and in ``db info``; never propagated.

Damage is real: pages of a real database file (at ``PRAGMA page_size`` offsets,
inside the file, not only page 1) are overwritten with random bytes.
"""

from __future__ import annotations

import hashlib
import random
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from damage_helpers import damage, fill

from inspector.services.core import backups
from inspector.services.core.backup_set import kept_by_schedule, last_good_backup
from inspector.services.core.context import open_context
from inspector.services.core.errors import DamagedDatabase, UserError
from inspector.services.core.settings import get_value
from inspector.store.integrity import check, recently_checked


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def damaged_dir(data_dir):
    """A data directory with one good backup (marker 'good') and a damaged database."""
    ctx = open_context(data_dir)
    fill(ctx, "good")
    good = backups.make_backup(ctx, datetime(2026, 11, 3, 8, 0))
    fill(ctx, "later")
    ctx.close()
    db = data_dir / "inspector.sqlite3"
    assert not check(db)
    pages = damage(db)
    assert len(pages) == 3 and pages[0] > 2
    assert check(db), "the damage must be visible to quick_check"
    return data_dir, good


def test_start_refuses_a_damaged_database_untouched_and_names_the_backup(damaged_dir):
    data_dir, good = damaged_dir
    db = data_dir / "inspector.sqlite3"
    before = digest(db)
    with pytest.raises(DamagedDatabase) as err:
        open_context(data_dir)
    text = str(err.value)
    assert "已损坏" in text and good.name in text
    assert f'db restore "{good}"' in text
    assert err.value.backup == good
    assert digest(db) == before  # examined, not touched
    with pytest.raises(DamagedDatabase):
        open_context(data_dir, write=False)


def test_cli_db_info_says_damaged_and_how_to_restore_then_restore_works(damaged_dir, cli):
    data_dir, good = damaged_dir
    damaged_bytes = (data_dir / "inspector.sqlite3").read_bytes()
    info = cli("--data-dir", str(data_dir), "db", "info")
    assert info.returncode == 2
    assert "已损坏" in info.stderr and "db restore" in info.stderr
    assert "Traceback" not in info.stderr
    restore = cli("--data-dir", str(data_dir), "db", "restore")  # the last good backup
    assert restore.returncode == 0, restore.stderr
    assert str(good) in restore.stdout
    kept = list(data_dir.glob("inspector.damaged-*.sqlite3"))
    assert len(kept) == 1 and kept[0].read_bytes() == damaged_bytes  # every byte kept aside
    info = cli("--data-dir", str(data_dir), "db", "info")
    assert info.returncode == 0, info.stderr
    assert "完整性检查：通过" in info.stdout
    ctx = open_context(data_dir)
    try:
        assert get_value(ctx.engine, "marker") == "good"
    finally:
        ctx.close()


def test_a_damaged_database_is_never_backed_up(data_dir):
    ctx = open_context(data_dir)
    try:
        fill(ctx, "good")
        good = backups.make_backup(ctx, datetime(2026, 11, 3, 8, 0))
        good_bytes = good.read_bytes()
        fill(ctx, "later")
        ctx.engine.dispose()
        damage(ctx.paths.database)  # damaged while the program runs
        with pytest.raises(UserError, match="已损坏"):
            backups.make_backup(ctx, datetime(2026, 11, 4, 8, 0))
        with pytest.raises(UserError, match="已损坏"):
            backups.daily_backup(ctx, datetime(2026, 11, 5, 8, 0))
        assert [b.path for b in backups.list_backups(ctx)] == [good]
        assert good.read_bytes() == good_bytes
        assert not list(ctx.paths.backups.glob("*.part"))
    finally:
        ctx.close()


def test_a_damaged_backup_is_skipped_when_looking_for_the_last_good_one(data_dir):
    ctx = open_context(data_dir)
    try:
        fill(ctx, "old")
        older = backups.make_backup(ctx, datetime(2026, 11, 3, 8, 0))
        newer = backups.make_backup(ctx, datetime(2026, 11, 4, 8, 0))
    finally:
        ctx.close()
    damage(newer, seed=5)
    found = last_good_backup(data_dir / "backups")
    assert found is not None and found.path == older


def test_a_damaged_first_page_is_damage_too(data_dir):
    ctx = open_context(data_dir)
    ctx.close()
    db = data_dir / "inspector.sqlite3"
    with open(db, "r+b") as fh:
        fh.write(random.Random(3).randbytes(100))  # the header
    with pytest.raises(DamagedDatabase, match="没有找到完好的备份"):
        open_context(data_dir)


def test_retention_keeps_14_daily_8_weekly_12_monthly():
    start = datetime(2025, 1, 1, 9, 0)
    stamps = [start + timedelta(days=i) for i in range(700)]  # one backup a day for 700 days
    kept = sorted(kept_by_schedule(stamps), reverse=True)
    newest = stamps[-1]
    daily = [k for k in kept if (newest - k).days < 14]
    assert len(daily) == 14
    weeks = {k.isocalendar()[:2] for k in kept}
    months = {(k.year, k.month) for k in kept}
    assert len(months) == 12 and len(weeks) >= 8
    assert len(kept) < 14 + 8 + 12  # periods overlap: the newest of a day is also its week's
    assert min(kept) > newest - timedelta(days=370)  # nothing older than a year


def test_a_command_skips_a_recent_check_only_while_the_file_is_unchanged(data_dir):
    ctx = open_context(data_dir)
    fill(ctx, "x")
    ctx.close()
    ctx = open_context(data_dir)  # checked, and noted
    ctx.close()
    db = data_dir / "inspector.sqlite3"
    assert recently_checked(db, 3600)
    assert not recently_checked(db, 0.0)
    damage(db)  # the file changed: the note no longer holds
    assert not recently_checked(db, 3600)
    with pytest.raises(DamagedDatabase):
        open_context(data_dir, check_skip_within=3600)

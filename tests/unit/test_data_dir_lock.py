"""One writer per data directory: real second processes hold the lock or read beside it."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest

from inspector.services.core import backups
from inspector.services.core.context import open_context
from inspector.services.core.errors import UserError
from inspector.services.core.settings import get_value, set_value
from inspector.store import lock as lock_module
from inspector.store.engine import make_engine, sqlite_url
from inspector.store.lock import INFO_FILE, DataDirBusy, DataDirLock
from inspector.store.migrate import upgrade

# a light process: it imports only the lock module, holds it and waits for its stdin to close
HOLD = r"""
import sys
from inspector.store.lock import DataDirLock
lock = DataDirLock(sys.argv[1], sys.argv[2])
getattr(lock, sys.argv[3])()
print("HELD", flush=True)
sys.stdin.read()
lock.release()
"""


class Holder:
    def __init__(self, root: Path, program: str, how: str = "acquire_writer"):
        self.proc = subprocess.Popen(
            [sys.executable, "-c", HOLD, str(root), program, how],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self.proc.stdout.readline().strip() == "HELD"

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.stdin.close()
            self.proc.wait(timeout=30)

    def kill(self) -> None:
        self.proc.send_signal(signal.SIGKILL)
        self.proc.wait(timeout=30)


@pytest.fixture
def holder(data_dir):
    made: list[Holder] = []

    def _start(program: str = "另一个巡查助手", how: str = "acquire_writer") -> Holder:
        h = Holder(data_dir, program, how)
        made.append(h)
        return h

    yield _start
    for h in made:
        h.stop()


def test_second_writer_is_refused_with_a_sentence_naming_the_holder(data_dir, holder):
    h = holder("巡查助手图形界面")
    lock = DataDirLock(data_dir, "测试")
    with pytest.raises(DataDirBusy) as err:
        lock.acquire_writer(wait=0.3)
    text = str(err.value)
    assert f"进程 {h.proc.pid}" in text and "巡查助手图形界面" in text and "自 " in text
    assert err.value.holder is not None and err.value.holder.pid == h.proc.pid
    with pytest.raises(UserError, match=f"进程 {h.proc.pid}"):
        open_context(data_dir)
    h.stop()
    lock.acquire_writer()  # free once the holder has closed
    assert lock.holder() is not None and lock.holder().pid == os.getpid()
    lock.release()
    assert not (data_dir / INFO_FILE).exists()


def test_a_killed_holder_leaves_no_stale_lock(data_dir, holder):
    h = holder()
    assert (data_dir / INFO_FILE).exists()
    h.kill()  # SIGKILL: no clean-up ran, its info file is still there
    assert (data_dir / INFO_FILE).exists()
    lock = DataDirLock(data_dir, "下一个")
    assert lock.holder() is None  # the named process no longer runs
    lock.acquire_writer()
    assert lock.holder().program == "下一个"
    lock.release()


def test_readers_run_beside_a_writer_but_not_beside_a_restore(data_dir, holder, monkeypatch):
    monkeypatch.setattr(lock_module, "READER_WAIT", 0.5)
    ctx = open_context(data_dir)
    try:
        set_value(ctx.engine, "marker", "backed-up")
        saved = backups.make_backup(ctx, datetime(2026, 11, 3, 8, 0))
        set_value(ctx.engine, "marker", "current")
        reader_ctx = open_context(data_dir, write=False)  # beside our own writer
        reader_ctx.close()
        r = holder("inspector db info", how="register_reader")
        with pytest.raises(UserError, match=f"进程 {r.proc.pid}.*正在读取"):
            backups.restore_backup(ctx, saved)
        assert get_value(ctx.engine, "marker") == "current"  # nothing was swapped
        r.stop()
        backups.restore_backup(ctx, saved)
        assert get_value(ctx.engine, "marker") == "backed-up"
    finally:
        ctx.close()


def test_one_process_may_open_its_directory_twice(data_dir):
    first = open_context(data_dir)
    second = open_context(data_dir)
    second.close()
    assert first.lock.is_writer
    assert (data_dir / INFO_FILE).exists()  # still ours: the first one is open
    first.close()
    assert not (data_dir / INFO_FILE).exists()


def test_a_migration_needs_the_directory_alone(data_dir, holder, monkeypatch):
    monkeypatch.setattr(lock_module, "READER_WAIT", 0.5)
    db = data_dir / "inspector.sqlite3"
    engine = make_engine(sqlite_url(db))
    upgrade(engine, "0001_foundation")  # an older database: opening it upgrades it
    engine.dispose()

    def revision() -> str:
        con = sqlite3.connect(db)
        try:
            return con.execute("select version_num from alembic_version").fetchone()[0]
        finally:
            con.close()

    r = holder("inspector db info", how="register_reader")
    with pytest.raises(UserError, match=r"正在读取.*升级数据库"):
        open_context(data_dir)
    r.stop()
    w = holder("巡查助手图形界面")
    with pytest.raises(UserError, match="巡查助手图形界面"):
        open_context(data_dir, write=False)  # a reader cannot upgrade beside a writer
    w.stop()
    assert revision() == "0001_foundation"  # untouched by both refusals
    assert not list(data_dir.glob("*.pre-migration-*"))
    ctx = open_context(data_dir, write=False)  # alone now: the reader upgrades it
    try:
        assert ctx.opened.upgraded_from == "0001_foundation"
    finally:
        ctx.close()
    assert not (data_dir / INFO_FILE).exists()  # and let go of the writer lock it took

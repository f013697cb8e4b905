"""The GUI start: refused beside another writer, offers a restore for a damaged database,
and removes its demo copy when it closes."""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from datetime import datetime
from pathlib import Path

from damage_helpers import damage, fill
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from inspector import app
from inspector.services.core import backups
from inspector.services.core.context import open_context
from inspector.services.core.errors import DamagedDatabase
from inspector.services.core.settings import get_value, set_value
from inspector.services.demo.copies import DEMO_PREFIX, remove_stale_demo_copies
from inspector.ui.shell import application

HOLD = r"""
import sys
from inspector.store.lock import DataDirLock
lock = DataDirLock(sys.argv[1], "巡查助手图形界面")
lock.acquire_writer()
print("HELD", flush=True)
sys.stdin.read()
"""


def _args(data_dir: Path | None, demo: bool = False) -> argparse.Namespace:
    return argparse.Namespace(
        lang="zh_CN", demo=demo, data_dir=str(data_dir) if data_dir else None, db=None
    )


def test_a_second_gui_is_refused_with_a_dialog_naming_the_first(qtbot, data_dir, monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, _title, text: shown.append(text))
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(data_dir)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        assert holder.stdout.readline().strip() == "HELD"
        assert app.start_gui(_args(data_dir)) == 2
    finally:
        holder.stdin.close()
        holder.wait(timeout=30)
    assert len(shown) == 1
    assert f"进程 {holder.pid}" in shown[0] and "巡查助手图形界面" in shown[0]


def test_a_damaged_database_is_offered_its_last_good_backup(qtbot, data_dir):
    ctx = open_context(data_dir)
    fill(ctx, "good")
    good = backups.make_backup(ctx, datetime(2026, 11, 3, 8, 0))
    set_value(ctx.engine, "marker", "later")
    ctx.close()
    damage(data_dir / "inspector.sqlite3")
    try:
        open_context(data_dir)
        raise AssertionError("a damaged database must be refused")
    except DamagedDatabase as exc:
        damaged = exc
    assert damaged.backup == good

    def answer() -> None:
        box = application._offer_box[0]
        assert good.name in box.informativeText()
        restore = next(b for b in box.buttons() if b.text() == "恢复这份备份")
        restore.click()

    QTimer.singleShot(0, answer)
    ctx = application.offer_restore(damaged, lambda: open_context(data_dir), "zh_CN")
    assert ctx is not None
    try:
        assert get_value(ctx.engine, "marker") == "good"
    finally:
        ctx.close()
    assert len(list(data_dir.glob("inspector.damaged-*.sqlite3"))) == 1


def test_quitting_the_offer_leaves_everything_as_it_was(qtbot, data_dir):
    ctx = open_context(data_dir)
    ctx.close()
    db = data_dir / "inspector.sqlite3"
    with open(db, "r+b") as fh:
        fh.write(b"\x00" * 100)
    before = db.read_bytes()
    try:
        open_context(data_dir)
        raise AssertionError("a damaged database must be refused")
    except DamagedDatabase as exc:
        damaged = exc
    assert damaged.backup is None

    def answer() -> None:
        box = application._offer_box[0]
        assert [b.text() for b in box.buttons()] == ["退出"]  # nothing to restore
        box.buttons()[0].click()

    QTimer.singleShot(0, answer)
    assert application.offer_restore(damaged, lambda: open_context(data_dir), "zh_CN") is None
    assert db.read_bytes() == before


def test_the_demo_copy_is_removed_when_the_app_closes(qtbot, monkeypatch, tmp_path):
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    seen: list[Path] = []

    def close_once_open() -> None:  # the window: it ran on a real demo copy, then closed
        window = next(
            (
                w
                for w in QApplication.topLevelWidgets()
                if w.objectName() == "main_window" and w.isVisible() and w.is_attached()
            ),
            None,
        )
        if window is None:
            QTimer.singleShot(20, close_once_open)
            return
        seen.append(window.ctx.paths.root)
        assert (window.ctx.paths.root / "inspector.sqlite3").is_file()
        assert "演示数据" in window.windowTitle()
        window.close()

    stale = tmp_path / f"{DEMO_PREFIX}killed"
    stale.mkdir()
    (stale / "inspector.sqlite3").write_bytes(b"left by a killed demo")
    QTimer.singleShot(0, close_once_open)
    assert app.start_gui(_args(None, demo=True)) == 0
    assert seen and seen[0].name.startswith(DEMO_PREFIX)
    assert not seen[0].exists()
    assert not stale.exists()  # swept at the start
    assert remove_stale_demo_copies(tmp_path) == []


DAMAGED_START = """
import sys
from PySide6.QtCore import QTimer
from inspector.ui.shell import application

app = application.ensure_app()

def answer():
    if not application._offer_box:
        QTimer.singleShot(20, answer)
        return
    box = application._offer_box[0]
    print("OFFER", box.text().replace("\\n", " "), flush=True)
    box.buttons()[0].click()  # 退出

QTimer.singleShot(0, answer)
from inspector.app import main
sys.exit(main(["--lang", "zh_CN", "--data-dir", sys.argv[1]]))
"""


def test_a_damaged_database_is_refused_at_start_before_anything_is_written(data_dir, tmp_path):
    """Through the real start, in a process of its own: the window is up, the worker finds
    the damage, the offer is made; quitting it ends with status 2 and the file exactly as
    it was."""
    ctx = open_context(data_dir)
    ctx.close()
    db = data_dir / "inspector.sqlite3"
    with open(db, "r+b") as fh:
        fh.write(b"\x00" * 100)
    before = db.read_bytes()
    env = dict(
        __import__("os").environ,
        QT_QPA_PLATFORM="offscreen",
        XDG_CONFIG_HOME=str(tmp_path / "config"),
    )
    proc = subprocess.run(
        [sys.executable, "-c", DAMAGED_START, str(data_dir)],
        capture_output=True,
        text=True,
        timeout=180,
        env=env,
    )
    assert proc.returncode == 2, proc.stdout + proc.stderr
    assert "OFFER" in proc.stdout and "已损坏" in proc.stdout, proc.stdout + proc.stderr
    assert "Traceback" not in proc.stderr
    assert db.read_bytes() == before


def test_a_running_demo_copy_is_not_swept(tmp_path):
    busy = tmp_path / f"{DEMO_PREFIX}running"
    busy.mkdir()
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(busy)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        assert holder.stdout.readline().strip() == "HELD"
        assert remove_stale_demo_copies(tmp_path) == []
        assert busy.exists()
    finally:
        holder.stdin.close()
        holder.wait(timeout=30)

"""One writer per data directory, shown with real processes.

Writer A (the application's own services in a separate process) holds the data
directory and records answers, acknowledging each after its commit. Meanwhile
the real CLI tries to restore a backup and to back up (both refused with a
sentence naming A, exit status 2), a second writer process B is refused
before it writes anything, and a read-only command runs beside A. After A
closes, B records its answers. Every acknowledged answer is then in the
database; a restore, now allowed, keeps all of them in the copy it sets aside.
"""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from datetime import datetime

import pytest

from inspector.services.core import backups
from inspector.services.core.context import open_context
from inspector.services.inspection import walk as svc
from inspector.services.register.entries import (
    PointData,
    SchoolData,
    SiteData,
    save_school,
    save_site,
)

pytestmark = pytest.mark.slow

CAFE = "school-internet-cafe"
NOTES = ("IC-02", "IC-03", "IC-06", "IC-07", "IC-08", "IC-11")

WRITER = r"""
import os, sys
from inspector.services.inspection import walk as svc
from inspector.services.core.context import open_context
from inspector.services.core.errors import UserError

data_dir, iid, name = sys.argv[1], sys.argv[2], sys.argv[3]
notes = sys.argv[4].split(",")

def say(line):
    os.write(1, (line + "\n").encode())

try:
    ctx = open_context(data_dir, program=name)
except UserError as exc:
    say("REFUSED " + str(exc))
    sys.exit(2)
say("OPEN")
seq = 0
for command in sys.stdin:
    word, _, count = command.strip().partition(" ")
    if word == "WRITE":
        for _ in range(int(count)):
            seq += 1
            code = notes[seq % len(notes)]
            value = "%s-%d" % (name, seq)
            svc.set_note(ctx, iid, "school-internet-cafe", code, value)
            say("ACK %s %s" % (code, value))
        say("DONE")
    elif word == "CLOSE":
        ctx.close()
        say("CLOSED")
        break
"""


class Writer:
    def __init__(self, data_dir, iid: str, name: str):
        self.name = name
        self.proc = subprocess.Popen(
            [sys.executable, "-c", WRITER, str(data_dir), iid, name, ",".join(NOTES)],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )  # fmt: skip
        self.first = self.proc.stdout.readline().strip()
        self.acked: list[tuple[str, str]] = []

    def write(self, n: int) -> None:
        self.proc.stdin.write(f"WRITE {n}\n")
        self.proc.stdin.flush()
        while (line := self.proc.stdout.readline().strip()) != "DONE":
            assert line.startswith("ACK "), line + self.proc.stderr.read()
            _, code, value = line.split(" ", 2)
            self.acked.append((code, value))

    def close(self) -> None:
        self.proc.stdin.write("CLOSE\n")
        self.proc.stdin.flush()
        assert self.proc.stdout.readline().strip() == "CLOSED"
        self.proc.wait(timeout=60)


def _logged(db) -> set[tuple[str, str]]:
    con = sqlite3.connect(db)
    try:
        rows = con.execute("select field, new_value from audit_log").fetchall()
    finally:
        con.close()
    return {(f.split("/")[1].split(".")[0], json.loads(v)) for f, v in rows if f.endswith(".note")}


def test_one_writer_at_a_time_and_no_acknowledged_answer_is_lost(data_dir, cli):
    ctx = open_context(data_dir)
    save_school(ctx, SchoolData(name="北湖小学", points=[PointData(25.79, 113.04)]))
    site = save_site(ctx, SiteData(name="星光网吧", kind="internet_cafe", lat=25.7912, lon=113.04))
    iid = svc.start_inspection(ctx, site.id, [CAFE]).id
    saved = backups.make_backup(ctx, datetime(2026, 11, 3, 8, 0))  # before any answer
    ctx.close()
    d = str(data_dir)

    a = Writer(data_dir, iid, "writerA")
    assert a.first == "OPEN"
    a.write(20)
    pid = a.proc.pid

    restore = cli("--data-dir", d, "db", "restore", str(saved))
    assert restore.returncode == 2, restore.stdout + restore.stderr
    assert f"进程 {pid}（writerA" in restore.stderr and "Traceback" not in restore.stderr
    backup = cli("--data-dir", d, "db", "backup")
    assert backup.returncode == 2 and f"进程 {pid}" in backup.stderr
    b_refused = Writer(data_dir, iid, "writerB")
    assert b_refused.first.startswith("REFUSED ") and f"进程 {pid}" in b_refused.first
    assert b_refused.proc.wait(timeout=60) == 2
    listing = cli("--data-dir", d, "inspections", "list")  # a reader runs beside the writer
    assert listing.returncode == 0 and "星光网吧" in listing.stdout, listing.stderr

    a.write(20)
    a.close()
    b = Writer(data_dir, iid, "writerB")  # now it may
    assert b.first == "OPEN"
    b.write(20)
    b.close()

    acked = set(a.acked) | set(b.acked)
    assert len(acked) == 60
    assert acked <= _logged(data_dir / "inspector.sqlite3")

    restore = cli("--data-dir", d, "db", "restore", str(saved))  # nobody holds it now
    assert restore.returncode == 0, restore.stderr
    asides = sorted(data_dir.glob("inspector.before-restore-*.sqlite3"))
    assert len(asides) == 1
    assert acked <= _logged(asides[0])  # the restore set every acknowledged answer aside
    assert not _logged(data_dir / "inspector.sqlite3")  # and put the older backup in place
    print(f"writer A: {len(a.acked)} answers; refused: CLI restore, CLI backup, writer B; "
          f"reader ran beside; writer B after A: {len(b.acked)} answers; all {len(acked)} kept")  # fmt: skip


def test_a_running_gui_refuses_a_cli_restore_and_a_second_writer(data_dir, cli, tmp_path):
    """The real GUI (offscreen) holds the directory for as long as it runs."""
    import os
    import time

    ctx = open_context(data_dir)
    saved = backups.make_backup(ctx, datetime(2026, 11, 3, 8, 0))
    ctx.close()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    gui = subprocess.Popen(
        [sys.executable, "-m", "inspector.app", "--data-dir", str(data_dir)],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=tmp_path,
    )  # fmt: skip
    try:
        info = data_dir / "inspector.lock.json"
        deadline = time.monotonic() + 120
        while not (info.exists() and f'"pid": {gui.pid}' in info.read_text("utf-8")):
            assert gui.poll() is None and time.monotonic() < deadline
            time.sleep(0.2)
        restore = cli("--data-dir", str(data_dir), "db", "restore", str(saved))
        assert restore.returncode == 2
        assert f"进程 {gui.pid}（巡查助手图形界面" in restore.stderr
        office = cli("--data-dir", str(data_dir), "office", "init", "--name", "创建办")
        assert office.returncode == 2 and f"进程 {gui.pid}" in office.stderr
        assert not list(data_dir.glob("inspector.before-restore-*"))
    finally:
        gui.kill()
        gui.wait(timeout=30)
    after = cli("--data-dir", str(data_dir), "db", "restore", str(saved))  # killed: lock gone
    assert after.returncode == 0, after.stderr

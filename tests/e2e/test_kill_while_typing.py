"""kill -9 while typing loses at most what was typed since the last pause.

A child process runs the real walk window (offscreen) on a text item and types
into it with timed key events: a key every 40 ms within a word, a pause of
500 ms after each word. It reports every key and every pause on stdout
(unbuffered). The test SIGKILLs it in the middle of the typing, then reads the
database: the stored text must be a prefix of what was typed, and at least as
long as the text at the last pause that had ended before the kill.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import threading
import time

import pytest

from inspector.services.core.context import open_context
from inspector.services.inspection import walk as svc
from inspector.services.inspection.view import load_inspection
from inspector.services.register.entries import SiteData, save_site

pytestmark = pytest.mark.slow

CAFE = "school-internet-cafe"
TEXT = (
    "no minors sign at the entrance is missing the licence hangs behind the counter "
    "two customers were not registered the fire exit is blocked by boxes of drinks "
    "the manager promised to fix everything by friday"
)
KEY_MS, PAUSE_MS = 40, 500
ROUNDS = 3

CHILD = r"""
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtCore import QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

app = QApplication([])
from inspector.services.core.context import open_context
from inspector.ui.inspection.walk_window import WalkWindow

data_dir, iid, text = sys.argv[1], sys.argv[2], sys.argv[3]
key_ms, pause_ms = int(sys.argv[4]), int(sys.argv[5])
ctx = open_context(data_dir)
win = WalkWindow(ctx, iid)
win.show()
win.activateWindow()
index = next(i for i, v in enumerate(win.item_views) if v.item.code == "IC-13")
win.go_to(index)
edit = win.item_views[index].answer.edit

def say(line):
    os.write(1, (line + "\n").encode())

def step(i):
    if i >= len(text):
        say("DONE")
        return
    QTest.keyClicks(edit, text[i])
    say("T %d" % (i + 1))
    if text[i] == " ":
        say("P %d" % (i + 1))  # a pause starts with i + 1 characters typed
        QTimer.singleShot(pause_ms, lambda: step(i + 1))
    else:
        QTimer.singleShot(key_ms, lambda: step(i + 1))

QTimer.singleShot(200, lambda: (say("READY"), step(0)))
app.exec()
"""


def _round(data_dir, iid: str, kill_after: float) -> dict:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    proc = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(data_dir), iid, TEXT, str(KEY_MS), str(PAUSE_MS)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
    )  # fmt: skip
    lines: list[str] = []
    ready = threading.Event()

    def reader() -> None:
        for line in proc.stdout:
            lines.append(line.strip())
            if line.startswith("READY"):
                ready.set()

    thread = threading.Thread(target=reader, daemon=True)
    thread.start()
    assert ready.wait(120), f"the walk window did not start: {proc.stderr.read()}"
    time.sleep(kill_after)
    proc.send_signal(signal.SIGKILL)
    proc.wait(30)
    thread.join(10)
    assert "DONE" not in lines, "typing finished before the kill: kill earlier"
    typed = max(int(x.split()[1]) for x in lines if x.startswith("T "))
    # pauses that had ended (a key came after them) before the kill
    ended = [
        int(x.split()[1])
        for n, x in enumerate(lines)
        if x.startswith("P ") and any(y.startswith("T ") for y in lines[n + 1 :])
    ]
    last_pause = max(ended, default=0)
    ctx = open_context(data_dir)
    try:
        answer = load_inspection(ctx, iid).original((CAFE, "IC-13"))
    finally:
        ctx.close()
    saved = answer.text if answer is not None else ""
    return {"typed": typed, "last_pause": last_pause, "saved": saved}


def test_kill_while_typing_loses_at_most_the_last_pause(data_dir, capsys):
    ctx = open_context(data_dir)
    site = save_site(ctx, SiteData(name="星光网吧", kind="internet_cafe"))
    iids = [svc.start_inspection(ctx, site.id, [CAFE]).id for _ in range(ROUNDS)]
    ctx.close()
    rng = random.Random(20261205)
    results = []
    for iid in iids:
        res = _round(data_dir, iid, rng.uniform(3.0, 7.0))
        results.append(res)
        saved, typed, last_pause = res["saved"], res["typed"], res["last_pause"]
        assert TEXT[:typed].startswith(saved), res  # nothing invented, nothing reordered
        assert len(saved) >= len(TEXT[:last_pause].strip()), res  # up to the last pause
        assert last_pause > 0, res
    with capsys.disabled():
        print("\n| round | characters typed | saved | lost | text at the last pause |")
        print("|---|---|---|---|---|")
        for n, r in enumerate(results, 1):
            lost = r["typed"] - len(r["saved"])
            print(f"| {n} | {r['typed']} | {len(r['saved'])} | {lost} | {r['last_pause']} |")

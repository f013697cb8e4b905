"""Cold start on the demo data against a bare PySide6 window: two moments, and the imports.

Each run is a fresh Python process (offscreen Qt unless --platform is given),
the app (``inspector --data-dir DEMO``) and the baseline (an empty
``QMainWindow`` of the same size) alternating, so that drift hits both alike.
The same probe runs in both, started when the event loop starts:

* **window ready**: the main window is visible and its native window exposed,
  and a key event posted to it has been delivered through the event loop (the
  probe sees it in an event filter). It takes keys from here on.
* **home filled**: the home page's figures are in (``HomePage.is_filled``); for
  the bare window this is the same moment as ready.

Both are wall-clock times from just before the parent spawns the process to the
moment the child reaches them (``time.time()`` on both sides), so interpreter
start and every import count. The children share a bytecode cache of their own
(``PYTHONPYCACHEPREFIX`` in the temporary folder, filled by one warm-up run of
each), as an installed copy has its compiled bytecode, whatever
``PYTHONDONTWRITEBYTECODE`` says in the calling shell. Medians are printed, with
the load average before and after (the machine may be shared):

    startup_window_ready: X s; baseline Y s; ratio R
    startup_home_filled: X s; baseline Y s; ratio R

followed by the ten slowest top-level imports of one more run of the app under
``python -X importtime`` (informative), each marked before or after ready.

Usage: uv run python bench/startup.py [--runs N] [--full] [--platform NAME]
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PROBE = r"""
import sys, time
from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

MARK_KEY = Qt.Key.Key_F35  # bound to nothing

class _Probe(QObject):
    def __init__(self, wants_home):
        super().__init__()
        self.wants_home = wants_home
        self.window = None

    def start(self):
        QTimer.singleShot(0, self.look)

    def look(self):
        for w in QApplication.topLevelWidgets():
            handle = w.windowHandle() if isinstance(w, QMainWindow) else None
            if handle is not None and w.isVisible() and handle.isExposed():
                self.window = w
                w.installEventFilter(self)
                QApplication.postEvent(
                    w, QKeyEvent(QEvent.Type.KeyPress, MARK_KEY, Qt.KeyboardModifier.NoModifier)
                )
                return
        QTimer.singleShot(1, self.look)

    def eventFilter(self, obj, event):
        if obj is self.window and event.type() == QEvent.Type.KeyPress:
            if event.key() == MARK_KEY:
                now = time.time()
                print("READY", repr(now), flush=True)
                print("READY", file=sys.stderr, flush=True)  # splits the importtime lines
                self.window.removeEventFilter(self)
                if self.wants_home:
                    self.home()
                else:
                    print("FILLED", repr(now), flush=True)
                    QApplication.quit()
                return True
        return False

    def home(self):
        page = self.window.findChild(QWidget, "home_page")
        if page is not None and getattr(page, "is_filled", False):
            print("FILLED", repr(time.time()), flush=True)
            QApplication.quit()
            return
        QTimer.singleShot(5, self.home)

_exec = QApplication.exec

def _exec_and_probe(*_self):  # exec() is static in PySide6; app.exec() passes the app
    probe = _Probe(WANTS_HOME)
    probe.start()
    return _exec()

QApplication.exec = _exec_and_probe
"""

APP = (
    "WANTS_HOME = True\n"
    + PROBE
    + """
from inspector.app import main
sys.exit(main(["--data-dir", sys.argv[1]]))
"""
)

BASELINE = (
    "WANTS_HOME = False\n"
    + PROBE
    + """
app = QApplication(sys.argv[:1])
w = QMainWindow()
w.resize(1200, 800)
w.setWindowTitle("baseline")
w.show()
sys.exit(app.exec())
"""
)

IMPORT_LINE = re.compile(r"import time:\s+(\d+) \|\s+(\d+) \| ( *)(\S+)")


def one_run(code: str, args: list[str], env: dict[str, str]) -> tuple[float, float]:
    """(s to window ready, s to home filled), from just before the spawn."""
    start = time.time()
    proc = subprocess.run(
        [sys.executable, "-c", code, *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )
    marks = dict(
        line.split()[:2] for line in proc.stdout.splitlines() if line[:5] in ("READY", "FILLE")
    )
    if proc.returncode != 0 or "READY" not in marks or "FILLED" not in marks:
        raise SystemExit(f"the start did not finish (exit {proc.returncode}):\n{proc.stderr}")
    return float(marks["READY"]) - start, float(marks["FILLED"]) - start


def slowest_imports(demo: Path, env: dict[str, str], count: int = 10) -> list[str]:
    """The slowest top-level imports of one app start, marked before or after ready."""
    proc = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", APP, str(demo)],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )
    found: list[tuple[int, str, str]] = []
    moment = "before ready"
    for line in proc.stderr.splitlines():
        if line.strip() == "READY":
            moment = "after ready"
            continue
        m = IMPORT_LINE.match(line)
        if m and not m.group(3):  # top level: what the app's own code asked for
            found.append((int(m.group(2)), m.group(4), moment))
    found.sort(reverse=True)
    return [f"import {name}: {us / 1000:.0f} ms ({when})" for us, name, when in found[:count]]


def _load() -> str:
    """The 1-minute load average, or "?" where the system does not tell."""
    try:
        return f"{os.getloadavg()[0]:.2f}"
    except (AttributeError, OSError):
        return "?"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--runs", type=int, default=None, help="runs of each (default 3, --full 10)"
    )
    parser.add_argument("--full", action="store_true", help="the issue's size: 10 runs each")
    parser.add_argument(
        "--platform", default="offscreen", help="QT_QPA_PLATFORM (default offscreen)"
    )
    args = parser.parse_args()
    runs = args.runs or (10 if args.full else 3)
    load_before = _load()

    from inspector.services.demo.builder import create_demo

    with tempfile.TemporaryDirectory(prefix="inspector-bench-") as tmp:
        demo = Path(tmp) / "demo"
        t0 = time.perf_counter()
        summary = create_demo(demo)
        print(f"demo built in {time.perf_counter() - t0:.1f} s: {summary}", file=sys.stderr)
        env = dict(os.environ)
        env["QT_QPA_PLATFORM"] = args.platform
        env["XDG_CONFIG_HOME"] = str(Path(tmp) / "config")  # no remembered window state
        env.pop("INSPECTOR_DATA_DIR", None)
        # Compiled bytecode, as every installed copy has it (pip compiles at install, the
        # PyInstaller build and the .deb around it ship it): a cache of its own, filled by
        # the warm-up runs, whatever PYTHONDONTWRITEBYTECODE says in this shell.
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(Path(tmp) / "bytecode")
        one_run(BASELINE, [], env)  # warm the file cache and compile once for both
        one_run(APP, [str(demo)], env)
        ready, filled, base = [], [], []
        for i in range(runs):  # interleaved, so drift hits both alike
            base.append(one_run(BASELINE, [], env)[0])
            r, f = one_run(APP, [str(demo)], env)
            ready.append(r)
            filled.append(f)
            print(f"run {i + 1}: app ready {r:.3f} s, home filled {f:.3f} s; "
                  f"baseline {base[-1]:.3f} s", file=sys.stderr)  # fmt: skip
        imports = slowest_imports(demo, env)
    b = statistics.median(base)
    print(f"runs: {runs} of each; load average {load_before} before, {_load()} after")
    for name, values in (("startup_window_ready", ready), ("startup_home_filled", filled)):
        x = statistics.median(values)
        print(f"{name}: {x:.3f} s; baseline {b:.3f} s; ratio {x / b:.2f}")
    for line in imports:
        print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

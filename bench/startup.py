"""Cold start to the main window shown, on the demo data, against a bare PySide6 window.

Each run is a fresh Python process (offscreen Qt unless --platform is given):
the app runs ``inspector --data-dir DEMO`` and the baseline shows an empty
``QMainWindow``; both report once the event loop has started with the window
visible. The parent measures wall time from launch to that report, so the
interpreter start and every import count; it also notes when the app's splash
screen appeared (the first picture the user sees). Prints the medians:

    startup_splash: X ms; baseline Y ms; ratio R
    startup: X ms; baseline Y ms; ratio R

Usage: uv run python bench/startup.py [--runs N] [--full] [--platform NAME]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPORT = """
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

def _report():
    shown = [w for w in QApplication.topLevelWidgets() if w.isVisible() and w.isWindow()]
    if not shown:
        QTimer.singleShot(1, _report)
        return
    print("SHOWN", flush=True)
    QApplication.quit()

_exec = QApplication.exec

def _exec_and_report(*_self):  # exec() is static in PySide6; app.exec() passes the app
    QTimer.singleShot(0, _report)
    return _exec()

QApplication.exec = _exec_and_report
"""

APP = (
    REPORT
    + """
from inspector.ui.application import Splash  # the app's splash reports when it is up

_splash_show = Splash.show

def _splash_show_and_report(self):
    _splash_show(self)
    print("SPLASH", flush=True)

Splash.show = _splash_show_and_report

import sys
from inspector.app import main
sys.exit(main(["--data-dir", sys.argv[1]]))
"""
)

BASELINE = (
    REPORT
    + """
import sys
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
w = QMainWindow()
w.resize(1200, 800)
w.setWindowTitle("baseline")
w.show()
sys.exit(app.exec())
"""
)


def one_run(code: str, args: list[str], env: dict[str, str]) -> tuple[float, float]:
    """(ms to the first picture on screen, ms to the main window shown)."""
    start = time.perf_counter()
    first = None
    proc = subprocess.Popen(
        [sys.executable, "-c", code, *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert proc.stdout is not None
    for line in proc.stdout:
        if line.startswith("SPLASH") and first is None:
            first = time.perf_counter() - start
        if line.startswith("SHOWN"):
            elapsed = time.perf_counter() - start
            break
    else:
        proc.wait()
        raise SystemExit(
            f"the window was never shown:\n{proc.stderr.read() if proc.stderr else ''}"
        )
    proc.wait(timeout=60)
    return (first if first is not None else elapsed) * 1000, elapsed * 1000


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

    from inspector.services.demo import create_demo

    with tempfile.TemporaryDirectory(prefix="inspector-bench-") as tmp:
        demo = Path(tmp) / "demo"
        t0 = time.perf_counter()
        summary = create_demo(demo)
        print(f"demo built in {time.perf_counter() - t0:.1f} s: {summary}", file=sys.stderr)
        env = dict(os.environ)
        env["QT_QPA_PLATFORM"] = args.platform
        env["XDG_CONFIG_HOME"] = str(Path(tmp) / "config")  # no remembered window state
        env.pop("INSPECTOR_DATA_DIR", None)
        one_run(BASELINE, [], env)  # warm the file cache once for both
        one_run(APP, [str(demo)], env)
        app_ms, splash_ms, base_ms = [], [], []
        for i in range(runs):  # interleaved, so drift hits both alike
            base_ms.append(one_run(BASELINE, [], env)[1])
            first, shown = one_run(APP, [str(demo)], env)
            app_ms.append(shown)
            splash_ms.append(first)
            print(f"run {i + 1}: app {shown:.0f} ms (splash at {first:.0f} ms), "
                  f"baseline {base_ms[-1]:.0f} ms", file=sys.stderr)  # fmt: skip
    app, base = statistics.median(app_ms), statistics.median(base_ms)
    splash = statistics.median(splash_ms)
    print(f"startup_splash: {splash:.0f} ms; baseline {base:.0f} ms; ratio {splash / base:.2f}")
    print(f"startup: {app:.0f} ms; baseline {base:.0f} ms; ratio {app / base:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

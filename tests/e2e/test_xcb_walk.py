"""The app on a real X display: Xvfb at 1366×768 with a 40 px panel, the xcb platform.

Unlike the rest of the suite (offscreen), this runs the program in a subprocess
on Qt's ``xcb`` platform plugin, so a missing system library (libxcb-icccm4,
libxcb-keysyms1, …) or a window placed off the screen fails it. The fixture
starts its own Xvfb (``-displayfd`` picks a free display) and reserves the bottom
40 px as a task bar would, through the root window's ``_NET_WORKAREA``, which
Qt reads as the available geometry; ``xcb_walk_driver.py`` does the inspection
and grabs the screen at every step (PNG files under the test's tmp dir).
"""

from __future__ import annotations

import ctypes
import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

DRIVER = Path(__file__).with_name("xcb_walk_driver.py")
ROOT = Path(__file__).resolve().parents[2]
SCREEN = (1366, 768)
PANEL = 40  # px a task bar takes at the bottom


def reserve_panel(display: str, width: int, height: int) -> None:
    """Set ``_NET_WORKAREA`` on the root window, as a desktop panel does (Xlib via ctypes)."""
    x11 = ctypes.CDLL("libX11.so.6")
    x11.XOpenDisplay.restype = ctypes.c_void_p
    x11.XOpenDisplay.argtypes = [ctypes.c_char_p]
    x11.XDefaultRootWindow.restype = ctypes.c_ulong
    x11.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
    x11.XInternAtom.restype = ctypes.c_ulong
    x11.XInternAtom.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int]
    x11.XChangeProperty.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_ulong,
                                    ctypes.c_ulong, ctypes.c_int, ctypes.c_int,
                                    ctypes.c_void_p, ctypes.c_int]  # fmt: skip
    x11.XSync.argtypes = [ctypes.c_void_p, ctypes.c_int]
    x11.XCloseDisplay.argtypes = [ctypes.c_void_p]
    conn = x11.XOpenDisplay(display.encode())
    assert conn, f"cannot open display {display}"
    try:
        atom = x11.XInternAtom(conn, b"_NET_WORKAREA", 0)
        area = (ctypes.c_long * 4)(0, 0, width, height)
        cardinal, replace = 6, 0  # XA_CARDINAL, PropModeReplace
        x11.XChangeProperty(conn, x11.XDefaultRootWindow(conn), atom, cardinal, 32, replace,
                            ctypes.cast(area, ctypes.c_void_p), 4)  # fmt: skip
        x11.XSync(conn, 0)
    finally:
        x11.XCloseDisplay(conn)


@pytest.fixture
def xvfb() -> Iterator[str]:
    """A private Xvfb at 1366×768×24 whose free area is 1366×728; stopped afterwards."""
    if shutil.which("Xvfb") is None:
        pytest.skip("Xvfb is not installed (Debian: xvfb; .ci/run installs it)")
    read, write = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", f"{SCREEN[0]}x{SCREEN[1]}x24",
         "-nolisten", "tcp", "-noreset"],  # -noreset: keep the root property between clients
        pass_fds=(write,), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )  # fmt: skip
    os.close(write)
    try:
        with os.fdopen(read) as pipe:
            number = pipe.readline().strip()
        assert number, (
            f"Xvfb did not start: {server.stderr.read().decode()[-500:] if server.stderr else ''}"
        )
        display = f":{number}"
        reserve_panel(display, SCREEN[0], SCREEN[1] - PANEL)
        yield display
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()


@pytest.mark.slow
def test_a_whole_inspection_on_a_real_x_display(xvfb, tmp_path):
    shots = tmp_path / "shots"
    env = dict(os.environ, DISPLAY=xvfb, QT_QPA_PLATFORM="xcb")
    env.pop("WAYLAND_DISPLAY", None)
    run = subprocess.run(
        [sys.executable, str(DRIVER), str(tmp_path / "data"), str(shots)],
        capture_output=True, text=True, env=env, cwd=ROOT, timeout=300,
    )  # fmt: skip
    lines = [x for x in run.stdout.splitlines() if x.startswith("{")]
    assert lines, f"the app did not run on xcb (exit {run.returncode}):\n{run.stderr[-3000:]}"
    result = json.loads(lines[-1])
    assert result["platform"] == "xcb"
    assert result["available"] == [0, 0, SCREEN[0], SCREEN[1] - PANEL]  # the panel is respected
    assert result["problems"] == [], "\n".join(result["problems"])
    assert result["status"] == "finished"
    assert len(result["pages"]) >= 10 and result["modals"][0].startswith("SigningDialog")
    assert run.returncode == 0, run.stderr[-3000:]
    taken = sorted(p.name for p in shots.glob("*.png"))
    assert taken == sorted(result["shots"]) and len(taken) >= 15
    assert all((shots / name).stat().st_size > 5000 for name in taken)  # real pictures

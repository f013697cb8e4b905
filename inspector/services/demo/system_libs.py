"""The system libraries Qt's X11 (xcb) platform plugin loads, and which of them are missing.

PySide6's wheels bring Qt itself but not the X11 libraries its ``xcb`` platform
plugin (``libqxcb.so`` and ``libQt6XcbQpa.so.6``) links against. When one is
missing, Qt stops with a message that names the first one it thought of
(``xcb-cursor0``) whatever the real culprit was; ``inspector --self-test``
instead tries each library by its soname and names the Debian/Ubuntu packages
to install, in one sentence.

The list was made with ``ldd`` on the plugin and its Qt libraries (PySide6 6.12)
and ``dpkg -S`` on each library found (Debian 12); README.md's apt-get line and
``.ci/run`` install the same packages. No Qt is imported here.
"""

from __future__ import annotations

import ctypes
import os
import sys
from collections.abc import Callable, Mapping

from inspector.domain.text import N_

# soname -> Debian/Ubuntu package, for what the xcb platform plugin needs beyond libc.
XCB_LIBS: dict[str, str] = {
    "libxcb.so.1": "libxcb1",
    "libX11.so.6": "libx11-6",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libGL.so.1": "libgl1",
    "libEGL.so.1": "libegl1",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libdbus-1.so.3": "libdbus-1-3",
}


def _loads(soname: str) -> bool:
    try:
        ctypes.CDLL(soname)
    except OSError:
        return False
    return True


def uses_xcb(environ: Mapping[str, str] | None = None, platform: str | None = None) -> bool:
    """Whether Qt would start on X11 here: Linux, and no other platform chosen or preferred."""
    env = os.environ if environ is None else environ
    if not (platform or sys.platform).startswith("linux"):
        return False
    chosen = env.get("QT_QPA_PLATFORM", "").split(":")[0].split(";")[0].strip()
    if chosen:
        return chosen == "xcb"
    return env.get("XDG_SESSION_TYPE") != "wayland" or not env.get("WAYLAND_DISPLAY")


def missing_packages(loads: Callable[[str], bool] | None = None) -> list[str]:
    """The packages of the xcb libraries that cannot be loaded (dlopen by soname), in order."""
    load = loads or _loads
    missing: list[str] = []
    for soname, package in XCB_LIBS.items():
        if not load(soname) and package not in missing:
            missing.append(package)
    return missing


def missing_sentence(missing: list[str], say: Callable[..., str] | None = None) -> str:
    """One sentence naming what to install, with the ``apt-get install`` line; ``say``
    fills the zh_CN template in the output's language (default: zh_CN as it is)."""
    template = N_(
        "缺少图形界面（Qt 的 X11/xcb 平台插件）需要的系统库，请安装：sudo apt-get install {}"
    )
    packages = " ".join(missing)
    return say(template, packages) if say else template.format(packages)


def all_packages() -> list[str]:
    """Every package of the list, once each (the README's apt-get line)."""
    return list(dict.fromkeys(XCB_LIBS.values()))

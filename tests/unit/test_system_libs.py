"""The self-test names the missing X11 libraries Qt needs, in one sentence."""

from __future__ import annotations

import re
from pathlib import Path

from inspector.services.demo import self_test, system_libs

ROOT = Path(__file__).resolve().parents[2]


def test_nothing_is_missing_on_this_machine():
    assert system_libs.missing_packages() == []  # .ci/run installs them all


def test_a_missing_library_is_named_with_its_package(monkeypatch, data_dir):
    gone = {"libxcb-icccm.so.4", "libxcb-keysyms.so.1"}
    monkeypatch.setattr(system_libs, "_loads", lambda soname: soname not in gone)
    monkeypatch.setattr(system_libs, "uses_xcb", lambda: True)
    assert system_libs.missing_packages(system_libs._loads) == [
        "libxcb-icccm4",
        "libxcb-keysyms1",
    ]
    for step in ("_open_database", "_load_templates", "_evidence", "_font", "_sign_sample",
                 "_verify_sample"):  # fmt: skip
        monkeypatch.setattr(self_test, step, lambda *_a: "not run here")  # keep the test fast
    ran_gui: list[str] = []
    lines: list[str] = []
    steps = (("界面 GUI", lambda ctx: ran_gui.append("yes") or "ok"),)
    assert self_test.run_self_test(data_dir, out=lines.append, extra_steps=steps) == 1
    (line,) = [x for x in lines if x.startswith("[FAIL] 系统库")]
    assert "sudo apt-get install libxcb-icccm4 libxcb-keysyms1" in line
    assert line.startswith("[FAIL] 系统库: RuntimeError: 缺少图形界面")
    assert ran_gui == []  # Qt would abort the process: the GUI step is not tried
    assert lines[-1].startswith("自检失败") and sum(x.startswith("[FAIL]") for x in lines) == 1


def test_the_check_runs_only_where_qt_would_use_x11():
    linux = "linux"
    assert system_libs.uses_xcb({"DISPLAY": ":0"}, linux)
    assert system_libs.uses_xcb({"QT_QPA_PLATFORM": "xcb"}, linux)
    assert not system_libs.uses_xcb({"QT_QPA_PLATFORM": "offscreen"}, linux)
    assert not system_libs.uses_xcb({"QT_QPA_PLATFORM": "wayland;xcb"}, linux)
    wayland = {"XDG_SESSION_TYPE": "wayland", "WAYLAND_DISPLAY": "wayland-0"}
    assert not system_libs.uses_xcb(wayland, linux)
    assert not system_libs.uses_xcb({}, "win32")


def test_readme_and_ci_install_every_package_of_the_list():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    line = next(x for x in readme.splitlines() if "apt-get install" in x and "libxcb" in x)
    assert set(system_libs.all_packages()) <= set(re.split(r"\s+", line.strip("` ")))
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    missing = [p for p in system_libs.all_packages() if p not in ci]
    assert missing == []


def test_the_missing_sentence_in_english():
    """The same sentence through the command line's English ``say``: no Chinese left."""
    from inspector.cli import language

    language.use_language("en")
    try:
        line = system_libs.missing_sentence(["libxcb-icccm4", "libxcb-keysyms1"], language.say)
    finally:
        language.use_language("zh_CN")
    assert line.startswith("missing system libraries for Qt's X11 (xcb) platform plugin")
    assert line.endswith("sudo apt-get install libxcb-icccm4 libxcb-keysyms1")
    assert line.isascii()

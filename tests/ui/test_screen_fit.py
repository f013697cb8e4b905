"""Windows fit the screen: the helper itself, and every window and dialog at 1366×728."""

from __future__ import annotations

import ast
import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, QSettings, QSize
from PySide6.QtWidgets import QDialog, QMainWindow, QPushButton, QSplitter, QVBoxLayout, QWidget

from inspector.ui.shell import screen_fit

ROOT = Path(__file__).resolve().parents[2]
CASES = Path(__file__).with_name("screen_fit_cases.py")
WINDOW_BASES = {"QDialog", "QMainWindow", "QWizard"}


def _cases():
    spec = importlib.util.spec_from_file_location("screen_fit_cases", CASES)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def window_classes() -> set[str]:
    """Every window or dialog class in inspector/ui that is shown itself: classes deriving
    from a Qt window or dialog class, directly or through a base of ours, leaving out
    the bases (such as the main window's ``ShellWindow``) that only others derive from."""
    bases_of: dict[str, set[str]] = {}
    for path in (ROOT / "inspector" / "ui").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef):
                bases_of[node.name] = {
                    b.id if isinstance(b, ast.Name) else getattr(b, "attr", "") for b in node.bases
                }

    def is_window(name: str, seen: frozenset[str] = frozenset()) -> bool:
        bases = bases_of.get(name, set())
        return bool(bases & WINDOW_BASES) or any(
            is_window(b, seen | {name}) for b in bases if b in bases_of and b not in seen
        )

    used_as_base = set().union(*bases_of.values())
    return {name for name in bases_of if is_window(name) and name not in used_as_base}


def test_every_window_and_dialog_is_registered_for_the_screen_test():
    registered = set(_cases().WINDOWS)
    classes = window_classes()
    assert len(classes) >= 20
    assert classes - registered == set(), "add these to WINDOWS in screen_fit_cases.py"
    assert registered - classes == set()


def test_a_window_too_big_for_the_screen_is_clamped_and_kept_inside(qtbot):
    area = screen_fit.available(QWidget())  # the offscreen screen of this session
    window = QMainWindow()
    qtbot.addWidget(window)
    window.resize(area.width() + 400, area.height() + 300)
    window.move(area.right() - 50, area.bottom() - 50)  # mostly off-screen
    assert screen_fit.fit_to_screen(window)
    assert window.width() <= area.width() and window.height() <= area.height()
    assert area.contains(window.geometry())
    assert not screen_fit.fit_to_screen(window)  # fitted already: nothing to do


def test_every_dialog_is_fitted_when_shown_once_the_filter_is_installed(qtbot, qapp):
    fit = screen_fit.install(qapp)
    try:
        assert screen_fit.install(qapp) is fit  # once per application
        area = screen_fit.available(QWidget())
        dialog = QDialog()
        qtbot.addWidget(dialog)
        QVBoxLayout(dialog).addWidget(QPushButton("确定"))
        dialog.resize(area.width() * 2, area.height() * 2)
        dialog.show()
        qtbot.waitExposed(dialog)
        assert area.contains(dialog.frameGeometry())
    finally:
        screen_fit.uninstall(qapp)


def test_size_and_splitters_are_remembered_per_screen(qtbot, monkeypatch):
    QSettings().clear()
    window = QMainWindow()
    qtbot.addWidget(window)
    split = QSplitter()
    split.addWidget(QWidget())
    split.addWidget(QWidget())
    window.setCentralWidget(split)
    assert not screen_fit.remember_geometry(window, "probe", QSize(500, 400), [split])
    assert window.size() == QSize(500, 400)  # nothing saved yet: the default size
    window.show()
    qtbot.waitExposed(window)
    window.resize(430, 330)
    split.setSizes([100, 300])
    sizes = split.sizes()
    window.close()  # saved on close, under this screen's key
    key = screen_fit.screen_key(window)
    assert isinstance(QSettings().value(f"probe/{key}/geometry"), QByteArray)

    again = QMainWindow()
    qtbot.addWidget(again)
    split2 = QSplitter()
    split2.addWidget(QWidget())
    split2.addWidget(QWidget())
    again.setCentralWidget(split2)
    assert screen_fit.remember_geometry(again, "probe", QSize(500, 400), [split2])
    assert again.size() == QSize(430, 330)
    again.show()
    assert split2.sizes() == sizes

    # Another screen (another name or free area) has nothing saved: the default again.
    monkeypatch.setattr(screen_fit, "screen_key", lambda _w: "HDMI-1_1920x1040+0+0")
    other = QMainWindow()
    qtbot.addWidget(other)
    assert not screen_fit.remember_geometry(other, "probe", QSize(500, 400))
    assert other.size() == QSize(500, 400)
    QSettings().clear()


def test_screen_keys_are_safe_settings_keys():
    key = screen_fit.screen_key(QWidget())
    assert "/" not in key and "\\" not in key and "x" in key


@pytest.mark.slow
def test_every_window_and_dialog_fits_a_1366x768_laptop(tmp_path, demo_master):
    """The whole list in a child pytest whose offscreen screen is 1366×728 (about 30 s);
    the child works on a copy of this session's demo instead of building its own."""
    config = tmp_path / "screen.json"
    screen = {"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 728,
              "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}  # fmt: skip
    config.write_text(json.dumps({"screens": [screen]}), encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}")
    env["INSPECTOR_FIT_SHOTS"] = str(tmp_path / "shots")
    env["INSPECTOR_TEST_DEMO_MASTER"] = str(demo_master)  # tests/conftest.py reads it
    for name in [n for n in env if n.startswith("PYTEST_XDIST")]:
        del env[name]  # the child is a session of its own, in one process ("-n 0")
    run = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-n", "0", "-p", "no:cacheprovider", str(CASES)],
        capture_output=True, text=True, cwd=ROOT, env=env, timeout=600,
    )  # fmt: skip
    assert run.returncode == 0, run.stdout[-6000:] + run.stderr[-2000:]
    cases = _cases()
    assert f"{len(cases.WINDOWS) + len(cases.QT_DIALOGS) + 1} passed" in run.stdout
    shots = sorted(p.name for p in (tmp_path / "shots").iterdir())
    assert "WalkWindow.png" in shots and "MainWindow-00.png" in shots


def test_a_page_splitter_is_kept_per_screen(qtbot):
    QSettings().clear()
    window = QMainWindow()
    qtbot.addWidget(window)
    split = screen_fit.keep_splitter(QSplitter(), "probe_page")
    split.addWidget(QWidget())
    split.addWidget(QWidget())
    window.setCentralWidget(split)
    window.resize(600, 400)
    window.show()
    qtbot.waitExposed(window)
    split.setSizes([150, 440])
    sizes = split.sizes()
    window.hide()  # a page hidden with its window: saved

    again = QMainWindow()
    qtbot.addWidget(again)
    split2 = screen_fit.keep_splitter(QSplitter(), "probe_page")
    split2.addWidget(QWidget())
    split2.addWidget(QWidget())
    again.setCentralWidget(split2)
    again.resize(600, 400)
    again.show()
    qtbot.waitExposed(again)
    assert split2.sizes() == sizes
    QSettings().clear()


@pytest.fixture
def fitted(qapp):
    """The application's event filter, as ``ensure_app`` installs it, for one test."""
    yield screen_fit.install(qapp)
    screen_fit.uninstall(qapp)


def test_the_main_window_reopens_at_the_size_it_was_closed_at(qtbot, ctx, fitted):
    from inspector.ui.shell.main_window import MainWindow

    QSettings().clear()
    area = screen_fit.available(QWidget())
    first = MainWindow(ctx)
    qtbot.addWidget(first)
    assert first.property("_screen_fit_centre")  # nothing remembered: centred when shown
    first.show()
    qtbot.waitExposed(first)
    assert area.contains(first.frameGeometry())  # 1366×800 asked, clamped to this screen
    first.resize(700, 500)
    first.close()

    again = MainWindow(ctx)
    qtbot.addWidget(again)
    assert again.size() == QSize(700, 500)
    QSettings().clear()

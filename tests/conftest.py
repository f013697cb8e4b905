"""Shared fixtures. Qt runs offscreen; every test gets fresh temporary data.

The full demo takes the longest to build of anything a test needs (seconds to tens of
seconds on a busy machine), so it is built once per session (``demo_master``) and each
test that wants it works on its own copy (``demo_copy``); the master itself is never
opened by a test.
"""

from __future__ import annotations

import contextlib
import io
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("INSPECTOR_KEY_PASSPHRASE", "")

import pytest

try:  # pytest-xdist runs the suite on every core (pyproject: -n auto)
    from xdist.scheduler import LoadGroupScheduling
except ImportError:  # pragma: no cover - the dev group installs it
    LoadGroupScheduling = None

ROOT = Path(__file__).resolve().parent.parent
# A demo folder an outer test session already built: a child pytest (the screen-fit run)
# copies it instead of building its own.
DEMO_MASTER_ENV = "INSPECTOR_TEST_DEMO_MASTER"


# Test modules that share something only one process can hold run on the same worker,
# one after the other: the PyInstaller folder (built once, packed again by the .deb test)
# and the private CUPS server (cups-pdf writes every server's jobs into the same ~/PDF,
# each server numbering its jobs from 1). A module joins a group by naming its fixture.
SHARED_BY_FIXTURE = {"pyinstaller_build": "pyinstaller", "run_cups": "cups"}

if LoadGroupScheduling is not None:

    class ModuleOrGroupScheduling(LoadGroupScheduling):
        """xdist's scheduling with whole modules as the unit of work (``--dist loadgroup``).

        A module's own fixtures (module-scoped demo copies, servers) are then built by
        one worker only, and the modules of :data:`SHARED_BY_FIXTURE` form one unit.
        (xdist's own ``xdist_group`` marks no longer reach the scheduler with pytest 9.)
        """

        def _split_scope(self, nodeid: str) -> str:
            module = nodeid.split("::", 1)[0]
            return _shared_group(module) or module

    @pytest.hookimpl(optionalhook=True)
    def pytest_xdist_make_scheduler(config, log):
        """``--dist loadgroup`` (pyproject) means :class:`ModuleOrGroupScheduling` here."""
        if config.getvalue("dist") == "loadgroup":
            return ModuleOrGroupScheduling(config, log)
        return None


_GROUPS: dict[str, str] = {}


def _shared_group(module: str) -> str:
    """The group of :data:`SHARED_BY_FIXTURE` whose fixture ``module`` names, or ''."""
    if module not in _GROUPS:
        path = ROOT / module
        text = path.read_text(encoding="utf-8") if path.is_file() else ""
        found = [group for name, group in SHARED_BY_FIXTURE.items() if name in text]
        _GROUPS[module] = found[0] if found else ""
    return _GROUPS[module]


class _ShownCapture:
    """``capsys`` in an xdist worker, whose own terminal nobody sees: what a test prints
    inside ``with capsys.disabled():`` (a measured table, a size) is kept with its
    report and printed by :func:`pytest_terminal_summary` at the end of the run."""

    def __init__(self, capsys: pytest.CaptureFixture[str], node: pytest.Item):
        self._capsys, self._node = capsys, node

    def __getattr__(self, name: str) -> object:
        return getattr(self._capsys, name)

    @contextlib.contextmanager
    def disabled(self) -> Iterator[None]:
        shown = io.StringIO()
        with contextlib.redirect_stdout(shown):
            yield
        self._node.user_properties.append(("shown", shown.getvalue()))


if os.environ.get("PYTEST_XDIST_WORKER"):

    @pytest.fixture
    def capsys(capsys, request):
        """The usual ``capsys``; ``disabled()`` output is shown at the end (above)."""
        return _ShownCapture(capsys, request.node)


def pytest_terminal_summary(terminalreporter):
    """What the tests printed for people under xdist (see :class:`_ShownCapture`)."""
    shown = [
        (report.nodeid, text)
        for kind in ("passed", "failed")
        for report in terminalreporter.stats.get(kind, [])
        if report.when == "call"
        for key, text in report.user_properties
        if key == "shown"
    ]
    if shown:
        terminalreporter.section("shown by the tests")
        for nodeid, text in shown:
            terminalreporter.write_line(f"{nodeid}:{text}")


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory, monkeypatch):
    """Keep QSettings, platformdirs and the default data dir out of the real home."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_STATE_HOME", str(home / "state"))  # the log folder
    monkeypatch.setenv("INSPECTOR_LOG_DIR", str(home / "log"))
    monkeypatch.delenv("INSPECTOR_DATA_DIR", raising=False)
    yield


@pytest.fixture
def data_dir(tmp_path) -> Path:
    d = tmp_path / "data"
    d.mkdir()
    return d


@pytest.fixture
def ctx(data_dir):
    from inspector.services.core.context import open_context

    context = open_context(data_dir)
    yield context
    context.close()


@pytest.fixture
def cli(tmp_path):
    """Run the ``inspector`` command in a subprocess; returns CompletedProcess."""
    import subprocess

    def _run(*args: str, input: str | None = None, env: dict | None = None, timeout: float = 120):
        full_env = dict(os.environ)
        full_env.update(env or {})
        return subprocess.run(
            [sys.executable, "-m", "inspector.app", *args],
            capture_output=True,
            text=True,
            input=input,
            env=full_env,
            cwd=tmp_path,
            timeout=timeout,
        )

    return _run


@pytest.fixture(scope="session")
def demo_made(tmp_path_factory) -> subprocess.CompletedProcess:
    """``inspector demo create FOLDER`` run once per session, in a process of its own: the
    full demo (every capability's extension) that :func:`demo_master` hands out, and the
    command's own run, which tests/unit/test_demo.py checks."""
    outer = os.environ.get(DEMO_MASTER_ENV)
    if outer and (Path(outer) / "inspector.sqlite3").is_file():
        return subprocess.CompletedProcess(["demo", "create", outer], 0, "", "")
    folder = tmp_path_factory.mktemp("demo-master") / "demo"
    home = folder.parent / "home"  # not the home of the test that first asked for it
    env = dict(os.environ, INSPECTOR_LOG_DIR=str(home / "log"))
    env.update(
        {f"XDG_{kind}_HOME": str(home / kind.lower()) for kind in ("CONFIG", "DATA", "STATE")}
    )
    made = subprocess.run(
        [sys.executable, "-m", "inspector.app", "demo", "create", str(folder)],
        capture_output=True,
        text=True,
        cwd=folder.parent,
        env=env,
        timeout=900,
    )
    assert made.returncode == 0, made.stdout + made.stderr
    return made


@pytest.fixture(scope="session")
def demo_master(demo_made) -> Path:
    """The full demo, built once per session (:func:`demo_made`): copy it, never open it.

    A child pytest given ``INSPECTOR_TEST_DEMO_MASTER`` (the screen-fit run) uses the
    outer session's instead of building its own.
    """
    return Path(demo_made.args[-1])


@pytest.fixture
def demo_copy(demo_master):
    """``demo_copy(folder)``: a private copy of the session's demo at ``folder``."""

    def _copy(folder: Path) -> Path:
        return Path(shutil.copytree(demo_master, folder))

    return _copy


@pytest.fixture
def demo_dir(demo_copy, tmp_path) -> Path:
    """A private copy of the session's full demo, at ``tmp_path / "demo"``."""
    return demo_copy(tmp_path / "demo")


@pytest.fixture
def fresh_qsettings():
    """Qt reads the config location once per process: empty settings before and after."""
    from PySide6.QtCore import QSettings

    QSettings().clear()
    yield
    QSettings().clear()

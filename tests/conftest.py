"""Shared fixtures. Qt runs offscreen; every test gets fresh temporary data."""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("INSPECTOR_KEY_PASSPHRASE", "")

import pytest

ROOT = Path(__file__).resolve().parent.parent


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

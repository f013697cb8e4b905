"""The PyInstaller folder, built once per test session for every installer test that needs it."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@dataclass
class Build:
    folder: Path  # .../dist/inspector
    seconds: float


@pytest.fixture(scope="session")
def pyinstaller_build(tmp_path_factory) -> Build:
    """``packaging/build.sh`` into a temporary folder (about a minute on two cores)."""
    if shutil.which("uv") is None:
        pytest.skip("uv is not installed: cannot fetch the packaging dependency group")
    if sys.platform.startswith("linux") and shutil.which("objdump") is None:
        pytest.skip("PyInstaller needs objdump: install binutils (.ci/run does)")
    if sys.platform.startswith("win"):
        pytest.skip("packaging/build.sh is a bash script; build on Windows from Git Bash")
    probe = subprocess.run(
        ["uv", "run", "--group", "packaging", "pyinstaller", "--version"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    if probe.returncode != 0:
        pytest.skip(f"PyInstaller cannot be installed here: {probe.stderr.strip()[-300:]}")
    base = tmp_path_factory.mktemp("pyinstaller")
    env = dict(os.environ)
    env.update(DIST=str(base / "dist"), WORK=str(base / "work"), SKIP_SELF_TEST="1")
    started = time.perf_counter()
    build = subprocess.run(
        ["bash", "packaging/build.sh"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=1200,
    )
    assert build.returncode == 0, build.stdout[-3000:] + build.stderr[-3000:]
    return Build(base / "dist" / "inspector", time.perf_counter() - started)

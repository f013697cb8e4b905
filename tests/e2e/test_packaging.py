"""The PyInstaller one-folder build: it builds, stays lean, and its executable passes --self-test.

Runs packaging/build.sh (``uv run --group packaging pyinstaller packaging/inspector.spec``)
into a temporary folder; about a minute on two cores.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
MAX_MB = 400  # the build is ~260 MB with Qt, ICU and Python; WebEngine alone would add ~200


def _folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


@pytest.mark.slow
def test_pyinstaller_build_passes_self_test(tmp_path, capsys):
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

    env = dict(os.environ)
    env.update(DIST=str(tmp_path / "dist"), WORK=str(tmp_path / "work"), SKIP_SELF_TEST="1")
    started = time.perf_counter()
    build = subprocess.run(
        ["bash", "packaging/build.sh"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=1200,
    )
    build_s = time.perf_counter() - started
    assert build.returncode == 0, build.stdout[-3000:] + build.stderr[-3000:]
    app = tmp_path / "dist" / "inspector"
    exe = app / "inspector"
    assert exe.is_file() and os.access(exe, os.X_OK)

    internal = app / "_internal"
    names = {p.name for p in internal.rglob("*")}
    assert not any("WebEngine" in n for n in names), "QtWebEngine must not be bundled"
    assert not any(n.startswith(("PyQt5", "PyQt6", "PySide2")) for n in names)
    assert (internal / "inspector/store/migrations/script.py.mako").is_file()
    versions = internal / "inspector/store/migrations/versions"
    shipped = {p.name for p in (ROOT / "inspector/store/migrations/versions").glob("*.py")}
    assert shipped and shipped <= {p.name for p in versions.glob("*.py")}
    assert list((internal / "qtawesome" / "fonts").glob("*.ttf"))
    assert list((internal / "resources" / "templates").glob("*.yaml"))
    assert (internal / "resources" / "icons" / "inspector.png").is_file()
    for qm in (ROOT / "resources" / "i18n").glob("*.qm"):
        assert (internal / "resources" / "i18n" / qm.name).is_file()

    run_env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    data = tmp_path / "data"
    proc = subprocess.run(
        [str(exe), "--data-dir", str(data), "--self-test"],
        capture_output=True,
        text=True,
        env=run_env,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "自检通过" in proc.stdout
    assert "[FAIL]" not in proc.stdout
    assert (data / "inspector.sqlite3").is_file()

    size_mb = _folder_size(app) / 1024 / 1024
    with capsys.disabled():
        print(f"\nbuilt folder: {size_mb:.0f} MB, build {build_s:.0f} s")
    assert size_mb < MAX_MB, f"built folder is {size_mb:.0f} MB"

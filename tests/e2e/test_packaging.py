"""The PyInstaller one-folder build: it builds, stays lean, and its executable passes --self-test.

The folder is built once per session by the ``pyinstaller_build`` fixture (tests/e2e/conftest.py,
``packaging/build.sh`` into a temporary folder; about a minute on two cores); the .deb test
packs the same folder.
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
MAX_MB = 400  # the build is ~260 MB with Qt, ICU and Python; WebEngine alone would add ~200


def _folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


@pytest.mark.slow
def test_pyinstaller_build_passes_self_test(pyinstaller_build, tmp_path, capsys):
    build_s = pyinstaller_build.seconds
    app = pyinstaller_build.folder
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
    notices = (internal / "THIRD-PARTY-NOTICES.txt").read_text(encoding="utf-8")
    assert "certifi" in notices and "MPL-2.0" in notices and (internal / "LICENSE").is_file()
    assert not any(n.startswith("psycopg") for n in names)  # the postgres extra stays out

    run_env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    data = tmp_path / "data"
    proc = subprocess.run(
        [str(exe), "--lang", "zh_CN", "--data-dir", str(data), "--self-test"],  # LANG aside
        capture_output=True,
        text=True,
        env=run_env,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "自检通过" in proc.stdout
    assert "[FAIL]" not in proc.stdout
    assert (data / "inspector.sqlite3").is_file()
    # the frozen app knows its version without package metadata (inspector/_version.py)
    from inspector import __version__

    version = subprocess.run(
        [str(exe), "--version"], capture_output=True, text=True, env=run_env, timeout=60
    )
    assert version.returncode == 0, version.stderr
    assert version.stdout.strip() == f"inspector {__version__}"

    size_mb = _folder_size(app) / 1024 / 1024
    with capsys.disabled():
        print(f"\nbuilt folder: {size_mb:.0f} MB, build {build_s:.0f} s")
    assert size_mb < MAX_MB, f"built folder is {size_mb:.0f} MB"

"""The wheel works installed: ``uv build``, a fresh venv, ``inspector --self-test`` passes.

The resources (templates, policy, translations, icons) must travel inside the
wheel (force-included as ``inspector/_resources``); the dependencies come from
uv's cache when it has them.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _run(args: list[str], **kw) -> subprocess.CompletedProcess:
    return subprocess.run(args, capture_output=True, text=True, **kw)


@pytest.mark.slow
def test_built_wheel_installs_and_passes_self_test(tmp_path):
    uv = shutil.which("uv")
    if uv is None:
        pytest.skip("uv is not installed")
    dist = tmp_path / "dist"
    built = _run([uv, "build", "--wheel", "-o", str(dist)], cwd=ROOT, timeout=600)
    assert built.returncode == 0, built.stderr[-3000:]
    (wheel,) = dist.glob("inspector-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "inspector/_resources/policy/lists.yaml" in names
    assert "inspector/_resources/i18n/inspector_en.qm" in names
    assert any(n.endswith(".dist-info/licenses/LICENSE") for n in names)
    assert not any(n.startswith("resources/") for n in names)

    venv = tmp_path / "venv"
    assert _run([uv, "venv", "-q", str(venv)], timeout=120).returncode == 0
    python = venv / "bin" / "python"
    install = _run([uv, "pip", "install", "-q", "--python", str(python), str(wheel)], timeout=900)
    assert install.returncode == 0, install.stderr[-3000:]
    freeze = _run([uv, "pip", "freeze", "--python", str(python)], timeout=120).stdout.lower()
    assert "pyside6-essentials" in freeze and "pyside6-pdf" in freeze
    assert "pyside6-addons" not in freeze and "psycopg" not in freeze  # postgres is an extra

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("PYTHONPATH", None)
    proc = _run(
        # --lang: the lines' language would otherwise follow the machine's LANG
        [
            str(venv / "bin" / "inspector"),
            "--lang",
            "zh_CN",
            "--data-dir",
            str(tmp_path / "data"),
            "--self-test",
        ],
        cwd=tmp_path,  # not the source tree: resources must come from the wheel
        env=env,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "[FAIL]" not in proc.stdout and "自检通过" in proc.stdout
    where = _run(
        [
            str(python),
            "-c",
            "from inspector.resources import resources_dir; print(resources_dir())",
        ],
        cwd=tmp_path,
        env=env,
        timeout=60,
    )
    assert where.stdout.strip().endswith("inspector/_resources"), where.stdout + where.stderr
    # the version the code reads (inspector/_version.py) is the wheel's own
    version = _run([str(venv / "bin" / "inspector"), "--version"], cwd=tmp_path, env=env)
    wheel_version = wheel.name.split("-")[1]
    assert version.returncode == 0, version.stderr
    assert version.stdout.strip() == f"inspector {wheel_version}"
    assert wheel_version[0].isdigit()

"""The .deb around the PyInstaller folder: lintian and desktop-file-validate clean, and on
this machine ``dpkg -i`` gives a working ``inspector --self-test`` and ``dpkg -r`` leaves
no file behind. Packs the folder the ``pyinstaller_build`` fixture built for test_packaging.
"""

from __future__ import annotations

import importlib.util
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _load_build_deb():
    spec = importlib.util.spec_from_file_location("build_deb", ROOT / "packaging" / "build_deb.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _run(args: list[str], **kw) -> subprocess.CompletedProcess:
    return subprocess.run(args, capture_output=True, text=True, **kw)


def _missing_tools() -> list[str]:
    tools = ("dpkg-deb", "dpkg", "lintian", "desktop-file-validate", "appstreamcli", "objdump")
    return [t for t in tools if shutil.which(t) is None]


@pytest.mark.slow
def test_deb_is_clean_installs_self_tests_and_removes(pyinstaller_build, tmp_path, capsys):
    if not sys.platform.startswith("linux") or _missing_tools():
        pytest.skip(f"needs Debian tools: {_missing_tools()} (.ci/run installs them)")
    build_deb = _load_build_deb()
    deb = build_deb.build(pyinstaller_build.folder, tmp_path / "out")
    floor, who = build_deb.glibc_floor(pyinstaller_build.folder)
    assert re.fullmatch(r"2\.\d+", floor), floor

    listing = _run(["dpkg-deb", "--contents", str(deb)]).stdout
    for path in (
        "./opt/inspector/inspector",
        "./usr/bin/inspector",
        "./usr/share/applications/inspector.desktop",
        "./usr/share/icons/hicolor/256x256/apps/inspector.png",
        "./usr/share/icons/hicolor/scalable/apps/inspector.svg",
        "./usr/share/metainfo/cn.civilizedcity.inspector.metainfo.xml",
        "./usr/share/doc/inspector/copyright",
    ):
        assert path in listing, path
    control = _run(["dpkg-deb", "--field", str(deb), "Version", "Depends"]).stdout
    assert f"libc6 (>= {floor})" in control

    lintian = _run(["lintian", "--tag-display-limit", "0", str(deb)], timeout=900)
    errors = [line for line in lintian.stdout.splitlines() if line.startswith("E:")]
    assert not errors, lintian.stdout[-4000:]

    unpacked = tmp_path / "unpacked"
    assert _run(["dpkg-deb", "-x", str(deb), str(unpacked)]).returncode == 0
    desktop = _run(
        ["desktop-file-validate", str(unpacked / "usr/share/applications/inspector.desktop")]
    )
    assert desktop.returncode == 0 and not desktop.stdout.strip(), desktop.stdout
    meta = _run(
        ["appstreamcli", "validate", "--no-net", "--pedantic",
         str(unpacked / "usr/share/metainfo/cn.civilizedcity.inspector.metainfo.xml")]
    )  # fmt: skip
    assert meta.returncode == 0, meta.stdout + meta.stderr

    with capsys.disabled():
        print(f"\n.deb: {deb.name}, {deb.stat().st_size // 2**20} MB; glibc floor {floor} ({who})")
        print("lintian:", lintian.stdout.strip() or "(no tags)")
    if os.geteuid() != 0:
        pytest.skip("dpkg -i needs root (CI runs as root)")
    if _run(["dpkg", "-s", "inspector"]).returncode == 0:
        pytest.skip("an inspector package is already installed on this machine")

    installed = _run(["dpkg", "-i", str(deb)], timeout=600)
    try:
        assert installed.returncode == 0, installed.stdout + installed.stderr
        files = [
            Path(p)
            for p in _run(["dpkg", "-L", "inspector"]).stdout.splitlines()
            if p.strip() and Path(p).is_file()
        ]
        assert Path("/usr/bin/inspector") in files
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
        proc = _run(
            ["inspector", "--lang", "zh_CN", "--data-dir", str(tmp_path / "data"), "--self-test"],
            env=env,
            cwd=tmp_path,
            timeout=300,
        )
        assert proc.returncode == 0, proc.stdout + proc.stderr
        assert "自检通过" in proc.stdout
    finally:
        removed = _run(["dpkg", "-r", "inspector"], timeout=600)
    assert removed.returncode == 0, removed.stdout + removed.stderr
    left = [p for p in files if p.exists()]
    assert not left, left[:10]
    with capsys.disabled():  # what an officer sees, for the packaging notes
        print("$ dpkg -i", deb.name, "\n" + installed.stdout.strip())
        print("$ inspector --self-test\n" + proc.stdout.strip())
        print("$ dpkg -r inspector\n" + removed.stdout.strip())
        print(f"left behind: {len(left)} of {len(files)} installed files")
    assert not Path("/opt/inspector").exists()
    assert not Path("/usr/bin/inspector").exists()

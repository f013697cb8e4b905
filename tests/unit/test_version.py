"""The version is written once (inspector/_version.py) and read without the metadata."""

from __future__ import annotations

import subprocess
import sys
from importlib import metadata

import pytest

import inspector
from inspector.app import main


def test_the_installed_metadata_carries_the_version_the_code_reads():
    assert inspector.__version__ == metadata.version("inspector")
    assert inspector.__version__[0].isdigit()


def test_version_option_prints_it(capsys):
    with pytest.raises(SystemExit) as ended:
        main(["--version"])
    assert ended.value.code == 0
    assert capsys.readouterr().out.strip() == f"inspector {inspector.__version__}"


def test_the_start_does_not_read_the_package_metadata():
    """``import inspector.app`` (what the launcher runs first) loads no importlib.metadata."""
    code = "import sys, inspector.app; print('importlib.metadata' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_python_dash_m_inspector_is_the_inspector_command():
    """``python -m inspector`` runs the same entry point as the installed command."""
    import subprocess
    import sys

    from inspector import __version__

    out = subprocess.run(
        [sys.executable, "-m", "inspector", "--version"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert out.returncode == 0, out.stderr
    assert __version__ in out.stdout

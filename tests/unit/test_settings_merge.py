"""Settings are not last-writer-wins: a save writes only the keys it changed."""

from __future__ import annotations

import subprocess
import sys

from inspector.services.core.context import open_context
from inspector.services.core.settings import load_settings, save_settings

# A GUI-style process: loads its settings at start, later saves one key it changed.
GUI_STYLE = r"""
import sys
from inspector.services.core.context import open_context
ctx = open_context(sys.argv[1], sys.argv[2])
print("LOADED", ctx.settings.office_mode, flush=True)
sys.stdin.readline()
ctx.settings.language = "en"
ctx.save_settings()
print("SAVED", ctx.settings.office_mode, ctx.settings.office_name, flush=True)
ctx.close()
"""


def test_two_objects_in_one_process_keep_each_others_keys(ctx):
    earlier = load_settings(ctx.engine)  # e.g. a dialog opened before the change
    ctx.settings.office_mode = True
    ctx.settings.office_name = "东风街道创建办"
    ctx.save_settings()
    earlier.language = "en"
    save_settings(ctx.engine, earlier)
    stored = load_settings(ctx.engine)
    assert stored.language == "en"
    assert stored.office_mode is True and stored.office_name == "东风街道创建办"
    assert earlier.office_mode is True  # the saving object now sees the other change


def test_cli_office_init_survives_a_save_from_a_gui_loaded_before_it(tmp_path, cli):
    """Two data directories on one shared database (as with an office database): the
    directory lock does not order them, the settings save must."""
    shared = tmp_path / "shared.sqlite3"
    url = f"sqlite:///{shared}"
    first = open_context(tmp_path / "gui-dir", url)
    first.close()
    gui = subprocess.Popen(
        [sys.executable, "-c", GUI_STYLE, str(tmp_path / "gui-dir"), url],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        assert gui.stdout.readline().split() == ["LOADED", "False"]
        init = cli(
            "--data-dir", str(tmp_path / "cli-dir"), "--db", url, "office", "init", "--name", "东风街道创建办"
        )  # fmt: skip
        assert init.returncode == 0, init.stderr
        gui.stdin.write("save\n")
        gui.stdin.flush()
        assert gui.stdout.readline().split() == ["SAVED", "True", "东风街道创建办"]
        assert gui.wait(timeout=60) == 0, gui.stderr.read()
    finally:
        if gui.poll() is None:
            gui.kill()
    check = open_context(tmp_path / "gui-dir", url)
    try:
        assert check.settings.language == "en"  # the GUI's key
        assert check.settings.office_mode is True  # the CLI's keys
        assert check.settings.office_name == "东风街道创建办"
    finally:
        check.close()

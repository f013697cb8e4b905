"""The log files in real processes: the entry point writes its log, an uncaught exception
is logged without personal data, and a native crash leaves its trace in ``faults.log``.

Each case starts a fresh Python (``sys.executable``, the project's venv) with
``INSPECTOR_LOG_DIR`` pointing at a temporary folder, as an office laptop would
run it, and reads the files back.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

ID_NUMBER = "11010519491231002X"


def _run(code: str, log_dir: Path) -> subprocess.CompletedProcess:
    env = dict(os.environ, INSPECTOR_LOG_DIR=str(log_dir), QT_QPA_PLATFORM="offscreen")
    env.pop("PYTHONFAULTHANDLER", None)  # the product turns it on, not the environment
    return subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120
    )


def test_the_entry_point_writes_the_log_in_the_log_folder(tmp_path):
    data = tmp_path / "data"
    code = f"import sys; from inspector.app import main; sys.exit(main(['--data-dir', {str(data)!r}, 'db', 'info']))"
    proc = _run(code, tmp_path / "log")
    assert proc.returncode == 0, proc.stderr
    text = (tmp_path / "log" / "inspector.log").read_text(encoding="utf-8")
    assert "Inspector" in text and "started" in text
    assert (tmp_path / "log" / "faults.log").exists()


def test_an_uncaught_exception_is_logged_with_its_traceback_and_no_id_number(tmp_path):
    code = (
        "from inspector.logs import setup_logging\n"
        "setup_logging()\n"
        "def load():\n"
        f"    raise ValueError('没有找到身份证号 {ID_NUMBER} 的当事人')\n"
        "load()\n"
    )
    proc = _run(code, tmp_path / "log")
    assert proc.returncode == 1
    text = (tmp_path / "log" / "inspector.log").read_text(encoding="utf-8")
    assert "Traceback (most recent call last)" in text and "in load" in text
    assert "ValueError" in text and "[身份证号]" in text
    assert ID_NUMBER not in text


def test_a_native_crash_leaves_its_trace_in_faults_log(tmp_path):
    code = (
        "from inspector.logs import setup_logging\n"
        "setup_logging()\n"
        "import ctypes\n"
        "ctypes.string_at(0)\n"  # reads address 0: a segmentation fault in native code
    )
    proc = _run(code, tmp_path / "log")
    assert proc.returncode == -signal.SIGSEGV
    faults = (tmp_path / "log" / "faults.log").read_text(encoding="utf-8")
    assert "Segmentation fault" in faults
    assert 'File "<string>", line 4' in faults  # where it happened, for support


def test_a_database_error_is_logged_without_the_row_it_was_writing(tmp_path):
    # SQLAlchemy's message repeats the statement's parameters: here a name and an address.
    code = (
        "from inspector.logs import setup_logging\n"
        "setup_logging()\n"
        "import sqlalchemy as sa\n"
        f"engine = sa.create_engine('sqlite:///{tmp_path / 'x.sqlite3'}')\n"
        "with engine.begin() as c:\n"
        "    c.execute(sa.text('create table site (id integer primary key, who text, addr text)'))\n"
        "    row = {'id': 1, 'who': '王伟', 'addr': '北湖路1号'}\n"
        "    c.execute(sa.text('insert into site values (:id, :who, :addr)'), row)\n"
        "    c.execute(sa.text('insert into site values (:id, :who, :addr)'), row)\n"
    )
    proc = _run(code, tmp_path / "log")
    assert proc.returncode == 1 and "王伟" in proc.stderr  # the row really was in the message
    text = (tmp_path / "log" / "inspector.log").read_text(encoding="utf-8")
    assert "IntegrityError" in text and "UNIQUE constraint failed" in text
    assert "insert into site" in text  # the statement stays: it says what was being done
    assert "王伟" not in text and "北湖路1号" not in text

"""The log file is opened after the window: what is logged before waits for it, in order."""

from __future__ import annotations

import logging
import sys
import threading

import pytest

from inspector import logs

ID_NUMBER = "11010519491231002X"


@pytest.fixture
def fresh_logging(monkeypatch):
    """No log file and nothing held; the hooks and the handlers restored afterwards."""
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    logger = logging.getLogger(logs.LOGGER)
    before = list(logger.handlers)
    monkeypatch.setitem(logs._state, "path", None)
    monkeypatch.setitem(logs._state, "held", None)
    yield logger
    for h in [h for h in logger.handlers if h not in before]:
        logger.removeHandler(h)
        h.close()


def test_records_before_the_file_is_open_are_written_first_and_masked(fresh_logging, tmp_path):
    logs.hold_logging()
    assert getattr(sys.excepthook, "inspector_hook", False)  # the hooks at once
    logging.getLogger("inspector.qt").warning("before the file, 身份证 %s", ID_NUMBER)
    assert not (tmp_path / "log").exists()
    path = logs.setup_logging(folder=tmp_path / "log")
    logging.getLogger("inspector.test").info("after the file")
    assert path is not None
    lines = path.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 3, lines
    assert "Inspector" in lines[0] and "started" in lines[0]
    assert "before the file" in lines[1] and ID_NUMBER not in lines[1]
    assert "[身份证号]" in lines[1]
    assert "after the file" in lines[2]
    assert not any(isinstance(h, logs._Held) for h in fresh_logging.handlers)


def test_a_thread_logging_while_the_file_opens_loses_nothing(fresh_logging, tmp_path):
    logs.hold_logging()
    log = logging.getLogger("inspector.worker")
    go = threading.Event()

    def write() -> None:
        go.set()
        for i in range(2000):
            log.info("line %d", i)

    thread = threading.Thread(target=write)
    thread.start()
    go.wait()
    path = logs.setup_logging(folder=tmp_path / "log")
    thread.join()
    assert path is not None
    text = path.read_text(encoding="utf-8")
    written = [int(line.rsplit(" ", 1)[1]) for line in text.splitlines() if " line " in line]
    assert sorted(written) == list(range(2000))  # each one, once


def test_no_folder_for_the_log_drops_what_was_held(fresh_logging, tmp_path):
    logs.hold_logging()
    logging.getLogger("inspector.test").warning("held")
    blocker = tmp_path / "file"
    blocker.write_text("")
    assert logs.setup_logging(folder=blocker / "log") is None  # a file where the folder goes
    assert not any(isinstance(h, logs._Held) for h in fresh_logging.handlers)

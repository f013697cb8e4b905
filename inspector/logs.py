"""The log file and the crash hooks: what went wrong is written down, without personal data.

:func:`setup_logging` (called by ``inspector.app.main`` for a command, by the GUI's
start in its worker thread once the window is up) sends the ``inspector`` loggers
to a rotating file in the per-user log folder (platformdirs; ``INSPECTOR_LOG_DIR``
overrides it). :func:`hold_logging`, called first thing, installs the hooks below
at once and keeps every record in memory until the file is open, which then gets
them in order: a start that fails before the file is open still writes it. Both install

* ``sys.excepthook`` and ``threading.excepthook``: an uncaught exception is
  logged with its traceback, then handed on (to the previous hook, and to the
  reporter the GUI registers with :func:`set_crash_reporter`, which shows the
  crash dialog);
* ``faulthandler`` into ``faults.log`` beside the log, for crashes Python
  cannot catch (a segmentation fault in a native library).

Qt's own messages are routed here by the UI (``inspector.ui.shell.crash_dialog``).

:class:`PersonalDataFilter` masks what must not reach a log file that may be
sent to support: resident ID numbers (18 characters), mobile numbers, e-mail
addresses, the value after a personal label such as 姓名： or 负责人：, and the
parameters SQLAlchemy repeats in a database error (the row being written).
It runs on the handler, so it sees every record, messages and tracebacks alike.
"""

from __future__ import annotations

import faulthandler
import logging
import os
import re
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import IO, Any

ENV_LOG_DIR = "INSPECTOR_LOG_DIR"
LOG_FILE = "inspector.log"
FAULT_FILE = "faults.log"
MAX_BYTES = 1_000_000
BACKUPS = 5
LOGGER = "inspector"

log = logging.getLogger(f"{LOGGER}.crash")

ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None]
Reporter = Callable[[ExcInfo, str], None]

_ID_NUMBER = re.compile(r"(?<![0-9A-Za-z])[1-9]\d{5}(?:18|19|20)\d{2}\d{7}[0-9Xx](?![0-9A-Za-z])")
_MOBILE = re.compile(r"(?<!\d)(?:\+?86[- ]?)?1[3-9]\d{9}(?!\d)")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+")
# SQLAlchemy's errors repeat the row being written: "[parameters: (…, '王伟', …)]" (one line).
_SQL_PARAMETERS = re.compile(r"\[parameters: [^\n]*")
_LABELLED = re.compile(
    r"(姓名|负责人|当事人|法定代表人|联系人|签收人|见证人|检查员|执法人员|被检查人"
    r"|responsible_person|witness_name|signer_name|inspector_name|person)"
    r"(\s*[:：=]\s*['\"]?)([^\s,，;；'\")）]+)"
)


def mask_personal(text: str) -> str:
    """``text`` with ID numbers, mobile numbers, e-mails, labelled names and the values of
    a failed SQL statement replaced (the statement itself stays)."""
    text = _SQL_PARAMETERS.sub("[parameters: 已隐去]", text)
    text = _ID_NUMBER.sub("[身份证号]", text)
    text = _MOBILE.sub("[手机号]", text)
    text = _EMAIL.sub("[邮箱]", text)
    return _LABELLED.sub(lambda m: f"{m.group(1)}{m.group(2)}[已隐去]", text)


class PersonalDataFilter(logging.Filter):
    """Masks personal data in a record's message, traceback and stack before it is written."""

    def filter(self, record: logging.LogRecord) -> bool:
        record.msg = mask_personal(record.getMessage())
        record.args = None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = mask_personal(record.exc_text)
        if record.stack_info:
            record.stack_info = mask_personal(record.stack_info)
        return True


def log_dir() -> Path:
    """The folder of the log files (created by :func:`setup_logging`)."""
    env = os.environ.get(ENV_LOG_DIR)
    if env:
        return Path(env).expanduser()
    import platformdirs

    return Path(platformdirs.user_log_dir("Inspector", "CivilizedCity"))


_state: dict[str, Any] = {"path": None, "reporter": None, "faults": None, "held": None}


class _Held(logging.Handler):
    """Keeps the records logged before the log file is open, then hands them on to it."""

    def __init__(self) -> None:
        super().__init__()
        self.records: list[logging.LogRecord] = []
        self.target: logging.Handler | None = None

    def emit(self, record: logging.LogRecord) -> None:
        if self.target is not None:  # a thread that found this handler just before the swap
            self.target.handle(record)
        else:
            self.records.append(record)


def hold_logging(level: int = logging.INFO) -> None:
    """Install the crash hooks now and keep the ``inspector`` records in memory until
    :func:`setup_logging` opens the log file (the start does not wait for the folder
    lookup and the file). Does nothing once the file is open."""
    if _state["path"] is None and _state["held"] is None:
        held = _Held()
        logger = logging.getLogger(LOGGER)
        logger.addHandler(held)
        logger.setLevel(level)
        _state["held"] = held
        _log_start(logger)  # first in the file, with the time the program started
    _install_hooks()


def _log_start(logger: logging.Logger) -> None:
    from inspector import __version__

    logger.info(
        "Inspector %s started: Python %s, %s", __version__, sys.version.split()[0], sys.platform
    )


def _release_held(logger: logging.Logger, handler: logging.Handler | None) -> None:
    """The held records to ``handler`` (None: the file could not be opened, dropped)."""
    held: _Held | None = _state["held"]
    if held is None:
        return
    held.acquire()  # records arriving meanwhile wait, then follow the held ones
    try:
        if handler is not None:
            for record in held.records:
                handler.handle(record)
        held.records.clear()
        held.target = handler
        # one assignment: a thread already going through the old list meets the held
        # handler, which forwards; the next one finds the file's handler only
        logger.handlers = [h for h in logger.handlers if h is not held] + (
            [handler] if handler is not None else []
        )
    finally:
        held.release()
    _state["held"] = None


def log_path() -> Path | None:
    """The current log file, or None before :func:`setup_logging` (or when it failed)."""
    return _state["path"]


def set_crash_reporter(reporter: Reporter | None) -> None:
    """``reporter(exc_info, text)`` is called after an uncaught exception has been logged."""
    _state["reporter"] = reporter


def setup_logging(level: int = logging.INFO, folder: Path | None = None) -> Path | None:
    """Log to the rotating file and install the crash hooks; returns the log file's path.

    Idempotent. A folder that cannot be written (read-only home) leaves the app
    without a log file rather than without a start.
    """
    target = (folder or log_dir()) / LOG_FILE
    if _state["path"] == target:
        return target
    import logging.handlers  # socket, pickle and queue: not before the window is up

    logger = logging.getLogger(LOGGER)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(
            target, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8"
        )
    except OSError as exc:
        if sys.stderr is not None:
            print(f"inspector: no log file ({exc})", file=sys.stderr)
        _release_held(logger, None)
        return None
    handler.setFormatter(
        logging.Formatter("%(asctime)s %(levelname)s [%(name)s, %(threadName)s] %(message)s")
    )
    handler.addFilter(PersonalDataFilter())
    for old in [h for h in logger.handlers if getattr(h, "inspector_log", False)]:
        logger.removeHandler(old)
        old.close()
    handler.inspector_log = True  # type: ignore[attr-defined]
    logger.setLevel(level)
    if _state["held"] is not None:
        _release_held(logger, handler)  # added, after what was logged before (the start first)
    else:
        logger.addHandler(handler)
        _log_start(logger)
    _state["path"] = target
    _install_hooks()
    _enable_faulthandler(target.parent / FAULT_FILE)
    return target


def report_exception(exc_info: ExcInfo, where: str = "") -> str:
    """Log an unexpected exception and tell the reporter; returns the masked traceback text."""
    import traceback

    text = mask_personal("".join(traceback.format_exception(*exc_info)))
    log.critical("unexpected error%s", f" in {where}" if where else "", exc_info=exc_info)
    reporter = _state["reporter"]
    if reporter is not None:
        try:
            reporter(exc_info, text)
        except Exception:  # the reporter must never turn one error into two
            log.exception("the crash reporter failed")
    return text


def _install_hooks() -> None:
    if getattr(sys.excepthook, "inspector_hook", False):
        return
    previous = sys.excepthook
    previous_thread = threading.excepthook

    def excepthook(kind: type[BaseException], value: BaseException, tb: Any) -> None:
        if issubclass(kind, KeyboardInterrupt):
            previous(kind, value, tb)
            return
        report_exception((kind, value, tb))
        if sys.stderr is not None:  # a windowed Windows build has none
            previous(kind, value, tb)

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        if args.exc_value is None or issubclass(args.exc_type, SystemExit):
            previous_thread(args)
            return
        name = args.thread.name if args.thread is not None else "?"
        report_exception((args.exc_type, args.exc_value, args.exc_traceback), f"thread {name}")

    excepthook.inspector_hook = True  # type: ignore[attr-defined]
    sys.excepthook = excepthook
    threading.excepthook = thread_hook


def _enable_faulthandler(path: Path) -> None:
    if faulthandler.is_enabled():
        return  # already on (PYTHONFAULTHANDLER, or the test runner's)
    try:
        stream: IO[str] = path.open("a", encoding="utf-8")
    except OSError:
        return
    _state["faults"] = stream  # kept open: faulthandler writes to its file descriptor
    faulthandler.enable(file=stream, all_threads=True)

"""Storage faults told as sentences: a full disk, a read-only folder, an I/O error.

:func:`fault_message` turns an ``OSError``, a ``sqlite3`` error or SQLAlchemy's
wrapper of one into a zh_CN :class:`~inspector.domain.text.Message` that says
what did not work, where, and what the user can do; the GUI translates it,
the CLI prints it and exits with status 2. Anything else gives ``None``: a
programming error stays an error.
"""

from __future__ import annotations

import errno
import shutil
import sqlite3
from pathlib import Path

from inspector.domain.text import N_, Message

LOW_SPACE_BYTES = 256 * 1024  # below this an I/O error on a write is taken as a full disk

# SQLite primary result codes (the low byte of an extended code).
SQLITE_PERM, SQLITE_BUSY, SQLITE_LOCKED, SQLITE_READONLY = 3, 5, 6, 8
SQLITE_IOERR, SQLITE_CORRUPT, SQLITE_FULL, SQLITE_CANTOPEN, SQLITE_NOTADB = 10, 11, 13, 14, 26

FULL, READ_ONLY, IO, BUSY, CORRUPT, MISSING, OTHER = (
    "full",
    "read_only",
    "io",
    "busy",
    "corrupt",
    "missing",
    "other",
)

_ERRNO_KINDS = {
    errno.ENOSPC: FULL,
    errno.EDQUOT: FULL,
    errno.EFBIG: FULL,
    errno.EROFS: READ_ONLY,
    errno.EACCES: READ_ONLY,
    errno.EPERM: READ_ONLY,
    errno.EIO: IO,
    errno.ENXIO: IO,
    errno.ENODEV: IO,
    errno.ENOENT: MISSING,
    errno.ENOTDIR: MISSING,
}
_SQLITE_KINDS = {
    SQLITE_FULL: FULL,
    SQLITE_READONLY: READ_ONLY,
    SQLITE_PERM: READ_ONLY,
    SQLITE_IOERR: IO,
    SQLITE_CANTOPEN: IO,
    SQLITE_BUSY: BUSY,
    SQLITE_LOCKED: BUSY,
    SQLITE_CORRUPT: CORRUPT,
    SQLITE_NOTADB: CORRUPT,
}
# Older sqlite3 errors carry no code: recognise SQLite's own wording.
_SQLITE_WORDS = (
    ("disk is full", FULL),
    ("readonly database", READ_ONLY),
    ("disk i/o error", IO),
    ("unable to open database", IO),
    ("database is locked", BUSY),
    ("malformed", CORRUPT),
    ("not a database", CORRUPT),
)

_SENTENCES = {
    FULL: N_(
        "{}没有完成：存储空间已满（{}）。请删除不需要的文件或换一个空间足够的位置后重试；"
        "之前已保存的内容不受影响。"
    ),
    READ_ONLY: N_(
        "{}没有完成：{} 是只读的或没有写入权限。请检查存储设备的写保护开关和文件夹权限，"
        "或换一个可写的位置后重试。"
    ),
    IO: N_(
        "{}没有完成：读写 {} 时出现输入/输出错误，存储设备可能有故障或已被拔出。"
        "请检查或更换存储设备，并尽快备份数据。"
    ),
    BUSY: N_("{}没有完成：数据库 {} 正被另一个程序使用。请稍后重试，或关闭另一个程序。"),
    CORRUPT: N_("{}没有完成：数据库文件 {} 已损坏。请从最近的备份恢复。"),
    MISSING: N_("{}没有完成：找不到 {}。请检查路径是否正确、存储设备是否已连接。"),
}
_OTHER = N_("{}没有完成：{}（{}）。")
RUN_COMMAND = N_("命令“{}”")  # what failed, for the command line


def _sqlite_error(exc: BaseException) -> sqlite3.Error | None:
    # SQLAlchemy's DBAPIError keeps the driver's error as ``orig``; read it without
    # importing SQLAlchemy, which the window shown at start-up must not wait for.
    orig = getattr(exc, "orig", None)
    if isinstance(orig, sqlite3.Error):
        return orig
    return exc if isinstance(exc, sqlite3.Error) else None


def is_storage_fault(exc: BaseException) -> bool:
    """True for the errors :func:`fault_message` describes (OS and SQLite errors)."""
    return isinstance(exc, OSError) or _sqlite_error(exc) is not None


def fault_kind(exc: BaseException) -> str | None:
    """``"full"``, ``"read_only"``, ``"io"``, ``"busy"``, ``"corrupt"``, ``"missing"``,
    ``"other"``, or ``None`` when ``exc`` is not a storage error at all."""
    if isinstance(exc, OSError):
        return _ERRNO_KINDS.get(exc.errno or 0, OTHER)
    error = _sqlite_error(exc)
    if error is None:
        return None
    code = getattr(error, "sqlite_errorcode", None)
    if code is not None and (code & 0xFF) in _SQLITE_KINDS:
        return _SQLITE_KINDS[code & 0xFF]
    text = str(error).lower()
    return next((kind for words, kind in _SQLITE_WORDS if words in text), OTHER)


def fault_message(exc: BaseException, what: str, where: Path | str | None = None) -> Message | None:
    """The sentence for a storage error met while doing ``what`` (a zh_CN phrase such as
    ``N_("保存备注")``), or ``None`` when ``exc`` is not one.

    ``where`` names the file or folder when the error does not (SQLite's errors never
    do): the database path, the target folder.
    """
    kind = fault_kind(exc)
    if kind is None:
        return None
    filename = getattr(exc, "filename", None) if isinstance(exc, OSError) else None
    if filename and str(filename).endswith(".part"):  # a temporary name: show its folder
        filename = str(Path(str(filename)).parent)
    if kind == IO and _no_space_left(filename or where):
        kind = FULL  # SQLite reports a shared-memory file it cannot grow as an I/O error
    place: str = str(filename) if filename else (str(where) if where else Message("存储设备"))
    if kind == OTHER:
        detail = (exc.strerror if isinstance(exc, OSError) else None) or str(exc)
        return Message(_OTHER, _as_message(what), place, detail)
    return Message(_SENTENCES[kind], _as_message(what), place)


def _no_space_left(place: object) -> bool:
    """True when the file system holding ``place`` has (almost) no space left."""
    if not place:
        return False
    path = Path(str(place))
    while not path.exists() and path != path.parent:
        path = path.parent
    try:
        return shutil.disk_usage(path).free < LOW_SPACE_BYTES
    except OSError:
        return False


def _as_message(what: str) -> Message:
    return what if isinstance(what, Message) else Message(what)

"""Files put in place whole or not at all: write beside, fsync, rename, fsync the folder.

Every file the program writes under a temporary name goes through here
(signed documents, signatures, photos, backups, sync packages, keys, exported
sheets). The temporary file sits in the target's folder (so the rename is
atomic), is flushed to the disk before it is renamed into place, and the
folder is synced after the rename (POSIX) so that the new name survives a power
cut too. On any error the temporary file is removed and the error goes on: a
full disk or a read-only folder leaves the old file, or nothing, never debris.
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import IO

PART = ".part"


def temp_path(target: Path) -> Path:
    """The hidden temporary name beside ``target`` (``.name.part``)."""
    return target.with_name(f".{target.name}{PART}")


def fsync_dir(folder: Path) -> None:
    """Make a rename or a new file in ``folder`` durable (a no-op where folders cannot be
    opened, as on Windows)."""
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return  # a folder that cannot be opened cannot be synced either
    try:
        os.fsync(fd)
    except OSError as exc:
        if exc.errno == errno.EIO:  # the disk is failing: say so
            raise
        # EINVAL/ENOTSUP: the file system does not sync folders; the rename stands
    finally:
        os.close(fd)


def fsync_file(path: Path) -> None:
    """Flush a file that is already written (for instance by SQLite or a library)."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def remove_quietly(*paths: Path) -> None:
    """Delete temporary files left by a failed write; a failure to delete is ignored."""
    for p in paths:
        with contextlib.suppress(OSError):
            p.unlink(missing_ok=True)


def replace_durably(source: Path, target: Path) -> None:
    """Rename a finished file into place: fsync it, rename, fsync the target folder."""
    fsync_file(source)
    os.replace(source, target)
    fsync_dir(target.parent)


@contextlib.contextmanager
def atomic_path(target: Path | str, *, mode: int | None = None) -> Iterator[Path]:
    """Yield a temporary path beside ``target``; when the block ends without error the file
    written there is synced and renamed to ``target``, else it is removed.

    For writers that want a file name (SQLite, openpyxl). ``mode`` sets the file's
    permission bits before the rename (e.g. ``0o600`` for keys).
    """
    target = Path(target)
    tmp = temp_path(target)
    remove_quietly(tmp)
    try:
        yield tmp
        if mode is not None:
            os.chmod(tmp, mode)
        replace_durably(tmp, target)
    except BaseException as exc:
        remove_quietly(tmp, Path(f"{tmp}-journal"), Path(f"{tmp}-wal"), Path(f"{tmp}-shm"))
        if isinstance(exc, OSError) and exc.filename in (None, str(tmp)):
            exc.filename = str(target)  # name the file the user knows, not the temporary one
        raise


@contextlib.contextmanager
def atomic_open(
    target: Path | str, *, text: bool = False, mode: int | None = None, **open_args
) -> Iterator[IO]:
    """Yield an open file whose content replaces ``target`` atomically when the block ends.

    ``text=True`` opens it in text mode (pass ``encoding=``/``newline=``).
    """
    with atomic_path(target, mode=mode) as tmp:
        flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0)
        fd = os.open(tmp, flags, 0o600 if mode is not None else 0o666)
        with open(fd, "w" if text else "wb", **open_args) as fh:
            yield fh
        # closed (and flushed); atomic_path fsyncs it before the rename


def atomic_write_bytes(target: Path | str, data: bytes, *, mode: int | None = None) -> Path:
    """Replace ``target`` with ``data`` atomically and durably; returns ``target``."""
    with atomic_open(target, mode=mode) as fh:
        fh.write(data)
    return Path(target)


def copy_durably(source: Path | str, target: Path | str) -> Path:
    """Copy a file to ``target`` through a temporary name (whole, synced, or not at all)."""
    with atomic_path(target) as tmp:
        shutil.copyfile(source, tmp)
    return Path(target)


def atomic_write_text(target: Path | str, text: str, *, encoding: str = "utf-8") -> Path:
    """Replace ``target`` with ``text`` atomically and durably; returns ``target``."""
    return atomic_write_bytes(target, text.encode(encoding))

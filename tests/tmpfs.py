"""A real small file system for storage-fault tests: tmpfs mounted by root, filled up,
remounted read-only. Tests using it skip (with the reason) where they cannot mount."""

from __future__ import annotations

import contextlib
import errno
import os
import sqlite3
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

FILLER = "zz-filler.bin"
DEBRIS_SUFFIXES = (".part", ".tmp", ".new", ".old")


def _run(*cmd: str) -> subprocess.CompletedProcess:
    return subprocess.run(cmd, capture_output=True, text=True)


@contextlib.contextmanager
def small_tmpfs(where: Path, size_kb: int) -> Iterator[Path]:
    """Mount a tmpfs of ``size_kb`` KiB at ``where`` for the block; unmounted after."""
    if os.name != "posix" or os.geteuid() != 0:
        pytest.skip("mounting a small tmpfs needs root (storage-fault tests)")
    where.mkdir(parents=True, exist_ok=True)
    done = _run("mount", "-t", "tmpfs", "-o", f"size={size_kb}k,mode=0755", "tmpfs", str(where))
    if done.returncode != 0:
        pytest.skip(f"cannot mount tmpfs here: {done.stderr.strip()}")
    try:
        yield where
    finally:
        _run("mount", "-o", "remount,rw", str(where))
        if _run("umount", str(where)).returncode != 0:
            _run("umount", "-l", str(where))


def fill(root: Path, leave: int = 0) -> Path:
    """Write a filler file until the file system says ENOSPC, then give back ``leave``
    bytes (a nearly full disk); returns the filler."""
    filler = root / FILLER
    block = b"\0" * 4096
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
    try:
        while True:
            try:
                os.write(fd, block)
            except OSError as exc:
                if exc.errno != errno.ENOSPC:
                    raise
                break
        with contextlib.suppress(OSError):  # the last partial block, byte by byte
            for _ in range(4096):
                os.write(fd, b"\0")
    finally:
        os.close(fd)
    if leave:
        os.truncate(filler, max(0, filler.stat().st_size - leave))
    return filler


def free(root: Path) -> None:
    (root / FILLER).unlink(missing_ok=True)


def remount(root: Path, mode: str) -> None:
    """``mode`` "ro" or "rw"."""
    done = _run("mount", "-o", f"remount,{mode}", str(root))
    assert done.returncode == 0, done.stderr


def debris(root: Path) -> list[str]:
    """Temporary files and folders left behind anywhere under ``root``."""
    found = []
    for p in root.rglob("*"):
        name = p.name
        if name.endswith(DEBRIS_SUFFIXES) or name.startswith(".inspector-"):
            found.append(str(p.relative_to(root)))
        elif name.endswith("-journal") and not name.startswith("inspector.sqlite3"):
            found.append(str(p.relative_to(root)))
    return sorted(found)


def integrity(db: Path) -> str:
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        return conn.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        conn.close()


def truncate_wal(db: Path) -> None:
    """Checkpoint and empty the WAL so that the next commit must grow it (needs space)."""
    conn = sqlite3.connect(db)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()

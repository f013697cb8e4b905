"""Hashing and copying in streams: a file of any size passes through a fixed-size buffer.

Export and import use these so that memory stays flat whatever the size of a
photo, a document or the package itself.
"""

from __future__ import annotations

import hashlib
import zipfile
import zlib
from pathlib import Path
from typing import IO

from inspector.domain.text import Message
from inspector.sync.package import PackageRejected

CHUNK = 1024 * 1024


def file_sha256(path: Path) -> str:
    """SHA-256 (hex) of a file, read in 1 MiB blocks."""
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        while block := fh.read(CHUNK):
            h.update(block)
    return h.hexdigest()


def copy_hashing(src: IO[bytes], dst: IO[bytes] | None = None, limit: int = -1) -> tuple[int, str]:
    """Copy ``src`` to ``dst`` (or only read it) and return (size, SHA-256 hex).

    With ``limit`` ≥ 0 at most ``limit + 1`` bytes are read, so a caller can
    tell "more than promised" from the size without reading on.
    """
    h = hashlib.sha256()
    size = 0
    while True:
        want = CHUNK if limit < 0 else min(CHUNK, limit + 1 - size)
        if want <= 0:
            break
        block = src.read(want)
        if not block:
            break
        h.update(block)
        if dst is not None:
            dst.write(block)
        size += len(block)
    return size, h.hexdigest()


def hash_entry(zf: zipfile.ZipFile, name: str, limit: int) -> tuple[int, str]:
    """(size, SHA-256) of one zip entry, read in a stream; refuses a damaged entry."""
    try:
        with zf.open(name) as fh:
            return copy_hashing(fh, None, limit)
    except KeyError as exc:
        raise PackageRejected(Message("数据包中缺少文件 “{}”。", name)) from exc
    except (zipfile.BadZipFile, EOFError, OSError, zlib.error, ValueError) as exc:
        raise PackageRejected(Message("数据包中的文件 “{}” 已损坏或被截断。", name)) from exc

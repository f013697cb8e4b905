"""Checks on a zip archive before anything in it is trusted or unpacked.

A package is refused whole when its archive is damaged or truncated, when an
entry name could escape the folder it is unpacked into, when names repeat,
when there are too many entries, or when the sizes promise a zip bomb (too
large in total, or one entry expanding more than ``max_ratio`` times).
"""

from __future__ import annotations

import io
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import PurePosixPath
from typing import BinaryIO

from inspector.domain.text import Message
from inspector.sync.package import PackageRejected


@dataclass(frozen=True)
class ZipLimits:
    max_entries: int = 200_000
    max_total_size: int = 16 * 1024**3  # uncompressed bytes
    max_entry_size: int = 2 * 1024**3
    max_ratio: float = 200.0  # uncompressed / compressed, for entries over ratio_floor
    ratio_floor: int = 1024 * 1024


DEFAULT_LIMITS = ZipLimits()


MAX_NAME_BYTES = 255  # one path component, as most file systems allow
MAX_PATH_CHARS = 400


def too_long(name: str) -> bool:
    """True when a path, or one of its components, is longer than the file system allows."""
    return len(name) > MAX_PATH_CHARS or any(
        len(part.encode("utf-8", "surrogatepass")) > MAX_NAME_BYTES for part in name.split("/")
    )


def safe_name(name: str) -> bool:
    """True for a relative POSIX path that stays inside the folder it is unpacked into."""
    if not name or "\\" in name or "\x00" in name or name.startswith("/"):
        return False
    path = PurePosixPath(name)
    if path.is_absolute() or any(part in ("", ".", "..") for part in name.split("/")):
        return False
    return ":" not in path.parts[0]  # no drive letters such as C:


def open_zip(data: bytes | BinaryIO, limits: ZipLimits = DEFAULT_LIMITS) -> zipfile.ZipFile:
    """Open ``data`` (bytes or a seekable stream) as a zip and check names and sizes."""
    try:
        zf = zipfile.ZipFile(io.BytesIO(data) if isinstance(data, bytes | bytearray) else data)
        infos = zf.infolist()
    except (zipfile.BadZipFile, EOFError, OSError, ValueError) as exc:
        raise PackageRejected(
            Message("数据包不是完整的 zip 文件（可能在复制时被截断或损坏）。")
        ) from exc
    if len(infos) > limits.max_entries:
        raise PackageRejected(
            Message("数据包含有 {} 个文件，超过上限 {}。", len(infos), limits.max_entries)
        )
    seen: set[str] = set()
    total = 0
    for info in infos:
        name = info.filename
        if too_long(name):
            raise PackageRejected(
                Message(
                    "数据包中的路径 “{}…” 过长：每一级名称最多 {} 字节（UTF-8），"
                    "整个路径最多 {} 个字符，已拒收。",
                    name[:60],
                    MAX_NAME_BYTES,
                    MAX_PATH_CHARS,
                )
            )
        if not safe_name(name) or info.is_dir():
            raise PackageRejected(
                Message("数据包中的路径 “{}” 不安全（可能指向数据目录之外），已拒收。", name)
            )
        if name in seen:
            raise PackageRejected(Message("数据包中的文件 “{}” 出现了不止一次。", name))
        seen.add(name)
        if info.flag_bits & 0x1:
            raise PackageRejected(Message("数据包中有加密的 zip 条目，本程序不接受。"))
        if info.file_size > limits.max_entry_size:
            raise PackageRejected(
                Message("数据包中的文件 “{}” 过大（{} 字节）。", name, info.file_size)
            )
        if info.file_size > limits.ratio_floor and info.file_size > limits.max_ratio * max(
            info.compress_size, 1
        ):
            raise PackageRejected(
                Message("数据包中的文件 “{}” 压缩比异常（疑似 zip 炸弹），已拒收。", name)
            )
        total += info.file_size
    if total > limits.max_total_size:
        raise PackageRejected(
            Message(
                "数据包解压后共 {} 字节，超过上限 {} 字节（疑似 zip 炸弹）。",
                total,
                limits.max_total_size,
            )
        )
    return zf


def read_entry(zf: zipfile.ZipFile, name: str, limit: int) -> bytes:
    """The bytes of one entry, refusing more than ``limit`` bytes or a damaged entry."""
    try:
        with zf.open(name) as fh:
            data = fh.read(limit + 1)
    except KeyError as exc:
        raise PackageRejected(Message("数据包中缺少文件 “{}”。", name)) from exc
    except (zipfile.BadZipFile, EOFError, OSError, zlib.error, ValueError) as exc:
        raise PackageRejected(Message("数据包中的文件 “{}” 已损坏或被截断。", name)) from exc
    except NotImplementedError as exc:  # a compression method zipfile does not know
        raise PackageRejected(
            Message("数据包中的文件 “{}” 使用了不支持的压缩方式，已拒收。", name)
        ) from exc
    if len(data) > limit:
        raise PackageRejected(Message("数据包中的文件 “{}” 比清单写的更大。", name))
    return data
